"""``tacitus serve``: the analyst's desk (HTTP API and web page) over a store."""

from __future__ import annotations

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
) -> None:
    """Serve the HTTP API (/api, /openapi.json) and the web page (/) over the store."""
    import uvicorn

    from tacitus.api import create_app

    app = create_app(db=str(db), tokens=parse_tokens(token or []), public_reads=not private)
    uvicorn.run(app, host=host, port=port, log_level="info")
