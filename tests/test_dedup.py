"""Cross-article deduplication: hard limits, merge rules, audit, undo, revision and rebuild.

The reports are small events written for these tests (a shelling in "Velora" reported by
several outlets), plus the two sample reports of the 2022-08-15 Ariha shelling.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tacitus.dedup import Matcher, MatchProfile, compare, haversine_km
from tacitus.ingest import LoadFailure, iter_articles
from tacitus.pipeline import Pipeline
from tacitus.records.article import Article
from tacitus.records.event import (
    AcledCoding,
    ActorRef,
    Count,
    Event,
    EventDate,
    Evidence,
    Location,
    LocationPrecision,
    PloverCoding,
)
from tacitus.store import SQLiteStore

SAMPLES = Path(__file__).parent.parent / "samples"
EVENT_TYPES = {
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Peaceful protest": "Protests",
    "Arrests": "Strategic developments",
}
TEXT = "Government artillery shelled the market in Velora on Monday, killing civilians."


def article(name: str, *, day: str = "2024-05-14") -> Article:
    return Article(id=name, text=f"{name}: {TEXT}", published=dt.date.fromisoformat(day))


def report(
    art: Article,
    *,
    n: int = 0,
    day: str = "2024-05-13",
    end: str | None = None,
    precision: str = "day",
    country: str = "SYR",
    lat: float = 35.81,
    lon: float = 36.61,
    place_precision: int = 1,
    killed: int | None = 9,
    actor: str = "Military Forces of Syria",
    sub_event: str = "Shelling/artillery/missile attack",
    status: str = "new",
    text: str = TEXT,
) -> Event:
    """One article's event: a shelling in Velora unless told otherwise."""
    counts = {}
    if killed is not None:
        counts["fatalities"] = Count(low=killed, best=killed, text=f"{killed} killed", span=(0, 5))
    return Event.model_validate(
        {
            "event_id": f"ev_{art.id}_{n}",
            "article_ids": [art.id],
            "status": status,
            "acled": AcledCoding(
                event_type=EVENT_TYPES[sub_event],
                sub_event_type=sub_event,
                disorder_type="Political violence",
            ),
            "plover": PloverCoding(event="ASSAULT"),
            "cameo": "195",
            "date": EventDate(start=day, end=end or day, precision=precision, reason="test"),
            "location": Location(
                name="Velora",
                country=country,
                lat=lat,
                lon=lon,
                precision=LocationPrecision(acled=1, ucdp=place_precision, plover=4),
                reason="test",
            ),
            "actors": [
                ActorRef(role="actor1", name=actor, text=actor, span=(0, 3)),
                ActorRef(role="actor2", name="Civilians (Syria)", text="civilians", span=(4, 9)),
            ],
            "counts": counts,
            "evidence": [Evidence(span=(0, len(text)), text=text)],
        }
    )


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "events.db")


def save(store: SQLiteStore, name: str, **options: object) -> Event:
    art = article(name)
    event = report(art, **options)  # type: ignore[arg-type]
    store.save(art, [event])
    return event


def test_two_reports_of_one_shelling_become_one_event_with_every_claim(
    store: SQLiteStore,
) -> None:
    save(store, "wire", killed=9)
    save(store, "monitor", killed=11, actor="Unidentified Armed Group (Syria)", place_precision=6)
    save(store, "daily", killed=10)
    (event,) = store.events()
    assert event.article_ids == ["wire", "monitor", "daily"]
    count = event.counts["fatalities"]
    assert (count.low, count.best, count.high) == (9, 10, 11)  # conservative, median, most
    assert {(c.value, c.claimed_by) for c in event.claims if c.field == "fatalities"} == {
        (9, "article wire"),
        (11, "article monitor"),
        (10, "article daily"),
    }
    assert event.location is not None and event.location.precision.ucdp == 1
    assert [a.name for a in event.actors if a.role == "actor1"] == [
        "Military Forces of Syria",
        "Unidentified Armed Group (Syria)",
    ]
    assert {e.article_id for e in event.evidence} == {"wire", "monitor", "daily"}
    stats = store.stats()
    assert (stats.events, stats.reports) == (1, 3)
    assert [e.event_id for e in store.reports(event.event_id)] == [
        "ev_wire_0",
        "ev_monitor_0",
        "ev_daily_0",
    ]


