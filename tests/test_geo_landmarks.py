"""Seats of government as buildings, and names said with "the" leaning to the landmark."""

from __future__ import annotations

import pytest

from place_factory import us_place
from tacitus.geoparse import Geoparser
from tacitus.geoparse.articled import articled, landmark_bonus
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


def _mention(geoparser: Geoparser, text: str, name: str) -> PlaceMention:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return next(m for m in mentions if m.text == name)


def test_the_white_house_is_the_building_in_washington(geoparser: Geoparser) -> None:
    text = (
        "Hundreds of farmers marched to the White House on Saturday, and the march "
        "ended in a rally near the Capitol in the afternoon."
    )
    place = _mention(geoparser, text, "White House").place
    assert place is not None
    assert place.kind == "landmark"
    assert abs(place.lat - 38.9) < 0.1 and abs(place.lon + 77.04) < 0.1


def test_the_white_house_beats_the_tennessee_town_of_that_name(geoparser: Geoparser) -> None:
    text = (
        "Farm prices fell across the United States this year, and the White House said "
        "on Friday that aid would reach growers before the winter."
    )
    place = _mention(geoparser, text, "White House").place
    assert place is not None and place.kind == "landmark"


def test_a_name_said_with_the_article_is_marked(geoparser: Geoparser) -> None:
    text = "Guards stood outside the Pentagon while buses left White House for Nashville."
    doc = geoparser.resources.nlp(text)
    mentions = [
        PlaceMention(text="Pentagon", start=text.index("Pentagon"), end=0, sent=0, head=0),
        PlaceMention(text="White House", start=text.index("White House"), end=0, sent=0, head=0),
    ]
    marked = articled(mentions, doc.text)
    assert marked == {id(mentions[0])}


def test_only_a_landmark_gains_from_the_article() -> None:
    landmark = us_place("Pentagon", "Virginia", kind="landmark")
    town = us_place("Pentagon", "Virginia")
    assert landmark_bonus(landmark, with_article=True) > 0
    assert landmark_bonus(town, with_article=True) == 0
    assert landmark_bonus(landmark, with_article=False) == 0


def test_a_governments_seat_without_the_article_is_the_building(geoparser: Geoparser) -> None:
    text = "A White House aide said the president would stay in Florida this weekend."
    mentions = next(geoparser.parse([text]))
    found = next(m for m in mentions if m.text == "White House")
    assert found.place is not None
    assert (found.place.kind, found.place.admin1) == ("landmark", "District of Columbia")
