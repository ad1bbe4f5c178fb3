"""Build actor entries from the packaged data: state forces, named groups, generic templates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from tacitus.actors.countries import Country
from tacitus.actors.entry import ActorEntry, ActorKind, slugify
from tacitus.errors import ResourceError

STATE_SECTORS = ("MIL", "COP", "GOV")
SLOT = "{country}"


@dataclass(frozen=True, slots=True)
class GenericTemplate:
    """An actor ACLED names by type and country: ``Protesters ({country})``."""

    key: str
    name: str
    inter: int
    sector: str
    nouns: tuple[str, ...]
    country_slot: bool = True

    def instantiate(self, country: Country | None) -> ActorEntry:
        """The template filled for ``country`` (no country: the name without its slot)."""
        return fill_slot(
            ActorEntry(
                id=self.key.replace("_", "-"),
                name=self.name,
                inter=self.inter,
                sector=self.sector,
                country=None,
                kind="generic",
                aliases=self.nouns,
            ),
            country,
        )


def fill_slot(entry: ActorEntry, country: Country | None) -> ActorEntry:
    """``entry`` with the ``{country}`` slot of its name filled (or dropped) and its id set."""
    base_id = entry.id.rsplit("@", 1)[0]
    if country is None:
        name = entry.name.replace(f" ({SLOT})", "").replace(SLOT, "").strip()
        return _replace(entry, id=base_id, name=name, country=None)
    name = entry.name.replace(SLOT, country.name)
    return _replace(entry, id=f"{base_id}@{country.iso3.lower()}", name=name, country=country.iso3)


def _replace(entry: ActorEntry, *, id: str, name: str, country: str | None) -> ActorEntry:
    return ActorEntry(
        id=id,
        name=name,
        inter=entry.inter,
        sector=entry.sector,
        country=country,
        kind=entry.kind,
        aliases=entry.aliases,
        parent=entry.parent,
    )


def state_name(template: str, country: Country) -> str:
    """``"Military Forces of {country}"`` -> ``"Military Forces of the United States"``."""
    return template.replace(SLOT, country.long_name)


def state_entries(
    countries: Iterable[Country], templates: Mapping[str, Mapping[str, Any]]
) -> list[ActorEntry]:
    """Military, police and government entries (inter 1) for every country."""
    entries: list[ActorEntry] = []
    for country in countries:
        for sector in STATE_SECTORS:
            template = templates[sector]
            name = state_name(str(template["name"]), country)
            entries.append(
                ActorEntry(
                    id=f"{sector.lower()}-{country.iso3.lower()}",
                    name=name,
                    inter=int(template["inter"]),
                    sector=sector,
                    country=country.iso3,
                    kind="state",
                    aliases=(name, *country.named_forces.get(sector, ())),
                )
            )
    return entries


def group_entry(record: Mapping[str, Any]) -> ActorEntry:
    """One named actor from its data record; a ``{country}`` slot keeps its default country."""
    try:
        name = str(record["name"])
        aliases = tuple(str(a) for a in record["aliases"])
        entry = ActorEntry(
            id=slugify(name.replace(SLOT, "")),
            name=name,
            inter=int(record["inter"]),
            sector=str(record["sector"]),
            country=record.get("country"),
            kind=cast(ActorKind, record.get("kind", "group")),
            aliases=(name, *aliases) if SLOT not in name else aliases,
            parent=record.get("parent"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"bad actor record {record!r}: {exc}") from exc
    if not 1 <= entry.inter <= 8:
        raise ResourceError(f"actor {name!r} has inter {entry.inter}, not 1-8")
    return entry


def generic_templates(records: Iterable[Mapping[str, Any]]) -> list[GenericTemplate]:
    """Generic actor templates (protesters, civilians, unidentified armed groups...)."""
    return [
        GenericTemplate(
            key=str(r["key"]),
            name=str(r["name"]),
            inter=int(r["inter"]),
            sector=str(r["sector"]),
            nouns=tuple(str(n) for n in r["nouns"]),
            country_slot=bool(r.get("country_slot", True)),
        )
        for r in records
    ]
