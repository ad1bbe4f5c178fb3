"""Who acted in a passive or a death told together with its cause.

"Eleven people were killed when pro-government forces pounded the town", "a man died
after soldiers opened fire": the passive (or the verb of dying) names no one who acted,
and the clause of time it governs tells who did. Its subject is the event's actor 1
when no "by" agent names one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tacitus.pipeline.doc import ActorMention

# Conjunctions of a clause that tells what brought the event about.
CAUSE_MARKERS: Final = frozenset({"when", "after"})
# Verbs that say someone died or was hurt without naming who did it.
_UNDERGONE: Final = frozenset({"die", "perish"})


def _undergoes(trigger: Token) -> bool:
    """A passive verb ("were killed") or one of dying: its subject is who suffered."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    return passive or trigger.lemma_.lower() in _UNDERGONE


def cause_agents(trigger: Token) -> list[Token]:
    """Subjects of the first "when/after" clause inside the trigger's phrase, after
    it ("were killed when a drone dropped an explosive"), for a passive or a death."""
    if trigger.pos_ not in ("VERB", "AUX") or not _undergoes(trigger):
        return []
    for token in trigger.subtree:
        if token.i <= trigger.i or token.lower_ not in CAUSE_MARKERS:
            continue
        if token.dep_ not in ("advmod", "mark") or token.head.pos_ != "VERB":
            continue
        verb = token.head
        if verb.i == trigger.i or _undergoes(verb):
            continue
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def may_act(mention: ActorMention) -> bool:
    """Not a crowd or civilians: those in a clause of cause are more often the victims
    ("killed when protesters gathered") than who acted."""
    return mention.entry is None or mention.entry.inter not in (6, 7)
