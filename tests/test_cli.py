"""End-to-end tests of the ``tacitus`` command, as a user sees it (typer's CliRunner).

Every test runs on two or three short reports written for these tests, in a temporary
folder; the session's loaded pipeline stands in for the one the command would load.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import tacitus.pipeline
from tacitus.cli.app import app
from tacitus.components import default_registry
from tacitus.export import ACLED_COLUMNS
from tacitus.pipeline import Pipeline, PipelineConfig
from tacitus.pipeline.config import DEFAULT_COMPONENTS
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.registry import Component, ComponentSpec
from tacitus.pipeline.resources import Resources
from tacitus.records import Article, Event
from tacitus.store import SQLiteStore

MALI = "mali-mopti-ambush_2022-08-09"
KENYA = "nairobi-teachers-protest_2023-03-14"
ARTICLES = {
    MALI: (
        "Soldiers killed in ambush in central Mali\n\n"
        "BAMAKO, Aug 9 (Tacitus Test Wire) - Suspected jihadist fighters ambushed an army "
        "patrol near the town of Mopti on Sunday, killing at least seven soldiers and wounding "
        "11 others, the army said in a statement.\n\n"
        "The army said its troops fought back and that reinforcements had been sent to the "
        "area.\n"
    ),
    KENYA: (
        "Teachers protest in Nairobi over unpaid wages\n\n"
        "NAIROBI, March 14 (Tacitus Test Wire) - About 3,000 teachers protested peacefully in "
        "central Nairobi on Monday over wages they say have not been paid since January, their "
        "union said.\n\n"
        "The teachers carried placards and sang as they walked from the union offices to the "
        "Ministry of Education, where their leaders handed over a petition. No incidents were "
        "reported.\n"
    ),
}
SUMMARY = re.compile(
    r"(?P<articles>\d+) articles \((?P<unchanged>\d+) unchanged, (?P<revised>\d+) revised\), "
    r"(?P<events>\d+) events, (?P<failed>\d+) failed; database: (?P<db>.+)$"
)

Invoke = Callable[..., Result]


@pytest.fixture(autouse=True)
def loaded_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> Pipeline:
    """The command builds ``Pipeline()``; hand it the session's loaded one instead."""
    monkeypatch.setattr(tacitus.pipeline, "Pipeline", lambda *a, **k: pipeline)
    return pipeline


@pytest.fixture
def invoke() -> Invoke:
    """Run ``tacitus ARGS...`` and return click's result (stdout and stderr apart)."""
    runner = CliRunner()

    def run(*args: object) -> Result:
        return runner.invoke(app, [str(arg) for arg in args])

    return run


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A folder holding the two test articles."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for stem, text in ARTICLES.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Where the test database goes (not created yet)."""
    return tmp_path / "events.db"


def summary(result: Result) -> dict[str, str]:
    """The fields of the final summary line on standard error."""
    match = SUMMARY.search(result.stderr.strip().splitlines()[-1])
    assert match is not None, result.stderr
    return match.groupdict()


def jsonl_events(text: str) -> list[Event]:
    """Events from JSON Lines, each validated as the record."""
    return [Event.model_validate_json(line) for line in text.splitlines() if line.strip()]


