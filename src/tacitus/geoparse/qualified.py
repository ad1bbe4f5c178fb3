"""Places named only to say where another place lies.

"Palmyra in Homs province", "the towns of Tel Hamis and Tel Birak, in Qamishli's
southern suburbs", "Maharda (Hama province)": the second name qualifies the first, which
is where the event happened. The qualified place takes the qualifier's score when the
qualifier would have won, and the qualifier is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.geoparse.containers import PLACE_RANK, REGION_WORDS
from tacitus.geoparse.place_roles import PlaceRole, is_place_noun
from tacitus.geoparse.place_words import DIRECTION_WORDS
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Scored = tuple[float, PlaceMention, PlaceRole]

_QUALIFYING_PREPS = frozenset({"in", "of"})
_LOOKUP_DEPTH = 3


def lift_inner_places(doc: Doc, scored: list[Scored]) -> list[Scored]:
    """``scored`` less the names that qualify another candidate, which takes their score."""
    anchors = {a: item for item in scored for a in anchors_of(doc, item[1])}
    kept = {item[1].head: item for item in scored}
    for score, mention, _role in scored:
        inner = _held_name(mention, anchors) or _qualified(doc, mention, anchors)
        if inner is not None and inner.head in kept:
            inner_score, _, inner_role = kept[inner.head]
            kept[inner.head] = (max(inner_score, score + 0.01), inner, inner_role)
            kept.pop(mention.head, None)
    return list(kept.values())


def anchors_of(doc: Doc, mention: PlaceMention) -> set[int]:
    """The tokens that stand for a mention: its head, the place noun it names ("Khanasir
    town", "the cities of Palmyra") and the conjuncts' heads."""
    token = doc[mention.head]
    found = {token.i}
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        found.add(token.i)
    if token.dep_ in ("compound", "amod", "nmod") and is_place_noun(token.head):
        found.add(token.head.i)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and is_place_noun(token.head.head):
        found.add(token.head.head.i)
    return found


def _qualified(doc: Doc, mention: PlaceMention, anchors: dict[int, Scored]) -> PlaceMention | None:
    """The place that ``mention`` qualifies ("in Y" attached to X, or set after X), if any."""
    located = _located_from(doc, doc[mention.head], mention, anchors)
    if located is not None:
        return located
    token = _phrase_token(doc[mention.head])
    bracketed = _bracketed(doc, token, mention, anchors)
    if bracketed is not None:
        return bracketed
    if token.dep_ != "pobj" or token.head.lower_ not in _QUALIFYING_PREPS:
        return None
    prep = token.head
    before = _after_comma(doc, prep, mention, anchors)
    if before is not None:
        return before
    sibling = _earlier_sibling(prep, anchors)
    if sibling is not None and sibling is not mention and _coarser(mention, sibling):
        return sibling
    return _attached_to(prep.head, mention, anchors)


def _held_name(mention: PlaceMention, anchors: dict[int, Scored]) -> PlaceMention | None:
    """ "near Gangaloor village in Chhattisgarh's Bijapur district": a name before
    ``mention`` that the gazetteer lacks and that resolution placed inside it (a stand-in)
    is the finer place, however the parser attached the district."""
    for _, other, _ in anchors.values():
        if other.stand_in and other.start < mention.start and other.place == mention.place:
            return other
    return None


def _attached_to(
    target: Token, mention: PlaceMention, anchors: dict[int, Scored]
) -> PlaceMention | None:
    """The candidate that the word ``target`` stands for, or one of its near heads."""
    for _ in range(_LOOKUP_DEPTH):
        item = anchors.get(target.i)
        if item is not None and item[1] is not mention:
            return item[1]
        if target.head.i == target.i:
            return None
        target = target.head
    return None


def _phrase_token(token: Token) -> Token:
    """The noun that heads the phrase a name is in: "Homs" in "Homs province" is the
    province, "Aleppo" in "the province of Aleppo" too."""
    if token.dep_ in ("compound", "amod", "poss") and is_place_noun(token.head):
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and is_place_noun(token.head.head):
        token = token.head.head
    return token


def _after_comma(
    doc: Doc, prep: Token, mention: PlaceMention, anchors: dict[int, Scored]
) -> PlaceMention | None:
    """ "in the towns of Tel Hamis and Tel Birak, in Qamishli's suburbs": a phrase set off
    by a comma right after a finer place says where that place lies."""
    if prep.lower_ != "in" or prep.i < 2 or doc[prep.i - 1].text != ",":
        return None
    item = anchors.get(doc[prep.i - 1].i - 1)
    if item is None or item[1] is mention or not _coarser(mention, item[1]):
        return None
    return item[1]


def _located_from(
    doc: Doc, token: Token, mention: PlaceMention, anchors: dict[int, Scored]
) -> PlaceMention | None:
    """ "in Shopville, 70 miles south of Lexington": a direction phrase set off by a comma
    after a place says where that place lies; its anchor is not the event's place."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    direction = token.head.head
    if direction.lemma_.lower() not in DIRECTION_WORDS or direction.dep_ == "pobj":
        return None
    edge = direction.left_edge.i
    if edge < 2 or doc[edge - 1].text != ",":
        return None
    return _attached_to(doc[edge - 2], mention, anchors)


def _bracketed(
    doc: Doc, token: Token, mention: PlaceMention, anchors: dict[int, Scored]
) -> PlaceMention | None:
    """ "the settlements of Maharda (Hama province)": a region in brackets right after a
    place says where that place lies."""
    if mention.kind_hint not in REGION_WORDS or token.dep_ != "appos":
        return None
    opening = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    item = anchors.get(token.head.i)
    if opening is None or opening.text != "(" or item is None or item[1] is mention:
        return None
    return item[1]


def _earlier_sibling(prep: Token, anchors: dict[int, Scored]) -> PlaceMention | None:
    """ "shelling on Khanasir town in the countryside of Aleppo": the place named by an
    earlier preposition of the same word, or its object ("captured Lubumbashi in Shaba
    province")."""
    for other in prep.head.children:
        item = anchors.get(other.i) if other.dep_ == "dobj" and other.i < prep.i else None
        if item is not None and item[1].place is not None:
            return item[1]
        if other.dep_ == "prep" and other.i < prep.i:
            for obj in other.children:
                item = anchors.get(obj.i) if obj.dep_ == "pobj" else None
                if item is not None:
                    return item[1]
    return None


def _coarser(outer: PlaceMention, inner: PlaceMention) -> bool:
    """Whether ``outer`` names a larger place than ``inner`` (unknown inner places count
    as small ones; a name called a province or state is a region, whatever it resolved to)."""
    if outer.place is None:
        return outer.kind_hint in REGION_WORDS and inner.kind_hint not in REGION_WORDS
    if inner.place is None or outer.kind_hint in REGION_WORDS:
        return True
    return PLACE_RANK[outer.place.kind] < PLACE_RANK[inner.place.kind] or (
        outer.place.kind == inner.place.kind == "city"
        and outer.place.population > inner.place.population
    )
