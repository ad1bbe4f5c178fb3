"""Names joined by "and" or "of", institutions named for a place, the demonyms of regions
and of Britain's nations, capitals read as peoples, and the GeoNames points of seas and
world regions.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tacitus.gazetteer.world import world_regions
from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def geoparser(pipeline: Pipeline) -> Geoparser:
    return Geoparser(resources=pipeline.resources)


def _covering(geoparser: Geoparser, text: str, word: str) -> PlaceMention | None:
    mentions = next(geoparser.parse([text]))
    start = text.index(word)
    end = start + len(word)
    return next((m for m in mentions if m.start < end and start < m.end), None)


def test_a_country_named_with_and_is_one_toponym(geoparser: Geoparser) -> None:
    text = "Fishermen from Trinidad and Tobago blocked the harbour road on Monday."
    mention = _covering(geoparser, text, "Trinidad")
    assert mention is not None and mention.text == "Trinidad and Tobago"
    assert mention.place is not None and mention.place.country == "TTO"


def test_a_city_named_with_of_is_one_toponym(geoparser: Geoparser) -> None:
    text = "Nurses marched through Port of Spain on Tuesday to demand higher pay."
    mention = _covering(geoparser, text, "Port")
    assert mention is not None and mention.text == "Port of Spain"
    assert mention.place is not None and mention.place.country == "TTO"


def test_a_university_is_not_a_town_called_university(geoparser: Geoparser) -> None:
    text = "Students at the University of Manitoba walked out of classes in Winnipeg."
    mention = _covering(geoparser, text, "University")
    assert mention is None or mention.text == "Manitoba"
    province = _covering(geoparser, text, "Manitoba")
    assert province is not None and province.place is not None
    assert province.place.kind == "admin1"


def test_a_region_demonym_the_parser_cut_short(geoparser: Geoparser) -> None:
    text = "A caravan of Central American families camped near the border fence."
    mention = _covering(geoparser, text, "American")
    assert mention is not None and mention.text == "Central American"
    assert mention.place is not None and mention.place.name == "Central America"


def test_english_names_england_not_the_united_kingdom(geoparser: Geoparser) -> None:
    text = "Police sealed off a park in the English town of Reading after a stabbing."
    mention = _covering(geoparser, text, "English")
    assert mention is not None and mention.place is not None
    assert (mention.place.name, mention.place.kind) == ("England", "admin1")


def test_a_capital_read_as_a_people_is_the_city(geoparser: Geoparser) -> None:
    text = "The talks between NATO and Tunis on border security ended without a deal."
    mention = _covering(geoparser, text, "Tunis")
    assert mention is not None and mention.place is not None
    assert (mention.place.name, mention.place.kind) == ("Tunis", "city")


def test_parts_of_the_white_house_are_the_white_house(geoparser: Geoparser) -> None:
    text = "The president met senators from Ohio and Texas in the Oval Office on Thursday."
    mention = _covering(geoparser, text, "Oval Office")
    assert mention is not None and mention.place is not None
    assert mention.place.name == "White House"


def test_seas_and_regions_sit_at_their_geonames_points() -> None:
    regions = world_regions()
    middle_east = regions["middle east"][0]
    assert middle_east.geonameid == 6269133
    atlantic, north_atlantic = regions["atlantic"][0], regions["north atlantic"][0]
    assert atlantic.geonameid == 3373405 and north_atlantic.geonameid == 3411923
    assert regions["central american"] == (regions["central america"][0], True)
