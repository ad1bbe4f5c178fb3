"""Facilities set in a town by the text ("Riverside Regional Medical Center in Newport
News", "the University of Texas, Austin") take that town's place."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


def _mentions(geoparser: Geoparser, text: str) -> list[PlaceMention]:
    return geoparser.resolve_doc(geoparser.resources.nlp(text))


def test_a_hospital_in_a_town_takes_the_town_place(geoparser: Geoparser) -> None:
    text = (
        "Two men were taken to Riverside Regional Medical Center in Newport News after the crash."
    )
    found = next(m for m in _mentions(geoparser, text) if m.text.endswith("Medical Center"))
    assert found.place is not None
    assert (found.place.name, found.place.admin1) == ("Newport News", "Virginia")


def test_a_university_with_its_town_after_a_comma(geoparser: Geoparser) -> None:
    text = "A lecturer at the University of Texas, Austin, said the plan would fail."
    mentions = _mentions(geoparser, text)
    found = next(m for m in mentions if m.text == "University of Texas")
    assert found.place is not None and found.place.name == "Austin"


def test_a_founder_name_inside_the_facility_gives_way(geoparser: Geoparser) -> None:
    text = "Volunteers repainted the Carnegie Library in Tulsa over the weekend."
    mentions = _mentions(geoparser, text)
    found = next(m for m in mentions if m.text == "Carnegie Library")
    assert found.place is not None and found.place.admin1 == "Oklahoma"
    assert not any(m.text == "Carnegie" for m in mentions)


def test_a_facility_with_no_town_after_it_stays_unplaced(geoparser: Geoparser) -> None:
    text = "Nurses picketed St. Luke's Hospital on Monday over pay."
    assert all(m.place is None for m in _mentions(geoparser, text) if "Hospital" in m.text)


def _placed(geoparser: Geoparser, text: str, name: str) -> str | None:
    found = next(m for m in _mentions(geoparser, text) if m.text == name)
    return found.place.name if found.place is not None else None


def test_an_embassy_set_in_a_country_stands_in_its_capital(geoparser: Geoparser) -> None:
    text = "Dozens of protesters marched to the Kenyan Embassy in Ethiopia on Saturday."
    assert _placed(geoparser, text, "Kenyan Embassy") == "Addis Ababa"


def test_an_embassy_in_an_articled_country(geoparser: Geoparser) -> None:
    text = "Staff left the Embassy of the Republic of Chile in the Netherlands after the fire."
    assert _placed(geoparser, text, "Embassy of the Republic of Chile") == "Amsterdam"


def test_an_embassy_styled_with_its_town(geoparser: Geoparser) -> None:
    text = "A spokesman for the Canadian Embassy Cairo said the consular section would reopen."
    assert _placed(geoparser, text, "Canadian Embassy Cairo") == "Cairo"


def test_a_nation_ministry_stands_in_its_capital(geoparser: Geoparser) -> None:
    text = "The envoy was summoned to the Turkish Foreign Ministry on Wednesday."
    assert _placed(geoparser, text, "Turkish Foreign Ministry") == "Ankara"


def test_an_embassy_with_no_host_named_stays_unplaced(geoparser: Geoparser) -> None:
    text = "The Kenyan Embassy issued a statement on Monday."
    mentions = _mentions(geoparser, text)
    assert not any(m.text == "Kenyan Embassy" for m in mentions)
