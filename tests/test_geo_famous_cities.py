"""A great city is what its name means alone, over the small towns that bear it."""

from __future__ import annotations

import dataclasses

import pytest

from place_factory import us_place
from tacitus.geoparse import Geoparser
from tacitus.geoparse.namesakes import FAMOUS_BONUS, famous_bonus


def _place(geoparser: Geoparser, text: str, name: str) -> tuple[str | None, str | None]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text == name)
    assert found.place is not None
    return found.place.country, found.place.admin1


def test_the_great_city_gains_over_small_namesakes() -> None:
    city = us_place("Louisville", "Kentucky", pop=600_000)
    town = us_place("Louisville", "Mississippi", pop=6_000)
    found = [city, town]
    assert famous_bonus(city, found, "louisville") == FAMOUS_BONUS
    assert famous_bonus(town, found, "louisville") == 0.0


def test_no_gain_between_cities_of_like_size_or_by_an_alias() -> None:
    city = us_place("Portland", "Oregon", pop=600_000)
    rival = us_place("Portland", "Maine", pop=60_000)
    assert famous_bonus(city, [city, rival], "portland") == 0.0
    alias = dataclasses.replace(city, name="Rose City")
    assert famous_bonus(alias, [alias], "portland") == 0.0


@pytest.mark.slow
def test_a_team_from_a_great_city_abroad(geoparser: Geoparser) -> None:
    text = "Fans in Dallas, Texas, cheered as the home team beat Toronto on Sunday night."
    assert _place(geoparser, text, "Toronto")[0] == "CAN"


@pytest.mark.slow
def test_a_qualified_town_keeps_its_state(geoparser: Geoparser) -> None:
    text = "The fair in Manhattan, Kansas, drew record crowds this weekend."
    assert _place(geoparser, text, "Manhattan") == ("USA", "Kansas")


def test_namesakes_abroad_are_no_rivals_in_a_story_of_the_citys_country() -> None:
    city = us_place("Boston", "Massachusetts", pop=650_000)
    town = us_place("Boston", "New York", pop=8_000)
    abroad = dataclasses.replace(us_place("Boston", "England", pop=45_000), country="GBR")
    found = [city, town, abroad]
    assert famous_bonus(city, found, "boston", home="USA") == FAMOUS_BONUS
    assert famous_bonus(city, found, "boston") == 0.0
    assert famous_bonus(city, found, "boston", home="GBR") == 0.0


@pytest.mark.slow
def test_a_great_city_listed_after_new_york(geoparser: Geoparser) -> None:
    text = "The book tour takes the author to Denver, New York and Boston this spring."
    assert _place(geoparser, text, "Boston") == ("USA", "Massachusetts")
