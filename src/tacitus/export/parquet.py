"""Parquet: one row per event, flat typed columns for analysis plus the full record as JSON.

The flat columns are what analysts filter and aggregate on (type codes, date, place,
actors, best counts, UCDP estimates); ``record`` keeps every field, claim and evidence span,
so nothing is lost. Every status is written; filter on ``status`` for events that happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from tacitus.export.context import ExportContext
from tacitus.export.report import ExportReport, ReportTally
from tacitus.export.roles import second_actor
from tacitus.records.event import COUNT_KINDS, ActorRole, Event

if TYPE_CHECKING:
    import pyarrow as pa


def parquet_schema() -> pa.Schema:
    """The columns of the Parquet export, in order (pyarrow is imported on first use)."""
    import pyarrow as pa

    text, integer, real = pa.string(), pa.int64(), pa.float64()
    strings = pa.list_(pa.string())
    fields = [
        ("event_id", text), ("article_ids", strings), ("status", text),
        ("event_type", text), ("sub_event_type", text), ("disorder_type", text),
        ("inter1", integer), ("inter2", integer), ("interaction", integer),
        ("civilian_targeting", pa.bool_()),
        ("plover_event", text), ("plover_mode", strings), ("plover_context", strings),
        ("cameo", text),
        ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_precision", text),
        ("location", text), ("country", text), ("admin1", text), ("admin2", text),
        ("latitude", real), ("longitude", real), ("geonameid", integer),
        ("geo_precision", integer), ("where_prec", integer), ("plover_resolution", integer),
        ("actor1", text), ("actor2", text), ("actors", strings),
        *((kind, integer) for kind in COUNT_KINDS),
        ("ucdp_low", integer), ("ucdp_best", integer), ("ucdp_high", integer),
        ("sources", strings), ("summary", text), ("confidence", real), ("record", text),
    ]  # fmt: skip
    return pa.schema(fields)


def write_parquet(events: Iterable[Event], out: IO[bytes], context: ExportContext) -> ExportReport:
    """Write every event as one Parquet row (the table is built before anything is written)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tally = ReportTally(format="parquet")
    rows = [parquet_row(event, context) for event in events]
    table = pa.Table.from_pylist(rows, schema=parquet_schema())
    pq.write_table(table, out, compression="zstd")
    tally.wrote(len(rows))
    return tally.freeze()


def parquet_row(event: Event, context: ExportContext) -> dict[str, Any]:
    """The flat row of one event."""
    return {
        "event_id": event.event_id,
        "article_ids": list(event.article_ids),
        "status": event.status,
        **_coding(event),
        "date_start": dt.date.fromisoformat(event.date.start),
        "date_end": dt.date.fromisoformat(event.date.end),
        "date_precision": event.date.precision,
        **_place(event),
        "actor1": _name(event, "actor1"),
        "actor2": actor2.name if (actor2 := second_actor(event)) is not None else None,
        "actors": list(dict.fromkeys(actor.name for actor in event.actors)),
        **{kind: count.best for kind, count in event.counts.items() if not count.cumulative},
        "ucdp_low": event.ucdp.low if event.ucdp else None,
        "ucdp_best": event.ucdp.best if event.ucdp else None,
        "ucdp_high": event.ucdp.high if event.ucdp else None,
        "sources": context.sources(event),
        "summary": event.summary,
        "confidence": event.confidence,
        "record": event.to_json(),
    }


def _coding(event: Event) -> dict[str, Any]:
    acled = event.acled
    return {
        "event_type": acled.event_type if acled else None,
        "sub_event_type": acled.sub_event_type if acled else None,
        "disorder_type": acled.disorder_type if acled else None,
        "inter1": acled.inter1 if acled else None,
        "inter2": acled.inter2 if acled else None,
        "interaction": acled.interaction if acled else None,
        "civilian_targeting": acled.civilian_targeting if acled else None,
        "plover_event": event.plover.event,
        "plover_mode": list(event.plover.mode),
        "plover_context": list(event.plover.context),
        "cameo": event.cameo,
    }


def _place(event: Event) -> dict[str, Any]:
    place = event.location
    if place is None:
        return {}
    return {
        "location": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "latitude": place.lat,
        "longitude": place.lon,
        "geonameid": place.geonameid,
        "geo_precision": place.precision.acled,
        "where_prec": place.precision.ucdp,
        "plover_resolution": place.precision.plover,
    }


def _name(event: Event, role: ActorRole) -> str | None:
    actor = event.actor(role)
    return actor.name if actor is not None else None
