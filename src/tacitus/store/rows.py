"""Conversions between records and SQLite rows, and the event filter query."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from tacitus.errors import StoreError
from tacitus.records.article import Article
from tacitus.records.event import Event
from tacitus.store.interface import ArticleRevision, BoundingBox, StoredFailure

ARTICLE_COLUMNS = "id, text, title, published, published_time, source, url, path"
QUALIFIED_ARTICLE_COLUMNS = ", ".join(f"articles.{c.strip()}" for c in ARTICLE_COLUMNS.split(","))
EVENT_INSERT = """
INSERT INTO events (event_id, article_id, status, date_start, date_end, country, event_type,
                    sub_event_type, plover_event, lat, lon, confidence, json)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(event_id) DO UPDATE SET
    article_id = excluded.article_id, status = excluded.status,
    date_start = excluded.date_start, date_end = excluded.date_end,
    country = excluded.country, event_type = excluded.event_type,
    sub_event_type = excluded.sub_event_type, plover_event = excluded.plover_event,
    lat = excluded.lat, lon = excluded.lon, confidence = excluded.confidence,
    json = excluded.json
"""


def now() -> str:
    """The current UTC time, ISO 8601, to the millisecond."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def article_values(article: Article) -> tuple[object, ...]:
    """Column values in ``ARTICLE_COLUMNS`` order."""
    return (
        article.id,
        article.text,
        article.title,
        article.published.isoformat() if article.published else None,
        article.published_time.isoformat() if article.published_time else None,
        article.source,
        article.url,
        article.path,
    )


def article_from_row(row: sqlite3.Row) -> Article:
    """An article from a row selected with ``ARTICLE_COLUMNS``."""
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        published=_date(row["published"]),
        published_time=dt.time.fromisoformat(row["published_time"])
        if row["published_time"]
        else None,
        source=row["source"],
        url=row["url"],
        path=row["path"],
    )


def event_columns(event: Event) -> tuple[object, ...]:
    """The filterable columns every event table stores beside the JSON: country (ISO-3,
    upper case), ACLED event and sub-event type, PLOVER event, latitude, longitude."""
    location = event.location
    return (
        location.country.upper() if location and location.country else None,
        event.acled.event_type if event.acled else None,
        event.acled.sub_event_type if event.acled else None,
        event.plover.event,
        location.lat if location else None,
        location.lon if location else None,
    )


def event_values(event: Event, *, article_id: str) -> tuple[object, ...]:
    """Parameters for ``EVENT_INSERT``."""
    return (
        event.event_id,
        article_id,
        event.status,
        event.date.start,
        event.date.end,
        *event_columns(event),
        event.confidence,
        event.model_dump_json(),
    )


def revision_from_row(row: sqlite3.Row) -> ArticleRevision:
    """An article revision from a row of ``article_revisions``."""
    return ArticleRevision(
        article_id=row["article_id"],
        revision=row["revision"],
        content_hash=row["content_hash"],
        title=row["title"],
        text=row["text"],
        published=_date(row["published"]),
        recorded_at=row["recorded_at"],
        superseded_at=row["superseded_at"],
    )


def failure_from_row(row: sqlite3.Row) -> StoredFailure:
    """A stored failure from a row of ``failures``."""
    return StoredFailure(
        source=row["source"], code=row["code"], reason=row["reason"], recorded_at=row["recorded_at"]
    )


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters of ``events()``; ``sql()`` builds the parameterised query."""

    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | None = None
    status: str | None = None
    article_id: str | None = None
    bbox: BoundingBox | None = None

    def sql(self, *, limit: int | None, offset: int) -> tuple[str, list[object]]:
        """The SELECT statement and its parameters."""
        clauses, params = self._clauses()
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        query = (
            f"SELECT json FROM canonical_events {where} "  # clauses are fixed text
            "ORDER BY date_start, event_id LIMIT ? OFFSET ?"
        )
        return query, [*params, -1 if limit is None else limit, offset]

    def _clauses(self) -> tuple[list[str], list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        for clause, value in (
            ("country = ?", self.country.upper() if self.country else None),
            ("date_end >= ?", self.since.isoformat() if self.since else None),
            ("date_start <= ?", self.until.isoformat() if self.until else None),
            ("status = ?", self.status),
            (
                "event_id IN (SELECT canonical_id FROM reports WHERE article_id = ?)",
                self.article_id,
            ),
        ):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        if self.event_type:
            clauses.append(
                "(event_type = ? COLLATE NOCASE OR sub_event_type = ? COLLATE NOCASE"
                " OR plover_event = ? COLLATE NOCASE)"
            )
            params.extend([self.event_type] * 3)
        if self.bbox is not None:
            clauses.append(_BBOX_CLAUSE)
            params.extend(_bbox_params(self.bbox))
        return clauses, params


_BBOX_CLAUSE = (
    "num IN (SELECT num FROM canonical_geo WHERE min_lon >= ? AND max_lon <= ?"
    " AND min_lat >= ? AND max_lat <= ?) AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?"
)


def _bbox_params(bbox: BoundingBox) -> list[object]:
    west, south, east, north = bbox
    if west > east or south > north:
        raise StoreError(
            f"bounding box {bbox} must be (west, south, east, north) with west <= east "
            "and south <= north; split a box that crosses the antimeridian"
        )
    # The R*Tree stores 32-bit floats rounded outwards, so widen its test a little and
    # keep the exact test on the real columns.
    pad = 1e-4
    return [west - pad, east + pad, south - pad, north + pad, west, east, south, north]
