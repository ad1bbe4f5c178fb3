"""Language names that are also demonyms name no place where they are the language."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser

pytestmark = pytest.mark.slow


def _placed(geoparser: Geoparser, text: str) -> list[str]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return [m.text for m in mentions if m.place is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The warning was printed in English and Spanish on every bottle.",
        "She learned English in six months so that she could drive a taxi.",
        "The school hired two French teachers and an English language tutor.",
    ],
)
def test_the_language_is_no_place(geoparser: Geoparser, text: str) -> None:
    placed = _placed(geoparser, text)
    assert "English" not in placed and "Spanish" not in placed and "French" not in placed


def test_the_demonym_before_a_place_noun_still_tells_whose(geoparser: Geoparser) -> None:
    text = "Police in the English city of Leeds closed the market on Sunday."
    assert "English" in _placed(geoparser, text)
