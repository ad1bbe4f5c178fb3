"""Numbers as written in news text: digits, number words, vague amounts and their hedges.

No spaCy here: a regular grammar finds number phrases and turns each into ``low`` /
``best`` / ``high`` following explicit, ACLED-style rules:

- an exact number ``N``: low N, best N, high N;
- "at least N", "more than N" (and "N or more"): low N, best N, high None;
- "up to N", "nearly N": low None, best N, high N; "fewer than N": best and high N - 1;
- "around N" ("about", "roughly", "some", "an estimated", "N or so"): best N only;
- a range "between a and b", "a to b", "a-b", "a or b": low a, best a (conservative), high b;
- a vague amount ("dozens", "hundreds", ...): low and best per :data:`VAGUE_VALUES`, high None;
- a zero ("no one", "nobody", "none", "no"): 0, 0, 0.

Years, dates, clock times, percentages, money, ordinals, ages and other hyphenated
modifiers ("a 25-year-old", "a two-day strike") are not quantities.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType

# ACLED rule for vague amounts: the conservative reading of each word.
VAGUE_VALUES: MappingProxyType[str, int] = MappingProxyType(
    {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 10**6}
)
# "several dozen", "a few hundred": read like "dozens", "hundreds" (ACLED rule).
_FEW_VALUES: MappingProxyType[str, int] = MappingProxyType(
    {"dozen": 12, "hundred": 100, "thousand": 1000}
)
# Hedge phrases as written -> the canonical hedge reported in ``Quantity.hedge``.
HEDGE_PHRASES: MappingProxyType[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            ("at least", "no fewer than", "no less than", "not less than", "a minimum of"),
            "at least",
        ),
        **dict.fromkeys(
            ("more than", "over", "well over", "just over", "upwards of", "in excess of"),
            "more than",
        ),
        **dict.fromkeys(
            ("up to", "as many as", "at most", "no more than", "not more than", "a maximum of"),
            "up to",
        ),
        **dict.fromkeys(("fewer than", "less than", "under"), "fewer than"),
        **dict.fromkeys(("nearly", "almost", "close to", "just under"), "nearly"),
        **dict.fromkeys(
            ("around", "about", "roughly", "approximately", "some", "an estimated", "estimated"),
            "around",
        ),
    }
)
_OPEN_HIGH = frozenset({"at least", "more than"})
_CAPPED = frozenset({"up to", "fewer than", "nearly"})

_UNITS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = MappingProxyType(
    {"hundred": 100, "dozen": 12, "thousand": 1000, "million": 10**6, "billion": 10**9}
)
_WORD_VALUES: MappingProxyType[str, int] = MappingProxyType(
    {**{w: i for i, w in enumerate(_UNITS)}, **{w: 20 + 10 * i for i, w in enumerate(_TENS)}}
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|during|before|after|of|early|late|mid|year|"
    r"spring|summer|autumn|fall|winter)|" + _MONTHS + r"|\d{1,2},)[\s-]*$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r"(?:[$€£¥₹#]|\bUS\$|\b(?:USD|EUR|GBP|Rs\.?|No\.|Nos\.|number|aged?|ages|Resolution|"
    r"Article|Route|Highway|Flight|Road|Phase|Unit|Brigade|Division|Battalion|Regiment)"
    r"|[A-Za-z]-|\d[:/.])\s*$",
)
_NOT_BEFORE = re.compile(
    r"^(?:\s*(?:%|percent\b|per\s?cent\b|percentage\b|years?\s+old\b|[ap]\.m\.|(?:am|pm|"
    r"o'clock|GMT|UTC|hrs)\b|(?:dollars?|euros?|pounds|rupees|dinars?|pesos|naira|"
    r"shillings|yuan|yen|francs?|rubles?|roubles?)\b)|[:/]\d|-(?!strong\b)[A-Za-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number phrase as written, with its reading as low / best / high."""

    low: int | None
    best: int | None
    high: int | None
    hedge: str | None
    text: str
    start: int
    end: int


def _alt(words: Iterable[str]) -> str:
    items = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


