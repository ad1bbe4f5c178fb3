"""A town that is the only place of its name is taken wherever the article is."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.geoparse import Geoparser
from tacitus.geoparse.sole_towns import sole_town_fallback
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _mentions(geoparser: Geoparser, text: str, name: str) -> list[PlaceMention]:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return [m for m in mentions if m.text == name]


def test_a_town_alone_in_the_world_is_taken_without_its_country(geoparser: Geoparser) -> None:
    text = "In Klamath Falls, households are billed each month for the water they use."
    found = _mentions(geoparser, text, "Klamath Falls")
    assert found and found[0].place is not None
    assert (found[0].place.country, found[0].place.admin1) == ("USA", "Oregon")


def _found_by_position(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(
        text=name, start=start, end=start + len(name), sent=0, head=0, label="PROPN"
    )


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Police stopped the van near Interstate 435 and 23rd Street on Friday.", False),
        ("Police stopped the van near Interstate 435 and in Street on Friday.", True),
    ],
)
def test_a_name_after_a_number_is_a_street(geoparser: Geoparser, text: str, resolved: bool) -> None:
    mention = _found_by_position(text, "Street")
    doc = geoparser.resources.nlp(text)
    sole_town_fallback(doc, [mention], geoparser.resources.gazetteer)
    assert (mention.place is not None) is resolved


def test_a_name_the_article_also_writes_as_a_word_is_no_town(geoparser: Geoparser) -> None:
    text = "Neighbours met at Street on Sunday. The street was closed to cars for the fair."
    for mention in _mentions(geoparser, text, "Street"):
        assert mention.place is None


def test_a_town_a_kind_word_names_is_taken_in_an_unnamed_country(
    geoparser: Geoparser,
) -> None:
    text = "Vandals daubed slogans on a church in the town of Kumanovo overnight, police said."
    found = _mentions(geoparser, text, "Kumanovo")
    assert found and found[0].place is not None
    assert found[0].place.country == "MKD"


def test_a_region_its_kind_word_names_is_taken_in_an_unnamed_country(
    geoparser: Geoparser,
) -> None:
    text = "Rebels burned homes in Lubero territory overnight, the army said."
    found = _mentions(geoparser, text, "Lubero")
    assert found and found[0].place is not None
    assert (found[0].place.country, found[0].place.kind) == ("COD", "admin2")


def test_an_event_is_placed_in_a_town_alone_in_the_world(pipeline: Pipeline) -> None:
    text = "Militants fired rockets at Sderot on Tuesday, the army said."
    article = Article(id="t", text=text, published=dt.date(2024, 5, 8))
    events = [e for e in pipeline.process(article).events if e.status == "new"]
    assert events and events[0].location is not None
    assert (events[0].location.name, events[0].location.country) == ("Sderot", "ISR")


def test_a_sole_town_is_found_without_its_diacritics(pipeline: Pipeline) -> None:
    text = "Soldiers raided Tulkarm on Tuesday, killing two men, residents said."
    article = Article(id="t", text=text, published=dt.date(2024, 5, 8))
    events = [e for e in pipeline.process(article).events if e.status == "new"]
    assert events and events[0].location is not None
    assert events[0].location.country == "PSE"


def test_a_town_that_dwarfs_its_namesakes_is_taken_by_a_spelling(geoparser: Geoparser) -> None:
    text = "Russian forces shelled Avdiivka again on Tuesday morning."
    found = _mentions(geoparser, text, "Avdiivka")
    assert found and found[0].place is not None
    assert (found[0].place.country, found[0].place.admin1) == ("UKR", "Donetska oblast")
