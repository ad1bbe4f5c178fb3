"""The app factory: the analyst's desk API and web page over one store."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tacitus.api import routes_articles, routes_events, routes_export, routes_reviews
from tacitus.api.auth import Access
from tacitus.api.database import Database
from tacitus.api.errors import install_error_handlers
from tacitus.api.routes_web import CONTENT_SECURITY_POLICY, mount_web
from tacitus.api.state import Desk
from tacitus.api.uploads import Extractor
from tacitus.errors import TacitusError
from tacitus.pipeline import Pipeline

PipelineFactory = Callable[[], Pipeline]
DEFAULT_THREADS = 8
DEFAULT_CACHE_SECONDS = 5.0
DESK_ENV = "TACITUS_DESK"


def create_app(
    *,
    db: str,
    tokens: Mapping[str, str] | None,
    public_reads: bool,
    pipeline_factory: PipelineFactory = Pipeline,
    threads: int = DEFAULT_THREADS,
    cache_seconds: float = DEFAULT_CACHE_SECONDS,
) -> FastAPI:
    """The FastAPI app serving the store at ``db`` (a path or ``sqlite:///file.db``).

    ``tokens`` maps each reviewer's name to their secret; every write needs one, and no
    tokens means no writes. ``public_reads`` lets reads through without a token.
    ``pipeline_factory`` builds the extraction pipeline on the first upload. ``threads``
    sizes the pool that runs the (blocking, SQLite) endpoints: a few threads keep the
    interpreter lock from thrashing. ``cache_seconds`` is how long a per-filter total or
    aggregate is reused (0: never).
    """
    desk = Desk(
        database=Database(db, cache_seconds=cache_seconds),
        access=Access(tokens=dict(tokens or {}), public_reads=public_reads),
        extractor=Extractor(pipeline_factory),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        desk.extractor.close()

    app = FastAPI(
        title="Tacitus analyst's desk",
        summary="Events extracted from news, their evidence, and their review.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.desk = desk
    install_error_handlers(app)
    for module in (routes_events, routes_reviews, routes_articles, routes_export):
        app.include_router(module.router)
    mount_web(app)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app ``$TACITUS_DESK`` describes, for uvicorn's worker processes (``--workers N``).

    The variable holds a JSON object of :func:`create_app`'s options: ``db``, ``tokens``,
    ``public_reads``, ``threads`` and ``cache_seconds``.
    """
    text = os.environ.get(DESK_ENV)
    if not text:
        raise TacitusError(f"${DESK_ENV} is not set", code="bad_config")
    options = json.loads(text)
    return create_app(
        db=str(options["db"]),
        tokens=options.get("tokens") or {},
        public_reads=bool(options.get("public_reads", True)),
        threads=int(options.get("threads", DEFAULT_THREADS)),
        cache_seconds=float(options.get("cache_seconds", DEFAULT_CACHE_SECONDS)),
    )


class SecurityHeaders:
    """ASGI middleware adding the content security policy and related headers."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the headers to the response."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
            await send(message)

        await self.app(scope, receive, send_with_headers)
