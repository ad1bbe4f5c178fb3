"""Verbs the parser misread as adjectives after "and".

spaCy's small English model reads "Rioters torched cars and looted shops" as "torched
[cars and looted shops]": "looted" an adjective of "shops", "shops" a conjunct of
"cars". The verb then has no subject, and coding and linking lose who looted. A past
verb right after "and" that opens a noun joined to an object list is a verb coordinated
with the verb of that list, and shares its subject; "the looted shops" stays an
adjective.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def misread_coordinate(trigger: Token) -> Token | None:
    """The verb a past verb after "and" is coordinated with, where the parser read it as
    an adjective of the next noun ("Rioters torched cars and looted shops": "looted
    shops" as a noun phrase joined to "cars"): the verb whose object list the noun
    ends. None for a true adjective ("the looted shops")."""
    doc = trigger.doc
    noun = trigger.head
    if trigger.dep_ != "amod" or trigger.tag_ not in ("VBD", "VBN") or trigger.i == 0:
        return None
    if doc[trigger.i - 1].lower_ != "and" or noun.dep_ != "conj" or noun.left_edge.i != trigger.i:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    holder = first.head.head if first.dep_ == "pobj" else first.head
    if first.dep_ not in ("dobj", "pobj") or holder.pos_ not in ("VERB", "AUX"):
        return None
    return holder
