"""Number phrases as written, with hedges, read by ACLED-style rules."""

from __future__ import annotations

import pytest

from tacitus.mentions.quantities import (
    VAGUE_VALUES,
    Quantity,
    find_quantities,
    number_value,
    parse_quantity,
)

# (phrase, low, best, high, hedge)
PHRASES = [
    ("at least 25", 25, 25, None, "at least"),
    ("At least 25", 25, 25, None, "at least"),
    ("no fewer than 8", 8, 8, None, "at least"),
    ("more than 100", 100, 100, None, "more than"),
    ("over 1,000", 1000, 1000, None, "more than"),
    ("20 or more", 20, 20, None, "at least"),
    ("up to 40", None, 40, 40, "up to"),
    ("as many as 70", None, 70, 70, "up to"),
    ("fewer than 10", None, 9, 9, "fewer than"),
    ("less than 100", None, 99, 99, "fewer than"),
    ("nearly 300", None, 300, 300, "nearly"),
    ("almost two dozen", None, 24, 24, "nearly"),
    ("roughly 6,000", None, 6000, None, "around"),
    ("some 5,000", None, 5000, None, "around"),
    ("about 2,000", None, 2000, None, "around"),
    ("an estimated 2,000", None, 2000, None, "around"),
    ("between 10 and 15", 10, 10, 15, "between"),
    ("10 to 15", 10, 10, 15, "between"),
    ("10-15", 10, 10, 15, "between"),
    ("two or three", 2, 2, 3, "between"),
    ("between five and seven", 5, 5, 7, "between"),
    ("dozens", 12, 12, None, "dozens"),
    ("dozens of", 12, 12, None, "dozens"),
    ("tens", 10, 10, None, "tens"),
    ("hundreds", 100, 100, None, "hundreds"),
    ("thousands", 1000, 1000, None, "thousands"),
    ("scores", 20, 20, None, "scores"),
    ("tens of thousands", 10000, 10000, None, "tens of thousands"),
    ("several hundred", 100, 100, None, "hundreds"),
    ("a dozen", 12, 12, 12, None),
    ("more than a dozen", 12, 12, None, "more than"),
    ("two", 2, 2, 2, None),
    ("twenty-five", 25, 25, 25, None),
    ("two hundred and fifty", 250, 250, 250, None),
    ("five thousand", 5000, 5000, 5000, None),
    ("one", 1, 1, 1, None),
    ("a", 1, 1, 1, None),
    ("no one", 0, 0, 0, None),
    ("nobody", 0, 0, 0, None),
    ("1.5 million", 1_500_000, 1_500_000, 1_500_000, None),
    ("3 million", 3_000_000, 3_000_000, 3_000_000, None),
    ("6,000", 6000, 6000, 6000, None),
]


@pytest.mark.parametrize(("phrase", "low", "best", "high", "hedge"), PHRASES)
def test_parse_quantity_reads_hedges(
    phrase: str, low: int | None, best: int | None, high: int | None, hedge: str | None
) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None
    assert (quantity.low, quantity.best, quantity.high, quantity.hedge) == (low, best, high, hedge)
    assert (quantity.start, quantity.end) == (0, len(phrase))


@pytest.mark.parametrize("text", ["killed", "in 2015", "", "the", "many people"])
def test_parse_quantity_rejects_non_numbers(text: str) -> None:
    assert parse_quantity(text) is None


def test_parse_quantity_offsets_skip_leading_space() -> None:
    quantity = parse_quantity("  at least 3 ")
    assert quantity is not None
    assert (quantity.start, quantity.end, quantity.text) == (2, 12, "at least 3")


def test_vague_rule_is_acled() -> None:
    assert dict(VAGUE_VALUES).items() >= {"dozens": 12, "tens": 10, "scores": 20}.items()
    assert VAGUE_VALUES["thousands"] == 1000


@pytest.mark.parametrize(
    ("written", "value"),
    [("6,000", 6000), ("1.5 million", 1_500_000), ("ninety-nine", 99), ("a thousand", 1000)],
)
def test_number_value(written: str, value: int) -> None:
    assert number_value(written) == value


# (sentence, the quantity texts found, in order)
SENTENCES = [
    ("At least 25 militia fighters were killed.", ["At least 25"]),
    ("Police said 3 people died; medics said 7.", ["3", "7"]),
    ("Tens of thousands marched and dozens were held.", ["Tens of thousands", "dozens"]),
    ("The toll rose from 30 to 40.", ["30", "40"]),
    ("In 2015, 40 people died.", ["40"]),
    ("The strike hit on Dec. 27 and 12 people died.", ["12"]),
    ("Clashes on 27 December left four dead.", ["four"]),
    ("The curfew starts at 10:30 and at 9 p.m. nine were held.", ["nine"]),
    ("Turnout was 40% or 40 percent, and 7 voters complained.", ["7"]),
    ("The fund gave $5 million and 3 million euros to 200 families.", ["200"]),
    ("A 25-year-old and a two-day strike by 300 workers.", ["300"]),
    ("He was aged 25 and three friends were 30 years old.", ["three"]),
    ("The 1st and 2nd battalions sent 80 men.", ["80"]),
    ("F-16 jets and COVID-19 wards, 1990s veterans, 6 nurses.", ["6"]),
    ("A 6,000-strong crowd gathered.", ["6,000"]),
    ("The scores were 3 to 2.", ["3", "2"]),
    ("Between two and five soldiers died.", ["Between two and five"]),
    ("The blast killed 11 people, injuring scores more.", ["11", "scores"]),
    ("Gunmen opened fire on the bus, wounding scores.", ["scores"]),
    ("The striker scores often; old scores were settled.", []),
]


@pytest.mark.parametrize(("sentence", "texts"), SENTENCES)
def test_find_quantities(sentence: str, texts: list[str]) -> None:
    found = find_quantities(sentence)
    assert [q.text for q in found] == texts
    assert all(sentence[q.start : q.end] == q.text for q in found)


def test_find_quantities_determiners_are_optional() -> None:
    sentence = "No one was hurt but a soldier died."
    assert find_quantities(sentence) == []
    found = find_quantities(sentence, determiners=True)
    assert [(q.text, q.best) for q in found] == [("No one", 0), ("a", 1)]


def test_quantity_is_frozen() -> None:
    quantity = Quantity(1, 1, 1, None, "one", 0, 3)
    with pytest.raises(AttributeError):
        quantity.best = 2  # type: ignore[misc]
