"""The event record: the contract every output, benchmark and later component reads.

Key names follow DESIGN.md exactly. Spans are ``[start, end)`` character offsets into
``Article.text`` of the article named first in ``article_ids``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
EventStatus = Literal["new", "background", "aggregate", "future", "hypothetical", "negated"]
CountKind = Literal["fatalities", "injured", "arrested", "abducted", "displaced", "participants"]
DatePrecision = Literal["day", "week", "month", "year"]
ActorRole = Literal["actor1", "actor2", "assoc", "target"]

COUNT_KINDS: tuple[CountKind, ...] = (
    "fatalities",
    "injured",
    "arrested",
    "abducted",
    "displaced",
    "participants",
)


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AcledCoding(_Record):
    event_type: str
    sub_event_type: str
    disorder_type: str
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: bool = False


class PloverCoding(_Record):
    event: str
    mode: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)


class EventDate(_Record):
    start: str
    end: str
    precision: DatePrecision
    text: str | None = None
    span: Span | None = None
    reason: str
    from_text: bool = Field(
        default=True,
        description="False when no date for the event was found in the text and the "
        "dateline or publication date stands in.",
    )

    @property
    def acled_time_precision(self) -> int:
        """ACLED time_precision: 1 day, 2 week or few days, 3 month or coarser."""
        if self.precision == "day" and self.start == self.end:
            return 1
        if self.precision in ("day", "week"):
            return 2
        return 3

    @property
    def ucdp_date_prec(self) -> int:
        """UCDP date_prec: 1 day, 2 range of 2-6 days, 3 week, 4 month, 5 year."""
        if self.precision == "day":
            return 1 if self.start == self.end else 2
        return {"week": 3, "month": 4, "year": 5}[self.precision]


class LocationPrecision(_Record):
    acled: int = Field(ge=1, le=3)
    ucdp: int = Field(ge=1, le=7)
    plover: int = Field(ge=1, le=5)


class Location(_Record):
    name: str
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    precision: LocationPrecision
    text: str | None = None
    span: Span | None = None
    reason: str


class ActorRef(_Record):
    role: ActorRole
    name: str
    inter: int | None = Field(default=None, ge=1, le=8)
    country: str | None = None
    sector: str | None = None
    text: str
    span: Span
    associated_with: str | None = None
    article_id: str | None = Field(
        default=None, description="The article the span points into (default: the first)."
    )


class Count(_Record):
    low: int | None = None
    best: int | None = None
    high: int | None = None
    text: str
    span: Span
    hedge: str | None = None
    claimed_by: str | None = None
    anonymous: bool = False
    verified: bool | None = None
    cumulative: bool = Field(
        default=False, description="A running total ('bringing the toll to 40'), not a new toll."
    )
    article_id: str | None = Field(
        default=None, description="The article the span points into (default: the first)."
    )


class UcdpEstimate(_Record):
    """UCDP's fatality estimates across every claim (lowest, best, highest) and, where the
    text says whose dead they were, the best figure split by side as UCDP GED does."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    deaths_a: int | None = None
    deaths_b: int | None = None
    deaths_civilians: int | None = None
    deaths_unknown: int | None = None


class Claim(_Record):
    field: str
    value: int | str | None = None
    claimed_by: str
    anonymous: bool = False
    verified: bool | None = None
    verb: str | None = None
    span: Span
    article_id: str | None = Field(
        default=None, description="The article the span points into (default: the first)."
    )


class Evidence(_Record):
    span: Span
    text: str | None = None
    article_id: str | None = None


class Trigger(_Record):
    text: str
    span: Span
    lemma: str


class Event(_Record):
    """One real-world event, as reported by one or more articles."""

    event_id: str
    article_ids: list[str]
    status: EventStatus = "new"
    acled: AcledCoding | None = Field(
        default=None, description="None for events ACLED does not code (statements)."
    )
    plover: PloverCoding
    cameo: str
    date: EventDate
    location: Location | None = None
    other_locations: list[Location] = Field(
        default_factory=list, description="Other countries named for the same event."
    )
    actors: list[ActorRef] = Field(default_factory=list)
    counts: dict[CountKind, Count] = Field(default_factory=dict)
    ucdp: UcdpEstimate | None = Field(
        default=None, description="UCDP low/best/high fatalities across all claims."
    )
    claims: list[Claim] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    trigger: Trigger | None = None
    summary: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    salience: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="How central the event is to its article (the main event scores highest); "
        "None when not scored.",
    )

    def actor(self, role: ActorRole) -> ActorRef | None:
        """The first actor with ``role``, if any."""
        return next((a for a in self.actors if a.role == role), None)

    def to_json(self) -> str:
        """One JSON line, keys as in DESIGN.md."""
        return self.model_dump_json(exclude_none=False)


def content_event_id(*, article_id: str, payload: dict[str, object]) -> str:
    """A stable id from what the event says, so re-runs upsert rather than duplicate."""
    blob = json.dumps({"article": article_id, **payload}, sort_keys=True, default=str)
    return "ev_" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]
