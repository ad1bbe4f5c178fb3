"""The web page: its HTML files and static assets, served from the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

router = APIRouter(include_in_schema=False)

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
"""No inline script, nothing from elsewhere: a second guard behind escaping everything."""


def static_dir() -> Path:
    """The folder of the web page's files inside the installed package."""
    return Path(str(files("tacitus.web") / "static"))


def _page(name: str) -> FileResponse:
    return FileResponse(static_dir() / name, media_type="text/html; charset=utf-8")


@router.get("/")
def map_page() -> FileResponse:
    """The map, timeline and table."""
    return _page("index.html")


@router.get("/event/{event_id}")
def event_page(event_id: str) -> FileResponse:
    """One event: record, highlighted article text, review actions (filled in by script)."""
    del event_id  # the page's script reads it from the address
    return _page("event.html")


@router.get("/review")
def review_page() -> FileResponse:
    """The review queue."""
    return _page("review.html")


def mount_web(app: FastAPI) -> None:
    """Serve the pages and ``/static``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
