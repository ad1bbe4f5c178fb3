"""Review endpoints: record a decision on an event; merge, split, undo; read the audit trail.

Merge and split change the canonical events through the store (``merge_events``,
``split_report``, ``undo_merge``, which keep the store's merge audit); each decision is
also kept in the review tables (who, when, before, after, why), on every event it touched.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from tacitus.api import event_sql
from tacitus.api.auth import Reader, Writer
from tacitus.api.errors import ERROR_RESPONSES, ApiError
from tacitus.api.routes_events import reviewed_event
from tacitus.api.state import Desk, DeskDep
from tacitus.review import AuditEntry, ReviewAction, ReviewDecision
from tacitus.store.interface import MergeRecord

router = APIRouter(prefix="/api", tags=["reviews"], responses=ERROR_RESPONSES)


class MergeEntry(BaseModel):
    """One entry of the store's merge audit: which report joined which event, and why."""

    merge_id: int
    action: str
    canonical_id: str
    event_id: str
    article_id: str | None
    score: float | None
    features: dict[str, Any] | None
    decided_by: str
    at: str
    undone_at: str | None


@router.post("/events/{event_id}/review", response_model=AuditEntry, status_code=201)
def review_event(
    desk: DeskDep, reviewer: Writer, event_id: str, decision: ReviewDecision
) -> AuditEntry:
    """Accept, edit, reject, merge or split an event; the decision is audited.

    A merge moves every report of this event into ``other_event_id`` (this event is then
    gone; the answer's ``after.merged_into`` names the survivor). A split with
    ``report_id`` moves that report out into a new event (``after.new_event_id``).
    """
    record, _ = reviewed_event(desk, event_id)
    if decision.action is ReviewAction.MERGE:
        entry = _merge(desk, record, decision, reviewer=reviewer)
    elif decision.action is ReviewAction.SPLIT and decision.report_id:
        entry = _split(desk, record, decision, reviewer=reviewer)
    else:
        entry = desk.database.ledger().record(decision, event=record, reviewer=reviewer)
    desk.database.changed()
    return entry


def _merge(
    desk: Desk, record: dict[str, Any], decision: ReviewDecision, *, reviewer: str
) -> AuditEntry:
    this = str(record["event_id"])
    keep = _canonical(desk, decision.other_event_id or "")
    if keep == this:
        raise ApiError("an event cannot be merged with itself", code="bad_merge", status=400)
    conn = desk.database.reader()
    moved, had = event_sql.report_ids(conn, this), event_sql.report_ids(conn, keep)
    desk.database.store().merge_events(keep, this, by=reviewer)
    pinned = decision.model_copy(update={"other_event_id": keep})
    entry = desk.database.ledger().record(
        pinned, event=record, reviewer=reviewer, outcome={"merged_into": keep, "reports": moved}
    )
    desk.database.ledger().note(
        keep,
        action=ReviewAction.MERGE,
        reviewer=reviewer,
        before={"reports": had},
        after={"reports": had + moved, "merged_from": this},
        why=decision.why,
    )
    return entry


def _split(
    desk: Desk, record: dict[str, Any], decision: ReviewDecision, *, reviewer: str
) -> AuditEntry:
    this, report = str(record["event_id"]), str(decision.report_id)
    reports = event_sql.report_ids(desk.database.reader(), this)
    if report not in reports:
        raise ApiError(f"{report!r} is not a report of {this!r}", code="bad_split", status=400)
    if len(reports) < 2:
        raise ApiError(f"{this!r} has only one report", code="bad_split", status=400)
    new_id = desk.database.store().split_report(report, by=reviewer)
    entry = desk.database.ledger().record(
        decision, event=record, reviewer=reviewer, outcome={"new_event_id": new_id}
    )
    desk.database.ledger().note(
        new_id,
        action=ReviewAction.SPLIT,
        reviewer=reviewer,
        before={"event_id": this},
        after={"reports": [report]},
        why=decision.why,
    )
    return entry


def _canonical(desk: Desk, event_id: str) -> str:
    conn = desk.database.reader()
    if event_sql.event_json(conn, event_id) is not None:
        return event_id
    found = event_sql.canonical_of(conn, event_id)
    if found is None:
        raise ApiError(f"no event {event_id!r} to merge with", code="not_found", status=404)
    return found


@router.get("/events/{event_id}/merges", response_model=list[MergeEntry])
def merges(desk: DeskDep, _: Reader, event_id: str) -> list[MergeEntry]:
    """The store's merge audit of one canonical event (matcher and reviewers), oldest first."""
    record, _state = reviewed_event(desk, event_id)
    return [_merge_entry(m) for m in desk.database.store().audit(record["event_id"])]


@router.post("/merges/{merge_id}/undo", response_model=AuditEntry, status_code=201)
def undo_merge(
    desk: DeskDep, reviewer: Writer, merge_id: int, why: str | None = None
) -> AuditEntry:
    """Undo one recorded merge: its report leaves and becomes an event of its own."""
    found = event_sql.merge_of(desk.database.reader(), merge_id)
    if found is None:
        raise ApiError(f"no merge {merge_id}", code="not_found", status=404)
    canonical_id, report_id = found
    new_id = desk.database.store().undo_merge(merge_id, by=reviewer)
    desk.database.changed()
    return desk.database.ledger().note(
        canonical_id,
        action=ReviewAction.SPLIT,
        reviewer=reviewer,
        before={"merge_id": merge_id, "report_id": report_id},
        after={"new_event_id": new_id},
        why=why,
    )


def _merge_entry(found: MergeRecord) -> MergeEntry:
    return MergeEntry.model_validate(
        {name: getattr(found, name) for name in MergeEntry.model_fields}
    )


@router.get("/reviews", response_model=list[AuditEntry])
def audit_trail(
    desk: DeskDep,
    _: Reader,
    event_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditEntry]:
    """The audit trail, newest first: of one event, or of every event."""
    return desk.database.ledger().audit(event_id=event_id, limit=limit)
