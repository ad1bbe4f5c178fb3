"""GeoNames' own points for countries and admin-1 regions (project data tables).

A gazetteer that answers "Russia" with the centroid of Russia's cities is hundreds of km
from the point GeoNames gives the country feature, which is the point every other
geoparser and gold set uses. ``data/gazetteer/country_points.csv`` holds, for each
country, the GeoNames point (``source = geonames``) or, where it is not known reliably,
the geographic centroid (``source = centroid``). ``data/gazetteer/admin1_points.csv``
holds the GeoNames points of admin-1 features by geonameid; other regions keep the
population-weighted centroid of their cities.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from tacitus.gazetteer.paths import data_file

COUNTRY_POINTS = "country_points.csv"
ADMIN1_POINTS = "admin1_points.csv"


@dataclass(frozen=True, slots=True)
class Point:
    """A place's point and where it comes from (``geonames`` or ``centroid``)."""

    lat: float
    lon: float
    source: str


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data_file(name).read_text("utf-8"))))


@functools.cache
def country_points() -> Mapping[str, Point]:
    """Return ``ISO-3 -> point`` for every country the table knows."""
    return MappingProxyType(
        {
            row["iso3"]: Point(float(row["lat"]), float(row["lon"]), row["source"])
            for row in _rows(COUNTRY_POINTS)
        }
    )


@functools.cache
def admin1_points() -> Mapping[int, Point]:
    """Return ``geonameid -> GeoNames point`` for the admin-1 regions the table knows."""
    return MappingProxyType(
        {
            int(row["geonameid"]): Point(float(row["lat"]), float(row["lon"]), "geonames")
            for row in _rows(ADMIN1_POINTS)
        }
    )
