"""``tacitus``: extract events from news articles, query and export them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.cli import batch_cmd, commands, dedup_cmd
from tacitus.cli.eval_app import eval_app
from tacitus.cli.serve_cmd import serve

app = typer.Typer(
    name="tacitus",
    help="Turn news articles into a sourced database of conflict and protest events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(eval_app, name="eval")
app.command()(serve)
app.command("dedup")(dedup_cmd.dedup)
app.command("batch")(batch_cmd.batch)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file (created if missing).")]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="jsonl | acled-csv | geojson | plover-jsonl | ucdp-ged-csv | gdelt-tsv (default: "
        "from --out's suffix, else a table on the terminal)",
    ),
]
OutOption = Annotated[
    Path | None, typer.Option("--out", "-o", help="Write here instead of printing a table.")
]
DEFAULT_DB = Path("tacitus.db")


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from None


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    db: DbOption = DEFAULT_DB,
    out: OutOption = None,
    fmt: FormatOption = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date for articles that state none.")
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Extract articles already stored unchanged again, replacing their events "
            "(after upgrading Tacitus).",
        ),
    ] = False,
) -> None:
    """Read articles (.txt, .json, .jsonl, .html, folders), extract events, store them."""
    code = commands.extract(
        paths,
        db=db,
        out=out,
        fmt=fmt,
        published=_date(published, "--published"),
        force=force,
        console=Console(),
        errors=Console(stderr=True),
    )
    raise typer.Exit(code)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="ISO-3 country code.")] = None,
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="ACLED event or sub-event type, or PLOVER type.")
    ] = None,
    status: Annotated[str | None, typer.Option(help="new, background, aggregate, ...")] = None,
    out: OutOption = None,
    fmt: FormatOption = None,
) -> None:
    """Query stored events."""
    code = commands.query(
        db=db,
        filters={
            "country": country.upper() if country else None,
            "since": _date(since, "--since"),
            "until": _date(until, "--until"),
            "event_type": event_type,
            "status": status,
        },
        out=out,
        fmt=fmt,
        console=Console(),
    )
    raise typer.Exit(code)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = None,
    out: OutOption = None,
) -> None:
    """Write every stored event in one format (to --out, else standard output)."""
    raise typer.Exit(commands.export_all(db=db, fmt=fmt, out=out, console=Console()))


@app.command("geoparse")
def geoparse(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl")] = "jsonl",
    published: Annotated[
        str | None, typer.Option(help="Publication date for articles that state none.")
    ] = None,
) -> None:
    """Write one JSON line per toponym (place, coordinates, event location) to stdout."""
    from tacitus.cli.geoparse_cmd import geoparse as run

    day = _date(published, "--published")
    raise typer.Exit(run(paths, fmt=fmt, published=day, errors=Console(stderr=True)))


@app.command()
def failures(db: DbOption = DEFAULT_DB) -> None:
    """List the inputs that could not be processed, with the reason."""
    raise typer.Exit(commands.list_failures(db=db, console=Console()))


def main() -> None:
    """Entry point of the ``tacitus`` script."""
    app()
