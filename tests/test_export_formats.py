"""JSON Lines, GeoJSON and PLOVER exports, and the format registry."""

from __future__ import annotations

import io
import json

import pytest

from tacitus.errors import ExportError
from tacitus.export import export_formats, suffix_for, write_events
from tacitus.records.event import Event, Evidence, PloverCoding
from test_export_factory import make_article, make_event, make_location, make_strike


def statement() -> Event:
    return make_event(
        event_id="ev_statement",
        acled=None,
        plover=PloverCoding(event="ACCUSE", mode=["disapprove"]),
        cameo="112",
        location=None,
    )


def test_jsonl_round_trips_every_event_whatever_its_status() -> None:
    events = [make_event(), make_strike(status="hypothetical"), statement()]
    buf = io.StringIO()
    report = write_events(events, buf, format="jsonl")
    lines = buf.getvalue().splitlines()
    assert report.written == 3
    assert report.skipped == {}
    assert [Event.model_validate_json(line) for line in lines] == events


def test_geojson_points_are_lon_lat() -> None:
    buf = io.StringIO()
    write_events([make_event()], buf, format="geojson")
    collection = json.loads(buf.getvalue())
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [44.4009, 33.3406]}


def test_geojson_properties_describe_the_event() -> None:
    buf = io.StringIO()
    write_events([make_strike()], buf, format="geojson")
    props = json.loads(buf.getvalue())["features"][0]["properties"]
    assert props["event_id"] == "ev_fedcba9876543210"
    assert (props["date_start"], props["date_end"], props["date_precision"]) == (
        "2019-12-31", "2019-12-31", "day",
    )  # fmt: skip
    assert (props["event_type"], props["sub_event_type"]) == (
        "Explosions/Remote violence", "Air/drone strike",
    )  # fmt: skip
    assert (props["plover_event"], props["cameo"]) == ("ASSAULT", "195")
    assert (props["actor1"], props["actor2"]) == (
        "Military Forces of the United States", "Kataib Hezbollah",
    )  # fmt: skip
    assert (props["location"], props["country"], props["geo_precision"]) == ("Iraq", "IRQ", 3)
    assert (props["fatalities"], props["injured"], props["participants"]) == (25, None, None)
    assert props["confidence"] == 0.8


def test_geojson_skips_unlocated_events_and_counts_them() -> None:
    buf = io.StringIO()
    no_coords = make_event(event_id="ev_nc", location=make_location(lat=None, lon=None))
    report = write_events([statement(), no_coords, make_strike()], buf, format="geojson")
    assert len(json.loads(buf.getvalue())["features"]) == 1
    assert report.written == 1
    assert report.skipped == {"no_coordinates": 1, "no_location": 1}


def test_geojson_with_zero_events_is_valid_json() -> None:
    buf = io.StringIO()
    report = write_events([], buf, format="geojson")
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}
    assert report.written == 0


def test_geojson_rejects_out_of_range_coordinates() -> None:
    swapped = make_event(location=make_location(lat=144.4, lon=33.3))
    buf = io.StringIO()
    with pytest.raises(ExportError, match=r"ev_0123456789abcdef.*coordinates"):
        write_events([swapped], buf, format="geojson")
    assert buf.getvalue() == ""


def test_plover_records_carry_actors_size_place_and_citation() -> None:
    strike = make_strike(evidence=[Evidence(span=(0, 83))])
    buf = io.StringIO()
    report = write_events(
        [strike, statement().model_copy(update={"status": "negated"})],
        buf,
        format="plover-jsonl",
        articles={"art_1": make_article()},
        clock=lambda: 0.0,
    )
    record, negated = (json.loads(line) for line in buf.getvalue().splitlines())
    assert report.written == 2
    assert record["id"] == "ev_fedcba9876543210"
    assert (record["event"], record["quad_code"], record["mode"]) == (
        "ASSAULT", "Material conflict", ["aerial"],
    )  # fmt: skip
    assert [a["identifier_text"] for a in record["actor"]] == [
        "Military Forces of the United States", "Popular Mobilization Forces",
    ]  # fmt: skip
    assert [r["identifier_text"] for r in record["recipient"]] == ["Kataib Hezbollah"]
    assert record["size"] == {"dead": 25, "injured": None, "arrested": None}
    assert record["event_loc"]["country_code"] == "IRQ"
    assert record["event_loc"]["resolution"] == 1
    assert record["text"].startswith("Crowds angered by the air raids gathered")
    assert record["cite_info"]["publication"] == "Tigris Daily"
    assert record["coded_date"] == "1970-01-01"
    assert negated["mode"] == ["disapprove", "negation"]
    assert negated["event_loc"] is None


def test_registry_lists_formats_and_suffixes() -> None:
    assert export_formats() == (
        "jsonl",
        "acled-csv",
        "geojson",
        "plover-jsonl",
        "ucdp-ged-csv",
        "gdelt-tsv",
        "parquet",
    )
    assert [suffix_for(f) for f in ("jsonl", "acled-csv", "geojson", "gdelt-tsv", "parquet")] == [
        ".jsonl", ".csv", ".geojson", ".tsv", ".parquet",
    ]  # fmt: skip


def test_unknown_format_raises_export_error() -> None:
    with pytest.raises(ExportError, match="unknown export format 'xlsx'"):
        suffix_for("xlsx")
