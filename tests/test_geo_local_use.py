"""Names an article uses as its own town's, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.geoparse.local_use import local_names
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention


def _mention(text: str, source: str) -> PlaceMention:
    start = source.index(text)
    return PlaceMention(text=text, start=start, end=start + len(text), sent=0, head=0)


def test_police_council_and_people_make_a_town_local() -> None:
    text = "The Jordan Police Department and Dublin's council met Athens residents in Rome."
    names = local_names([_mention(n, text) for n in ("Jordan", "Dublin", "Athens", "Rome")], text)
    assert names == {"jordan", "dublin", "athens"}


def test_city_council_counts_for_the_town_name() -> None:
    text = "Members of the Dublin City Council voted on Monday."
    assert local_names([_mention("Dublin City", text)], text) == {"dublin"}


@pytest.mark.slow
def test_the_geoparser_reads_a_local_town_in_the_articles_country(pipeline: Pipeline) -> None:
    geoparser = Geoparser(resources=pipeline.resources)
    text = (
        "The Jordan City Council approved a new water tower on Monday. Jordan Police "
        "Chief Ann Lee said the town near Shakopee and Belle Plaine has grown fast."
    )
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    jordan = next(m for m in mentions if m.text == "Jordan")
    assert jordan.place is not None and jordan.place.country == "USA"
