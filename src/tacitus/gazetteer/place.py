"""The place record the gazetteer returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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
    def from_row(cls, row: tuple[object, ...]) -> Place:
        """Build a place from a ``places`` row selected in :data:`PLACE_COLUMNS` order."""
        name, kind, country, cname, adm1, adm1_code, adm2, lat, lon, gid, fcode, pop, city = row
        if kind not in PLACE_KINDS:
            raise ValueError(f"unknown place kind {kind!r}")
        return cls(
            name=str(name),
            kind=kind,  # type: ignore[arg-type]
            country=_opt_str(country),
            country_name=_opt_str(cname),
            admin1=_opt_str(adm1),
            admin1_code=_opt_str(adm1_code),
            admin2=_opt_str(adm2),
            lat=float(lat),  # type: ignore[arg-type]
            lon=float(lon),  # type: ignore[arg-type]
            geonameid=None if gid is None else int(gid),  # type: ignore[call-overload]
            feature_code=_opt_str(fcode),
            population=int(pop or 0),  # type: ignore[call-overload]
            city=_opt_str(city),
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


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
