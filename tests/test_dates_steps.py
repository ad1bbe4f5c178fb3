"""A sentence that opens days from the story's last told day ("A day earlier, ...", "The
next day, ...") is dated that many days from it (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.assembly.dates import day_step
from tacitus.pipeline import Pipeline
from tacitus.records import Article


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        ("A day earlier, bandits abducted 12 travellers.", -1),
        ("Two days later, the army retook the town.", 2),
        ("The previous day, police arrested 14 activists.", -1),
        ("The next day, thousands marched.", 1),
        ("The day before, a bomb exploded.", -1),
        ("The day after the girl went missing, he sold the car.", None),
        ("Two days after the attack, police arrested a suspect.", None),
        ("Days later, the army retook the town.", None),
        ("Police arrested 14 activists a day earlier.", None),
    ],
)
def test_day_steps(sentence: str, step: int | None) -> None:
    assert day_step(sentence) == step


def test_a_day_earlier_dates_the_event_a_day_before(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed four farmers near Jos on Monday. A day earlier, bandits abducted "
        "12 travellers on the Abuja road."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14)))
    dates = {e.acled.sub_event_type: e.date.start for e in adoc.events if e.acled}
    assert dates == {"Attack": "2024-03-11", "Abduction/forced disappearance": "2024-03-10"}


def test_a_clause_takes_a_coarse_single_day_of_its_own_sentence(pipeline: Pipeline) -> None:
    """ "a week ago" is one day of week precision: the abduction told beside the storming
    in the same sentence is of that day too, not of the publication day."""
    text = (
        "Gunmen stormed a chapel outside Zaria a week ago, abducting some 30 worshippers, "
        "a parish priest said."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14)))
    dates = {e.acled.sub_event_type: e.date.start for e in adoc.events if e.acled}
    assert dates["Abduction/forced disappearance"] == "2024-03-07"
