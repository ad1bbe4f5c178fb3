"""``tacitus serve``: the analyst's desk (HTTP API and web page) over a store."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer


def parse_tokens(pairs: list[str]) -> dict[str, str]:
    """``["ana=s3cret", ...]`` as ``{"ana": "s3cret"}``; BadParameter for a malformed pair."""
    tokens: dict[str, str] = {}
    for pair in pairs:
        name, sep, secret = pair.partition("=")
        if not sep or not name.strip() or not secret:
            raise typer.BadParameter(f"{pair!r} is not NAME=SECRET", param_hint="--token")
        tokens[name.strip()] = secret
    return tokens


def serve(
    db: Annotated[Path, typer.Option("--db", help="SQLite database file.")] = Path("tacitus.db"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        list[str] | None,
        typer.Option(help="A reviewer's NAME=SECRET (repeat for several); writes need one."),
    ] = None,
    private: Annotated[bool, typer.Option("--private", help="Reads need a token too.")] = False,
    workers: Annotated[
        int, typer.Option(min=1, help="Server processes (one per CPU core is typical).")
    ] = 1,
    threads: Annotated[
        int, typer.Option(min=1, help="Worker threads per process for slow queries.")
    ] = 8,
    cache_seconds: Annotated[
        float, typer.Option(min=0.0, help="How long per-filter totals are reused (0: never).")
    ] = 5.0,
    log_level: Annotated[
        str, typer.Option(help="uvicorn's log level; 'warning' drops the access log.")
    ] = "info",
) -> None:
    """Serve the HTTP API (/api, /openapi.json) and the web page (/) over the store."""
    import uvicorn

    from tacitus.api import create_app
    from tacitus.api.app import DESK_ENV
    from tacitus.api.database import Database

    tokens = parse_tokens(token or [])
    if workers == 1:
        app = create_app(
            db=str(db),
            tokens=tokens,
            public_reads=not private,
            threads=threads,
            cache_seconds=cache_seconds,
        )
        uvicorn.run(app, host=host, port=port, log_level=log_level)
        return
    Database(str(db))  # schema and indexes once, before the workers start
    os.environ[DESK_ENV] = json.dumps(  # read by each worker process
        {
            "db": str(db),
            "tokens": tokens,
            "public_reads": not private,
            "threads": threads,
            "cache_seconds": cache_seconds,
        }
    )
    uvicorn.run(
        "tacitus.api.app:app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level=log_level,
    )
