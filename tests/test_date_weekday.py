"""A weekday written next to a calendar date: it fixes the year, and a year after it counts."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.mentions.dates import find_dates

FRIDAY = date(2022, 2, 18)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day after publication, and a Saturday only in the publication year
        ("In a statement on Saturday, February 19, the ministry said", FRIDAY, "2022-02-19"),
        # a Tuesday in the year before publication
        ("The march took place on Tuesday, December 31.", date(2020, 1, 3), "2019-12-31"),
        ("He was held on Friday, 20th June.", date(2014, 6, 22), "2014-06-20"),
        ("They were detained on Thursday, 19 of June.", date(2014, 6, 22), "2014-06-19"),
    ],
)
def test_weekday_picks_the_year(text: str, published: date, expected: str) -> None:
    found = find_dates(text, published=published)
    assert [m.start_date.isoformat() for m in found][:1] == [expected]
    assert found[0].precision == "day"


def test_weekday_that_fits_no_nearby_year_keeps_the_publication_rule() -> None:
    # 19 February is no Monday in 2021-2023: the year comes from the publication date.
    found = find_dates("on Monday, February 19", published=FRIDAY)
    assert found[0].start_date == date(2021, 2, 19)


def test_weekday_date_and_year_keep_the_year() -> None:
    found = find_dates(
        "On Sunday October 4, 1936, thousands marched.", published=date(2021, 10, 12)
    )
    assert found[0].text == "On Sunday October 4, 1936"
    assert found[0].start_date == date(1936, 10, 4)
    assert found[0].reason == "explicit date"
