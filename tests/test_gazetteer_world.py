"""Continents, seas, named regions, postal abbreviations and the landmark list."""

from __future__ import annotations

import csv
from importlib import resources

from tacitus.gazetteer.world import (
    abbreviations,
    city_short_forms,
    region_demonyms,
    world_regions,
)


def test_landmarks_reach_150_with_unique_names_per_city() -> None:
    text = resources.files("tacitus").joinpath("data", "gazetteer", "landmarks.csv")
    rows = list(csv.DictReader(text.read_text("utf-8").splitlines()))
    assert len(rows) >= 150
    assert len({(r["name"], r["city"]) for r in rows}) == len(rows)


def test_world_regions_by_name_alias_and_demonym() -> None:
    table = world_regions()
    africa, is_demonym = table["african"]
    assert africa.name == "Africa" and is_demonym and africa.feature_code == "CONT"
    assert table["mideast"][0].name == "Middle East"
    darfur = table["darfur"][0]
    assert darfur.country == "SDN" and darfur.kind == "admin1"


def test_postal_abbreviations() -> None:
    table = abbreviations()
    assert table["Va."] == "US-VA" and table["B.C."] == "CA-BC"


def test_region_demonyms_singular_and_plural() -> None:
    table = region_demonyms()
    assert table["ohioans"] == ("Ohio", "USA") and table["ohioan"] == ("Ohio", "USA")
    assert table["ontarians"] == ("Ontario", "CAN")


def test_city_short_forms() -> None:
    assert city_short_forms()["L.A."] == ("Los Angeles", "USA")
