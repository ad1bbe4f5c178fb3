"""Toponyms given away by their syntax: lists before a plural kind word, postal
abbreviations after a comma; and the American-local-news cues of an article's writing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.components.toponym_lists import listed_places, postal_abbreviations
from tacitus.geoparse.locale import written_in


def _listed(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.hint) for f in listed_places(nlp(text))]


def _abbreviated(nlp: Language, text: str) -> list[str]:
    return [text[f.start : f.end] for f in postal_abbreviations(nlp(text))]


def test_names_listed_before_counties_are_counties(nlp: Language) -> None:
    text = "Deputies from Becker, Clay and Otter Tail counties joined the search on Sunday."
    assert _listed(nlp, text) == [
        ("Becker", "county"),
        ("Clay", "county"),
        ("Otter Tail", "county"),
    ]


def test_two_names_before_counties(nlp: Language) -> None:
    text = "Rain flooded roads in Muscogee and Harris counties overnight."
    assert _listed(nlp, text) == [("Muscogee", "county"), ("Harris", "county")]


def test_a_text_without_plural_kind_words_lists_nothing(nlp: Language) -> None:
    assert _listed(nlp, "Police closed the bridge in Dayton after the storm.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill outside Bluefield, W. Va., will close in March, the firm said.", ["W. Va."]),
        ("She grew up in Louisville, KY, and moved west in 2004.", ["KY"]),
        ("The convoy reached Wainwright, Alta. on Friday.", ["Alta."]),
        ("Officials in Paris, Ky said the bridge was safe.", ["Ky"]),
        ("Crews in Salem, Ore., and Tacoma, Wash., fought the fires.", ["Ore.", "Wash."]),
    ],
)
def test_postal_abbreviations_after_a_name_and_a_comma(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert _abbreviated(nlp, text) == expected


def test_no_abbreviation_without_a_name_before_the_comma(nlp: Language) -> None:
    assert _abbreviated(nlp, "After the vote, Pa. lawmakers went home.") == []
    assert _abbreviated(nlp, "In the end, OK was all he said.") == []


def test_three_american_cues_make_an_american_article() -> None:
    text = (
        "The Boone County Sheriff said a state trooper stopped the car near the town "
        "center on Oct. 3."
    )
    assert written_in(text) == "USA"


def test_street_addresses_clock_times_and_schools_are_american_cues() -> None:
    text = (
        "Crews were called to 412 Maple Ave. at 9:40 p.m. Friday, a mile from Lincoln "
        "Middle School on Route 9."
    )
    assert written_in(text) == "USA"
    assert written_in("Doors open at 6 p.m. on Saturday at Riverside High School.") == "USA"


def test_one_cue_is_not_enough() -> None:
    assert written_in("The county sheriff closed the road to the harbour.") is None
    assert written_in("The road to the old mill was closed on Saturday at 6 p.m.") is None


def test_a_commonwealth_cue_vetoes_american_ones() -> None:
    text = (
        "The Boone County Sheriff said a state trooper stopped the car near the town "
        "centre on Oct. 3."
    )
    assert written_in(text) is None
    assert (
        written_in("Crowds marched on 3 October past the Sheriff's office, ZIP code 10001, Ky.")
        is None
    )


def test_a_police_constable_named_by_rank_is_a_commonwealth_cue() -> None:
    text = (
        "Const. Maria Lopez said officers sealed off the neighborhood at 7 p.m. and talked"
        " the gunman out of the warehouse two hours later."
    )
    assert written_in(text) is None
    assert written_in("Constable Ravi Singh said the road stayed shut until 9 p.m.") is None


def test_an_american_county_constable_is_no_commonwealth_cue() -> None:
    text = (
        "Harris County Constable Mark Weeks said deputies reached the neighborhood"
        " just after 5 p.m."
    )
    assert written_in(text) == "USA"
