"""``tacitus eval``: score the pipeline against gold data; JSON plus a Markdown table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.cli.commands import say
from tacitus.errors import TacitusError
from tacitus.evaluation.scorecard import Scorecard

eval_app = typer.Typer(help="Evaluate against gold data.", no_args_is_help=True)

OutDir = Annotated[
    Path | None, typer.Option("--out", help="Folder for scorecard .json and .md files.")
]


def _report(card: Scorecard, out: Path | None) -> None:
    console = Console()
    typer.echo(card.to_markdown())
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        stem = f"{card.dataset}-{card.task}".replace(" ", "_")
        (out / f"{stem}.json").write_text(card.to_json() + "\n", encoding="utf-8")
        (out / f"{stem}.md").write_text(card.to_markdown(), encoding="utf-8")
        say(console, f"scorecard written to {out}/{stem}.json and .md")


def _fail(exc: TacitusError) -> None:
    say(Console(stderr=True), f"error: {exc}")
    raise typer.Exit(2)


@eval_app.command("samples")
def samples(
    folder: Annotated[Path, typer.Option(help="Sample folder with _expected.json.")] = Path(
        "samples"
    ),
    out: OutDir = None,
) -> None:
    """End-to-end scores on the bundled sample corpus."""
    from tacitus.evaluation.corpus import extract_folder, load_expected, score
    from tacitus.pipeline import Pipeline

    try:
        expected = load_expected(folder)
        found = extract_folder(folder, pipeline=Pipeline())
        _report(score(expected, found), out)
    except TacitusError as exc:
        _fail(exc)


@eval_app.command("seed")
def seed(
    folder: Annotated[Path, typer.Option(help="Folder holding the seed article.")] = Path(
        "../shared/seed"
    ),
    out: OutDir = None,
) -> None:
    """Check the motivating article's expected events."""
    from tacitus.evaluation.seed import load_seed, score_seed
    from tacitus.pipeline import Pipeline

    try:
        article = load_seed(folder)
        _report(score_seed(Pipeline()(article)), out)
    except TacitusError as exc:
        _fail(exc)


Bench = Annotated[Path, typer.Option("--data", help="Gold data folder.")]


@eval_app.command("hrdsattack")
def hrdsattack(
    data: Bench = Path("../shared/bench/hrdsattack"),
    split: Annotated[str, typer.Option(help="train, dev or test.")] = "dev",
    out: OutDir = None,
) -> None:
    """Event-date accuracy (exact day, month, year) on HRDsAttack articles."""
    from tacitus.evaluation.bench_runs import run_hrdsattack

    try:
        _report(run_hrdsattack(data, split=split), out)
    except TacitusError as exc:
        _fail(exc)


@eval_app.command("counts")
def counts(data: Bench = Path("../shared/bench/plover_gsr"), out: OutDir = None) -> None:
    """Dead / injured / size exact-match rates on the PLOVER gold-standard records."""
    from tacitus.evaluation.bench_runs import run_plover_counts

    try:
        _report(run_plover_counts(data), out)
    except TacitusError as exc:
        _fail(exc)


@eval_app.command("typing")
def typing(
    data: Annotated[Path, typer.Option(help="Bench folder.")] = Path("../shared/bench"),
    out: OutDir = None,
) -> None:
    """PLOVER type and actor accuracy (plover_gsr); triggers and roles (wikievents)."""
    from tacitus.evaluation.typing_eval import evaluate_typing

    try:
        for card in evaluate_typing(data):
            _report(card, out)
    except TacitusError as exc:
        _fail(exc)


@eval_app.command("geoparse")
def geoparse(
    data: Annotated[Path, typer.Option(help="Folder with GWN.xml, lgl.xml, TR-News.xml.")] = Path(
        "../shared/bench/geoparsing"
    ),
    out: OutDir = None,
    limit: Annotated[int | None, typer.Option(help="Articles per set (default: all).")] = None,
) -> None:
    """Toponym recognition and resolution: accuracy@161 km, error, country, recall."""
    from tacitus.cli.geoparse_cmd import run_geoparse_eval

    try:
        for card in run_geoparse_eval(data, limit=limit):
            _report(card, out)
    except TacitusError as exc:
        _fail(exc)


@eval_app.command("event-location")
def event_location(
    data: Bench = Path("../shared/bench/event_location"),
    out: OutDir = None,
    limit: Annotated[int | None, typer.Option(help="Sentences (default: all).")] = None,
) -> None:
    """Choosing the event's place in a sentence: token precision and recall."""
    from tacitus.evaluation.event_location import evaluate
    from tacitus.pipeline.resources import Resources

    try:
        _report(evaluate(data, resources=Resources(), limit=limit), out)
    except TacitusError as exc:
        _fail(exc)


@eval_app.command("dedup")
def dedup(
    data: Annotated[Path, typer.Option("--data", help="Folder holding ECB+/.")] = Path(
        "../shared/bench/ecbplus"
    ),
    all_topics: Annotated[
        bool, typer.Option("--all", help="Every topic, not only conflict.")
    ] = False,
    out: OutDir = None,
) -> None:
    """Cross-document deduplication of ECB+ documents' main events (B-cubed, CoNLL F1)."""
    from tacitus.cli.dedup_cmd import evaluate_dedup

    try:
        _report(evaluate_dedup(data, all_topics=all_topics), out)
    except TacitusError as exc:
        _fail(exc)
