"""A toll of one act revised upward is that act's figure, not a running total; a crowd
named with its town is still counted; people taken to hospital with wounds are the
injured (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _fatalities(pipeline: Pipeline, text: str) -> int | None:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 9, 3)))
    (event,) = [e for e in adoc.events if e.acled is not None and e.status == "new"]
    count = event.counts.get("fatalities")  # type: ignore[call-overload]
    return None if count is None or count.cumulative else count.best


def test_the_risen_toll_of_one_attack_is_its_figure(pipeline: Pipeline) -> None:
    text = (
        "The death toll from Sunday's raid on the hamlet of Oju-Ette in Kogi state has risen "
        "to 23, a local official said on Tuesday. Gunmen stormed the hamlet before dawn. "
        "Police had counted 14 dead on Monday."
    )
    assert _fatalities(pipeline, text) == 23


def test_a_toll_of_a_war_that_rises_stays_a_running_total(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed three farmers near Lokoja on Monday, police said. The toll of the "
        "insurgency in the state has risen to 400 since January."
    )
    assert _fatalities(pipeline, text) == 3


def test_a_crowd_named_with_its_town_is_counted(pipeline: Pipeline) -> None:
    text = (
        "Dozens of residents of Ghazni and nearby hamlets gathered outside the governor's "
        "office on Sunday to demand that a road be repaired, and left peacefully."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 9, 3)))
    (event,) = [e for e in adoc.events if e.acled is not None and e.status == "new"]
    count = event.counts.get("participants")  # type: ignore[call-overload]
    assert count is not None and count.best == 12


def test_people_taken_to_hospital_with_wounds_are_the_injured(pipeline: Pipeline) -> None:
    text = (
        "Gunmen raided a market in Lafia on Thursday, killing three traders. Five people were "
        "taken to the general hospital in the town with gunshot wounds, police said."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 9, 5)))
    (event,) = [e for e in adoc.events if e.acled is not None and e.status == "new"]
    count = event.counts.get("injured")  # type: ignore[call-overload]
    assert count is not None and count.best == 5
