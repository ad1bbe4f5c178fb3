"""Names that say where another name is: "Sidon, Lebanon", "Tripoli in northern Lebanon",
"Beirut's Hamra district"."""

from __future__ import annotations

import itertools

from tacitus.pipeline.doc import PlaceMention

_QUALIFIER_GAPS = frozenset({",", ", ", " (", "("})
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"central", "north-east", "north-west", "south-east", "south-west"}
)
_POSSESSIVE_GAPS = frozenset({"'s ", "\u2019s ", "' ", "\u2019 "})


def name_qualifiers(mentions: list[PlaceMention], text: str | None) -> dict[int, PlaceMention]:
    """For "Sidon, Lebanon": the mention that qualifies the one before it; for "Beirut's
    Hamra district", the one before qualifies the one after."""
    found: dict[int, PlaceMention] = {}
    if text is None:
        return found
    for first, second in itertools.pairwise(mentions):
        gap = text[first.end : second.start]
        if gap in _QUALIFIER_GAPS or _locative_gap(gap):
            found[id(first)] = second
        elif gap in _POSSESSIVE_GAPS:
            found[id(second)] = first
    return found


def _locative_gap(gap: str) -> bool:
    """ "Tripoli in northern Lebanon", "Palmyra in the Homs province": "in" and at most
    an article and a direction between the two names."""
    words = gap.lower().split()
    if not words or words[0] != "in" or not gap.startswith(" ") or len(words) > 3:
        return False
    return all(w == "the" or w.removesuffix("ern") in _COMPASS or w in _COMPASS for w in words[1:])
