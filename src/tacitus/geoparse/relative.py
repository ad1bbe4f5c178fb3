"""Relative locations: "20 km north of Mosul", "near the border with Syria", "on the
outskirts of Kabul".

The event did not happen at the named place but at a point described from it. The place
stays the anchor (its coordinates are what coders record) and the precision says how far
the event may be from it: ACLED geo_precision 2 ("near" a named town), UCDP where_prec 2
(within about 25 km of a known point, or a stated distance from it) and 5 for a border
(a linear feature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

RelationKind = Literal["distance", "near", "outskirts", "border"]

_DIRECTION = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|ward)?"
)
_UNIT = r"(?:km|kms|kilomet(?:er|re)s?|mi|miles?)"
_NUMBER = r"(?:\d+(?:[.,]\d+)?|a few|several|some|about \d+|around \d+)"
# Each pattern must end right before the anchor's name (articles allowed).
_PATTERNS: tuple[tuple[RelationKind, re.Pattern[str]], ...] = (
    (
        "distance",
        re.compile(
            rf"(?P<phrase>{_NUMBER}[\s-]*{_UNIT}(?:\s*\([^)]*\))?\s+(?:\(?{_DIRECTION}\)?\s+)?"
            rf"(?:of|from|outside)|{_DIRECTION}\s+of)\s+(?:the\s+)?(?:(?:city|town|village)"
            rf"\s+of\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        "border",
        re.compile(
            r"(?P<phrase>(?:border|frontier|boundary)\s+(?:with|of)|(?:near|on|along|at)\s+"
            r"the\s+(?:\w+\s+)?(?:border|frontier))\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        "outskirts",
        re.compile(
            r"(?P<phrase>(?:outskirts|suburbs?|edge|periphery|environs|vicinity)\s+of)\s+"
            r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        "near",
        re.compile(
            r"(?P<phrase>\b(?:near|nearby|close to|outside|just outside|not far from|"
            r"around|on the road to|on the road from))\s+(?:the\s+)?(?:(?:city|town|village)"
            r"\s+of\s+)?$",
            re.IGNORECASE,
        ),
    ),
)
_LOOKBACK = 80


@dataclass(frozen=True, slots=True)
class Relation:
    """How an event's place is described from its anchor place."""

    kind: RelationKind
    phrase: str

    @property
    def reason(self) -> str:
        """A short account for the location's reason string."""
        return f"'{self.phrase}' the named place ({self.kind}): the place is the anchor"


def relation_before(text: str, start: int) -> Relation | None:
    """The relative phrase that ends right before ``text[start:]`` (an anchor's name)."""
    before = text[max(0, start - _LOOKBACK) : start]
    for kind, pattern in _PATTERNS:
        found = pattern.search(before)
        if found is not None:
            return Relation(kind=kind, phrase=" ".join(found.group("phrase").split()))
    return None
