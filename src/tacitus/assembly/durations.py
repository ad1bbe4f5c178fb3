"""Acts told with how long they lasted: "three days of clashes", "two weeks of protests".

The day the text gives such an act ("... left 20 people dead, officials said on
Thursday") is the day it had reached; the act itself spans the days before it too. The
event's date becomes that span, ending on the day found and starting the stated number of
days earlier, with the precision of the span (a week or less: ``week``, ACLED
time_precision 2; longer: ``month``). Only a counted span of days or weeks does this;
"hours of clashes" stays within its day, and "days of clashes" says no number.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from tacitus.mentions.date_relative import NUMBER_WORDS
from tacitus.records.event import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.pipeline.doc import Frame

_UNIT_DAYS: Final = {"day": 1, "week": 7}
_WEEK: Final = 7
_LONGEST: Final = 62  # a span longer than two months is no event's own


def _count(period: Token) -> int | None:
    """The number of a period noun ("three days", "a week", "10 days")."""
    for child in period.children:
        if child.dep_ not in ("nummod", "det"):
            continue
        word = child.lower_
        if word in NUMBER_WORDS:
            return NUMBER_WORDS[word]
        if child.like_num and word.isdigit():
            return int(word)
    return None


def lasting_days(doc: Doc, frames: list[Frame]) -> tuple[int, Token] | None:
    """How many days the act lasted, and its period noun, when a trigger is the "of"
    object of a counted period ("three days of clashes")."""
    for frame in frames:
        trigger = doc[frame.trigger.head]
        prep = trigger.head
        if trigger.dep_ != "pobj" or prep.lower_ != "of":
            continue
        period = prep.head
        unit = _UNIT_DAYS.get(period.lemma_.lower())
        number = _count(period) if unit is not None else None
        if unit is not None and number is not None and 1 < number * unit <= _LONGEST:
            return number * unit, period
    return None


def stretched(date: EventDate, days: int, period: Token) -> EventDate:
    """``date`` widened to the ``days`` up to its last day."""
    end = dt.date.fromisoformat(date.end)
    start = end - dt.timedelta(days=days - 1)
    phrase = period.doc[period.left_edge.i : period.i + 1].text
    return date.model_copy(
        update={
            "start": start.isoformat(),
            "precision": "week" if days <= _WEEK else "month",
            "reason": f"{date.reason}; the act lasted {phrase} up to that day",
        }
    )
