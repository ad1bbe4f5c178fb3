"""Written-out dates that the first patterns missed or misread, and dates of documents."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.mentions.dates import find_dates
from tacitus.pipeline import Pipeline

PUBLISHED = date(2022, 4, 4)


def _found(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [
        (d.text, d.start_date.isoformat(), d.end_date.isoformat())
        for d in find_dates(text, published=published)
    ]


def test_lower_case_month_with_day_and_year_is_a_date() -> None:
    text = "The group cited a column of 9 february 2022 by the editor."
    assert _found(text) == [("of 9 february 2022", "2022-02-09", "2022-02-09")]


def test_lower_case_month_without_a_year_stays_a_word() -> None:
    assert _found("Clause 4 may apply, and the unions march 3 miles to the square.") == []


def test_year_before_month_and_day_gives_the_day_its_year() -> None:
    text = "In 2017, March 3, the activists recorded the abduction of a teacher."
    assert _found(text) == [("In 2017, March 3", "2017-03-03", "2017-03-03")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Soldiers detained the teacher early Thursday, March 31, at her home.", "2022-03-31"),
        ("The depot was looted late on Saturday, 26 March, by a mob.", "2022-03-26"),
    ],
)
def test_part_of_the_day_before_a_weekday_and_date_keeps_the_date(text: str, day: str) -> None:
    assert [(start, end) for _, start, end in _found(text)] == [(day, day)]


def test_weekday_in_a_newspaper_name_is_no_date() -> None:
    text = "A former Sunday Observer columnist was beaten outside his home."
    assert _found(text) == []


def test_weekday_with_its_preposition_stays_a_date() -> None:
    text = "On Friday Police Commissioner Ali Musa said two men were held."
    assert _found(text) == [("On Friday", "2022-04-01", "2022-04-01")]


def test_future_cue_of_a_quoted_sentence_does_not_reach_the_next_one() -> None:
    published = date(2020, 5, 15)
    text = 'The warden said: "We will protect our staff."\n\nOn May 2, an officer was attacked.'
    assert _found(text, published) == [("On May 2", "2020-05-02", "2020-05-02")]


@pytest.mark.slow
def test_a_date_of_an_article_does_not_date_the_arrest(pipeline: Pipeline) -> None:
    text = (
        "Police in Kaduna held the journalist Musa Bello on Monday, his editor said. "
        "Rights groups tied Bello's arrest to a Sept. 28 article he wrote about land disputes."
    )
    events = pipeline.extract(text, published="2021-11-10")
    arrest = next(e for e in events if e.trigger is not None and e.trigger.lemma == "arrest")
    assert arrest.date.start == "2021-11-08"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The reporter was seized on 3 May 2011, and on June 9 his body was found.", "2011-06-09"),
        ("The first raid in 2018 came on March 4, when police entered the office.", "2018-03-04"),
    ],
)
def test_a_day_without_a_year_takes_the_year_its_sentence_named(text: str, day: str) -> None:
    assert _found(text)[-1][1:] == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "The union has marched since 2015, and on March 4 it marched again.",
        "She was jailed in 2016. On March 4 she was freed on bail.",
    ],
)
def test_a_year_outside_the_sentence_or_after_since_leaves_the_day_recent(text: str) -> None:
    assert _found(text)[-1][1:] == ("2022-03-04", "2022-03-04")
