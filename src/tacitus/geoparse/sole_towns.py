"""Towns that are the only place of their name, taken wherever the article is.

A name found only by its position ("a cottage in Dewsbury", "In Klamath Falls, users
pay ...") is accepted in resolution only inside the article's countries; one that is the
own name of a single town in the world, of some size, and of nothing else means that
town even where the article does not name its country; so does the name (or a spelling
of it) of a town of some size that dwarfs every other place bearing it ("Russian forces
shelled Avdiivka": Avdiyivka, Donetsk, not the two villages of Chernihiv). It is given
after resolution, so that such a town sways no other name's choice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from tacitus.doc_memo import doc_text
from tacitus.gazetteer.normalize import normalize_name
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.gazetteer import Gazetteer, Place

# A town this large, alone in the world with its name, is taken without its country.
SOLE_TOWN_POPULATION = 10_000
SOLE_TOWN_CONFIDENCE = 0.5
# A town this many times larger than every other place of its name is as good as alone
# with it; how many places of the name are looked at, and how many letters a spelling of
# the town's own name may differ by.
DWARF_RATIO = 10
_NAMESAKES_SEEN = 5
SPELLING_EDITS = 2
# Names this long may match a town's own name without its diacritics.
_FOLDED_MIN = 5
# "23rd Street": the word after a number is the rest of a street's name.
_NUMBER_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s$")


def sole_town_fallback(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> None:
    """Resolve the unresolved names found by their position that name one town only."""
    words = {t.text for t in doc if t.is_lower}
    for mention in mentions:
        if mention.place is not None or mention.label != "PROPN":
            continue
        town = _sole_town(mention, doc_text(doc), words, gazetteer)
        if town is not None:
            mention.place, mention.score = town, SOLE_TOWN_CONFIDENCE
            mention.reason = "the only place of its name, or far the largest"


def _sole_town(
    mention: PlaceMention, text: str, words: set[str], gazetteer: Gazetteer
) -> Place | None:
    """The one town ``mention`` names, if it names one of some size and nothing else;
    never for a name in capitals ("TBS"), one the article also writes as a word
    (``words``: "Street" beside "the street") or one after a number ("23rd Street")."""
    name = mention.text
    if name.isupper() or name.lower() in words or _NUMBER_BEFORE.search(text, 0, mention.start):
        return None
    found = gazetteer.lookup(name, limit=_NAMESAKES_SEEN)
    if not found or any(c.kind != "city" for c in found):
        return None
    town = max(found, key=lambda c: c.population)
    if town.population < SOLE_TOWN_POPULATION:
        return None
    if len(found) == 1:
        return town if _own_name(town.name, name) else None
    return town if _dwarfs(town, found) and _spelled(town.name, name) else None


def _dwarfs(town: Place, found: list[Place]) -> bool:
    """Whether ``town`` is DWARF_RATIO times larger than every other place of its name
    (Avdiivka, Donetsk, beside two villages of Chernihiv): the name means the town as
    surely as if it were alone in the world with it."""
    return all(c is town or c.population * DWARF_RATIO <= town.population for c in found)


def _spelled(own: str, written: str) -> bool:
    """``written`` is ``own`` or a spelling of it ("Avdiivka" for Avdiyivka), five
    letters or more, at most SPELLING_EDITS letters apart once both are folded."""
    if own == written:
        return True
    if len(written) < _FOLDED_MIN:
        return False
    distance = Levenshtein.distance(normalize_name(own), normalize_name(written))
    return distance <= SPELLING_EDITS


def _own_name(own: str, written: str) -> bool:
    """``written`` is the town's own name, or, five letters or more, that name without
    its diacritics ("Tulkarm" for Ţūlkarm; a short word such as "God" is too often a
    word to be read as Göd)."""
    if own == written:
        return True
    return len(written) >= _FOLDED_MIN and normalize_name(own) == normalize_name(written)
