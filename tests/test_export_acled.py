"""ACLED CSV export: exact columns, codes, skips and validation."""

from __future__ import annotations

import csv
import io

import pytest

from tacitus.errors import ExportError
from tacitus.export import ExportReport, write_events
from tacitus.export.acled_csv import acled_event_id
from tacitus.export.acled_notes import count_phrase
from tacitus.records.event import AcledCoding, ActorRef, Count, Event, EventDate, PloverCoding
from test_export_factory import make_article, make_event, make_location, make_strike

EXPECTED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip


def export(events: list[Event]) -> tuple[str, list[dict[str, str]], ExportReport]:
    buf = io.StringIO()
    report = write_events(
        events,
        buf,
        format="acled-csv",
        articles={"art_1": make_article()},
        clock=lambda: 1_700_000_000.5,
    )
    text = buf.getvalue()
    return text, list(csv.DictReader(io.StringIO(text))), report


def test_header_is_exactly_the_acled_columns_in_order() -> None:
    text, _, _ = export([make_event()])
    assert next(csv.reader(io.StringIO(text))) == EXPECTED_COLUMNS


def test_zero_events_still_write_the_header() -> None:
    text, rows, report = export([])
    assert text.splitlines() == [",".join(EXPECTED_COLUMNS)]
    assert rows == []
    assert report.written == 0


def test_protest_row_codes_iraq_numerically_with_region_and_sources() -> None:
    _, [row], report = export([make_event()])
    assert report.written == 1
    assert row["iso"] == "368"
    assert row["country"] == "Iraq"
    assert row["region"] == "Middle East"
    assert row["event_id_cnty"].startswith("IRQ")
    assert row["event_date"] == "2019-12-31"
    assert (row["year"], row["time_precision"]) == ("2019", "1")
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
        "Protesters (Iraq)", "6", "", "0",
    )  # fmt: skip
    assert row["interaction"] == "60"
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("33.3406", "44.4009", "1")
    assert row["source"] == "Tigris Daily"
    assert row["fatalities"] == "0"
    assert row["timestamp"] == "1700000000"


def test_notes_carry_the_claim_and_crowd_size_and_tags_the_crowd() -> None:
    _, [row], _ = export([make_event()])
    assert row["notes"].startswith("Protesters angered by air raids gathered outside")
    assert (
        "According to Popular Mobilization Forces, at least 62 injured "
        "(not independently verified)." in row["notes"]
    )
    assert "Crowd size: around 6000." in row["notes"]
    assert row["tags"] == "crowd size=around 6000"


def test_unsized_protest_is_tagged_no_report() -> None:
    _, [row], _ = export([make_event(counts={}, claims=[])])
    assert row["tags"] == "crowd size=no report"


def test_strike_row_has_both_actors_associates_and_conservative_toll() -> None:
    _, [row], _ = export([make_strike()])
    assert row["actor1"] == "Military Forces of the United States"
    assert row["actor2"] == "Kataib Hezbollah"
    assert row["assoc_actor_2"] == "Popular Mobilization Forces"
    assert row["assoc_actor_1"] == ""
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("8", "3", "38")
    assert row["fatalities"] == "25"
    assert row["geo_precision"] == "3"
    assert "Reported fatalities range from 25 to 27." in row["notes"]
    assert row["notes"].startswith("On 2019-12-31, air/drone strike involving")


def test_fatalities_fall_back_to_best_when_no_low_bound() -> None:
    toll = Count(best=12, text="dozens were killed", span=(0, 18), hedge="dozens")
    _, [row], _ = export([make_strike(counts={"fatalities": toll})])
    assert row["fatalities"] == "12"


def test_a_running_total_is_no_death_of_the_event() -> None:
    toll = Count(
        low=20, best=20, text="20 have died since the protests began", span=(0, 37), cumulative=True
    )
    _, [row], _ = export([make_strike(counts={"fatalities": toll})])
    assert row["fatalities"] == "0"


def test_civilian_targeting_and_week_precision() -> None:
    coding = AcledCoding(
        event_type="Violence against civilians", sub_event_type="Attack",
        disorder_type="Political violence", inter1=3, inter2=7, interaction=37,
        civilian_targeting=True,
    )  # fmt: skip
    civilians = ActorRef(role="target", name="Civilians (Iraq)", inter=7, text="villagers",
                         span=(0, 9))  # fmt: skip
    militia = ActorRef(role="actor1", name="Unidentified Armed Group (Iraq)", inter=3,
                       text="gunmen", span=(10, 16))  # fmt: skip
    week = EventDate(start="2019-12-23", end="2019-12-29", precision="week", reason="last week")
    _, [row], _ = export(
        [make_event(acled=coding, actors=[militia, civilians], date=week, counts={}, claims=[])]
    )
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["actor2"] == "Civilians (Iraq)"
    assert row["time_precision"] == "2"
    assert row["tags"] == ""


def test_statements_and_non_new_events_are_skipped_and_counted() -> None:
    statement = make_event(
        event_id="ev_statement",
        acled=None,
        plover=PloverCoding(event="ACCUSE", mode=["disapprove"]),
        cameo="112",
    )
    old = make_event(event_id="ev_old", status="background")
    future = make_event(event_id="ev_future", status="future")
    _, rows, report = export([statement, make_event(), old, future])
    assert len(rows) == 1
    assert report.written == 1
    assert report.skipped == {
        "no_acled_coding": 1,
        "status_background": 1,
        "status_future": 1,
    }
    assert report.skipped_total == 3


