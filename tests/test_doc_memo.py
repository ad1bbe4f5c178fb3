"""Per-doc memos give what spaCy itself gives: the doc's text, a span's text and entities,
a sentence's cue words (sentences we wrote)."""

from __future__ import annotations

import pickle

from spacy.language import Language

from tacitus.actors.normalize import normalize
from tacitus.coding.context_words import context_words, sentence_words
from tacitus.doc_memo import doc_text, span_ents, span_text

_TEXT = (
    "KAMPALA, March 3 -  Police  fired tear gas at traders in Kampala.\n\n"
    "The Uganda Law Society said the   protest was peaceful.  Two men were held. "
)


def test_doc_and_span_text_match_spacy(nlp: Language) -> None:
    doc = nlp(_TEXT)
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_span_entities_match_spacy(nlp: Language) -> None:
    doc = nlp(_TEXT)
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in span_ents(sent)] == [
            (e.start, e.end, e.label_) for e in sent.ents
        ]


def test_memo_belongs_to_its_doc(nlp: Language) -> None:
    doc = nlp(_TEXT)
    doc_text(doc)
    copy = pickle.loads(pickle.dumps(doc))
    assert doc_text(copy) == doc.text
    part = doc[0:6].as_doc()
    assert doc_text(part) == part.text


def test_sentence_words_are_context_words_and_unshared(nlp: Language) -> None:
    doc = nlp("Rioters set fire to two buses. Police opened fire on the marchers.")
    first, second = doc.sents
    assert sentence_words(first) == context_words(first)
    assert sentence_words(first) | sentence_words(second) == context_words(doc)
    sentence_words(first).add("changed")
    assert "changed" not in sentence_words(first)


def test_plain_ascii_normalises_to_itself() -> None:
    for text in ("Iraqi security forces", "M23 rebels", "the U.S. army"):
        assert normalize(text) == (text, list(range(len(text))))
    assert normalize("Kata'ib  Hezbollah-backed ")[0] == "Kataib Hezbollah backed"
