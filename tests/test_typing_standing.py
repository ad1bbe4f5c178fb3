"""Statements that are no news of the day: standing positions, summaries of the past, and
what a protest's crowd demands (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Token

from tacitus.linking.standing import standing_statement
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article, Event


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def _statements(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    events = pipeline.process(article).events
    return [e for e in events if e.acled is None and e.status == "new"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry denies that its units used live rounds.", "denies"),
        ("Farmers accuse the county of ignoring their complaints.", "accuse"),
        ("Aid groups have urged both sides to open the road.", "urged"),
        ("Some residents have complained of the noise from the base.", "complained"),
        ("The army has previously rejected the charges.", "rejected"),
        ("The council has since withdrawn the plan and promised new talks.", "promised"),
        ("Fighting pits the army against rebels who rejected the 2019 accord.", "rejected"),
        ("The strikers have refused any talks with the board.", "refused"),
        ("The agency has warned that any new fighting would empty the camps.", "warned"),
        ("Herders still cross, although the army has warned that the pass is mined.", "warned"),
        ("The union, which has called for higher pay, joined the march.", "called"),
    ],
)
def test_standing_positions_and_summaries(nlp: Language, text: str, word: str) -> None:
    assert standing_statement(_word(nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The governor accused the rebels of shelling the market.", "accused"),
        ("The boy's family has accused the guards of beating him.", "accused"),
        ("The minister urged the opposition to return to talks.", "urged"),
        ("The minister, who condemned the raid, flew to the port.", "condemned"),
        ("The strikers have refused the board's offer of talks.", "refused"),
        ("The rebels said they held the pass, a claim the army rejected.", "rejected"),
        ("The agency has warned that the camp's wells are running dry.", "warned"),
    ],
)
def test_statements_of_the_day(nlp: Language, text: str, word: str) -> None:
    assert not standing_statement(_word(nlp, text, word))


def test_a_standing_position_is_background(pipeline: Pipeline) -> None:
    text = "The ministry denies that its units used live rounds in the port city."
    assert _statements(pipeline, text) == []
    dated = "On Sunday the ministry rejected the charges made by the opposition."
    assert [e.plover.event for e in _statements(pipeline, dated)] == ["REJECT"]


def test_what_a_protest_demands_is_part_of_it(pipeline: Pipeline) -> None:
    chanted = (
        "Demonstrators chanted slogans outside the court in Lagos on Monday and demanded "
        "the release of the students."
    )
    assert _statements(pipeline, chanted) == []
    marched = (
        "Hundreds of traders marched through Kano on Monday, carrying banners, "
        "to demand lower market fees."
    )
    assert _statements(pipeline, marched) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dockers walked out on Monday after the port authority rejected their demands.",
        "Security was tightened after the militia threatened to attack polling stations.",
    ],
)
def test_a_statement_told_as_the_cause_is_background(pipeline: Pipeline, text: str) -> None:
    assert _statements(pipeline, text) == []
