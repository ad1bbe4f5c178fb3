"""The dead of both sides add up to one event's toll, each side's most conservative
figure, and the stored event keeps UCDP's deaths by side (sentences we wrote)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event
from tacitus.store import SQLiteStore

AMBUSH = (
    "Militants ambushed an army patrol near Menaka on Sunday, the army said.\n\n"
    "The army said in a statement that nine soldiers were killed. It said its troops had "
    "killed 20 of the attackers in the fighting.\n\nThe militants said in a message that "
    "they had killed 40 soldiers."
)


def _ambush(pipeline: Pipeline) -> tuple[Article, Event]:
    article = Article(id="ambush", text=AMBUSH, published=dt.date(2024, 6, 11))
    events = [e for e in pipeline.process(article).events if e.status == "new"]
    assert len(events) == 1
    return article, events[0]


def test_the_dead_of_both_sides_add_up(pipeline: Pipeline) -> None:
    _, event = _ambush(pipeline)
    assert event.counts["fatalities"].best == 29  # nine soldiers and 20 attackers
    assert event.ucdp is not None
    assert (event.ucdp.deaths_a, event.ucdp.deaths_b) == (9, 20)
    assert (event.ucdp.low, event.ucdp.best, event.ucdp.high) == (29, 29, 60)
    claimed = sorted(c.value for c in event.claims if c.field == "fatalities")
    assert claimed == [9, 20, 40]  # every figure is kept as a claim


def test_a_toll_that_does_not_say_whose_dead_adds_nothing(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a checkpoint near Menaka on Sunday, killing 12 people, officials "
        "said. Five soldiers were among the dead."
    )
    article = Article(id="t", text=text, published=dt.date(2024, 6, 11))
    (event,) = [e for e in pipeline.process(article).events if e.status == "new"]
    assert event.counts["fatalities"].best == 12


def test_the_stored_event_keeps_the_deaths_by_side(pipeline: Pipeline, tmp_path: Path) -> None:
    article, event = _ambush(pipeline)
    store = SQLiteStore(tmp_path / "events.db")
    store.save(article, [event])
    (stored,) = store.events()
    assert stored.ucdp is not None
    assert (stored.ucdp.deaths_a, stored.ucdp.deaths_b, stored.ucdp.best) == (9, 20, 29)


def test_the_toll_of_another_day_is_not_added(pipeline: Pipeline) -> None:
    text = (
        "A roadside bomb struck a bus near Lashkar Gah on Sunday, killing six passengers, "
        "officials said.\n\nIt was the second blast on the road this week. On Thursday, a "
        "bomb killed three policemen near the same checkpoint."
    )
    article = Article(id="t", text=text, published=dt.date(2024, 6, 11))
    events = [e for e in pipeline.process(article).events if e.date.start == "2024-06-09"]
    assert [e.counts["fatalities"].best for e in events] == [6]


def test_merged_reports_keep_the_deaths_by_side(pipeline: Pipeline, tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "events.db")
    for name in ("wire", "daily"):
        article = Article(id=name, text=AMBUSH, published=dt.date(2024, 6, 11))
        store.save(article, [e for e in pipeline.process(article).events if e.status == "new"])
    (merged,) = store.events()
    assert len(merged.article_ids) == 2
    assert merged.ucdp is not None
    assert (merged.ucdp.deaths_a, merged.ucdp.deaths_b, merged.ucdp.best) == (9, 20, 29)


def test_conjoined_victims_of_two_sides_are_told_apart(pipeline: Pipeline) -> None:
    text = "Two soldiers and seven rebels were killed in a clash near Kidal on Sunday."
    article = Article(id="t", text=text, published=dt.date(2024, 6, 11))
    (event,) = [e for e in pipeline.process(article).events if e.status == "new"]
    assert event.counts["fatalities"].best == 9
    assert event.ucdp is not None
    assert (event.ucdp.deaths_a, event.ucdp.deaths_b, event.ucdp.best) == (2, 7, 9)
