"""The towns a way is named by: "the Kaduna-Abuja highway", "the Maiduguri-Damboa road".

Two or more capitalised names joined by bare hyphens right before a noun of a way are
each a place of their own, not one name, and not a modifier that tells whose (as
"Britain-based" would): an ambush "on the Maiduguri-Damboa road" happened on the road
between the two towns, near them.
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
    found: list[Span] = []
    for token in doc:
        if token.lower_ not in ROUTE_WORDS or token.i < 3:
            continue
        ends = [token.i - 1]
        while ends[-1] >= 2 and _joined(doc[ends[-1] - 2], doc[ends[-1] - 1]):
            ends.append(ends[-1] - 2)
        if len(ends) > 1 and all(_name(doc[i]) for i in ends):
            found += [doc[i : i + 1] for i in reversed(ends)]
    return found


def is_route_end(token: Token) -> bool:
    """``token`` is one of the towns a way is named by."""
    return any(token.i == end.start for end in route_ends(token.doc))


def _joined(left: Token, hyphen: Token) -> bool:
    return hyphen.text == "-" and not left.whitespace_ and not hyphen.whitespace_


def _name(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.ent_type_ != "NORP"
