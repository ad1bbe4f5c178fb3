"""Peoples named on a noun of fighters: "clashes between Dinka and Nuer youths", "fighting
between Hema and Lendu militias", "Hema militiamen attacked".

Each name with the shared noun is an actor of its own ("Hema militias" is the Hema
ethnic militia), and two named together are the two sides; the shared noun alone
("youths", "militias") is no other actor. Where the knowledge base knows one of the peoples'
militias, a people coordinated with it that it does not know is that people's identity
militia too, as ACLED names it ("Nuer Ethnic Militia (South Sudan)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.actors.identity import FIGHTERS, IDENTITY_MILITIA, people_militia
from tacitus.pipeline.doc import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.actors import ActorEntry, ActorKB

_MODIFIER_DEPS: Final = frozenset({"amod", "compound", "nmod"})


def _named_before(noun: Token) -> list[Token]:
    """The capitalised names before a noun: "Dinka" and "Nuer" of "Dinka and Nuer
    youths", "Hema" of "Hema militiamen"."""
    for word in noun.children:
        if word.dep_ not in _MODIFIER_DEPS or word.i > noun.i:
            continue
        names = [word, *word.conjuncts]
        if all(n.text[:1].isupper() and n.i < noun.i for n in names):
            return sorted(names, key=lambda t: t.i)
    return []


def _militia(name: Token, noun: Token, kb: ActorKB, country: str | None) -> ActorEntry | None:
    """The actor a name with the noun resolves to, trying the group's own word for a
    noun of its fighters ("Hema militiamen" as "Hema militia")."""
    entry = kb.resolve(f"{name.text} {noun.text}", country=country)
    if (entry is None or entry.inter != IDENTITY_MILITIA) and noun.lemma_.lower() in FIGHTERS:
        entry = kb.resolve(f"{name.text} militia", country=country) or entry
    return entry


def _sides(
    names: list[Token], noun: Token, kb: ActorKB, country: str | None
) -> list[ActorEntry] | None:
    """Each name's actor with the noun, or None unless one is an identity militia the
    knowledge base knows; an unknown name beside it is its people's militia."""
    entries = [_militia(n, noun, kb, country) for n in names]
    if not any(e is not None and e.inter == IDENTITY_MILITIA for e in entries):
        return None
    found: list[ActorEntry] = []
    for name, entry in zip(names, entries, strict=True):
        known = entry is not None and entry.inter == IDENTITY_MILITIA
        side = entry if known else people_militia(name.text, kb, country)
        if side is None:
            return None
        found.append(side)
    return found


def shared_heads(
    doc: Doc, found: list[ActorMention], kb: ActorKB, country: str | None
) -> list[ActorMention]:
    """The mentions with peoples named together on one noun split into one actor each
    (see the module doc); the noun's own mention and the names' unresolved ones go."""
    result = list(found)
    for index, sent in enumerate(doc.sents):
        for noun in sent:
            names = _named_before(noun) if noun.pos_ == "NOUN" else []
            sides = _sides(names, noun, kb, country) if names else None
            if sides is None:
                continue
            taken = {n.i for n in names} | {noun.i}
            result = [m for m in result if m.head not in taken]
            result += [
                ActorMention.of_word(name, index, entry)
                for name, entry in zip(names, sides, strict=True)
            ]
    return sorted(result, key=lambda m: m.start)
