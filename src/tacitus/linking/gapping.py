"""Frames for acts told with their verb left out ("killed seven farmers on Sunday and
four more on Tuesday": see ``mentions.gapping``).

The gapped conjunct is an event of its own: the act it repeats (for a death, the attack
the death belongs to), with that act's sides, anchored on the conjunct so that the day
and the number inside it are linked to it, not to the first act.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.mentions.gapping import gapped_conjuncts
from tacitus.pipeline.doc import Frame

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Host = Callable[[Frame], Frame | None]
GAPPED = "gapped"
"""Cue of a gapped act's frame: no death clause of its sentence belongs to it."""


# A gapped death with no attack to belong to is a killing of its own, not a casualty
# clause that may join an event of another day.
_OWN_ACT = "medium"


def _copy(frame: Frame, token: Token, *, victims: Frame) -> Frame:
    """``frame``'s act and sides, anchored on ``token``; the victims are ``victims``'s
    (the death clause's, where ``frame`` is the attack it belongs to)."""
    trigger = frame.trigger
    at = replace(
        trigger,
        text=token.text,
        start=token.idx,
        end=token.idx + len(token.text),
        head=token.i,
        strength=_OWN_ACT if trigger.strength == "casualty" else trigger.strength,
    )
    return Frame(
        trigger=at,
        code=frame.code,
        modality=frame.modality,
        actor1=list(frame.actor1),
        actor2=list(frame.actor2 or victims.actor2),
        reference=frame.reference,
        habitual=frame.habitual,
        generic_plural=frame.generic_plural,
        cues={*frame.cues, GAPPED},
    )


def gapped_frames(
    doc: Doc, frames: list[Frame], days: list[tuple[int, int]], *, host_of: Host
) -> list[Frame]:
    """One frame for each gapped conjunct of a trigger's verb: a copy of that trigger's
    act, or of the act a death belongs to (``host_of``)."""
    found: list[Frame] = []
    for frame in frames:
        conjuncts = gapped_conjuncts(doc[frame.trigger.head], days)
        if not conjuncts:
            continue
        act = frame if frame.trigger.strength != "casualty" else host_of(frame)
        found.extend(_copy(act or frame, token, victims=frame) for token in conjuncts)
    return found
