"""Villages (places under 1,000 people): read for a name only when nothing larger bears
it, or when the article sets them locally."""

from __future__ import annotations

import pytest

from place_factory import us_place
from tacitus.geoparse import Geoparser
from tacitus.geoparse.context import Context
from tacitus.geoparse.villages import is_village, voting, without_villages
from tacitus.pipeline.doc import PlaceMention


def _mention(text: str) -> PlaceMention:
    return PlaceMention(text=text, start=0, end=len(text), sent=0, head=0, label="GPE")


def test_a_village_is_a_small_town_that_is_no_seat() -> None:
    assert is_village(us_place("Millbrook", "Vermont", pop=640))
    assert not is_village(us_place("Millbrook", "Alabama", pop=15_000))
    assert not is_village(us_place("Millbrook County", "Vermont", kind="admin2", pop=640))


def test_a_village_that_alone_bears_its_name_stays() -> None:
    village = us_place("Quarry Hollow", "Vermont", pop=640)
    found = without_villages([village], _mention("Quarry Hollow"), Context(), None, "quarry hollow")
    assert found == [village]


def test_a_village_gives_way_to_a_larger_namesake_without_local_support() -> None:
    town = us_place("Millbrook", "Alabama", pop=15_000)
    village = us_place("Millbrook", "Vermont", pop=640)
    found = without_villages([town, village], _mention("Millbrook"), Context(), None, "millbrook")
    assert found == [town]


def test_a_village_in_a_state_the_article_names_stays() -> None:
    town = us_place("Millbrook", "Alabama", pop=15_000)
    village = us_place("Millbrook", "Vermont", pop=640)
    context = Context(admin1s={("USA", "Vermont"): {"vermont"}})
    found = without_villages([town, village], _mention("Millbrook"), context, None, "millbrook")
    assert found == [town, village]


def test_a_village_never_takes_a_state_name() -> None:
    state = us_place("Kansas", "Kansas", kind="admin1", pop=2_900_000)
    village = us_place("Kansas", "Illinois", pop=700)
    context = Context(admin1s={("USA", "Illinois"): {"illinois"}})
    found = without_villages([state, village], _mention("Kansas"), context, None, "kansas")
    assert found == [state]


def test_a_village_lends_the_article_no_region_beside_a_larger_namesake() -> None:
    city = us_place("Albany", "New York", pop=100_000)
    village = us_place("Albany", "Ohio", pop=900)
    assert voting([city, village]) == [city]
    assert voting([village]) == [village]


def _admin1(geoparser: Geoparser, text: str, name: str) -> tuple[str | None, str | None]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text == name)
    assert found.place is not None, name
    return found.place.country, found.place.admin1


@pytest.mark.slow
def test_a_village_of_a_state_the_story_names_is_read(geoparser: Geoparser) -> None:
    text = (
        "Snowplows cleared roads in Bethel and Randolph after a storm buried central "
        "Vermont overnight."
    )
    assert _admin1(geoparser, text, "Bethel") == ("USA", "Vermont")


@pytest.mark.slow
def test_a_village_its_state_qualifies_is_read(geoparser: Geoparser) -> None:
    text = "A covered bridge in Norwich, Vt., reopened on Friday after two months of repairs."
    assert _admin1(geoparser, text, "Norwich") == ("USA", "Vermont")


@pytest.mark.slow
def test_a_namesake_village_is_not_read_without_support(geoparser: Geoparser) -> None:
    text = "Fans in Norwich celebrated the football club's promotion on Saturday night."
    assert _admin1(geoparser, text, "Norwich") != ("USA", "Vermont")
