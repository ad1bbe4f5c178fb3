"""Resolve a noun phrase from the parse ("the Iraqi security forces") to one actor."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from tacitus.actors.entry import ActorEntry, ActorMatch
from tacitus.actors.normalize import norm_key, trie_pattern

if TYPE_CHECKING:
    from tacitus.actors.kb import ActorKB

FUZZY_CUTOFF = 90.0
MIN_FUZZY_LEN = 6
_STATE_ID = re.compile(r"^(?:mil|cop|gov)-[a-z]{3}$")


class PhraseResolver:
    """Determiner stripping, exact and structural lookup, then strict fuzzy spelling."""

    def __init__(self, kb: ActorKB, *, determiners: Iterable[str]) -> None:
        self._kb = kb
        dets = trie_pattern(d.lower() for d in determiners)
        self._leading = re.compile(rf"^(?:(?:{dets}|\d[\d,.]*)\s)+")
        self._choices = {
            key: entry.id
            for entry in kb.entries()
            if not _STATE_ID.match(entry.id)
            for key in (norm_key(a).lower() for a in entry.aliases)
            if len(key) >= MIN_FUZZY_LEN
        }
        self._keys = list(self._choices)
        # token_sort_ratio is the plain ratio of the words sorted; the keys' words are
        # sorted once here rather than on every comparison.
        self._sorted_keys = [_words_sorted(key) for key in self._keys]

    def clean(self, phrase: str) -> str:
        """``phrase`` normalised, without leading determiners or quantities."""
        norm = norm_key(phrase)
        cut = self._leading.match(norm.lower())
        return norm[cut.end() :] if cut else norm

    def resolve(self, phrase: str, *, country: str | None = None) -> ActorEntry | None:
        """The actor ``phrase`` names, or ``None`` (see :meth:`ActorKB.resolve`)."""
        cleaned = self.clean(phrase)
        if not cleaned:
            return None
        direct = self._direct(cleaned, country)
        if direct is not None:
            return direct
        kb = self._kb
        named = _longest(kb.find(cleaned, country=country))
        if named is not None and named.end - named.start == len(cleaned):
            return named.entry
        fuzzy = self.fuzzy(cleaned)  # before a partial match: "Kataeb Hizbullah"
        if fuzzy is not None:
            return kb.localize(fuzzy, country)
        if named is None:
            named = _longest(kb.find(cleaned, country=country, generic=True))
        return named.entry if named else None

    def _direct(self, cleaned: str, country: str | None) -> ActorEntry | None:
        """An exact alias, or a country, demonym or capital standing for its government."""
        kb = self._kb
        exact = kb.get_by_alias(cleaned)
        if exact is not None:
            return kb.localize(exact, country)
        place = kb.demonyms.get(cleaned)  # "Israel", "Tehran", "the Americans"
        return kb.state("GOV", place) if place else None

    def fuzzy(self, phrase: str) -> ActorEntry | None:
        """A named actor whose name or alias is spelled almost exactly like ``phrase``."""
        query = norm_key(phrase).lower()
        if len(query) < MIN_FUZZY_LEN:
            return None
        found = process.extract(
            _words_sorted(query),
            self._sorted_keys,
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF,
            limit=2,
        )
        if not found:
            return None
        keys = self._keys
        ids = {self._choices[keys[index]] for _, score, index in found if score == found[0][1]}
        return self._kb.get(ids.pop()) if len(ids) == 1 else None


def _words_sorted(text: str) -> str:
    """``text``'s words in sorted order, one space apart: what ``fuzz.token_sort_ratio``
    compares."""
    return " ".join(sorted(text.split()))


def _longest(matches: list[ActorMatch]) -> ActorMatch | None:
    return max(matches, key=lambda m: m.end - m.start, default=None)
