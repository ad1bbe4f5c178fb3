"""The words a coder compares between two reports: named participants and content words.

``proper_names`` keeps the capitalised words of running text that are not ordinary words
(persons, organisations, places: "Ortiz", "Kraft", "Woodburn"); headlines written in title
case give none, since there every word is capitalised. ``content_words`` keeps the
lower-cased words that carry meaning (no function words, no numbers). Both are small sets kept
in the match profile; ``overlap`` compares two of them. ``ArticleContext`` is what the
whole article adds: every name it gives (a coder reads the report, not one sentence), the
years it mentions and its distinctive words and figures (``story_words``).
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from tacitus.dedup.story import FIGURE, MAX_STORY, common_news_words, figure_token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_YEAR = re.compile(
    r"\b(?:1[89]|20)\d\d\b"
    r"(?!\s+(?:[A-Z][\w'.-]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place|Court|Highway)\b)"
)
"""A year, not the number of a house on a named street ("2088 Philip Street")."""
_TITLE_CASE = 0.8
"""A sentence whose words are this capitalised or more is a headline: no names from it."""
_GENERIC_NAMES = """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december mr mrs ms dr sir police
    president minister government army military forces force department county city state
    court officer officers sheriff deputy chief news reuters associated press agency
    national international north south east west northern southern eastern western
    breaking update updated posted published street road
"""
"""Capitalised words that name no one in particular: days, months, titles, offices."""
MAX_NAMES = 24
MAX_WORDS = 48
MAX_CONTEXT = 48
"""Names kept from a whole article."""
MAX_YEARS = 6


_STOP_WORDS = """
    a about above after again against all also am among an and another any are around as at
    be because been before being below between both but by can could did do does doing done
    down during each either else even ever every few for from further had has have having he
    her here hers herself him himself his how however i if in into is it its itself just
    last least less many may me might more most much must my myself neither never next no
    nor not now of off often on once one only onto or other others otherwise our ours
    ourselves out over own per perhaps quite rather really said same say says several she
    should since so some still such than that the their theirs them themselves then there
    these they this those though through thus to together too toward towards two under
    until up upon us very via was we well were what whatever when whenever where whereas
    whether which while who whoever whole whom whose why will with within without would
    yet you your yours yourself yourselves according told later earlier today yesterday
    tonight week weeks month months year years day days time times people
"""
"""Words too common in news to tell two reports apart."""


@functools.cache
def stop_words() -> frozenset[str]:
    """English function words and news boilerplate (``_STOP_WORDS``), lower case."""
    return frozenset(_STOP_WORDS.split())


@functools.cache
def generic_names() -> frozenset[str]:
    """Capitalised words that are no one's name (``_GENERIC_NAMES``)."""
    return frozenset(_GENERIC_NAMES.split())


