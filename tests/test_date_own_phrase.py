"""An event told twice, once with a date only nearest its mention and once with a date
that modifies the mention itself, takes the modifying date (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def test_the_date_on_the_act_beats_the_date_of_a_later_step(pipeline: Pipeline) -> None:
    """ "On Tuesday" dates the upgraded charge, not the death it names: the death is of
    March 3, the day that modifies "died"."""
    text = (
        "On Tuesday, prosecutors upgraded the charge against the warden to second-degree "
        "murder. "
        "The prisoner died March 3 while handcuffed and in police custody."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14)))
    deaths = [e for e in adoc.events if e.acled and e.acled.sub_event_type == "Attack"]
    assert [e.date.start for e in deaths] == ["2024-03-03"]


def test_a_verb_clause_keeps_its_date(pipeline: Pipeline) -> None:
    """ "on Sunday" modifies the verb whose participle is the trigger: the killing is of
    Sunday, whatever day a later sentence gives to another mention of it."""
    text = (
        "A bomb tore through a bus near the market on Sunday, killing nine passengers. "
        "On Thursday, a bomb killed two guards near the same market."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14)))
    days = sorted(e.date.start for e in adoc.events if e.status == "new")
    assert days[-1] == "2024-03-10"
