"""A region's seat named like its region: found by another spelling of the name, with its
region found the same way ("Raqqa": Ar Raqqah and its governorate), it is the city said
alone, the region when a word says so; as a qualifier ("Rafah in southern Gaza") it holds
the towns of its region."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


def _kind(geoparser: Geoparser, text: str, name: str) -> str:
    mentions: list[PlaceMention] = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text.startswith(name))
    assert found.place is not None, name
    return found.place.kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A glide bomb struck a factory in Zaporizhzhia on Monday morning.", "Zaporizhzhia"),
        ("Kurdish-led fighters set up new checkpoints in Raqqa.", "Raqqa"),
        ("Hundreds marched through Daraa, in southern Syria, on Friday.", "Daraa"),
    ],
)
def test_the_name_alone_is_the_seat(geoparser: Geoparser, text: str, name: str) -> None:
    assert _kind(geoparser, text, name) == "city"


def test_the_region_word_keeps_the_region(geoparser: Geoparser) -> None:
    text = "Drought has emptied villages across Raqqa province this year."
    assert _kind(geoparser, text, "Raqqa") == "admin1"


def test_a_seat_qualifier_holds_the_towns_of_its_region(geoparser: Geoparser) -> None:
    text = "Tanks pushed into Rafah in southern Gaza before dawn on Tuesday."
    mentions: list[PlaceMention] = geoparser.resolve_doc(geoparser.resources.nlp(text))
    rafah = next(m for m in mentions if m.text == "Rafah")
    assert rafah.place is not None
    assert (rafah.place.kind, rafah.place.country) == ("city", "PSE")
    assert rafah.place.lat < 31.35  # Rafah, not Gaza City at 31.5


def test_a_seat_qualifier_holds_its_oblast(geoparser: Geoparser) -> None:
    text = "Russian troops attacked Vuhledar in Donetsk overnight."
    mentions: list[PlaceMention] = geoparser.resolve_doc(geoparser.resources.nlp(text))
    town = next(m for m in mentions if m.text == "Vuhledar")
    assert town.place is not None
    assert (town.place.name, town.place.admin1) == ("Vuhledar", "Donetska oblast")
