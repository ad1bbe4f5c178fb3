"""A town the parser reads as a date ("in Manbij" as DATE) is still a toponym."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tacitus.components.toponyms import _misdated


def _doc(words: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


def test_a_lone_town_read_as_a_date_is_misdated() -> None:
    doc = _doc(["troops", "in", "Qaraqosh", "fired"], ["O", "O", "B-DATE", "O"])
    assert _misdated(doc[2])


def test_months_weekdays_and_longer_dates_stay_dates() -> None:
    doc = _doc(
        ["in", "March", "and", "on", "Easter", "Sunday"],
        ["O", "B-DATE", "O", "O", "B-DATE", "I-DATE"],
    )
    assert not _misdated(doc[1])
    assert not _misdated(doc[4])
