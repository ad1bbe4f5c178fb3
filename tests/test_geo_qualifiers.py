"""Admin qualifiers after a name whose kind word the toponym's text leaves out."""

from __future__ import annotations

from dataclasses import replace

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


def test_a_namesake_abroad_gives_way_to_the_region_after_the_comma() -> None:
    text = "The rally moves to Milton, Vermont, in June."
    town, state = _mention(text, "Milton"), _mention(text, "Vermont")
    state.place = us_place("Vermont", "Vermont", kind="admin1")
    qualifier = name_qualifiers([town, state], text)[id(town)]
    abroad = replace(us_place("Milton", None), country="NZL", country_name="New Zealand")
    assert qualifier.stand_in(abroad, focus="USA") is state.place
    # A town of the same country that the gazetteer puts elsewhere is left to the ranking,
    # and so is any reading when the region lies outside the article's country.
    assert qualifier.stand_in(us_place("Milton", "Florida"), focus="USA") is None
    assert qualifier.stand_in(abroad, focus="NZL") is None


def test_a_place_near_a_town_is_qualified_by_it() -> None:
    text = "The farm at Oakridge, near Fairview, burned on Monday."
    farm, town = _mention(text, "Oakridge"), _mention(text, "Fairview")
    town.place = us_place("Fairview", "Ohio")
    qualifier = name_qualifiers([farm, town], text)[id(farm)]
    assert qualifier.strong and qualifier.stand_in(None) is town.place


def test_near_a_state_qualifies_nothing() -> None:
    text = "The farm at Oakridge, near Ohio, burned on Monday."
    farm, state = _mention(text, "Oakridge"), _mention(text, "Ohio")
    state.place = us_place("Ohio", "Ohio", kind="admin1")
    assert id(farm) not in name_qualifiers([farm, state], text)


def test_a_name_in_a_countrys_state_is_qualified_by_the_state() -> None:
    text = "Gunmen raided the village of Dangora in Nigeria's Kano state on Sunday."
    village = _mention(text, "Dangora")
    country, state = _mention(text, "Nigeria"), _mention(text, "Kano", "state")
    qualifier = name_qualifiers([village, country, state], text)[id(village)]
    assert qualifier.mention is state and qualifier.strong


def test_a_name_in_a_neighbouring_district_is_qualified_by_it() -> None:
    text = "Troops clashed with rebels near Borra in neighbouring Kondagaon district."
    village, district = _mention(text, "Borra"), _mention(text, "Kondagaon", "district")
    qualifier = name_qualifiers([village, district], text)[id(village)]
    assert qualifier.mention is district and qualifier.strong


def test_a_camp_for_its_occupants_in_a_province_is_qualified_by_it() -> None:
    text = "Families in the Kabarto camp for displaced people in Duhok province marched."
    camp, province = _mention(text, "Kabarto", "camp"), _mention(text, "Duhok", "province")
    province.place = us_place("Duhok", None, kind="city")
    qualifier = name_qualifiers([camp, province], text)[id(camp)]
    assert qualifier.mention is province and qualifier.strong
