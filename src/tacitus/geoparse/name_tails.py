"""Words the parser takes alone from the end of a longer name: "Valley" of "Licking
Valley", "Delta" of "Delta" in "the Nile Delta", "Republic" of "Banana Republic".

The word is then a town's name only by accident (Valley, Alabama; Republic, Missouri):
the name it ends is a valley's, a delta's, a company's or a state's, which the gazetteer
lacks under that word. Said after an article or a preposition ("the Valley", "in Delta")
the word stays a name of its own. A saint's possessive that opens a longer name ("St.
John's Lutheran School") is the institution's head in the same way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tacitus.geoparse.candidates import saint_possessive
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.gazetteer import Gazetteer

# Generic words that end names of features, districts and states.
NAME_TAILS = frozenset(
    {
        "Valley",
        "Delta",
        "Republic",
        "Harbor",
        "Harbour",
        "River",
        "Lake",
        "Bay",
        "Creek",
        "Heights",
        "Hills",
        "Springs",
        "Beach",
        "Point",
        "Park",
        "Square",
    }
)
# Capitalised words that open a sentence or a phrase rather than a name.
_OPENERS = frozenset(
    {"The", "In", "At", "On", "From", "To", "Of", "And", "For", "By", "Near", "A", "An"}
)
_NAME_BEFORE = re.compile(r"([A-Z][\w'’.-]*) $")


_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def institution_head(mention: PlaceMention, text: str | None, gaz: Gazetteer) -> bool:
    """Whether ``mention`` is a saint's possessive that opens a longer capitalised name
    ("St. John's Lutheran School", "St. Paul's Hospital"): the institution's, even where
    a town bears the possessive ("St. John's", Newfoundland)."""
    if text is None or not saint_possessive(gaz, mention.text):
        return False
    return _CAPITAL_AFTER.match(text, mention.end) is not None


def name_tail(mention: PlaceMention, text: str | None) -> bool:
    """Whether ``mention`` is a generic word that ends the capitalised name before it."""
    if text is None or mention.text not in NAME_TAILS:
        return False
    before = _NAME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and before.group(1) not in _OPENERS
