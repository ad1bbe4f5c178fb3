"""How UCDP GED's coded fields derive from the event record.

- ``type_of_violence``: 3 one-sided (organised actor against civilians), 1 state-based (a
  state's forces on one side), 2 non-state (organised groups on both sides).
- sides: side A is the government in state-based violence ("Government of Iraq") and the
  perpetrator in one-sided violence, whose side B is "Civilians".
- deaths: ``best`` equals deaths_a + deaths_b + deaths_civilians + deaths_unknown, and
  ``low`` <= ``best`` <= ``high``.
- ``priogrid_gid``: the PRIO-GRID 0.5-degree cell, numbered row by row from (-90, -180).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from tacitus.export.countries import CountryInfo, lookup_country
from tacitus.export.roles import second_actor
from tacitus.records.event import ActorRef, Event

ViolenceType = Literal[1, 2, 3]

_STATE_SECTORS: Final = frozenset({"MIL", "COP", "GOV"})
_STATE_NAMES: Final = ("Military Forces of ", "Police Forces of ", "Government of ")
_CIVILIAN_INTER: Final = 7
_UNKNOWN_SIDE: Final = "Unidentified armed group"
# ACLED region -> UCDP region; the countries UCDP places differently are listed below.
_REGIONS: Final = MappingProxyType(
    {
        "Middle East": "Middle East",
        "Europe": "Europe",
        "Caucasus and Central Asia": "Asia",
        "South Asia": "Asia",
        "Southeast Asia": "Asia",
        "East Asia": "Asia",
        "Oceania": "Asia",
        "North America": "Americas",
        "Central America": "Americas",
        "South America": "Americas",
        "Caribbean": "Americas",
    }
)
_COUNTRY_REGIONS: Final = MappingProxyType(
    {
        "EGY": "Middle East",
        "TUR": "Europe",
        "CYP": "Europe",
        "GEO": "Europe",
        "ARM": "Europe",
        "AZE": "Europe",
    }
)


@dataclass(frozen=True, slots=True)
class UcdpDeaths:
    """An event's deaths as GED columns: by side, and the low/best/high estimates."""

    side_a: int
    side_b: int
    civilians: int
    unknown: int
    low: int
    best: int
    high: int


def ucdp_deaths(event: Event) -> UcdpDeaths:
    """The event's deaths, made consistent: sides sum to ``best``, low <= best <= high."""
    estimate = event.ucdp
    fatalities = event.counts.get("fatalities")
    if estimate is not None:
        low, best, high = estimate.low, estimate.best, estimate.high
        sides = (estimate.deaths_a, estimate.deaths_b, estimate.deaths_civilians)
        unknown = estimate.deaths_unknown or 0
    elif fatalities is not None and not fatalities.cumulative:
        low, best, high = fatalities.low, fatalities.best, fatalities.high
        sides, unknown = (None, None, None), 0
    else:
        return UcdpDeaths(0, 0, 0, 0, 0, 0, 0)
    side_a, side_b, civilians = (value or 0 for value in sides)
    known = side_a + side_b + civilians + unknown
    best_value = max(best or low or 0, known)
    unknown += best_value - known
    low_value = min(low if low is not None else best_value, best_value)
    high_value = max(high if high is not None else best_value, best_value)
    return UcdpDeaths(side_a, side_b, civilians, unknown, low_value, best_value, high_value)


def is_state_actor(actor: ActorRef | None) -> bool:
    """Whether ``actor`` is a state's forces (ACLED inter 1, or 8 acting abroad)."""
    if actor is None:
        return False
    if actor.inter == 1:
        return True
    return actor.inter == 8 and (
        actor.sector in _STATE_SECTORS or actor.name.startswith(_STATE_NAMES)
    )


def type_of_violence(event: Event) -> ViolenceType:
    """UCDP's type of violence, from the ACLED coding and the actors' inter codes."""
    acled = event.acled
    target = second_actor(event)
    one_sided = acled is not None and (
        acled.event_type == "Violence against civilians" or acled.civilian_targeting
    )
    if one_sided or (target is not None and target.inter == _CIVILIAN_INTER):
        return 3
    if is_state_actor(event.actor("actor1")) or is_state_actor(target):
        return 1
    return 2


def sides(event: Event, violence: ViolenceType, country: CountryInfo) -> tuple[str, str]:
    """Side A and side B as UCDP names them."""
    actor1 = event.actor("actor1")
    other = second_actor(event)
    if violence == 3:
        return _side_name(actor1, country), "Civilians"
    if violence == 1 and not is_state_actor(actor1) and is_state_actor(other):
        actor1, other = other, actor1
    return _side_name(actor1, country), _side_name(other, country)


def _side_name(actor: ActorRef | None, country: CountryInfo) -> str:
    if actor is None:
        return _UNKNOWN_SIDE
    if is_state_actor(actor):
        state = lookup_country(actor.country or "") or country
        return f"Government of {state.name}"
    return actor.name


def ucdp_region(country: CountryInfo) -> str:
    """UCDP's region (Africa, Americas, Asia, Europe, Middle East) of a country."""
    if country.iso3 in _COUNTRY_REGIONS:
        return _COUNTRY_REGIONS[country.iso3]
    if "Africa" in country.region:
        return "Africa"
    return _REGIONS.get(country.region, "")


def priogrid_gid(*, lat: float, lon: float) -> int:
    """The PRIO-GRID cell id (1 to 259,200) of a point."""
    row = min(math.floor((lat + 90.0) / 0.5), 359)
    col = min(math.floor((lon + 180.0) / 0.5), 719)
    return row * 720 + col + 1
