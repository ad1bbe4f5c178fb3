"""Short forms and news spellings local news gives states and counties ("NSW", "Herts",
"Hadhramaut") name those regions."""

from __future__ import annotations

import pytest

from tacitus.gazetteer.world import region_short_forms
from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline


def test_region_short_forms_table() -> None:
    table = region_short_forms()
    assert table["NSW"] == (("New South Wales", "AUS", "admin1"),)
    assert [country for _, country, _ in table["SA"]] == ["ZAF", "AUS"]
    assert table["Herts"] == (("Hertfordshire", "GBR", "admin2"),)


def _places(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    geoparser = Geoparser(resources=pipeline.resources)
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return {m.text: (m.place.name, m.place.country) for m in mentions if m.place is not None}


@pytest.mark.slow
def test_an_australian_state_short_form_is_the_state(pipeline: Pipeline) -> None:
    places = _places(
        pipeline,
        "Police in NSW said two men were arrested in Newcastle after the protest, while "
        "fire crews from Sydney travelled to Qld to help.",
    )
    assert places["NSW"] == ("New South Wales", "AUS")
    assert places["Qld"] == ("Queensland", "AUS")


@pytest.mark.slow
def test_wa_in_an_australian_story_is_the_state_not_the_ghanaian_town(
    pipeline: Pipeline,
) -> None:
    places = _places(
        pipeline,
        "Miners in WA walked off the job on Monday, the union in Perth said, and the "
        "dispute may spread to other sites.",
    )
    assert places["WA"] == ("Western Australia", "AUS")


@pytest.mark.slow
def test_an_english_county_short_form_is_the_county(pipeline: Pipeline) -> None:
    places = _places(
        pipeline, "Flooding closed roads across Lancs and Cumbria, with Preston worst hit."
    )
    assert places["Lancs"] == ("Lancashire", "GBR")


@pytest.mark.slow
def test_sa_in_a_south_african_story_is_south_africa(pipeline: Pipeline) -> None:
    places = _places(
        pipeline,
        "Mining affects the livelihoods of millions of South Africans, and chiefs in SA hold "
        "great power over land near Rustenburg.",
    )
    assert places["SA"] == ("South Africa", "ZAF")


@pytest.mark.slow
def test_a_state_short_form_that_opens_an_agency_name_is_the_state(pipeline: Pipeline) -> None:
    places = _places(
        pipeline,
        "Rangers from NSW National Parks and Wildlife Service closed the track near "
        "Newcastle on Monday.",
    )
    assert places["NSW"] == ("New South Wales", "AUS")


@pytest.mark.slow
def test_a_county_short_form_inside_a_charity_name_is_the_county(pipeline: Pipeline) -> None:
    places = _places(
        pipeline, "Crews from the Essex and Herts Air Ambulance landed near Chelmsford."
    )
    assert places["Herts"] == ("Hertfordshire", "GBR")


@pytest.mark.slow
def test_a_two_letter_short_form_after_a_firm_name_stays_out(pipeline: Pipeline) -> None:
    places = _places(
        pipeline,
        "Shares in Nestle SA fell on Monday after the company cut its forecast in Vevey.",
    )
    assert "SA" not in places


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Gunmen killed two guards at an oil field in Hadhramaut.", "Hadhramaut", "Hadramawt"),
        ("Militants attacked a checkpoint in Salahuddin on Friday.", "Salahuddin", "Salah ad Din"),
    ],
)
def test_a_news_spelling_of_a_province_is_the_province(
    pipeline: Pipeline, text: str, name: str, expected: str
) -> None:
    assert _places(pipeline, text)[name][0] == expected
