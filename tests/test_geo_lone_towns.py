"""Towns of one word the tagger leaves untagged are places when the article names the
country or region that holds them; a person's surname, a word at a sentence's start and
a word in a longer name are not taken."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser

pytestmark = pytest.mark.slow


def _places(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str | None]]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return {m.text: (m.place.name, m.place.country) for m in mentions if m.place is not None}


def test_a_lone_town_in_a_named_province_is_found(geoparser: Geoparser) -> None:
    places = _places(
        geoparser,
        "Two hours away on the other side of the B.C. border, Valemount is also planning "
        "a new arena.",
    )
    assert places["Valemount"] == ("Valemount", "CAN")


def test_a_lone_town_named_with_its_country_is_found(geoparser: Geoparser) -> None:
    places = _places(
        geoparser,
        "Police in Nigeria said the curfew would stay. Residents said Maiduguri was quiet, "
        "but Bama had no power for a third night.",
    )
    assert places["Bama"] == ("Bama", "NGA")


def test_a_surname_the_article_gives_a_person_is_not_a_town(geoparser: Geoparser) -> None:
    places = _places(
        geoparser,
        "Kevin Warren, a lawyer in Michigan, said the case would go on. On Monday, Warren "
        "told reporters he would appeal.",
    )
    assert "Warren" not in places


def test_a_town_word_with_no_named_country_is_left(geoparser: Geoparser) -> None:
    places = _places(geoparser, "On Monday, Valemount was quiet, a resident said.")
    assert "Valemount" not in places


def test_a_conflict_town_opening_a_sentence_is_found(geoparser: Geoparser) -> None:
    places = _places(
        geoparser,
        "The army in Mali blamed jihadists for the raid. Hombori has been under blockade "
        "since May.",
    )
    assert places["Hombori"] == ("Hombori", "MLI")


def test_a_small_town_alone_with_its_name_needs_its_region_named(
    geoparser: Geoparser,
) -> None:
    places = _places(
        geoparser,
        "Senators in the United States argued late into the night, and Congress adjourned "
        "without a vote.",
    )
    assert "Congress" not in places
