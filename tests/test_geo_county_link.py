"""A town and the county it lies in, named in one article."""

from __future__ import annotations

import pytest

from place_factory import us_place
from tacitus.gazetteer import Place, PlaceKind
from tacitus.geoparse import Geoparser
from tacitus.geoparse.county_link import COUNTY_LINK_BONUS, county_links
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention


def _place(name: str, kind: PlaceKind, admin1: str, admin2: str | None) -> Place:
    return us_place(name, admin1, kind=kind, admin2=admin2, pop=10_000, lat=36.0, lon=-88.0)


def _mention(text: str, start: int, hint: str | None = None) -> PlaceMention:
    return PlaceMention(
        text=text, start=start, end=start + len(text), sent=0, head=0, kind_hint=hint
    )


TOWN_TN = _place("Paris", "city", "Tennessee", "Henry County")
TOWN_TX = _place("Paris", "city", "Texas", "Lamar County")
COUNTY_TN = _place("Henry County", "admin2", "Tennessee", "Henry County")
COUNTY_GA = _place("Henry County", "admin2", "Georgia", "Henry County")


def test_a_town_in_a_county_the_article_names_and_that_county_gain() -> None:
    town, county = _mention("Paris", 0), _mention("Henry County", 10)
    cands = {id(town): [TOWN_TX, TOWN_TN], id(county): [COUNTY_GA, COUNTY_TN]}
    links = county_links([town, county], cands)
    assert links is not None
    assert links.bonus(TOWN_TN, "paris") == COUNTY_LINK_BONUS
    assert links.bonus(TOWN_TX, "paris") == 0.0
    assert links.bonus(COUNTY_TN, "henry county") == COUNTY_LINK_BONUS
    assert links.bonus(COUNTY_GA, "henry county") == 0.0


def test_a_county_word_after_a_list_names_the_county() -> None:
    town, county = _mention("Paris", 0), _mention("Henry", 10, hint="county")
    links = county_links([town, county], {id(town): [TOWN_TN], id(county): [COUNTY_TN]})
    assert links is not None and links.bonus(TOWN_TN, "paris") == COUNTY_LINK_BONUS


def test_a_county_found_under_its_seat_name_is_not_named() -> None:
    seat = _place("Arlington", "city", "Virginia", "Arlington County")
    county = _place("Arlington County", "admin2", "Virginia", "Arlington County")
    town, south = _mention("Arlington", 0), _mention("South Arlington", 20)
    cands = {id(town): [seat, county], id(south): [seat, county]}
    assert county_links([town, south], cands) is None


@pytest.mark.slow
def test_the_geoparser_takes_the_town_of_the_named_county(pipeline: Pipeline) -> None:
    geoparser = Geoparser(resources=pipeline.resources)
    text = (
        "Volunteers in Paris repainted the old depot on Saturday, and the Henry County "
        "commission thanked them at its meeting."
    )
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    paris = next(m for m in mentions if m.text == "Paris")
    assert paris.place is not None and paris.place.admin1 == "Tennessee"


def test_dublin_city_and_dublin_are_one_name() -> None:
    from tacitus.geoparse.shared_region import same_name

    assert same_name("dublin city") == "dublin"
    assert same_name("dublin") == "dublin"
