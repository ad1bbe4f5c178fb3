"""A raid that kills and takes hostages: its deaths are its toll, and where it killed at
least as many as it took it is an attack (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _new(pipeline: Pipeline, text: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 6, 9)))
    return [e for e in adoc.events if e.acled is not None and e.status == "new"]


def test_killing_more_than_it_took_is_an_attack_with_its_toll(pipeline: Pipeline) -> None:
    text = (
        "Armed men killed 11 villagers and abducted four girls in a night raid on Saturday on "
        "the village of Gidan Bawa in Zamfara state, a local official said."
    )
    (event,) = _new(pipeline, text)
    assert event.acled is not None and event.acled.sub_event_type == "Attack"
    fatalities = event.counts.get("fatalities")  # type: ignore[call-overload]
    abducted = event.counts.get("abducted")  # type: ignore[call-overload]
    assert fatalities is not None and fatalities.best == 11
    assert abducted is not None and abducted.best == 4


def test_kidnappers_who_shot_one_guard_abducted(pipeline: Pipeline) -> None:
    text = (
        "Gunmen abducted 40 passengers from a bus near Zaria on Saturday and shot dead the driver."
    )
    (event,) = _new(pipeline, text)
    assert event.acled is not None
    assert event.acled.sub_event_type == "Abduction/forced disappearance"
