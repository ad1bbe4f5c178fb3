"""Analyst review: decisions on events (accept, edit, reject, merge, split) with an audit trail.

Reviews live in their own tables of the store's SQLite file. Edited fields are kept by
``event_id`` and field path and re-applied whenever events are read, so they survive a
re-extraction that yields the same event.
"""

from tacitus.review.decision import AuditEntry, ReviewAction, ReviewDecision, ReviewState
from tacitus.review.edits import apply_edits, check_event
from tacitus.review.ledger import ReviewLedger, overlay
from tacitus.review.schema import ensure_review_tables

__all__ = [
    "AuditEntry",
    "ReviewAction",
    "ReviewDecision",
    "ReviewLedger",
    "ReviewState",
    "apply_edits",
    "check_event",
    "ensure_review_tables",
    "overlay",
]
