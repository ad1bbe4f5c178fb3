"""Towns of one word the tagger left untagged, in a country or region the article names.

The small English model tags a town's name of one word as no entity at all when it stands
where no preposition announces it ("Later, Bama was quiet", "across the border,
Valemount is also planning a rink"), and the place slots only read names after "in",
"near" or a verb of attack. A single capitalised word is far more often a person's or a
firm's name than a town's, so it is taken only when everything agrees: the tagger calls it
a proper noun outside every entity, it stands alone (no capitalised word beside it, no
title before it, not at a sentence's start, never written in lower case in the text), it is
the own name of a listed conflict town or of a town of LONE_TOWN_POPULATION that lies in a
country or admin-1 region another toponym of the article names ("Nigeria"), or of the only
town of its name, in an admin-1 region the article names ("B.C."): a country holds many
small towns named like common words ("Congress", Arizona; "Secretary", Maryland). It is added as
found by its position (``PROPN``), so resolution still weighs it as such.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from tacitus.components.toponym_people import TITLES, people
from tacitus.gazetteer.normalize import normalize_name
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.gazetteer import Gazetteer, Place

# A town this large bearing the word as its own name is taken in a country the article
# names, whatever its namesakes; a smaller one only when no other town bears the name.
LONE_TOWN_POPULATION = 100_000
# Shorter words are too often initials, codes or common words ("Ada", "Bor").
_MIN_LETTERS = 4
_NAMESAKES_SEEN = 5
_REGION_KINDS = ("country", "admin1")
# Entities a lone town is misread as, when the entity is the word alone.
_MISREAD_AS = frozenset({"", "PERSON"})


def lone_towns(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """The untagged one-word towns of ``doc`` (see the module's docstring) that overlap
    none of ``mentions``, labelled ``PROPN`` and unresolved."""
    words = [t for t in doc if _lone_word(t) and not _taken(t, mentions)]
    if not words:
        return []
    regions = _named_regions(mentions, gazetteer)
    if not regions:
        return []
    lower = {t.lower_ for t in doc if t.is_lower}
    named = people(doc)
    starts = [sent.start for sent in doc.sents]
    found: list[PlaceMention] = []
    for token in words:
        if token.lower_ in lower or named.named(doc, token.i, token.i + 1):
            continue
        if not _town_in(gazetteer, token.text, regions):
            continue
        index = bisect.bisect_right(starts, token.i) - 1
        found.append(PlaceMention.of_span(doc[token.i : token.i + 1], index, label="PROPN"))
    return found


def _lone_word(token: Token) -> bool:
    """A capitalised proper noun of letters, no entity or a person of its own, with no
    capitalised word or hyphen beside it and no title before it, not opening the text. A
    sentence's first word may be one ("Hombori has been under blockade since May"): the
    tagger still calls it a proper noun only when it reads it as a name."""
    text = token.text
    if token.pos_ != "PROPN" or token.ent_type_ not in _MISREAD_AS or token.i == 0:
        return False
    if token.ent_type_ and not _entity_alone(token):
        return False
    if not (token.is_alpha and token.is_title and len(text) >= _MIN_LETTERS):
        return False
    doc = token.doc
    before = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before.lower_.rstrip(".") in TITLES or _joined(before, before.whitespace_ == ""):
        return False
    return after is None or not _joined(after, token.whitespace_ == "")


def _entity_alone(token: Token) -> bool:
    doc = token.doc
    last = token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return token.ent_iob_ == "B" and last


def _joined(token: Token, touching: bool) -> bool:
    """Whether ``token`` beside a word makes one name with it: a capitalised word, or a
    hyphen or apostrophe written against it."""
    if token.text[:1].isupper() and token.is_alpha:
        return True
    return touching and token.text in ("-", "\u2010", "\u2011", "'", "\u2019")


def _taken(token: Token, mentions: list[PlaceMention]) -> bool:
    start, end = token.idx, token.idx + len(token.text)
    return any(m.start < end and start < m.end for m in mentions)


def _named_regions(mentions: list[PlaceMention], gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """``(country, "")`` for each country and ``(country, region)`` for each admin-1
    region that a toponym of the article names by its own name or abbreviation."""
    regions: set[tuple[str, str]] = set()
    for text in {m.text for m in mentions}:
        key = normalize_name(text)
        places = [
            p
            for p in gazetteer.lookup(text, kinds=_REGION_KINDS, limit=_NAMESAKES_SEEN)
            if normalize_name(p.name) == key
        ]
        abbreviated = gazetteer.abbreviated_region(text) if "." in text else None
        for place in [*places, *([abbreviated] if abbreviated else [])]:
            if place.country is None:
                continue
            regions.add((place.country, "" if place.kind == "country" else place.name))
    return regions


def _town_in(gazetteer: Gazetteer, name: str, regions: set[tuple[str, str]]) -> bool:
    """Whether ``name`` is the own name of a town of some size that lies in one of
    ``regions`` (a small town alone with its name: in a named admin-1 region)."""
    key = normalize_name(name)
    towns = gazetteer.lookup(name, kinds=("city",), limit=_NAMESAKES_SEEN)
    for town in (t for t in towns if normalize_name(t.name) == key):
        if town.country is None:
            continue
        region = (town.country, town.admin1 or "")
        if _large(town) and ((town.country, "") in regions or region in regions):
            return True
        if len(towns) == 1 and region in regions:
            return True
    return False


def _large(place: Place) -> bool:
    return place.geonameid is None or place.population >= LONE_TOWN_POPULATION
