"""Regex matchers over normalised text: named aliases, demonym + force noun, bare nouns."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from tacitus.actors.index import SurfaceIndex
from tacitus.actors.normalize import trie_pattern

HitKind = Literal["alias", "state", "bare"]


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw match in normalised coordinates, before it becomes an :class:`ActorMatch`."""

    start: int
    end: int
    kind: HitKind
    value: str  # entry id (alias) or noun class ("MIL", "COP", "GOV", "g:<template key>")
    country: str | None = None  # ISO-3 given by a demonym


class SurfaceMatcher:
    """Compiled patterns for one knowledge base; built once, safe to share between threads."""

    def __init__(
        self,
        *,
        aliases: SurfaceIndex,
        demonyms: SurfaceIndex,
        nouns: SurfaceIndex,
        members: Iterable[str],
        modifiers: Iterable[str],
        qualified_only: Iterable[str] = (),
    ) -> None:
        self._aliases = aliases
        self._demonyms = demonyms
        self._nouns = nouns
        tail = trie_pattern(m.lower() for m in members)
        mods = trie_pattern(m.lower() for m in modifiers)
        noun = trie_pattern(nouns.folded)
        unqualified = set(nouns.folded) - {n.lower() for n in qualified_only}
        self._alias_folded = re.compile(
            rf"(?<!\w)(?P<core>{trie_pattern(aliases.folded)})(?:\s(?:{tail}))?(?!\w)"
        )
        self._alias_exact = re.compile(
            rf"(?<!\w)(?P<core>{trie_pattern(aliases.exact)})(?:\s(?i:{tail}))?(?!\w)"
        )
        dem = f"(?i:{trie_pattern(demonyms.folded)})|{trie_pattern(demonyms.exact)}"
        self._state = re.compile(
            rf"(?<!\w)(?P<dem>{dem})(?:\s(?i:{mods}))?\s(?P<noun>(?i:{noun}))(?!\w)"
        )
        bare = trie_pattern(unqualified)
        # the modifier is taken only where the noun alone is not listed with it: "armed
        # youths" is a noun of its own (a communal militia), "armed protesters" is not
        self._bare = re.compile(rf"(?<!\w)(?:(?:{mods})\s)??(?P<noun>{bare})(?!\w)")

    def named(self, norm: str, low: str) -> Iterator[Hit]:
        """Named-actor aliases (with a trailing member noun: "al-Shabab fighters")."""
        for m in self._alias_folded.finditer(low):
            value = self._aliases.folded[m.group("core")]
            yield Hit(m.start(), m.end(), "alias", value)
        for m in self._alias_exact.finditer(norm):
            value = self._aliases.exact[m.group("core")]
            yield Hit(m.start(), m.end(), "alias", value)

    def qualified(self, norm: str) -> Iterator[Hit]:
        """Demonym (or country, capital) followed by a force or generic noun."""
        for m in self._state.finditer(norm):
            dem = m.group("dem")
            country = self._demonyms.exact.get(dem) or self._demonyms.folded[dem.lower()]
            noun = self._nouns.folded[m.group("noun").lower()]
            yield Hit(m.start(), m.end(), "state", noun, country)

    def bare(self, low: str) -> Iterator[Hit]:
        """Force and generic nouns on their own ("security forces", "protesters"); a
        weapon that needs a demonym to name anyone ("missiles") is left out."""
        for m in self._bare.finditer(low):
            yield Hit(m.start(), m.end(), "bare", self._nouns.folded[m.group("noun")])
