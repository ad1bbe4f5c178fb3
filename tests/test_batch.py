"""Batch runs with Ray Data: the same events as a direct run, failures listed, clear errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tacitus.batch import run_batch
from tacitus.errors import ConfigError
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.slow

ARTICLES = [
    {
        "id": "harbour-blast",
        "published": "2023-05-09",
        "title": "Blast at harbour checkpoint",
        "text": "MOGADISHU, May 9 - A roadside bomb struck a police patrol near the harbour in "
        "Mogadishu on Tuesday, killing three officers, a police spokesman said. Al Shabaab "
        "said it carried out the attack.",
    },
    {
        "id": "square-march",
        "published": "2023-05-08",
        "text": "Several hundred teachers marched through the centre of Nairobi on Monday to "
        "demand unpaid wages. Police fired tear gas to disperse the crowd.",
    },
]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, configure_logging=False)
    yield
    ray.shutdown()


@pytest.fixture
def articles_file(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "wire.jsonl"
    path.parent.mkdir()
    lines = [json.dumps(a) for a in ARTICLES] + ['{"id": "empty", "text": ""}', "{oops"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def direct_events() -> list[Event]:
    pipeline = Pipeline()
    articles = [Article.model_validate(a) for a in ARTICLES]
    return [e for result in pipeline.pipe(articles) for e in result.events]


def test_a_batch_run_writes_the_events_a_direct_run_extracts(
    local_ray: None, articles_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    summary = run_batch([articles_file], out=out, workers=1, progress=False)
    assert (summary.articles, summary.failures) == (4, 2)
    table = pa.concat_tables(pq.read_table(p) for p in sorted((out / "events").glob("*.parquet")))
    expected = direct_events()
    assert summary.events == table.num_rows == len(expected) > 0
    assert sorted(table.column("event_id").to_pylist()) == sorted(e.event_id for e in expected)
    records = [Event.model_validate_json(r) for r in table.column("record").to_pylist()]
    assert sorted(records, key=lambda e: e.event_id) == sorted(expected, key=lambda e: e.event_id)
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert sorted(f["code"] for f in failures) == ["bad_json", "missing_text"]


def test_parquet_articles_in_and_json_lines_out(local_ray: None, tmp_path: Path) -> None:
    source = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(ARTICLES[1:]), source)
    out = tmp_path / "out"
    summary = run_batch([source], out=out, format="jsonl", workers=1, progress=False)
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert summary.failures == 0 and summary.events == len(lines) > 0
    assert {Event.model_validate_json(line).article_ids[0] for line in lines} == {"square-march"}


def test_an_output_folder_with_files_is_refused_before_any_work(
    articles_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "used"
    out.mkdir()
    (out / "old.parquet").write_bytes(b"")
    with pytest.raises(ConfigError, match="not empty"):
        run_batch([articles_file], out=out)


def test_inputs_must_be_json_lines_or_parquet(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("Protesters marched.", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.jsonl or \.parquet"):
        run_batch([text], out=tmp_path / "out")
    with pytest.raises(ConfigError, match="does not exist"):
        run_batch([tmp_path / "missing.jsonl"], out=tmp_path / "out")
