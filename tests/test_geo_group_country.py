"""An armed group the actor base ties to one country says where a name found by its
position may lie when the article names no country ("Arakan Army fighters overran an
outpost in Pauktaw") and weighs for that country's towns among namesakes; it casts no
vote for the article's focus, for groups fight across borders."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _places(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str | None]]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return {m.text: (m.place.name, m.place.country) for m in mentions if m.place is not None}


def _event_country(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    events = pipeline.extract(text, published="2024-05-06")
    location = events[0].location
    return (location.text, location.country) if location is not None else (None, None)


def test_a_groups_country_picks_its_town_among_namesakes(pipeline: Pipeline) -> None:
    # Koro, Mali, or Coro, Venezuela (ten times larger, which "Koro" also spells).
    text = "JNIM gunmen stormed a gendarmerie post in Koro on Sunday night."
    assert _event_country(pipeline, text) == ("Koro", "MLI")


def test_a_groups_country_weighs_between_two_countries_towns(pipeline: Pipeline) -> None:
    # Khash, Afghanistan, or Khash, Iran (four times larger).
    text = "Taliban fighters overran a checkpoint in Khash on Sunday."
    assert _event_country(pipeline, text) == ("Khash", "AFG")


def test_a_groups_country_places_a_town_the_tagger_calls_a_person(pipeline: Pipeline) -> None:
    text = "Arakan Army fighters overran a navy outpost in Pauktaw on Friday, residents said."
    assert _event_country(pipeline, text) == ("Pauktaw", "MMR")


def test_the_geoparser_reads_the_group_hint_too(geoparser: Geoparser) -> None:
    places = _places(geoparser, "Arakan Army fighters shelled Maungdaw on Friday night.")
    assert places.get("Maungdaw", ("", None))[1] == "MMR"


def test_a_country_without_a_named_group_gives_no_hint(geoparser: Geoparser) -> None:
    places = _places(geoparser, "Unknown gunmen raided a police station in Pauktaw on Friday.")
    assert "Pauktaw" not in places
