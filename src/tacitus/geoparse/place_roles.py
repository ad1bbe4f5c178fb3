"""The role of a place name in its sentence, from the words that govern it.

A sentence names places for many reasons: where something happened ("killed in Aleppo"),
where someone comes from ("a driver from Abidjan"), whose office is meant ("the governor
of Homs"), or what a thing belongs to ("a Kabul hospital", "Syria's conflict"). A role's
weight says how likely the name is where an event of the clause happened (0: not at all).
Names that modify a noun take that noun's role, a little weaker ("bombed a Kabul
hospital", "killed in Syria's war"), unless the noun is an actor ("U.S. forces").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tacitus.coding.cues import PUBLIC_WAYS
from tacitus.components.toponym_words import is_place_noun
from tacitus.components.toponyms import PLACE_OBJECT_VERBS
from tacitus.geoparse.place_words import (
    ACTOR_NOUNS,
    CLAUSE_EVENT_NOUNS,
    DIRECTION_WORDS,
    DISTANCE_WORDS,
    EVENT_NOUNS,
    EXAMPLE_PREPS,
    HELD_VERBS,
    LOCATIVE_PREPS,
    NON_LOCATIVE_PREPS,
    PERSON_NOUNS,
    PERSON_OBJECT_VERBS,
    PROTEST_VERBS,
    SEAT_WORDS,
    SOURCE_NOUNS,
    TOPIC_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ACTOR_NOUNS",
    "CLAUSE_EVENT_NOUNS",
    "EVENT_NOUNS",
    "LOCATIVE_PREPS",
    "NON_LOCATIVE_PREPS",
    "PlaceRole",
    "governed_role",
    "is_place_noun",
    "names_place_of",
    "place_role",
]

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_MODIFIER_SHARE = 0.8
_OF_SHARE = 0.9
_SUBJECT_WEIGHT = 1.2
_DIRECTION_SHARE = 0.8
_SUBJECT_PLACE_SHARE = 0.8
_DIRECTION_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class PlaceRole:
    """Why a place is named: its weight as an event place (0: not one) and a reason."""

    weight: float
    reason: str

    def scaled(self, share: float, note: str) -> PlaceRole:
        """The same role, weaker by ``share``, with ``note`` added to the reason."""
        return PlaceRole(self.weight * share, f"{self.reason} ({note})")


def place_role(token: Token, *, person: bool = False, country: bool = False) -> PlaceRole:
    """The role of the name whose head is ``token``; ``person``: the parser reads the name
    as a person's; ``country``: the name is a country's (as a noun modifier, a
    nationality: "a U.S. airstrike")."""
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.dep_ in _MODIFIER_DEPS and token.head.i != token.i:
        if country and token.dep_ != "poss" and _side_noun(token.head):
            return PlaceRole(0.3, f"a nationality: '{token.text} {token.head.text}'")
        return _modifier_role(token, token.head)
    return governed_role(token, person=person)


def _side_noun(noun: Token) -> bool:
    """A noun a country's name makes a nationality of ("U.S. forces", "a U.S. airstrike")."""
    lemma = _lemma(noun)
    return lemma in ACTOR_NOUNS or lemma in EVENT_NOUNS or noun.pos_ != "NOUN"


def _modifier_role(token: Token, noun: Token) -> PlaceRole:
    """A name that modifies ``noun``: "Homs province", "a Kabul hospital", "U.S. forces"."""
    if is_place_noun(noun):
        if names_place_of(noun) or (token.dep_ == "poss" and _named(noun, token)):
            return PlaceRole(0.3, f"qualifies the '{noun.text}' named beside it")
        return place_role(noun).scaled(1.0, f"'{noun.text}'")
    if _lemma(noun) in ACTOR_NOUNS or noun.ent_type_ in ("ORG", "PERSON", "NORP"):
        return PlaceRole(0.3, f"modifies '{noun.text}'")
    if _lemma(noun) in PERSON_NOUNS and noun.tag_ == "NN":
        return PlaceRole(0.3, f"says where the '{noun.text}' is from")
    role = place_role(noun)
    if noun.dep_ in ("nsubj", "nsubjpass") and role.weight < _SUBJECT_WEIGHT:
        role = PlaceRole(_SUBJECT_WEIGHT, f"names the subject '{noun.text}'")
    return role.scaled(_MODIFIER_SHARE, f"named in '{noun.text}'")


