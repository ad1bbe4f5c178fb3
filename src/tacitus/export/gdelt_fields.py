"""How GDELT 2.0 event columns derive from the event record.

GDELT codes actors as a CAMEO country code plus role codes ("IRQMIL"), dates as integers,
the event's CAMEO code at three levels with its quad class, and places with a geographic
type (1 country, 2 US state, 3 US city, 4 world city, 5 world state) and FIPS 10-4 country
codes. What only GDELT's own machinery produces (tone, Goldstein scores, GNS feature ids,
FIPS codes below country level outside the US) is left empty; FeatureID holds the GeoNames
id instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from tacitus.export.countries import lookup_country
from tacitus.records.event import ActorRef, Location

GdeltRow = dict[str, str | int | float]

# CAMEO actor type codes (role and sector) that the actor knowledge base's sectors can hold.
CAMEO_TYPES: Final = frozenset(
    [
        "COP",
        "GOV",
        "INS",
        "JUD",
        "MIL",
        "OPP",
        "PTY",
        "REB",
        "SEP",
        "SPY",
        "UAF",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "DEV",
        "EDU",
        "ELI",
        "ENV",
        "HLH",
        "HRI",
        "LAB",
        "LEG",
        "MED",
        "REF",
        "MOD",
        "RAD",
        "REL",
        "IGO",
        "NGO",
    ]
)
ACTOR_FIELDS: Final = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GEO_FIELDS: Final = (
    "Type",
    "Fullname",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)


def actor_columns(prefix: str, actor: ActorRef | None) -> GdeltRow:
    """The ten columns of Actor1 or Actor2 (``prefix``); empty when there is no actor."""
    columns: GdeltRow = {f"{prefix}{name}": "" for name in ACTOR_FIELDS}
    if actor is None:
        return columns
    country = lookup_country(actor.country or "")
    country_code = country.iso3 if country is not None else ""
    role = actor.sector if actor.sector in CAMEO_TYPES else ""
    columns[f"{prefix}Code"] = f"{country_code}{role}"
    columns[f"{prefix}Name"] = actor.name.upper()
    columns[f"{prefix}CountryCode"] = country_code
    columns[f"{prefix}Type1Code"] = role
    return columns


def empty_geo(prefix: str) -> GdeltRow:
    """The eight geography columns of ``prefix``, empty."""
    return {f"{prefix}{name}": "" for name in GEO_FIELDS}


def geo_columns(prefix: str, location: Location | None) -> GdeltRow:
    """The eight geography columns of a place (empty without coordinates)."""
    if location is None or location.lat is None or location.lon is None:
        return empty_geo(prefix)
    country = lookup_country(location.country or "")
    fips = country.fips if country is not None else ""
    in_us = country is not None and country.iso3 == "USA"
    parts = (location.name, location.admin1, country.name if country else None)
    return {
        f"{prefix}Type": geo_type(location, in_us=in_us),
        f"{prefix}Fullname": ", ".join(dict.fromkeys(p for p in parts if p)),
        f"{prefix}CountryCode": fips,
        f"{prefix}ADM1Code": _adm1_code(location, fips=fips, in_us=in_us),
        f"{prefix}ADM2Code": "",
        f"{prefix}Lat": round(location.lat, 4),
        f"{prefix}Long": round(location.lon, 4),
        f"{prefix}FeatureID": location.geonameid if location.geonameid is not None else "",
    }


def geo_type(location: Location, *, in_us: bool) -> int:
    """GDELT's geographic type from the place's PLOVER resolution (1 country ... 5 sub-city)."""
    resolution = location.precision.plover
    if resolution == 1:
        return 1
    if resolution == 2:
        return 2 if in_us else 5
    return 3 if in_us else 4


def _adm1_code(location: Location, *, fips: str, in_us: bool) -> str:
    """FIPS country code, plus the state's postal code in the US ("USTX")."""
    code = location.admin1_code or ""
    if in_us and code.upper().startswith("US-"):
        return f"US{code[3:].upper()}"
    return fips


def quad_class(cameo: str) -> int:
    """GDELT's quad class of a CAMEO code: 1 verbal and 2 material cooperation, 3 verbal and
    4 material conflict (roots 01-05, 06-09, 10-14, 15-20)."""
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    return 3 if root <= 14 else 4


def date_columns(day: dt.date) -> GdeltRow:
    """SQLDATE, MonthYear, Year and FractionDate (GDELT's (month * 30 + day) / 365)."""
    return {
        "SQLDATE": int(day.strftime("%Y%m%d")),
        "MonthYear": int(day.strftime("%Y%m")),
        "Year": day.year,
        "FractionDate": round(day.year + (day.month * 30 + day.day) / 365, 4),
    }
