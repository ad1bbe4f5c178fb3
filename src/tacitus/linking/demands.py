"""Who demands of whom: "Russia said Sudan must return the helicopter".

A reported obligation ("X said Y must / should do Z") is X's demand on Y (PLOVER
REQUEST): the one who says it acts, the one who must do it is acted upon. The same holds
for a demand carried by a noun ("its demand that Israel ease restrictions", "a statement
saying the rebels should disarm"): its owner, or the subject of the verb it is the object
of ("reiterated its demand", "issued a statement"), makes the demand. A verb of
demanding with a "that" clause ("demanded that the US cancel the sale") makes its demand
of the clause's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.coding.statements import REPORTING

if TYPE_CHECKING:
    from spacy.tokens import Token

_DEMAND_AUX: Final = frozenset({"must", "should"})
_DEMAND_NOUNS: Final = frozenset(
    {"demand", "call", "statement", "declaration", "message", "letter", "warning", "reminder"}
)
_SUBJECTS: Final = ("nsubj", "nsubjpass")
# Verbs whose "that" clause says what someone else must do: "demanded that Hamas renounce
# violence" is a demand made of Hamas.
_DEMANDING: Final = frozenset(
    {"demand", "insist", "urge", "ask", "request", "order", "require", "press", "call"}
)


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _obliged(token: Token) -> bool:
    """The verb is put with "must" or "should"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _DEMAND_AUX for c in token.children)


def _verb_speakers(verb: Token) -> list[Token]:
    """The subject of a reporting verb, or its "by" agent."""
    found = _children(verb, ("nsubj",))
    if found:
        return found
    agents = _children(verb, ("agent",))
    return [o for a in agents for o in a.children if o.dep_ == "pobj"]


def _noun_speakers(noun: Token) -> list[Token]:
    """The owner of a demand noun ("its demand"), else the subject of the verb it is the
    object of ("issued a statement")."""
    owners = _children(noun, ("poss",))
    if owners:
        return owners
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return _verb_speakers(noun.head)
    return []


def demand_speakers(trigger: Token) -> list[Token] | None:
    """Heads of the phrases that make the demand when ``trigger`` is a reported
    obligation, else ``None`` (an empty list: a demand whose maker is not named)."""
    if trigger.pos_ not in ("VERB", "AUX") or not _obliged(trigger):
        return None
    governor = trigger.head
    if governor.i == trigger.i:
        return None
    if trigger.dep_ == "ccomp" and governor.lemma_.lower() in REPORTING:
        return _verb_speakers(governor)
    if trigger.dep_ in ("acl", "ccomp") and governor.lemma_.lower() in _DEMAND_NOUNS:
        return _noun_speakers(governor)
    return None


def demanded_of(trigger: Token) -> list[Token]:
    """Heads of the phrases a demanding verb's "that" clause makes its demand of:
    "demanded that Hamas renounce violence" -> Hamas."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in _DEMANDING:
        return []
    clauses = _children(trigger, ("ccomp",))
    return [s for c in clauses for s in _children(c, _SUBJECTS)]
