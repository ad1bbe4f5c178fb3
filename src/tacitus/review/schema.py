"""The review tables, created idempotently beside the store's own tables."""

from __future__ import annotations

import sqlite3

REVIEW_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_audit (
    num INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    action TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    why TEXT
);
CREATE INDEX IF NOT EXISTS review_audit_event ON review_audit(event_id, num);
CREATE TABLE IF NOT EXISTS review_state (
    event_id TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    other_event_id TEXT
);
CREATE INDEX IF NOT EXISTS review_state_action ON review_state(action);
CREATE TABLE IF NOT EXISTS review_fields (
    event_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value_json TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (event_id, field)
);
"""
"""No foreign keys to ``events``: a review outlives the event row it names (re-extraction
deletes and re-inserts events), and is re-applied when the same event id comes back."""


def ensure_review_tables(conn: sqlite3.Connection) -> None:
    """Create the review tables and indexes if they do not exist yet."""
    conn.executescript(REVIEW_SCHEMA)
