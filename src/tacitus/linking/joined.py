"""Acts told in one breath: a verb coordinated with an earlier one, with no subject of its own.

"The governor condemned the kidnapping and called for the journalist's release": the
second verb has no subject; whoever did the first did it too, in the same statement. A
coder records one statement for such a sentence, not one per verb
(:mod:`tacitus.assembly.cluster` joins them). "The minister condemned the raid and the
opposition called for calm" gives the second verb a subject of its own: two speakers.
What such a joined "said" reports is part of the same statement too: "the spokesman denied
that the group was involved and said the movement was investigating the incident".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

JOINED: Final = "joined"
"""Cue: the trigger is a verb coordinated with an earlier verb and has no subject of its
own: it shares the earlier verb's doer."""
JOINED_REPORT: Final = "joined_report"
"""Cue: the trigger is what a joined verb of saying reports ("... and said the movement
was investigating"): part of the same statement, though not an act of its speaker."""

_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_SAYING: Final = frozenset({"say", "add", "state", "tell", "announce"})


def _joined_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or token.dep_ != "conj":
        return False
    head = token.head
    if head.i == token.i or head.i > token.i:
        return False
    return not any(c.dep_ in _SUBJECTS for c in token.children)


def joined_act(token: Token) -> str | None:
    """``JOINED`` for a verb joined by "and" to an earlier verb, with no subject of its
    own; ``JOINED_REPORT`` for what such a joined verb of saying reports ("... and said the
    movement was investigating"); else None."""
    if _joined_verb(token):
        return JOINED
    head = token.head
    reported = token.dep_ == "ccomp" and head.lemma_.lower() in _SAYING
    return JOINED_REPORT if reported and _joined_verb(head) else None
