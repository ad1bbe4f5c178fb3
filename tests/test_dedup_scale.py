"""What keeps matching fast at scale: index-only candidate lookup, batched rebuild, pragmas.

The reports are the Velora shelling reports of ``test_dedup`` (written for those tests).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tacitus.store import SQLiteStore
from tacitus.store.canonical_rows import block_params, block_sql
from test_dedup import save


def _fill(store: SQLiteStore) -> None:
    save(store, "wire", killed=9)
    save(store, "monitor", killed=11)
    save(store, "elsewhere", country="LBN")
    save(store, "tally", status="aggregate", day="2024-05-01", end="2024-05-31", precision="month")
    save(store, "later", day="2024-05-20", lat=35.5)
    save(store, "daily", killed=10)


def test_candidates_come_from_the_covering_index_alone(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        _fill(store)
        (profile,) = store._links.report_profiles("ev_later_0")
        sql = block_sql(known=True, dated=True, near=True)
        plan = [
            str(row[3])
            for row in store._conn.execute(
                f"EXPLAIN QUERY PLAN {sql}", block_params(profile, slack=3)
            )
        ]
    searches = [step for step in plan if step.startswith("SEARCH")]
    assert len(searches) == 8  # two countries' blocks (its own, none), four span classes
    assert all("COVERING INDEX canonical_match" in step for step in searches)


def test_a_rebuild_in_batches_of_one_gives_the_incremental_result(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        _fill(store)
        before = store.events()
        summarised = store.summarised(before[-1].event_id) if before else []
        ticks: list[None] = []
        assert store.rebuild_canonical(on_event=lambda: ticks.append(None), batch_size=1) == 4
        assert store.events() == before and len(ticks) == 6
        assert store.summarised(before[-1].event_id) == summarised
        geo = store._conn.execute("SELECT count(*) FROM canonical_geo").fetchone()[0]
        trigger = store._conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'canonical_geo_delete'"
        ).fetchone()[0]
        assert (geo, trigger) == (4, 1)  # the R*Tree follows; its delete trigger is back
        assert store.delete_article("elsewhere")
        assert store._conn.execute("SELECT count(*) FROM canonical_geo").fetchone()[0] == 3
        by_article = {e.article_ids[0]: e for e in store.events()}
        assert by_article["wire"].article_ids == ["wire", "monitor", "daily"]
        assert store.summarised(by_article["tally"].event_id) == [
            by_article["wire"].event_id,
            by_article["later"].event_id,
        ]


def test_a_version_3_store_gains_the_match_indexes_and_keeps_matching(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with SQLiteStore(path) as store:
        save(store, "wire", killed=9)
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP INDEX canonical_match; DROP INDEX canonical_aggregates;"
        " ALTER TABLE canonical_events DROP COLUMN geonameid;"
        " ALTER TABLE canonical_events DROP COLUMN place_precision;"
        " CREATE INDEX canonical_block ON canonical_events(country, span_class, date_start);"
        " DELETE FROM schema_version WHERE version >= 4;"
        " ALTER TABLE reports DROP COLUMN profile; ALTER TABLE articles DROP COLUMN context;"
    )
    conn.close()
    with SQLiteStore(path) as store:
        names = {row[0] for row in store._conn.execute("SELECT name FROM sqlite_master")}
        assert {"canonical_match", "canonical_aggregates"} <= names
        assert "canonical_block" not in names
        save(store, "monitor", killed=11)
        (event,) = store.events()
        assert event.article_ids == ["wire", "monitor"]


def test_connection_settings(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        settings = {
            name: store._conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("cache_size", "synchronous", "journal_mode")
        }
    assert settings == {
        "cache_size": -65536,
        "synchronous": 2,
        "journal_mode": "wal",
    }
