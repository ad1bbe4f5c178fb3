"""Read-only SQL over the store's canonical events, joined to the review state when asked.

Every listing, aggregate and export shows canonical events (one per real event, each
with every report of it), from the store's ``canonical_events`` table. The store's own
``events()`` filters by country, dates, type, status and box; the desk also filters by
region, actor, article text, confidence and review state, sorts, counts and aggregates,
so it queries the tables directly (read only; writes go through the store).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from tacitus.api.filters import EventFilters, Page
from tacitus.errors import StoreError

GroupKey = Literal["day", "week", "month", "country", "type", "sub_type", "plover", "status"]


def best_count(kind: str, *, alias: str = "e.") -> str:
    """SQL for an event's best ``kind`` count (0 when absent), columns prefixed ``alias``."""
    return f"coalesce(CAST(json_extract({alias}json, '$.counts.{kind}.best') AS INTEGER), 0)"


def priority(*, alias: str = "e.") -> str:
    """SQL for the review queue's order: low confidence, many killed, large crowds first."""
    killed, crowd = best_count("fatalities", alias=alias), best_count("participants", alias=alias)
    return (
        f"((1.0 - {alias}confidence) + min({killed}, 100) / 100.0 + min({crowd}, 10000) / 20000.0)"
    )


FATALITIES = best_count("fatalities")
PRIORITY = priority()
_ORDER = {  # each matches an index of tacitus.api.indexes, read forwards or backwards
    "date": "e.date_start, e.event_id",
    "-date": "e.date_start DESC, e.event_id DESC",
    "confidence": "e.confidence, e.event_id",
    "-confidence": "e.confidence DESC, e.event_id DESC",
    "fatalities": f"{FATALITIES}, e.event_id",
    "-fatalities": f"{FATALITIES} DESC, e.event_id DESC",
    "priority": f"{PRIORITY} DESC, e.event_id",
}
_GROUPS: dict[str, str] = {  # day, week and month: grouped by day, folded in Python
    "country": "e.country",
    "type": "coalesce(e.event_type, e.plover_event)",
    "sub_type": "coalesce(e.sub_event_type, e.plover_event)",
    "plover": "e.plover_event",
    "status": "e.status",
}
_TABLE = "FROM canonical_events e"
_JOIN = " LEFT JOIN review_state r ON r.event_id = e.event_id"
_SIMPLE: tuple[tuple[str, str], ...] = (
    ("country", "e.country = ?"),
    ("since", "e.date_end >= ?"),
    ("until", "e.date_start <= ?"),
    ("admin1", "json_extract(e.json, '$.location.admin1') = ? COLLATE NOCASE"),
    ("event_type", "e.event_type = ? COLLATE NOCASE"),
    ("sub_event_type", "e.sub_event_type = ? COLLATE NOCASE"),
    ("plover", "e.plover_event = ? COLLATE NOCASE"),
    ("status", "e.status = ?"),
    ("min_confidence", "e.confidence >= ?"),
    ("max_confidence", "e.confidence <= ?"),
    ("review", "r.action = ?"),
)
_ACTOR = (
    "EXISTS (SELECT 1 FROM json_each(e.json, '$.actors')"
    " WHERE json_extract(value, '$.name') LIKE ? ESCAPE '\\')"
)
_TEXT = (
    "e.event_id IN (SELECT p.canonical_id FROM reports p JOIN articles a ON a.id = p.article_id"
    " JOIN articles_fts f ON f.rowid = a.num WHERE articles_fts MATCH ?)"
)
_BOX = (
    "e.num IN (SELECT num FROM canonical_geo WHERE min_lon >= ? AND max_lon <= ?"
    " AND min_lat >= ? AND max_lat <= ?) AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?"
)


@dataclass(frozen=True, slots=True)
class Query:
    """The FROM and WHERE text of a filtered query over canonical events, and its parameters.

    ``key`` identifies the query for caching its total.
    """

    source: str
    clause: str
    params: tuple[object, ...]

    @property
    def key(self) -> tuple[object, ...]:
        """A hashable identity of the query."""
        return (self.source, self.clause, *self.params)


