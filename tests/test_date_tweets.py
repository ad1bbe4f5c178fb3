"""Dates inside an embedded post count from the post's date, not the article's."""

from __future__ import annotations

from datetime import date

from tacitus.mentions.date_tweets import embedded_posts
from tacitus.mentions.dates import find_dates

PUBLISHED = date(2022, 3, 14)
ARTICLE = (
    "Hundreds marched in the capital.\n\n"
    "Police detained a student today for holding a blank sign. pic.twitter.com/abc1 "
    "— Jane Roe (@janeroe) March 12, 2022\n\n"
    "On Sunday, police detained more students, and today the courts fined them."
)


def test_relative_dates_in_a_post_count_from_its_signature() -> None:
    found = [(m.text, m.start_date) for m in find_dates(ARTICLE, published=PUBLISHED)]
    assert found[:3] == [
        ("today", date(2022, 3, 12)),
        ("March 12, 2022", date(2022, 3, 12)),
        ("On Sunday", date(2022, 3, 13)),
    ]


def test_dates_after_the_post_count_from_publication() -> None:
    found = find_dates(ARTICLE, published=PUBLISHED)
    assert found[-1].text == "today"
    assert found[-1].start_date == PUBLISHED


def test_post_runs_from_its_paragraph_to_its_signature() -> None:
    [post] = embedded_posts(ARTICLE)
    assert ARTICLE[post.start : post.end].startswith("Police detained a student today")
    assert ARTICLE[post.end :].startswith("— Jane Roe")
    assert post.posted == date(2022, 3, 12)


def test_no_posts_without_a_signature() -> None:
    assert embedded_posts("Police said on Monday that @janeroe was detained.") == []
