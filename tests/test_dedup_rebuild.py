"""A rebuild's shortcuts change nothing: candidates too far away are left out by the index's
columns exactly as the hard limits would rule them out, and a rebuild gives the clusters
incremental saves gave, with the store's own connection settings back after it.

The reports are the Velora shelling reports of ``test_dedup``, moved about.
"""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from tacitus.dedup import MatchProfile
from tacitus.dedup.features import ruled_out
from tacitus.records.event import Event
from tacitus.store import SQLiteStore
from tacitus.store import rebuild as rebuild_module
from test_dedup import article, report

_OFFSETS = (0.0, 0.05, 0.2, 0.5, 1.0, 2.5, 8.0)
"""Degrees north of Velora: from the same place to far beyond any radius."""
_PRECISIONS = (1, 2, 3, 5, 6, 7)


def _placed(name: str, *, north: float, precision: int, geonameid: int | None) -> Event:
    event = report(article(name), lat=35.81 + north, place_precision=precision, killed=None)
    assert event.location is not None
    place = event.location.model_copy(update={"geonameid": geonameid})
    return event.model_copy(update={"location": place})


def _fill(store: SQLiteStore) -> list[MatchProfile]:
    """Reports at every offset and precision (a few sharing a gazetteer id); their profiles."""
    profiles = []
    for n, (north, precision) in enumerate(itertools.product(_OFFSETS, _PRECISIONS)):
        geonameid = 170000 + n % 3 if n % 4 == 0 else None
        event = _placed(f"r{n}", north=north, precision=precision, geonameid=geonameid)
        store.save(article(f"r{n}"), [event])
        profiles.append(MatchProfile.of(event))
    return profiles


def _ids(profiles: object) -> list[str]:
    return [p.event_id for p in profiles]  # type: ignore[attr-defined]


def test_the_index_leaves_out_only_candidates_the_hard_limits_rule_out(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        probes = _fill(store)
        links = store._links
        left_out = 0
        for probe in probes:
            everyone = list(links.candidates(probe))
            kept = [c for c in everyone if ruled_out(probe, c) is None]
            assert _ids(links._screened(probe)) == _ids(kept), probe.event_id
            near = list(links._stored(probe, near=probe.place_precision in (1, 2, 3, 5)))
            left_out += len(everyone) - len(near)
        assert left_out > 0  # the index did leave some out


def test_a_version_5_store_gains_the_place_columns(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with SQLiteStore(path) as store:
        profiles = _fill(store)
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP INDEX canonical_match; ALTER TABLE canonical_events DROP COLUMN geonameid;"
        " ALTER TABLE canonical_events DROP COLUMN place_precision;"
        " CREATE INDEX canonical_match ON canonical_events("
        " country, span_class, date_start, date_end, status, profile);"
        " DELETE FROM schema_version WHERE version >= 6;"
    )
    conn.close()
    with SQLiteStore(path) as store:
        stored = {
            row[0]: (row[1], row[2])
            for row in store._conn.execute(
                "SELECT event_id, place_precision, geonameid FROM canonical_events"
            )
        }
        for profile in profiles:
            canonical = store.canonical_id(profile.event_id)
            assert canonical is not None
            if canonical == profile.event_id:
                assert stored[canonical] == (profile.place_precision, profile.geonameid)
        index = [row[2] for row in store._conn.execute("PRAGMA index_info(canonical_match)")]
        assert index[5:] == ["lat", "lon", "place_precision", "geonameid", "profile"]


def test_a_rebuild_gives_the_clusters_of_incremental_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reads of 3 reports across transactions of 7: a batch spans several reads, a read
    # spans a commit.
    monkeypatch.setattr(rebuild_module, "_READ_CHUNK", 3)
    with SQLiteStore(tmp_path / "events.db") as store:
        profiles = _fill(store)
        before = {p.event_id: store.canonical_id(p.event_id) for p in profiles}
        events = store.events()
        assert 1 < len(events) < len(profiles)  # some merged, some did not
        settings = [
            store._conn.execute(f"PRAGMA {name}").fetchone()[0] for name in _REBUILD_SETTINGS
        ]
        stored = _stored_profiles(store)
        store.rebuild_canonical(batch_size=7)
        assert (tmp_path / "events.db-wal").stat().st_size == 0  # emptied at the end
        assert {p.event_id: store.canonical_id(p.event_id) for p in profiles} == before
        assert store.events() == events
        assert _stored_profiles(store) == stored  # the very JSON, canonical and report
        assert [
            store._conn.execute(f"PRAGMA {name}").fetchone()[0] for name in _REBUILD_SETTINGS
        ] == settings


_REBUILD_SETTINGS = ("synchronous", "cache_size", "wal_autocheckpoint", "secure_delete")


def _stored_profiles(store: SQLiteStore) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Every canonical event's stored profile and every report's, by id."""
    conn = store._conn
    return (
        [
            tuple(row)
            for row in conn.execute(
                "SELECT event_id, profile FROM canonical_events ORDER BY event_id"
            )
        ],
        [
            tuple(row)
            for row in conn.execute("SELECT event_id, profile FROM reports ORDER BY event_id")
        ],
    )