def test_each_merge_is_audited_and_can_be_undone(store: SQLiteStore) -> None:
    save(store, "wire")
    save(store, "monitor")
    (merge,) = store.audit()
    assert (merge.action, merge.canonical_id, merge.event_id) == (
        "merge",
        "ev_wire_0",
        "ev_monitor_0",
    )
    assert merge.score is not None and merge.score >= Matcher().threshold
    assert merge.features is not None and merge.features["acled_floor"] is True
    assert merge.features["date_sim"] == 1.0
    new_id = store.undo_merge(merge.merge_id)
    assert sorted(e.article_ids[0] for e in store.events()) == ["monitor", "wire"]
    assert store.canonical_id("ev_monitor_0") == new_id
    assert store.audit()[0].undone_at is not None
    assert [m.action for m in store.audit()] == ["merge", "split"]
    merged = store.merge_events("ev_wire_0", new_id, by="analyst")
    assert merged.article_ids == ["wire", "monitor"]
    assert store.audit()[-1].decided_by == "analyst"


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"country": "LBN", "lat": 35.81, "lon": 36.61}, "different countries"),
        ({"day": "2024-05-14"}, "dates apart beyond their precision"),
        ({"lat": 36.81}, "places too far apart"),
        (
            {"sub_event": "Arrests", "text": "Police arrested two traders in Velora on Monday."},
            "incompatible event types",
        ),
    ],
)
def test_hard_limits_never_merge(
    store: SQLiteStore, options: dict[str, object], reason: str
) -> None:
    first = save(store, "wire")
    second = save(store, "other", **options)
    assert store.stats().events == 2
    features = compare(MatchProfile.of(second), MatchProfile.of(first))
    assert features.blocked_by == reason


def test_a_month_precise_report_may_join_a_day_inside_that_month(store: SQLiteStore) -> None:
    save(store, "wire")
    save(store, "monthly", day="2024-05-01", end="2024-05-31", precision="month")
    (event,) = store.events()
    assert event.date.precision == "day" and event.date.start == "2024-05-13"


def test_distance_limit_follows_the_coarser_precision() -> None:
    assert haversine_km(35.81, 36.61, 36.81, 36.61) == pytest.approx(111.2, abs=0.5)
    near = report(article("a"))
    province = report(article("b"), lat=36.81, place_precision=4)
    assert compare(MatchProfile.of(province), MatchProfile.of(near)).blocked_by is None


def test_background_mentions_link_but_are_never_counted_and_aggregates_stay_apart(
    store: SQLiteStore,
) -> None:
    save(store, "wire", killed=9)
    save(store, "later", status="background", killed=40)
    save(store, "tally", status="aggregate", killed=90)
    events = store.events()
    assert len(events) == 2
    shelling = next(e for e in events if e.status == "new")
    assert shelling.article_ids == ["wire", "later"]
    assert shelling.counts["fatalities"].best == 9  # the background figure is not counted
    assert any(c.claimed_by == "article later" or c.value == 40 for c in shelling.claims) is False
    tally = next(e for e in events if e.status == "aggregate")
    assert tally.article_ids == ["tally"]
    assert store.summarised(tally.event_id) == [shelling.event_id]
    assert store.summarised_in(shelling.event_id) == [tally.event_id]


def test_an_aggregate_links_to_the_dated_events_it_covers_in_either_order(
    store: SQLiteStore,
) -> None:
    month = {"day": "2024-05-01", "end": "2024-05-31", "precision": "month"}
    save(store, "early", day="2024-05-03", lat=35.2)
    save(store, "tally", status="aggregate", killed=90, **month)
    save(store, "late", day="2024-05-20", lat=35.5)
    save(store, "june", day="2024-06-02")
    save(store, "elsewhere", day="2024-05-10", country="LBN")
    save(store, "protest", day="2024-05-11", sub_event="Peaceful protest", lat=34.0)
    by_article = {e.article_ids[0]: e.event_id for e in store.events()}
    covered = store.summarised(by_article["tally"])
    assert covered == [by_article["early"], by_article["late"]]
    assert store.delete_article("early")
    assert store.summarised(by_article["tally"]) == [by_article["late"]]
    store.rebuild_canonical()
    assert store.summarised(by_article["tally"]) == [by_article["late"]]


