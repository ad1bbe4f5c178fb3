"""A one-word name that speaks and would be a small town is a person."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser

pytestmark = pytest.mark.slow


def _resolved(geoparser: Geoparser, text: str) -> dict[str, str | None]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return {m.text: m.place.name if m.place else None for m in mentions if m.place}


def test_a_speaking_name_is_a_person_in_every_use(geoparser: Geoparser) -> None:
    text = (
        "Hundreds of residents of Denver, Colorado, packed the school gym on Tuesday. "
        "Bailey said the new road would cut the drive in half. Crews hired by Bailey "
        "will start work in May, Bailey told the crowd."
    )
    found = _resolved(geoparser, text)
    assert "Bailey" not in found
    assert found["Denver"] == "Denver"


def test_a_capital_still_speaks_for_its_government(geoparser: Geoparser) -> None:
    text = "Tehran said on Monday that the talks in Vienna would resume next week."
    assert _resolved(geoparser, text).get("Tehran") == "Tehran"
