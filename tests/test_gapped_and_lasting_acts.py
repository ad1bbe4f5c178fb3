"""Acts told with their verb left out ("killed seven farmers on Sunday and four more on
Tuesday" is two events, each with its own day and toll) and acts told with how long they
lasted ("three days of clashes"), on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _tolls(pipeline: Pipeline, text: str) -> list[tuple[str, int | None]]:
    article = Article(id="t", text=text, published=dt.date(2024, 3, 14))
    events = [e for e in pipeline.process(article).events if e.status == "new"]
    found = []
    for event in events:
        dead = event.counts.get("fatalities")
        found.append((event.date.start, dead.best if dead else None))
    return sorted(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed seven farmers near Djibo on Sunday and four more on Tuesday.",
            [("2024-03-10", 7), ("2024-03-12", 4)],
        ),
        (
            "Fifteen people were killed in raids on villages near Djibo on March 2 and "
            "another 11 on March 5, a local official said.",
            [("2024-03-02", 15), ("2024-03-05", 11)],
        ),
    ],
)
def test_a_gapped_act_is_an_event_of_its_own_day(
    pipeline: Pipeline, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _tolls(pipeline, text) == expected


def test_more_victims_of_the_same_act_are_summed(pipeline: Pipeline) -> None:
    text = "Gunmen killed two soldiers and three civilians near Djibo on Sunday."
    assert _tolls(pipeline, text) == [("2024-03-10", 5)]


def test_an_act_told_with_its_length_spans_those_days(pipeline: Pipeline) -> None:
    text = (
        "Three days of clashes between the army and rebels near Goma left 20 people dead, "
        "officials said on Thursday."
    )
    article = Article(id="t", text=text, published=dt.date(2024, 3, 14))
    event = next(e for e in pipeline.process(article).events if e.status == "new")
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2024-03-12",
        "2024-03-14",
        "week",
    )
    assert event.date.acled_time_precision == 2
    text = "Hours of clashes between the army and rebels near Goma left 20 people dead."
    article = Article(id="t", text=text, published=dt.date(2024, 3, 14))
    event = next(e for e in pipeline.process(article).events if e.status == "new")
    assert event.date.start == event.date.end
