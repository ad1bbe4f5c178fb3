"""CAMEO/GDELT export: GDELT 2.0's 61 columns, CAMEO levels, quad class, places and dates."""

from __future__ import annotations

import csv
import io

import pytest

from tacitus.errors import ExportError
from tacitus.export import ExportReport, write_events
from tacitus.export.gdelt_fields import quad_class
from tacitus.export.gdelt_tsv import GDELT_COLUMNS
from tacitus.records.event import Event, LocationPrecision, PloverCoding, Trigger
from test_export_factory import make_article, make_event, make_location, make_strike


def rows(events: list[Event]) -> tuple[list[dict[str, str]], ExportReport]:
    buf = io.StringIO()
    article = make_article()
    report = write_events(
        events, buf, format="gdelt-tsv", articles={"art_1": article}, clock=lambda: 1577836800.0
    )
    return list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter="\t")), report


def test_the_header_is_gdelts_61_event_columns() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[5] == "Actor1Code" and GDELT_COLUMNS[24] == "Actor2Type3Code"
    assert GDELT_COLUMNS[25:29] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode")
    assert GDELT_COLUMNS[-10:-2] == tuple(
        f"ActionGeo_{n}"
        for n in ("Type", "Fullname", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                  "FeatureID")
    )  # fmt: skip
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_a_protest_row_has_cameo_levels_quad_class_dates_and_its_place() -> None:
    [row], report = rows([make_event()])
    assert report.written == 1
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("141", "141", "14")
    assert row["QuadClass"] == "3"
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20191231", "201912", "2019")
    assert row["ActionGeo_Type"] == "4"  # a city outside the US
    assert row["ActionGeo_Fullname"] == "Baghdad, Iraq"
    assert (row["ActionGeo_CountryCode"], row["ActionGeo_ADM1Code"]) == ("IZ", "IZ")
    assert row["ActionGeo_FeatureID"] == "98182"
    assert row["DATEADDED"] == "20200101000000"
    assert row["SOURCEURL"] == "https://example.org/a"
    assert row["Actor1Name"] == "PROTESTERS (IRAQ)" and row["Actor1CountryCode"] == "IRQ"


def test_state_forces_get_a_cameo_actor_code_of_country_and_role() -> None:
    event = make_strike()
    event.actors[0] = event.actors[0].model_copy(update={"sector": "MIL"})
    [row], _ = rows([event])
    assert (row["Actor1Code"], row["Actor1Type1Code"]) == ("USAMIL", "MIL")
    assert row["Actor2Name"] == "KATAIB HEZBOLLAH"
    assert (row["ActionGeo_Type"], row["QuadClass"]) == ("1", "4")


def test_a_us_state_is_geo_type_2_with_its_postal_adm1_code() -> None:
    texas = make_location(
        name="Texas", country="USA", admin1="Texas", admin1_code="US-TX", lat=31.0, lon=-100.0,
        precision=LocationPrecision(acled=2, ucdp=4, plover=2),
    )  # fmt: skip
    [row], _ = rows([make_event(location=texas)])
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"]) == ("2", "US")
    assert row["ActionGeo_ADM1Code"] == "USTX"


def test_only_events_that_happened_are_written_and_statements_are_kept() -> None:
    statement = make_event(
        event_id="ev_s", acled=None, plover=PloverCoding(event="ACCUSE"), cameo="112"
    )
    found, report = rows([make_event(status="future"), statement])
    assert [r["EventCode"] for r in found] == ["112"]
    assert report.skipped == {"status_future": 1}


def test_the_lead_paragraph_event_is_the_root_event() -> None:
    lead = make_event(trigger=Trigger(text="gathered", span=(30, 38), lemma="gather"))
    [row], _ = rows([lead])
    assert row["IsRootEvent"] == "1"


def test_an_invalid_cameo_code_names_the_event() -> None:
    with pytest.raises(ExportError, match=r"ev_bad.*EventCode"):
        rows([make_event(event_id="ev_bad", cameo="999")])


def test_quad_classes_follow_the_cameo_roots() -> None:
    assert [quad_class(code) for code in ("010", "057", "061", "0874", "112", "145", "190")] == [
        1, 1, 2, 2, 3, 3, 4,
    ]  # fmt: skip
