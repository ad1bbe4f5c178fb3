"""UCDP GED CSV: the 49 columns of the UCDP Georeferenced Event Dataset, one row per event.

UCDP records organised armed violence with at least one direct death at a known place and
date. Events that do not meet that floor are skipped and counted by reason. UCDP's own
conflict, dyad and actor ids (and Gleditsch-Ward numbers) come from UCDP's registers, which
an automatic coder cannot assign: those columns are left empty rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Final, TextIO

from tacitus.errors import ExportError
from tacitus.export.context import ExportContext
from tacitus.export.countries import CountryInfo, lookup_country
from tacitus.export.report import ExportReport
from tacitus.export.tables import write_table
from tacitus.export.ucdp_fields import (
    UcdpDeaths,
    priogrid_gid,
    sides,
    type_of_violence,
    ucdp_deaths,
    ucdp_region,
)
from tacitus.records.event import Event, Location

UCDP_GED_COLUMNS: Final[tuple[str, ...]] = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)
_VIOLENT_TYPES: Final = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians"}
)
_ID_MODULUS: Final = 1_000_000_000

UcdpRow = dict[str, str | int | float]


def write_ucdp_ged_csv(
    events: Iterable[Event], out: TextIO, context: ExportContext
) -> ExportReport:
    """Write events that meet UCDP's floor as GED rows; count the rest as skipped."""
    return write_table(
        events, out, format="ucdp-ged-csv", columns=UCDP_GED_COLUMNS,
        skip_reason=ucdp_skip_reason, row=lambda event: ucdp_row(event, context),
    )  # fmt: skip


def ucdp_skip_reason(event: Event) -> str | None:
    """Why UCDP GED would not hold ``event`` (None when it would)."""
    if event.status != "new":
        return f"status_{event.status}"
    if event.acled is None or event.acled.event_type not in _VIOLENT_TYPES:
        return "not_organised_violence"
    if ucdp_deaths(event).best < 1:
        return "no_deaths"
    location = event.location
    if location is None or location.lat is None or location.lon is None:
        return "no_coordinates"
    if lookup_country(location.country or "") is None:
        return "no_country"
    return None


def ucdp_row(event: Event, context: ExportContext) -> UcdpRow:
    """The GED row of an event that :func:`ucdp_skip_reason` accepted."""
    location = event.location
    country = lookup_country(location.country or "") if location is not None else None
    if location is None or country is None:
        raise ExportError(f"event {event.event_id}: UCDP field 'country' needs a located event")
    violence = type_of_violence(event)
    side_a, side_b = sides(event, violence, country)
    year = int(event.date.start[:4])
    return {
        "id": _numeric_id(event.event_id),
        "relid": f"{country.iso3}-{year}-{violence}-{event.event_id.removeprefix('ev_')[:8]}",
        "year": year,
        "type_of_violence": violence,
        "dyad_name": f"{side_a} - {side_b}",
        "side_a": side_a,
        "side_b": side_b,
        **_source_columns(event, context),
        **_place_columns(location, country),
        "event_clarity": 1,
        "date_prec": event.date.ucdp_date_prec,
        "date_start": event.date.start,
        "date_end": event.date.end,
        **_death_columns(ucdp_deaths(event)),
    }


def _numeric_id(event_id: str) -> int:
    digest = hashlib.sha256(event_id.encode("utf-8")).hexdigest()
    return int(digest[:12], 16) % _ID_MODULUS


def _source_columns(event: Event, context: ExportContext) -> UcdpRow:
    articles = context.articles_of(event)
    outlets = context.sources(event)
    dates = [a.published.isoformat() for a in articles if a.published is not None]
    titles = [a.title for a in articles if a.title]
    claimants = list(dict.fromkeys(claim.claimed_by for claim in event.claims))
    cited = [
        " ".join(
            part for part in (a.source, _date(a.published), a.title and f'"{a.title}"') if part
        )
        for a in articles
    ]
    return {
        "number_of_sources": len(event.article_ids),
        "source_article": "; ".join(c for c in cited if c),
        "source_office": "; ".join(outlets),
        "source_date": "; ".join(dates),
        "source_headline": "; ".join(titles),
        "source_original": "; ".join(claimants),
    }


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def _place_columns(location: Location, country: CountryInfo) -> UcdpRow:
    lat, lon = location.lat, location.lon
    if lat is None or lon is None:
        raise ExportError(f"UCDP field 'latitude' missing for {location.name!r}")
    return {
        "where_prec": location.precision.ucdp,
        "where_coordinates": location.name,
        "where_description": location.text or location.name,
        "adm_1": location.admin1 or "",
        "adm_2": location.admin2 or "",
        "latitude": round(lat, 4),
        "longitude": round(lon, 4),
        "geom_wkt": f"POINT ({round(lon, 4)} {round(lat, 4)})",
        "priogrid_gid": priogrid_gid(lat=lat, lon=lon),
        "country": country.name,
        "region": ucdp_region(country),
    }


def _death_columns(deaths: UcdpDeaths) -> UcdpRow:
    return {
        "deaths_a": deaths.side_a,
        "deaths_b": deaths.side_b,
        "deaths_civilians": deaths.civilians,
        "deaths_unknown": deaths.unknown,
        "best": deaths.best,
        "high": deaths.high,
        "low": deaths.low,
    }
