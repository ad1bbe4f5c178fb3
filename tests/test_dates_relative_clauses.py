"""A date inside a relative clause dates that clause, not the act outside it (sentences
we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def test_a_since_date_in_a_relative_clause_does_not_make_the_march_a_tally(
    pipeline: Pipeline,
) -> None:
    text = (
        "In Goma, which has been under rebel control since January 2023, about 200 traders "
        "marched on Monday to demand the reopening of the banks."
    )
    article = Article(id="t", text=text, published=dt.date(2024, 3, 16))
    events = pipeline.process(article).events
    march = next(e for e in events if e.plover.event == "PROTEST")
    assert march.status == "new"
    assert march.date.start == "2024-03-11"
