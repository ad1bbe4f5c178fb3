"""Whom a statement, a gift or a diplomatic act is for.

Outside violence and protest, an act is done to whoever receives it or is dealt with:
the one given to ("gave Tanzania a grant", "granted asylum to 18 rebels"), the other
party ("lodged a protest with Albania"). A threat, promise, offer or refusal is aimed at
whoever the act it speaks of would fall on: "threatened to break relations with Russia"
is a threat to Russia, "offered to hand over two suspects to Britain" an offer to
Britain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.coding.cues import PUBLIC_WAYS

if TYPE_CHECKING:
    from spacy.tokens import Token

_RECIPIENT_PREPS: Final = frozenset({"to", "with", "against", "on", "toward", "towards"})
_OBJECTS: Final = ("dobj", "dative")
_COMPLEMENT_DEPTH = 2


def _prep_objects(token: Token) -> list[Token]:
    return [
        o
        for p in token.children
        if p.dep_ in ("prep", "dative") and p.lower_ in _RECIPIENT_PREPS
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() not in PUBLIC_WAYS
    ]


def recipients(trigger: Token) -> list[Token]:
    """Heads of the phrases a verb's act is given to or done with ("gave Tanzania a
    grant", "protest with Albania")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    datives = [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    return datives + _prep_objects(trigger)


def complement_targets(trigger: Token) -> list[Token]:
    """Heads of what the act a verb speaks of falls on ("threatened to break relations
    with Russia" -> relations, Russia), through at most two complements."""
    found: list[Token] = []
    node = trigger
    for _ in range(_COMPLEMENT_DEPTH):
        comps = [c for c in node.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if not comps:
            break
        node = comps[0]
        found += [c for c in node.children if c.dep_ in _OBJECTS] + recipients(node)
        if found:
            break
    return found
