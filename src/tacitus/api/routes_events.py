"""Event endpoints: the filtered list, one event with its sources, aggregates."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from tacitus.api import event_sql
from tacitus.api.auth import Reader
from tacitus.api.errors import ERROR_RESPONSES, ApiError
from tacitus.api.event_sql import GroupKey
from tacitus.api.filters import EventFilters, Page
from tacitus.api.state import DeskDep
from tacitus.api.views import EventRow, Highlight, highlights, reviewed_records, row
from tacitus.review import AuditEntry, ReviewState, overlay
from tacitus.store import SQLiteStore

router = APIRouter(prefix="/api", tags=["events"], responses=ERROR_RESPONSES)


class EventPage(BaseModel):
    """One page of matching events, and how many match in all."""

    total: int
    limit: int
    offset: int
    items: list[EventRow]


class ArticleSource(BaseModel):
    """An article that reports the event, with the spans the event was read from."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    text: str
    highlights: list[Highlight]


class EventDetail(BaseModel):
    """One event: the reviewed record, its review state and trail, and its sources."""

    event: dict[str, Any]
    row: EventRow
    review: ReviewState | None
    audit: list[AuditEntry]
    articles: list[ArticleSource]
    same_article: list[EventRow]


class Group(BaseModel):
    """One bucket of an aggregate."""

    key: str | None
    events: int
    fatalities: int | None = None


class Aggregate(BaseModel):
    """Counts of matching events per day, week, month, country or type."""

    by: GroupKey
    groups: list[Group]


@router.get("/events", response_model=EventPage)
def list_events(
    desk: DeskDep,
    _: Reader,
    filters: Annotated[EventFilters, Query()],
    page: Annotated[Page, Query()],
) -> EventPage:
    """Events matching every filter, one page at a time, as table rows."""
    conn = desk.database.connection()
    total, stored = event_sql.page(conn, filters, page)
    items = [row(r, s) for r, s in reviewed_records(desk.database.ledger(), stored)]
    return EventPage(total=total, limit=page.limit, offset=page.offset, items=items)


@router.get("/events/{event_id}", response_model=EventDetail)
def get_event(desk: DeskDep, _: Reader, event_id: str) -> EventDetail:
    """One event with its evidence, its review trail and the article text it came from."""
    record, state = reviewed_event(desk, event_id)
    store = desk.database.store()
    articles = [_source(store, record, article_id) for article_id in record["article_ids"]]
    siblings = [
        e.model_dump_json()
        for e in store.events(article_id=record["article_ids"][0])
        if e.event_id != event_id
    ]
    ledger = desk.database.ledger()
    return EventDetail(
        event=record,
        row=row(record, state),
        review=state,
        audit=ledger.audit(event_id=event_id),
        articles=[a for a in articles if a is not None],
        same_article=[row(r, s) for r, s in reviewed_records(ledger, siblings)],
    )


def _source(store: SQLiteStore, record: dict[str, Any], article_id: str) -> ArticleSource | None:
    article = store.article(article_id)
    if article is None:
        return None
    return ArticleSource(
        id=article.id,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        source=article.source,
        url=article.url,
        text=article.text,
        highlights=highlights(record, article_id=article.id),
    )


def reviewed_event(desk: DeskDep, event_id: str) -> tuple[dict[str, Any], ReviewState | None]:
    """The stored event with reviewed fields applied, and its review state; 404 if unknown."""
    stored = event_sql.event_json(desk.database.connection(), event_id)
    if stored is None:
        raise ApiError(f"no event {event_id!r}", code="not_found", status=404)
    record = json.loads(stored)
    state = desk.database.ledger().states([event_id]).get(event_id)
    return overlay(record, state), state


@router.get("/aggregates", response_model=Aggregate)
def aggregates(
    desk: DeskDep,
    _: Reader,
    filters: Annotated[EventFilters, Query()],
    by: GroupKey = "day",
    fatalities: bool = False,
) -> Aggregate:
    """Counts of matching events per group (and summed best fatality counts, if asked)."""
    found = event_sql.aggregate(desk.database.connection(), filters, by=by, fatalities=fatalities)
    return Aggregate(by=by, groups=[Group(key=k, events=n, fatalities=f) for k, n, f in found])


@router.get("/review/queue", response_model=EventPage, tags=["reviews"])
def review_queue(
    desk: DeskDep,
    _: Reader,
    filters: Annotated[EventFilters, Query()],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EventPage:
    """Unreviewed events, low confidence and high impact (fatalities, crowd size) first."""
    pending = filters.model_copy(update={"reviewed": False})
    return list_events(desk, None, pending, Page(limit=limit, offset=offset, sort="priority"))