def test_merged_events_name_the_article_of_every_span_and_carry_ucdp_estimates(
    store: SQLiteStore,
) -> None:
    save(store, "wire", killed=9)
    save(store, "monitor", killed=15)
    (event,) = store.events()
    assert {a.article_id for a in event.actors} == {"wire"}
    assert event.counts["fatalities"].article_id == "wire"
    assert {(c.value, c.article_id) for c in event.claims} == {(9, "wire"), (15, "monitor")}
    assert event.ucdp is not None and (event.ucdp.low, event.ucdp.high) == (9, 15)
    assert event.ucdp.best == 9  # lower median of the two claims


def test_a_stand_in_date_matches_within_a_few_days_and_never_beyond(store: SQLiteStore) -> None:
    wire = save(store, "wire", day="2024-05-13")
    undated = report(article("undated"), day="2024-05-15")
    undated.date.from_text = False
    stale = report(article("stale"), day="2024-05-20")
    stale.date.from_text = False
    near = compare(MatchProfile.of(undated), MatchProfile.of(wire))
    assert near.blocked_by is None and near.date_sim == 0.5
    far = compare(MatchProfile.of(stale), MatchProfile.of(wire))
    assert far.blocked_by == "undated report too far from the other's date"
    unknown = compare(MatchProfile.of(stale), MatchProfile.of(wire), undated_days=None)
    assert unknown.blocked_by is None and unknown.date_sim is None
    text_dated = report(article("later"), day="2024-05-15")
    assert compare(MatchProfile.of(text_dated), MatchProfile.of(wire), undated_days=None).blocked_by
    store.save(article("undated"), [undated])
    assert store.stats().events == 1


def test_revising_or_deleting_an_article_changes_only_its_reports(store: SQLiteStore) -> None:
    save(store, "wire", killed=9)
    save(store, "monitor", killed=11)
    art = article("monitor").model_copy(update={"text": "Corrected: 12 killed."})
    store.save(art, [report(art, n=1, killed=12)])
    (event,) = store.events()
    assert event.counts["fatalities"].high == 12 and event.article_ids == ["wire", "monitor"]
    assert store.delete_article("wire")
    (left,) = store.events()
    assert left.event_id == "ev_wire_0" and left.article_ids == ["monitor"]
    assert left.counts["fatalities"].best == 12
    assert store.delete_article("monitor")
    assert store.events() == [] and store.stats().reports == 0


def test_rebuild_gives_the_incremental_result(store: SQLiteStore) -> None:
    save(store, "wire")
    save(store, "monitor", killed=11)
    save(store, "elsewhere", country="LBN")
    before = store.events()
    ticks: list[None] = []
    assert store.rebuild_canonical(on_event=lambda: ticks.append(None)) == 2
    assert store.events() == before and len(ticks) == 3


def test_the_two_ariha_samples_merge(tmp_path: Path, pipeline: Pipeline) -> None:
    paths = [
        SAMPLES / "syria-ariha-shelling-levant-dispatch_2022-08-15.txt",
        SAMPLES / "syria-ariha-bombardment-orontes-review_2022-08-16.json",
    ]
    articles = [a for a in iter_articles(paths) if not isinstance(a, LoadFailure)]
    with SQLiteStore(tmp_path / "ariha.db") as store:
        for art in articles:
            store.save(art, pipeline(art))
        shelling = [
            e
            for e in store.events(since=dt.date(2022, 8, 15), until=dt.date(2022, 8, 15))
            if e.status == "new"
            and e.acled
            and e.acled.sub_event_type.startswith("Shelling")
            and e.location is not None
            and e.location.lat is not None
            and e.location.lon is not None
            and haversine_km(e.location.lat, e.location.lon, 35.81, 36.61) < 5
        ]  # the rockets fired at Saraqeb the same day are another event
        assert len(shelling) == 1
        (event,) = shelling
        assert sorted(event.article_ids) == sorted(a.id for a in articles)
        fatalities = event.counts["fatalities"]
        assert (fatalities.low, fatalities.high) == (9, 11)
        assert any(m.canonical_id == event.event_id for m in store.audit())
