"""Choose where an event happened among the places its sentence names.

A sentence names places for many reasons: where the event happened ("killed in Aleppo"),
where someone comes from ("a driver from Abidjan"), whose office is meant ("the governor
of Homs"), or which larger region holds the place ("Palmyra in Homs province"). Each place
gets a *role* from the words that govern it; the chosen places are those with a locative
role nearest the event's trigger in the parse, with their conjuncts ("Palmyra and
Quaryatayn"), less the regions that only qualify another chosen place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tacitus.components.toponyms import PLACE_NOUNS, PLACE_OBJECT_VERBS
from tacitus.pipeline.doc import PlaceMention

__all__ = ["PLACE_NOUNS", "PLACE_OBJECT_VERBS", "EventPlace", "PlaceRole", "choose_event_places"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Prepositions that put an event at a place, and their weight.
LOCATIVE_PREPS: dict[str, float] = {
    "in": 3.0,
    "at": 3.0,
    "near": 3.0,
    "outside": 3.0,
    "inside": 3.0,
    "across": 2.5,
    "around": 2.5,
    "throughout": 2.5,
    "within": 2.5,
    "on": 2.0,
    "into": 2.0,
    "along": 2.0,
    "over": 1.5,
    "between": 1.5,
    "to": 1.0,
    "toward": 1.0,
    "towards": 1.0,
}
# Prepositions whose object is not where the event happened.
NON_LOCATIVE_PREPS = frozenset({"from", "for", "with", "against", "by", "than", "like"})
# Nouns of events whose "of" names the place acted on ("the bombardment of Aziziyah").
EVENT_NOUNS = frozenset(
    {
        "attack",
        "assault",
        "bombardment",
        "bombing",
        "shelling",
        "siege",
        "capture",
        "fall",
        "invasion",
        "liberation",
        "occupation",
        "recapture",
        "storming",
        "blockade",
        "raid",
    }
)
_MAX_HOPS = 8
_CLIMB_DEPS = frozenset({"compound", "amod", "appos", "conj", "nmod"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class PlaceRole:
    """Why a place is named: its weight as an event place (0: not one) and a reason."""

    weight: float
    reason: str


@dataclass(frozen=True, slots=True)
class EventPlace:
    """A place chosen as where an event happened, with the reason."""

    mention: PlaceMention
    reason: str


def place_role(doc: Doc, mention: PlaceMention) -> PlaceRole:
    """The role of a place in its sentence, from the words that govern it."""
    token = doc[mention.head]
    while token.dep_ in _CLIMB_DEPS and token.head.i != token.i:
        if token.dep_ in _MODIFIER_DEPS and not _place_noun(token.head):
            return PlaceRole(0.3, f"modifies '{token.head.text}'")
        if token.dep_ in _MODIFIER_DEPS and _names_place_of(token.head):
            return PlaceRole(0.3, f"qualifies the '{token.head.text} of' named after it")
        token = token.head
    return _governed_role(token)


def _names_place_of(noun: Token) -> bool:
    """ "the port city of Hodeidah": the place noun names its place with "of"."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(
            g.dep_ == "pobj" and (g.ent_type_ in _PLACE_ENTS or g.pos_ == "PROPN")
            for g in child.children
        )
        for child in noun.children
    )


def _governed_role(token: Token) -> PlaceRole:
    head = token.head
    if token.dep_ == "pobj":
        prep = head.lower_
        if prep == "of":
            return _of_role(head.head)
        if prep in NON_LOCATIVE_PREPS:
            return PlaceRole(0.0, f"'{prep} {token.text}' is not where it happened")
        return PlaceRole(LOCATIVE_PREPS.get(prep, 1.0), f"'{prep} {token.text}'")
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in PLACE_OBJECT_VERBS:
        return PlaceRole(2.5, f"the place '{head.text}' acted on")
    if token.dep_ == "npadvmod":
        return PlaceRole(1.5, "adverbial place")
    return PlaceRole(0.5, f"'{token.text}' as {token.dep_ or 'root'}")


def _place_noun(token: Token) -> bool:
    return token.lower_ in PLACE_NOUNS or token.lemma_.lower() in PLACE_NOUNS


def _of_role(noun: Token) -> PlaceRole:
    """ "the city of X", "the outskirts of X": the noun's own role; "governor of X": none."""
    if _place_noun(noun) or noun.ent_type_ in ("GPE", "LOC", "FAC"):
        inner = _governed_role(noun)
        return PlaceRole(inner.weight, f"{inner.reason} ('{noun.text} of')")
    if noun.lemma_.lower() in EVENT_NOUNS:
        return PlaceRole(2.5, f"'{noun.text} of' names the place acted on")
    return PlaceRole(0.2, f"'{noun.text} of': not where it happened")


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


def _score(doc: Doc, trigger: int, mention: PlaceMention, role: PlaceRole) -> float:
    distance = min(hops(doc, trigger, mention.head), _MAX_HOPS)
    return role.weight * (1.0 - distance / (2 * _MAX_HOPS))


def choose_event_places(
    doc: Doc, *, trigger: int, mentions: Sequence[PlaceMention], min_weight: float = 1.0
) -> list[EventPlace]:
    """The places of ``mentions`` where the event of token ``trigger`` happened.

    Only places in the trigger's sentence with a locative role of at least ``min_weight``
    count; the best is kept with its conjuncts, and regions that only qualify a chosen
    place ("in Homs province" after "Palmyra") are left out.
    """
    scored = _lift_inner_places(doc, _scored(doc, trigger, mentions, min_weight=min_weight))
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
        if mention.metonym or not sent.start <= mention.head < sent.end:
            continue
        role = place_role(doc, mention)
        if role.weight >= min_weight:
            scored.append((_score(doc, trigger, mention, role), mention, role))
    return scored


def _lift_inner_places(doc: Doc, scored: list[_Scored]) -> list[_Scored]:
    """ "Palmyra in Homs province": the region qualifies Palmyra, which takes its score."""
    heads = {item[1].head: item for item in scored}
    kept = dict(heads)
    for score, mention, _role in scored:
        inner = _qualified(doc, mention, heads)
        if inner is not None and inner in kept:
            inner_score, inner_mention, inner_role = kept[inner]
            kept[inner] = (max(inner_score, score + 0.01), inner_mention, inner_role)
            kept.pop(mention.head, None)
    return list(kept.values())


def _qualified(doc: Doc, mention: PlaceMention, heads: dict[int, _Scored]) -> int | None:
    """The head of the place ``mention`` qualifies ("in Y" attached to X), if any."""
    token = doc[mention.head]
    if token.dep_ in ("compound", "amod") and _place_noun(token.head):
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "of"):
        return None
    target = token.head.head
    for _ in range(3):
        if target.i in heads and target.i != mention.head:
            return target.i
        if target.head.i == target.i:
            return None
        target = target.head
    return None


def _conjoined(doc: Doc, a: PlaceMention, b: PlaceMention) -> bool:
    ta, tb = doc[a.head], doc[b.head]
    return (tb.dep_ == "conj" and _conj_root(tb) == _conj_root(ta)) or (
        ta.dep_ == "conj" and _conj_root(ta) == _conj_root(tb)
    )


def _conj_root(token: Token) -> int:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i
