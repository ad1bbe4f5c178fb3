"""Parquet: typed flat columns that analysts query, and the full record kept beside them."""

from __future__ import annotations

import datetime as dt
import io

import pyarrow.parquet as pq
import pytest

from tacitus.errors import ExportError
from tacitus.export import write_events, write_events_bytes
from tacitus.records.event import Count, Event
from test_export_factory import make_article, make_event, make_strike


def table_of(events: list[Event]) -> list[dict[str, object]]:
    buf = io.BytesIO()
    report = write_events_bytes(events, buf, format="parquet", articles={"art_1": make_article()})
    assert report.written == len(events)
    return pq.read_table(io.BytesIO(buf.getvalue())).to_pylist()  # type: ignore[no-any-return]


def test_rows_hold_typed_columns_and_the_record_round_trips() -> None:
    protest, strike = table_of([make_event(), make_strike(status="background")])
    assert protest["date_start"] == dt.date(2019, 12, 31)
    assert (protest["event_type"], protest["sub_event_type"]) == ("Protests", "Peaceful protest")
    assert (protest["plover_event"], protest["plover_mode"]) == ("PROTEST", ["demo"])
    assert (protest["latitude"], protest["geo_precision"], protest["where_prec"]) == (
        33.3406, 1, 1,
    )  # fmt: skip
    assert (protest["participants"], protest["injured"], protest["fatalities"]) == (6000, 62, None)
    assert protest["sources"] == ["Tigris Daily"]
    assert Event.model_validate_json(str(protest["record"])) == make_event()
    assert strike["status"] == "background" and strike["actor2"] == "Kataib Hezbollah"


def test_a_running_total_is_not_a_flat_count() -> None:
    toll = Count(low=40, best=40, text="bringing the toll to 40", span=(0, 5), cumulative=True)
    [row] = table_of([make_strike(counts={"fatalities": toll})])
    assert row["fatalities"] is None


def test_zero_events_still_make_a_readable_file_with_every_column() -> None:
    buf = io.BytesIO()
    write_events_bytes([], buf, format="parquet")
    table = pq.read_table(io.BytesIO(buf.getvalue()))
    assert table.num_rows == 0 and "record" in table.column_names


def test_a_text_stream_is_refused_for_parquet() -> None:
    with pytest.raises(ExportError, match="binary"):
        write_events([make_event()], io.StringIO(), format="parquet")


def test_text_formats_write_utf8_to_byte_streams() -> None:
    buf = io.BytesIO()
    write_events_bytes(
        [make_event(summary="Protesters in Baghdad — peaceful")], buf, format="jsonl"
    )
    assert "— peaceful" in buf.getvalue().decode("utf-8")
    assert not buf.closed
