"""A town the tagger calls a location is still a town when no region or landmark bears
its name; only by its own name, and never a compass word. So is a town of several words
it calls a facility, unless a facility's word ends the name."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser

pytestmark = pytest.mark.slow


def _resolved(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str, str | None]]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return {
        m.text: (m.label, m.place.name, m.place.country) for m in mentions if m.place is not None
    }


def test_a_small_town_read_as_a_location_is_the_town(geoparser: Geoparser) -> None:
    places = _resolved(
        geoparser,
        "The army of Burkina Faso said the jihadists who attacked Pama on Sunday came from "
        "across the border with Benin.",
    )
    assert places["Pama"] == ("LOC", "Pama", "BFA")


def test_a_village_read_as_a_location_abroad_is_no_town(geoparser: Geoparser) -> None:
    places = _resolved(
        geoparser, "Forecasters in Texas said El Nino would bring a wet winter to Houston."
    )
    assert "El Nino" not in places


def test_a_compass_word_read_as_a_location_is_no_town(geoparser: Geoparser) -> None:
    places = _resolved(
        geoparser, "Relations between Russia and the West have rarely been worse, he said."
    )
    assert "West" not in places


def test_a_town_of_several_words_read_as_a_facility_is_the_town(geoparser: Geoparser) -> None:
    text = "Gunmen ambushed a police van near Dera Ismail Khan late on Friday."
    assert _resolved(geoparser, text)["Dera Ismail Khan"] == ("FAC", "Dera Ismail Khan", "PAK")


def test_a_hyphenated_town_read_as_a_facility_is_the_town(geoparser: Geoparser) -> None:
    text = (
        "Protesters blocked roads with burning tyres in several neighbourhoods of Port-au-Prince."
    )
    assert _resolved(geoparser, text)["Port-au-Prince"][1:] == ("Port-au-Prince", "HTI")


def test_a_city_of_one_word_read_as_a_facility_is_the_city(geoparser: Geoparser) -> None:
    text = "A woman was killed in Russian shelling of Kharkiv on Sunday."
    assert _resolved(geoparser, text)["Kharkiv"] == ("FAC", "Kharkiv", "UKR")


def test_a_facility_named_by_its_kind_is_no_town(geoparser: Geoparser) -> None:
    places = _resolved(geoparser, "Protesters gathered outside Kennedy Airport on Monday.")
    assert all(country != "USA" or name != "Kennedy" for _, name, country in places.values())
