"""Rows of the canonical-event tables: the upsert and its values, merge records, blocks.

Plain functions over records and rows, used by ``tacitus.store.canonical``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from tacitus.dedup.matcher import MatchDecision
from tacitus.dedup.profile import MatchProfile
from tacitus.dedup.words import ArticleContext
from tacitus.errors import StoreError
from tacitus.records.event import Event
from tacitus.store.interface import MergeRecord
from tacitus.store.rows import event_columns

LOOKBACK_DAYS: tuple[tuple[int, int | None], ...] = ((0, 7), (1, 31), (2, 366), (3, None))
"""``(span_class, days)``: a range of class c is at most ``days`` long (None: any length)."""
CANONICAL_UPSERT = """
INSERT INTO canonical_events (event_id, status, date_start, date_end, span_class, country,
    event_type, sub_event_type, plover_event, lat, lon, confidence, reports, json, profile)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(event_id) DO UPDATE SET
    status = excluded.status, date_start = excluded.date_start, date_end = excluded.date_end,
    span_class = excluded.span_class, country = excluded.country,
    event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
    plover_event = excluded.plover_event, lat = excluded.lat, lon = excluded.lon,
    confidence = excluded.confidence, reports = excluded.reports, json = excluded.json,
    profile = excluded.profile
"""


def span_class(start: str, end: str) -> int:
    """The smallest class whose length bound holds the range ``start..end``."""
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
    return next(c for c, bound in LOOKBACK_DAYS if bound is None or days <= bound)


def canonical_values(
    event: Event, *, reports: int, profile: MatchProfile | None = None, stored: str | None = None
) -> tuple[tuple[object, ...], MatchProfile]:
    """Parameters for ``_UPSERT``, and the event's match profile (stored among them;
    ``stored``: its JSON when known)."""
    profile = profile or MatchProfile.of(event)
    values = (
        event.event_id,
        event.status,
        event.date.start,
        event.date.end,
        span_class(event.date.start, event.date.end),
        *event_columns(event),
        event.confidence,
        reports,
        event.model_dump_json(),
        stored or profile.to_json(),
    )
    return values, profile


def article_context(stored: str | None, text: str | None) -> ArticleContext:
    """An article's context: as stored with it, else read from its text."""
    if stored is not None:
        return ArticleContext.from_json(stored)
    if text is None:
        raise StoreError("an article has neither a stored context nor a text")
    return ArticleContext.of(text)


def audited(decision: MatchDecision) -> dict[str, object]:
    """The features that decided a merge, and the report they were measured against."""
    features = decision.features.as_dict()
    if decision.report is not None:
        features["report"] = decision.report
    return features


def merge_record(row: sqlite3.Row) -> MergeRecord:
    return MergeRecord(
        merge_id=row["merge_id"],
        action=row["action"],
        canonical_id=row["canonical_id"],
        event_id=row["event_id"],
        article_id=row["article_id"],
        score=row["score"],
        features=json.loads(row["features"]) if row["features"] else None,
        decided_by=row["decided_by"],
        at=row["at"],
        undone_at=row["undone_at"],
    )
