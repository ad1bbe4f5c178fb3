"""Acts a report tells as context, not as its news: one dated by a month already over
beside the week's news, one a later act is measured from, a campaign told in the present
perfect over years, the earlier act of a series the report counts ("the second attack on
the town in a week: on Saturday, ...") (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event

# A Wednesday.
PUBLISHED = dt.date(2025, 10, 15)


def _statuses(pipeline: Pipeline, text: str) -> list[str]:
    events: list[Event] = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    return [e.status for e in events if e.acled is not None]


NEWS = "Gunmen shot dead two farmers near Gao on Monday, the regional governor said. "


@pytest.mark.parametrize(
    "context",
    [
        "Last month, a roadside bomb struck an army truck near Gao, wounding three soldiers.",
        "In August, gunmen shot dead four traders at a market in Kidal, residents said.",
        "A car bomb exploded outside a police station in Mosul in September, killing two.",
        "Last March, gunmen shot dead four traders at a market in Kidal, residents said.",
    ],
)
def test_an_act_of_a_past_month_beside_the_weeks_news_is_background(
    pipeline: Pipeline, context: str
) -> None:
    assert _statuses(pipeline, NEWS + context) == ["new", "background"]


def test_an_act_of_this_month_stays_news(pipeline: Pipeline) -> None:
    text = NEWS + "Earlier this month, gunmen shot dead four traders at a market in Kidal."
    assert _statuses(pipeline, text) == ["new", "new"]


def test_a_report_of_nothing_newer_is_about_the_past_months_act(pipeline: Pipeline) -> None:
    text = "In August, gunmen shot dead four traders at a market in Kidal, residents said."
    assert _statuses(pipeline, text) == ["new"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post in Gao on Tuesday, weeks after militants killed "
        "six soldiers in an ambush near Ansongo.",
        "Students marched in Kisumu on Monday, three days after police shot dead a classmate.",
    ],
)
def test_an_act_a_later_one_is_measured_from_is_background(pipeline: Pipeline, text: str) -> None:
    assert "background" in _statuses(pipeline, text)
    assert _statuses(pipeline, text).count("new") == 1


def test_a_campaign_of_years_in_the_present_perfect_is_no_event(pipeline: Pipeline) -> None:
    text = "The rebels have fought the army for more than ten years in the north."
    assert "new" not in _statuses(pipeline, text)


def test_fighting_of_days_in_the_present_perfect_stays_news(pipeline: Pipeline) -> None:
    text = "Rebels have fought the army for three days on the edge of Goma, officials said."
    assert _statuses(pipeline, text) == ["new"]


@pytest.mark.parametrize(
    "recalled",
    [
        "It was the second attack on the town in a week: on Saturday, two traders were "
        "shot dead at the bus park.",
        "It was the third raid on villages near Gao in ten days. On Saturday, soldiers set "
        "fire to dozens of huts in a nearby hamlet.",
    ],
)
def test_the_earlier_act_of_a_counted_series_is_background(
    pipeline: Pipeline, recalled: str
) -> None:
    assert _statuses(pipeline, NEWS + recalled) == ["new", "background"]


def test_an_act_after_the_count_that_is_not_earlier_stays_news(pipeline: Pipeline) -> None:
    text = NEWS + (
        "It was the second attack on the town in a week. On Tuesday, soldiers clashed with "
        "the gunmen outside Gao, the army said."
    )
    assert _statuses(pipeline, text) == ["new", "new"]


def test_riots_a_relative_clause_dates_last_march_are_not_the_weeks_protest(
    pipeline: Pipeline,
) -> None:
    """The toll of riots months ago, told in a clause on the protest's town, is neither
    the protest's toll nor its kind: the protest stays peaceful and the riots are
    background."""
    text = (
        "About 200 traders protested on Monday in Kenema, where 12 people were killed in "
        "riots last March, local radio said."
    )
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    dead = {e.status: e.counts["fatalities"].best for e in events if "fatalities" in e.counts}
    found = {(e.status, e.acled.sub_event_type) for e in events if e.acled is not None}
    assert found == {("new", "Peaceful protest"), ("background", "Violent demonstration")}
    assert dead == {"background": 12}


def test_a_march_called_for_a_day_to_come_is_future(pipeline: Pipeline) -> None:
    text = (
        "Riot police on Monday evening cleared hundreds of students who had blocked a bridge "
        "in Nis, and detained 12. Three officers were hurt while the bridge was being "
        "cleared.\n\n"
        "The students called a march to Belgrade for Saturday."
    )
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    found = sorted(
        (e.status, e.acled.sub_event_type, e.date.start) for e in events if e.acled is not None
    )
    assert found == [
        ("future", "Peaceful protest", "2025-10-18"),
        ("new", "Protest with intervention", "2025-10-13"),
    ]
