"""Which of an article's places anchor the others: names placed in one area only."""

from __future__ import annotations

from place_factory import us_place
from tacitus.geoparse.context import _one_area


def test_a_town_with_namesakes_across_the_country_anchors_nothing() -> None:
    ohio = us_place("Brandon", "Ohio", lat=40.0, lon=-82.0)
    texas = us_place("Brandon", "Texas", lat=31.0, lon=-97.0)
    assert not _one_area(ohio, [ohio, texas])


def test_namesakes_close_together_still_anchor() -> None:
    town = us_place("Millbrook", "Ohio", lat=40.0, lon=-82.0)
    county = us_place("Millbrook County", "Ohio", kind="admin2", lat=40.3, lon=-82.2)
    assert _one_area(town, [town, county])


def test_a_state_anchors_beside_its_namesake_counties() -> None:
    state = us_place("Ohio", "Ohio", kind="admin1", lat=40.3, lon=-82.8)
    county = us_place("Ohio County", "Kentucky", kind="admin2", lat=37.5, lon=-86.8)
    assert _one_area(state, [state, county])
