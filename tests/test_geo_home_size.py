"""Namesake towns of the article's focus country: size counts for less between them."""

from __future__ import annotations

import pytest

from place_factory import us_place
from tacitus.geoparse.resolve import HOME_SIZE_DISCOUNT, _home_size_share, _size


def test_a_smaller_home_namesake_makes_up_part_of_the_size_gap() -> None:
    large = us_place("Riverton", "Ohio", pop=90_000)
    small = us_place("Riverton", "Iowa", pop=900)
    found = [large, small]
    gap = _size(large) - _size(small)
    assert _home_size_share(large, found, "USA", "riverton") == 0.0
    assert _home_size_share(small, found, "USA", "riverton") == pytest.approx(
        HOME_SIZE_DISCOUNT * gap
    )


def test_a_town_found_by_an_alternate_name_gains_nothing() -> None:
    town = us_place("Spencerville", "Ohio", pop=900)
    found = [us_place("Riverton", "Ohio", pop=90_000), town]
    assert _home_size_share(town, found, "USA", "riverton") == 0.0
