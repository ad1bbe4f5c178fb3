"""The indexes the desk's read queries need, created idempotently beside the store's own.

The store indexes canonical events for matching (country, span class, start date); the
desk lists them newest first within a filter and counts them per filter, so it adds
covering indexes in that order. ``date_end`` rides along so that a ``since`` filter is
tested inside the index, without reading the row (whose JSON is large). The table's
other sorts (confidence, fatalities, the review queue's priority) get an index each.
"""

from __future__ import annotations

import sqlite3

from tacitus.api.event_sql import best_count, priority
from tacitus.errors import StoreError

API_INDEXES = f"""
CREATE INDEX IF NOT EXISTS desk_canonical_country_date
    ON canonical_events(country, date_start, event_id, date_end);
CREATE INDEX IF NOT EXISTS desk_canonical_date
    ON canonical_events(date_start, event_id, date_end, country);
CREATE INDEX IF NOT EXISTS desk_canonical_type_date
    ON canonical_events(event_type COLLATE NOCASE, date_start, event_id, date_end);
CREATE INDEX IF NOT EXISTS desk_canonical_plover_date
    ON canonical_events(plover_event COLLATE NOCASE, date_start, event_id, date_end);
CREATE INDEX IF NOT EXISTS desk_canonical_confidence ON canonical_events(confidence, event_id);
CREATE INDEX IF NOT EXISTS desk_canonical_fatalities
    ON canonical_events({best_count("fatalities", alias="")}, event_id);
CREATE INDEX IF NOT EXISTS desk_canonical_priority
    ON canonical_events({priority(alias="")} DESC, event_id);
CREATE INDEX IF NOT EXISTS desk_review_fields_event ON review_fields(event_id);
"""
"""Every statement is ``IF NOT EXISTS``: running it again changes nothing. The expression
indexes repeat the expressions the queries sort by, so that SQLite can use them."""


def ensure_indexes(conn: sqlite3.Connection) -> None:
    """Create the desk's indexes if they do not exist yet, then refresh the planner's stats."""
    try:
        conn.executescript(API_INDEXES)
        conn.execute("PRAGMA optimize")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot create the desk's indexes: {exc}") from exc
