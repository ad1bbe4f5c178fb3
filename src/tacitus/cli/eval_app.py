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
