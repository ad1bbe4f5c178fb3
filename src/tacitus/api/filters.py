"""The event filters every listing, aggregate and export endpoint accepts."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Depends
from pydantic import BaseModel, Field, field_validator

from tacitus.api.query import query_model
from tacitus.review import ReviewAction
from tacitus.store import BoundingBox

SortKey = Literal[
    "date", "-date", "confidence", "-confidence", "fatalities", "-fatalities", "priority"
]


class EventFilters(BaseModel):
    """Query-string filters of events; every one given must hold."""

    since: dt.date | None = Field(default=None, description="Events ending on or after this day.")
    until: dt.date | None = Field(
        default=None, description="Events starting on or before this day."
    )
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 code.")
    admin1: str | None = Field(default=None, description="First-level region name.")
    event_type: str | None = Field(default=None, description="ACLED event type.")
    sub_event_type: str | None = Field(default=None, description="ACLED sub-event type.")
    plover: str | None = Field(default=None, description="PLOVER event type, e.g. PROTEST.")
    actor: str | None = Field(default=None, description="Part of an actor's name.")
    bbox: str | None = Field(
        default=None, description="west,south,east,north in degrees", pattern=r"^[-0-9., ]+$"
    )
    q: str | None = Field(default=None, description="Full-text query over the articles.")
    status: str | None = Field(default=None, description="new, background, aggregate, ...")
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    max_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    reviewed: bool | None = Field(default=None, description="Only reviewed or unreviewed.")
    review: ReviewAction | None = Field(default=None, description="Latest review decision.")

    @field_validator("country")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else None

    @field_validator("bbox")
    @classmethod
    def _box(cls, value: str | None) -> str | None:
        if value is not None:
            parse_bbox(value)
        return value

    def box(self) -> BoundingBox | None:
        """The bounding box as numbers, if one was given."""
        return parse_bbox(self.bbox) if self.bbox else None


class Page(BaseModel):
    """Pagination and order of an event list."""

    limit: int = Field(default=100, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)
    sort: SortKey = "-date"


def parse_bbox(text: str) -> BoundingBox:
    """``"west,south,east,north"`` as four floats, checked for order and range."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise ValueError("bbox needs four numbers: west,south,east,north")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ValueError("bbox needs four numbers: west,south,east,north") from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise ValueError(
            "bbox must have -180 <= west <= east <= 180 and -90 <= south <= north <= 90"
        )
    return west, south, east, north


FiltersQuery = Annotated[EventFilters, Depends(query_model(EventFilters))]
"""The event filters, read from the query string in one validation."""
PageQuery = Annotated[Page, Depends(query_model(Page))]
"""Pagination and order, read from the query string in one validation."""
