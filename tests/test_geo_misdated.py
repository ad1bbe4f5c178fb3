"""Names the parser mislabels: a town read as a date ("in Manbij" as DATE), a region
read as a person ("Governor of Bauchi State")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tacitus.components.toponyms import _ends_in_region_word, _misdated


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


def test_a_region_word_after_a_name_read_as_a_person_makes_a_region() -> None:
    words = ["the", "Governor", "of", "Bauchi", "State", "spoke"]
    doc = _doc(words, ["O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert _ends_in_region_word(doc[3:5])
    assert not _ends_in_region_word(doc[1:2])
