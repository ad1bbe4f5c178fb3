"""Date expressions resolved against the publication date, and wire datelines."""

from __future__ import annotations

from datetime import date, datetime

import dateparser
import pytest

from tacitus.mentions.date_relative import relative
from tacitus.mentions.dateline import find_dateline
from tacitus.mentions.dates import find_dates, resolve_date

TUESDAY = date(2019, 12, 31)  # a Tuesday

# (expression, start, end, precision, kind)
POINTS = [
    ("on Tuesday", "2019-12-31", "2019-12-31", "day", "point"),
    ("on Sunday", "2019-12-29", "2019-12-29", "day", "point"),
    ("on Friday", "2019-12-27", "2019-12-27", "day", "point"),
    ("on Wednesday", "2019-12-25", "2019-12-25", "day", "point"),
    ("late on Friday", "2019-12-27", "2019-12-27", "day", "point"),
    ("Friday night", "2019-12-27", "2019-12-27", "day", "point"),
    ("on Saturday morning", "2019-12-28", "2019-12-28", "day", "point"),
    ("early Monday", "2019-12-30", "2019-12-30", "day", "point"),
    ("last Tuesday", "2019-12-24", "2019-12-24", "day", "point"),
    ("last Monday", "2019-12-23", "2019-12-23", "day", "point"),
    ("last Saturday", "2019-12-28", "2019-12-28", "day", "point"),
    ("today", "2019-12-31", "2019-12-31", "day", "point"),
    ("yesterday", "2019-12-30", "2019-12-30", "day", "point"),
    ("Yesterday afternoon", "2019-12-30", "2019-12-30", "day", "point"),
    ("last night", "2019-12-30", "2019-12-30", "day", "point"),
    ("overnight", "2019-12-30", "2019-12-31", "day", "point"),
    ("this morning", "2019-12-31", "2019-12-31", "day", "point"),
    ("earlier this week", "2019-12-30", "2019-12-31", "week", "point"),
    ("last week", "2019-12-23", "2019-12-29", "week", "point"),
    ("this month", "2019-12-01", "2019-12-31", "month", "point"),
    ("earlier this month", "2019-12-01", "2019-12-31", "month", "point"),
    ("last month", "2019-11-01", "2019-11-30", "month", "point"),
    ("last year", "2018-01-01", "2018-12-31", "year", "point"),
    ("on Dec. 27", "2019-12-27", "2019-12-27", "day", "point"),
    ("Dec 27", "2019-12-27", "2019-12-27", "day", "point"),
    ("27 December", "2019-12-27", "2019-12-27", "day", "point"),
    ("December 27, 2019", "2019-12-27", "2019-12-27", "day", "point"),
    ("on 3 March", "2019-03-03", "2019-03-03", "day", "point"),
    ("on the 14th", "2019-12-14", "2019-12-14", "day", "point"),
    ("in March", "2019-03-01", "2019-03-31", "month", "point"),
    ("in December", "2019-12-01", "2019-12-31", "month", "point"),
    ("in March 2018", "2018-03-01", "2018-03-31", "month", "point"),
    ("in 2003", "2003-01-01", "2003-12-31", "year", "point"),
    # a month named as the last, this or next one, counted from the publication month
    ("last March", "2019-03-01", "2019-03-31", "month", "point"),
    ("last December", "2018-12-01", "2018-12-31", "month", "point"),
    ("this March", "2019-03-01", "2019-03-31", "month", "point"),
    ("next March", "2020-03-01", "2020-03-31", "month", "point"),
    ("two days ago", "2019-12-29", "2019-12-29", "day", "point"),
    ("three months ago", "2019-09-01", "2019-09-30", "month", "point"),
    ("between Friday and Sunday", "2019-12-27", "2019-12-29", "day", "range"),
    ("from Dec 20 to Dec 27", "2019-12-20", "2019-12-27", "day", "range"),
    ("on December 20 and 21", "2019-12-20", "2019-12-21", "day", "range"),
    ("on 12-14 May", "2019-05-12", "2019-05-14", "day", "range"),
    ("since Monday", "2019-12-30", "2019-12-31", "day", "since"),
    ("since 2011", "2011-01-01", "2019-12-31", "year", "since"),
    ("over the past two months", "2019-10-31", "2019-12-31", "month", "span_back"),
    ("in recent months", "2019-09-30", "2019-12-31", "month", "span_back"),
    ("in recent weeks", "2019-12-10", "2019-12-31", "week", "span_back"),
    ("over the past week", "2019-12-24", "2019-12-31", "week", "span_back"),
    # two weekdays and a night that ends on a weekday are ranges
    ("on Sunday and Monday", "2019-12-29", "2019-12-30", "day", "range"),
    ("on Friday or Saturday", "2019-12-27", "2019-12-28", "day", "range"),
    ("overnight into Monday", "2019-12-29", "2019-12-30", "day", "range"),
    ("overnight into Tuesday", "2019-12-30", "2019-12-31", "day", "range"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision", "kind"), POINTS)
def test_resolve_against_tuesday_publication(
    text: str, start: str, end: str, precision: str, kind: str
) -> None:
    found = resolve_date(text, published=TUESDAY)
    assert found is not None
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == (start, end)
    assert (found.precision, found.kind) == (precision, kind)
    assert found.text == text


def test_tuesday_trap_same_day_not_a_week_back() -> None:
    found = resolve_date("Police said the march took place on Tuesday.", published=TUESDAY)
    assert found is not None and found.start_date == TUESDAY
    assert "publication day" in found.reason
    # The trap itself: dateparser's 'past' preference sends Tuesday a week back.
    past = dateparser.parse(
        "Tuesday",
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(2019, 12, 31), "PREFER_DATES_FROM": "past"},
    )
    assert past.date() == date(2019, 12, 24)


def test_reason_names_offset_from_publication() -> None:
    found = resolve_date("on Sunday", published=TUESDAY)
    assert found is not None
    assert found.reason == "relative to publication date 2019-12-31 (Sunday = 2 days before)"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Protesters will march on Friday.", "2020-01-03"),
        ("The union plans to strike on Thursday.", "2020-01-02"),
        ("A rally is scheduled for Monday.", "2020-01-06"),
        ("Protesters marched on Friday.", "2019-12-27"),
    ],
)
def test_weekday_direction_follows_future_cue(sentence: str, expected: str) -> None:
    (found,) = find_dates(sentence, published=TUESDAY)
    assert found.start_date.isoformat() == expected


