"""A hostile act promised with a plain reporting verb is the speaker's threat (sentences
we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.triggers import find_triggers
from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _threats(nlp: Language, lexicon: Lexicon, text: str) -> list[str]:
    return [t.text for t in find_triggers(nlp(text), lexicon=lexicon) if t.code == "threaten"]


@pytest.mark.parametrize(
    "text",
    [
        "A militia spokesman said on Friday that the group would respond to the raid.",
        "The interior minister said those responsible would be brought to justice.",
        "The commander said his fighters will attack any convoy on the road.",
        "The governor said anyone who blocked the highway would be arrested.",
        "The rebels said they would retaliate and would continue to target army posts.",
        "The minister said the state would not allow looters to burn the market stalls.",
        "The police chief said officers would not tolerate attacks on polling stations.",
    ],
)
def test_a_promised_hostile_act_is_a_threat(nlp: Language, lexicon: Lexicon, text: str) -> None:
    assert _threats(nlp, lexicon, text) == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the rebels would attack the town before the rains.",
        "The army said it would not attack civilians.",
        "The minister said the talks would resume next week.",
        "The regulator said it would not allow the merger to go ahead.",
        "The minister said 600 more troops would be deployed to the province.",
        "Police said the suspects were arrested on Monday.",
    ],
)
def test_predictions_refusals_and_plans_are_no_threat(
    nlp: Language, lexicon: Lexicon, text: str
) -> None:
    assert _threats(nlp, lexicon, text) == []


def test_the_threat_is_new_and_the_act_stays_future(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed two traders in Gao on Saturday. A spokesman for the regional "
        "governor said on Sunday that the attackers would be hunted down."
    )
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 11))).events
    threats = [e for e in events if e.plover is not None and e.plover.event == "THREATEN"]
    assert [(e.status, e.date.start) for e in threats] == [("new", "2024-03-10")]
