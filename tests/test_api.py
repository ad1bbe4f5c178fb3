"""The Python API: ``tacitus.extract``, ``tacitus.Pipeline`` and a light ``import tacitus``."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import subprocess
import sys

import pytest

import tacitus
from tacitus.errors import InputError, TacitusError
from tacitus.pipeline import Pipeline

REPORT = (
    "KABUL, March 8 (Tacitus Test Wire) - A roadside bomb struck a police vehicle on the "
    "outskirts of Kandahar on Sunday, killing four policemen and wounding two others, a "
    "provincial spokesman said.\n"
)
PROTEST = (
    "Hundreds of nurses protested outside the health ministry in Lusaka on Tuesday to demand "
    "better pay, their union said. Police watched and no arrests were made.\n"
)


def test_extract_returns_typed_events_dated_against_published() -> None:
    events = tacitus.extract(REPORT, published="2021-03-08")  # loads its own pipeline
    assert events and all(isinstance(e, tacitus.Event) for e in events)
    bomb = events[0]
    assert bomb.date.start == "2021-03-07"  # "on Sunday" before Monday 2021-03-08
    assert bomb.location is not None and bomb.location.country == "AFG"
    assert bomb.counts["fatalities"].best == 4
    start, end = bomb.counts["fatalities"].span
    assert REPORT[start:end] == bomb.counts["fatalities"].text
    assert json.loads(bomb.to_json())["event_id"] == bomb.event_id


def test_extract_accepts_a_date_and_reuses_a_pipeline(pipeline: Pipeline) -> None:
    by_string = tacitus.extract(REPORT, published="2021-03-08", pipeline=pipeline)
    by_date = tacitus.extract(REPORT, published=dt.date(2021, 3, 8), pipeline=pipeline)
    assert [e.event_id for e in by_date] == [e.event_id for e in by_string]


def test_extract_without_any_date_raises_no_date(pipeline: Pipeline) -> None:
    with pytest.raises(InputError) as caught:
        tacitus.extract(PROTEST, pipeline=pipeline)
    assert caught.value.code == "no_date"
    assert "published" in caught.value.message


def test_pipe_records_errors_on_results_instead_of_raising(pipeline: Pipeline) -> None:
    config = tacitus.PipelineConfig(max_chars=1000)
    runner = tacitus.Pipeline(config, resources=pipeline.resources)
    day = dt.date(2021, 3, 9)
    articles = [
        tacitus.Article(id="bomb", text=REPORT, published=dt.date(2021, 3, 8)),
        tacitus.Article(id="long", text=REPORT * 10, published=day),
        tacitus.Article(id="undated", text=PROTEST),
        tacitus.Article(id="nurses", text=PROTEST, published=day),
    ]
    results = list(runner.pipe(articles))
    assert [r.article.id for r in results] == ["bomb", "long", "undated", "nurses"]
    assert [r.ok for r in results] == [True, False, False, True]
    assert all(r.events for r in results if r.ok)
    too_long, undated = results[1].error, results[2].error
    assert isinstance(too_long, TacitusError) and too_long.code == "too_large"
    assert "max_chars" in too_long.message or "limit" in too_long.message
    assert isinstance(undated, TacitusError) and undated.code == "no_date"
    assert results[3].events[0].plover.event == "PROTEST"


def test_a_pipeline_config_is_validated() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        tacitus.PipelineConfig(max_chars=10)


def test_import_tacitus_loads_nothing_heavy() -> None:
    code = (
        "import sys, tacitus; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('spacy', 'pydantic', 'typer', 'rich', 'trafilatura') or m == 'tacitus.pipeline'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_the_package_exposes_its_version_and_public_names() -> None:
    assert tacitus.__version__ == importlib.metadata.version("tacitus")
    assert set(tacitus.__all__) >= {"Article", "Event", "Pipeline", "PipelineConfig", "extract"}
    from tacitus.records import Event

    assert tacitus.Event is Event
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        _ = tacitus.Nothing
