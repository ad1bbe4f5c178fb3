"""A death told as what led to an event ("rioted after a man died in custody") is no toll
of that event; it is kept as a background event of its own (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def test_a_death_that_led_to_a_riot_is_not_its_toll(pipeline: Pipeline) -> None:
    text = (
        "Angry residents set fire to a police post in Mbale on Friday after a man died in custody."
    )
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 16))).events
    new = [e for e in events if e.status == "new"]
    assert [e.acled.sub_event_type for e in new if e.acled] == ["Violent demonstration"]
    assert "fatalities" not in new[0].counts
    assert any(e.status == "background" and "fatalities" in e.counts for e in events)


def test_deaths_after_the_force_that_caused_them_stay_its_toll(pipeline: Pipeline) -> None:
    text = "Four people died after police opened fire on marchers in Mbale on Friday."
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 16))).events
    assert [e.counts["fatalities"].best for e in events if e.status == "new"] == [4]
