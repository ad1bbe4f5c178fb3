"""Words the parser takes alone from the end of a longer name: "Valley" of "Licking
Valley", "Delta" of "Delta" in "the Nile Delta", "Republic" of "Banana Republic".

The word is then a town's name only by accident (Valley, Alabama; Republic, Missouri):
the name it ends is a valley's, a delta's, a company's or a state's, which the gazetteer
lacks under that word. Said after an article or a preposition ("the Valley", "in Delta")
the word stays a name of its own.
"""

from __future__ import annotations

import re

from tacitus.pipeline.doc import PlaceMention

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


def name_tail(mention: PlaceMention, text: str | None) -> bool:
    """Whether ``mention`` is a generic word that ends the capitalised name before it."""
    if text is None or mention.text not in NAME_TAILS:
        return False
    before = _NAME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and before.group(1) not in _OPENERS
