"""News spellings of GeoNames towns (``town_aliases.csv``) find the town they name, and
war reporting that uses them places its events there."""

from __future__ import annotations

import csv
import io

import pytest

from tacitus.errors import ResourceError
from tacitus.gazetteer.cities import City
from tacitus.gazetteer.paths import data_file
from tacitus.gazetteer.towns import TOWN_ALIASES, add_town_aliases
from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention


def _rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data_file(TOWN_ALIASES).read_text("utf-8"))))


def _city(geonameid: int, name: str, country: str) -> City:
    return City(
        geonameid=geonameid,
        name=name,
        names=(name, "Old Name"),
        country=country,
        lat=0.0,
        lon=0.0,
        population=1000,
        admin1=None,
        admin2=None,
    )


def _towns() -> list[City]:
    return [_city(int(r["geonameid"]), r["name"], r["country"]) for r in _rows()]


def test_aliases_follow_the_own_and_alternate_names() -> None:
    towns = _towns()
    add_town_aliases(towns)
    row = _rows()[0]
    assert towns[0].names == (row["name"], "Old Name", *row["aliases"].split("|"))


def test_a_row_whose_town_changed_fails_the_build() -> None:
    towns = _towns()
    towns[0].name = "Somewhere Else"
    with pytest.raises(ResourceError, match="geonameid"):
        add_town_aliases(towns)


def test_a_row_whose_town_is_gone_fails_the_build() -> None:
    towns = _towns()[1:]
    with pytest.raises(ResourceError, match="no cities500 town"):
        add_town_aliases(towns)


@pytest.mark.slow
@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["aliases"].split("|")[0])
def test_each_spelling_finds_its_town(pipeline: Pipeline, row: dict[str, str]) -> None:
    gazetteer = pipeline.resources.gazetteer
    for alias in row["aliases"].split("|"):
        towns = gazetteer.lookup(alias, country=row["country"], kinds=("city",), limit=5)
        assert int(row["geonameid"]) in [t.geonameid for t in towns], alias


@pytest.fixture(scope="module")
def geoparser(pipeline: Pipeline) -> Geoparser:
    return Geoparser(resources=pipeline.resources)


def _place(geoparser: Geoparser, text: str, name: str) -> tuple[str | None, str]:
    mentions: list[PlaceMention] = geoparser.resolve_doc(geoparser.resources.nlp(text))
    found = next(m for m in mentions if m.text.startswith(name))
    assert found.place is not None, name
    return found.place.country, found.place.name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "country", "town"),
    [
        (
            "Turkish drones struck a power station in Ras al-Ain overnight, officials said.",
            "Ras al-Ain",
            "SYR",
            "Ra’s al ‘Ayn",
        ),
        (
            "Shelling emptied the market in Maarat al-Numan, south of Idlib.",
            "Maarat al-Numan",
            "SYR",
            "Ma‘arrat an Nu‘mān",
        ),
        (
            "Thousands of families sheltered in tents in Deir al-Balah after the evacuation order.",
            "Deir al-Balah",
            "PSE",
            "Dayr al Balaḩ",
        ),
        (
            "Rebels seized Kyaukphyu, the deep-sea port on Myanmar's Rakhine coast.",
            "Kyaukphyu",
            "MMR",
            "Kyaukpyu",
        ),
        (
            "Gunmen attacked an army checkpoint near Hawija, west of Kirkuk.",
            "Hawija",
            "IRQ",
            "Al Ḩawījah",
        ),
        (
            "An explosion ripped through a market in the town of Bossaso on Sunday.",
            "Bossaso",
            "SOM",
            "Bosaso",
        ),
        (
            "Paramilitary fighters looted the market in Kabkabiya, in North Darfur.",
            "Kabkabiya",
            "SDN",
            "Kabkābīyah",
        ),
    ],
)
def test_war_reporting_means_the_town(
    geoparser: Geoparser, text: str, name: str, country: str, town: str
) -> None:
    assert _place(geoparser, text, name) == (country, town)