def _named(noun: Token, owner: Token) -> bool:
    """ "DPRK's North Phyongan province": the place noun has a name of its own."""
    return any(
        c.i != owner.i and c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
        for c in noun.children
    )


def governed_role(token: Token, *, person: bool = False) -> PlaceRole:
    """The role a word's own head gives it (preposition, verb)."""
    head = token.head
    if token.dep_ == "pobj":
        return _object_role(token, head)
    particle = _stray_preposition(token)
    if particle is not None:
        return PlaceRole(LOCATIVE_PREPS[particle], f"'{particle} {token.text}'")
    if token.dep_ in ("dobj", "nsubjpass") and _lemma(head) in PLACE_OBJECT_VERBS | HELD_VERBS:
        return _acted_on(token, head, person=person)
    if token.dep_ == "npadvmod" and head.lower_ in SEAT_WORDS:
        return PlaceRole(0.0, f"where someone is '{head.text}' ('{token.text}-{head.text}')")
    if token.dep_ == "npadvmod":
        return PlaceRole(1.5, "adverbial place")
    return PlaceRole(0.5, f"'{token.text}' as {token.dep_ or 'root'}")


def _acted_on(token: Token, verb: Token, *, person: bool) -> PlaceRole:
    """The object of a verb that acts on places ("captured Palmyra")."""
    if _lemma(verb) not in PERSON_OBJECT_VERBS:
        return PlaceRole(3.0, f"the place '{verb.text}' acted on")
    if person:
        return PlaceRole(0.8, f"'{token.text}' {verb.text}: a person as often as a place")
    return PlaceRole(2.5, f"the place or person '{verb.text}' acted on")


def _stray_preposition(token: Token) -> str | None:
    """A locative preposition right before the name that the parser took for a particle
    ("captured off Mogadishu": "off" a particle, the name an adverb or object)."""
    if token.i == 0 or token.dep_ not in ("npadvmod", "dobj", "advmod"):
        return None
    before = token.doc[token.i - 1]
    word = before.lower_
    if before.dep_ in ("prt", "advmod") and word in LOCATIVE_PREPS and word != "on":
        return word
    return None


# Prepositions by which a crowd goes out on a public way: "took to the streets (of X)".
_INTO = frozenset({"to", "into", "onto"})


def _object_role(token: Token, prep: Token) -> PlaceRole:
    word, owner = prep.lower_, prep.head
    if word == "of":
        return _of_role(owner)
    if word in EXAMPLE_PREPS and owner.i != owner.head.i:
        return place_role(owner).scaled(1.0, f"'{word} {token.text}'")
    if word == "from" and _distance_before(prep):
        return PlaceRole(_DIRECTION_WEIGHT, f"'some distance from {token.text}': the anchor")
    if word in NON_LOCATIVE_PREPS or owner.lower_ == "according":
        return PlaceRole(0.0, f"'{word} {token.text}' is not where it happened")
    if owner.pos_ in ("NOUN", "PROPN") and _lemma(owner) in SOURCE_NOUNS:
        return PlaceRole(0.3, f"'{owner.text} {word} {token.text}' says whose, not where")
    return _target_role(token, word, owner)


def _target_role(token: Token, word: str, owner: Token) -> PlaceRole:
    """ "an attack on X" names the place acted on; "fought against X" does not place it;
    "took to the streets of X" places the crowd in X."""
    if word in _INTO and _lemma(token) in PUBLIC_WAYS:
        return PlaceRole(LOCATIVE_PREPS["in"], f"'{word} the {token.text}': where the crowd was")
    if word in ("on", "against") and owner.pos_ == "NOUN" and _lemma(owner) in EVENT_NOUNS:
        return PlaceRole(2.5, f"'{owner.text} {word}' names the place acted on")
    if word == "against":
        return PlaceRole(0.0, f"'{word} {token.text}' is not where it happened")
    return _owner_role(token, word, owner)