def where(filters: EventFilters) -> Query:
    """The query matching ``filters``: the review join only where a filter needs it."""
    clauses: list[str] = []
    params: list[object] = []
    for name, clause in _SIMPLE:
        value = getattr(filters, name)
        if value is not None:
            clauses.append(clause)
            params.append(_param(value))
    if filters.actor:
        clauses.append(_ACTOR)
        params.append(f"%{_escape_like(filters.actor)}%")
    if filters.q:
        clauses.append(_TEXT)
        params.append(filters.q)
    if filters.reviewed is not None:
        clauses.append("r.event_id IS NOT NULL" if filters.reviewed else "r.event_id IS NULL")
    if (box := filters.box()) is not None:
        west, south, east, north = box
        pad = 1e-4  # the R*Tree keeps 32-bit floats rounded outwards
        clauses.append(_BOX)
        params.extend([west - pad, east + pad, south - pad, north + pad])
        params.extend([west, east, south, north])
    joined = filters.review is not None or filters.reviewed is not None
    text = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return Query(_TABLE + (_JOIN if joined else ""), text, tuple(params))


def total(conn: sqlite3.Connection, query: Query, *, text: bool = False) -> int:
    """How many canonical events match ``query``."""
    with errors("count events", text=text):
        found = conn.execute(f"SELECT count(*) {query.source} {query.clause}", query.params)
        return int(found.fetchone()[0])


def page(
    conn: sqlite3.Connection, query: Query, page: Page, *, text: bool = False
) -> list[tuple[str, str]]:
    """``(event id, JSON)`` of one page of the canonical events matching ``query``."""
    with errors("list events", text=text):
        found = conn.execute(
            f"SELECT e.event_id, e.json {query.source} {query.clause} ORDER BY {_ORDER[page.sort]}"
            " LIMIT ? OFFSET ?",
            [*query.params, page.limit, page.offset],
        ).fetchall()
    return [(str(row[0]), str(row[1])) for row in found]


def iter_json(
    conn: sqlite3.Connection, filters: EventFilters, *, sort: str = "date", batch: int = 1000
) -> Iterator[str]:
    """The JSON of every matching event, in ``sort`` order, read ``batch`` rows at a time."""
    query = where(filters)
    with errors("read events", text=bool(filters.q)):
        cursor = conn.execute(
            f"SELECT e.json {query.source} {query.clause} ORDER BY {_ORDER[sort]}", query.params
        )
        while rows := cursor.fetchmany(batch):
            yield from (row[0] for row in rows)


def aggregate(
    conn: sqlite3.Connection, filters: EventFilters, *, by: GroupKey, fatalities: bool
) -> list[tuple[str | None, int, int | None]]:
    """``(key, events, fatalities or None)`` per group, in key order.

    Weeks start on Monday (the key is that Monday); months are ``YYYY-MM``. Calendar
    groups are counted per day in SQL (a covering index yields days in order) and folded
    into weeks or months here, which is cheaper than a date function on every row.
    """
    query = where(filters)
    key = _GROUPS.get(by, "e.date_start")
    summed = f"sum({FATALITIES})" if fatalities else "NULL"
    with errors("aggregate events", text=bool(filters.q)):
        found = conn.execute(
            f"SELECT {key} AS k, count(*), {summed} {query.source} {query.clause}"
            " GROUP BY k ORDER BY k",
            query.params,
        ).fetchall()
    groups = [(row[0], int(row[1]), None if row[2] is None else int(row[2])) for row in found]
    return _fold(groups, by=by) if by in ("week", "month") else groups


def _fold(
    days: list[tuple[str | None, int, int | None]], *, by: GroupKey
) -> list[tuple[str | None, int, int | None]]:
    folded: dict[str | None, tuple[int, int | None]] = {}
    for day, events, killed in days:
        key = _calendar_key(day, by=by)
        count, total = folded.get(key, (0, None))
        summed = total if killed is None else (total or 0) + killed
        folded[key] = (count + events, summed)
    return [(key, n, f) for key, (n, f) in sorted(folded.items(), key=lambda kv: kv[0] or "")]


