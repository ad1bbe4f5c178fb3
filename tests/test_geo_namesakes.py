"""Namesakes in local news, cities named like their states, and places with no city."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


def _place(geoparser: Geoparser, text: str, name: str) -> tuple[str | None, str | None, str]:
    mentions: list[PlaceMention] = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text == name)
    assert found.place is not None, name
    return found.place.country, found.place.admin1, found.place.kind


def test_new_york_alone_is_the_city(geoparser: Geoparser) -> None:
    text = "The mayor of New York said the subway would reopen on Monday."
    assert _place(geoparser, text, "New York")[2] == "city"


def test_new_york_listed_with_states_is_the_state(geoparser: Geoparser) -> None:
    text = "Storms hit New York, New Jersey and Connecticut overnight."
    assert _place(geoparser, text, "New York")[2] == "admin1"


def test_upstate_new_york_is_the_state(geoparser: Geoparser) -> None:
    text = "Farmers in upstate New York lost their crops to the frost."
    assert _place(geoparser, text, "New York")[2] == "admin1"


def test_a_namesake_in_the_articles_state_beats_a_foreign_capital(geoparser: Geoparser) -> None:
    text = (
        "Edgar County deputies were called to a farm near Paris on Tuesday. "
        "The driver was taken to a hospital in Urbana, Illinois."
    )
    assert _place(geoparser, text, "Paris")[:2] == ("USA", "Illinois")


def test_regions_without_cities_and_airports(geoparser: Geoparser) -> None:
    text = (
        "Fighting spread from Dagestan to South Ossetia, and flights from Heathrow were cancelled."
    )
    assert _place(geoparser, text, "Dagestan")[0] == "RUS"
    assert _place(geoparser, text, "South Ossetia")[0] == "GEO"
    assert _place(geoparser, text, "Heathrow")[0] == "GBR"


def test_a_foreign_towns_unlike_alias_yields_to_the_gazetteers_gap(geoparser: Geoparser) -> None:
    text = (
        "South Sudan accused Sudan of bombing the refugee camp at Yida on Thursday, and "
        "officials in Juba said four bombs fell near the border."
    )
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    yida = next(m for m in mentions if m.text == "Yida")
    assert yida.place is None or yida.place.country in ("SSD", "SDN")


def test_a_village_is_no_foreign_citys_spelling(geoparser: Geoparser) -> None:
    """The name "Kalisa" is among the spellings of Kalisz, Poland; a village of that name in a story
    of Thailand's south is a place the gazetteer lacks."""
    text = (
        "Gunmen shot a teacher in Yala on Saturday, a day after a bomb wounded three rangers "
        "near the village of Kalisa, police in Narathiwat said."
    )
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    kalisa = next(m for m in mentions if m.text == "Kalisa")
    assert kalisa.place is None or kalisa.place.country == "THA"


def test_an_old_spelling_of_a_foreign_city_still_names_it(geoparser: Geoparser) -> None:
    text = "The mayor of Chicago flew to Kiev on Monday to meet officials there."
    assert _place(geoparser, text, "Kiev")[0] == "UKR"


def test_washington_alone_is_the_capital_not_the_state(geoparser: Geoparser) -> None:
    # Aberdeen and Kent have namesake towns in the state, which must not pull it.
    text = "Union leaders from Aberdeen and Kent said they would take their case to Washington."
    assert _place(geoparser, text, "Washington")[:2] == ("USA", "District of Columbia")


def test_washington_state_is_still_the_state(geoparser: Geoparser) -> None:
    text = "Wildfires spread across Oregon and Washington state on Sunday."
    assert _place(geoparser, text, "Washington")[2] == "admin1"


def test_a_country_named_like_its_capital_keeps_the_name(geoparser: Geoparser) -> None:
    text = "Ships bound for Djibouti were delayed by the storm."
    assert _place(geoparser, text, "Djibouti")[2] == "country"


def test_a_region_listed_with_a_region_is_the_region_not_its_namesake_town(
    geoparser: Geoparser,
) -> None:
    # England holds a small town called Wales; listed beside England, Wales is the nation.
    text = "Burglaries reported to police in England and Wales fell by a tenth last year."
    assert _place(geoparser, text, "Wales")[2] == "admin1"


def test_a_numbered_district_of_a_state_names_the_state(geoparser: Geoparser) -> None:
    text = "The congresswoman, who represents the 9th District of FLORIDA, spoke on Monday."
    assert _place(geoparser, text, "FLORIDA")[:3] == ("USA", "Florida", "admin1")


def test_a_district_named_before_its_word_leaves_the_province_after_it(
    geoparser: Geoparser,
) -> None:
    text = "A teacher was shot dead in the Bannang Sata district of Yala on Saturday."
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    yala = next(m for m in mentions if m.text == "Yala")
    district = next(m for m in mentions if m.text == "Bannang Sata")
    assert yala.kind_hint is None
    assert district.kind_hint == "district"
    assert yala.place is not None and yala.place.kind == "admin1"


def test_a_lacking_town_named_again_keeps_its_stand_in(geoparser: Geoparser) -> None:
    text = (
        "Soldiers and militiamen clashed in the town of Qabusiya in Iraq's Sinjar district "
        "on Monday. On Sunday a drone struck a car near Tel Banat, north of Qabusiya."
    )
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    again = [m for m in mentions if m.text == "Qabusiya"][-1]
    near = next(m for m in mentions if m.text == "Tel Banat")
    for mention in (again, near):
        assert mention.stand_in and mention.place is not None
        assert mention.place.name == "Sinjār"


def test_a_hamlet_word_calls_the_name_a_settlement(geoparser: Geoparser) -> None:
    text = "Fighting broke out in the hamlet of Qabusiya in Colombia on Sunday."
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    assert next(m for m in mentions if m.text == "Qabusiya").kind_hint == "hamlet"


def test_a_lacking_village_lies_in_the_district_its_sentence_names(
    geoparser: Geoparser,
) -> None:
    text = (
        "Soldiers followed the raiders into Kotido district in Uganda and exchanged fire "
        "with them near Lokitelaebu on Wednesday."
    )
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    village = next(m for m in mentions if m.text == "Lokitelaebu")
    assert village.stand_in and village.place is not None and village.place.name == "Kotido"
