"""The towns a way is named by: "the Kaduna-Abuja highway", "the Maiduguri-Damboa road".

Two or more capitalised names joined by bare hyphens right before a noun of a way are
each a place of their own, not one name, and not a modifier that tells whose (as
"Britain-based" would): an ambush "on the Maiduguri-Damboa road" happened on the road
between the two towns, near them. So did one "between Boni and Hombori": the stretch
between two towns is one site, not two (:func:`later_between_end`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ROUTE_WORDS: Final = frozenset(
    {"road", "highway", "route", "axis", "corridor", "expressway", "motorway", "railway"}
    | {"railroad", "pipeline"}
)


def route_ends(doc: Doc) -> list[Span]:
    """Each town of each way named by its ends, one token each, in text order."""
    return [end for token in doc for end in _ends_before(token)]


def is_route_end(token: Token) -> bool:
    """``token`` is one of the towns a way is named by: the way's noun is found after
    the names hyphened to it, and only that way's ends are read."""
    doc = token.doc
    last = token.i
    while last + 2 < len(doc) and hyphen_joined(doc[last], doc[last + 1]):
        last += 2
    way = doc[last + 1] if last + 1 < len(doc) else None
    return way is not None and any(end.start == token.i for end in _ends_before(way))


def later_between_end(token: Token) -> bool:
    """Whether ``token`` heads a town named after the first in "between A and B" ("a
    convoy ambushed between Boni and Hombori"): the event happened on the way between
    them, one site, which the first town names; the second is no other event's place."""
    first = token.head
    if token.dep_ != "conj" or first is token or first.dep_ != "pobj":
        return False
    return first.head.lower_ == "between"


def hyphen_joined(left: Token, hyphen: Token) -> bool:
    """``hyphen`` is a bare hyphen written against ``left`` and the word after it."""
    return hyphen.text == "-" and not left.whitespace_ and not hyphen.whitespace_


def name_word(token: Token) -> bool:
    """A capitalised word of letters that is no demonym ("Kaduna", not "Israeli")."""
    return token.is_alpha and token.is_title and token.ent_type_ != "NORP"


def _ends_before(way: Token) -> list[Span]:
    """The names hyphened together right before ``way`` if it is a noun of a way and
    they are two or more, else none."""
    doc = way.doc
    if way.lower_ not in ROUTE_WORDS or way.i < 3:
        return []
    ends = [way.i - 1]
    while ends[-1] >= 2 and hyphen_joined(doc[ends[-1] - 2], doc[ends[-1] - 1]):
        ends.append(ends[-1] - 2)
    if len(ends) < 2 or not all(name_word(doc[i]) for i in ends):
        return []
    return [doc[i : i + 1] for i in reversed(ends)]
