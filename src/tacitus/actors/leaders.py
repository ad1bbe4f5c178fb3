"""Who a person named in the news acts for: a government or an armed group, by term.

"Putin said", "Zelensky urged", "Hemedti's forces": news names leaders without their
office, and event coders code them as the state or group they lead ("Government of
Russia", "Rapid Support Forces"). A name is read so only within a term of office that
holds the article's publication year, so "Obama" in a 2024 report (a former president)
stays a person as written. The names are the person's full name and the aliases the data
lists (surnames only where they are distinctive: not "Sharon" or "Bennett").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tacitus.actors.normalize import normalize


@dataclass(frozen=True, slots=True)
class Term:
    """Years (inclusive) in which a leader acts for a country's government or a group."""

    start: int
    end: int | None
    country: str | None
    group: str | None

    def holds(self, year: int) -> bool:
        return self.start <= year and (self.end is None or year <= self.end)


class LeaderIndex:
    """Leaders' names and aliases -> their terms (several people may share a surname)."""

    def __init__(self, records: Iterable[Mapping[str, Any]]) -> None:
        self._terms: dict[str, list[Term]] = {}
        for record in records:
            terms = [_term(t) for t in record["terms"]]
            for name in (record["name"], *record["aliases"]):
                self._terms.setdefault(_key(str(name)), []).extend(terms)

    def term(self, name: str, year: int) -> Term | None:
        """The term in which the person ``name`` leads, in ``year``; ``None`` when no
        listed person of that name was in office then."""
        held = [t for t in self._terms.get(_key(name), ()) if t.holds(year)]
        return held[0] if held else None


def _term(raw: Mapping[str, Any]) -> Term:
    end = raw.get("to")
    return Term(
        start=int(raw["from"]),
        end=int(end) if end is not None else None,
        country=raw.get("country"),
        group=raw.get("group"),
    )


def _key(name: str) -> str:
    """A name as looked up: normalised (diacritics, hyphens, possessive), lower case."""
    return normalize(name.strip())[0].lower()