def test_explicit_future_flag() -> None:
    found = resolve_date("on Friday", published=TUESDAY, future=True)
    assert found is not None and found.start_date == date(2020, 1, 3)


def test_year_rolls_back_across_new_year() -> None:
    found = resolve_date("on Dec 30", published=date(2020, 1, 2))
    assert found is not None and found.start_date == date(2019, 12, 30)
    month = resolve_date("on the 28th", published=date(2020, 1, 2))
    assert month is not None and month.start_date == date(2019, 12, 28)


def test_find_dates_offsets_and_order() -> None:
    text = (
        "Gunmen attacked a checkpoint late on Friday, police said on Sunday. "
        "Similar raids have hit the province in recent months."
    )
    found = find_dates(text, published=TUESDAY)
    assert [m.text for m in found] == ["late on Friday", "on Sunday", "in recent months"]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("sentence", "text", "start"),
    [
        ("In March, troops entered the city.", "In March", "2019-03-01"),
        ("On Sunday, gunmen attacked a bus.", "On Sunday", "2019-12-29"),
        ("Over the past week, five soldiers died.", "Over the past week", "2019-12-24"),
        ("Since 2011 the war has killed thousands.", "Since 2011", "2011-01-01"),
        ("Next week the union will strike.", "Next week", "2020-01-06"),
        ("Rallies are planned for tomorrow.", "tomorrow", "2020-01-01"),
    ],
)
def test_sentence_initial_and_forward_expressions(sentence: str, text: str, start: str) -> None:
    (found,) = find_dates(sentence, published=TUESDAY)
    assert (found.text, found.start_date.isoformat()) == (text, start)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands may march through the capital.",
        "The group has 2003 members.",
        "Police said the crowd was peaceful.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert find_dates(text, published=TUESDAY) == []


# --- datelines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "place", "day", "outlet"),
    [
        (
            "BAGHDAD, Dec 31 (Reuters) - Rockets hit a base.",
            "BAGHDAD",
            date(2019, 12, 31),
            "Reuters",
        ),
        (
            "MOGADISHU, March 3 (Tacitus Wire) — Gunmen stormed a hotel.",
            "MOGADISHU",
            date(2019, 3, 3),
            "Tacitus Wire",
        ),
        ("KABUL (AP) — A bomb exploded near a school.", "KABUL", None, "AP"),
        ("Beirut, Lebanon — Protesters blocked roads.", "Beirut, Lebanon", None, None),
        ("WASHINGTON — The Pentagon said on Monday.", "WASHINGTON", None, None),
        (
            "Rockets strike base\n\nBAGHDAD, Dec 31 (Reuters) - Rockets hit a base.",
            "BAGHDAD",
            date(2019, 12, 31),
            "Reuters",
        ),
    ],
)
def test_dateline(body: str, place: str, day: date | None, outlet: str | None) -> None:
    found = find_dateline(body, published=TUESDAY)
    assert found is not None
    assert (found.place, found.date, found.outlet) == (place, day, outlet)
    assert body[found.start : found.end].startswith(place.split(",", maxsplit=1)[0])


@pytest.mark.parametrize(
    "body",
    ["Protesters gathered — and then left.", "Rockets hit the base on Tuesday.\nMore later."],
)
def test_no_dateline(body: str) -> None:
    assert find_dateline(body, published=TUESDAY) is None


def test_dateline_without_publication_keeps_only_explicit_years() -> None:
    with_year = find_dateline("SANAA, Yemen, Dec. 30, 2019 (AP) — Strikes.", published=None)
    assert with_year is not None and with_year.date == date(2019, 12, 30)
    without = find_dateline("BAGHDAD, Dec 31 (Reuters) - Rockets.", published=None)
    assert without is not None and without.date is None


def test_the_start_of_the_month_is_its_first_days() -> None:
    window = relative("the start of the month", published=date(2024, 5, 22), future=False)
    assert window is not None
    assert (window.start, window.end, window.precision) == (
        date(2024, 5, 1),
        date(2024, 5, 7),
        "week",
    )


def test_the_start_of_the_month_ends_by_publication_day() -> None:
    window = relative("the beginning of this month", published=date(2024, 5, 3), future=False)
    assert window is not None
    assert (window.start, window.end) == (date(2024, 5, 1), date(2024, 5, 3))


def test_the_start_of_the_year_is_its_first_month() -> None:
    window = relative("the start of the year", published=date(2024, 5, 22), future=False)
    assert window is not None
    assert (window.start, window.end, window.precision) == (
        date(2024, 1, 1),
        date(2024, 1, 31),
        "month",
    )


def test_since_the_start_of_the_month_is_this_month_so_far() -> None:
    found = resolve_date(
        "Prices have doubled since the start of the month.", published=date(2024, 5, 22)
    )
    assert found is not None
    assert (found.start_date, found.end_date) == (date(2024, 5, 1), date(2024, 5, 22))
