"""A blame that names no charge: "a police spokesman blamed Boko Haram".

Told right after an attack, "X blamed Y" with nothing said of what for tells who did the
act just reported: the source's attribution of its doer, which assembly gives the event as
its actor (:mod:`tacitus.assembly.attribution`), not an accusation of its own. "Blamed Y
for the violence", "blamed the blast on Y" state the charge: a statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs by which a source names who did an act: "blamed the cartel", "accused the rebels".
BLAME_LEMMAS: Final = frozenset({"blame", "accuse", "suspect", "attribute"})
NAMES_DOER: Final = "names_doer"
"""Cue: the trigger blames someone without saying for what (see module)."""

_CHARGE_PREPS: Final = frozenset({"for", "on", "over"})


def names_doer(token: Token) -> bool:
    """True for a verb "blame" with an object and no phrase saying what the blame is for."""
    if token.lemma_.lower() != "blame" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if not any(c.dep_ in ("dobj", "obj") for c in children):
        return False
    return not any(c.dep_ in ("prep", "dative") and c.lower_ in _CHARGE_PREPS for c in children)
