"""Event endpoints: the filtered list, one event with its sources, aggregates."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from tacitus.api import event_sql, listing
from tacitus.api.auth import Reader
from tacitus.api.errors import ERROR_RESPONSES, ApiError
from tacitus.api.event_sql import GroupKey
from tacitus.api.filters import EventFilters, FiltersQuery, Page, PageQuery
from tacitus.api.query import openapi_parameters
from tacitus.api.state import DeskDep
from tacitus.api.views import EventRow, Highlight, highlights, reviewed_records, row
from tacitus.records import Article
from tacitus.review import AuditEntry, ReviewLedger, ReviewState, overlay

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


class ReportSource(BaseModel):
    """One report of the event: an article's own reading of it (its article event)."""

    event_id: str
    article_id: str
    title: str | None
    published: str | None
    source: str | None
    row: EventRow


class EventDetail(BaseModel):
    """One canonical event: the reviewed record, its review, its reports and their articles.

    ``reports`` are the other reports of the same event (one per article event merged
    into it); ``same_article`` the other events those articles report.
    """

    event: dict[str, Any]
    row: EventRow
    review: ReviewState | None
    audit: list[AuditEntry]
    articles: list[ArticleSource]
    reports: list[ReportSource]
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


@router.get(
    "/events", response_model=EventPage, openapi_extra=openapi_parameters(EventFilters, Page)
)
async def list_events(desk: DeskDep, _: Reader, filters: FiltersQuery, page: PageQuery) -> Response:
    """Canonical events matching every filter, one page at a time, as table rows.

    ``total`` is counted once per filter and kept for a few seconds.
    """
    body = await listing.event_page(desk.database, filters, page)
    return Response(body, media_type="application/json")


@router.get("/events/{event_id}", response_model=EventDetail)
def get_event(desk: DeskDep, _: Reader, event_id: str) -> EventDetail:
    """One canonical event: evidence, review trail, every report and every article's text."""
    record, state = reviewed_event(desk, event_id)
    conn = desk.database.reader()
    ledger = ReviewLedger(conn)
    found = [(a, json.loads(j)) for a, j in event_sql.reports(conn, record["event_id"])]
    store = desk.database.store()
    articles = {a: store.article(a) for a in record["article_ids"]}
    others = reviewed_records(ledger, event_sql.article_events(conn, record["article_ids"]))
    return EventDetail(
        event=record,
        row=row(record, state),
        review=state,
        audit=ledger.audit(event_id=record["event_id"]),
        articles=[
            _source(article, _marks(record, found, article.id))
            for article in articles.values()
            if article is not None
        ],
        reports=[_report(a, r, articles.get(a)) for a, r in found],
        same_article=[row(r, s) for r, s in others if r["event_id"] != record["event_id"]],
    )


def _marks(
    record: dict[str, Any], found: list[tuple[str, dict[str, Any]]], article_id: str
) -> list[Highlight]:
    """The spans into one article: its own reports' (whose spans all point into it)."""
    marks = [h for a, r in found if a == article_id for h in highlights(r, article_id=a)]
    if not marks:
        marks = highlights(record, article_id=article_id)
    unique = {(h.field, h.start, h.end): h for h in marks}
    return sorted(unique.values(), key=lambda h: (h.start, -h.end, h.field))


def _source(article: Article, marks: list[Highlight]) -> ArticleSource:
    return ArticleSource(
        id=article.id,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        source=article.source,
        url=article.url,
        text=article.text,
        highlights=marks,
    )


def _report(article_id: str, report: dict[str, Any], article: Article | None) -> ReportSource:
    return ReportSource(
        event_id=report["event_id"],
        article_id=article_id,
        title=article.title if article else None,
        published=article.published.isoformat() if article and article.published else None,
        source=article.source if article else None,
        row=row(report, None),
    )


def reviewed_event(desk: DeskDep, event_id: str) -> tuple[dict[str, Any], ReviewState | None]:
    """The canonical event with reviewed fields applied, and its review state; 404 if unknown.

    ``event_id`` may also name a report (an article event): its canonical event answers.
    """
    conn = desk.database.reader()
    stored = event_sql.event_json(conn, event_id)
    if stored is None and (canonical := event_sql.canonical_of(conn, event_id)) is not None:
        stored = event_sql.event_json(conn, canonical)
    if stored is None:
        raise ApiError(f"no event {event_id!r}", code="not_found", status=404)
    record = json.loads(stored)
    state = ReviewLedger(conn).states([record["event_id"]]).get(record["event_id"])
    return overlay(record, state), state


@router.get("/aggregates", response_model=Aggregate, openapi_extra=openapi_parameters(EventFilters))
async def aggregates(
    desk: DeskDep,
    _: Reader,
    filters: FiltersQuery,
    by: GroupKey = "day",
    fatalities: bool = False,
) -> Response:
    """Counts of matching events per group (and summed best fatality counts, if asked)."""
    body = await listing.aggregate_json(desk.database, filters, by=by, fatalities=fatalities)
    return Response(body, media_type="application/json")


@router.get(
    "/review/queue",
    response_model=EventPage,
    tags=["reviews"],
    openapi_extra=openapi_parameters(EventFilters),
)
async def review_queue(
    desk: DeskDep,
    _: Reader,
    filters: FiltersQuery,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """Unreviewed events, low confidence and high impact (fatalities, crowd size) first."""
    pending = filters.model_copy(update={"reviewed": False})
    return await list_events(desk, None, pending, Page(limit=limit, offset=offset, sort="priority"))
