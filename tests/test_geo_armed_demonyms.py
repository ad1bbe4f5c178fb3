"""A demonym before an armed force ("Russian forces", "Israeli jets") tells whose force,
not whose towns: it does not pull a name to a namesake in the force's own country."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser

pytestmark = pytest.mark.slow


def _places(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str | None]]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return {m.text: (m.place.name, m.place.country) for m in mentions if m.place is not None}


def test_an_invading_force_does_not_move_the_town_to_its_country(
    geoparser: Geoparser,
) -> None:
    places = _places(
        geoparser, "Russian forces advanced toward Pokrovsk on Tuesday, the general staff said."
    )
    assert places["Pokrovsk"] == ("Pokrovsk", "UKR")


def test_officials_still_tell_whose_town(geoparser: Geoparser) -> None:
    places = _places(
        geoparser, "Palestinian officials said settlers set fire to cars near Bethlehem."
    )
    assert places["Bethlehem"][1] == "PSE"


def test_a_country_named_as_a_force_s_owner_sets_no_focus(geoparser: Geoparser) -> None:
    places = _places(
        geoparser,
        "A British paratrooper who grew up in Manchester was killed in Syria on Friday. He "
        "had been serving alongside US forces near Raqqa, and a US-led coalition spokesman "
        "confirmed the death.",
    )
    assert places["Manchester"] == ("Manchester", "GBR")
