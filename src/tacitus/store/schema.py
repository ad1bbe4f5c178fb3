"""The SQLite schema, its version table and migrations, and the feature check at open."""

from __future__ import annotations

import sqlite3

from tacitus.errors import StoreError

SCHEMA_V1 = """
CREATE TABLE articles (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,
    published_time TEXT,
    source TEXT,
    path TEXT,
    first_seen TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE article_revisions (
    article_id TEXT NOT NULL
        REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
    revision INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,
    recorded_at TEXT NOT NULL,
    superseded_at TEXT NOT NULL,
    PRIMARY KEY (article_id, revision)
);
CREATE TABLE events (
    num INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL
        REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
    status TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    country TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    plover_event TEXT NOT NULL,
    lat REAL,
    lon REAL,
    confidence REAL NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX events_country_date ON events(country, date_start);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date_start, event_id);
CREATE TABLE failures (
    source TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='num'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.num, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.num, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.num, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.num, new.title, new.text);
END;

CREATE VIRTUAL TABLE events_geo USING rtree(num, min_lon, max_lon, min_lat, max_lat);
CREATE TRIGGER events_geo_insert AFTER INSERT ON events
    WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
    INSERT INTO events_geo VALUES (new.num, new.lon, new.lon, new.lat, new.lat);
END;
CREATE TRIGGER events_geo_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_geo WHERE num = old.num;
END;
CREATE TRIGGER events_geo_update AFTER UPDATE OF lat, lon ON events BEGIN
    DELETE FROM events_geo WHERE num = old.num;
    INSERT INTO events_geo SELECT new.num, new.lon, new.lon, new.lat, new.lat
        WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
END;
"""

SCHEMA_V2 = """
CREATE TABLE canonical_events (
    num INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    span_class INTEGER NOT NULL,
    country TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    plover_event TEXT NOT NULL,
    lat REAL,
    lon REAL,
    confidence REAL NOT NULL,
    reports INTEGER NOT NULL,
    json TEXT NOT NULL,
    profile TEXT NOT NULL
);
CREATE INDEX canonical_block ON canonical_events(country, span_class, date_start);
CREATE INDEX canonical_date ON canonical_events(date_start, event_id);
CREATE TABLE reports (
    event_id TEXT PRIMARY KEY,
    canonical_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    joined_at TEXT NOT NULL
);
CREATE INDEX reports_canonical ON reports(canonical_id);
CREATE INDEX reports_article ON reports(article_id);
CREATE TABLE merges (
    merge_id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    canonical_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    article_id TEXT,
    score REAL,
    features TEXT,
    decided_by TEXT NOT NULL,
    at TEXT NOT NULL,
    undone_at TEXT
);
CREATE INDEX merges_canonical ON merges(canonical_id);
CREATE INDEX merges_event ON merges(event_id);

CREATE VIRTUAL TABLE canonical_geo USING rtree(num, min_lon, max_lon, min_lat, max_lat);
CREATE TRIGGER canonical_geo_insert AFTER INSERT ON canonical_events
    WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
    INSERT INTO canonical_geo VALUES (new.num, new.lon, new.lon, new.lat, new.lat);
END;
CREATE TRIGGER canonical_geo_delete AFTER DELETE ON canonical_events BEGIN
    DELETE FROM canonical_geo WHERE num = old.num;
END;
CREATE TRIGGER canonical_geo_update AFTER UPDATE OF lat, lon ON canonical_events BEGIN
    DELETE FROM canonical_geo WHERE num = old.num;
    INSERT INTO canonical_geo SELECT new.num, new.lon, new.lon, new.lat, new.lat
        WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
END;
"""
"""Version 2: canonical events (one per real event), the reports linking each article's
events to them, and the merge audit. Events stored before it are linked by
``SQLiteStore`` on open (each its own canonical event; ``tacitus dedup --rebuild`` merges)."""

SCHEMA_V3 = """
CREATE TABLE summaries (
    aggregate_id TEXT NOT NULL,
    canonical_id TEXT NOT NULL,
    linked_at TEXT NOT NULL,
    PRIMARY KEY (aggregate_id, canonical_id)
);
CREATE INDEX summaries_canonical ON summaries(canonical_id);
"""
"""Version 3: which dated canonical events an aggregate or background-only canonical event
summarises ("11 attacks in two months"). Only new tables: nothing earlier changes."""

