"""Aggregate reports linked to the dated events they summarise, never counted again.

An aggregate ("11 attacks in two months") stays its own canonical event with status
``aggregate`` (so nothing counts it as an event); this module records which dated
canonical events (status ``new``) it covers: same country, a date inside the aggregate's
range and a compatible type. Links are made both ways as reports arrive, so the order of
articles does not matter. All methods run inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3

from tacitus.dedup.features import SAME_FAMILY, type_similarity
from tacitus.dedup.profile import MatchProfile
from tacitus.store.rows import now

MAX_LINKS = 500
"""The most dated events one aggregate is linked to (the earliest stored)."""
_COVERED = (
    "SELECT profile FROM canonical_events WHERE country = ? AND status = 'new'"
    " AND date_start >= ? AND date_end <= ? ORDER BY num LIMIT ?"
)
_COVERING = (
    "SELECT profile FROM canonical_events INDEXED BY canonical_aggregates"
    " WHERE country = ? AND status = 'aggregate'"
    " AND date_start <= ? AND date_end >= ? ORDER BY num"
)


class SummaryLinks:
    """The ``summaries`` table over one SQLite connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Work on ``conn``."""
        self._conn = conn

    def link(self, profile: MatchProfile) -> int:
        """Link a canonical event (as it now stands) to the aggregates or events it matches.

        Returns the number of links added.
        """
        if profile.country is None or not profile.date_from_text:
            return 0
        if profile.status == "aggregate":
            rows = self._conn.execute(
                _COVERED, (profile.country, profile.date_start, profile.date_end, MAX_LINKS)
            )
            pairs = [(profile.event_id, p.event_id) for p in _compatible(profile, rows)]
        elif profile.status == "new":
            rows = self._conn.execute(
                _COVERING, (profile.country, profile.date_start, profile.date_end)
            )
            pairs = [(p.event_id, profile.event_id) for p in _compatible(profile, rows)]
        else:
            return 0
        stamp = now()
        before = self._conn.total_changes
        self._conn.executemany(
            "INSERT OR IGNORE INTO summaries (aggregate_id, canonical_id, linked_at)"
            " VALUES (?, ?, ?)",
            [(a, c, stamp) for a, c in pairs],
        )
        return self._conn.total_changes - before

    def forget(self, canonical_id: str) -> None:
        """Drop every link of a canonical event that no longer exists."""
        self._conn.execute(
            "DELETE FROM summaries WHERE aggregate_id = ? OR canonical_id = ?",
            (canonical_id, canonical_id),
        )

    def clear(self) -> None:
        """Drop every link (before a rebuild)."""
        self._conn.execute("DELETE FROM summaries")

    def summarised(self, aggregate_id: str) -> list[str]:
        """The dated canonical events an aggregate summarises, oldest link first."""
        return self._column("canonical_id", "aggregate_id", aggregate_id)

    def summarised_in(self, canonical_id: str) -> list[str]:
        """The aggregates that summarise a dated canonical event."""
        return self._column("aggregate_id", "canonical_id", canonical_id)

    def _column(self, wanted: str, key: str, value: str) -> list[str]:
        rows = self._conn.execute(
            f"SELECT {wanted} FROM summaries WHERE {key} = ? ORDER BY rowid", (value,)
        )
        return [str(row[0]) for row in rows]


def _compatible(profile: MatchProfile, rows: sqlite3.Cursor) -> list[MatchProfile]:
    found = (MatchProfile.from_json(row[0]) for row in rows)
    return [p for p in found if p.date_from_text and type_similarity(profile, p) >= SAME_FAMILY]