def _owner_role(token: Token, word: str, owner: Token) -> PlaceRole:
    """A locative phrase, weighed by the word it is attached to: a topic ("a statement on
    Iraq"), a grievance ("protesting against the operation in Gaza") or the subject
    ("people in Hongze County patrolled the lake") say less of where it happened."""
    if word == "on" and _lemma(owner) in TOPIC_NOUNS:
        return PlaceRole(0.3, f"'{owner.text} on {token.text}' names a topic, not a place")
    if _grievance(owner):
        return PlaceRole(0.2, f"'{owner.text} {word} {token.text}' is what was protested")
    if _taken_to(owner):
        return PlaceRole(0.0, f"'{owner.text} {word} {token.text}' is where they were taken")
    described = _described_place(owner)
    if described is not None:
        return place_role(described).scaled(_MODIFIER_SHARE, f"describes '{described.text}'")
    role = PlaceRole(LOCATIVE_PREPS.get(word, 1.0), f"'{word} {token.text}'")
    if owner.dep_ in ("nsubj", "nsubjpass") and owner.pos_ == "NOUN":
        return role.scaled(_SUBJECT_PLACE_SHARE, f"where '{owner.text}' are")
    return role


# Verbs of carrying the hurt or the held somewhere: "taken to hospital in Jos".
_CARRY_VERBS = frozenset({"take", "rush", "evacuate", "transfer", "airlift", "bring", "fly"})


def _taken_to(owner: Token) -> bool:
    """The noun is where someone was carried ("taken to hospital", "flown to a clinic"):
    a place in its phrase is not where the event happened."""
    if owner.lemma_.lower() in _CARRY_VERBS:  # "taken to hospital in Jos": "in" on the verb
        return any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in owner.children)
    prep = owner.head
    if owner.dep_ != "pobj" or prep.lower_ not in ("to", "into"):
        return False
    return prep.head.lemma_.lower() in _CARRY_VERBS


def _distance_before(prep: Token) -> bool:
    """ "10 miles from X", "30 km away from X": a distance says how far from X it was."""
    owner = prep.head
    if _lemma(owner) in DISTANCE_WORDS:
        return True
    return any(
        c.i < prep.i and c.dep_ in ("npadvmod", "advmod") and _lemma(c) in DISTANCE_WORDS
        for c in [*owner.children, *prep.children]
    )


def _described_place(owner: Token) -> Token | None:
    """The place a phrase only describes: the place noun of a participle ("the checkpoint
    leading to the airport") or the name an apposition describes ("from Wana, the main
    town in South Waziristan")."""
    if owner.dep_ == "acl" and is_place_noun(owner.head):
        return owner.head
    if owner.dep_ == "appos" and owner.head.pos_ == "PROPN" and is_place_noun(owner):
        return owner.head
    return None


def _grievance(noun: Token) -> bool:
    """ "protesting against the operation in Gaza": a noun a protest is against or about
    names a grievance, and a place it holds is not where the protest was."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("against", "about")
        and _lemma(prep.head) in PROTEST_VERBS
    )


def _of_role(noun: Token) -> PlaceRole:
    """ "the city of X", "the streets of X" take the noun's role; "governor of X": none."""
    if _lemma(noun) in DIRECTION_WORDS and noun.dep_ != "pobj":
        return _direction_role(noun)
    if _lemma(noun) in EVENT_NOUNS:
        return PlaceRole(2.5, f"'{noun.text} of' names the place acted on")
    if _lemma(noun) in ACTOR_NOUNS or noun.ent_type_ in ("ORG", "PERSON", "NORP"):
        return PlaceRole(0.2, f"'{noun.text} of': not where it happened")
    share = 1.0 if is_place_noun(noun) or noun.ent_type_ in _PLACE_ENTS else _OF_SHARE
    return place_role(noun).scaled(share, f"'{noun.text} of'")


def _direction_role(direction: Token) -> PlaceRole:
    """ "a town northeast of Baghdad", "ambushed 20 km south of Kirkuk": the place is the
    anchor the event is placed from, in the role of what the direction describes; a
    distance measured from it places the event, whatever noun the parser hung it from
    ("clashed with rebels 40 km south of Beni")."""
    owner = direction.head
    measured = any(c.dep_ == "npadvmod" for c in direction.children)
    if owner.i != direction.i and owner.pos_ in ("NOUN", "PROPN") and not measured:
        return place_role(owner).scaled(_DIRECTION_SHARE, f"'{direction.text} of'")
    return PlaceRole(_DIRECTION_WEIGHT, f"'{direction.text} of' names the place it is near")


def names_place_of(noun: Token) -> bool:
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


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
