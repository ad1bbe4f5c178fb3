"""Countries, capitals and international organisations as actors, on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tacitus.actors import ActorKB
from tacitus.components.actors import demonym_focus
from tacitus.evaluation.typing_eval import main_frame
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import ActorMention, ArticleDoc
from tacitus.records import Article


def _analysed(pipeline: Pipeline, text: str) -> ArticleDoc:
    return pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))


def _names(mentions: list[ActorMention]) -> list[str]:
    return [m.entry.name if m.entry else m.text for m in mentions]


def _roles(pipeline: Pipeline, text: str) -> tuple[list[str], list[str]]:
    frame = main_frame(_analysed(pipeline, text))
    assert frame is not None
    return _names(frame.actor1), _names(frame.actor2)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Chile accused Bolivia on Tuesday of stoking unrest along the border.",
            "Government of Chile",
            "Government of Bolivia",
        ),
        (
            "Kenya has granted asylum to two opposition politicians, a spokesman said.",
            "Government of Kenya",
            None,
        ),
        (
            "Tehran rejected the proposal put forward by the mediators.",
            "Government of Iran",
            None,
        ),
        (
            "The United States and Ghana signed a new aid agreement on Friday.",
            "Government of the United States",
            None,
        ),
    ],
)
def test_a_country_or_capital_that_acts_is_its_government(
    pipeline: Pipeline, text: str, first: str, second: str | None
) -> None:
    actor1, actor2 = _roles(pipeline, text)
    assert actor1[:1] == [first]
    if second is not None:
        assert actor2[:1] == [second]


def test_a_country_named_by_a_party_preposition_is_a_party(pipeline: Pipeline) -> None:
    adoc = _analysed(pipeline, "Peru broke off diplomatic relations with Ecuador on Monday.")
    assert "Government of Ecuador" in _names(adoc.actors)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Heavy fighting continued in Yemen on Sunday, residents said.", "Yemen"),
        ("Rockets struck Kabul overnight, wounding three people.", "Kabul"),
        ("The minister flew to Moscow for the funeral.", "Moscow"),
    ],
)
def test_a_place_where_something_happened_is_no_actor(
    pipeline: Pipeline, text: str, place: str
) -> None:
    assert place not in [m.text for m in _analysed(pipeline, text).actors]


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("UN peacekeepers patrolled the buffer zone.", "United Nations", "IGO"),
        ("NATO said it would send more troops.", "North Atlantic Treaty Organization", "IGO"),
        ("The World Food Programme suspended deliveries.", "World Food Programme", "IGO"),
        (
            "Red Cross officials visited the prison.",
            "International Committee of the Red Cross",
            "NGO",
        ),
        ("Doctors Without Borders closed its clinic.", "Medecins Sans Frontieres", "NGO"),
    ],
)
def test_international_organisations_are_known(
    pipeline: Pipeline, text: str, name: str, sector: str
) -> None:
    found = [m.entry for m in _analysed(pipeline, text).actors if m.entry is not None]
    assert [(e.name, e.sector, e.country) for e in found][:1] == [(name, sector, None)]


def test_the_word_amnesty_is_no_organisation(pipeline: Pipeline) -> None:
    adoc = _analysed(pipeline, "The council offered an amnesty to fighters who disarm.")
    assert all(m.entry is None or m.entry.sector != "NGO" for m in adoc.actors)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Nigerian government said police had arrested the suspects.", "NGA"),
        ("Kenyan police and Ugandan troops searched the area together.", None),
        ("Police said the suspects had fled.", None),
    ],
)
def test_the_one_country_the_actors_are_said_to_be_of(
    nlp: Language, text: str, country: str | None
) -> None:
    assert demonym_focus(ActorKB.load(), list(nlp(text).sents)) == country


def test_an_armed_groups_home_is_no_state_actors_country(nlp: Language) -> None:
    sents = list(nlp("JNIM fighters said they had ambushed the soldiers.").sents)
    assert demonym_focus(ActorKB.load(), sents) == "MLI"
    assert demonym_focus(ActorKB.load(), sents, states_only=True) is None


def test_soldiers_struck_by_a_group_abroad_are_those_of_the_place(pipeline: Pipeline) -> None:
    text = "JNIM said on Saturday it had ambushed a convoy near Djibo, killing 12 soldiers."
    adoc = _analysed(pipeline, text)
    soldiers = next(m for m in adoc.actors if m.text == "soldiers")
    assert soldiers.entry is not None
    assert soldiers.entry.name == "Military Forces of Burkina Faso"


def test_a_country_before_a_strike_names_its_military(pipeline: Pipeline) -> None:
    actor1, _ = _roles(pipeline, "A Turkey airstrike hit a fuel truck near Qamishli on Monday.")
    assert actor1 == ["Military Forces of Turkey"]


def test_a_country_named_as_where_a_place_lies_is_no_actor(pipeline: Pipeline) -> None:
    text = (
        "Four farmers were killed on Sunday when the village of Kanam, in the Bankass "
        "district of Mali's Mopti region near the border with Burkina Faso, was attacked "
        "by gunmen, officials said."
    )
    names = _names(_analysed(pipeline, text).actors)
    assert "Government of Burkina Faso" not in names
    assert names.count("Government of Mali") <= 1  # the officials who said it
    event = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 12))).events[0]
    assert event.acled is not None and event.acled.sub_event_type == "Attack"
