"""Tacitus: news text in, sourced and deduplicated conflict and protest events out.

Importing ``tacitus`` loads nothing heavy; models and data load on first use.

    >>> import tacitus
    >>> events = tacitus.extract(text, published="2019-12-31")   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from tacitus.pipeline import Pipeline, PipelineConfig
    from tacitus.records import Article, Event

__all__ = ["Article", "Event", "Pipeline", "PipelineConfig", "__version__", "extract"]


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    pipeline: Pipeline | None = None,
) -> list[Event]:
    """The events in one text, dated against ``published``.

    Without ``pipeline`` a default one is loaded for this call; pass a
    :class:`Pipeline` to reuse loaded models across many texts.
    """
    from tacitus.pipeline import Pipeline

    runner = pipeline or Pipeline()
    return runner.extract(text, published=published, title=title)


def __getattr__(name: str) -> Any:
    if name in ("Pipeline", "PipelineConfig"):
        from tacitus import pipeline

        return getattr(pipeline, name)
    if name in ("Article", "Event"):
        from tacitus import records

        return getattr(records, name)
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")
