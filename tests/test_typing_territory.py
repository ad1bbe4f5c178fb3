"""Territory taken: who took it decides between ACLED's "Government regains territory" and
"Non-state actor overtakes territory", whatever the verb (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.coding.refine import territory_side
from tacitus.pipeline import Pipeline
from tacitus.records import Article

GOVERNMENT = "Government regains territory"
NON_STATE = "Non-state actor overtakes territory"


def _sub_types(pipeline: Pipeline, text: str) -> list[str]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14)))
    return [e.acled.sub_event_type for e in adoc.events if e.acled is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels recaptured the town of Walikale on Monday.", NON_STATE),
        ("The army recaptured the town of Walikale on Monday.", GOVERNMENT),
        ("Soldiers regained control of the town of Walikale on Wednesday.", GOVERNMENT),
        ("Rebels took control of the town of Walikale on Monday.", NON_STATE),
        ("The Taliban took over the district centre of Jaghatu on Monday.", NON_STATE),
        ("Arakan Army fighters captured a border guard post in Maungdaw on Monday.", NON_STATE),
        ("Troops seized a rebel base near Bunia on Friday.", GOVERNMENT),
        ("Armed youths of the White Army overran an army garrison in Nasir.", NON_STATE),
        # a share of a place taken is territory taken, whoever holds the place
        ("Soldiers captured part of a guerrilla stronghold in the hills on Sunday.", GOVERNMENT),
    ],
)
def test_who_took_the_town_decides(pipeline: Pipeline, text: str, expected: str) -> None:
    assert expected in _sub_types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company took over the mine on Monday.",
        "He took over as army chief on Monday.",
        "The general took over the post of army chief on Monday.",
        "The fighters seized the base for several hours before withdrawing.",
        "Rebels briefly took the town of Walikale on Monday.",
    ],
)
def test_taking_over_a_firm_or_a_post_is_no_territory(pipeline: Pipeline, text: str) -> None:
    assert not {GOVERNMENT, NON_STATE} & set(_sub_types(pipeline, text))


def test_without_a_known_side_the_verb_decides() -> None:
    assert territory_side("government_regains", []) == "government_regains"
    assert territory_side("nonstate_overtakes", [7]) == "nonstate_overtakes"
    assert territory_side("attack", [1]) == "attack"
