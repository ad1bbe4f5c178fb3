"""Scores used by ``tacitus eval dedup``, and ``tacitus dedup --rebuild`` on a small store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli.app import app
from tacitus.evaluation.coref_scores import b_cubed, ceaf_e, conll_f1, muc
from tacitus.records.article import Article
from tacitus.store import SQLiteStore
from test_dedup import report

GOLD = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}
SYSTEM = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 5}


def test_scores_on_a_worked_example() -> None:
    b3 = b_cubed(GOLD, SYSTEM)
    assert (b3.precision, b3.recall) == (pytest.approx(11 / 15), pytest.approx(0.8))
    assert muc(GOLD, SYSTEM).f1 == pytest.approx(0.5)
    assert ceaf_e(GOLD, SYSTEM).f1 == pytest.approx((0.8 + 2 / 3 + 1) / 3)
    assert conll_f1(GOLD, GOLD) == pytest.approx(1.0)


def test_dedup_rebuild_command(tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    with SQLiteStore(db) as store:
        for name in ("wire", "monitor"):
            art = Article(id=name, text=f"{name} report", published=dt.date(2024, 5, 14))
            store.save(art, [report(art)])
    result = CliRunner().invoke(app, ["dedup", "--db", str(db), "--rebuild"])
    assert result.exit_code == 0, result.output
    assert "2 reports in 1 events (were 1)" in result.stderr
    missing = CliRunner().invoke(app, ["dedup", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no database" in missing.stderr
