"""Towns of several words that the gazetteer knows, wherever the tagger put them.

The small English model reads many a town of two or more words as a person or a group
("Tal Afar fell to the militants", "civilians fled Khan Younis", "Lashkar Gah came under
attack"), splits one joined by hyphens ("Mazar" + "i" + "Sharif"), or cuts one at its
particle ("Deir" + "Zor"), so the event loses its place. A run of capitalised words is a
place's name, found by its own letters, when the whole run is the name (or a spelling of
the name) of a town of some size, or of a conflict town the project lists: two or more
words that together spell a town are seldom a person's name, unlike one word ("Kaya",
"Bor"), which is left to the place slots and, where the article names its country or
region, to :mod:`tacitus.geoparse.lone_towns`. The run must be whole (not part of a longer
name: "the Khan Younis Brigade") and not follow a title ("Sheikh Abu Kamal").
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from tacitus.components.toponym_people import TITLES
from tacitus.components.toponym_words import INNER_PARTICLES, NAME_PARTICLES, NUMERIC_LABELS
from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.lone_towns import lone_towns
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tacitus.gazetteer import Gazetteer, Place

# A town this large, named by two words or more, is taken by its name alone; so is any
# conflict town of the project's list (no GeoNames id), whatever its recorded size.
KNOWN_TOWN_POPULATION = 10_000
# Letters a written name may differ from the town's own by, once both are folded
# ("Tal Afar" for Tall 'Afar, "Wad Madani" for Wad Medani), and the shortest name that
# may differ at all.
SPELLING_EDITS = 2
_SPELLING_MIN = 7
_NAMESAKES_SEEN = 5
# Entity labels under which a run is a date, number or amount, never a town.
_NOT_PLACES = NUMERIC_LABELS | {"LAW"}
# Lower-case particles and articles that join a name's words ("Deir ez-Zor").
_PARTICLES = INNER_PARTICLES | NAME_PARTICLES | {"ez", "es", "ed", "ul", "i", "e"}


def with_known_towns(
    doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """``mentions`` with the known towns of several words added (labelled ``GPE``,
    unresolved), each in place of the fragments of it already found; a toponym found
    by its position whose whole text is such a town is relabelled ``GPE`` so that it is
    resolved as a named place is. The untagged towns of one word in the article's named
    countries and regions come last (:func:`lone_towns`)."""
    starts = [sent.start for sent in doc.sents]
    out = list(mentions)
    for run in _runs(doc):
        if not _known_town(gazetteer, run.text):
            continue
        same = next((m for m in out if (m.start, m.end) == (run.start_char, run.end_char)), None)
        if same is not None:
            if same.label == "PROPN":
                out[out.index(same)] = replace(same, label="GPE")
            continue
        inside = [m for m in out if _overlap(m, run)]
        if any(m.start < run.start_char or m.end > run.end_char for m in inside):
            continue  # a longer toponym holds it: that reading stands
        out = [m for m in out if not _overlap(m, run)]
        index = bisect.bisect_right(starts, run.start) - 1
        out.append(PlaceMention.of_span(run, index, label="GPE"))
    out += lone_towns(doc, out, gazetteer)
    return sorted(out, key=lambda m: m.start)


def _overlap(mention: PlaceMention, run: Span) -> bool:
    return mention.start < run.end_char and run.start_char < mention.end


def _known_town(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is the own name, or a spelling of it, of a town of some size
    (:func:`_sized`)."""
    key = normalize_name(name)
    towns = gazetteer.lookup(name, kinds=("city",), limit=_NAMESAKES_SEEN)
    return any(
        _sized(place, alone=len(towns) == 1) and _spelled(normalize_name(place.name), key)
        for place in towns
    )


def _sized(place: Place, *, alone: bool) -> bool:
    """A town of KNOWN_TOWN_POPULATION, a listed conflict town, or one whose size
    GeoNames does not record (0: Tall 'Afar) that is alone with its name."""
    if place.geonameid is None or place.population >= KNOWN_TOWN_POPULATION:
        return True
    return alone and place.population == 0


def _spelled(own: str, key: str) -> bool:
    """``key`` is the folded name ``own`` or a spelling of it in as many words: "Xie
    Yang", a person, is no spelling of Xieyang."""
    if own == key:
        return True
    if len(key) < _SPELLING_MIN or len(own.split()) != len(key.split()):
        return False
    return Levenshtein.distance(own, key) <= SPELLING_EDITS


def _runs(doc: Doc) -> list[Span]:
    """The whole runs of two or more capitalised words (with the particles and hyphens
    that join them) outside place entities, less the function words and dates at their
    front ("On Sunday Tal Afar fell")."""
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        if not _capital(doc[i]) or (i > 0 and _joins_back(doc, i)):
            i += 1
            continue
        end = _run_end(doc, i)
        start = i
        while start < end and (doc[start].is_stop or doc[start].ent_type_ in _NOT_PLACES):
            start += 1
        span = doc[start:end]
        words = sum(1 for t in span if _capital(t))
        if words >= 2 and _free(span):
            runs.append(span)
        i = max(end, i + 1)
    return runs


def _run_end(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words that opens at token ``i``."""
    end = i + 1
    while end < len(doc):
        token, before = doc[end], doc[end - 1]
        if (
            (_capital(token) and (before.whitespace_ or _hyphen(before)))
            or (_hyphen(token) and not before.whitespace_ and not token.whitespace_)
            or (token.lower_ in _PARTICLES and _particle_joins(doc, end))
        ):
            end += 1
        else:
            break
    while end > i + 1 and not _capital(doc[end - 1]):
        end -= 1
    return end


def _particle_joins(doc: Doc, i: int) -> bool:
    """A lower-case particle between capitalised words, or hyphened to the next word
    ("Deir ez-Zor", "Mocimboa da Praia")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or not doc[i].text.islower():
        return False
    return _capital(after) or (_hyphen(after) and not doc[i].whitespace_)


def _joins_back(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues a capitalised word before it (so a run began
    earlier)."""
    before = doc[i - 1]
    return _capital(before) or (_hyphen(before) and i >= 2 and not doc[i - 2].whitespace_)


def _capital(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and len(token.text) > 1


def _hyphen(token: Token) -> bool:
    return token.text in ("-", "\u2010", "\u2011")


def _free(span: Span) -> bool:
    """A run no place entity already gives whole, that is no date or amount, and that
    follows no title ("President", "Sheikh", "Mr.")."""
    if all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
        return False
    if any(t.ent_type_ in _NOT_PLACES for t in span):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return before is None or before.lower_.rstrip(".") not in TITLES | _HONORIFICS


# Titles of Arabic and South Asian names, before which a town's name is a person's.
_HONORIFICS = frozenset({"sheikh", "sheik", "imam", "mullah", "maulana", "sayyid", "emir"})