@functools.cache
def _number_pattern() -> str:
    """The grammar of one number: digits (with a scale word) or number words."""
    units, tens, scales = _alt(_UNITS), _alt(_TENS), _alt(_SCALES)
    small = rf"(?:{tens}(?:[-\s]{_alt(_UNITS[1:10])})?\b|{units}\b)"
    after_scale = "|".join(f"(?<={s})" for s in _SCALES)
    element = rf"(?:{small}|{scales}\b)"
    words = (
        rf"(?:an?\s+(?={scales}\b))?{element}"
        rf"(?:(?:\s+|-)(?:{element})|(?:{after_scale})\s+and\s+{small})*"
    )
    digits = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s+{scales}\b)?"
    return rf"(?:(?<![\w.,]){digits}(?![\w]|,\d|\.\d)|\b{words})"


# "Tens" and "scores" alone are seldom amounts ("scores goals", "tens of thousands"): they
# count where more of the same follows ("injuring scores more") or a casualty verb
# governs them ("wounding scores").
_CASUALTY_VERBS = ("killing", "killed", "injuring", "injured", "wounding", "wounded")
_CASUALTY_BEFORE = "|".join(rf"(?<={verb}\s)" for verb in _CASUALTY_VERBS)
_BARE = rf"(?:tens|scores)(?=\s+(?:more|others)\b)|(?:{_CASUALTY_BEFORE})scores(?=\W)"


@functools.cache
def _phrase_regex(*, lenient: bool) -> re.Pattern[str]:
    """The whole phrase grammar; ``lenient`` accepts bare "tens"/"scores" and a trailing "of"."""
    num = _number_pattern()
    strict_vague = rf"(?:dozens|hundreds|thousands|millions|{_BARE})"
    vague_word = _alt(VAGUE_VALUES) if lenient else strict_vague
    vague_of = r"(?:tens|dozens|scores|hundreds|thousands|millions)(?=\s+of\b)"
    vague = rf"(?:{vague_of}|{vague_word}\b)(?:\s+of\s+{_alt(VAGUE_VALUES)}\b)?"
    few = rf"(?:several|a\s+few|a\s+couple\s+of)\s+{_alt(_FEW_VALUES)}\b"
    rng = (
        rf"between\s+{num}\s+and\s+{num}"
        rf"|(?<![Ff]rom\s){num}(?:\s+(?:to|or)\s+|(?<=\d)\s*[-–]\s*(?=\d)){num}"
    )
    hedge = rf"(?:\b(?P<hedge>{_alt(HEDGE_PHRASES)})\s+(?=\w))?"
    core = rf"(?P<range>{rng})|(?P<vague>{vague})|(?P<few>{few})|(?P<num>{num})"
    suffix = r"(?P<suffix>\s+or\s+(?:more|so)\b)?"
    tail = r"(?:\s+of)?" if lenient else ""
    zero = r"(?P<zero>\bno\s+one\b|\bno-one\b|\bnobody\b|\bnone\b|\bno\b(?=\s+[A-Za-z]))"
    article = r"(?P<art>\ban?\b)" if lenient else r"(?P<art>\ban?\b(?=\s+[A-Za-z]))"
    return re.compile(
        rf"{hedge}(?P<core>{core}){suffix}{tail}|{zero}{tail}|{article}", re.IGNORECASE
    )


def _words_value(text: str) -> int:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("a", "an"):
            current = 1
        elif word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        elif word in ("hundred", "dozen"):
            current = max(current, 1) * _SCALES[word]
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
    return total + current


def number_value(text: str) -> int:
    """The value of one number as written: "6,000", "1.5 million", "twenty-five", "a dozen"."""
    match = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?:\s+(\w+))?", text.strip())
    if match is None:
        return _words_value(text)
    scale = _SCALES.get((match.group(2) or "").lower(), 1)
    return round(float(match.group(1).replace(",", "")) * scale)


def _range_ends(text: str) -> tuple[int, int]:
    numbers = [m.group(0) for m in re.finditer(_number_pattern(), text, re.IGNORECASE)]
    return number_value(numbers[0]), number_value(numbers[-1])


def _vague_value(text: str) -> int:
    value = 1
    for word in re.findall(r"[a-z]+", text.lower()):
        value *= VAGUE_VALUES.get(word, 1)
    return value


