"""Choose where an event happened among the places its sentence names.

Each place gets a *role* from the words that govern it
(:func:`tacitus.geoparse.place_roles.place_role`); the chosen places are those with a
locative role nearest the event's trigger in the parse, in the trigger's own clause before
any other (none in a clause of state or of another time: "troops who have bases in X",
"since rebels took X"), with their conjuncts ("Palmyra and Quaryatayn", "X and the town
of Y"), less the regions that only qualify another chosen place ("Palmyra in Homs
province", :mod:`tacitus.geoparse.qualified`) and the countries or regions that only hold
a finer place chosen beside them ("in the village of Ashmi, in Syria"). With no place of
full weight, one of the trigger's clause that names its subject or object is taken ("Hong
Kong people demonstrated"). Names the toponym finder missed in the sentence's place slots
may join the candidates (:mod:`tacitus.geoparse.slot_names`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tacitus.components.toponyms import PLACE_NOUNS, PLACE_OBJECT_VERBS
from tacitus.geoparse.clause import clause_head, in_trigger_clause
from tacitus.geoparse.conjuncts import conjoined, same_name, through_place_noun
from tacitus.geoparse.containers import drop_containers
from tacitus.geoparse.name_spans import widen
from tacitus.geoparse.place_roles import (
    CLAUSE_EVENT_NOUNS,
    LOCATIVE_PREPS,
    NON_LOCATIVE_PREPS,
    PlaceRole,
    is_place_noun,
    place_role,
)
from tacitus.geoparse.place_words import OTHER_TIME_MARKERS, STATE_VERBS
from tacitus.geoparse.qualified import lift_inner_places
from tacitus.geoparse.slot_names import slot_names as find_slot_names
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
# A name coordinated with the chosen place shares its role unless its own says it is none.
_CONJUNCT_WEIGHT = 0.5
# With no place of full weight, the share of it a place of the trigger's clause needs.
_FALLBACK_SHARE = 0.7
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_ACTOR_LABELS = frozenset({"ORG", "NORP", "PERSON"})
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
    doc: Doc,
    *,
    trigger: int,
    mentions: Sequence[PlaceMention],
    min_weight: float = 1.0,
    slot_names: bool = True,
) -> list[EventPlace]:
    """The places of ``mentions`` where the event of token ``trigger`` happened.

    Only places in the trigger's sentence with a locative role of at least ``min_weight``
    count (places outside the trigger's clause at half weight); the best is kept with its
    conjuncts, and regions that only qualify or hold a chosen place are left out. With
    ``slot_names``, names the toponym finder missed in the sentence's place slots
    (:mod:`tacitus.geoparse.slot_names`) are candidates too, unresolved, and unresolved
    names cut short are widened (:mod:`tacitus.geoparse.name_spans`).
    """
    sent = doc[trigger].sent
    named = [m for m in mentions if sent.start <= m.head < sent.end]
    if slot_names:
        named = [widen(doc, m) for m in named]
        named = sorted([*named, *find_slot_names(doc, sent, named)], key=lambda m: m.start)
    scored = lift_inner_places(doc, _scored(doc, trigger, named, min_weight=min_weight))
    scored = drop_containers(doc, trigger, scored)
    if not scored:
        scored = _weak_but_near(doc, trigger, named, min_weight=min_weight)
    if not scored:
        return []
    _, best, role = max(scored, key=lambda item: item[0])
    chosen = [EventPlace(best, f"{role.reason}, nearest the event")]
    for mention in named:
        if mention is not best and same_name(doc, best, mention):
            chosen.append(EventPlace(mention, f"part of the name {best.text}"))
        elif mention is not best and conjoined(doc, best, mention):
            other = mention_role(doc, mention)
            if other.weight >= _CONJUNCT_WEIGHT and _listed_place(doc, best, mention):
                chosen.append(EventPlace(mention, f"{other.reason}, named with {best.text}"))
    return sorted(chosen, key=lambda c: c.mention.start)


_Scored = tuple[float, PlaceMention, PlaceRole]


def _listed_place(doc: Doc, best: PlaceMention, other: PlaceMention) -> bool:
    """Whether a name coordinated with the chosen place is a place too: known to the
    gazetteer, read as a place by the parser, or listed under a place noun ("the towns of
    X and Y"); an unknown name the parser reads as a group's or person's is more often an
    actor named beside the place ("in the Qalamoun Mountains, the army and Hezbollah")."""
    if other.place is not None or doc[other.head].ent_type_ not in _ACTOR_LABELS:
        return True
    return through_place_noun(doc, best, other)


def _scored(
    doc: Doc, trigger: int, mentions: Sequence[PlaceMention], *, min_weight: float
) -> list[_Scored]:
    scored = []
    for mention in mentions:
        role = _clause_role(doc, trigger, mention, mention_role(doc, mention))
        if role.weight >= min_weight:
            scored.append((_score(doc, trigger, mention, role), mention, role))
    return scored


def _weak_but_near(
    doc: Doc, trigger: int, named: Sequence[PlaceMention], *, min_weight: float
) -> list[_Scored]:
    """With no place of full weight, one of the trigger's own clause that modifies its
    subject or object ("Hong Kong people demonstrated", "the owner of a Sofia restaurant
    was shot") is the best guess left."""
    weak = _scored(doc, trigger, named, min_weight=min_weight * _FALLBACK_SHARE)
    return [
        item
        for item in weak
        if doc[item[1].head].dep_ in _MODIFIER_DEPS
        and doc[item[1].head].head.pos_ == "NOUN"
        and in_trigger_clause(doc, trigger=trigger, head=item[1].head)
    ]


def _clause_role(doc: Doc, trigger: int, mention: PlaceMention, role: PlaceRole) -> PlaceRole:
    """The role weakened when the name is in another clause than the trigger's, and none
    when that clause tells a standing state ("troops which have bases in Turkey")."""
    nouns = CLAUSE_EVENT_NOUNS | PLACE_NOUNS
    if in_trigger_clause(doc, trigger=trigger, head=mention.head, event_nouns=nouns):
        return role
    verb = doc[clause_head(doc[mention.head])]
    if verb.dep_ in ("relcl", "advcl") and verb.lemma_.lower() in STATE_VERBS:
        return PlaceRole(0.0, f"{role.reason} (in a clause of state, '{verb.text}')")
    marker = _other_time(doc[mention.head], stop=trigger)
    if marker is not None:
        return PlaceRole(0.0, f"{role.reason} (in a clause of another time or case, '{marker}')")
    return role.scaled(_OTHER_CLAUSE_SHARE, "in another clause")


def _other_time(token: Token, *, stop: int) -> str | None:
    """The word that opens a clause of another time or case ("since", "if") above
    ``token``, below the token ``stop``, if any."""
    while token.i not in (token.head.i, stop):
        marker = next((c.lower_ for c in token.children if c.dep_ == "mark"), None)
        if marker in OTHER_TIME_MARKERS:
            return marker
        token = token.head
    return None


def _score(doc: Doc, trigger: int, mention: PlaceMention, role: PlaceRole) -> float:
    distance = min(hops(doc, trigger, mention.head), _MAX_HOPS)
    return role.weight * (1.0 - distance / (2 * _MAX_HOPS))
