"""How much two articles share of what makes each one's story its own.

A coder holding two reports side by side finds one story in both by the rare things they
share: the victim's and the suspect's names, the plant or the shop, the street, the ages
and the figures ("61-year-old", "46 arrested"). ``words.story_words`` keeps an article's
content words and figures, the most used first, less the words every conflict report uses
(``common_news_words``), which say nothing about which story it is. ``story_similarity``
is the share of them two articles have in common: a cosine of the two sets, counted
against at least ``STORY_ENOUGH`` words, so that two short reports written alike
("gunmen killed five people on Monday") never look like one story.

The words live in each report's own match profile, not in the canonical event's (kept
small for the store's covering index): the matcher reads them from the reports of a
candidate whose score they could lift (``Matcher.best_report``).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable

MAX_STORY = 96
"""Distinctive words kept from an article (most news reports have fewer)."""
STORY_ENOUGH = 40
"""``story_similarity`` counts shared words against at least this many."""
STORY_MIN = 20
"""Fewer distinctive words than this tell nothing of an article's story: a short report
says only what happened, as every report of that kind of event does."""
FIGURE = re.compile(r"(?<![\d:.,/$£€-])(\d{2,3})(?![\d:/]|[.,]\d)")
"""A figure of two or three digits (an age, a toll, a count), not part of a time, a date,
an amount or a longer number (years are ``ArticleContext.years``)."""
_COMMON_NEWS = """
    accus afternoon agenc aid area armed army arrest attack began call came capital carri
    casualt central children city civilian claim comment country defence died district
    dozen eight famil fight fighter figur fire fired five forc four gave government group
    held higher hit home hospital includ independently injur kill known late leader left
    local march media military minister monday movement nation national near nearby nine
    north number office officer official operation part police position province regional
    report resident right road security seiz side soldier south southern spokesman state
    statement street struck sunday taken target terrorist thousand three toll took town
    troop tuesday unit verifi war warn wound
"""
"""Content words (folded as ``words.content_words`` folds them) used by at least 4 of the
14 sample articles (``samples/*.txt``): the vocabulary of conflict reporting at large."""


@functools.cache
def common_news_words() -> frozenset[str]:
    """Folded content words too common in conflict news to tell one story from another."""
    return frozenset(_COMMON_NEWS.split())


def figure_token(digits: str) -> str:
    """How a ``FIGURE`` is kept among the story words: "#46"."""
    return f"#{digits}"


def story_similarity(mine: Iterable[str], theirs: Iterable[str]) -> float | None:
    """Shared distinctive words over the geometric mean of the two sets' sizes, counted
    as at least ``STORY_ENOUGH``; None when either article gives fewer than ``STORY_MIN``
    (a short report, or one stored without its words)."""
    a, b = set(mine), set(theirs)
    if min(len(a), len(b)) < STORY_MIN:
        return None
    return round(len(a & b) / max(STORY_ENOUGH, math.sqrt(len(a) * len(b))), 4)