def test_events_without_place_or_coordinates_are_skipped() -> None:
    unlocated = make_event(event_id="ev_a", location=None)
    no_coords = make_event(event_id="ev_b", location=make_location(lat=None, lon=None))
    _, rows, report = export([unlocated, no_coords])
    assert rows == []
    assert report.skipped == {"no_coordinates": 1, "no_location": 1}


def test_bad_type_pair_raises_naming_event_and_field_and_writes_nothing() -> None:
    wrong = AcledCoding(
        event_type="Riots", sub_event_type="Peaceful protest", disorder_type="Demonstrations",
        inter1=6,
    )  # fmt: skip
    buf = io.StringIO()
    with pytest.raises(ExportError) as caught:
        write_events([make_event(), make_event(event_id="ev_bad", acled=wrong)], buf,
                     format="acled-csv")  # fmt: skip
    assert "ev_bad" in str(caught.value)
    assert "sub_event_type" in str(caught.value)
    assert buf.getvalue() == ""


@pytest.mark.parametrize(
    ("coding_changes", "field"),
    [
        ({"disorder_type": "Civil unrest"}, "disorder_type"),
        ({"interaction": 16}, "interaction"),
    ],
)
def test_invalid_codes_raise_export_error(coding_changes: dict[str, object], field: str) -> None:
    coding = make_event().acled
    assert coding is not None
    bad = coding.model_copy(update=coding_changes)
    actor = ActorRef(role="actor1", name="Protesters (Iraq)", text="Crowds", span=(0, 6))
    with pytest.raises(ExportError, match=f"ev_0123456789abcdef.*'{field}'"):
        export([make_event(acled=bad, actors=[actor])])


def test_actors_without_an_actor_type_take_acleds_placeholders() -> None:
    strike = make_strike()
    assert strike.acled is not None
    coding = strike.acled.model_copy(update={"inter1": None, "inter2": None, "interaction": None})
    actors = [a.model_copy(update={"inter": None}) for a in strike.actors]
    _, [row], _ = export([make_strike(acled=coding, actors=actors)])
    assert (row["actor1"], row["inter1"]) == ("Unidentified Armed Group (Iraq)", "3")
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("", "0", "30")
    protest = make_event()
    assert protest.acled is not None
    unknown = ActorRef(role="actor1", name="Groups", text="Groups", span=(0, 6))
    coding = protest.acled.model_copy(update={"inter1": None, "interaction": None})
    _, [row], _ = export([make_event(acled=coding, actors=[unknown])])
    assert (row["actor1"], row["inter1"], row["interaction"]) == ("Protesters (Iraq)", "6", "60")


def test_victims_known_only_by_their_text_stay_out_of_actor2() -> None:
    victims = ActorRef(role="target", name="40 people", text="40 people", span=(60, 69))
    civilians = ActorRef(role="target", name="Civilians (Iraq)", inter=7, text="civilians",
                         span=(70, 79))  # fmt: skip
    event = make_event(actors=[*make_event().actors, victims])
    _, [row], _ = export([event])
    assert (row["actor2"], row["inter2"]) == ("", "0")
    protest = make_event()
    assert protest.acled is not None
    coding = protest.acled.model_copy(update={"interaction": None})
    _, [typed], _ = export([make_event(acled=coding, actors=[*protest.actors, victims, civilians])])
    assert (typed["actor2"], typed["inter2"], typed["interaction"]) == (
        "Civilians (Iraq)",
        "7",
        "67",
    )


def test_a_typed_victim_in_actor2_recodes_the_interaction() -> None:
    coding = AcledCoding(
        event_type="Violence against civilians", sub_event_type="Attack",
        disorder_type="Political violence", inter1=3, inter2=None, interaction=30,
        civilian_targeting=False,
    )  # fmt: skip
    gunmen = ActorRef(role="actor1", name="Unidentified Armed Group (Iraq)", inter=3,
                      text="two men on a motorcycle", span=(0, 23))  # fmt: skip
    teacher = ActorRef(role="target", name="Civilians (Iraq)", inter=7, text="a teacher",
                       span=(38, 47))  # fmt: skip
    _, [row], _ = export([make_event(acled=coding, actors=[gunmen, teacher])])
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("Civilians (Iraq)", "7", "37")


def test_unknown_country_code_raises_on_iso() -> None:
    with pytest.raises(ExportError, match="'iso'"):
        export([make_event(location=make_location(country="XYZ"))])


def test_event_id_cnty_is_stable_and_distinct() -> None:
    first = acled_event_id("IRQ", "ev_0123456789abcdef")
    assert first == acled_event_id("IRQ", "ev_0123456789abcdef")
    assert first != acled_event_id("IRQ", "ev_fedcba9876543210")
    assert first[3:].isdigit()


@pytest.mark.parametrize(
    ("count", "phrase"),
    [
        (Count(low=25, best=25, text="t", span=(0, 1), hedge="at least"), "at least 25"),
        (Count(best=12, text="t", span=(0, 1), hedge="dozens"), "dozens"),
        (Count(low=10, high=20, text="t", span=(0, 1)), "10-20"),
        (Count(low=5, text="t", span=(0, 1)), "at least 5"),
        (Count(best=300, text="t", span=(0, 1)), "300"),
    ],
)
def test_count_phrases(count: Count, phrase: str) -> None:
    assert count_phrase(count) == phrase
