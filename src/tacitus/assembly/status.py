"""Whether a frame reports a new event, or background, aggregate or unreal ones."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline.doc import Frame
from tacitus.records.event import EventStatus

BACKGROUND_AFTER_DAYS = 60


def frame_status(frame: Frame, *, published: dt.date | None) -> EventStatus:
    """The status a frame's event gets, from modality, aggregation and its date."""
    if frame.modality in ("future", "hypothetical", "negated"):
        return frame.modality  # type: ignore[return-value]
    date = frame.date
    if frame.aggregate:
        return "aggregate"
    if date is not None and date.kind == "span_back":
        return "aggregate" if frame.trigger.pos == "NOUN" and frame.counts else "background"
    if date is not None and published is not None:
        if date.precision == "year" and date.start_date.year < published.year:
            return "background"
        if (published - date.end_date).days > BACKGROUND_AFTER_DAYS:
            return "background"
    return "new"