def _reading(match: re.Match[str]) -> tuple[int | None, int | None, int | None, str | None]:
    """low, best, high and hedge of one matched phrase, by the rules in the module docstring."""
    if match.group("zero"):
        return 0, 0, 0, None
    if match.group("art"):
        return 1, 1, 1, None
    core, written = match.group("core"), match.group("hedge")
    hedge = HEDGE_PHRASES[re.sub(r"\s+", " ", written.lower())] if written else None
    if match.group("suffix"):
        hedge = "at least" if "more" in match.group("suffix").lower() else "around"
    if match.group("range"):
        low, high = _range_ends(core)
        return low, low, high, "between"
    if match.group("vague"):
        value = _vague_value(core)
        return value, value, None, hedge or re.sub(r"\s+", " ", core.lower())
    if match.group("few"):
        word = core.split()[-1].lower()
        return _FEW_VALUES[word], _FEW_VALUES[word], None, hedge or f"{word}s"
    return (*_hedged(number_value(core), hedge), hedge)


def _hedged(value: int, hedge: str | None) -> tuple[int | None, int | None, int | None]:
    """low, best and high of one number under its hedge."""
    if hedge in _OPEN_HIGH:
        return value, value, None
    if hedge == "fewer than":  # the number itself is excluded: "fewer than 10" is 9 at most
        below = max(value - 1, 0)
        return None, below, below
    if hedge in _CAPPED:
        return None, value, value
    if hedge == "around":
        return None, value, None
    return value, value, value


def _quantity(match: re.Match[str], *, offset: int = 0) -> Quantity:
    low, best, high, hedge = _reading(match)
    start, end = match.span()
    return Quantity(low, best, high, hedge, match.group(0), start + offset, end + offset)


def parse_quantity(text: str) -> Quantity | None:
    """Read ``text`` as one whole number phrase ("at least 25", "dozens of", "a"), else None."""
    stripped = text.strip()
    match = _phrase_regex(lenient=True).fullmatch(stripped)
    if match is None:
        return None
    return _quantity(match, offset=len(text) - len(text.lstrip()))


def _is_year(text: str, match: re.Match[str]) -> bool:
    core = match.group("core")
    if match.group("range"):
        return any(_looks_like_year(n) for n in re.findall(r"\d[\d,.]*", core))
    if not _looks_like_year(core):
        return False
    before, after = text[: match.start("core")], text[match.end("core") :]
    return bool(_YEAR_CONTEXT.search(before)) or not re.match(r"\s+[a-z]", after)


def _looks_like_year(number: str) -> bool:
    return bool(re.fullmatch(r"\d{4}", number)) and 1800 <= int(number) <= 2100


def _is_date(text: str, match: re.Match[str]) -> bool:
    digits = re.fullmatch(r"\d{1,2}", match.group("core"))
    if digits is None or not 1 <= int(digits.group(0)) <= 31:
        return False
    before, after = text[: match.start("core")], text[match.end("core") :]
    return bool(re.search(_MONTHS + r"\s*$", before) or re.match(r"\s*" + _MONTHS, after))


def _excluded(text: str, match: re.Match[str]) -> bool:
    """Years, dates, times, percentages, money, ages and hyphenated modifiers."""
    if match.group("zero") or match.group("art"):
        return False
    before, after = text[: match.start("core")], text[match.end("core") :]
    return bool(
        _NOT_AFTER.search(before)
        or _NOT_BEFORE.match(after)
        or _is_year(text, match)
        or _is_date(text, match)
    )


def find_quantities(text: str, *, determiners: bool = False) -> list[Quantity]:
    """Every number phrase in ``text``, in order, with offsets into ``text``.

    With ``determiners``, the article "a"/"an" (one) and "no"/"no one"/"nobody"/"none"
    (zero) are returned too; they only make sense once a parse says what they count.
    """
    found: list[Quantity] = []
    for match in _phrase_regex(lenient=False).finditer(text):
        if not determiners and (match.group("zero") or match.group("art")):
            continue
        if _excluded(text, match):
            continue
        quantity = _quantity(match)
        if quantity.high is not None and quantity.low is not None and quantity.high < quantity.low:
            found.extend(_range_parts(match))  # "3 to 2" is a score, not a range
        else:
            found.append(quantity)
    return found


def _range_parts(match: re.Match[str]) -> list[Quantity]:
    parts = re.finditer(_number_pattern(), match.group("core"), re.IGNORECASE)
    offset = match.start("core")
    return [
        Quantity(v, v, v, None, part.group(0), part.start() + offset, part.end() + offset)
        for part in parts
        for v in (number_value(part.group(0)),)
    ]
