"""Datelines inside the first lines: "Title of the story. MANSFIELD — The City Council ...".

The pipeline's dateline (:func:`tacitus.mentions.dateline.find_dateline`) opens the body
or the line after the title. Local papers often run title and body together on one line,
so here an all-capitals name followed by a dash ("ROCKY HILL -", "ISLE OF PALMS —",
"BYESVILLE --", "SOUTH CHARLESTON, W.Va. --") also counts anywhere near the start, when
it ends a sentence or a line before it and the gazetteer knows it; at the very start of
the text the dash may be missing ("SAN ANTONIO Turner Sports analyst ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tacitus.doc_memo import doc_text
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.gazetteer import Gazetteer

# How far into the text a dateline may start.
DATELINE_REACH = 400
_CAPS_DATELINE = re.compile(
    r"(?:^|(?<=[.!?\"'\u201d\u2019)\n])\s+|(?<=\n))"
    r"(?P<place>[A-Z][A-Z'\u2019.]+(?:[ -][A-Z][A-Z'\u2019.]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"\s*(?:\([A-Za-z ]{1,20}\))?\s*(?:\u2014|\u2013|-{1,2})"
)
# The same at the very start of the text with no dash, the body's first word right after
# ("SAN ANTONIO Turner Sports analyst ..."), as some wires print it; two words at least,
# for one word in capitals there is as often an acronym ("NATO Secretary General ...").
_OPENING_CAPS = re.compile(
    r"(?P<place>[A-Z][A-Z'\u2019.]+(?:[ -][A-Z][A-Z'\u2019.]+){1,3})\s+(?=[A-Z][a-z])"
)
# All-capitals words that open stories but name no place.
_NOT_PLACES = frozenset({"UPDATE", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "NOTE", "AP"})


def caps_dateline(doc: Doc, gazetteer: Gazetteer, taken: list[PlaceMention]) -> PlaceMention | None:
    """The all-capitals dateline place near the start of ``doc``, unless already found."""
    text = doc_text(doc)
    opening = _OPENING_CAPS.match(text)
    matches = [opening] if opening is not None else []
    matches += _CAPS_DATELINE.finditer(text, 0, min(len(text), DATELINE_REACH))
    for match in matches:
        name = match.group("place").rstrip(".")
        start, end = match.start("place"), match.start("place") + len(name)
        if len(name) < 3 or name in _NOT_PLACES:
            continue
        if any(m.start < end and start < m.end for m in taken):
            return None
        if not gazetteer.lookup(name, limit=1):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        head = span.root.i if span is not None else 0
        sent = next((i for i, s in enumerate(doc.sents) if s.start_char <= start < s.end_char), 0)
        return PlaceMention(text=name, start=start, end=end, sent=sent, head=head, label="GPE")
    return None
