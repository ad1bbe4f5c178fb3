"""What a reviewer can decide about an event, and the audit record each decision leaves."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class ReviewAction(StrEnum):
    """The review actions."""

    ACCEPT = "accept"
    EDIT = "edit"
    REJECT = "reject"
    MERGE = "merge"
    SPLIT = "split"


class ReviewDecision(BaseModel):
    """One reviewer decision, as submitted.

    ``changes`` (for ``edit``) maps a dotted field path of the event record to its new
    value, e.g. ``{"acled.sub_event_type": "Peaceful protest", "counts.fatalities.best": 3}``.
    ``other_event_id`` (for ``merge``) names the event this one duplicates: this event's
    reports join it. ``report_id`` (for ``split``) names the report (an article event id)
    to move out into an event of its own; without it, ``parts`` (each event this one
    should become, as field changes) or ``why`` records the request for later.
    """

    model_config = ConfigDict(extra="forbid")

    action: ReviewAction
    changes: dict[str, Any] = Field(default_factory=dict)
    other_event_id: str | None = None
    parts: list[dict[str, Any]] = Field(default_factory=list)
    report_id: str | None = None
    why: str | None = Field(default=None, max_length=4000)

    @model_validator(mode="after")
    def _complete(self) -> ReviewDecision:
        if self.action is ReviewAction.EDIT and not self.changes:
            raise ValueError("an edit needs 'changes': {field path: new value}")
        if self.action is ReviewAction.MERGE and not self.other_event_id:
            raise ValueError("a merge needs 'other_event_id', the event this one duplicates")
        if (
            self.action is ReviewAction.SPLIT
            and len(self.parts) < 2
            and not (self.why or self.report_id)
        ):
            raise ValueError("a split needs a 'report_id', two or more 'parts' or a 'why'")
        if self.action is not ReviewAction.SPLIT and self.report_id:
            raise ValueError("'report_id' only goes with the split action")
        if self.action is not ReviewAction.EDIT and self.changes:
            raise ValueError("'changes' only goes with the edit action")
        return self


class ReviewState(BaseModel):
    """The latest decision on an event, and the fields reviewers have set on it."""

    action: ReviewAction | None = None
    reviewer: str | None = None
    at: str | None = None
    other_event_id: str | None = None
    fields: dict[str, Any] = Field(default_factory=dict)

    @property
    def reviewed(self) -> bool:
        """Whether any reviewer decided anything about the event."""
        return self.action is not None


class AuditEntry(BaseModel):
    """One row of the audit trail: who did what to which event, when, why, before and after."""

    num: int
    event_id: str
    action: ReviewAction
    reviewer: str
    at: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    why: str | None = None
