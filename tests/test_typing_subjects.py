"""Subject-driven trigger typing: controlled marches, strikes by workers or fighters,
storming by crowds or gunmen, and the new violence lemmas."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.triggers import find_triggers
from tacitus.linking.frames import own_clause
from tacitus.pipeline.doc import TriggerMention


def _found(nlp: Language, lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(t.lemma, t.code) for t in find_triggers(nlp(text), lexicon=lexicon)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers' union plans to march on the ministry next month.",
            ("march", "peaceful_protest"),
        ),
        ("Nurses are going to march through the city on Friday.", ("march", "peaceful_protest")),
        ("Bus drivers will strike on Thursday over unpaid wages.", ("strike", "peaceful_protest")),
        ("The rebels could strike the airport at any moment.", ("strike", "attack")),
        ("Armed men stormed a mosque near the market.", ("storm", "attack")),
        ("Hundreds of rioters stormed the town hall.", ("storm", "violent_demonstration")),
        ("Government troops stormed the rebel-held village.", ("storm", "attack")),
        ("RSF forces stormed the market on Sunday.", ("storm", "attack")),
        ("The trader was gunned down outside his shop.", ("gun down", "attack")),
        ("Unknown attackers murdered the village chief.", ("murder", "attack")),
        ("Bandits stormed a farming village in the north.", ("storm", "attack")),
        ("Gunmen hurled petrol bombs into the council office.", ("hurl", "attack")),
        (
            "Masked gunmen cut the power and threw petrol bombs into the barracks.",
            ("throw", "attack"),
        ),
        ("Youths threw petrol bombs at the council office.", ("throw", "violent_demonstration")),
    ],
)
def test_subject_decides_the_type(
    nlp: Language, lexicon: Lexicon, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _found(nlp, lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister will strike a deal with the lenders.",
        "The president stormed out of the meeting.",
    ],
)
def test_no_violent_trigger_without_a_fighting_subject(
    nlp: Language, lexicon: Lexicon, text: str
) -> None:
    codes = {code for _, code in _found(nlp, lexicon, text)}
    assert not codes & {"attack", "violent_demonstration", "peaceful_protest"}


def _trigger(doc: spacy.tokens.Doc, word: str) -> TriggerMention:
    token = next(t for t in doc if t.text == word)
    return TriggerMention(
        text=token.text,
        lemma=token.lemma_,
        start=token.idx,
        end=token.idx + len(token.text),
        sent=0,
        head=token.i,
        code="armed_clash",
        strength="strong",
        pos=token.pos_,
    )


def test_date_in_a_relative_clause_is_not_the_nouns_own(nlp: Language) -> None:
    doc = nlp("Four men were shot on Friday in riots that started last month.")
    riots = _trigger(doc, "riots")
    shot = _trigger(doc, "shot")
    assert not own_clause(doc, doc.text.index("last month"), riots)
    assert own_clause(doc, doc.text.index("Friday"), shot)
