"""Admin qualifiers after a name whose kind word the toponym's text leaves out."""

from __future__ import annotations

from place_factory import us_place
from tacitus.geoparse.qualifiers import name_qualifiers
from tacitus.pipeline.doc import PlaceMention


def _mention(text: str, name: str, hint: str | None = None) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(
        text=name, start=start, end=start + len(name), sent=0, head=start, kind_hint=hint
    )


def test_a_state_after_the_county_word_qualifies_the_county() -> None:
    text = "Crews from Jefferson County, Colo., reached the fire line on Sunday."
    county, state = _mention(text, "Jefferson", "county"), _mention(text, "Colo.", "state")
    state.place = us_place("Colorado", "Colorado", kind="admin1")
    qualifier = name_qualifiers([county, state], text)[id(county)]
    assert qualifier.mention is state
    assert qualifier.holds(us_place("Jefferson County", "Colorado", kind="admin2"))
    assert not qualifier.holds(us_place("Jefferson County", "Kansas", kind="admin2"))


def test_a_kind_word_not_said_with_the_name_is_not_skipped() -> None:
    text = "Jefferson Parish, La., and the county board met on Monday."
    town, state = _mention(text, "Jefferson", "county"), _mention(text, "La.", "state")
    assert id(town) not in name_qualifiers([town, state], text)
