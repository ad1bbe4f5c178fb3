"""Choose where an event happened among the places its sentence names.

Each place gets a *role* from the words that govern it
(:func:`tacitus.geoparse.place_roles.place_role`); the chosen places are those with a
locative role nearest the event's trigger in the parse, in the trigger's own clause before
any other, with their conjuncts ("Palmyra and Quaryatayn"), less the regions that only
qualify another chosen place ("Palmyra in Homs province") and the countries or regions
that only hold a finer place chosen beside them ("in the village of Ashmi, in Syria").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tacitus.components.toponyms import PLACE_NOUNS, PLACE_OBJECT_VERBS
from tacitus.geoparse.clause import in_trigger_clause
from tacitus.geoparse.containers import PLACE_RANK, drop_containers
from tacitus.geoparse.place_roles import (
    CLAUSE_EVENT_NOUNS,
    LOCATIVE_PREPS,
    NON_LOCATIVE_PREPS,
    PlaceRole,
    is_place_noun,
    place_role,
)
from tacitus.pipeline.doc import PlaceMention

__all__ = [
    "LOCATIVE_PREPS",
    "NON_LOCATIVE_PREPS",
    "PLACE_NOUNS",
    "PLACE_OBJECT_VERBS",
    "EventPlace",
    "PlaceRole",
    "choose_event_places",
    "mention_role",
]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MAX_HOPS = 8
_OTHER_CLAUSE_SHARE = 0.5
_REGION_HINTS = frozenset({"province", "governorate", "state", "region", "oblast", "county"})
_SPEECH_VERBS = frozenset({"say", "tell", "accuse", "blame", "condemn", "warn", "claim", "deny"})


@dataclass(frozen=True, slots=True)
class EventPlace:
    """A place chosen as where an event happened, with the reason."""

    mention: PlaceMention
    reason: str


def mention_role(doc: Doc, mention: PlaceMention) -> PlaceRole:
    """The role of a place mention in its sentence."""
    if _speaks(doc, mention):
        return PlaceRole(0.0, f"'{mention.text}' stands for its government or people")
    token = doc[mention.head]
    country = mention.place is not None and mention.place.kind == "country"
    return place_role(token, person=_person(token, mention), country=country)


def _person(token: Token, mention: PlaceMention) -> bool:
    """The parser reads the name as a person or group's, no place noun stands beside it
    ("Goma, the capital of North Kivu") and the gazetteer knows no town or region by it
    (found in a place slot, "captured Badme", a known place is evidence enough)."""
    if token.ent_type_ not in ("PERSON", "NORP", "ORG"):
        return False
    if _known_object(token, mention):
        return False
    return not any(c.dep_ == "appos" and is_place_noun(c) for c in token.children)


def _known_object(token: Token, mention: PlaceMention) -> bool:
    """A name the parser reads as a group's ("captured Badme" ORG), found in a place slot as
    a verb's object right after the verb, that the gazetteer knows as a town or region."""
    return (
        token.ent_type_ != "PERSON"
        and token.dep_ == "dobj"
        and token.i == token.head.i + 1
        and mention.label == "PROPN"
        and mention.place is not None
    )


def _speaks(doc: Doc, mention: PlaceMention) -> bool:
    """ "Tehran said ...", "U.S.-led": the name stands for an actor, not a place."""
    after = doc[mention.head + 1] if mention.head + 1 < len(doc) else None
    if after is not None and after.text == "-" and not after.whitespace_:
        return mention.end == after.idx
    token = doc[mention.head]
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _SPEECH_VERBS


def hops(doc: Doc, a: int, b: int) -> int:
    """The number of edges between tokens ``a`` and ``b`` in the dependency tree."""
    up_a = _ancestors(doc[a])
    up_b = _ancestors(doc[b])
    common = next((i for i in up_a if i in up_b), None)
    if common is None:
        return len(up_a) + len(up_b)
    return up_a.index(common) + up_b.index(common)


def _ancestors(token: Token) -> list[int]:
    chain = [token.i]
    while token.head.i != token.i:
        token = token.head
        chain.append(token.i)
    return chain


