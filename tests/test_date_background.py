"""Dates inside a "since"/"after"/"following" phrase date an earlier event: a background cue."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.mentions.dates import find_dates

PUBLISHED = date(2022, 3, 14)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Troops have detained 300 people since the Feb. 1 coup.", "since"),
        (
            "He has not been seen since her detention on February 1 when the army took power.",
            "since",
        ),
        ("Police arrested him after the Oct. 4 killing of a student.", "after"),
        ("Following his January 9 arrest, the union called a strike.", "following"),
    ],
)
def test_date_in_a_since_or_after_phrase_is_background(text: str, cue: str) -> None:
    [mention] = find_dates(text, published=PUBLISHED)
    assert mention.background == cue


@pytest.mark.parametrize(
    "text",
    [
        "She has been missing since March 3.",  # the start of her own state
        "He was arrested after he spoke on Monday.",  # may date the arrest itself
        "Police detained 40 people on Saturday.",
        "Since the war began, the army said on Monday, 300 people have died.",  # clause break
    ],
)
def test_other_dates_are_not_background(text: str) -> None:
    found = find_dates(text, published=PUBLISHED)
    assert found
    assert [m.background for m in found] == [None] * len(found)
