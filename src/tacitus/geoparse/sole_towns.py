"""Towns that are the only place of their name, taken wherever the article is.

A name found only by its position ("a cottage in Dewsbury", "In Klamath Falls, users
pay ...") is accepted in resolution only inside the article's countries; one that is the
own name of a single town in the world, of some size, and of nothing else means that
town even where the article does not name its country. It is given after resolution, so
that such a town sways no other name's choice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tacitus.doc_memo import doc_text
from tacitus.gazetteer.normalize import normalize_name
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.gazetteer import Gazetteer, Place

# A town this large, alone in the world with its name, is taken without its country.
SOLE_TOWN_POPULATION = 10_000
SOLE_TOWN_CONFIDENCE = 0.5
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
            mention.reason = "the only place of its name"


def _sole_town(
    mention: PlaceMention, text: str, words: set[str], gazetteer: Gazetteer
) -> Place | None:
    """The one town ``mention`` names, if it names one of some size and nothing else;
    never for a name in capitals ("TBS"), one the article also writes as a word
    (``words``: "Street" beside "the street") or one after a number ("23rd Street")."""
    name = mention.text
    if name.isupper() or name.lower() in words or _NUMBER_BEFORE.search(text, 0, mention.start):
        return None
    found = gazetteer.lookup(name, limit=2)
    if len(found) != 1 or found[0].kind != "city" or not _own_name(found[0].name, name):
        return None
    return found[0] if found[0].population >= SOLE_TOWN_POPULATION else None


def _own_name(own: str, written: str) -> bool:
    """``written`` is the town's own name, or, five letters or more, that name without
    its diacritics ("Tulkarm" for Ţūlkarm; a short word such as "God" is too often a
    word to be read as Göd)."""
    if own == written:
        return True
    return len(written) >= _FOLDED_MIN and normalize_name(own) == normalize_name(written)
