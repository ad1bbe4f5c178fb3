"""The review ledger: records decisions with their audit rows and reads review state back."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from tacitus.errors import StoreError
from tacitus.review.decision import AuditEntry, ReviewAction, ReviewDecision, ReviewState
from tacitus.review.edits import apply_edits, check_event, check_paths


class ReviewLedger:
    """Review decisions on one SQLite connection (autocommit mode, one per thread).

    The caller creates the tables once with :func:`ensure_review_tables`.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Use ``conn``, opened with ``isolation_level=None``."""
        self._conn = conn

    def record(
        self,
        decision: ReviewDecision,
        *,
        event: Mapping[str, Any],
        reviewer: str,
        outcome: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Store ``decision`` on ``event`` (its current, reviewed JSON form) and audit it.

        An edit is validated against the event record first (``TacitusError`` with code
        ``bad_edit`` when the result would not be a valid event). ``outcome`` adds what the
        store did (e.g. the reports a merge moved) to the audit row's ``after``.
        """
        event_id = str(event["event_id"])
        before, after = self._before_after(decision, event=event, event_id=event_id)
        after.update(outcome or {})
        stamp = _now()
        with self._transaction():
            if decision.action is ReviewAction.EDIT:
                self._save_fields(event_id, decision.changes, reviewer=reviewer, at=stamp)
            self._conn.execute(
                "INSERT INTO review_state (event_id, action, reviewer, at, other_event_id)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET"
                " action = excluded.action, reviewer = excluded.reviewer, at = excluded.at,"
                " other_event_id = excluded.other_event_id",
                (event_id, decision.action.value, reviewer, stamp, decision.other_event_id),
            )
            cursor = self._conn.execute(
                "INSERT INTO review_audit (event_id, action, reviewer, at, before_json,"
                " after_json, why) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    decision.action.value,
                    reviewer,
                    stamp,
                    _dump(before),
                    _dump(after),
                    decision.why,
                ),
            )
        return AuditEntry(
            num=cursor.lastrowid or 0,
            event_id=event_id,
            action=decision.action,
            reviewer=reviewer,
            at=stamp,
            before=before,
            after=after,
            why=decision.why,
        )

    def note(
        self,
        event_id: str,
        *,
        action: ReviewAction,
        reviewer: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        why: str | None = None,
    ) -> AuditEntry:
        """Add an audit row on another event a decision touched (its review state stays)."""
        stamp = _now()
        with self._transaction():
            cursor = self._conn.execute(
                "INSERT INTO review_audit (event_id, action, reviewer, at, before_json,"
                " after_json, why) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (event_id, action.value, reviewer, stamp, _dump(before), _dump(after), why),
            )
        return AuditEntry(
            num=cursor.lastrowid or 0,
            event_id=event_id,
            action=action,
            reviewer=reviewer,
            at=stamp,
            before=dict(before) if before is not None else None,
            after=dict(after) if after is not None else None,
            why=why,
        )

    def _before_after(
        self, decision: ReviewDecision, *, event: Mapping[str, Any], event_id: str
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        previous = self.states([event_id]).get(event_id, ReviewState())
        if decision.action is ReviewAction.EDIT:
            check_paths(decision.changes)
            check_event(apply_edits(event, decision.changes))
            before = {path: _get_path(event, path) for path in decision.changes}
            return before, dict(decision.changes)
        after: dict[str, Any] = {"review": decision.action.value}
        if decision.other_event_id:
            after["other_event_id"] = decision.other_event_id
        if decision.parts:
            after["parts"] = decision.parts
        if decision.report_id:
            after["report_id"] = decision.report_id
        before_action = previous.action.value if previous.action else None
        return {"review": before_action}, after

    def _save_fields(
        self, event_id: str, changes: Mapping[str, Any], *, reviewer: str, at: str
    ) -> None:
        # A whole object set now replaces edits made earlier to its fields.
        for path in changes:
            self._conn.execute(
                "DELETE FROM review_fields WHERE event_id = ? AND field LIKE ? ESCAPE '\\'",
                (event_id, _like_prefix(path)),
            )
        self._conn.executemany(
            "INSERT INTO review_fields (event_id, field, value_json, reviewer, at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(event_id, field) DO UPDATE SET"
            " value_json = excluded.value_json, reviewer = excluded.reviewer, at = excluded.at",
            [(event_id, path, json.dumps(v), reviewer, at) for path, v in changes.items()],
        )

    def states(self, event_ids: Sequence[str]) -> dict[str, ReviewState]:
        """The review state of each event that has one (events never reviewed are absent)."""
        if not event_ids:
            return {}
        marks = ", ".join("?" * len(event_ids))
        with _errors("read review state"):
            decided = self._conn.execute(
                f"SELECT * FROM review_state WHERE event_id IN ({marks})", list(event_ids)
            ).fetchall()
            fields = self._conn.execute(
                f"SELECT event_id, field, value_json FROM review_fields"
                f" WHERE event_id IN ({marks})",
                list(event_ids),
            ).fetchall()
        states = {
            row[0]: ReviewState(
                action=ReviewAction(row[1]), reviewer=row[2], at=row[3], other_event_id=row[4]
            )
            for row in decided
        }
        for event_id, path, value in fields:
            states.setdefault(event_id, ReviewState()).fields[path] = json.loads(value)
        return states

    def audit(self, *, event_id: str | None = None, limit: int = 100) -> list[AuditEntry]:
        """Audit rows, newest first, of one event or of all."""
        where, params = ("WHERE event_id = ?", [event_id]) if event_id else ("", [])
        with _errors("read the review audit"):
            found = self._conn.execute(
                f"SELECT * FROM review_audit {where} ORDER BY num DESC LIMIT ?", [*params, limit]
            ).fetchall()
        return [_entry(row) for row in found]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with _errors("record a review"):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")


def overlay(record: Mapping[str, Any], state: ReviewState | None) -> dict[str, Any]:
    """``record`` with the reviewed fields of ``state`` applied (a copy either way)."""
    if state is None or not state.fields:
        return dict(record)
    return apply_edits(record, state.fields)


def _entry(row: sqlite3.Row | tuple[Any, ...]) -> AuditEntry:
    num, event_id, action, reviewer, at, before, after, why = tuple(row)
    return AuditEntry(
        num=num,
        event_id=event_id,
        action=ReviewAction(action),
        reviewer=reviewer,
        at=at,
        before=json.loads(before) if before else None,
        after=json.loads(after) if after else None,
        why=why,
    )


def _get_path(record: Mapping[str, Any], path: str) -> Any:
    current: Any = record
    for part in path.split("."):
        if isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        elif isinstance(current, Mapping):
            current = current.get(part)
        else:
            return None
    return current


def _like_prefix(path: str) -> str:
    escaped = path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}.%"


def _dump(value: Mapping[str, Any] | None) -> str | None:
    return json.dumps(value) if value is not None else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


@contextmanager
def _errors(action: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(f"cannot {action}: {exc}") from exc
