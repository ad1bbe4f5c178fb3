"""Conflict towns cities500 lacks (``conflict_towns.csv``) are in the gazetteer at their
own points, and are what war reporting means by their names."""

from __future__ import annotations

import csv
import io
import math

import pytest

from tacitus.gazetteer.paths import data_file
from tacitus.gazetteer.towns import CONFLICT_TOWNS
from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow

# A cities500 town this close bearing the same name would make the row a duplicate.
_DUPLICATE_KM = 15.0


def _rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data_file(CONFLICT_TOWNS).read_text("utf-8"))))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


def test_no_town_is_listed_twice() -> None:
    keys = [(row["country"], row["name"].casefold()) for row in _rows()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["name"])
def test_each_town_is_found_by_every_name_at_its_point(
    pipeline: Pipeline, row: dict[str, str]
) -> None:
    gazetteer = pipeline.resources.gazetteer
    for name in (row["name"], *(a for a in row["aliases"].split("|") if a)):
        found = [
            p
            for p in gazetteer.lookup(name, limit=20)
            if p.country == row["country"] and p.geonameid is None
        ]
        assert found, name
        assert _km(found[0].lat, found[0].lon, float(row["lat"]), float(row["lon"])) < 1.0


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["name"])
def test_no_town_repeats_a_geonames_town(pipeline: Pipeline, row: dict[str, str]) -> None:
    gazetteer = pipeline.resources.gazetteer
    lat, lon = float(row["lat"]), float(row["lon"])
    for name in (row["name"], *(a for a in row["aliases"].split("|") if a)):
        for place in gazetteer.lookup(name, limit=20):
            if place.geonameid is not None and place.kind == "city":
                assert _km(place.lat, place.lon, lat, lon) > _DUPLICATE_KM, (name, place)


def test_an_alternate_spelling_finds_the_town(pipeline: Pipeline) -> None:
    town = pipeline.resources.gazetteer.lookup("Kitchanga", limit=1)[0]
    assert (town.name, town.country, town.admin1) == ("Kitshanga", "COD", "Nord-Kivu")


def _place(geoparser: Geoparser, text: str, name: str) -> tuple[str | None, str]:
    mentions: list[PlaceMention] = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text.startswith(name))
    assert found.place is not None, name
    return found.place.country, found.place.name


@pytest.mark.parametrize(
    ("text", "name", "country", "town"),
    [
        ("Jihadists overran an army post in Boni, in central Mali.", "Boni", "MLI", "Boni"),
        (
            "Gunmen killed scores of villagers in Solhan, in northern Burkina Faso.",
            "Solhan",
            "BFA",
            "Solhan",
        ),
        (
            "Rebels pushed the army out of Kitshanga after two days of shelling.",
            "Kitshanga",
            "COD",
            "Kitshanga",
        ),
        (
            "Militias still bar Sunni families from returning to Jurf al-Sakhar, south of Baghdad.",
            "Jurf",
            "IRQ",
            "Jurf al-Nasr",
        ),
        (
            "A truck bomb went off at the gate of the camp in Sevare on Friday.",
            "Sevare",
            "MLI",
            "Sévaré",
        ),
        (
            "Insurgents overran Palma, near the gas project in Cabo Delgado, Mozambique.",
            "Palma",
            "MOZ",
            "Palma",
        ),
    ],
)
def test_war_reporting_means_the_conflict_town(
    geoparser: Geoparser, text: str, name: str, country: str, town: str
) -> None:
    assert _place(geoparser, text, name) == (country, town)
