"""Facilities set in a town by the text ("Riverside Regional Medical Center in Newport
News", "the University of Texas, Austin") take that town's place."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def geoparser(pipeline: Pipeline) -> Geoparser:
    return Geoparser(resources=pipeline.resources)


def _mentions(geoparser: Geoparser, text: str) -> list[PlaceMention]:
    return geoparser.resolve_doc(geoparser.resources.nlp(text))


def test_a_hospital_in_a_town_takes_the_town_place(geoparser: Geoparser) -> None:
    text = (
        "Two men were taken to Riverside Regional Medical Center in Newport News after the crash."
    )
    found = next(m for m in _mentions(geoparser, text) if m.text.endswith("Medical Center"))
    assert found.place is not None
    assert (found.place.name, found.place.admin1) == ("Newport News", "Virginia")


def test_a_university_with_its_town_after_a_comma(geoparser: Geoparser) -> None:
    text = "A lecturer at the University of Texas, Austin, said the plan would fail."
    mentions = _mentions(geoparser, text)
    found = next(m for m in mentions if m.text == "University of Texas")
    assert found.place is not None and found.place.name == "Austin"


def test_a_founder_name_inside_the_facility_gives_way(geoparser: Geoparser) -> None:
    text = "Volunteers repainted the Carnegie Library in Tulsa over the weekend."
    mentions = _mentions(geoparser, text)
    found = next(m for m in mentions if m.text == "Carnegie Library")
    assert found.place is not None and found.place.admin1 == "Oklahoma"
    assert not any(m.text == "Carnegie" for m in mentions)


def test_a_facility_with_no_town_after_it_stays_unplaced(geoparser: Geoparser) -> None:
    text = "Nurses picketed St. Luke's Hospital on Monday over pay."
    assert all(m.place is None for m in _mentions(geoparser, text) if "Hospital" in m.text)