def choose_event_places(
    doc: Doc, *, trigger: int, mentions: Sequence[PlaceMention], min_weight: float = 1.0
) -> list[EventPlace]:
    """The places of ``mentions`` where the event of token ``trigger`` happened.

    Only places in the trigger's sentence with a locative role of at least ``min_weight``
    count (places outside the trigger's clause at half weight); the best is kept with its
    conjuncts, and regions that only qualify or hold a chosen place are left out.
    """
    scored = _lift_inner_places(doc, _scored(doc, trigger, mentions, min_weight=min_weight))
    scored = drop_containers(doc, trigger, scored)
    if not scored:
        return []
    _, best, role = max(scored, key=lambda item: item[0])
    chosen = [EventPlace(best, f"{role.reason}, nearest the event")]
    for _, mention, other in scored:
        if mention is not best and _conjoined(doc, best, mention):
            chosen.append(EventPlace(mention, f"{other.reason}, named with {best.text}"))
    return sorted(chosen, key=lambda c: c.mention.start)


_Scored = tuple[float, PlaceMention, PlaceRole]


def _scored(
    doc: Doc, trigger: int, mentions: Sequence[PlaceMention], *, min_weight: float
) -> list[_Scored]:
    sent = doc[trigger].sent
    scored = []
    for mention in mentions:
        if not sent.start <= mention.head < sent.end:
            continue
        role = mention_role(doc, mention)
        if not in_trigger_clause(
            doc, trigger=trigger, head=mention.head, event_nouns=CLAUSE_EVENT_NOUNS
        ):
            role = role.scaled(_OTHER_CLAUSE_SHARE, "in another clause")
        if role.weight >= min_weight:
            scored.append((_score(doc, trigger, mention, role), mention, role))
    return scored


def _score(doc: Doc, trigger: int, mention: PlaceMention, role: PlaceRole) -> float:
    distance = min(hops(doc, trigger, mention.head), _MAX_HOPS)
    return role.weight * (1.0 - distance / (2 * _MAX_HOPS))


def _lift_inner_places(doc: Doc, scored: list[_Scored]) -> list[_Scored]:
    """ "Palmyra in Homs province": the region qualifies Palmyra, which takes its score."""
    anchors = {a: item for item in scored for a in _anchors(doc, item[1])}
    kept = {item[1].head: item for item in scored}
    for score, mention, _role in scored:
        inner = _qualified(doc, mention, anchors)
        if inner is not None and inner.head in kept:
            inner_score, _, inner_role = kept[inner.head]
            kept[inner.head] = (max(inner_score, score + 0.01), inner, inner_role)
            kept.pop(mention.head, None)
    return list(kept.values())


def _anchors(doc: Doc, mention: PlaceMention) -> set[int]:
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


def _qualified(doc: Doc, mention: PlaceMention, anchors: dict[int, _Scored]) -> PlaceMention | None:
    """The place that ``mention`` qualifies ("in Y" attached to X), if any."""
    token = doc[mention.head]
    if token.dep_ in ("compound", "amod", "poss") and is_place_noun(token.head):
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and is_place_noun(token.head.head):
        token = token.head.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "of"):
        return None
    target = token.head.head
    sibling = _earlier_sibling(token.head, anchors)
    if sibling is not None and sibling is not mention and _coarser(mention, sibling):
        return sibling
    for _ in range(3):
        item = anchors.get(target.i)
        if item is not None and item[1] is not mention:
            return item[1]
        if target.head.i == target.i:
            return None
        target = target.head
    return None


def _earlier_sibling(prep: Token, anchors: dict[int, _Scored]) -> PlaceMention | None:
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
        return False
    if inner.place is None or outer.kind_hint in _REGION_HINTS:
        return True
    return PLACE_RANK[outer.place.kind] < PLACE_RANK[inner.place.kind] or (
        outer.place.kind == inner.place.kind == "city"
        and outer.place.population > inner.place.population
    )


def _conjoined(doc: Doc, a: PlaceMention, b: PlaceMention) -> bool:
    ta, tb = doc[a.head], doc[b.head]
    return (tb.dep_ == "conj" and _conj_root(tb) == _conj_root(ta)) or (
        ta.dep_ == "conj" and _conj_root(ta) == _conj_root(tb)
    )


def _conj_root(token: Token) -> int:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i
