"""Triggers spelled in more than one token: hyphenated nouns the tokenizer splits
("sit-in", "shoot-out") and fire exchanged or traded (sentences we wrote)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.triggers import find_triggers


def _found(nlp: Language, lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.code) for t in find_triggers(nlp(text), lexicon=lexicon)]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Nurses began a sit-in at the ministry on Monday.", "sit-in", "peaceful_protest"),
        ("Dockers staged a walk-out in the port on Monday.", "walk-out", "peaceful_protest"),
        ("A shoot-out near the market left two dead on Monday.", "shoot-out", "armed_clash"),
        (
            "Troops and rebels exchanged fire near the dam on Monday.",
            "exchanged fire",
            "armed_clash",
        ),
        ("Police traded fire with bandits on the highway on Monday.", "traded fire", "armed_clash"),
    ],
)
def test_split_and_two_word_triggers_are_found(
    nlp: Language, lexicon: Lexicon, text: str, trigger: str, code: str
) -> None:
    assert (trigger, code) in _found(nlp, lexicon, text)


def test_a_spaced_dash_joins_no_words(nlp: Language, lexicon: Lexicon) -> None:
    text = "The farmers sat quietly - in the end nobody came."
    assert all(code != "peaceful_protest" for _, code in _found(nlp, lexicon, text))


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses took to the streets of Lagos on Tuesday.",
        "Residents took to the main square in Bamako on Friday night.",
    ],
)
def test_taking_to_the_streets_is_a_protest(nlp: Language, lexicon: Lexicon, text: str) -> None:
    assert ("took", "peaceful_protest") in _found(nlp, lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police took the driver to the station on Tuesday.",
        "The convoy took the road to Gao on Friday.",
        "She took to painting after she retired.",
    ],
)
def test_taking_someone_somewhere_is_no_protest(nlp: Language, lexicon: Lexicon, text: str) -> None:
    assert all(code != "peaceful_protest" for _, code in _found(nlp, lexicon, text))


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish strike killed four fighters near Qandil on Tuesday.",
        "Three men died in a US strike near Jilib overnight.",
        "A Pakistani strike on a compound in Khost wounded six people.",
    ],
)
def test_a_nations_strike_that_harms_is_from_the_air(
    nlp: Language, lexicon: Lexicon, text: str
) -> None:
    assert ("strike", "air_strike") in _found(nlp, lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Belgian strike against pension cuts shut the ports on Monday.",
        "Doctors in Accra called off their strike on Friday.",
    ],
)
def test_a_strike_that_harms_no_one_is_no_air_strike(
    nlp: Language, lexicon: Lexicon, text: str
) -> None:
    assert all(code != "air_strike" for _, code in _found(nlp, lexicon, text))


def test_a_participle_of_what_was_decided_names_no_act(nlp: Language, lexicon: Lexicon) -> None:
    text = "Police searched the offices of the banned party and the disputed council."
    assert all(code != "restrict" for _, code in _found(nlp, lexicon, text))
    assert ("banned", "restrict") in _found(nlp, lexicon, "The cabinet banned the party.")


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Medics treated the wounded soldiers near Gao on Monday.", "wounded", "attack"),
        ("Parents of the kidnapped girls marched in Abuja.", "kidnapped", "abduction"),
    ],
)
def test_a_participle_of_harm_still_names_its_act(
    nlp: Language, lexicon: Lexicon, text: str, trigger: str, code: str
) -> None:
    assert (trigger, code) in _found(nlp, lexicon, text)


def test_a_traders_strike_is_a_protest(nlp: Language, lexicon: Lexicon) -> None:
    text = "Shopkeepers in Quetta shut their shops on Monday in a strike against new taxes."
    assert ("strike", "peaceful_protest") in _found(nlp, lexicon, text)
