"""Scoring of the geoparsing evaluation, on gold articles written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.evaluation.geoparse import GoldArticle, GoldToponym, load_gold, match, score
from tacitus.evaluation.geoparse_precision import judge
from tacitus.gazetteer import Place
from tacitus.geoparse import haversine_km
from tacitus.geoparse.reverse import CountryLocator
from tacitus.pipeline.doc import PlaceMention

TEXT = "Rain fell on Mosul and on Basra."
LOCATOR = CountryLocator([(36.34, 43.13, "IRQ"), (30.51, 47.78, "IRQ"), (33.89, 35.50, "LBN")])


def _place(name: str, lat: float, lon: float) -> Place:
    return Place(
        name=name,
        kind="city",
        country="IRQ",
        country_name="Iraq",
        admin1=None,
        admin1_code=None,
        admin2=None,
        lat=lat,
        lon=lon,
        geonameid=None,
        feature_code="PPL",
        population=1,
    )


def _gold() -> GoldArticle:
    return GoldArticle(
        id="a",
        text=TEXT,
        toponyms=(
            GoldToponym(13, 18, "Mosul", 36.34, 43.13, None, "Literal"),
            GoldToponym(26, 31, "Basra", 30.51, 47.78, None, "Literal"),
        ),
    )


def test_strict_scoring_counts_a_missed_toponym() -> None:
    found = [
        PlaceMention(
            text="Mosul", start=13, end=18, sent=0, head=3, place=_place("Mosul", 36.3, 43.1)
        )
    ]
    card = score("toy", list(match(_gold(), found, LOCATOR)))
    assert card.value("accuracy@161km") == 0.5
    assert card.value("toponym recall") == 0.5
    assert card.value("correct country") == 0.5
    assert card.details[0]["gold"] == "Basra"


def test_far_resolution_is_wrong_but_found() -> None:
    found = [
        PlaceMention(
            text="Mosul", start=13, end=18, sent=0, head=3, place=_place("Beirut", 33.89, 35.5)
        ),
        PlaceMention(
            text="Basra", start=26, end=31, sent=0, head=7, place=_place("Basra", 30.5, 47.8)
        ),
    ]
    card = score("toy", list(match(_gold(), found, LOCATOR)))
    assert card.value("accuracy@161km") == 0.5
    assert card.value("toponym recall") == 1.0


def test_distance_and_country_locator() -> None:
    assert 340 < haversine_km(33.34, 44.40, 36.34, 43.13) < 360
    assert LOCATOR.country_at(33.8, 35.6) == "LBN"
    assert LOCATOR.country_at(-40.0, 170.0) is None


def test_gold_reader_realigns_offsets_and_drops_uncoded(tmp_path: Path) -> None:
    xml = tmp_path / "toy.xml"
    xml.write_text(
        "<articles><article docid='7'><text>" + TEXT + "</text><toponyms>"
        "<toponym><start>12</start><end>17</end><phrase>Mosul</phrase>"
        "<gaztag geonameid='99072'><lat>36.34</lat><lon>43.13</lon></gaztag></toponym>"
        "<toponym><start>26</start><end>31</end><phrase>Basra</phrase></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )
    (article,) = load_gold(xml)
    assert article.id == "7" and len(article.toponyms) == 1
    assert article.toponyms[0].start == 13 and article.toponyms[0].geonameid == 99072
    with pytest.raises(InputError):
        load_gold(tmp_path / "missing.xml")


def test_precision_counts_resolved_toponyms_at_gold_places() -> None:
    text = "Rain fell on Mosul, Basra and on Mr. Basra's farm."
    gold = GoldArticle(
        id="p",
        text=text,
        toponyms=(GoldToponym(13, 18, "Mosul", 36.34, 43.13, None, "Literal"),),
        places=((13, 18), (20, 25)),
    )
    found = [
        PlaceMention(text="Mosul", start=13, end=18, sent=0, head=3, place=_place("M", 36, 43)),
        PlaceMention(text="Basra", start=20, end=25, sent=0, head=5, place=_place("B", 30, 47)),
        PlaceMention(text="Basra", start=37, end=42, sent=0, head=10, place=_place("B", 30, 47)),
        PlaceMention(text="Farm", start=45, end=49, sent=0, head=12),
    ]
    resolved = list(judge(found, gold.places))
    card = score("toy", list(match(gold, found, LOCATOR)), resolved)
    assert card.value("precision") == round(2 / 3, 4)
    assert card.details[-1]["false place"] == "Basra" and card.details[-1]["start"] == 37


def test_gold_reader_keeps_place_spans_without_coordinates(tmp_path: Path) -> None:
    xml = tmp_path / "web.xml"
    xml.write_text(
        "<articles><article file='1'><text>" + TEXT + "</text><toponyms>"
        "<toponym><extractedName>Mosul</extractedName><type>Literal</type>"
        "<start>13</start><end>18</end><latitude>36.34</latitude><longitude>43.13</longitude>"
        "</toponym><toponym><extractedName>Basra</extractedName><type>Homonym</type>"
        "<start>26</start><end>31</end></toponym>"
        "<toponym><extractedName>Rain</extractedName><type>Literal_Expression</type>"
        "<start>0</start><end>4</end></toponym></toponyms></article></articles>",
        encoding="utf-8",
    )
    (article,) = load_gold(xml)
    assert article.places == ((13, 18), (0, 4))
