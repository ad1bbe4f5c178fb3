"""Review endpoints: record a decision on an event; read the audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tacitus.api import event_sql
from tacitus.api.auth import Reader, Writer
from tacitus.api.errors import ERROR_RESPONSES, ApiError
from tacitus.api.routes_events import reviewed_event
from tacitus.api.state import DeskDep
from tacitus.review import AuditEntry, ReviewAction, ReviewDecision

router = APIRouter(prefix="/api", tags=["reviews"], responses=ERROR_RESPONSES)


@router.post("/events/{event_id}/review", response_model=AuditEntry, status_code=201)
def review_event(
    desk: DeskDep, reviewer: Writer, event_id: str, decision: ReviewDecision
) -> AuditEntry:
    """Accept, edit, reject, merge or split an event; the decision is audited.

    Merge and split are recorded as the reviewer's decision (audit and review state);
    the events themselves are not yet combined or divided.
    """
    record, _ = reviewed_event(desk, event_id)
    if decision.action is ReviewAction.MERGE:
        other = decision.other_event_id or ""
        if other == event_id:
            raise ApiError("an event cannot be merged with itself", code="bad_merge", status=400)
        if event_sql.event_json(desk.database.connection(), other) is None:
            raise ApiError(f"no event {other!r} to merge with", code="not_found", status=404)
    return desk.database.ledger().record(decision, event=record, reviewer=reviewer)


@router.get("/reviews", response_model=list[AuditEntry])
def audit_trail(
    desk: DeskDep,
    _: Reader,
    event_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditEntry]:
    """The audit trail, newest first: of one event, or of every event."""
    return desk.database.ledger().audit(event_id=event_id, limit=limit)
