"""Embedded posts: a tweet quoted in an article ends with its signature, "— Name (@handle)
March 12, 2022". Its words were written that day, so "today" or "on Saturday" inside it count
from the post's date, not from the article's publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

__all__ = ["EmbeddedPost", "embedded_posts"]

_SIGNATURE = re.compile(
    r"[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)\s+"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2},\s+(?:19|20)\d{2})"
)
_PARAGRAPH = "\n\n"


@dataclass(frozen=True, slots=True)
class EmbeddedPost:
    """The text of one embedded post (``start``-``end``, signature excluded) and its date."""

    start: int
    end: int
    posted: date


def embedded_posts(text: str) -> list[EmbeddedPost]:
    """Every embedded post with a dated signature in ``text``, in text order.

    A post runs from the start of the paragraph holding its signature (or the end of the
    previous signature, if later) to the signature.
    """
    posts: list[EmbeddedPost] = []
    previous_end = 0
    for found in _SIGNATURE.finditer(text):
        posted = datetime.strptime(found.group("date"), "%B %d, %Y").date()
        paragraph = text.rfind(_PARAGRAPH, 0, found.start())
        start = max(previous_end, paragraph + len(_PARAGRAPH) if paragraph >= 0 else 0)
        posts.append(EmbeddedPost(start=start, end=found.start(), posted=posted))
        previous_end = found.end()
    return posts
