"""Places named by a compass word alone: taken only where the article is about them."""

from __future__ import annotations

import dataclasses

import pytest

from place_factory import us_place
from tacitus.geoparse import Geoparser
from tacitus.geoparse.compass import compass_allowed, compass_name
from tacitus.pipeline.doc import PlaceMention


def _places(geoparser: Geoparser, text: str) -> dict[str, tuple[str | None, str] | None]:
    mentions: list[PlaceMention] = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return {m.text: (m.place.country, m.place.kind) if m.place else None for m in mentions}


def test_compass_names() -> None:
    assert compass_name("north west") and compass_name("central") and compass_name("south-east")
    assert not compass_name("west delhi") and not compass_name("northern territory")


def test_a_compass_region_is_taken_only_in_the_articles_countries() -> None:
    north = dataclasses.replace(us_place("North", "North", kind="admin1"), country="CMR")
    assert not compass_allowed(north, "north", focus="USA", countries=set(), qualified=False)
    assert compass_allowed(north, "north", focus="CMR", countries=set(), qualified=False)
    assert compass_allowed(north, "north", focus="USA", countries={"CMR"}, qualified=False)


def test_a_compass_name_takes_no_alias_and_a_town_needs_its_qualifier() -> None:
    alias = us_place("West Delhi", "Delhi", kind="admin2")
    assert not compass_allowed(alias, "west", focus="USA", countries={"USA"}, qualified=False)
    town = us_place("West", "Texas")
    assert not compass_allowed(town, "west", focus="USA", countries=set(), qualified=False)
    assert compass_allowed(town, "west", focus="USA", countries=set(), qualified=True)
    other = us_place("Dallas", "Texas")
    assert compass_allowed(other, "dallas", focus="CMR", countries=set(), qualified=False)


@pytest.mark.slow
def test_directions_in_american_news_are_no_african_regions(geoparser: Geoparser) -> None:
    text = (
        "The mayor of Columbus, Ohio, said buses from Central would run late, and riders "
        "in the East would wait longer."
    )
    found = _places(geoparser, text)
    assert found.get("Central") is None and found.get("East") is None
    assert found["Columbus"] == ("USA", "city")


@pytest.mark.slow
def test_the_regions_of_the_articles_country_keep_their_names(geoparser: Geoparser) -> None:
    text = "Heavy rain hit Yaounde, Cameroon, and flooding spread to the North and the West."
    found = _places(geoparser, text)
    assert found["North"] == ("CMR", "admin1")


@pytest.mark.slow
def test_a_city_after_a_compound_compass_word(geoparser: Geoparser) -> None:
    text = "Two workers were shot at a bakery in Northeast Philadelphia on Thursday night."
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text == "Northeast Philadelphia")
    assert found.place is not None and found.place.admin1 == "Pennsylvania"
