"""A statement told from a document the article dated before: "the report", "its statement".

"State media reported on Tuesday that 43 people had been arrested. The report said ...
and accused the group of planning attacks": the accusation was made in Tuesday's report,
so it is dated Tuesday, not the day the article came out. The definite noun ("the
report", "in its statement") names a document told of before; the latest earlier sentence
that names it (the noun, or its verb: "reporting on Tuesday") is the one meant, and a
single recent day in it dates it; without one the statement keeps the day it is
reported. A sentence in the same paragraph that goes on with a pronoun for the speaker
("It said American forces would pay the price") still reports that document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from tacitus.mentions.dates import DateMention
    from tacitus.pipeline.doc import ArticleDoc

# Nouns for what a speaker issued that a statement can be told from.
SAID_IN: Final = frozenset({"statement", "report", "communique", "letter", "message", "video"})
_DEFINITE: Final = frozenset({"the", "this", "that"})
_POSSESSIVE: Final = frozenset({"its", "their", "his", "her"})
_PRONOUNS: Final = frozenset({"it", "they", "he", "she"})


def _source(token: Token) -> bool:
    """The document says what the sentence tells: its subject ("The report said") or the
    place it is said in ("In its statement, the group blamed"); not what is answered
    ("the minister rejected the report")."""
    if token.dep_ == "nsubj":
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "in"


def _named_again(sent: Span) -> str | None:
    """The lemma of a definite document noun that is the source of what ``sent`` tells
    ("The report said", "In its statement, ...")."""
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in SAID_IN or not _source(token):
            continue
        dets = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        if dets & (_DEFINITE | _POSSESSIVE):
            return str(token.lemma_.lower())
    return None


def _pronoun_speaker(sent: Span) -> bool:
    """The sentence's main verb has a pronoun subject ("It said ...")."""
    root: Token = sent.root
    return any(c.dep_ == "nsubj" and c.lower_ in _PRONOUNS for c in root.children)


def _paragraph_start(adoc: ArticleDoc, index: int) -> int:
    text = adoc.article.text
    cut = text.rfind("\n\n", 0, adoc.sents[index].start_char)
    return cut + 2 if cut >= 0 else 0


def document_date(
    adoc: ArticleDoc, index: int, *, usable: Callable[[DateMention], bool]
) -> DateMention | None:
    """The date of the document a statement in sentence ``index`` is told from, if an
    earlier sentence dated it (see module); ``usable`` says which dates may date it."""
    sents = adoc.sents
    found = _named_again(sents[index])
    at = index
    if found is None and _pronoun_speaker(sents[index]):
        start = _paragraph_start(adoc, index)
        for back in range(index - 1, -1, -1):
            if sents[back].start_char < start:
                break
            found = _named_again(sents[back])
            if found is not None:
                at = back
                break
    if found is None:
        return None
    for back in range(at - 1, -1, -1):
        sent = sents[back]
        if not any(t.lemma_.lower() == found for t in sent):
            continue
        dates = [
            d
            for d in adoc.dates
            if sent.start_char <= d.start < sent.end_char and d.precision == "day" and usable(d)
        ]
        return dates[0] if dates else None  # the latest naming is the one referred to
    return None
