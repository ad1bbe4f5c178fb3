"""Which noun a date written on it dates: "Monday's verdict", "the March 3 raid".

A date written before a noun as its possessor or modifier says when that thing happened,
and nothing else in the sentence: "rebels denied Monday's raid" dates the raid, not the
denial; "Wednesday's verdict ended the trial of the men arrested in May" dates the
verdict, not the arrests. When the noun is an event's trigger ("the March 3 arrest of a
reporter"), the date is that event's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.linking.tree import phrase_top

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.mentions.dates import DateMention

__all__ = ["noun_dated"]

_PREMODIFIERS: Final = frozenset({"poss", "compound", "nmod", "npadvmod", "amod"})
# Nouns that are parts of a day, not things that happened on it ("Monday night").
_TIME_NOUNS: Final = frozenset(
    {"night", "morning", "evening", "afternoon", "noon", "midnight", "dawn", "dusk"}
    | {"time", "hour", "day", "week", "weekend", "month", "year", "date"}
)


def noun_dated(doc: Doc, mention: DateMention, *, triggers: set[int]) -> Token | None:
    """The noun the date at ``mention`` is written before as its possessor or modifier
    ("Monday's verdict", "the March 3 raid"); None when the date modifies anything else,
    a part of the day, or one of the event's ``triggers``."""
    node = phrase_top(doc, mention.start, mention.end)
    if node is None:
        return None
    head = node.head
    if head.i <= node.i or head.i in triggers or node.dep_ not in _PREMODIFIERS:
        return None
    if head.pos_ != "NOUN" or head.lemma_.lower() in _TIME_NOUNS:
        return None
    return head
