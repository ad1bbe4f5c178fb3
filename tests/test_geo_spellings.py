"""A town known by another spelling of its name is not lost to a tiny exact namesake, and a
town whose name the Arabic article opens is found though the tagger calls it a location."""

from __future__ import annotations

import dataclasses

import pytest

from place_factory import us_place
from tacitus.geoparse import Geoparser
from tacitus.geoparse.resolve import prior, spelled_own
from tacitus.pipeline.doc import PlaceMention


def test_a_far_larger_town_spelled_otherwise_owns_the_name() -> None:
    town = dataclasses.replace(us_place("Zanin", None, pop=50_000), country="PSE")
    namesake = dataclasses.replace(us_place("Zenin", None, pop=900), country="POL")
    found = [town, namesake]
    assert spelled_own(town, found, "zenin")
    assert not spelled_own(namesake, found, "zenin")
    assert prior(town, "zenin", spelled=True) > prior(namesake, "zenin")


def test_st_is_saint_in_a_spelling() -> None:
    city = us_place("Saint Andrews", "Florida", pop=90_000)
    namesake = us_place("St. Andrews", "Kansas", pop=700)
    assert spelled_own(city, [city, namesake], "st andrews")


def test_a_name_far_from_the_own_or_short_is_no_spelling() -> None:
    city = dataclasses.replace(us_place("Belem", None, pop=1_500_000), country="BRA")
    namesake = us_place("Bethlehem", "Pennsylvania", pop=75_000)
    assert not spelled_own(city, [city, namesake], "bethlehem")
    lake = dataclasses.replace(us_place("Sevan", None, pop=20_000), country="ARM")
    village = us_place("Swan", "Iowa", pop=700)
    assert not spelled_own(lake, [lake, village], "swan")


def test_a_spelling_of_like_size_stays_an_alias() -> None:
    town = us_place("Greenvale", "Ohio", pop=20_000)
    namesake = us_place("Grenvale", "Iowa", pop=5_000)
    assert not spelled_own(town, [town, namesake], "grenvale")


def test_an_old_name_unlike_the_own_is_no_spelling() -> None:
    city = dataclasses.replace(us_place("Amman", None, pop=4_000_000), country="JOR")
    namesake = us_place("Philadelphia", "Pennsylvania", pop=150_000)
    assert not spelled_own(city, [city, namesake], "philadelphia")


def _country(geoparser: Geoparser, text: str, name: str) -> str | None:
    mentions: list[PlaceMention] = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text == name)
    assert found.place is not None, name
    return found.place.country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Israeli troops stormed the Jenin refugee camp on Monday, killing three people.",
            "Jenin",
            "PSE",
        ),
        ("Soldiers raided homes in Jenin before dawn, residents said.", "Jenin", "PSE"),
        ("Gunmen attacked a market in Derna on Monday, killing four people.", "Derna", "LBY"),
        (
            "Hundreds of nurses marched through Philadelphia on Saturday over pay.",
            "Philadelphia",
            "USA",
        ),
    ],
)
def test_the_larger_town_by_its_spelling_is_meant(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    assert _country(geoparser, text, name) == country


@pytest.mark.slow
def test_a_town_opened_by_the_arabic_article_is_found_as_a_location(
    geoparser: Geoparser,
) -> None:
    text = "Gunmen attacked a police checkpoint in Al-Arish on Monday, officials said."
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text == "Al-Arish")
    assert found.label == "LOC"
    assert found.place is not None
    assert found.place.country == "EGY"