@functools.cache
def name_stops() -> frozenset[str]:
    """Words never kept as names: stop words and ``generic_names``."""
    return stop_words() | generic_names()


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What the whole article says beyond an event's own sentences.

    ``names``: the article's named participants and places (``proper_names``), in order of
    first use. ``years``: the years it mentions, the most mentioned first (ties: the first
    mentioned), which place its story in time when no publication date does. ``words``: its
    distinctive words and figures (``story_words``), what its story is about. ``lead``:
    the id of its main event (``tacitus.dedup.lead``), set by the store from its events.
    """

    names: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    words: tuple[str, ...] = ()
    lead: str | None = None

    @classmethod
    def of(cls, text: str) -> ArticleContext:
        """The context of an article's ``text``."""
        return cls(
            names=proper_names([text], limit=MAX_CONTEXT),
            years=years_mentioned(text),
            words=story_words(text),
        )

    def to_json(self) -> str:
        """Compact JSON, kept with the article so that a rebuild need not read it again."""
        fields: list[object] = [self.names, self.years, self.words]
        if self.lead is not None:
            fields.append(self.lead)
        return json.dumps(fields, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ArticleContext:
        """The context stored by ``to_json`` (without words, or without the lead, when
        stored before they were)."""
        names, years, *rest = json.loads(text)
        words = tuple(rest[0]) if rest else ()
        lead = rest[1] if len(rest) > 1 else None
        return cls(names=tuple(names), years=tuple(years), words=words, lead=lead)


def years_mentioned(text: str) -> tuple[int, ...]:
    """Years (1800-2099) written in ``text``, the most mentioned first, at most ``MAX_YEARS``;
    a house number before a street's name is no year."""
    found = Counter(int(match) for match in _YEAR.findall(text))
    return tuple(year for year, _ in found.most_common(MAX_YEARS))


def proper_names(texts: Iterable[str], *, limit: int = MAX_NAMES) -> tuple[str, ...]:
    """Capitalised non-initial words of running text that name someone or somewhere.

    Lower case, in order of first use, at most ``limit`` (reading stops there: a long
    article costs no more than its first ``limit`` names).
    """
    found: dict[str, None] = {}
    for text in texts:
        for sentence in _SENTENCE.split(text):
            words = word_tokens(sentence)
            if len(words) < 2 or _capitalised_share(words) >= _TITLE_CASE:
                continue
            for word in words[1:]:
                if word[0].isupper() and (key := _name_key(word)):
                    found.setdefault(key, None)
            if len(found) >= limit:
                return tuple(found)[:limit]
    return tuple(found)


def content_words(texts: Iterable[str], *, limit: int = MAX_WORDS) -> tuple[str, ...]:
    """Lower-cased words that carry meaning, in order of first use, at most ``limit``."""
    found: dict[str, None] = {}
    for text in texts:
        for word in word_tokens(text):
            if key := _content_key(word):
                found.setdefault(key, None)
    return tuple(found)[:limit]


@functools.lru_cache(maxsize=1 << 16)
def _name_key(word: str) -> str:
    """A capitalised ``word`` folded as a name, or "" when it is no one's name
    (``name_stops``). Cached, as ``_story_key``."""
    key = normal_word(word)
    return "" if key in name_stops() else key


@functools.lru_cache(maxsize=1 << 16)
def _content_key(word: str) -> str:
    """``word`` folded as a content word, or "" when it is too short or a stop word.
    Cached, as ``_story_key``."""
    key = normal_word(word)
    return stem(key) if len(key) > 2 and key not in stop_words() else ""


def story_words(text: str, *, limit: int = MAX_STORY) -> tuple[str, ...]:
    """The article's distinctive content words and figures (``tacitus.dedup.story``), the
    most used first (ties: words before figures, then the first used), at most ``limit``.

    Words are folded as ``content_words`` folds them, less stop words and
    ``story.common_news_words``; a figure of two or three digits reads "#46".
    """
    found = Counter(key for key in map(_story_key, word_tokens(text)) if key)
    found.update(figure_token(digits) for digits in FIGURE.findall(text))
    return tuple(word for word, _ in found.most_common(limit))


@functools.lru_cache(maxsize=1 << 16)
def _story_key(word: str) -> str:
    """``word`` folded as a story word, or "" when it is too short, a stop word or common
    in conflict news. Cached: news repeats its words, and this runs on every article."""
    key = normal_word(word)
    if len(key) <= 2 or key in stop_words():
        return ""
    folded = stem(key)
    return "" if folded in common_news_words() else folded


def word_tokens(text: str) -> list[str]:
    """The words of ``text``: letters, with inner apostrophes and hyphens."""
    return _WORD.findall(text)


def overlap(mine: Iterable[str], theirs: Iterable[str], *, enough: int) -> float:
    """Shared items over the smaller set, the smaller counted as at least ``enough``."""
    a, b = set(mine), set(theirs)
    if not a or not b:
        return 0.0
    return len(a & b) / max(enough, min(len(a), len(b)))


def _capitalised_share(words: list[str]) -> float:
    long_words = [w[0] for w in words if len(w) > 3]
    if len(long_words) < 3:
        return 0.0
    return sum(c.isupper() for c in long_words) / len(long_words)


def normal_word(word: str) -> str:
    """A word lower-cased, with its curly apostrophe and possessive "'s" folded."""
    key = word.casefold().replace("’", "'")
    return key[:-2] if key.endswith("'s") else key


def stem(word: str) -> str:
    """A crude plural and tense fold, enough to match 'shootings' with 'shooting'."""
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
