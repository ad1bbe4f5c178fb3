"""Toponyms the entities miss that their syntax gives away.

"Becker, Clay and Otter Tail counties": every name listed before a plural kind word is a
place of that kind, whatever label the parser gave it. "Churchill, Man.", "Louisville,
KY", "Bluefield, W. Va.": a region's postal abbreviation right after a name and a comma.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import ORTH
from spacy.strings import get_string_id

from tacitus.gazetteer.world import abbreviations, postal_codes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Plural kind words and the kind word each member of the list takes.
PLURAL_KINDS: dict[str, str] = {
    "counties": "county",
    "parishes": "county",
    "provinces": "province",
    "states": "state",
    "districts": "district",
    "regions": "region",
    "governorates": "governorate",
    "oblasts": "oblast",
    "towns": "town",
    "villages": "village",
    "cities": "city",
}
_LIST_DEPS = frozenset({"nmod", "compound", "amod"})


@dataclass(frozen=True, slots=True)
class Found:
    """A toponym's character span and the kind word it takes."""

    start: int
    end: int
    hint: str


def _positions(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices of the tokens spelled as one of ``words``, found in the doc's array of word
    ids rather than by visiting every token."""
    ids = np.fromiter((get_string_id(word) for word in words), dtype=np.uint64)
    return [int(i) for i in np.flatnonzero(np.isin(doc.to_array(ORTH), ids))]


def listed_places(doc: Doc) -> Iterator[Found]:
    """The names listed before a plural kind word ("Muscogee and Harris counties")."""
    for i in _positions(doc, PLURAL_KINDS):
        token = doc[i]
        hint = PLURAL_KINDS[token.text]
        for head in token.children:
            if head.dep_ in _LIST_DEPS and head.pos_ == "PROPN" and head.i < token.i:
                for member in _conjuncts(head):
                    found = _name_span(member, hint)
                    if found is not None:
                        yield found


def _conjuncts(head: Token) -> Iterator[Token]:
    yield head
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ == "PROPN":
            yield from _conjuncts(child)


def _name_span(token: Token, hint: str) -> Found | None:
    """The name ending at ``token`` with the compounds before it ("Otter Tail")."""
    doc, left = token.doc, token.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == token.i:
        left -= 1
    words = doc[left : token.i + 1]
    if not all(w.is_title or w.is_upper for w in words):
        return None
    return Found(words.start_char, words.end_char, hint)


def postal_abbreviations(doc: Doc) -> Iterator[Found]:
    """Region abbreviations after a capitalised name and a comma ("Wainwright, Alta.")."""
    table, codes = abbreviations(), postal_codes()
    for comma in _positions(doc, (",",)):
        i = comma + 1
        if comma < 1 or i >= len(doc) or not (doc[i - 2].is_title or doc[i - 2].is_upper):
            continue
        token = doc[i]
        end = _abbreviation_end(doc, i, table)
        if end is None and token.text in codes and _after_code(doc, i):
            end = token.idx + len(token.text)
        if end is not None:
            yield Found(token.idx, end, "state")


def _abbreviation_end(doc: Doc, i: int, table: Mapping[str, str]) -> int | None:
    """Where an abbreviation starting at token ``i`` ends: "Va.", "Que" + ".", "W. Va."."""
    token = doc[i]
    text = token.text
    if not text[:1].isupper():
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if text in table:
        return token.idx + len(text)
    if text.istitle() and len(text) > 1 and text + "." in table and not _period_follows(token):
        return token.idx + len(text)
    return None if nxt is None else _two_token_end(token, nxt, table)


def _two_token_end(token: Token, nxt: Token, table: Mapping[str, str]) -> int | None:
    """An abbreviation over two tokens: "Que" + "." or "W." + "Va."."""
    if nxt.text == "." and not token.whitespace_ and token.text + "." in table:
        return nxt.idx + 1
    if token.text + nxt.text in table:
        return nxt.idx + len(nxt.text)
    return None


def _period_follows(token: Token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_


def _after_code(doc: Doc, i: int) -> bool:
    """A bare postal code ("KY") counts before punctuation, a number or the text's end."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    return nxt.is_punct or nxt.like_num or nxt.is_space
