"""The place record the gazetteer returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from tacitus.errors import ResourceError

PlaceKind = Literal["landmark", "city", "admin2", "admin1", "country"]
PLACE_KINDS: tuple[PlaceKind, ...] = ("landmark", "city", "admin2", "admin1", "country")

# Column order of the ``places`` table that :meth:`Place.from_row` reads.
PLACE_COLUMNS: tuple[str, ...] = (
    "name",
    "kind",
    "country",
    "country_name",
    "admin1",
    "admin1_code",
    "admin2",
    "lat",
    "lon",
    "geonameid",
    "feature_code",
    "population",
    "city",
)

PlaceRow = tuple[
    str,
    str,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    float,
    float,
    int | None,
    str | None,
    int,
    str | None,
]


@dataclass(frozen=True, slots=True)
class Place:
    """One named place: a landmark, city, admin-2 or admin-1 region, or country.

    ``country`` is ISO-3; ``admin1`` and ``admin2`` are names as ACLED writes them
    (ASCII-folded); ``admin1_code`` is ISO 3166-2. ``feature_code`` follows GeoNames
    (``PPLC``, ``PPLA``, ``PPL``, ``ADM1``, ``ADM2``, ``PCLI``, ``PCLD``) or is ``"LMK"`` for
    project-listed landmarks, whose ``city`` names the city they are in.
    """

    name: str
    kind: PlaceKind
    country: str | None
    country_name: str | None
    admin1: str | None
    admin1_code: str | None
    admin2: str | None
    lat: float
    lon: float
    geonameid: int | None
    feature_code: str | None
    population: int
    city: str | None = None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Place:
        """Build a place from a ``places`` row selected in :data:`PLACE_COLUMNS` order."""
        name, kind, country, cname, adm1, adm1_code, adm2, lat, lon, gid, fcode, pop, city = row
        if kind not in PLACE_KINDS:
            raise ResourceError(f"the gazetteer holds an unknown place kind {kind!r}: rebuild it")
        return cls(
            name=name,
            kind=cast(PlaceKind, kind),
            country=country,
            country_name=cname,
            admin1=adm1,
            admin1_code=adm1_code,
            admin2=adm2,
            lat=float(lat),
            lon=float(lon),
            geonameid=None if gid is None else int(gid),
            feature_code=fcode,
            population=int(pop or 0),
            city=city,
        )

    def as_row(self) -> PlaceRow:
        """Return the place's values in :data:`PLACE_COLUMNS` order."""
        return (
            self.name,
            self.kind,
            self.country,
            self.country_name,
            self.admin1,
            self.admin1_code,
            self.admin2,
            self.lat,
            self.lon,
            self.geonameid,
            self.feature_code,
            self.population,
            self.city,
        )
