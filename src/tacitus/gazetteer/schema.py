"""The SQLite layout of the compiled gazetteer, and the writer that fills it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from tacitus.gazetteer.entries import PlaceEntry
from tacitus.gazetteer.normalize import fuzzy_signature, name_keys
from tacitus.gazetteer.place import PLACE_COLUMNS

# How a stored key relates to the place: its own name, an alias, or either without "al ".
MATCH_NAME = 0
MATCH_ALIAS = 1
MATCH_BARE = 2
# Keys shorter than this are not offered to fuzzy matching.
FUZZY_MIN_LENGTH = 4

TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, country_name TEXT,
    admin1 TEXT, admin1_code TEXT, admin2 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
    geonameid INTEGER, feature_code TEXT, population INTEGER NOT NULL, city TEXT,
    iso2 TEXT, tier INTEGER NOT NULL, sort_pop INTEGER NOT NULL
);
CREATE TABLE names_load (key TEXT NOT NULL, place_id INTEGER NOT NULL, match INTEGER NOT NULL);
"""

INDEXES = """
CREATE TABLE names (
    key TEXT NOT NULL, place_id INTEGER NOT NULL, match INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
INSERT INTO names SELECT key, place_id, min(match) FROM names_load
    GROUP BY key, place_id ORDER BY key, place_id;
DROP TABLE names_load;
CREATE TABLE fuzzy_keys (
    head TEXT NOT NULL, len INTEGER NOT NULL, key TEXT NOT NULL, tail TEXT NOT NULL,
    PRIMARY KEY (head, len, key)
) WITHOUT ROWID;
CREATE INDEX places_region ON places (kind, country, admin1_code);
CREATE INDEX places_iso2 ON places (iso2) WHERE iso2 IS NOT NULL;
"""

FUZZY_INDEX = "CREATE INDEX fuzzy_tail ON fuzzy_keys (tail, len);"

_INSERT_PLACE = (
    f"INSERT INTO places (id, {', '.join(PLACE_COLUMNS)}, iso2, tier, sort_pop) "
    f"VALUES ({', '.join('?' * (len(PLACE_COLUMNS) + 4))})"
)


def insert_entries(
    conn: sqlite3.Connection, entries: Iterable[PlaceEntry], *, first_id: int
) -> int:
    """Insert places and their name keys; return the next free place id."""
    place_id = first_id
    for entry in entries:
        row = (place_id, *entry.place.as_row(), entry.iso2, entry.tier, entry.sort_pop)
        conn.execute(_INSERT_PLACE, row)
        conn.executemany("INSERT INTO names_load VALUES (?, ?, ?)", _name_rows(entry, place_id))
        place_id += 1
    return place_id


def _name_rows(entry: PlaceEntry, place_id: int) -> Iterator[tuple[str, int, int]]:
    best: dict[str, int] = {}
    for position, name in enumerate(entry.names):
        key, bare = name_keys(name)
        if not key:
            continue
        match = MATCH_NAME if position == 0 else MATCH_ALIAS
        best[key] = min(best.get(key, match), match)
        if bare:
            best.setdefault(bare, MATCH_BARE)
    return ((key, place_id, match) for key, match in best.items())


def finish(conn: sqlite3.Connection) -> None:
    """Build the clustered name table, the fuzzy key table and the secondary indexes."""
    conn.executescript(INDEXES)
    keys = conn.execute("SELECT DISTINCT key FROM names WHERE match < ?", (MATCH_BARE,))
    conn.executemany("INSERT OR IGNORE INTO fuzzy_keys VALUES (?, ?, ?, ?)", _fuzzy_rows(keys))
    conn.execute(FUZZY_INDEX)


def _fuzzy_rows(keys: Iterable[tuple[str]]) -> Iterator[tuple[str, int, str, str]]:
    for (key,) in keys:
        if len(key) < FUZZY_MIN_LENGTH or not key.isascii():
            continue
        head, tail, length = fuzzy_signature(key)
        yield head, length, key, tail
