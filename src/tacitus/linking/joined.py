"""Acts told in one breath: a verb coordinated with an earlier one, with no subject of its own.

"The governor condemned the kidnapping and called for the journalist's release": the
second verb has no subject; whoever did the first did it too, in the same statement. A
coder records one statement for such a sentence, not one per verb
(:mod:`tacitus.assembly.cluster` joins them). "The minister condemned the raid and the
opposition called for calm" gives the second verb a subject of its own: two speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

JOINED: Final = "joined"
"""Cue: the trigger is a verb coordinated with an earlier verb and has no subject of its
own: it shares the earlier verb's doer."""

_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def joined_act(token: Token) -> bool:
    """True for a verb joined by "and" to an earlier verb, with no subject of its own."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ != "conj":
        return False
    head = token.head
    if head.i == token.i or head.i > token.i:
        return False
    return not any(c.dep_ in _SUBJECTS for c in token.children)
