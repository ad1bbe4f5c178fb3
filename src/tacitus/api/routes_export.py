"""Export of any event query in every export format."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from tacitus.api import event_sql
from tacitus.api.auth import Reader
from tacitus.api.errors import ERROR_RESPONSES
from tacitus.api.filters import EventFilters, FiltersQuery
from tacitus.api.query import openapi_parameters
from tacitus.api.state import DeskDep
from tacitus.export import ExportFormat, suffix_for, write_events_bytes
from tacitus.records import Event
from tacitus.review import ReviewAction, ReviewLedger, ReviewState, check_event, overlay

router = APIRouter(prefix="/api", tags=["export"], responses=ERROR_RESPONSES)

Format = ExportFormat
_MEDIA = {
    "jsonl": "application/x-ndjson",
    "plover-jsonl": "application/x-ndjson",
    "acled-csv": "text/csv; charset=utf-8",
    "ucdp-ged-csv": "text/csv; charset=utf-8",
    "gdelt-tsv": "text/tab-separated-values; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "geojson": "application/geo+json",
}


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {m: {} for m in set(_MEDIA.values())}}},
    openapi_extra=openapi_parameters(EventFilters),
)
def export(
    desk: DeskDep,
    _: Reader,
    filters: FiltersQuery,
    format: Format = "jsonl",
    reviewed_only: Annotated[
        bool, Query(description="Only events a reviewer accepted or edited.")
    ] = False,
) -> Response:
    """Every matching canonical event (with every article that reports it), with reviewed
    fields applied, in one export format."""
    if reviewed_only:
        filters = filters.model_copy(update={"reviewed": True})
    ledger = ReviewLedger(desk.database.reader())
    events = list(_events(ledger, event_sql.iter_json(desk.database.reader(), filters)))
    if reviewed_only:
        kept = ledger.states([e.event_id for e in events])
        events = [e for e in events if _accepted(kept.get(e.event_id))]
    store = desk.database.store()
    wanted = {a for e in events for a in e.article_ids}
    articles = {a.id: a for a in (store.article(i) for i in sorted(wanted)) if a is not None}
    buffer = io.BytesIO()
    report = write_events_bytes(events, buffer, format=format, articles=articles)
    headers = {
        "Content-Disposition": f'attachment; filename="events{suffix_for(format)}"',
        "X-Tacitus-Written": str(report.written),
        "X-Tacitus-Skipped": json.dumps(dict(report.skipped)),
    }
    return Response(buffer.getvalue(), media_type=_MEDIA[format], headers=headers)


def _events(ledger: ReviewLedger, stored: Iterator[str]) -> Iterator[Event]:
    batch: list[dict[str, object]] = []
    for text in stored:
        batch.append(json.loads(text))
        if len(batch) == 500:
            yield from _reviewed(ledger, batch)
            batch = []
    yield from _reviewed(ledger, batch)


def _reviewed(ledger: ReviewLedger, batch: list[dict[str, object]]) -> Iterator[Event]:
    states = ledger.states([str(r["event_id"]) for r in batch])
    for record in batch:
        yield check_event(overlay(record, states.get(str(record["event_id"]))))


def _accepted(state: ReviewState | None) -> bool:
    return state is not None and state.action in (ReviewAction.ACCEPT, ReviewAction.EDIT)
