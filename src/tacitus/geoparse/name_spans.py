"""Whole names around a toponym that the finder cut short.

The finder keeps names joined by a bare hyphen apart ("Iran-Iraq" is two places), and
the parser splits some names at hyphens and slashes. An unresolved candidate is widened
over what joins it to its neighbours ("Congo" to "Waku-Congo", "Girespi" to "Tel
Abyad/Girespi", "ez-Zor" to "Deir ez-Zor"): the gazetteer does not know the part alone,
so it is part of a longer name (a place named twice, "Tel Abyad/Girespi", is one place).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_JOINERS = frozenset({"-", "/"})
# Articles that open Arabic names ("ez-Zor", "al-Ain").
PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "ez"})
# Entity labels a neighbour may not carry to join a name.
_NOT_NAMES = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})


def widen(doc: Doc, mention: PlaceMention) -> PlaceMention:
    """``mention`` over the whole name it is part of, if it is unresolved and cut short."""
    if mention.place is not None:
        return mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    start, end = _left(doc, span.start), _right(doc, span.end)
    if (start, end) == (span.start, span.end):
        return mention
    whole = doc[start:end]
    return dataclasses.replace(mention, text=whole.text, start=whole.start_char, end=whole.end_char)


def _left(doc: Doc, start: int) -> int:
    """The first token of the name that token ``start`` is in."""
    while True:
        if start >= 2 and _joins(doc[start - 2], doc[start - 1]) and _part(doc[start - 2]):
            start -= 2
            while start >= 1 and _part(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
                start -= 1
        elif doc[start].lower_ in PARTICLES and start >= 1 and _title_part(doc[start - 1]):
            start -= 1
        else:
            return start


def _right(doc: Doc, end: int) -> int:
    """One past the last token of the name that ends before token ``end``."""
    while end + 1 < len(doc) and _joins(doc[end - 1], doc[end]) and _part(doc[end + 1]):
        end += 2
    return end


def _joins(left: Token, joiner: Token) -> bool:
    return joiner.text in _JOINERS and not left.whitespace_ and not joiner.whitespace_


def _part(token: Token) -> bool:
    """A word that can be part of a name: capitalised, or a name's article."""
    if token.ent_type_ in _NOT_NAMES:
        return False
    return (token.is_alpha and token.is_title) or token.lower_ in PARTICLES


def _title_part(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.ent_type_ not in _NOT_NAMES
