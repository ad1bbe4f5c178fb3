"""Places inside other names, names in place slots, and mutual support between places.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tacitus.components.toponyms import find_toponyms
from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


def _parse(geoparser: Geoparser, text: str) -> list[PlaceMention]:
    return next(geoparser.parse([text]))


def _covering(mentions: list[PlaceMention], text: str, word: str) -> PlaceMention | None:
    start = text.index(word)
    end = start + len(word)
    return next((m for m in mentions if m.start < end and start < m.end), None)


def test_places_named_inside_organisations(geoparser: Geoparser) -> None:
    text = (
        "A spokesman for the Kenya Wildlife Service said the Nigerian Army had sent "
        "officers to a training course run by the Texas Forest Service in Dallas."
    )
    mentions = _parse(geoparser, text)
    kenya = _covering(mentions, text, "Kenya")
    nigerian = _covering(mentions, text, "Nigerian")
    texas = _covering(mentions, text, "Texas")
    assert kenya is not None and kenya.place is not None and kenya.place.country == "KEN"
    assert nigerian is not None and nigerian.place is not None
    assert nigerian.place.country == "NGA"
    assert texas is not None and texas.place is not None
    assert (texas.place.country, texas.place.kind) == ("USA", "admin1")


def test_embedded_names_are_metonyms(geoparser: Geoparser) -> None:
    text = "The Kenya Wildlife Service opened an office in Nairobi on Monday."
    mentions = _parse(geoparser, text)
    kenya = _covering(mentions, text, "Kenya")
    assert kenya is not None and kenya.metonym


def test_small_town_inside_a_name_needs_the_focus_country(geoparser: Geoparser) -> None:
    text = (
        "Police in Ohio said Gainesville Environmental Services had nothing to do with "
        "the spill near Columbus and Dayton."
    )
    mentions = _parse(geoparser, text)
    gainesville = _covering(mentions, text, "Gainesville")
    assert gainesville is not None and gainesville.place is not None
    assert gainesville.place.country == "USA"


def test_georgia_and_atlanta_support_each_other(geoparser: Geoparser) -> None:
    text = (
        "Officials in Atlanta said Georgia would expand the program, and the mayor of "
        "Savannah welcomed the plan for Georgia residents."
    )
    mentions = _parse(geoparser, text)
    georgia = _covering(mentions, text, "Georgia")
    atlanta = _covering(mentions, text, "Atlanta")
    assert georgia is not None and georgia.place is not None
    assert (georgia.place.country, georgia.place.kind) == ("USA", "admin1")
    assert atlanta is not None and atlanta.place is not None
    assert atlanta.place.admin1 == "Georgia"


def test_georgia_the_country_next_to_its_capital(geoparser: Geoparser) -> None:
    text = "Protesters gathered in Tbilisi as Georgia prepared for elections near Russia."
    mentions = _parse(geoparser, text)
    georgia = _covering(mentions, text, "Georgia")
    assert georgia is not None and georgia.place is not None
    assert georgia.place.country == "GEO"


def test_qualified_name_found_by_position_resolves(geoparser: Geoparser) -> None:
    text = "Farmers met in Klamath Falls, Oregon, to discuss water rights in Japan."
    mentions = _parse(geoparser, text)
    town = _covering(mentions, text, "Klamath Falls")
    assert town is not None and town.place is not None
    assert town.place.admin1 == "Oregon"


def test_place_slots_beyond_prepositions(pipeline: Pipeline) -> None:
    nlp = pipeline.resources.nlp
    text = "Rebels captured Knin and shelled the outskirts of Karachi on Monday."
    found = {m.text for m in find_toponyms(nlp(text))}
    assert "Karachi" in found
    assert "Monday" not in found


def test_a_large_city_inside_a_teams_name(geoparser: Geoparser) -> None:
    text = "Tickets for the Winnipeg Jets game sold out within an hour on Monday."
    found = _covering(_parse(geoparser, text), text, "Winnipeg")
    assert found is not None and found.place is not None
    assert found.place.country == "CAN"


def test_an_acronym_in_capitals_is_no_city(geoparser: Geoparser) -> None:
    text = "Doctors said the new NICE guidelines would change how the drug is prescribed."
    found = _covering(_parse(geoparser, text), text, "NICE")
    assert found is None or found.place is None


def test_a_provinces_postal_code_closing_an_agencys_name(geoparser: Geoparser) -> None:
    text = (
        "The new Housing Help BC office opened on Tuesday in Nelson, where Housing Help BC "
        "staff will answer questions from tenants across the region."
    )
    mentions = _parse(geoparser, text)
    code = _covering(mentions, text, "BC")
    assert code is not None and code.place is not None
    assert code.place.name == "British Columbia"
    nelson = _covering(mentions, text, "Nelson")
    assert nelson is not None and nelson.place is not None
    assert nelson.place.country == "CAN"


def test_a_postal_code_that_is_a_title_or_a_word_is_no_state(geoparser: Geoparser) -> None:
    text = (
        "Shares of Brightline NV rose after Tanner MD Paul Greaves said the plant in Leeds "
        "would reopen."
    )
    mentions = _parse(geoparser, text)
    for word in ("NV", "MD"):
        found = _covering(mentions, text, word)
        assert found is None or found.place is None or found.place.kind != "admin1"


def test_the_country_whose_currency_an_amount_names(geoparser: Geoparser) -> None:
    text = (
        "The ministry in Astana said the new rail terminal would cost about 2.4 billion "
        "US dollars, and a smaller depot near Karaganda another 300 million Kazakh tenge."
    )
    mentions = _parse(geoparser, text)
    us = _covering(mentions, text, "US")
    assert us is not None and us.place is not None and us.place.country == "USA"
    assert us.metonym
    karaganda = _covering(mentions, text, "Karaganda")
    assert karaganda is not None and karaganda.place is not None
    assert karaganda.place.country == "KAZ"


def test_a_nations_adjective_in_a_name_is_the_nation_not_a_town(geoparser: Geoparser) -> None:
    # Canadian, Texas, lies in the state the article names; the agency is still Canada's.
    text = "Crowds gathered in Amarillo, Texas, on Sunday. (Photo: Jane Doe/Canadian Press)"
    found = _covering(_parse(geoparser, text), text, "Canadian")
    assert found is not None and found.place is not None
    assert (found.place.kind, found.place.country) == ("country", "CAN")


def test_a_country_short_form_fused_into_a_hyphenated_modifier(geoparser: Geoparser) -> None:
    text = (
        "Soldiers of the U.S.-led mission trained local police, and a UK-based charity "
        "paid for the new clinic."
    )
    mentions = _parse(geoparser, text)
    us = _covering(mentions, text, "U.S.")
    assert us is not None and us.place is not None and us.place.country == "USA"
    assert us.text == "U.S." and us.metonym
    uk = _covering(mentions, text, "UK")
    assert uk is not None and uk.place is not None and uk.place.country == "GBR"


def test_a_hyphenated_name_with_a_capital_after_is_no_fused_country(
    geoparser: Geoparser,
) -> None:
    text = "Fighting broke out along the US-Mexico border fence near the river crossing."
    mentions = _parse(geoparser, text)
    assert all(m.reason != "named inside another word" for m in mentions)


def test_a_british_county_inside_a_services_name(geoparser: Geoparser) -> None:
    text = "The Devon Air Ambulance landed at a farm near Exeter, England, on Sunday."
    devon = _covering(_parse(geoparser, text), text, "Devon")
    assert devon is not None and devon.place is not None
    assert (devon.place.country, devon.place.kind) == ("GBR", "admin2")


def test_an_organisation_entity_that_is_a_country_full_name(geoparser: Geoparser) -> None:
    text = (
        "Sanctions on the Democratic People's Republic of Korea were eased after the "
        "summit, a diplomat said."
    )
    mentions = _parse(geoparser, text)
    found = _covering(mentions, text, "Korea")
    assert found is not None and found.text == "Democratic People's Republic of Korea"
    assert found.place is not None and found.place.country == "PRK"
