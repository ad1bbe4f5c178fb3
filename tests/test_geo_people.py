"""People's names that look like places, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.components.toponym_people import people
from tacitus.geoparse import Geoparser

pytestmark = pytest.mark.slow


def _names(geoparser: Geoparser, text: str) -> list[str]:
    return [m.text for m in geoparser.resolve_doc(geoparser.resources.nlp(text)) if m.place]


def test_full_names_and_titles_give_surnames(nlp: Language) -> None:
    doc = nlp(
        "Kevin George Baker rode his bicycle from Norman to the capital. Mr. Lincoln, "
        "his neighbour, drove behind him with Sheriff Ann Moore."
    )
    assert {"Baker", "Lincoln"} <= people(doc).surnames


def test_places_and_offices_are_no_full_names(nlp: Language) -> None:
    doc = nlp(
        "Candidates for Anderson County Sheriff met voters on Tuesday, and residents of "
        "Tennessee Colony asked about the roads."
    )
    assert not {"Sheriff", "Colony"} & people(doc).surnames


def test_a_headline_is_no_full_name(nlp: Language) -> None:
    doc = nlp("Rethinking Egypt. Officials in Cairo want closer ties with Washington.")
    assert "Egypt" not in people(doc).surnames


def test_a_surname_said_alone_is_the_person(geoparser: Geoparser) -> None:
    text = (
        "Kevin George Baker, a veteran of the Gulf War, is riding a bicycle to Washington. "
        "Baker said the ride would take a month, and Baker's family will meet him there."
    )
    assert "Baker" not in _names(geoparser, text)


def test_a_surname_after_a_title_is_the_person(geoparser: Geoparser) -> None:
    text = "Police in Columbus said Sgt. Clark found the car. Clark said the driver fled."
    names = _names(geoparser, text)
    assert "Columbus" in names and "Clark" not in names


def test_a_surname_in_a_place_slot_stays_a_place(geoparser: Geoparser) -> None:
    text = (
        "Deputies found the stolen truck in Baker on Friday, two days after Tom Baker "
        "reported it missing from his farm outside Baton Rouge."
    )
    assert "Baker" in _names(geoparser, text)


def test_saints_and_fixed_names_are_no_places(geoparser: Geoparser) -> None:
    text = (
        "The Chamber of Commerce in Columbus will host a St. Patrick's Day parade, and "
        "the Superior Court judge will lead it."
    )
    names = _names(geoparser, text)
    assert "Columbus" in names
    assert not {"Commerce", "Patrick", "Superior"} & set(names)


def test_a_surname_said_alone_is_the_person_beside_near(geoparser: Geoparser) -> None:
    """Standing near Harlan names the woman the article calls Harlan, not a town."""
    text = (
        "Jurors watched video of the moment Rosa Harlan was shot on a street corner. "
        "Harlan, 29, was pushing a stroller, and a man standing near Harlan was hit."
    )
    assert "Harlan" not in _names(geoparser, text)


def test_near_a_surname_used_only_in_full_is_still_a_place(geoparser: Geoparser) -> None:
    text = (
        "Deputies found the stolen truck near Baker on Friday, two days after Tom Baker "
        "reported it missing from his farm outside Baton Rouge."
    )
    assert "Baker" in _names(geoparser, text)
