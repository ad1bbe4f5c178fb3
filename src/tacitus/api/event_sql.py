"""Read-only SQL over the store's ``events`` table joined to the review state.

The store's own ``events()`` filters by country, dates, type, status and box; the desk
also filters by region, actor, article text, confidence and review state, sorts, counts
and aggregates, so it queries the table directly (read only; writes go through the store).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Literal

from tacitus.api.filters import EventFilters, Page
from tacitus.errors import StoreError

GroupKey = Literal["day", "week", "month", "country", "type", "sub_type", "plover", "status"]

FATALITIES = "coalesce(CAST(json_extract(e.json, '$.counts.fatalities.best') AS INTEGER), 0)"
PARTICIPANTS = "coalesce(CAST(json_extract(e.json, '$.counts.participants.best') AS INTEGER), 0)"
PRIORITY = (
    f"((1.0 - e.confidence) + min({FATALITIES}, 100) / 100.0 + min({PARTICIPANTS}, 10000)"
    " / 20000.0)"
)
_ORDER = {
    "date": "e.date_start, e.event_id",
    "-date": "e.date_start DESC, e.event_id DESC",
    "confidence": "e.confidence, e.event_id",
    "-confidence": "e.confidence DESC, e.event_id",
    "fatalities": f"{FATALITIES}, e.event_id",
    "-fatalities": f"{FATALITIES} DESC, e.event_id",
    "priority": f"{PRIORITY} DESC, e.event_id",
}
_GROUPS: dict[str, str] = {
    "day": "e.date_start",
    "week": "date(e.date_start, '-6 days', 'weekday 1')",
    "month": "substr(e.date_start, 1, 7)",
    "country": "e.country",
    "type": "coalesce(e.event_type, e.plover_event)",
    "sub_type": "coalesce(e.sub_event_type, e.plover_event)",
    "plover": "e.plover_event",
    "status": "e.status",
}
_FROM = "FROM events e LEFT JOIN review_state r ON r.event_id = e.event_id"
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
    "e.article_id IN (SELECT a.id FROM articles a JOIN articles_fts f ON f.rowid = a.num"
    " WHERE articles_fts MATCH ?)"
)
_BOX = (
    "e.num IN (SELECT num FROM events_geo WHERE min_lon >= ? AND max_lon <= ?"
    " AND min_lat >= ? AND max_lat <= ?) AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?"
)


def where(filters: EventFilters) -> tuple[str, list[object]]:
    """The WHERE clause (or "") and its parameters for ``filters``."""
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
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def page(conn: sqlite3.Connection, filters: EventFilters, page: Page) -> tuple[int, list[str]]:
    """The total number of matching events, and the JSON of one page of them."""
    clause, params = where(filters)
    with errors("list events", text=bool(filters.q)):
        total = conn.execute(f"SELECT count(*) {_FROM} {clause}", params).fetchone()[0]
        found = conn.execute(
            f"SELECT e.json {_FROM} {clause} ORDER BY {_ORDER[page.sort]} LIMIT ? OFFSET ?",
            [*params, page.limit, page.offset],
        ).fetchall()
    return int(total), [row[0] for row in found]


def iter_json(
    conn: sqlite3.Connection, filters: EventFilters, *, sort: str = "date", batch: int = 1000
) -> Iterator[str]:
    """The JSON of every matching event, in ``sort`` order, read ``batch`` rows at a time."""
    clause, params = where(filters)
    with errors("read events", text=bool(filters.q)):
        cursor = conn.execute(f"SELECT e.json {_FROM} {clause} ORDER BY {_ORDER[sort]}", params)
        while rows := cursor.fetchmany(batch):
            yield from (row[0] for row in rows)


def aggregate(
    conn: sqlite3.Connection, filters: EventFilters, *, by: GroupKey, fatalities: bool
) -> list[tuple[str | None, int, int | None]]:
    """``(key, events, fatalities or None)`` per group, in key order."""
    clause, params = where(filters)
    key = _GROUPS[by]
    total = f"sum({FATALITIES})" if fatalities else "NULL"
    with errors("aggregate events", text=bool(filters.q)):
        found = conn.execute(
            f"SELECT {key} AS k, count(*), {total} {_FROM} {clause} GROUP BY k ORDER BY k",
            params,
        ).fetchall()
    return [(row[0], int(row[1]), None if row[2] is None else int(row[2])) for row in found]


def event_json(conn: sqlite3.Connection, event_id: str) -> str | None:
    """The stored JSON of one event, or None."""
    with errors(f"read event {event_id!r}"):
        row = conn.execute("SELECT json FROM events WHERE event_id = ?", (event_id,)).fetchone()
    return None if row is None else str(row[0])


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