def exported(invoke: Invoke, db: Path) -> list[Event]:
    """Every stored event, through ``tacitus export --format jsonl``."""
    result = invoke("export", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return jsonl_events(result.stdout)


def store_counts(db: Path) -> tuple[int, int, int, int]:
    """(articles, events, failures, revisions) in the store."""
    with SQLiteStore.open(db) as store:
        stats = store.stats()
    return stats.articles, stats.events, stats.failures, stats.revisions


# -- extract ------------------------------------------------------------------------------


def test_extract_prints_a_table_and_a_summary_naming_the_database(
    invoke: Invoke, inbox: Path, db: Path
) -> None:
    result = invoke("extract", inbox, "--db", db)
    assert result.exit_code == 0, result.output
    assert "Mopti" in result.stdout and "Nairobi" in result.stdout
    assert "date" in result.stdout and "killed" in result.stdout
    fields = summary(result)
    assert fields["articles"] == "2" and fields["failed"] == "0"
    assert fields["unchanged"] == "0" and fields["revised"] == "0"
    assert fields["db"] == str(db)
    assert int(fields["events"]) == store_counts(db)[1] >= 2


def test_extract_to_jsonl_writes_valid_event_records(
    invoke: Invoke, inbox: Path, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "events.jsonl"
    result = invoke("extract", inbox, "--db", db, "--out", out, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    events = jsonl_events(out.read_text(encoding="utf-8"))
    assert {article for e in events for article in e.article_ids} == set(ARTICLES)
    assert f"wrote {len(events)} events (jsonl) to {out}" in result.stdout
    mali = next(e for e in events if e.article_ids == [MALI])
    assert mali.location is not None and mali.location.country == "MLI"
    assert mali.counts["fatalities"].best == 7 and mali.counts["fatalities"].hedge == "at least"


@pytest.mark.parametrize("fmt", ["acled-csv", None])
def test_extract_to_acled_csv_has_the_acled_header(
    invoke: Invoke, inbox: Path, db: Path, tmp_path: Path, fmt: str | None
) -> None:
    out = tmp_path / "events.csv"
    options = ["--format", fmt] if fmt else []  # without --format, the .csv suffix decides
    result = invoke("extract", inbox, "--db", db, "--out", out, *options)
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(ACLED_COLUMNS)
    assert len(rows) >= 3
    assert {row[ACLED_COLUMNS.index("country")] for row in rows[1:]} == {"Mali", "Kenya"}


def test_extract_to_geojson_writes_a_feature_collection(
    invoke: Invoke, inbox: Path, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "events.geojson"
    result = invoke("extract", inbox, "--db", db, "--out", out, "--format", "geojson")
    assert result.exit_code == 0, result.output
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) >= 2
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_rerun_on_the_same_inputs_changes_nothing(invoke: Invoke, inbox: Path, db: Path) -> None:
    first = invoke("extract", inbox, "--db", db)
    before, counts = exported(invoke, db), store_counts(db)
    second = invoke("extract", inbox, "--db", db)
    assert first.exit_code == second.exit_code == 0, second.output
    fields = summary(second)
    assert fields["articles"] == fields["unchanged"] == "2"
    assert fields["events"] == summary(first)["events"]
    assert [e.event_id for e in exported(invoke, db)] == [e.event_id for e in before]
    assert store_counts(db) == counts


def test_force_extracts_stored_articles_again(
    invoke: Invoke,
    inbox: Path,
    db: Path,
    loaded_pipeline: Pipeline,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After an upgrade, ``--force`` reads unchanged articles again and replaces their
    events in place: no duplicates, the same ids for the same reading."""
    invoke("extract", inbox, "--db", db)
    before, counts = exported(invoke, db), store_counts(db)
    read: list[str] = []
    pipe = loaded_pipeline.pipe

    def counting(articles: Iterable[Article], *args: Any, **kwargs: Any) -> Any:
        return pipe((read.append(a.id) or a for a in articles), *args, **kwargs)

    monkeypatch.setattr(loaded_pipeline, "pipe", counting)
    plain = invoke("extract", inbox, "--db", db)
    assert read == [] and summary(plain)["unchanged"] == "2"
    forced = invoke("extract", inbox, "--db", db, "--force")
    assert forced.exit_code == 0, forced.output
    assert sorted(read) == sorted([MALI, KENYA])
    assert [e.event_id for e in exported(invoke, db)] == [e.event_id for e in before]
    assert store_counts(db) == counts


def test_a_new_version_replaces_the_events_and_keeps_the_revision(
    invoke: Invoke, inbox: Path, db: Path
) -> None:
    invoke("extract", inbox, "--db", db)
    path = inbox / f"{MALI}.txt"
    path.write_text(ARTICLES[MALI].replace("seven soldiers", "nine soldiers"), encoding="utf-8")

    result = invoke("extract", inbox, "--db", db)
    assert result.exit_code == 0, result.output
    fields = summary(result)
    assert (fields["unchanged"], fields["revised"]) == ("1", "1")
    mali = [e for e in exported(invoke, db) if e.article_ids == [MALI]]
    killed = [e.counts["fatalities"] for e in mali if "fatalities" in e.counts]
    assert [count.best for count in killed] == [9]  # the old count of 7 is gone
    assert "nine soldiers" in killed[0].text
    with SQLiteStore.open(db) as store:
        revisions = store.revisions(MALI)
        current = store.article(MALI)
    assert [r.revision for r in revisions] == [1]
    assert "seven soldiers" in revisions[0].text
    assert current is not None and "nine soldiers" in current.text


# -- bad inputs ---------------------------------------------------------------------------


@pytest.fixture
def mixed_inbox(inbox: Path) -> tuple[Path, dict[str, str]]:
    """The good articles plus one of each kind of bad input; returns the expected codes."""
    (inbox / f"{KENYA}.txt").unlink()
    (inbox / "blank_2023-01-02.txt").write_bytes(b"")
    (inbox / "scan_2023-01-02.txt").write_bytes(bytes(range(256)) * 8)
    (inbox / "latin1_2023-01-02.txt").write_bytes(
        "Protest in Bogot\u00e1\n\nStudents marched in Bogot\u00e1 on Monday.\n".encode("cp1252")
    )
    (inbox / "undated.txt").write_text(
        "Shops close in Gao after attack\n\nGunmen attacked a market in Gao on Monday, "
        "killing three traders, residents said.\n",
        encoding="utf-8",
    )
    feed = {
        "id": "feed-kenya",
        "published": "2023-03-14",
        "text": ARTICLES[KENYA].split("\n\n", 1)[1],
    }
    (inbox / "feed.jsonl").write_text(
        json.dumps(feed) + "\n" + '{"id": "broken", "text": "unterminated\n', encoding="utf-8"
    )
    expected = {
        str(inbox / "blank_2023-01-02.txt"): "empty",
        str(inbox / "scan_2023-01-02.txt"): "binary",
        str(inbox / "latin1_2023-01-02.txt"): "not_utf8",
        f"{inbox / 'feed.jsonl'}:2": "bad_json",
        str(inbox / "undated.txt"): "no_date",
    }
    return inbox, expected


def _error_lines(stderr: str) -> dict[str, str]:
    """``source -> code`` from the ``error: SOURCE: REASON [CODE]`` lines."""
    found: dict[str, str] = {}
    for line in stderr.splitlines():
        match = re.fullmatch(r"error: (.+?): .+ \[(\w+)\]", line)
        if match:
            assert match.group(1) not in found, f"two lines for {match.group(1)}"
            found[match.group(1)] = match.group(2)
    return found


def test_bad_inputs_each_get_one_line_and_the_good_ones_are_stored(
    invoke: Invoke, mixed_inbox: tuple[Path, dict[str, str]], db: Path
) -> None:
    folder, expected = mixed_inbox
    result = invoke("extract", folder, "--db", db)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert _error_lines(result.stderr) == expected
    assert "Traceback" not in result.output
    assert summary(result)["failed"] == str(len(expected))
    with SQLiteStore.open(db) as store:
        assert store.article(MALI) is not None
        assert store.article("feed-kenya") is not None
        assert {f.source: f.code for f in store.failures()} == expected
    listed = invoke("failures", "--db", db)
    assert listed.exit_code == 0
    for source, code in expected.items():
        assert any(
            line.startswith(f"{source}: ") and line.endswith(f"[{code}]")
            for line in listed.stdout.splitlines()
        ), (source, listed.stdout)


def test_an_undated_article_says_how_to_give_a_date_and_published_fixes_it(
    invoke: Invoke, mixed_inbox: tuple[Path, dict[str, str]], db: Path
) -> None:
    folder, _ = mixed_inbox
    undated = folder / "undated.txt"
    result = invoke("extract", undated, "--db", db)
    assert result.exit_code == 1
    line = result.stderr.splitlines()[0]
    assert line.startswith(f"error: {undated}: ") and line.endswith("[no_date]")
    for hint in ("--published", "published", "_YYYY-MM-DD", "dateline"):
        assert hint in line

    fixed = invoke("extract", undated, "--db", db, "--published", "2023-06-05")
    assert fixed.exit_code == 0, fixed.output
    with SQLiteStore.open(db) as store:
        assert store.failures() == []
        assert store.article("undated") is not None


# -- events, export, failures --------------------------------------------------------------


@pytest.fixture
def filled_db(invoke: Invoke, inbox: Path, db: Path) -> list[Event]:
    """``db`` after extracting the test articles; returns every stored event."""
    result = invoke("extract", inbox, "--db", db)
    assert result.exit_code == 0, result.output
    return exported(invoke, db)


def _query(invoke: Invoke, db: Path, *options: str) -> list[Event]:
    result = invoke("events", "--db", db, "--format", "jsonl", *options)
    assert result.exit_code == 0, result.output
    return jsonl_events(result.stdout)


def _ids(events: list[Event]) -> set[str]:
    return {e.event_id for e in events}


def test_events_filters_by_country(invoke: Invoke, db: Path, filled_db: list[Event]) -> None:
    in_mali = [e for e in filled_db if e.location and e.location.country == "MLI"]
    assert in_mali
    assert _ids(_query(invoke, db, "--country", "MLI")) == _ids(in_mali)
    assert _ids(_query(invoke, db, "--country", "mli")) == _ids(in_mali)
    assert _query(invoke, db, "--country", "NOR") == []


def test_events_filters_by_date_range(invoke: Invoke, db: Path, filled_db: list[Event]) -> None:
    late = _query(invoke, db, "--since", "2023-01-01")
    early = _query(invoke, db, "--until", "2022-12-31")
    assert late and early
    assert all(e.date.end >= "2023-01-01" for e in late)
    assert all(e.date.start <= "2022-12-31" for e in early)
    assert _ids(late) | _ids(early) == _ids(filled_db)
    assert _query(invoke, db, "--since", "2022-08-01", "--until", "2022-08-31") == early


def test_events_filters_by_type(invoke: Invoke, db: Path, filled_db: list[Event]) -> None:
    battles = [e for e in filled_db if e.acled and e.acled.event_type == "Battles"]
    protests = [e for e in filled_db if e.plover.event == "PROTEST"]
    assert battles and protests
    assert _ids(_query(invoke, db, "--type", "Battles")) == _ids(battles)
    assert _ids(_query(invoke, db, "--type", "protest")) == _ids(protests)


def test_events_prints_a_table_without_format(
    invoke: Invoke, db: Path, filled_db: list[Event]
) -> None:
    result = invoke("events", "--db", db, "--country", "KEN")
    assert result.exit_code == 0
    assert "Nairobi" in result.stdout and "Mopti" not in result.stdout
    assert "no events" in invoke("events", "--db", db, "--country", "NOR").stdout


def test_export_writes_a_file(
    invoke: Invoke, db: Path, filled_db: list[Event], tmp_path: Path
) -> None:
    out = tmp_path / "all.jsonl"
    result = invoke("export", "--db", db, "--out", out)
    assert result.exit_code == 0, result.output
    assert _ids(jsonl_events(out.read_text(encoding="utf-8"))) == _ids(filled_db)
    assert f"wrote {len(filled_db)} events (jsonl) to {out}" in result.stdout
    plover = invoke("export", "--db", db, "--format", "plover-jsonl")
    assert plover.exit_code == 0
    assert all(json.loads(line) for line in plover.stdout.splitlines())


def test_export_chooses_binary_parquet_and_gdelt_rows_from_the_suffix(
    invoke: Invoke, db: Path, filled_db: list[Event], tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "all.parquet"
    result = invoke("export", "--db", db, "--out", out)
    assert result.exit_code == 0, result.output
    assert f"(parquet) to {out}" in result.stdout
    assert sorted(pq.read_table(out).column("event_id").to_pylist()) == sorted(_ids(filled_db))
    rows = tmp_path / "gdelt.tsv"
    assert invoke("export", "--db", db, "--out", rows).exit_code == 0
    assert rows.read_text(encoding="utf-8").startswith("GLOBALEVENTID\tSQLDATE\t")


@pytest.mark.parametrize("command", ["events", "export", "failures"])
def test_a_missing_database_exits_2_with_a_clear_message(
    invoke: Invoke, db: Path, command: str
) -> None:
    result = invoke(command, "--db", db)
    assert result.exit_code == 2
    assert f"no database at {db}" in result.stderr
    assert "tacitus extract" in result.stderr and "[no_database]" in result.stderr
    assert not db.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("extract", "{inbox}", "--format", "xml"),
        ("export", "--format", "xml"),
        ("events", "--format", "xml"),
    ],
)
def test_a_bad_format_is_a_clear_error(
    invoke: Invoke, db: Path, inbox: Path, filled_db: list[Event], args: tuple[str, ...]
) -> None:
    result = invoke(*(a.format(inbox=inbox) for a in args), "--db", db)
    assert result.exit_code == 2
    assert "unknown format 'xml'" in result.stderr and "acled-csv" in result.stderr
    assert isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    "args",
    [
        ("events", "--since", "2023-13-01"),
        ("events", "--until", "yesterday"),
        ("extract", "{inbox}", "--published", "14/03/2023"),
    ],
)
def test_a_bad_date_is_a_clear_error(
    invoke: Invoke, db: Path, inbox: Path, args: tuple[str, ...]
) -> None:
    result = invoke(*(a.format(inbox=inbox) for a in args), "--db", db)
    assert result.exit_code == 2
    assert "is not a date (YYYY-MM-DD)" in result.stderr
    assert isinstance(result.exception, SystemExit)
    assert not db.exists()


def test_a_clean_run_after_failures_exits_0(
    invoke: Invoke, mixed_inbox: tuple[Path, dict[str, str]], db: Path
) -> None:
    folder, _ = mixed_inbox
    assert invoke("extract", folder, "--db", db).exit_code == 1
    assert invoke("extract", folder / f"{MALI}.txt", "--db", db).exit_code == 0


# -- a run that stops part way ------------------------------------------------------------


def _pipeline_failing_on(base: Pipeline, *, article_id: str, error: BaseException) -> Pipeline:
    """A pipeline like ``base`` (same loaded resources) whose last step raises on one article."""

    def make_fail(resources: Resources) -> Component:
        def fail(adoc: ArticleDoc) -> ArticleDoc:
            if adoc.article.id == article_id:
                raise error
            return adoc

        return fail

    registry = default_registry()
    registry.add(ComponentSpec("fail", make_fail, ("events",), ()))
    config = PipelineConfig(components=(*DEFAULT_COMPONENTS, "fail"))
    return Pipeline(config, resources=base.resources, registry=registry)


def test_an_interrupted_run_keeps_what_was_saved_and_a_rerun_completes_it(
    invoke: Invoke, inbox: Path, db: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline
) -> None:
    stopping = _pipeline_failing_on(pipeline, article_id=KENYA, error=KeyboardInterrupt())
    monkeypatch.setattr(tacitus.pipeline, "Pipeline", lambda *a, **k: stopping)
    assert invoke("extract", inbox, "--db", db).exit_code == 130  # Ctrl-C on the 2nd article
    with SQLiteStore.open(db) as store:
        assert store.article(MALI) is not None and store.article(KENYA) is None
        saved = _ids(store.events())
    assert saved

    monkeypatch.setattr(tacitus.pipeline, "Pipeline", lambda *a, **k: pipeline)
    resumed = invoke("extract", inbox, "--db", db)
    assert resumed.exit_code == 0, resumed.output
    assert (summary(resumed)["articles"], summary(resumed)["unchanged"]) == ("2", "1")
    clean_db = db.with_name("clean.db")
    assert invoke("extract", inbox, "--db", clean_db).exit_code == 0
    after = sorted(e.event_id for e in exported(invoke, db))
    assert saved <= set(after)
    assert after == sorted(e.event_id for e in exported(invoke, clean_db))
    assert store_counts(db) == store_counts(clean_db)


def test_a_component_error_is_a_stored_failure_and_the_run_goes_on(
    invoke: Invoke, inbox: Path, db: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline
) -> None:
    failing = _pipeline_failing_on(pipeline, article_id=MALI, error=RuntimeError("boom"))
    monkeypatch.setattr(tacitus.pipeline, "Pipeline", lambda *a, **k: failing)
    result = invoke("extract", inbox, "--db", db)
    assert result.exit_code == 1
    source = str(inbox / f"{MALI}.txt")
    assert _error_lines(result.stderr) == {source: "extraction_failed"}
    assert "RuntimeError: boom" in result.stderr
    with SQLiteStore.open(db) as store:
        assert store.article(KENYA) is not None and store.article(MALI) is None
        assert [f.source for f in store.failures()] == [source]


def test_export_says_what_a_format_left_out(
    invoke: Invoke, db: Path, filled_db: list[Event], tmp_path: Path
) -> None:
    old = filled_db[0].model_copy(update={"event_id": "ev_background", "status": "background"})
    article = Article(id="older", text="An older report.", published=dt.date(2020, 1, 2))
    with SQLiteStore.open(db) as store:
        store.save(article, [old])
    out = tmp_path / "acled.csv"
    result = invoke("export", "--db", db, "--out", out)
    assert result.exit_code == 0, result.output
    rows = out.read_text(encoding="utf-8").splitlines()
    assert f"wrote {len(rows) - 1} events (acled-csv) to {out}" in result.stdout
    assert "left out" in result.stdout and "status_background 1" in result.stdout
