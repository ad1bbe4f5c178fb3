"""A second act told with its verb left out: "killed seven farmers on Sunday and four
more on Tuesday", "Fifteen people were killed on March 2 and another 11 on March 5".

The conjunct after "and" repeats the act with a number and a day of its own, the verb and
the rest of the clause understood from the first. The parser hangs such a conjunct (a
number, or a noun with one) from the verb as its ``conj``; one with a day inside it is a
gapped act. Without a day it is more of the same act ("killed two soldiers and three
civilians"). Counts keep its number apart (``mentions.counts``) and linking makes it an
event of its own (``linking.gapping``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _counted(token: Token) -> bool:
    """A number ("another 11", "four more") or a noun with one ("three policemen")."""
    return token.like_num or any(c.dep_ == "nummod" for c in token.children)


def _has_day(token: Token, days: Sequence[tuple[int, int]]) -> bool:
    """A day (a date's character span) lies inside the conjunct's own words."""
    first, last = token.left_edge, token.right_edge
    start, end = first.idx, last.idx + len(last.text)
    return any(start <= s and e <= end for s, e in days)


def is_gapped(token: Token, days: Sequence[tuple[int, int]]) -> bool:
    """``token`` heads a gapped repeat of the verb it is conjoined to."""
    verb = token.head
    return (
        token.dep_ == "conj"
        and verb.i < token.i
        and verb.pos_ in ("VERB", "AUX")
        and _counted(token)
        and _has_day(token, days)
    )


def gapped_conjuncts(verb: Token, days: Sequence[tuple[int, int]]) -> list[Token]:
    """The gapped repeats of ``verb``, in text order."""
    return [c for c in verb.children if is_gapped(c, days)]
