"""The analyst's desk: an HTTP API and web page over the event store (FastAPI)."""

from tacitus.api.app import create_app

__all__ = ["create_app"]
