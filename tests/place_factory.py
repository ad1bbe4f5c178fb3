"""Shared by the place tests: a US gazetteer place built in memory."""

from __future__ import annotations

from tacitus.gazetteer.place import Place, PlaceKind

_CODES: dict[str, str] = {"admin1": "ADM1", "admin2": "ADM2"}


def us_place(
    name: str,
    admin1: str | None,
    *,
    kind: PlaceKind = "city",
    admin2: str | None = None,
    pop: int = 5_000,
    lat: float = 40.0,
    lon: float = -90.0,
) -> Place:
    """A place in the United States; towns are ``PPL``, regions ``ADM1``/``ADM2``."""
    return Place(
        name=name,
        kind=kind,
        country="USA",
        country_name="United States",
        admin1=admin1,
        admin1_code=None,
        admin2=admin2,
        lat=lat,
        lon=lon,
        geonameid=None,
        feature_code=_CODES.get(kind, "PPL"),
        population=pop,
    )
