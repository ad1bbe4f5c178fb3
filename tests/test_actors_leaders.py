"""Leaders named without their office act for the government or group they lead, only
within their terms (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.actors import ActorKB
from tacitus.actors.data import leader_records
from tacitus.pipeline import Pipeline
from tacitus.records import Article


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def _mentions(pipeline: Pipeline, text: str, year: int) -> list[tuple[str, str | None]]:
    article = Article(id="t", text=text, published=dt.date(year, 5, 6))
    return [(m.text, m.entry.name if m.entry else None) for m in pipeline.process(article).actors]


def test_every_leader_leads_a_known_government_or_group(kb: ActorKB) -> None:
    for record in leader_records():
        for term in record["terms"]:
            year = term["from"]
            entry = kb.leader(record["name"], year=year)
            assert entry is not None, record["name"]
            assert entry.country == term.get("country", entry.country), record["name"]


@pytest.mark.parametrize(
    ("name", "year", "leads"),
    [
        ("Putin", 2023, "Government of Russia"),
        ("Zelenskyy", 2023, "Government of Ukraine"),
        ("Hemedti", 2024, "Rapid Support Forces"),
        ("Obama", 2012, "Government of the United States"),
        ("Obama", 2024, None),
        ("Erdoğan", 2020, "Government of Turkey"),
    ],
)
def test_a_leader_leads_only_within_a_term(
    kb: ActorKB, name: str, year: int, leads: str | None
) -> None:
    entry = kb.leader(name, year=year)
    assert (entry.name if entry else None) == leads


def test_a_leader_named_alone_acts_for_the_government(pipeline: Pipeline) -> None:
    text = "Zelensky urged European allies on Monday to send more air defence systems."
    assert ("Zelensky", "Government of Ukraine") in _mentions(pipeline, text, 2024)


def test_a_title_and_a_known_leader_are_one_mention(pipeline: Pipeline) -> None:
    text = "President Vladimir Putin accused Ukraine on Monday of shelling the power plant."
    found = _mentions(pipeline, text, 2023)
    assert found[0] == ("President Vladimir Putin", "Government of Russia")


def test_a_former_leader_stays_a_person(pipeline: Pipeline) -> None:
    text = "Former president Barack Obama criticised the decision on Monday."
    assert _mentions(pipeline, text, 2024)[0] == ("Barack Obama", None)


def test_a_title_that_names_a_country_outranks_the_list(pipeline: Pipeline) -> None:
    text = "Palestinian Prime Minister Ismail Haniyeh rejected the proposal on Monday."
    found = _mentions(pipeline, text, 2020)
    assert found[0] == ("Palestinian Prime Minister Ismail Haniyeh", "Government of Palestine")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Fighters loyal to Abdelaziz al-Hilu shelled Kadugli in Sudan on Monday, killing "
            "four civilians, a doctor said.",
            "Sudan People's Liberation Movement-North",
        ),
        (
            "Troops loyal to Khalifa Haftar clashed with a militia south of Tripoli on "
            "Friday, leaving three fighters dead, residents said.",
            "Libyan National Army",
        ),
        (
            "Gunmen loyal to Thomas Lubanga raided a police post near Bunia in Ituri on "
            "Sunday and killed two officers, local officials said.",
            "Convention for the Popular Revolution",
        ),
    ],
)
def test_men_loyal_to_a_leader_are_his_force(pipeline: Pipeline, text: str, first: str) -> None:
    article = Article(id="t", text=text, published=dt.date(2025, 5, 6))
    events = [e for e in pipeline.process(article).events if e.acled is not None]
    actor = events[0].actor("actor1")
    assert actor is not None and actor.name == first
