"""Places outside the SQLite gazetteer: continents, seas and named regions, the postal
abbreviations of US states and Canadian provinces ("Va.", "B.C."), the short forms
news writes for a few great cities ("L.A.", "NYC", "Phila.") and for Australian states and
English counties ("NSW", "Herts"), and the demonyms of US
states and Canadian provinces ("Ohioans", "Ontarian").

The tables are small project data files read once per process by cached pure loaders.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from types import MappingProxyType

from tacitus.gazetteer.countries import country_name
from tacitus.gazetteer.normalize import normalize_name
from tacitus.gazetteer.paths import data_file
from tacitus.gazetteer.place import Place


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data_file(name).read_text("utf-8"))))


def _region_place(row: Mapping[str, str]) -> Place:
    country = row["country"] or None
    return Place(
        name=row["name"],
        kind="admin1" if country else "country",
        country=country,
        country_name=country_name(country) if country else None,
        admin1=None,
        admin1_code=None,
        admin2=None,
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        geonameid=int(row["geonameid"]) if row["geonameid"] else None,
        feature_code=row["feature_code"],
        population=0,
    )


@functools.cache
def world_regions() -> Mapping[str, tuple[Place, bool]]:
    """Return ``key -> (place, is_demonym)`` for continents, seas and named regions."""
    table: dict[str, tuple[Place, bool]] = {}
    for row in _rows("world_regions.csv"):
        place = _region_place(row)
        for name in (row["name"], *row["aliases"].split("|")):
            if name:
                table.setdefault(normalize_name(name), (place, False))
        for word in row["demonyms"].split("|"):
            if word:
                table.setdefault(normalize_name(word), (place, True))
    return MappingProxyType(table)


@functools.cache
def abbreviations() -> Mapping[str, str]:
    """Return ``abbreviation -> ISO 3166-2 code`` (keys exactly as written, "Va.")."""
    return MappingProxyType(
        {row["abbreviation"]: row["iso_code"] for row in _rows("abbreviations.csv")}
    )


@functools.cache
def postal_codes() -> Mapping[str, str]:
    """Return ``two-letter postal code -> ISO 3166-2 code`` for US states and Canadian
    provinces ("KY" -> "US-KY", "BC" -> "CA-BC"), from the abbreviations table's codes."""
    codes: dict[str, str] = {}
    for iso in sorted(set(abbreviations().values()), reverse=True):
        codes.setdefault(iso.split("-")[1], iso)
    return MappingProxyType(codes)


@functools.cache
def city_short_forms() -> Mapping[str, tuple[str, str]]:
    """Return ``short form -> (city name, ISO-3 country)`` (keys exactly as written,
    "L.A."): names the gazetteer's alternate names lack."""
    return MappingProxyType(
        {row["short_form"]: (row["city"], row["country"]) for row in _rows("city_short_forms.csv")}
    )


@functools.cache
def region_short_forms() -> Mapping[str, tuple[tuple[str, str, str], ...]]:
    """Return ``short form -> ((place name, ISO-3 country, kind), ...)`` (keys exactly as
    written, "NSW", "Herts", "Hadhramaut"): the short names and news spellings news gives
    states, counties and a few countries, which the gazetteer's alternate names lack, most
    common reading first ("SA":
    South Africa, then South Australia). Written without a period and used bare ("police in
    NSW"), unlike the postal abbreviations, which follow a town ("Wainwright, Alta.")."""
    table: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for row in _rows("region_short_forms.csv"):
        entry = (row["name"], row["country"], row["kind"])
        table[row["short_form"]] = (*table.get(row["short_form"], ()), entry)
    return MappingProxyType(table)


@functools.cache
def region_demonyms() -> Mapping[str, tuple[str, str]]:
    """Return ``folded demonym -> (admin-1 region, ISO-3 country)``, singular and plural
    ("Ohioan", "Ohioans" -> Ohio; "English" -> England, not the United Kingdom)."""
    table: dict[str, tuple[str, str]] = {}
    for row in _rows("region_demonyms.csv"):
        for form in (row["demonym"], row["demonym"] + "s"):
            table[normalize_name(form)] = (row["region"], row["country"])
    return MappingProxyType(table)
