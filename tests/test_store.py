"""The SQLite event store: saving, revisions, failures, filters, search and persistence."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tacitus.errors import StoreError
from tacitus.records.article import Article
from tacitus.records.event import (
    AcledCoding,
    Event,
    EventDate,
    Location,
    LocationPrecision,
    PloverCoding,
    content_event_id,
)
from tacitus.store import SaveOutcome, SQLiteStore, open_store

STRIKE = Article(
    id="port_mara_strike",
    title="Dockworkers strike in Port Mara",
    text="Hundreds of dockworkers walked off the job in Port Mara on Tuesday.",
    published=dt.date(2024, 3, 5),
    url="https://example.org/port-mara-strike",
)
CURFEW = Article(
    id="velora_curfew",
    title="Curfew in Velora",
    text="Authorities declared a curfew in Velora after an explosion near the market.",
    published=dt.date(2024, 5, 13),
)


def make_event(
    article: Article,
    *,
    start: str,
    end: str | None = None,
    acled: tuple[str, str] | None = ("Protests", "Peaceful protest"),
    plover: str = "PROTEST",
    country: str | None = "NGA",
    lat: float | None = 6.45,
    lon: float | None = 3.39,
    status: str = "new",
) -> Event:
    location = None
    if country is not None:
        location = Location(
            name="Port Mara",
            country=country,
            lat=lat,
            lon=lon,
            precision=LocationPrecision(acled=1, ucdp=1, plover=1),
            reason="named in the sentence",
        )
    coding = None
    if acled is not None:
        coding = AcledCoding(
            event_type=acled[0], sub_event_type=acled[1], disorder_type="Demonstrations"
        )
    payload: dict[str, object] = {"start": start, "plover": plover, "country": country}
    return Event.model_validate(
        {
            "event_id": content_event_id(article_id=article.id, payload=payload),
            "article_ids": [article.id],
            "status": status,
            "acled": coding,
            "plover": PloverCoding(event=plover),
            "cameo": "141",
            "date": EventDate(start=start, end=end or start, precision="day", reason="explicit"),
            "location": location,
        }
    )


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "nested" / "events.db")


def test_new_then_idempotent_save(store: SQLiteStore) -> None:
    events = [make_event(STRIKE, start="2024-03-05")]
    assert not store.article_is_current(STRIKE)
    assert store.save(STRIKE, events) is SaveOutcome.NEW
    assert store.article_is_current(STRIKE)
    assert store.save(STRIKE, events) is SaveOutcome.UNCHANGED
    assert store.save(STRIKE, []) is SaveOutcome.UNCHANGED  # same hash: events kept
    stats = store.stats()
    assert (stats.articles, stats.events, stats.revisions) == (1, 1, 0)
    assert store.article(STRIKE.id) == STRIKE
    assert store.events() == events


def test_force_replaces_events_of_unchanged_article(store: SQLiteStore) -> None:
    store.save(STRIKE, [make_event(STRIKE, start="2024-03-05")])
    newer = make_event(STRIKE, start="2024-03-04")
    assert store.save(STRIKE, [newer], force=True) is SaveOutcome.UNCHANGED
    assert store.events() == [newer]
    assert store.revisions(STRIKE.id) == []


def test_revision_replaces_text_and_events(store: SQLiteStore) -> None:
    old_event = make_event(STRIKE, start="2024-03-05")
    store.save(STRIKE, [old_event])
    corrected = STRIKE.model_copy(
        update={"text": STRIKE.text + " Correction: the strike began on Monday."}
    )
    assert not store.article_is_current(corrected)
    new_event = make_event(corrected, start="2024-03-04")
    assert store.save(corrected, [new_event]) is SaveOutcome.REVISED
    assert store.article(STRIKE.id) == corrected
    assert store.events() == [new_event]
    (revision,) = store.revisions(STRIKE.id)
    assert revision.revision == 1
    assert revision.text == STRIKE.text
    assert revision.content_hash == STRIKE.content_hash
    assert revision.published == dt.date(2024, 3, 5)
    third = corrected.model_copy(update={"title": "Dockworkers strike (updated)"})
    assert store.save(third, []) is SaveOutcome.REVISED
    assert [r.revision for r in store.revisions(STRIKE.id)] == [1, 2]
    assert store.search("Correction")[0].id == STRIKE.id


def test_same_url_new_id_is_a_revision(store: SQLiteStore) -> None:
    store.save(STRIKE, [make_event(STRIKE, start="2024-03-05")])
    moved = STRIKE.model_copy(update={"id": "wire-991", "text": STRIKE.text + " Updated."})
    assert store.save(moved, []) is SaveOutcome.REVISED
    assert store.article(STRIKE.id) is None
    assert store.article("wire-991") == moved
    assert [r.text for r in store.revisions("wire-991")] == [STRIKE.text]
    assert store.stats().events == 0


def test_same_url_same_content_keeps_the_stored_id(store: SQLiteStore) -> None:
    store.save(STRIKE, [])
    alias = STRIKE.model_copy(update={"id": "wire-992"})
    assert store.article_is_current(alias)
    event = make_event(alias, start="2024-03-05")
    assert store.save(alias, [event], force=True) is SaveOutcome.UNCHANGED
    assert store.events(article_id=STRIKE.id) == [event]
    assert store.article("wire-992") is None


def test_url_conflict_is_a_store_error(store: SQLiteStore) -> None:
    store.save(STRIKE, [])
    store.save(CURFEW, [])
    clash = CURFEW.model_copy(update={"text": "changed", "url": STRIKE.url})
    with pytest.raises(StoreError, match="already belongs"):
        store.save(clash, [])
    assert store.article(CURFEW.id) == CURFEW  # the failed save was rolled back


def test_failed_save_leaves_nothing_half_written(store: SQLiteStore) -> None:
    event = make_event(STRIKE, start="2024-03-05")
    broken = event.model_copy(update={"date": None})  # fails after the article row is written
    with pytest.raises(AttributeError):
        store.save(STRIKE, [event, broken])
    assert store.stats().articles == 0
    assert store.stats().events == 0


def test_failures_upsert_and_clear(store: SQLiteStore) -> None:
    store.record_failure(source="in/a.txt", code="empty", reason="file is empty")
    store.record_failure(source="in/a.txt", code="binary", reason="looks binary")
    store.record_failure(source="in/b.jsonl:3", code="bad_json", reason="invalid JSON")
    failures = store.failures()
    assert [(f.source, f.code) for f in failures] == [
        ("in/a.txt", "binary"),
        ("in/b.jsonl:3", "bad_json"),
    ]
    store.clear_failure("in/a.txt")
    assert [f.source for f in store.failures()] == ["in/b.jsonl:3"]
    assert store.stats().failures == 1


def test_event_filters(store: SQLiteStore) -> None:
    protest = make_event(STRIKE, start="2024-03-05")
    week = make_event(STRIKE, start="2024-02-26", end="2024-03-03", status="background")
    blast = make_event(
        CURFEW,
        start="2024-05-12",
        acled=("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        plover="ASSAULT",
        country="GHA",
        lat=5.6,
        lon=-0.19,
    )
    statement = make_event(CURFEW, start="2024-05-13", acled=None, plover="ACCUSE", country=None)
    store.save(STRIKE, [protest, week])
    store.save(CURFEW, [blast, statement])

    assert store.events() == [week, protest, blast, statement]
    assert store.events(country="nga") == [week, protest]
    assert store.events(since=dt.date(2024, 3, 1), until=dt.date(2024, 3, 4)) == [week]
    assert store.events(since=dt.date(2024, 5, 13)) == [statement]
    assert store.events(event_type="explosions/remote violence") == [blast]
    assert store.events(event_type="Remote explosive/landmine/IED") == [blast]
    assert store.events(event_type="accuse") == [statement]
    assert store.events(status="background") == [week]
    assert store.events(article_id=CURFEW.id) == [blast, statement]
    assert store.events(limit=2, offset=1) == [protest, blast]
    assert store.events(bbox=(-1.0, 5.0, 1.0, 6.0)) == [blast]
    assert store.events(bbox=(3.39, 6.45, 3.39, 6.45)) == [week, protest]
    assert list(store.iter_events(batch_size=3)) == [week, protest, blast, statement]
    with pytest.raises(StoreError, match="west <= east"):
        store.events(bbox=(10.0, 0.0, -10.0, 1.0))


def test_full_text_search(store: SQLiteStore) -> None:
    store.save(STRIKE, [])
    store.save(CURFEW, [])
    assert [a.id for a in store.search("dockworkers")] == [STRIKE.id]
    assert [a.id for a in store.search("curfew AND explosion")] == [CURFEW.id]
    assert store.search("title:Velora")[0].id == CURFEW.id
    assert store.search("tanks") == []
    with pytest.raises(StoreError, match="search"):
        store.search('"unclosed')


def test_persistence_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    event = make_event(STRIKE, start="2024-03-05")
    with SQLiteStore.open(f"sqlite:///{path}") as first:
        first.save(STRIKE, [event])
        first.record_failure(source="x.txt", code="empty", reason="file is empty")
    with SQLiteStore.open(path) as second:
        assert second.article_is_current(STRIKE)
        assert second.events() == [event]
        assert second.articles() == [STRIKE]
        assert second.stats().failures == 1
        assert second.search("Port")[0].id == STRIKE.id
    reopened = open_store(str(path))
    assert reopened.stats().articles == 1
    reopened.close()


def test_schema_settings(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 6
    finally:
        conn.close()


def test_open_errors(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are not database pages " * 200, encoding="utf-8")
    with pytest.raises(StoreError, match=str(not_a_db)):
        SQLiteStore(not_a_db)
    with pytest.raises(StoreError, match="not a SQLite URL"):
        SQLiteStore.open("mysql://host/db")
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://host/db")


def test_closed_store_raises_store_error(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "events.db")
    store.close()
    with pytest.raises(StoreError):
        store.stats()
