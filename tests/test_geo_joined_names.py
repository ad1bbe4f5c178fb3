"""Names joined by "and" or "of", institutions named for a place, the demonyms of regions
and of Britain's nations, capitals read as peoples, and the GeoNames points of seas and
world regions.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tacitus.components.toponyms import _before_its_region, find_toponyms
from tacitus.gazetteer.world import world_regions
from tacitus.geoparse import Geoparser
from tacitus.geoparse.candidates import candidates
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


def _covering(geoparser: Geoparser, text: str, word: str) -> PlaceMention | None:
    mentions = next(geoparser.parse([text]))
    start = text.index(word)
    end = start + len(word)
    return next((m for m in mentions if m.start < end and start < m.end), None)


def test_a_name_joined_by_a_particle_is_one_toponym(geoparser: Geoparser) -> None:
    text = "Insurgents overran the port of Mocimboa da Praia in Cabo Delgado on Sunday."
    mention = _covering(geoparser, text, "Praia")
    assert mention is not None and mention.text == "Mocimboa da Praia"
    assert mention.place is not None and mention.place.country == "MOZ"
    assert not any(
        m.place is not None and m.place.country == "CPV" for m in next(geoparser.parse([text]))
    )


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


def test_a_town_after_a_verb_of_going(geoparser: Geoparser) -> None:
    text = (
        "The couple left Leeds in 1970. They moved to Middlestown, and later to a "
        "bungalow near Wakefield."
    )
    mention = _covering(geoparser, text, "Middlestown")
    assert mention is not None and mention.place is not None
    assert mention.place.country == "GBR"


def test_a_town_toward_which_troops_push(pipeline: Pipeline) -> None:
    text = "Putin ordered troops to push toward Kharkiv on Monday."
    found = find_toponyms(pipeline.resources.nlp(text))
    assert any(m.text == "Kharkiv" for m in found)


def test_toward_after_a_feeling_is_no_place_slot(pipeline: Pipeline) -> None:
    text = "Voters grew warmer toward Mabuza over the summer."
    found = find_toponyms(pipeline.resources.nlp(text))
    assert all(m.text != "Mabuza" for m in found)


def test_to_after_a_verb_of_giving_is_no_place_slot(pipeline: Pipeline) -> None:
    text = "The minister sent a letter to Mabuza on Friday."
    found = find_toponyms(pipeline.resources.nlp(text))
    assert all(m.text != "Mabuza" for m in found)


def test_a_facility_takes_the_town_after_its_compass_word(geoparser: Geoparser) -> None:
    text = "The pair married at South Ossett Church before moving to a house in Leeds."
    mention = _covering(geoparser, text, "Ossett")
    assert mention is not None and mention.place is not None
    assert mention.place.name == "Ossett"


def test_a_compass_word_alone_is_no_facility_town(geoparser: Geoparser) -> None:
    resources = geoparser.resources
    mention = PlaceMention(text="Central Mental Hospital", start=0, end=23, sent=0, head=0)
    assert candidates(resources.gazetteer, resources.actors, mention) == []


def test_english_in_an_american_story_is_no_indiana_town(geoparser: Geoparser) -> None:
    text = (
        "Officials in Ohio and Kentucky said the English city of Salisbury had sent "
        "advisers to Columbus."
    )
    mention = _covering(geoparser, text, "English")
    assert mention is not None and mention.place is not None
    assert mention.place.name == "England"


def test_the_language_lends_the_story_no_region(geoparser: Geoparser) -> None:
    text = (
        "She studied finance at Aberystwyth University in Wales. At the firm in "
        "Shanghai her colleagues speak Mandarin as well as English."
    )
    wales = _covering(geoparser, text, "Wales")
    assert wales is not None and wales.place is not None
    assert wales.place.kind == "admin1"


def test_more_named_regions() -> None:
    regions = world_regions()
    for name in ("korean peninsula", "soviet union", "ussr", "yorkshire", "appalachians"):
        assert not regions[name][1]


def test_a_name_before_its_county_at_a_phrase_end(pipeline: Pipeline) -> None:
    text = "The calendar. 9 June: Thruxton, Hampshire. 14 July: Silverstone, Northamptonshire."
    found = [m.text for m in find_toponyms(pipeline.resources.nlp(text))]
    assert "Silverstone" in found


def test_a_name_before_a_region_that_goes_on_is_no_slot(pipeline: Pipeline) -> None:
    vocab = pipeline.resources.nlp.vocab
    words = ["The", "winner", ",", "Hadley", ",", "Ohio", "'s", "fastest", "driver", "."]
    ents = ["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]
    assert not _before_its_region(Doc(vocab, words=words, ents=ents)[3:4])
    ents_end = ["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]
    words_end = ["The", "winner", ",", "Hadley", ",", "Ohio", ".", "He", "won", "."]
    assert _before_its_region(Doc(vocab, words=words_end, ents=ents_end)[3:4])


def test_a_state_after_a_town_and_a_comma_is_the_state(geoparser: Geoparser) -> None:
    text = "A baker from a cake studio in Tacoma, Washington shared her recipes on Friday."
    mention = _covering(geoparser, text, "Washington")
    assert mention is not None and mention.place is not None
    assert mention.place.kind == "admin1"


def test_a_city_in_a_list_of_cities_stays_the_city(geoparser: Geoparser) -> None:
    text = "The firm has offices in Dallas, Miami, Tampa, New York, and Detroit."
    mention = _covering(geoparser, text, "New York")
    assert mention is not None and mention.place is not None
    assert mention.place.kind == "city"


def test_a_dateline_in_capitals_without_a_dash(geoparser: Geoparser) -> None:
    text = "SAN ANTONIO Coaches and players met the press on Friday before the final."
    mention = _covering(geoparser, text, "SAN ANTONIO")
    assert mention is not None and mention.place is not None
    assert mention.place.admin1 == "Texas"


def test_an_acronym_opening_the_text_is_no_dateline(geoparser: Geoparser) -> None:
    text = "NATO Ministers met in Brussels on Friday to discuss the budget."
    assert _covering(geoparser, text, "NATO") is None


def test_a_bare_list_of_cities_has_no_qualifier(geoparser: Geoparser) -> None:
    text = "After stops in Washington, New York and Boston, the envoy flew home on Sunday."
    mention = _covering(geoparser, text, "Washington")
    assert mention is not None and mention.place is not None
    assert (mention.place.name, mention.place.kind) == ("Washington", "city")


def test_towns_with_their_states_in_a_list_keep_them(geoparser: Geoparser) -> None:
    text = "He grew up in Springfield, Illinois and Boston, Massachusetts."
    mention = _covering(geoparser, text, "Springfield")
    assert mention is not None and mention.place is not None
    assert mention.place.admin1 == "Illinois"


def test_a_region_named_with_a_possessive_drops_it(pipeline: Pipeline) -> None:
    text = "A blast hit a market in Idlib province's southern countryside on Thursday."
    found = find_toponyms(pipeline.resources.nlp(text))
    assert any(m.text == "Idlib" for m in found)
    assert not any(m.text.endswith("'s") for m in found)


def test_a_name_tagged_an_adjective_before_a_region_word(pipeline: Pipeline) -> None:
    text = "Air defences shot down 23 drones over the Kyiv region overnight."
    found = find_toponyms(pipeline.resources.nlp(text))
    assert any(m.text == "Kyiv" for m in found)
    compass = "Fighting went on in the Northern region on Monday."
    assert not any(m.text == "Northern" for m in find_toponyms(pipeline.resources.nlp(compass)))
