"""Names that are no place (saints' possessives, groups, feasts), islands that name
their country, and the state the dateline is in."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


def _mentions(geoparser: Geoparser, text: str) -> list[PlaceMention]:
    return geoparser.resolve_doc(geoparser.resources.nlp(text))


def _places(geoparser: Geoparser, text: str, name: str) -> list[tuple[str | None, str | None]]:
    return [
        (m.place.country, m.place.kind)
        for m in _mentions(geoparser, text)
        if m.text == name and m.place is not None
    ]


def test_a_saints_possessive_is_no_town(geoparser: Geoparser) -> None:
    text = (
        "Hundreds of pilgrims packed St. Peter's Basilica for the midnight mass, and the "
        "choir of St. Michael's sang in Dayton, Ohio, on Sunday."
    )
    resolved = {m.text for m in _mentions(geoparser, text) if m.place is not None}
    assert "St. Peter's" not in resolved and "St. Michael's" not in resolved
    assert "Dayton" in resolved


def test_a_town_named_by_a_saints_possessive_is_kept(geoparser: Geoparser) -> None:
    text = "Fishing boats stayed in the harbour at St. John's, Newfoundland, as the storm hit."
    assert ("CAN", "city") in _places(geoparser, text, "St. John's")


def test_an_island_stands_for_its_country_beside_the_countrys_name(
    geoparser: Geoparser,
) -> None:
    text = (
        "Trinidad and Tobago will host the regional summit next month. Officials in "
        "Trinidad said the hotels of the capital were already full."
    )
    assert _places(geoparser, text, "Trinidad") == [("TTO", "country")]


def test_the_datelines_state_is_meant_by_its_bare_name(geoparser: Geoparser) -> None:
    text = (
        "OLYMPIA, Wash. - Wildfire crews from across Washington were sent east on Monday. "
        "The governor will ask for federal help on a visit to Washington, D.C., next week."
    )
    kinds = [
        m.place.kind
        for m in _mentions(geoparser, text)
        if m.text == "Washington" and m.place is not None
    ]
    assert kinds == ["admin1", "city"]


def test_a_groups_name_in_a_place_slot_is_no_place(geoparser: Geoparser) -> None:
    text = "Mediators shuttled between Israel and Hamas for a week before the truce held."
    resolved = {m.text for m in _mentions(geoparser, text) if m.place is not None}
    assert "Hamas" not in resolved and "Israel" in resolved


def test_a_feast_in_a_place_slot_is_no_place(geoparser: Geoparser) -> None:
    text = "The family gathered in Brooklyn for Passover, as they have every spring."
    names = {m.text for m in _mentions(geoparser, text)}
    assert "Passover" not in names and "Brooklyn" in names


def test_a_generic_word_ending_a_longer_name_is_no_town(geoparser: Geoparser) -> None:
    text = (
        "Players from Licking Valley beat the visitors from Newark, Ohio, on Friday, and "
        "the mall's Banana Republic store in Columbus closed early."
    )
    resolved = {m.text for m in _mentions(geoparser, text) if m.place is not None}
    assert "Valley" not in resolved and "Republic" not in resolved
    assert "Newark" in resolved


def test_a_mixed_case_initialism_is_no_town(geoparser: Geoparser) -> None:
    text = "The MoD said the soldier, who grew up in Leeds, died in Syria on Thursday."
    resolved = {m.text for m in _mentions(geoparser, text) if m.place is not None}
    assert "MoD" not in resolved and "Leeds" in resolved


def test_a_region_read_as_a_persons_name_is_a_place(geoparser: Geoparser) -> None:
    text = (
        "New Brunswick RCMP say two puppies were taken from a farm near Moncton on "
        "Tuesday. Rapides Parish Fire District 2 crews put out a barn fire in Pineville."
    )
    resolved = {m.text: m.place for m in _mentions(geoparser, text) if m.place is not None}
    assert resolved["New Brunswick"].kind == "admin1"
    assert resolved["Rapides Parish"].kind == "admin2"


def test_the_datelines_region_is_a_place(geoparser: Geoparser) -> None:
    text = (
        "PLEASANTON, Calif.--(BUSINESS WIRE)--A maker of cold-chain sensors said on "
        "Monday that it will open a plant in Lima, Peru."
    )
    places = {m.text: m.place for m in _mentions(geoparser, text) if m.place is not None}
    assert places["Calif."].name == "California"


def test_a_peoples_name_is_no_town(geoparser: Geoparser) -> None:
    text = "Arab ministers met in Cairo on Sunday to discuss the crisis in Yemen."
    resolved = {m.text for m in _mentions(geoparser, text) if m.place is not None}
    assert "Arab" not in resolved and "Cairo" in resolved


def test_a_saints_possessive_opening_a_longer_name_is_no_town(geoparser: Geoparser) -> None:
    text = (
        "Pupils at St. John's Lutheran School in Lombard, Illinois, raised money for the "
        "flood victims."
    )
    resolved = {m.text for m in _mentions(geoparser, text) if m.place is not None}
    assert "St. John's" not in resolved and "Lombard" in resolved


def test_a_great_citys_possessive_is_the_city(geoparser: Geoparser) -> None:
    text = "Activists marched along Nevsky Prospekt, St. Petersburg's main street, in Russia."
    assert ("RUS", "city") in _places(geoparser, text, "St. Petersburg's")
