"""Results computed once per parsed spaCy doc and kept on the doc itself.

spaCy's ``Doc.text`` rebuilds the string from every token on each access, so code that
slices the article around one token (a trigger, a count, a bullet line) would pay for the
whole article every time; likewise several components read the same sentence's cue words.
Such results are kept in the doc's own ``user_data``, so they live and die with the doc
and no state is shared between documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY: Final = "tacitus.memo"


def doc_memo(doc: Doc, name: str) -> dict[object, object]:
    """The memo table called ``name`` of this doc (empty on first use).

    The tables record which doc made them: a doc built from another one (``Span.as_doc``,
    unpickling) may inherit ``user_data``, and then starts with fresh tables.
    """
    entry = doc.user_data.get(_KEY)
    if not (isinstance(entry, tuple) and entry[0] == id(doc)):
        entry = (id(doc), {})
        doc.user_data[_KEY] = entry
    tables: dict[str, dict[object, object]] = entry[1]
    return tables.setdefault(name, {})


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined on the first call for this doc and reused afterwards."""
    memo = doc_memo(doc, "text")
    text = memo.get(None)
    if not isinstance(text, str):
        text = memo[None] = doc.text
    return text


def span_ents(span: Span) -> list[Span]:
    """``span.ents``: the doc's entities that lie wholly inside ``span``, in order.

    spaCy rebuilds every entity of the doc on each ``Span.ents``; asked per sentence that
    is quadratic in the article, so the doc's entities are listed once per doc.
    """
    memo = doc_memo(span.doc, "ents")
    ents = memo.get(None)
    if not isinstance(ents, tuple):
        ents = memo[None] = tuple(span.doc.ents)
    return [e for e in ents if e.start >= span.start and e.end <= span.end]


def span_text(span: Span) -> str:
    """``span.text`` cut from the doc's joined text instead of re-joined from the span's
    tokens (a span's text runs from its first token to the end of its last one)."""
    if len(span) == 0:
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]