def _calendar_key(day: str | None, *, by: GroupKey) -> str | None:
    if day is None or by == "month":
        return None if day is None else day[:7]
    start = dt.date.fromisoformat(day)
    return (start - dt.timedelta(days=start.weekday())).isoformat()


def event_json(conn: sqlite3.Connection, event_id: str) -> str | None:
    """The stored JSON of one canonical event, or None."""
    with errors(f"read event {event_id!r}"):
        row = conn.execute(
            "SELECT json FROM canonical_events WHERE event_id = ?", (event_id,)
        ).fetchone()
    return None if row is None else str(row[0])


def canonical_of(conn: sqlite3.Connection, event_id: str) -> str | None:
    """The canonical event a report (an article event id) belongs to, or None."""
    with errors(f"look up report {event_id!r}"):
        row = conn.execute(
            "SELECT canonical_id FROM reports WHERE event_id = ?", (event_id,)
        ).fetchone()
    return None if row is None else str(row[0])


def reports(conn: sqlite3.Connection, canonical_id: str) -> list[tuple[str, str]]:
    """``(article id, report JSON)`` of each report of a canonical event, in joining order."""
    with errors(f"read the reports of {canonical_id!r}"):
        found = conn.execute(
            "SELECT p.article_id, v.json FROM reports p JOIN events v ON v.event_id = p.event_id"
            " WHERE p.canonical_id = ? ORDER BY p.rowid",
            (canonical_id,),
        ).fetchall()
    return [(str(row[0]), str(row[1])) for row in found]


def report_ids(conn: sqlite3.Connection, canonical_id: str) -> list[str]:
    """The ids of a canonical event's reports (article events), in joining order."""
    with errors(f"read the reports of {canonical_id!r}"):
        found = conn.execute(
            "SELECT event_id FROM reports WHERE canonical_id = ? ORDER BY rowid", (canonical_id,)
        ).fetchall()
    return [str(row[0]) for row in found]


def merge_of(conn: sqlite3.Connection, merge_id: int) -> tuple[str, str] | None:
    """``(canonical id, report id)`` of one entry of the store's merge audit, or None."""
    with errors(f"read merge {merge_id}"):
        row = conn.execute(
            "SELECT canonical_id, event_id FROM merges WHERE merge_id = ?", (merge_id,)
        ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def article_reports(conn: sqlite3.Connection, article_id: str) -> list[tuple[str, str]]:
    """``(canonical id, report JSON)`` of each event one article reports, in text order."""
    with errors(f"read the events of {article_id!r}"):
        found = conn.execute(
            "SELECT p.canonical_id, v.json FROM events v JOIN reports p ON p.event_id = v.event_id"
            " WHERE v.article_id = ? ORDER BY v.num",
            (article_id,),
        ).fetchall()
    return [(str(row[0]), str(row[1])) for row in found]


def article_events(conn: sqlite3.Connection, article_ids: list[str]) -> list[str]:
    """The JSON of the canonical events the articles report, by date."""
    marks = ", ".join("?" * len(article_ids))
    with errors("read the events of articles"):
        found = conn.execute(
            "SELECT json FROM canonical_events WHERE event_id IN (SELECT canonical_id"
            f" FROM reports WHERE article_id IN ({marks})) ORDER BY date_start, event_id",
            article_ids,
        ).fetchall()
    return [str(row[0]) for row in found]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _param(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


@contextmanager
def errors(action: str, *, text: bool = False) -> Iterator[None]:
    """Turn ``sqlite3.Error`` into ``StoreError``; a bad full-text query is ``bad_query``."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if text and ("fts5" in str(exc) or "no such column" in str(exc)):
            raise StoreError(f"bad full-text query: {exc}", code="bad_query") from exc
        raise StoreError(f"cannot {action}: {exc}") from exc
    except sqlite3.Error as exc:
        raise StoreError(f"cannot {action}: {exc}") from exc
