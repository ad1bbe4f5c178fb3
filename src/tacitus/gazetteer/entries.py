"""Turn the sources into rows for the database: one place plus the names that find it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from tacitus.gazetteer.cities import City
from tacitus.gazetteer.countries import CountryInfo
from tacitus.gazetteer.normalize import normalize_name, strip_article
from tacitus.gazetteer.paths import data_file
from tacitus.gazetteer.place import Place
from tacitus.gazetteer.points import Point, admin1_points
from tacitus.gazetteer.regions import Region, RegionIndex

# Ranking tiers for exact lookups (lower first); population breaks ties inside a tier.
TIER_LANDMARK = 0
TIER_COUNTRY = 1
TIER_CAPITAL = 2
TIER_SEAT = 3
TIER_LARGE_CITY = 4
TIER_ADMIN1 = 5
TIER_ADMIN2 = 6
TIER_CITY = 7
LARGE_CITY_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A place to store, the names that find it (its own name first) and its ranking."""

    place: Place
    names: tuple[str, ...]
    tier: int
    sort_pop: int
    iso2: str | None = None


def city_tier(city: City) -> int:
    """Return the ranking tier of a city from its feature code and population."""
    if city.feature_code == "PPLC":
        return TIER_CAPITAL
    if city.feature_code == "PPLA":
        return TIER_SEAT
    return TIER_LARGE_CITY if city.population >= LARGE_CITY_POPULATION else TIER_CITY


def city_entries(
    cities: Iterable[City], countries: Mapping[str, CountryInfo]
) -> Iterator[PlaceEntry]:
    """Yield one entry per city."""
    for city in cities:
        place = Place(
            name=city.name,
            kind="city",
            country=city.country,
            country_name=countries[city.country].name,
            admin1=city.admin1.name if city.admin1 else None,
            admin1_code=city.admin1.iso_code if city.admin1 else None,
            admin2=city.admin2.name if city.admin2 else None,
            lat=city.lat,
            lon=city.lon,
            geonameid=city.geonameid,
            feature_code=city.feature_code,
            population=city.population,
        )
        yield PlaceEntry(place, city.names, city_tier(city), city.population)


def region_entries(
    regions: RegionIndex, countries: Mapping[str, CountryInfo]
) -> Iterator[PlaceEntry]:
    """Yield admin-1 and admin-2 regions that have a point: GeoNames' own for the admin-1
    regions of ``admin1_points.csv``, else the centroid of their cities (if any)."""
    known = admin1_points()
    for region in regions.by_id.values():
        centroid = _region_point(region, known)
        if centroid is None:
            continue
        parent = region if region.level == 1 else regions.parent(region)
        place = Place(
            name=region.name,
            kind="admin1" if region.level == 1 else "admin2",
            country=region.country,
            country_name=countries[region.country].name,
            admin1=parent.name if parent else None,
            admin1_code=parent.iso_code if parent else None,
            admin2=region.name if region.level == 2 else None,
            lat=centroid[0],
            lon=centroid[1],
            geonameid=region.geonameid,
            feature_code="ADM1" if region.level == 1 else "ADM2",
            population=region.population,
        )
        tier = TIER_ADMIN1 if region.level == 1 else TIER_ADMIN2
        yield PlaceEntry(place, region.names, tier, region.population)


def _region_point(region: Region, known: Mapping[int, Point]) -> tuple[float, float] | None:
    point = known.get(region.geonameid) if region.level == 1 and region.geonameid else None
    return (point.lat, point.lon) if point is not None else region.centroid


def country_entries(
    countries: Mapping[str, CountryInfo], capitals: Mapping[str, City]
) -> Iterator[PlaceEntry]:
    """Yield one entry per country at its point (else its capital, else skipped)."""
    for iso3, info in countries.items():
        capital = capitals.get(iso3)
        if info.lat is not None and info.lon is not None:
            lat, lon = info.lat, info.lon
        elif capital is not None:
            lat, lon = capital.lat, capital.lon
        else:
            continue
        place = Place(
            name=info.name,
            kind="country",
            country=iso3,
            country_name=info.name,
            admin1=None,
            admin1_code=None,
            admin2=None,
            lat=lat,
            lon=lon,
            geonameid=info.geonameid,
            feature_code="PCLI" if info.independent else "PCLD",
            population=info.population,
        )
        names = (info.name, *info.aliases)
        yield PlaceEntry(place, names, TIER_COUNTRY, info.population, iso2=info.iso2)


def landmark_entries(
    cities: Sequence[City], countries: Mapping[str, CountryInfo]
) -> Iterator[PlaceEntry]:
    """Yield the project's landmarks, each placed in the admin-1 region of its city."""
    rows = list(csv.DictReader(io.StringIO(data_file("landmarks.csv").read_text("utf-8"))))
    wanted = {(row["country"], _city_key(row["city"])) for row in rows}
    found = _resolve_cities(cities, wanted)
    for row in rows:
        city = found.get((row["country"], _city_key(row["city"])))
        place = Place(
            name=row["name"],
            kind="landmark",
            country=row["country"],
            country_name=countries[row["country"]].name,
            admin1=city.admin1.name if city and city.admin1 else None,
            admin1_code=city.admin1.iso_code if city and city.admin1 else None,
            admin2=city.admin2.name if city and city.admin2 else None,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            geonameid=None,
            feature_code="LMK",
            population=0,
            city=row["city"],
        )
        names = (row["name"], *(a for a in row["aliases"].split("|") if a))
        yield PlaceEntry(place, names, TIER_LANDMARK, city.population if city else 0)


def _resolve_cities(
    cities: Sequence[City], wanted: set[tuple[str, str]]
) -> dict[tuple[str, str], City]:
    """Find each wanted ``(country, key)`` city by its own name, else by its aliases."""
    found = _match_cities(cities, wanted, aliases=False)
    missing = wanted - found.keys()
    if missing:
        found.update(_match_cities(cities, missing, aliases=True))
    return found


def _match_cities(
    cities: Sequence[City], wanted: set[tuple[str, str]], *, aliases: bool
) -> dict[tuple[str, str], City]:
    countries = {country for country, _ in wanted}
    found: dict[tuple[str, str], City] = {}
    for city in cities:
        if city.country not in countries:
            continue
        for name in city.names[1:] if aliases else city.names[:1]:
            key = (city.country, _city_key(name))
            if key in wanted and (key not in found or city.population > found[key].population):
                found[key] = city
    return found


def _city_key(name: str) -> str:
    return strip_article(normalize_name(name))


def capitals_by_country(cities: Iterable[City]) -> dict[str, City]:
    """Return the ``PPLC`` city of each country."""
    return {city.country: city for city in cities if city.feature_code == "PPLC"}
