"""Towns a sports story names as teams lean to the great city of the name."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.geoparse.teams import team_names
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention

SPORTS_STORY = (
    "HOUSTON (AP) - The Rockets closed their season with a 101-95 win against Portland "
    "on Tuesday night. The coach said Dallas and San Antonio would be tougher in the "
    "playoffs."
)


def _mention(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(text=name, start=start, end=start + len(name), sent=0, head=0)


def test_an_opponent_and_a_nickname_mark_team_names() -> None:
    text = "The coach said the season ended when the Buffalo Bisons lost against Akron."
    buffalo, akron = _mention(text, "Buffalo"), _mention(text, "Akron")
    assert team_names([buffalo, akron], text) == {id(buffalo), id(akron)}


def test_no_team_names_outside_a_sports_story() -> None:
    text = "Protesters in Portland marched against Salem officials on Monday."
    portland, salem = _mention(text, "Portland"), _mention(text, "Salem")
    assert team_names([portland, salem], text) == set()


@pytest.mark.slow
def test_a_team_in_a_texas_story_is_the_great_city(pipeline: Pipeline) -> None:
    geoparser = Geoparser(resources=pipeline.resources)
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(SPORTS_STORY))
    portland = next(m for m in mentions if m.text == "Portland")
    assert portland.place is not None and portland.place.admin1 == "Oregon"