SCHEMA_V4 = """
CREATE INDEX canonical_match ON canonical_events(
    country, span_class, date_start, date_end, status, profile
);
CREATE INDEX canonical_aggregates ON canonical_events(country, date_start, date_end, profile)
    WHERE status = 'aggregate';
DROP INDEX canonical_block;
"""
"""Version 4: matching reads only indexes. ``canonical_match`` holds each canonical event's
block (country, span class, dates), status and match profile, so that looking up
candidates never reads a row's large JSON; it replaces ``canonical_block``, its prefix.
``canonical_aggregates`` holds the few aggregates, looked up for every new event."""

SCHEMA_V5 = """
ALTER TABLE reports ADD COLUMN profile TEXT;
ALTER TABLE articles ADD COLUMN context TEXT;
"""
"""Version 5: each report keeps its own match profile (with its article's names), so that a
new report is compared with every report of a canonical event, not only their merged
profile; and each article its context for matching (``ArticleContext``: names and years),
so that a rebuild reads no article text. Rows stored before it have neither (NULL): such
reports are matched through the merged profile alone until ``tacitus dedup --rebuild``,
and such articles' context is read from their text."""

SCHEMA_V6 = """
ALTER TABLE canonical_events ADD COLUMN place_precision INTEGER;
ALTER TABLE canonical_events ADD COLUMN geonameid INTEGER;
UPDATE canonical_events SET
    place_precision = json_extract(json, '$.location.precision.ucdp'),
    geonameid = json_extract(json, '$.location.geonameid');
DROP INDEX canonical_match;
CREATE INDEX canonical_match ON canonical_events(
    country, span_class, date_start, date_end, status, lat, lon, place_precision, geonameid,
    profile
);
"""
"""Version 6: each canonical event's place (latitude, longitude, UCDP precision, gazetteer
id) in ``canonical_match`` too, so that looking up candidates rules out those too far away
(``features.latitude_reach``) from the index's columns alone, before their profiles are
read; at a million events most of a block's candidates are. The new columns are filled
from each canonical event's JSON."""

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, SCHEMA_V1),
    (2, SCHEMA_V2),
    (3, SCHEMA_V3),
    (4, SCHEMA_V4),
    (5, SCHEMA_V5),
    (6, SCHEMA_V6),
)
"""``(version, script)`` pairs applied in order; append a pair to change the schema."""

LATEST_VERSION = MIGRATIONS[-1][0]


def check_features() -> None:
    """Raise ``StoreError`` if this SQLite build lacks FTS5 or R*Tree."""
    probe = sqlite3.connect(":memory:")
    try:
        for module, args in (("fts5", "body"), ("rtree", "id, x0, x1")):
            try:
                probe.execute(f"CREATE VIRTUAL TABLE probe_{module} USING {module}({args})")
            except sqlite3.OperationalError as exc:
                raise StoreError(
                    f"this Python's SQLite {sqlite3.sqlite_version} lacks the {module.upper()} "
                    f"extension ({exc}); install a Python built with a full SQLite"
                ) from exc
    finally:
        probe.close()


def schema_version(conn: sqlite3.Connection) -> int:
    """The version the database is at (0 for a new, empty file)."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(conn: sqlite3.Connection, *, path: str) -> list[int]:
    """Apply every migration newer than the database, each in its own transaction.

    Returns the versions applied (empty when the database was current).
    """
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise StoreError(
            f"{path} has schema version {current}, newer than this Tacitus knows "
            f"({LATEST_VERSION}); upgrade Tacitus"
        )
    applied = []
    for version, script in MIGRATIONS:
        if version > current:
            _apply(conn, version=version, script=script)
            applied.append(version)
    return applied


def _apply(conn: sqlite3.Connection, *, version: int, script: str) -> None:
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}")
        conn.execute("INSERT INTO schema_version(version) VALUES (?)", (version,))
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            conn.rollback()
        raise
