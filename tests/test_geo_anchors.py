"""What an article's places tell about the others: anchors placed in one area only, the
states it names, and counties read from a bare name."""

from __future__ import annotations

from place_factory import us_place
from tacitus.geoparse.context import _one_area, build_context
from tacitus.geoparse.namesakes import bare_county
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention


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


def test_a_state_picked_by_its_own_name_is_named_though_a_county_shares_it(
    pipeline: Pipeline,
) -> None:
    state = us_place("Indiana", "Indiana", kind="admin1")
    county = us_place("Indiana County", "Pennsylvania", kind="admin2")
    mention = PlaceMention(text="Indiana", start=0, end=7, sent=0, head=0, place=state)
    context = build_context(
        [mention], {id(mention): [state, county]}, pipeline.resources.gazetteer, None
    )
    assert context.admin1s == {("USA", "Indiana"): {"indiana"}}


def test_a_county_read_from_a_bare_name_is_told_apart() -> None:
    county = us_place("Delaware County", "Indiana", kind="admin2")
    assert bare_county(county, "delaware", hinted=False)
    assert not bare_county(county, "delaware", hinted=True)
    assert not bare_county(county, "delaware county", hinted=False)
