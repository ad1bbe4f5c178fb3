"""A town's name before a site it holds ("in Kumba market") says where the site is: the
event is placed in the town (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def test_a_town_before_its_market_places_the_event(pipeline: Pipeline) -> None:
    text = "Soldiers detained nine traders in Kumba market on Friday, a councillor said."
    article = Article(id="t", text=text, published=dt.date(2024, 3, 16))
    event = next(e for e in pipeline.process(article).events if e.acled is not None)
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Kumba", "CMR")
