"""What keeps the event list fast: indexed plans, cached totals, inline reads, row cache."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tacitus.api import create_app, event_sql
from tacitus.api.app import DESK_ENV, app_from_environment
from tacitus.api.database import Database
from tacitus.api.filters import EventFilters, Page
from tacitus.api.indexes import ensure_indexes
from tacitus.api.listing import runs_inline
from tacitus.api.totals import TotalsCache
from tacitus.api.views import base_row_json, row_dict
from tacitus.errors import TacitusError
from test_api_events import ANA, TOKENS, fill, protest_event


@pytest.fixture
def database(tmp_path: Path) -> Database:
    """The desk's database over a store holding the two test events."""
    fill(tmp_path / "desk.db")
    return Database(str(tmp_path / "desk.db"))


def plan(conn: sqlite3.Connection, filters: EventFilters, page: Page) -> str:
    """SQLite's query plan for one page of ``filters``."""
    query = event_sql.where(filters)
    sql = f"SELECT e.json {query.source} {query.clause} ORDER BY {event_sql._ORDER[page.sort]}"
    return " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", query.params))


def test_the_list_and_queue_sorts_read_an_index_not_a_sort(database: Database) -> None:
    conn = database.reader()
    country = plan(conn, EventFilters(country="IRQ", since="2020-01-01"), Page())
    assert "desk_canonical_country_date" in country and "TEMP B-TREE" not in country
    queue = plan(conn, EventFilters(reviewed=False), Page(sort="priority"))
    assert "desk_canonical_priority" in queue and "TEMP B-TREE" not in queue
    assert "desk_canonical_fatalities" in plan(conn, EventFilters(), Page(sort="-fatalities"))
    ensure_indexes(database.writer())  # again: nothing changes, nothing fails


def test_reader_connections_cannot_write(database: Database) -> None:
    with pytest.raises(sqlite3.OperationalError):
        database.reader().execute("DELETE FROM review_state")


def test_totals_are_cached_for_a_while_and_cleared_by_writes() -> None:
    cache, calls = TotalsCache(seconds=60), []

    def count() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get("k", count) == 1 and cache.get("k", count) == 1
    cache.clear()
    assert cache.get("k", count) == 2
    off = TotalsCache(seconds=0)
    assert off.get("k", count) == 3 and off.get("k", count) == 4


def test_only_indexed_pages_run_on_the_event_loop() -> None:
    assert runs_inline(EventFilters(country="IRQ", since="2020-01-01"), Page())
    assert not runs_inline(EventFilters(actor="police"), Page())
    assert not runs_inline(EventFilters(q="farmers"), Page())
    assert not runs_inline(EventFilters(), Page(sort="priority"))
    assert not runs_inline(EventFilters(), Page(offset=50_000))


def test_a_cached_row_is_the_row_without_its_review() -> None:
    record = protest_event().model_dump(mode="json")
    expected = row_dict(record, None)
    del expected["review"], expected["edited"]
    assert json.loads(base_row_json(json.dumps(record))) == expected


def test_a_write_through_the_app_refreshes_the_cached_total(tmp_path: Path) -> None:
    fill(tmp_path / "desk.db")
    app = create_app(db=str(tmp_path / "desk.db"), tokens=TOKENS, public_reads=True)
    with TestClient(app) as client:
        assert client.get("/api/events", params={"reviewed": False}).json()["total"] == 2
        client.post("/api/events/ev_attack_mosul/review", json={"action": "accept"}, headers=ANA)
        assert client.get("/api/events", params={"reviewed": False}).json()["total"] == 1


def test_worker_processes_build_the_app_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(tmp_path / "desk.db")
    monkeypatch.delenv(DESK_ENV, raising=False)
    with pytest.raises(TacitusError):
        app_from_environment()
    options = {"db": str(tmp_path / "desk.db"), "tokens": TOKENS, "public_reads": False}
    monkeypatch.setenv(DESK_ENV, json.dumps(options))
    with TestClient(app_from_environment()) as client:
        assert client.get("/api/events").status_code == 401
        assert client.get("/api/events", headers=ANA).json()["total"] == 2
