"""Compile the gazetteer: sources -> a temporary SQLite file -> atomic rename.

A build writes ``<name>.tmp-<pid>-<random>`` beside the target and renames it over the
target only when complete, so a killed build never leaves a broken gazetteer. Builds are
serialised by a lock file; a build that finds the target already fresh once it holds the
lock (another process built it meanwhile) does nothing.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from importlib import metadata
from pathlib import Path

from tacitus.errors import ResourceError
from tacitus.gazetteer import schema
from tacitus.gazetteer.cities import assign_feature_codes, read_cities
from tacitus.gazetteer.countries import country_table
from tacitus.gazetteer.entries import (
    capitals_by_country,
    city_entries,
    country_entries,
    landmark_entries,
    region_entries,
)
from tacitus.gazetteer.locking import exclusive_lock
from tacitus.gazetteer.paths import SOURCE_PACKAGES, source_stamp
from tacitus.gazetteer.regions import city_subdivisions, load_regions
from tacitus.gazetteer.towns import add_town_aliases, conflict_towns

Progress = Callable[[int, int], None]
BUILD_STEPS = 6
_TMP_MARK = ".tmp-"


def stored_stamp(path: Path) -> str | None:
    """Return the source stamp stored in a gazetteer file, or ``None`` if there is none.

    A missing, truncated or foreign file has no stamp, which makes it stale.
    """
    if not path.is_file():
        return None
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
    except sqlite3.DatabaseError:
        return None  # not a gazetteer (or a damaged one): rebuilt by the caller
    return None if row is None else str(row[0])


def ensure_built(path: Path, *, rebuild: bool = False, progress: Progress | None = None) -> bool:
    """Build the gazetteer at ``path`` if it is missing, stale or ``rebuild`` is set.

    Returns ``True`` when this call built the file.
    """
    stamp = source_stamp()
    if not rebuild and stored_stamp(path) == stamp:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(path.with_name(path.name + ".lock")):
            _remove_stale_temps(path)
            if not rebuild and stored_stamp(path) == stamp:
                return False
            build_gazetteer(path, stamp=stamp, progress=progress)
    except (OSError, sqlite3.Error) as exc:
        raise ResourceError(f"cannot build the gazetteer at {path}: {exc}") from exc
    return True


def _remove_stale_temps(path: Path) -> None:
    """Delete temporary files left by killed builds (call while holding the lock)."""
    for stale in path.parent.glob(f"{path.name}{_TMP_MARK}*"):
        stale.unlink(missing_ok=True)


def build_gazetteer(path: Path, *, stamp: str, progress: Progress | None = None) -> None:
    """Compile the gazetteer into ``path`` through a temporary file and an atomic rename.

    Callers other than :func:`ensure_built` must hold the build lock themselves.
    """
    tmp = path.with_name(f"{path.name}{_TMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        _write(tmp, stamp=stamp, report=_reporter(progress))
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _reporter(progress: Progress | None) -> Callable[[int], None]:
    def report(step: int) -> None:
        if progress is not None:
            progress(step, BUILD_STEPS)

    return report


def _write(tmp: Path, *, stamp: str, report: Callable[[int], None]) -> None:
    started = time.monotonic()
    report(0)
    countries = country_table()
    regions = load_regions()
    membership = city_subdivisions()
    report(1)
    iso3_of = {info.iso2: iso3 for iso3, info in countries.items()}
    cities = read_cities(regions, membership, iso3_of)
    assign_feature_codes(cities, countries)
    add_town_aliases(cities)
    cities.extend(conflict_towns(regions))
    report(2)
    with closing(sqlite3.connect(tmp)) as conn:
        conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        conn.executescript(schema.TABLES)
        next_id = schema.insert_entries(conn, landmark_entries(cities, countries), first_id=1)
        capitals = capitals_by_country(cities)
        next_id = schema.insert_entries(
            conn, country_entries(countries, capitals), first_id=next_id
        )
        next_id = schema.insert_entries(conn, region_entries(regions, countries), first_id=next_id)
        report(3)
        schema.insert_entries(conn, city_entries(cities, countries), first_id=next_id)
        report(4)
        schema.finish(conn)
        report(5)
        _write_meta(conn, stamp=stamp, seconds=time.monotonic() - started)
        conn.commit()
    report(BUILD_STEPS)


def _write_meta(conn: sqlite3.Connection, *, stamp: str, seconds: float) -> None:
    counts = dict(conn.execute("SELECT kind, count(*) FROM places GROUP BY kind").fetchall())
    meta = {
        "stamp": stamp,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "build_seconds": f"{seconds:.1f}",
        **{f"version.{p}": metadata.version(p) for p in SOURCE_PACKAGES},
        **{f"count.{kind}": str(n) for kind, n in counts.items()},
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
