"""Town names in local news slots: people of a town, a town's institutions, and a
legislator's home after the party letter."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.geoparse.local_slots import local_slot_mentions

pytestmark = pytest.mark.slow


def _slots(geoparser: Geoparser, text: str) -> list[tuple[str, str | None]]:
    doc = geoparser.resources.nlp(text)
    found = local_slot_mentions(doc, gazetteer=geoparser.resources.gazetteer, taken=[])
    return [(m.text, m.kind_hint) for m in found]


def test_people_and_institutions_of_a_town(geoparser: Geoparser) -> None:
    text = (
        "A Kalamazoo woman was hurt on Friday, and Saginaw Police said two Muskegon "
        "residents were questioned."
    )
    assert _slots(geoparser, text) == [("Kalamazoo", None), ("Saginaw", None), ("Muskegon", None)]


def test_a_town_of_two_words_before_its_fire_department(geoparser: Geoparser) -> None:
    text = "Crews from the Battle Creek Fire Department put out the blaze."
    assert _slots(geoparser, text) == [("Battle Creek", None)]


def test_a_legislator_home_and_state_after_the_party_letter(geoparser: Geoparser) -> None:
    text = (
        "Sen. Mary Olson, DFL-Bemidji, backed the bill, and Rep. John Hale, R-Tenn., "
        "voted against it."
    )
    assert _slots(geoparser, text) == [("Bemidji", None), ("Tenn.", "state")]


def test_words_that_name_no_town_are_left_alone(geoparser: Geoparser) -> None:
    text = "The Zqxvol man said the Police would look into it, R-Qwertyville said."
    assert _slots(geoparser, text) == []


def test_the_geoparser_resolves_the_town_of_a_local_slot(geoparser: Geoparser) -> None:
    text = "A Kalamazoo woman was hurt on Friday when her car slid off the road."
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text == "Kalamazoo")
    assert found.place is not None and found.place.admin1 == "Michigan"


def test_a_number_word_before_man_is_no_town(geoparser: Geoparser) -> None:
    text = "One man was shot dead and Two Rivers residents were told to stay inside."
    assert _slots(geoparser, text) == [("Two Rivers", None)]
