"""The store's read queries, each returning records (the store adds its error shape)."""

from __future__ import annotations

import sqlite3

from tacitus.records.article import Article
from tacitus.records.event import Event
from tacitus.store import rows
from tacitus.store.interface import ArticleRevision, StoredFailure, StoreStats


def events_after(
    conn: sqlite3.Connection, after: tuple[str, str], *, size: int
) -> list[sqlite3.Row]:
    """Up to ``size`` canonical events after ``(date_start, event_id)``, in that order."""
    return conn.execute(
        "SELECT date_start, event_id, json FROM canonical_events"
        " WHERE (date_start, event_id) > (?, ?) ORDER BY date_start, event_id LIMIT ?",
        (*after, size),
    ).fetchall()


def search_articles(conn: sqlite3.Connection, query: str, *, limit: int) -> list[Article]:
    """Articles whose title or text match an FTS5 query, best first."""
    found = conn.execute(
        f"SELECT {rows.QUALIFIED_ARTICLE_COLUMNS} FROM articles"
        " JOIN articles_fts ON articles_fts.rowid = articles.num"
        " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    ).fetchall()
    return [rows.article_from_row(row) for row in found]


def one_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """The current version of one article, or None."""
    row = conn.execute(
        f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    return rows.article_from_row(row) if row is not None else None


def all_articles(conn: sqlite3.Connection) -> list[Article]:
    """Every stored article, ordered by id."""
    found = conn.execute(f"SELECT {rows.ARTICLE_COLUMNS} FROM articles ORDER BY id").fetchall()
    return [rows.article_from_row(row) for row in found]


def article_revisions(conn: sqlite3.Connection, article_id: str) -> list[ArticleRevision]:
    """Earlier versions of an article, oldest first."""
    found = conn.execute(
        "SELECT * FROM article_revisions WHERE article_id = ? ORDER BY revision", (article_id,)
    ).fetchall()
    return [rows.revision_from_row(row) for row in found]


def all_failures(conn: sqlite3.Connection) -> list[StoredFailure]:
    """Every recorded failure, ordered by source."""
    found = conn.execute("SELECT * FROM failures ORDER BY source").fetchall()
    return [rows.failure_from_row(row) for row in found]


def row_counts(conn: sqlite3.Connection) -> StoreStats:
    """Row counts of articles, canonical events, failures, revisions and reports."""
    counts = conn.execute(
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


def report_events(conn: sqlite3.Connection, canonical_id: str) -> list[Event]:
    """The article events linked to one canonical event, in the order they joined."""
    found = conn.execute(
        "SELECT events.json FROM reports JOIN events USING (event_id)"
        " WHERE reports.canonical_id = ? ORDER BY reports.rowid",
        (canonical_id,),
    ).fetchall()
    return [Event.model_validate_json(row["json"]) for row in found]


def canonical_of(conn: sqlite3.Connection, event_id: str) -> str | None:
    """The canonical event a report belongs to, if it is stored."""
    row = conn.execute(
        "SELECT canonical_id FROM reports WHERE event_id = ?", (event_id,)
    ).fetchone()
    return row["canonical_id"] if row else None
