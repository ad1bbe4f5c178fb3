"""An event's date from its frames, or an honest fallback with the reason."""

from __future__ import annotations

from tacitus.pipeline.doc import ArticleDoc, Frame
from tacitus.records.event import EventDate


def event_date(
    frames: list[Frame], adoc: ArticleDoc, *, statement: bool = False
) -> EventDate | None:
    """The first linked date of the frames, else the publication date as a fallback.

    A statement with no date of its own takes a day named in its sentence ("in a
    statement issued on Tuesday, the group said ...").
    """
    dated = [f.date for f in frames if f.date is not None]
    if not dated and statement:
        dated = [
            f.sentence_date
            for f in frames
            if f.sentence_date is not None and f.sentence_date.kind == "point"
        ]
    if dated:
        d = min(dated, key=lambda m: m.start)
        return EventDate(
            start=d.start_date.isoformat(),
            end=d.end_date.isoformat(),
            precision=d.precision,
            text=d.text,
            span=(d.start, d.end),
            reason=d.reason,
        )
    if adoc.published is None:
        return None
    return EventDate(
        start=adoc.published.isoformat(),
        end=adoc.published.isoformat(),
        precision="day",
        text=None,
        span=None,
        reason=f"no date in the text: publication date ({adoc.published_reason})",
    )
