"""The text of a parsed spaCy doc, joined once per doc.

spaCy's ``Doc.text`` rebuilds the string from every token on each access, so code that
slices the article around one token (a trigger, a count, a bullet line) would pay for the
whole article every time. The joined text is kept in the doc's own ``user_data``, so it
lives and dies with the doc and no state is shared between documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY: Final = "tacitus.doc_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed on the first call for this doc and reused afterwards.

    The entry records which doc joined it: a doc built from another one (``Span.as_doc``,
    unpickling) may inherit ``user_data``, and then joins its own text instead.
    """
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, tuple) and cached[0] == id(doc):
        text: str = cached[1]
        return text
    text = doc.text
    doc.user_data[_KEY] = (id(doc), text)
    return text
