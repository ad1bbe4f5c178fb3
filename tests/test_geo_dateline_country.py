"""A dateline's qualifier names its country: "LONDON, Ky." votes for the United States."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser

pytestmark = pytest.mark.slow


def _countries(geoparser: Geoparser, text: str, name: str) -> list[str | None]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return [m.place.country if m.place else None for m in mentions if m.text == name]


def test_the_dateline_qualifier_sets_the_focus(geoparser: Geoparser) -> None:
    text = (
        "LONDON, Ky. (WXYZ) - Officers in London arrested two men on Friday after a "
        "break-in at a hardware store, and a third man from Corbin was questioned."
    )
    assert _countries(geoparser, text, "London") == ["USA"]


def test_a_capital_dateline_without_qualifier_still_votes(geoparser: Geoparser) -> None:
    text = "LONDON (Reuters) - Officers in London arrested two men on Friday after a break-in."
    assert set(_countries(geoparser, text, "London")) == {"GBR"}


def test_a_great_city_dateline_votes_for_its_country(geoparser: Geoparser) -> None:
    text = (
        "TORONTO - Toronto police said on Feb. 12 that two officers were hurt when a car "
        "struck a cruiser on the Gardiner Expressway at 2 a.m."
    )
    assert set(_countries(geoparser, text, "Toronto")) == {"CAN"}
