"""The embedded event store: one SQLite file (WAL, FTS5 over articles, R*Tree over events)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from tacitus.dedup.lead import lead_first, main_event
from tacitus.dedup.matcher import Matcher
from tacitus.dedup.words import ArticleContext
from tacitus.errors import StoreError
from tacitus.records.article import Article
from tacitus.records.event import Event
from tacitus.store import reading, rows
from tacitus.store.article_rows import insert_article, replace_article, stored_version
from tacitus.store.canonical import CanonicalLinks
from tacitus.store.connection import connect, store_errors, transaction
from tacitus.store.interface import (
    ArticleRevision,
    BoundingBox,
    MergeRecord,
    SaveOutcome,
    StoredFailure,
    StoreStats,
)
from tacitus.store.rebuild import REBUILD_BATCH, link_unlinked, rebuild
from tacitus.store.schema import check_features, migrate

_URL_PREFIX = "sqlite:///"


class SQLiteStore:
    """Articles, their events, revisions and failures in one SQLite file.

    Each ``save`` is one transaction, so a crash loses nothing committed and a re-run
    duplicates nothing. Each saved event is a report of one canonical event, matched in
    the same transaction; queries return canonical events. Use one store per thread
    (SQLite connections are not shared).
    """

    def __init__(self, path: Path | str, *, matcher: Matcher | None = None) -> None:
        """Open (creating if needed) the store at ``path``; ``":memory:"`` for a scratch one.

        ``matcher`` decides which reports are one event (default: ``Matcher()``).
        """
        check_features()
        self.path = str(path)
        self._conn = connect(self.path)
        with self._errors("open the store"):
            applied = migrate(self._conn, path=self.path)
        self._links = CanonicalLinks(self._conn, matcher=matcher or Matcher())
        if 2 in applied:
            with self._errors("link stored events to canonical events"), self._transaction():
                link_unlinked(self._conn, self._links)

    @classmethod
    def open(cls, url_or_path: str | Path) -> SQLiteStore:
        """Open a store from ``sqlite:///relative.db``, ``sqlite:////abs.db`` or a path."""
        text = str(url_or_path)
        if text.startswith(_URL_PREFIX):
            return cls(text[len(_URL_PREFIX) :])
        if "://" in text:
            raise StoreError(f"{text!r} is not a SQLite URL; use sqlite:///path/to/file.db")
        return cls(text)

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (committed data is already on disk)."""
        self._conn.close()

    # -- writing ------------------------------------------------------------------------

    def article_is_current(self, article: Article) -> bool:
        """Whether this article (same id, else same url) is stored with the same content hash."""
        with self._errors("look up an article"):
            row = stored_version(self._conn, article)
        return row is not None and row["content_hash"] == article.content_hash

    def save(
        self, article: Article, events: Sequence[Event], *, force: bool = False
    ) -> SaveOutcome:
        """Store ``article`` and its ``events`` in one transaction.

        A new article is inserted (NEW). The same content again changes nothing
        (UNCHANGED), unless ``force`` is set, which replaces its events (for a re-run
        with a newer pipeline). New content for a stored id or url keeps the old version
        in ``article_revisions``, replaces the text and replaces the events (REVISED).

        The article's main event (``tacitus.dedup.lead``) is stored and matched first.
        """
        with self._errors(f"save article {article.id!r}"), self._transaction():
            existing = stored_version(self._conn, article)
            stored_id = article.id
            if existing is None:
                insert_article(self._conn, article)
                outcome = SaveOutcome.NEW
            elif existing["content_hash"] == article.content_hash:
                if not force:
                    return SaveOutcome.UNCHANGED
                stored_id = existing["id"]  # found by url: the stored id stays
                self._drop_events(stored_id)
                outcome = SaveOutcome.UNCHANGED
            else:
                self._drop_events(existing["id"])
                replace_article(self._conn, existing, article)
                outcome = SaveOutcome.REVISED
            lead = main_event(article.text, events)
            matched = lead_first(events, lead)
            self._conn.executemany(
                rows.EVENT_INSERT, [rows.event_values(e, article_id=stored_id) for e in matched]
            )
            context = replace(ArticleContext.of(article.text), lead=lead.event_id if lead else None)
            self._conn.execute(
                "UPDATE articles SET context = ? WHERE id = ?", (context.to_json(), stored_id)
            )
            for event in matched:
                self._links.attach(event, article_id=stored_id, context=context)
        return outcome

    def delete_article(self, article_id: str) -> bool:
        """Remove an article, its revisions and its reports; False if it was not stored.

        Canonical events it shared with other articles are re-derived from theirs; those
        it alone reported disappear. Nothing else changes.
        """
        with self._errors(f"delete article {article_id!r}"), self._transaction():
            self._drop_events(article_id)
            deleted = self._conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return deleted.rowcount > 0

    def _drop_events(self, article_id: str) -> None:
        self._links.detach_article(article_id)
        self._conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))

    def record_failure(self, *, source: str, code: str, reason: str) -> None:
        """Record why ``source`` failed, replacing any earlier failure of the same source."""
        with self._errors(f"record a failure for {source!r}"):
            self._conn.execute(
                "INSERT INTO failures (source, code, reason, recorded_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(source) DO UPDATE SET code = excluded.code,"
                " reason = excluded.reason, recorded_at = excluded.recorded_at",
                (source, code, reason, rows.now()),
            )

    def clear_failure(self, source: str) -> None:
        """Forget the failure recorded for ``source`` (e.g. after it loaded fine)."""
        with self._errors(f"clear the failure for {source!r}"):
            self._conn.execute("DELETE FROM failures WHERE source = ?", (source,))

    # -- reading ------------------------------------------------------------------------

    def events(
        self,
        *,
        country: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        event_type: str | None = None,
        status: str | None = None,
        article_id: str | None = None,
        bbox: BoundingBox | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Canonical events matching every given filter, ordered by date then event id.

        ``article_id`` keeps the events that article reports; ``country`` is an ISO-3
        code; ``since``/``until`` keep events whose date range overlaps them;
        ``event_type`` matches the ACLED event type or sub-event type or the PLOVER event,
        ignoring case; ``bbox`` is ``(west, south, east, north)``.
        """
        spec = rows.EventFilter(
            country=country,
            since=since,
            until=until,
            event_type=event_type,
            status=status,
            article_id=article_id,
            bbox=bbox,
        )
        query, params = spec.sql(limit=limit, offset=offset)
        with self._errors("read events"):
            found = self._conn.execute(query, params).fetchall()
        return [Event.model_validate_json(row["json"]) for row in found]

    def iter_events(self, *, batch_size: int = 1000) -> Iterator[Event]:
        """Every canonical event in date order, read ``batch_size`` rows at a time."""
        after: tuple[str, str] = ("", "")
        while True:
            with self._errors("read events"):
                batch = reading.events_after(self._conn, after, size=batch_size)
            yield from (Event.model_validate_json(row["json"]) for row in batch)
            if len(batch) < batch_size:
                return
            after = (batch[-1]["date_start"], batch[-1]["event_id"])

    def search(self, query: str, *, limit: int = 20) -> list[Article]:
        """Articles whose title or text match an FTS5 query (e.g. ``embassy AND Baghdad``)."""
        with self._errors(f"search articles for {query!r}"):
            return reading.search_articles(self._conn, query, limit=limit)

    def article(self, article_id: str) -> Article | None:
        """The current version of one article, or None."""
        with self._errors(f"read article {article_id!r}"):
            return reading.one_article(self._conn, article_id)

    def articles(self) -> list[Article]:
        """Every stored article, ordered by id."""
        with self._errors("read articles"):
            return reading.all_articles(self._conn)

    def revisions(self, article_id: str) -> list[ArticleRevision]:
        """Earlier versions of an article, oldest first."""
        with self._errors(f"read revisions of {article_id!r}"):
            return reading.article_revisions(self._conn, article_id)

    def failures(self) -> list[StoredFailure]:
        """Every recorded failure, ordered by source."""
        with self._errors("read failures"):
            return reading.all_failures(self._conn)

    def stats(self) -> StoreStats:
        """Row counts of articles, canonical events, failures, revisions and reports."""
        with self._errors("count rows"):
            return reading.row_counts(self._conn)

    # -- deduplication ------------------------------------------------------------------

    def reports(self, canonical_id: str) -> list[Event]:
        """The article events linked to one canonical event, in the order they joined."""
        with self._errors(f"read the reports of {canonical_id!r}"):
            return reading.report_events(self._conn, canonical_id)

    def canonical_id(self, event_id: str) -> str | None:
        """The canonical event an article event (a report) belongs to, if it is stored."""
        with self._errors(f"look up report {event_id!r}"):
            return reading.canonical_of(self._conn, event_id)

    def summarised(self, aggregate_id: str) -> list[str]:
        """The dated canonical events an aggregate canonical event summarises."""
        with self._errors(f"read the events {aggregate_id!r} summarises"):
            return self._links.summaries.summarised(aggregate_id)

    def summarised_in(self, canonical_id: str) -> list[str]:
        """The aggregate canonical events that summarise ``canonical_id``."""
        with self._errors(f"read the aggregates of {canonical_id!r}"):
            return self._links.summaries.summarised_in(canonical_id)

    def audit(self, canonical_id: str | None = None) -> list[MergeRecord]:
        """The merge audit (features and score of each merge), oldest first."""
        with self._errors("read the merge audit"):
            return self._links.audit(canonical_id)

    def undo_merge(self, merge_id: int, *, by: str = "reviewer") -> str:
        """Undo a recorded merge: its report becomes its own event; returns that event's id."""
        with self._errors(f"undo merge {merge_id}"), self._transaction():
            return self._links.undo(merge_id, by=by)

    def split_report(self, event_id: str, *, by: str = "reviewer") -> str:
        """Move one report (an article event id) out into a new canonical event."""
        with self._errors(f"split report {event_id!r}"), self._transaction():
            return self._links.split(event_id, by=by)

    def merge_events(self, keep: str, other: str, *, by: str = "reviewer") -> Event:
        """Merge canonical event ``other`` into ``keep``; returns the merged event."""
        with self._errors(f"merge {other!r} into {keep!r}"), self._transaction():
            return self._links.merge(keep, other, by=by)

    def rebuild_canonical(
        self, *, on_event: Callable[[], None] = lambda: None, batch_size: int = REBUILD_BATCH
    ) -> int:
        """Re-match every stored report from scratch, in storage order.

        Streams the reports, one transaction per ``batch_size`` of them, so that memory
        (up to the 2 GiB page cache of ``REBUILD_PRAGMAS``) and the write-ahead log stay
        bounded however large the store. An interrupted rebuild leaves the reports after
        its last finished batch unlinked: run it again (it starts over). The audit keeps
        the old entries. Returns the number of canonical events.
        """
        with self._errors("rebuild canonical events"):
            rebuild(self._conn, self._links, on_event=on_event, batch_size=batch_size)
        return self.stats().events

    # -- plumbing -----------------------------------------------------------------------

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        with store_errors(self.path, action):
            yield

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with transaction(self._conn):
            yield
