"""An earlier act of a series the report counts: "It was the second attack on the town in a
week: on Thursday, two farmers were shot dead ...".

A sentence that counts the report's event as the second, third or latest of its kind
within a short span tells the reader that an earlier one exists, and the act told right
after it (after its colon, or in the next sentence of the paragraph) is that earlier one,
recalled for context. Assembly keeps such an act as background when it is dated before
the report's first event (:mod:`tacitus.assembly.cluster`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

    from tacitus.pipeline.doc import Frame

__all__ = ["SERIES_EARLIER", "mark_series"]

SERIES_EARLIER: Final = "series_earlier"
"""Cue: the act is told right after a sentence that counts the report's event as one of a
series ("the second raid in a week"): an earlier act of the series, when dated before."""

_SERIES: Final = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|latest)\b[^.;:]{0,60}?"
    r"\b(?:attack|raid|blast|bombing|killing|ambush|assault|incident|explosion|strike)"
    r"(?:s|es)?\b[^.;:]{0,60}?"
    r"\b(?:(?:in|within)\s+(?:a|one|two|three|four|five|six|seven|ten|\d+|the\s+(?:past|last)"
    r"(?:\s+\w+)?)\s+(?:days?|weeks?|months?)|this\s+(?:week|month|year))\b",
    re.IGNORECASE,
)


def mark_series(frames: Sequence[Frame], sents: Sequence[Span], text: str) -> None:
    """Give :data:`SERIES_EARLIER` to the frames told right after a series count: after
    the colon that closes it, or in the next sentence of its paragraph."""
    for index, sent in enumerate(sents):
        found = _SERIES.search(sent.text)
        if found is None:
            continue
        start = sent.start_char + found.end()
        colon = text.find(":", start, sent.end_char)
        following = sents[index + 1] if index + 1 < len(sents) else None
        same_paragraph = following is not None and "\n\n" not in text[start : following.start_char]
        for frame in frames:
            after_colon = colon >= 0 and frame.trigger.sent == index and frame.trigger.start > colon
            next_one = same_paragraph and frame.trigger.sent == index + 1
            if after_colon or next_one:
                frame.cues.add(SERIES_EARLIER)
