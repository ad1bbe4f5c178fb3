"""``tacitus geoparse`` and the geoparsing evaluations behind ``tacitus eval``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console

from tacitus.cli.commands import EXIT_ERROR, EXIT_FAILURES, EXIT_OK, say
from tacitus.errors import TacitusError
from tacitus.evaluation.scorecard import Scorecard

FORMATS = ("jsonl",)


def geoparse(
    paths: Sequence[Path],
    *,
    fmt: str,
    published: dt.date | None,
    errors: Console,
    out: TextIO | None = None,
) -> int:
    """Write one JSON line per toponym of every article in ``paths``; return the exit code.

    Inputs that cannot be read, and articles whose events cannot be extracted (their
    toponyms are still written), get a line on ``errors`` and exit code 1.
    """
    from tacitus.geoparse.articles import geoparse_article
    from tacitus.ingest import LoadFailure, iter_articles
    from tacitus.pipeline import Pipeline

    if fmt not in FORMATS:
        say(errors, f"error: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return EXIT_ERROR
    target = out or sys.stdout
    code = EXIT_OK
    pipeline = Pipeline()
    try:
        for item in iter_articles(list(paths), published=published):
            if isinstance(item, LoadFailure):
                say(errors, str(item))
                code = EXIT_FAILURES
                continue
            toponyms, error = geoparse_article(item, pipeline=pipeline, published=published)
            if error is not None:
                say(errors, f"{item.path or item.id}: no events ({error}); toponyms written")
                code = EXIT_FAILURES
            for toponym in toponyms:
                target.write(json.dumps(toponym.as_dict(), ensure_ascii=False) + "\n")
    except TacitusError as exc:
        say(errors, f"error: {exc}")
        return EXIT_ERROR
    finally:
        pipeline.close()
    return code


def run_geoparse_eval(data: Path, *, limit: int | None) -> list[Scorecard]:
    """Scorecards of the geoparser on each gold set in ``data``."""
    from tacitus.evaluation.geoparse import evaluate
    from tacitus.geoparse import Geoparser

    geoparser = Geoparser()
    try:
        return evaluate(data, geoparser=geoparser, limit=limit)
    finally:
        geoparser.close()
