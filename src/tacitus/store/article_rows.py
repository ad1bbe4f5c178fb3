"""Writing articles: a new one, or a new version of a stored one with the old kept."""

from __future__ import annotations

import sqlite3

from tacitus.errors import StoreError
from tacitus.records.article import Article
from tacitus.store import rows

_SELECT = "SELECT num, id, url, content_hash, title, text, published, updated FROM articles"


def stored_version(conn: sqlite3.Connection, article: Article) -> sqlite3.Row | None:
    """The stored article with ``article``'s id, else with its url, or None."""
    row: sqlite3.Row | None = conn.execute(f"{_SELECT} WHERE id = ?", (article.id,)).fetchone()
    if row is None and article.url:
        row = conn.execute(f"{_SELECT} WHERE url = ?", (article.url,)).fetchone()
    return row


def insert_article(conn: sqlite3.Connection, article: Article) -> None:
    """Store a new article, first seen now."""
    stamp = rows.now()
    conn.execute(
        f"INSERT INTO articles ({rows.ARTICLE_COLUMNS}, content_hash, first_seen, updated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*rows.article_values(article), article.content_hash, stamp, stamp),
    )


def replace_article(conn: sqlite3.Connection, old: sqlite3.Row, article: Article) -> None:
    """Keep ``old`` as a revision and store ``article`` in its place (its events apart)."""
    _check_url_free(conn, article, num=old["num"])
    stamp = rows.now()
    conn.execute(
        "INSERT INTO article_revisions (article_id, revision, content_hash, title, text,"
        " published, recorded_at, superseded_at) VALUES (:id, (SELECT"
        " coalesce(max(revision), 0) + 1 FROM article_revisions WHERE article_id = :id),"
        " :content_hash, :title, :text, :published, :updated, :stamp)",
        {**dict(zip(old.keys(), old, strict=True)), "stamp": stamp},
    )
    assignments = ", ".join(f"{c.strip()} = ?" for c in rows.ARTICLE_COLUMNS.split(","))
    conn.execute(
        f"UPDATE articles SET {assignments}, content_hash = ?, updated = ? WHERE num = ?",
        (*rows.article_values(article), article.content_hash, stamp, old["num"]),
    )


def _check_url_free(conn: sqlite3.Connection, article: Article, *, num: int) -> None:
    if not article.url:
        return
    other = conn.execute(
        "SELECT id FROM articles WHERE url = ? AND num != ?", (article.url, num)
    ).fetchone()
    if other is not None:
        raise StoreError(
            f"article {article.id!r} has url {article.url!r}, which already belongs to "
            f"article {other['id']!r}; give one of them a different id or url"
        )
