"""The actor knowledge base: load it once, then find, resolve and look up actors."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from functools import cached_property

from tacitus.actors.builders import (
    SLOT,
    GenericTemplate,
    fill_slot,
    generic_templates,
    group_entry,
    state_entries,
)
from tacitus.actors.countries import Country, load_countries
from tacitus.actors.data import (
    force_nouns,
    group_records,
    leader_records,
    organisation_records,
)
from tacitus.actors.entry import ActorEntry, ActorMatch
from tacitus.actors.index import SurfaceIndex
from tacitus.actors.leaders import LeaderIndex
from tacitus.actors.matcher import Hit, SurfaceMatcher
from tacitus.actors.normalize import normalize
from tacitus.actors.resolver import PhraseResolver

EXTERNAL_INTER = 8


class ActorKB:
    """Countries, state forces, named armed/political actors and generic actor templates.

    Build with :meth:`load`; every instance owns its tables and compiled matchers.
    """

    def __init__(
        self,
        *,
        countries: dict[str, Country],
        entries: Iterable[ActorEntry],
        templates: Iterable[GenericTemplate],
        slot_names: dict[str, str],
    ) -> None:
        self._countries = countries
        self._entries = {e.id: e for e in entries}
        self._by_name = {e.name.lower(): e for e in self._entries.values()}
        self._templates = {t.key: t for t in templates}
        self._slot_names = slot_names  # entry id -> name with a {country} slot
        self.aliases = self._alias_index()
        self.demonyms = self._demonym_index()
        self.state_names = self._state_name_index()
        self.seats = self._seat_index()
        self.nouns = self._noun_index()
        for index in (self.aliases, self.demonyms, self.state_names, self.seats, self.nouns):
            index.raise_on_conflict()

    @classmethod
    def load(cls) -> ActorKB:
        """The knowledge base from the packaged data (matchers compile on first use)."""
        countries = load_countries()
        forces = force_nouns()
        groups = [group_entry(r) for r in (*group_records(), *organisation_records())]
        slot_names = {g.id: g.name for g in groups if SLOT in g.name}
        groups = [
            fill_slot(g, countries.get(g.country or "")) if g.id in slot_names else g
            for g in groups
        ]
        return cls(
            countries=countries,
            entries=[*state_entries(countries.values(), forces["state"]), *groups],
            templates=generic_templates(forces["generic"]),
            slot_names=slot_names,
        )

    # ----- tables -------------------------------------------------------------------

    def _alias_index(self) -> SurfaceIndex:
        index = SurfaceIndex("actor aliases")
        for entry in self._entries.values():
            index.add_all(entry.aliases, entry.id)
            index.add(entry.name, entry.id)
        return index

    def _demonym_index(self) -> SurfaceIndex:
        index = SurfaceIndex("demonyms")
        for c in self._countries.values():
            index.add_all((*c.demonyms, *c.short_forms, *c.names, *c.metonyms), c.iso3)
        return index

    def _state_name_index(self) -> SurfaceIndex:
        index = SurfaceIndex("country names")
        for c in self._countries.values():
            index.add_all((*c.short_forms, *c.names), c.iso3)
        return index

    def _seat_index(self) -> SurfaceIndex:
        index = SurfaceIndex("seats of government")
        for c in self._countries.values():
            index.add_all(c.metonyms, c.iso3)
        return index

    def _noun_index(self) -> SurfaceIndex:
        index = SurfaceIndex("actor nouns")
        for sector, spec in force_nouns()["state"].items():
            index.add_all((str(n).lower() for n in spec["nouns"]), sector)
        for template in self._templates.values():
            index.add_all((n.lower() for n in template.nouns), f"g:{template.key}")
        return index

    @cached_property
    def matcher(self) -> SurfaceMatcher:
        """The compiled matchers (built on first use, then kept on this instance)."""
        spec = force_nouns()
        return SurfaceMatcher(
            aliases=self.aliases,
            demonyms=self.demonyms,
            nouns=self.nouns,
            members=spec["members"],
            modifiers=spec["modifiers"],
            qualified_only=spec["qualified_only"],
        )

    @cached_property
    def resolver(self) -> PhraseResolver:
        """Phrase resolution (determiners, fuzzy spellings) bound to this instance."""
        return PhraseResolver(self, determiners=force_nouns()["determiners"])

    # ----- public API ---------------------------------------------------------------

    def entries(self) -> Iterator[ActorEntry]:
        """Every stored entry (state forces of every country and named actors)."""
        return iter(self._entries.values())

    def countries(self) -> Iterator[Country]:
        """Every country of the table."""
        return iter(self._countries.values())

    def get(self, name: str) -> ActorEntry | None:
        """An entry by canonical name (any case) or id."""
        return self._entries.get(name) or self._by_name.get(name.strip().lower())

    def ancestors(self, entry: ActorEntry) -> list[str]:
        """The names of the groups ``entry`` is a branch of, nearest first (ISWAP: the
        Islamic State; Ansarul Islam: JNIM, then al Qaeda)."""
        names: list[str] = []
        parent = entry.parent
        while parent is not None and parent not in names:
            names.append(parent)
            found = self.get(parent)
            parent = found.parent if found is not None else None
        return names

    @cached_property
    def _leaders(self) -> LeaderIndex:
        return LeaderIndex(leader_records())

    def leader(self, name: str, *, year: int) -> ActorEntry | None:
        """The government or armed group the person ``name`` led in ``year`` ("Putin":
        the Government of Russia from 1999), or ``None`` (see ``actors.leaders``)."""
        term = self._leaders.term(name, year)
        if term is None:
            return None
        if term.country is not None:
            return self.state("GOV", term.country)
        return self.resolve(term.group) if term.group is not None else None

    def country_name(self, iso3: str) -> str | None:
        """The English short name ACLED uses for ``iso3``."""
        country = self._countries.get(iso3.upper())
        return country.name if country else None

    def country_of_demonym(self, word: str) -> str | None:
        """ISO-3 for a demonym, short form, country name or capital metonym ("Tehran")."""
        found = self.demonyms.get(word)
        if found is None and word.endswith("s") and len(word) > 3:
            found = self.demonyms.get(word[:-1])  # plural: "Iraqis"
        if found is None:
            entry = self.get_by_alias(word)
            if entry is not None and entry.kind == "state" and entry.sector == "GOV":
                found = entry.country  # "Kremlin", "White House"
        return found

    def country_of_name(self, name: str) -> str | None:
        """ISO-3 for a country's own name or short form ("Libya", "the US"), not a
        demonym or a capital."""
        return self.state_names.get(name.removeprefix("the ").strip())

    def country_of_seat(self, name: str) -> str | None:
        """ISO-3 for a capital or seat of government that stands for its state
        ("Tehran", "Washington")."""
        return self.seats.get(name.strip())

    def get_by_alias(self, phrase: str) -> ActorEntry | None:
        """The entry one of whose aliases is exactly ``phrase`` (after normalisation)."""
        found = self.aliases.get(phrase)
        return self._entries[found] if found else None

    def template(self, key: str, country: str | None) -> ActorEntry:
        """A generic actor (``"protesters"``, ``"civilians"``...) for ``country``."""
        template = self._templates[key]
        place = self._countries.get(country or "") if template.country_slot else None
        return template.instantiate(place)

    def state(self, sector: str, country: str) -> ActorEntry | None:
        """Military (``MIL``), police (``COP``) or government (``GOV``) entry of a country."""
        return self._entries.get(f"{sector.lower()}-{country.lower()}")

    def stateless(self, sector: str) -> ActorEntry:
        """A state force named where no country is known ("police beat the students"):
        a generic actor of that sector ("Police Forces"), which an event's country makes
        that country's force."""
        return self._stateless[sector]

    def force_of(self, entry: ActorEntry, country: str) -> ActorEntry | None:
        """The ``country``'s own force for a stateless one (``stateless``), else None."""
        stateless = self._stateless.get(entry.sector)
        return self.state(entry.sector, country) if entry == stateless else None

    @cached_property
    def peoples(self) -> frozenset[str]:
        """The peoples whose identity militias the base names ("Kuki" of "Kuki Ethnic
        Militia ({country})"), lower-cased."""
        marker = " ethnic militia"
        return frozenset(
            e.name.lower().split(marker, 1)[0]
            for e in self._entries.values()
            if marker in e.name.lower()
        )

    @cached_property
    def _stateless(self) -> dict[str, ActorEntry]:
        templates = force_nouns()["state"]
        return {
            sector: ActorEntry(
                id=f"{sector.lower()}-unknown",
                name=str(spec["name"]).replace(f" of {SLOT}", "").replace(SLOT, "").strip(),
                inter=int(spec["inter"]),
                sector=sector,
                country=None,
                kind="generic",
                aliases=(),
            )
            for sector, spec in templates.items()
        }

    def localize(self, entry: ActorEntry, country: str | None) -> ActorEntry:
        """A ``{country}``-slot actor (ethnic militias, protesters) named for ``country``
        when given."""
        base = entry.id.rsplit("@", 1)[0]
        if base in self._templates and country in self._countries:
            return self.template(base, country)
        slot_name = self._slot_names.get(base) or self._slot_names.get(entry.id)
        place = self._countries.get(country or "")
        if slot_name is None or place is None:
            return entry
        return fill_slot(dataclasses.replace(entry, id=base, name=slot_name), place)

    def external(self, entry: ActorEntry, *, country: str | None) -> ActorEntry:
        """State forces acting outside their own country are ACLED inter 8."""
        if entry.kind != "state" or not country or not entry.country:
            return entry
        if country.upper() == entry.country:
            return entry
        return dataclasses.replace(entry, inter=EXTERNAL_INTER)

    def find(
        self, text: str, *, country: str | None = None, generic: bool = False
    ) -> list[ActorMatch]:
        """Every named-actor and state-force mention in ``text``, in text order.

        Overlaps are settled longest match first. "Iraqi protesters"-style mentions (a
        demonym plus a generic noun) are always reported; with ``generic=True`` bare nouns
        are too ("protesters", and "security forces" when ``country`` is given).
        """
        norm, offsets = normalize(text)
        low = norm.lower()
        hits = [*self.matcher.named(norm, low), *self.matcher.qualified(norm)]
        if generic:
            hits.extend(self.matcher.bare(low))
        matches: list[ActorMatch] = []
        for hit in _non_overlapping(hits):
            entry = self._hit_entry(hit, country)
            if entry is not None:
                start, end = offsets[hit.start], offsets[hit.end - 1] + 1
                matches.append(ActorMatch(entry, start, end, text[start:end]))
        return matches

    def resolve(self, phrase: str, *, country: str | None = None) -> ActorEntry | None:
        """The actor a noun phrase from the parse names, or ``None``.

        Tries, in order: an exact alias, the longest named/state mention, a fuzzy spelling
        of a named actor, then generic and bare force nouns (using ``country``).
        """
        return self.resolver.resolve(phrase, country=country)

    def _hit_entry(self, hit: Hit, country: str | None) -> ActorEntry | None:
        if hit.kind == "alias":
            return self.localize(self._entries[hit.value], country)
        place = hit.country or country
        if hit.value.startswith("g:"):
            return self.template(hit.value[2:], place)
        return self.state(hit.value, place) if place else self.stateless(hit.value)


def _non_overlapping(hits: list[Hit]) -> list[Hit]:
    """Longest hits first (earlier on ties), dropping any that overlap a kept one; a bare
    noun comes after every name, so it never takes a name's words ("the M23 rebel group"
    is M23's, not an unnamed rebel group's)."""
    kept: list[Hit] = []
    taken: list[tuple[int, int]] = []
    order = sorted(
        hits, key=lambda h: (h.kind == "bare", h.start - h.end, h.start, h.kind != "alias")
    )
    for hit in order:
        if all(hit.end <= s or hit.start >= e for s, e in taken):
            kept.append(hit)
            taken.append((hit.start, hit.end))
    return sorted(kept, key=lambda h: h.start)
