"""Countries and capitals that act: "Libya has offered", "accused the United States".

A country's own name in an argument slot of a clause stands for its state, as a news
reader takes it: the subject ("Israel threatened", "Uganda has granted asylum"), the
object ("accused the United States", "visited Russia"), the one given to ("gave
Tanzania a grant") or the object of a preposition that names a party ("talks with
Serbia", "action against Russia", "handed over to Britain", "an admission by Moscow").
A place where something happened ("in Iraq", "across Syria") is no party, nor is a
country named as the land a place is part of ("off the coast of Yemen", "the north of
Mali", "the outskirts of Kabul").

A capital or seat of government ("Tehran", "Washington", "Beirut") stands for its state
only as the one who acts: the subject of a clause or its "by" agent. As an object it is
most often the city itself ("shelled Kabul", "flew to Moscow").

A country's name before a noun of an act of arms only states wage says whose forces
acted ("a U.S. airstrike", "the Turkey offensive"): it becomes the country's military;
before "attack" or "bombing" it is more often where ("the Iraq bombing").

Otherwise either becomes the government of the country (ACLED's "Government of X"); linking then
decides whether it acted or was acted upon.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Final

from tacitus.components.toponym_words import PLACE_NOUNS
from tacitus.pipeline.doc import ActorMention, ArticleDoc

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tacitus.actors import ActorEntry, ActorKB

_COUNTRY_DEPS: Final = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_SEAT_DEPS: Final = frozenset({"nsubj"})
_PARTY_PREPS: Final = frozenset(
    {"with", "against", "to", "toward", "towards", "on", "by", "of", "from"}
)
_AGENT_PREPS: Final = frozenset({"by"})
# Nouns whose "of X" names the land they are part of, not a party.
_PARTS_OF_LAND: Final = (PLACE_NOUNS - {"state"}) | {
    "coast",
    "coastline",
    "shore",
    "shores",
    "waters",
    "airspace",
    "skies",
    "soil",
    "interior",
}


def _slot(token: Token) -> Token:
    """The token whose relation says the phrase's role: the first of coordinated
    names ("the United States and Jordan agreed": Jordan fills the subject slot too)."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node


def _fills(token: Token, deps: frozenset[str], preps: frozenset[str]) -> bool:
    """The phrase headed by ``token`` is a clause argument of ``deps``, or the object of
    a preposition of ``preps`` (or of a passive's "by" agent)."""
    slot = _slot(token)
    if slot.dep_ in deps:
        return True
    if slot.dep_ != "pobj":
        return False
    prep = slot.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _PARTS_OF_LAND:
        return False
    return prep.lower_ in preps and (prep.dep_ in ("prep", "agent", "dative"))


# Acts of arms only a state's forces wage in news usage: a country's name before one
# says whose they were ("a U.S. airstrike", "the Turkey offensive"). An attack or a
# bombing named after a country is more often one that happened there ("the Iraq
# bombing"), and stays a place.
_STATE_ACTS: Final = frozenset(
    {"airstrike", "strike", "raid", "shelling", "bombardment", "offensive", "invasion"}
    | {"incursion", "blockade", "airlift"}
)


def _wages(token: Token) -> bool:
    """A country's name modifying a noun of an act of arms only states wage."""
    slot = _slot(token)
    return slot.dep_ == "compound" and slot.head.lemma_.lower() in _STATE_ACTS


def _state_of(text: str, token: Token, kb: ActorKB) -> str | None:
    """The country the name ``text`` stands for in its slot, or ``None``."""
    country = kb.country_of_name(text)
    if country is not None:
        return country if _fills(token, _COUNTRY_DEPS, _PARTY_PREPS) or _wages(token) else None
    seat = kb.country_of_seat(text)
    if seat is not None and _fills(token, _SEAT_DEPS, _AGENT_PREPS):
        return seat
    return None


def _government(kb: ActorKB, text: str, token: Token) -> ActorEntry | None:
    """The government of the country ``text`` stands for; its military when the name
    says whose act of arms it was ("a U.S. airstrike")."""
    country = _state_of(text, token, kb)
    if country is None:
        return None
    return kb.state("MIL" if _wages(token) else "GOV", country)


def _resolved(mention: ActorMention, kb: ActorKB, token: Token) -> ActorMention:
    """An unknown name that is a country's or a capital's in a party's slot, as its
    government; any other mention as it is."""
    if mention.kind != "unknown":
        return mention
    entry = _government(kb, mention.text, token)
    return mention if entry is None else dataclasses.replace(mention, entry=entry, kind="named")


def with_acting_states(
    adoc: ArticleDoc, kb: ActorKB, mentions: list[ActorMention]
) -> list[ActorMention]:
    """``mentions`` with the countries and capitals that fill a party's slot as their
    governments: a name the parser took for a person or group ("Sri Lanka has
    established ties") resolved, and a toponym no mention covers added."""
    doc = adoc.doc
    if doc is None:
        return mentions
    found = [_resolved(m, kb, doc[m.head]) for m in mentions]
    taken = [(m.start, m.end) for m in found]
    for place in adoc.places:
        if any(place.start < e and s < place.end for s, e in taken):
            continue
        entry = _government(kb, place.text, doc[place.head])
        if entry is None:
            continue
        found.append(ActorMention.of_place(place, entry))
        taken.append((place.start, place.end))
    return found
