"""Canonical events in SQLite: link each article event to one, incrementally, with an audit.

Every stored article event is a *report* of exactly one canonical event. A new report is
matched only against canonical events in its block (same country, overlapping dates:
``span_class`` bounds how far back a range may start), so the cost per report does not
grow with the size of the database. Candidates come from a covering index, in one
statement; those too far away are left out by its place columns, and a hard limit rules
most others out from the first line of their stored profile, before their names are read.
Each report keeps its own profile too, so that a new report is also held against each
report of a canonical event of several (``Matcher.best_report``). All methods run inside
the caller's transaction.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace

from tacitus.dedup.canonical import Report, derive
from tacitus.dedup.features import ruled_out
from tacitus.dedup.matcher import MatchDecision, Matcher
from tacitus.dedup.profile import MatchProfile
from tacitus.dedup.spread import place_spread
from tacitus.dedup.words import ArticleContext
from tacitus.errors import StoreError
from tacitus.records.event import Event
from tacitus.store.canonical_rows import (
    CANONICAL_UPSERT,
    article_context,
    audited,
    block_params,
    block_sql,
    canonical_values,
    merge_record,
    placed,
)
from tacitus.store.interface import MergeRecord
from tacitus.store.rows import now
from tacitus.store.summaries import SummaryLinks

_GEO_DELETE = "canonical_geo_delete"


class CanonicalLinks:
    """Reports, canonical events and the merge audit over one SQLite connection."""

    def __init__(self, conn: sqlite3.Connection, *, matcher: Matcher) -> None:
        """Work on ``conn``; ``matcher`` decides merges."""
        self._conn = conn
        self.matcher = matcher
        self.summaries = SummaryLinks(conn)

    # -- linking ------------------------------------------------------------------------

    def attach(
        self, event: Event, *, article_id: str, context: ArticleContext | None = None
    ) -> MatchDecision | None:
        """Link a stored article event to the best canonical event, or to a new one.

        ``context``: what the event's whole article says (its names and years), which
        matching weighs below the event's own sentences.
        """
        profile = MatchProfile.of(event, context=context)
        choice = self.matcher.choose(
            profile, self._screened(profile), reports_of=self.report_profiles
        )
        decision = choice.best
        stored = profile.to_json()
        derived: MatchProfile | None
        if decision is None:
            canonical_id = self._free_id(event.event_id)
            self._link(
                event.event_id, canonical_id=canonical_id, article_id=article_id, profile=stored
            )
            report = Report(article_id, event)
            derived = self._store_alone(canonical_id, report, profile=profile, stored=stored)
        else:
            canonical_id = decision.canonical_id
            before = self._profile(canonical_id)
            self._link(
                event.event_id, canonical_id=canonical_id, article_id=article_id, profile=stored
            )
            derived = self._derive(canonical_id, joined=(before, profile))
        if decision is not None:
            self._audit(
                "merge",
                canonical_id=canonical_id,
                event_id=event.event_id,
                article_id=article_id,
                decision=decision,
                by="matcher",
            )
        if choice.absorbed:
            derived = self._absorb(canonical_id, choice.absorbed)
        if derived is not None:
            self.summaries.link(derived)
        return decision

    def _absorb(self, canonical_id: str, lone: Sequence[str]) -> MatchProfile | None:
        """Move the reports of the lone canonical events ``lone`` into ``canonical_id``
        (``Matcher.choose``); returns its profile as it now stands."""
        for other in lone:
            self._move_reports(other, into=canonical_id, action="merge", by="matcher")
            self._forget(other)
        self.recompute(canonical_id)
        return self._profile(canonical_id)

    def candidates(self, profile: MatchProfile) -> Iterator[MatchProfile]:
        """Canonical events in the same country, or of no known country, whose dates may
        overlap ``profile``'s.

        Oldest first within each block. Dates widen by the matcher's ``undated_days`` (a
        stand-in date on either side); when that is None, the block is the whole country.
        An event of no known country is looked for, and looks, among those of no known
        country only when dated: blocking needs a key, and the matcher asks such pairs for
        more; when dates do not block either, among the most recently stored events
        (``canonical_rows.RECENT``) of every country.
        """
        yield from (MatchProfile.from_json(text) for text in self._stored(profile, near=False))

    def _screened(self, profile: MatchProfile) -> Iterator[MatchProfile]:
        """``candidates`` less those a hard limit rules out: most of those too far away
        from the index's columns alone, the rest from the first line of their stored
        profile (``MatchProfile.head_of``)."""
        undated_days = self.matcher.undated_days
        for text in self._stored(profile, near=placed(profile)):
            head = MatchProfile.head_of(text)
            if ruled_out(profile, head, undated_days=undated_days) is None:
                yield MatchProfile.from_json(text) if "\n" in text else head

    def _stored(self, profile: MatchProfile, *, near: bool) -> Iterator[str]:
        """The profiles of ``candidates``, from one statement over every block: the
        country's, then that of no known country; span classes in order; oldest first.

        ``near``: only those whose place may be near enough (``canonical_rows.near_clause``),
        read from the index's columns; ``profile`` must have a place with a radius
        (``canonical_rows.placed``).
        """
        slack = self.matcher.undated_days
        sql = block_sql(known=profile.country is not None, dated=slack is not None, near=near)
        rows = self._conn.execute(sql, block_params(profile, slack=slack))
        yield from (row[0] for row in rows)

    def report_profiles(self, canonical_id: str) -> list[MatchProfile]:
        """The match profiles of a canonical event's reports, in the order they joined
        (reports stored before schema version 5 have none)."""
        rows = self._conn.execute(
            "SELECT profile FROM reports WHERE canonical_id = ? AND profile IS NOT NULL"
            " ORDER BY rowid",
            (canonical_id,),
        )
        return [MatchProfile.from_json(row[0]) for row in rows]

    def detach_article(self, article_id: str) -> None:
        """Drop an article's reports; its canonical events are re-derived or disappear."""
        affected = [
            row[0]
            for row in self._conn.execute(
                "SELECT DISTINCT canonical_id FROM reports WHERE article_id = ?", (article_id,)
            )
        ]
        self._conn.execute("DELETE FROM reports WHERE article_id = ?", (article_id,))
        for canonical_id in affected:
            self.recompute(canonical_id)

    def recompute(self, canonical_id: str) -> Event | None:
        """Re-derive a canonical event from its reports; delete it when none is left.

        Its articles' context is read again from the store (from their text for
        articles stored before schema version 5).
        """
        found = self._reports_of(canonical_id)
        if not found:
            self._forget(canonical_id)
            return None
        event = derive(canonical_id, found)
        contexts = list(self._contexts(canonical_id))
        reports = {r.event.event_id for r in found}
        lead = any(context.lead in reports for context in contexts)
        self._store(canonical_id, found, event=event, contexts=contexts, lead=lead)
        return event

    def _derive(
        self, canonical_id: str, *, joined: tuple[MatchProfile | None, MatchProfile]
    ) -> MatchProfile | None:
        """Re-derive after a report joined; returns the match profile as it now stands.

        ``joined``: the canonical event's profile before, and the new report's; the
        articles' context carries over from both without reading any article again.
        """
        found = self._reports_of(canonical_id)
        if not found:
            self._forget(canonical_id)
            return None
        contexts = [p.article_context for p in joined if p is not None]
        lead = any(p.lead for p in joined if p is not None)
        return self._store(canonical_id, found, contexts=contexts, lead=lead)

    def _profile(self, canonical_id: str) -> MatchProfile | None:
        row = self._conn.execute(
            "SELECT profile FROM canonical_events WHERE event_id = ?", (canonical_id,)
        ).fetchone()
        return None if row is None else MatchProfile.from_json(row[0])

    def _contexts(self, canonical_id: str) -> Iterator[ArticleContext]:
        rows = self._conn.execute(
            "SELECT DISTINCT articles.context,"
            " CASE WHEN articles.context IS NULL THEN articles.text END FROM reports"
            " JOIN articles ON articles.id = reports.article_id"
            " WHERE reports.canonical_id = ? ORDER BY reports.rowid",
            (canonical_id,),
        )
        yield from (article_context(row[0], row[1]) for row in rows)

    def _store_alone(
        self, canonical_id: str, report: Report, *, profile: MatchProfile, stored: str
    ) -> MatchProfile:
        """Store one report as a canonical event of its own, whose profile is the report's
        (``derive`` changes only the id, and mostly not even that); ``stored``: its JSON."""
        if canonical_id != profile.event_id:
            return self._store(
                canonical_id, [report], profile=replace(profile, event_id=canonical_id)
            )
        return self._store(canonical_id, [report], profile=profile, stored=stored)

    def _store(
        self,
        canonical_id: str,
        reports: list[Report],
        *,
        event: Event | None = None,
        profile: MatchProfile | None = None,
        contexts: Sequence[ArticleContext] = (),
        stored: str | None = None,
        lead: bool = False,
    ) -> MatchProfile:
        """Derive a canonical event from ``reports``, store it; returns its profile.

        ``event``: the derived event, when the caller has it already; ``profile``: its
        profile, when the caller knows it already (``stored``: its JSON); ``contexts``: its
        articles' context, added to the derived event's profile; ``lead``: some report is
        its article's main event.
        """
        event = event or derive(canonical_id, reports)
        profile = profile or MatchProfile.of(event)
        spread = place_spread(event.location, (r.event.location for r in reports))
        if spread != profile.spread:
            profile, stored = replace(profile, spread=spread), None
        for context in contexts:
            profile, stored = profile.joined(context), None
        if lead and not profile.lead:
            profile, stored = replace(profile, lead=True), None
        values, profile = canonical_values(
            event, reports=len(reports), profile=profile, stored=stored
        )
        self._conn.execute(CANONICAL_UPSERT, values)
        return profile

    def _reports_of(self, canonical_id: str) -> list[Report]:
        found = self._conn.execute(
            "SELECT reports.article_id, events.json FROM reports"
            " JOIN events ON events.event_id = reports.event_id"
            " WHERE reports.canonical_id = ? ORDER BY reports.rowid",
            (canonical_id,),
        ).fetchall()
        return [Report(row[0], Event.model_validate_json(row[1])) for row in found]

    def _forget(self, canonical_id: str) -> None:
        self._conn.execute("DELETE FROM canonical_events WHERE event_id = ?", (canonical_id,))
        self.summaries.forget(canonical_id)

    def clear(self) -> None:
        """Forget every link and canonical event (the audit stays), before a rebuild."""
        self._conn.execute("DELETE FROM reports")
        self._truncate_canonical()
        self.summaries.clear()

    def _truncate_canonical(self) -> None:
        """Empty ``canonical_events`` and its R*Tree at once.

        SQLite empties a table without delete triggers in one step instead of row by row,
        so the R*Tree's delete trigger is set aside and restored, verbatim, in the same
        transaction; and freed pages are not zeroed (a million rows' pages would otherwise
        pass through the write-ahead log).
        """
        found = self._conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_GEO_DELETE,)
        ).fetchone()
        if found is not None:
            self._conn.execute(f"DROP TRIGGER {_GEO_DELETE}")
        # Derived rows (their reports keep every word): no need to zero each freed page.
        secure = self._conn.execute("PRAGMA secure_delete").fetchone()[0]
        self._conn.execute("PRAGMA secure_delete = FAST")
        try:
            self._conn.execute("DELETE FROM canonical_geo")
            self._conn.execute("DELETE FROM canonical_events")
        finally:
            self._conn.execute(f"PRAGMA secure_delete = {int(secure)}")
        if found is not None:
            self._conn.execute(found[0])

    # -- review -------------------------------------------------------------------------

    def split(self, event_id: str, *, by: str) -> str:
        """Move one report out of its canonical event into a new one; returns the new id."""
        row = self._report(event_id)
        old, article_id = row["canonical_id"], row["article_id"]
        new_id = self._free_id(event_id)
        self._conn.execute(
            "UPDATE reports SET canonical_id = ? WHERE event_id = ?", (new_id, event_id)
        )
        self.recompute(old)
        self.recompute(new_id)
        self._conn.execute(
            "UPDATE merges SET undone_at = ? WHERE event_id = ? AND canonical_id = ?"
            " AND undone_at IS NULL AND action IN ('merge', 'review_merge')",
            (now(), event_id, old),
        )
        self._audit("split", canonical_id=old, event_id=event_id, article_id=article_id, by=by)
        return new_id

    def undo(self, merge_id: int, *, by: str) -> str:
        """Undo one recorded merge (the report leaves); returns its new canonical id."""
        row = self._conn.execute("SELECT * FROM merges WHERE merge_id = ?", (merge_id,)).fetchone()
        if row is None or row["action"] not in ("merge", "review_merge"):
            raise StoreError(f"there is no merge {merge_id} to undo")
        if row["undone_at"] is not None:
            raise StoreError(f"merge {merge_id} was already undone at {row['undone_at']}")
        current = self._report(row["event_id"])["canonical_id"]
        if current != row["canonical_id"]:
            raise StoreError(
                f"report {row['event_id']} has moved to {current} since merge {merge_id}"
            )
        return self.split(row["event_id"], by=by)

    def merge(self, keep: str, other: str, *, by: str) -> Event:
        """A reviewer's merge: every report of ``other`` joins ``keep``."""
        held = self._conn.execute(
            "SELECT 1 FROM reports WHERE canonical_id = ? LIMIT 1", (other,)
        ).fetchone()
        if held is None or keep == other or self.recompute(keep) is None:
            raise StoreError(f"cannot merge {other!r} into {keep!r}: both must exist and differ")
        self._move_reports(other, into=keep, action="review_merge", by=by)
        self.recompute(other)
        event = self.recompute(keep)
        assert event is not None
        return event

    def audit(self, canonical_id: str | None = None) -> list[MergeRecord]:
        """The merge audit, oldest first; only ``canonical_id``'s when given."""
        where, params = ("WHERE canonical_id = ?", (canonical_id,)) if canonical_id else ("", ())
        found = self._conn.execute(f"SELECT * FROM merges {where} ORDER BY merge_id", params)
        return [merge_record(row) for row in found]

    # -- plumbing -----------------------------------------------------------------------

    def _report(self, event_id: str) -> sqlite3.Row:
        row: sqlite3.Row | None = self._conn.execute(
            "SELECT * FROM reports WHERE event_id = ?", (event_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"there is no report {event_id!r}")
        return row

    def _link(self, event_id: str, *, canonical_id: str, article_id: str, profile: str) -> None:
        """Link a report to its canonical event, with its match profile's JSON."""
        self._conn.execute(
            "INSERT INTO reports (event_id, canonical_id, article_id, joined_at, profile)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(event_id) DO UPDATE SET canonical_id = excluded.canonical_id,"
            " article_id = excluded.article_id, profile = excluded.profile",
            (event_id, canonical_id, article_id, now(), profile),
        )

    def _free_id(self, wanted: str) -> str:
        candidate, n = wanted, 0
        while self._conn.execute(
            "SELECT 1 FROM canonical_events WHERE event_id = ?", (candidate,)
        ).fetchone():
            n += 1
            candidate = "ev_" + hashlib.sha256(f"{wanted}#{n}".encode()).hexdigest()[:16]
        return candidate

    def _move_reports(self, other: str, *, into: str, action: str, by: str) -> None:
        """Every report of canonical event ``other`` joins ``into``, each move audited."""
        moved = self._conn.execute(
            "SELECT event_id, article_id FROM reports WHERE canonical_id = ?", (other,)
        ).fetchall()
        self._conn.execute(
            "UPDATE reports SET canonical_id = ? WHERE canonical_id = ?", (into, other)
        )
        for row in moved:
            self._audit(
                action,
                canonical_id=into,
                event_id=row["event_id"],
                article_id=row["article_id"],
                by=by,
            )

    def _audit(
        self,
        action: str,
        *,
        canonical_id: str,
        event_id: str,
        article_id: str | None,
        by: str,
        decision: MatchDecision | None = None,
    ) -> None:
        self._conn.execute(
            "INSERT INTO merges (action, canonical_id, event_id, article_id, score, features,"
            " decided_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                action,
                canonical_id,
                event_id,
                article_id,
                decision.score if decision else None,
                json.dumps(audited(decision)) if decision else None,
                by,
                now(),
            ),
        )
