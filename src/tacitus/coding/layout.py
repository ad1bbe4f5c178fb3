"""Lines that list things rather than report them: "* 2014 Bagram Airfield bombing".

A bulleted line with no verb is an entry in a list (related articles, "see also"): the
event it names is a title, not something the article reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.doc_memo import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

_BULLETS: Final = ("*", "•", "-", "–", "·")


def _line_bounds(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


def list_entry(token: Token) -> bool:
    """The token sits in a bulleted line without a verb."""
    doc = token.doc
    text = doc_text(doc)
    start, end = _line_bounds(text, token.idx)
    if not text[start:end].lstrip().startswith(_BULLETS):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)
