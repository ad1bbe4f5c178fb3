"""The embedded event store: one SQLite file (WAL, FTS5 over articles, R*Tree over events)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from tacitus.dedup.matcher import Matcher
from tacitus.dedup.words import ArticleContext
from tacitus.errors import StoreError
from tacitus.records.article import Article
from tacitus.records.event import Event
from tacitus.store import rows
from tacitus.store.canonical import CanonicalLinks
from tacitus.store.canonical_rows import article_context
from tacitus.store.interface import (
    ArticleRevision,
    BoundingBox,
    MergeRecord,
    SaveOutcome,
    StoredFailure,
    StoreStats,
)
from tacitus.store.schema import check_features, migrate

_URL_PREFIX = "sqlite:///"
_CONTEXT_COLUMNS = (
    "articles.context, CASE WHEN articles.context IS NULL THEN articles.text END AS text"
)
"""An article's stored context, and its text only when the context is not stored."""
_MEMORY = ":memory:"
REBUILD_BATCH = 10_000
"""Reports re-matched per transaction by ``rebuild_canonical``."""
REBUILD_PRAGMAS = (
    "synchronous = NORMAL",
    "cache_size = -262144",
)
"""Set for the length of ``rebuild_canonical`` only (the store's own are restored after).

``synchronous = NORMAL``: a commit no longer waits for the disk (the write-ahead log is
synced at each checkpoint, so a power cut may lose the last batches, which a rebuild
re-runs, but never corrupts the file; ``OFF`` could). 256 MiB of page cache: a rebuild
writes every canonical event and its index entries again.
"""
_PRAGMAS = (
    "page_size = 8192",  # a new store's only: see below
    "journal_mode = WAL",
    "synchronous = FULL",
    "foreign_keys = ON",
    "cache_size = -65536",  # 64 MiB of page cache: a block's index pages stay warm
)
"""Measured with bench/dedup.py at 100k and 1M events: ``mmap_size`` (256 MiB) made saves and
rebuilds no faster and added its mapped pages to the resident memory; ``temp_store = MEMORY``
made clearing 100k canonical events take 370 MB (the triggers' temporary tables) for no
speed. Both stay at SQLite's defaults. ``page_size`` takes effect only when a store is
created: with 8 KiB pages an entry of the covering index ``canonical_match`` (a match
profile, about 1 KB with an article's names) stays on its leaf page instead of spilling
onto a page of its own, so a block's candidates are read from a few neighbouring pages."""


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
        if self.path != _MEMORY:
            _make_parent(Path(self.path))
        with self._errors("open the store"):
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        self._conn.row_factory = sqlite3.Row
        with self._errors("open the store"):
            for pragma in _PRAGMAS:
                self._conn.execute(f"PRAGMA {pragma}")
            applied = migrate(self._conn, path=self.path)
        self._links = CanonicalLinks(self._conn, matcher=matcher or Matcher())
        if 2 in applied:
            with self._errors("link stored events to canonical events"), self._transaction():
                self._link_unlinked()

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
            row = self._existing(article)
        return row is not None and row["content_hash"] == article.content_hash

    def save(
        self, article: Article, events: Sequence[Event], *, force: bool = False
    ) -> SaveOutcome:
        """Store ``article`` and its ``events`` in one transaction.

        A new article is inserted (NEW). The same content again changes nothing
        (UNCHANGED), unless ``force`` is set, which replaces its events (for a re-run
        with a newer pipeline). New content for a stored id or url keeps the old version
        in ``article_revisions``, replaces the text and replaces the events (REVISED).
        """
        with self._errors(f"save article {article.id!r}"), self._transaction():
            existing = self._existing(article)
            stored_id = article.id
            if existing is None:
                self._insert_article(article)
                outcome = SaveOutcome.NEW
            elif existing["content_hash"] == article.content_hash:
                if not force:
                    return SaveOutcome.UNCHANGED
                stored_id = existing["id"]  # found by url: the stored id stays
                self._drop_events(stored_id)
                outcome = SaveOutcome.UNCHANGED
            else:
                self._revise_article(existing, article)
                outcome = SaveOutcome.REVISED
            self._conn.executemany(
                rows.EVENT_INSERT, [rows.event_values(e, article_id=stored_id) for e in events]
            )
            context = ArticleContext.of(article.text)
            self._conn.execute(
                "UPDATE articles SET context = ? WHERE id = ?", (context.to_json(), stored_id)
            )
            for event in events:
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

    def _link_unlinked(self) -> None:
        found = self._conn.execute(
            f"SELECT events.article_id, events.json, {_CONTEXT_COLUMNS} FROM events"
            " JOIN articles ON articles.id = events.article_id WHERE event_id NOT IN"
            " (SELECT event_id FROM reports) ORDER BY events.num"
        ).fetchall()
        contexts = _Contexts()
        for row in found:
            self._links.attach(
                Event.model_validate_json(row["json"]),
                article_id=row["article_id"],
                context=contexts.of(row),
            )

    def _existing(self, article: Article) -> sqlite3.Row | None:
        select = "SELECT num, id, url, content_hash, title, text, published, updated FROM articles"
        row: sqlite3.Row | None = self._conn.execute(
            f"{select} WHERE id = ?", (article.id,)
        ).fetchone()
        if row is None and article.url:
            row = self._conn.execute(f"{select} WHERE url = ?", (article.url,)).fetchone()
        return row

    def _insert_article(self, article: Article) -> None:
        stamp = rows.now()
        self._conn.execute(
            f"INSERT INTO articles ({rows.ARTICLE_COLUMNS}, content_hash, first_seen, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*rows.article_values(article), article.content_hash, stamp, stamp),
        )

    def _revise_article(self, old: sqlite3.Row, article: Article) -> None:
        self._check_url_free(article, num=old["num"])
        stamp = rows.now()
        self._conn.execute(
            "INSERT INTO article_revisions (article_id, revision, content_hash, title, text,"
            " published, recorded_at, superseded_at) VALUES (:id, (SELECT"
            " coalesce(max(revision), 0) + 1 FROM article_revisions WHERE article_id = :id),"
            " :content_hash, :title, :text, :published, :updated, :stamp)",
            {**dict(zip(old.keys(), old, strict=True)), "stamp": stamp},
        )
        self._drop_events(old["id"])
        assignments = ", ".join(f"{c.strip()} = ?" for c in rows.ARTICLE_COLUMNS.split(","))
        self._conn.execute(
            f"UPDATE articles SET {assignments}, content_hash = ?, updated = ? WHERE num = ?",
            (*rows.article_values(article), article.content_hash, stamp, old["num"]),
        )

    def _check_url_free(self, article: Article, *, num: int) -> None:
        if not article.url:
            return
        other = self._conn.execute(
            "SELECT id FROM articles WHERE url = ? AND num != ?", (article.url, num)
        ).fetchone()
        if other is not None:
            raise StoreError(
                f"article {article.id!r} has url {article.url!r}, which already belongs to "
                f"article {other['id']!r}; give one of them a different id or url"
            )

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
                batch = self._conn.execute(
                    "SELECT date_start, event_id, json FROM canonical_events"
                    " WHERE (date_start, event_id) > (?, ?)"
                    " ORDER BY date_start, event_id LIMIT ?",
                    (*after, batch_size),
                ).fetchall()
            yield from (Event.model_validate_json(row["json"]) for row in batch)
            if len(batch) < batch_size:
                return
            after = (batch[-1]["date_start"], batch[-1]["event_id"])

    def search(self, query: str, *, limit: int = 20) -> list[Article]:
        """Articles whose title or text match an FTS5 query (e.g. ``embassy AND Baghdad``)."""
        with self._errors(f"search articles for {query!r}"):
            found = self._conn.execute(
                f"SELECT {rows.QUALIFIED_ARTICLE_COLUMNS} FROM articles"
                " JOIN articles_fts ON articles_fts.rowid = articles.num"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        return [rows.article_from_row(row) for row in found]

    def article(self, article_id: str) -> Article | None:
        """The current version of one article, or None."""
        with self._errors(f"read article {article_id!r}"):
            row = self._conn.execute(
                f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return rows.article_from_row(row) if row is not None else None

    def articles(self) -> list[Article]:
        """Every stored article, ordered by id."""
        with self._errors("read articles"):
            found = self._conn.execute(
                f"SELECT {rows.ARTICLE_COLUMNS} FROM articles ORDER BY id"
            ).fetchall()
        return [rows.article_from_row(row) for row in found]

    def revisions(self, article_id: str) -> list[ArticleRevision]:
        """Earlier versions of an article, oldest first."""
        with self._errors(f"read revisions of {article_id!r}"):
            found = self._conn.execute(
                "SELECT * FROM article_revisions WHERE article_id = ? ORDER BY revision",
                (article_id,),
            ).fetchall()
        return [rows.revision_from_row(row) for row in found]

    def failures(self) -> list[StoredFailure]:
        """Every recorded failure, ordered by source."""
        with self._errors("read failures"):
            found = self._conn.execute("SELECT * FROM failures ORDER BY source").fetchall()
        return [rows.failure_from_row(row) for row in found]

    def stats(self) -> StoreStats:
        """Row counts of articles, canonical events, failures, revisions and reports."""
        with self._errors("count rows"):
            counts = self._conn.execute(
                "SELECT (SELECT count(*) FROM articles),"
                " (SELECT count(*) FROM canonical_events), (SELECT count(*) FROM failures),"
                " (SELECT count(*) FROM article_revisions), (SELECT count(*) FROM events)"
            ).fetchone()
        return StoreStats(
            articles=counts[0],
            events=counts[1],
            failures=counts[2],
            revisions=counts[3],
            reports=counts[4],
        )

    # -- deduplication ------------------------------------------------------------------

    def reports(self, canonical_id: str) -> list[Event]:
        """The article events linked to one canonical event, in the order they joined."""
        with self._errors(f"read the reports of {canonical_id!r}"):
            found = self._conn.execute(
                "SELECT events.json FROM reports JOIN events USING (event_id)"
                " WHERE reports.canonical_id = ? ORDER BY reports.rowid",
                (canonical_id,),
            ).fetchall()
        return [Event.model_validate_json(row["json"]) for row in found]

    def canonical_id(self, event_id: str) -> str | None:
        """The canonical event an article event (a report) belongs to, if it is stored."""
        with self._errors(f"look up report {event_id!r}"):
            row = self._conn.execute(
                "SELECT canonical_id FROM reports WHERE event_id = ?", (event_id,)
            ).fetchone()
        return row["canonical_id"] if row else None

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

        Streams the reports in batches of ``batch_size``, one transaction each, so that
        memory and the write-ahead log stay small however large the store. An interrupted
        rebuild leaves the reports after its last finished batch unlinked: run it again
        (it starts over). The audit keeps the old entries. Returns the number of canonical
        events.
        """
        with self._errors("rebuild canonical events"), self._rebuild_pragmas():
            with self._transaction():
                self._links.clear()
            after = 0
            contexts = _Contexts()
            while batch := self._conn.execute(
                f"SELECT events.num, events.article_id, events.json, {_CONTEXT_COLUMNS}"
                " FROM events JOIN articles ON articles.id = events.article_id"
                " WHERE events.num > ? ORDER BY events.num LIMIT ?",
                (after, batch_size),
            ).fetchall():
                with self._transaction():
                    for row in batch:
                        event = Event.model_validate_json(row["json"])
                        context = contexts.of(row)
                        self._links.attach(event, article_id=row["article_id"], context=context)
                        on_event()
                after = batch[-1]["num"]
        return self.stats().events

    @contextmanager
    def _rebuild_pragmas(self) -> Iterator[None]:
        """``REBUILD_PRAGMAS`` for the length of a rebuild; the store's own settings after."""
        names = [setting.partition(" =")[0] for setting in REBUILD_PRAGMAS]
        before = [self._conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names]
        for setting in REBUILD_PRAGMAS:
            self._conn.execute(f"PRAGMA {setting}")
        try:
            yield
        finally:
            for name, value in zip(names, before, strict=True):
                self._conn.execute(f"PRAGMA {name} = {int(value)}")

    # -- plumbing -----------------------------------------------------------------------

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {action} in {self.path}: {exc}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for the store {path}: {exc}") from exc


class _Contexts:
    """The context of the article last asked for: an article's events are stored together."""

    def __init__(self) -> None:
        self._last: tuple[str, ArticleContext] | None = None

    def of(self, row: sqlite3.Row) -> ArticleContext:
        """The context of the article of ``row`` (selected with ``_CONTEXT_COLUMNS``)."""
        if self._last is None or self._last[0] != row["article_id"]:
            self._last = (row["article_id"], article_context(row["context"], row["text"]))
        return self._last[1]
