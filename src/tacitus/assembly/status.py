"""Whether a frame reports a new event, or background, aggregate or unreal ones."""

from __future__ import annotations

import datetime as dt

from tacitus.linking.references import BEGAN, DOERS_SAID, LOOKS_BACK, PERFECT, SINCE_THEN
from tacitus.linking.standing import STANDING
from tacitus.mentions.dates import DateMention
from tacitus.pipeline.doc import Frame
from tacitus.records.event import EventStatus

BACKGROUND_AFTER_DAYS = 60
WAVE_STARTED_DAYS = 7
"""A wave the story is in ("the unrest began on Oct. 18") started longer ago than this is
background: its start is no event of the story's days."""


def _date_status(frame: Frame, published: dt.date | None) -> EventStatus:
    date = frame.date
    if date is None and frame.sentence_date is not None:
        context = _date_status_of(frame.sentence_date, frame, published)
        return context if context in ("background", "aggregate") else "new"
    if date is None:
        return "new"
    return _date_status_of(date, frame, published)


def _window_status(date: DateMention, frame: Frame) -> EventStatus | None:
    """A window reaching back ("over the past two weeks") sums up or sets the scene; so
    does a state "since" a month or a year ("shaken since the start of the year by a war")."""
    if date.kind == "span_back":
        return "aggregate" if frame.trigger.pos == "NOUN" and frame.counts else "background"
    if date.kind == "since" and date.precision in ("month", "year"):
        return "background"
    return None


def _date_status_of(date: DateMention, frame: Frame, published: dt.date | None) -> EventStatus:
    settled = _window_status(date, frame) or _coming_day(date, published)
    if settled is not None:
        return settled
    if published is None:
        return "new"
    if PERFECT in frame.cues and _so_far(date, published):
        return "aggregate" if frame.counts else "background"
    if BEGAN in frame.cues and (published - date.end_date).days > WAVE_STARTED_DAYS:
        return "background"
    old_year = date.precision == "year" and date.start_date.year < published.year
    if old_year or (published - date.end_date).days > BACKGROUND_AFTER_DAYS:
        return "background"
    return "new"


def _coming_day(date: DateMention, published: dt.date | None) -> EventStatus | None:
    """A day read against the publication day that falls after it is still to come
    ("called a march for Saturday"); a date written out with its year is left to the
    words around it, which say whether it is planned ("set for March 3, 2027")."""
    if published is None or date.precision != "day" or date.start_date <= published:
        return None
    return "future" if "publication date" in date.reason else None


def past_month(date: DateMention, published: dt.date) -> bool:
    """A date that is a whole month, over before the publication month ("last month", "in
    June" in an August report): the week's news is told by its day; only a month not yet
    over ("this month") may hold it."""
    return date.precision == "month" and date.end_date < published.replace(day=1)


def _so_far(date: DateMention, published: dt.date) -> bool:
    """ "Three journalists have been kidnapped this year": the present perfect with the
    current year or month is a tally up to now, not one event."""
    return date.precision in ("year", "month") and date.start_date <= published <= date.end_date


def _tally_since(frame: Frame) -> bool:
    """A count told "since" a day is a tally up to now, not one event: "1,000 people have
    been killed in the fighting since April", "clashes since Sunday have left nine dead",
    "300 people have been killed since then"."""
    date = frame.date
    since = SINCE_THEN in frame.cues or (date is not None and date.kind == "since")
    return since and bool(frame.counts)


def frame_status(frame: Frame, *, published: dt.date | None) -> EventStatus:
    """The status a frame's event gets, from modality, aggregation and its date."""
    if frame.modality in ("future", "hypothetical", "negated"):
        return frame.modality  # type: ignore[return-value]
    if frame.aggregate or _tally_since(frame):
        return "aggregate"
    if frame.habitual or (frame.generic_plural and frame.date is None and not frame.counts):
        return "background"
    if LOOKS_BACK in frame.cues and frame.date is None:
        return "background"  # "Six months prior to this incident, ..."
    return _date_status(frame, published)


def statement_status(status: EventStatus, frames: list[Frame]) -> EventStatus:
    """A statement event every mention of which states a standing position or sums up
    the past ("Moscow denies ...", "rights groups have urged ...") is background, not a
    statement of the day (:mod:`tacitus.linking.standing`); so is one the doers of an act
    said as they acted ("the attackers went from house to house and accused villagers of
    informing"): no public statement."""
    aside = {STANDING, DOERS_SAID}
    if status == "new" and frames and all(f.cues & aside for f in frames):
        return "background"
    return status
