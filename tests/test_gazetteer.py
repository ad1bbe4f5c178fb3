"""Gazetteer lookups against a full build (built once per test session, ~20 s)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from tacitus.errors import TacitusError
from tacitus.gazetteer import (
    Gazetteer,
    country_name,
    iso2_from_iso3,
    iso3_from_iso2,
    normalize_name,
)
from tacitus.gazetteer import gazetteer as gazetteer_module


def _shared_build(factory: pytest.TempPathFactory) -> Path:
    """Build (or reuse) one gazetteer per session at a path every gazetteer test file shares."""
    path = factory.getbasetemp() / "gazetteer-shared" / "gazetteer.sqlite"
    Gazetteer.open(path=path).close()
    return path


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _shared_build(tmp_path_factory)


@pytest.fixture(scope="module")
def gaz(gazetteer_path: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(path=gazetteer_path) as opened:
        yield opened


# --- name folding and country helpers (no database) -------------------------------------


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Sana'a", "sanaa"),
        ("Sanaa", "sanaa"),
        ("Şanʻā’", "sana"),
        ("El-Fasher", "al fasher"),
        ("al Fasher", "al fasher"),
        ("An Najaf", "al najaf"),
        ("as-Sulaymaniyah", "al sulaymaniyah"),
        ("An Khe", "an khe"),
        ("U.S. Embassy", "us embassy"),
        ("  Plaza   de la Dignidad! ", "plaza de la dignidad"),
        ("Kraków", "krakow"),
        ("Łódź", "lodz"),
    ],
)
def test_normalize_name_folds_spelling_variants(written: str, key: str) -> None:
    assert normalize_name(written) == key


def test_country_code_helpers() -> None:
    assert iso3_from_iso2("IQ") == "IRQ"
    assert iso3_from_iso2("iq") == "IRQ"
    assert iso3_from_iso2("ZZ") is None
    assert iso2_from_iso3("LBN") == "LB"
    assert country_name("COD") == "Democratic Republic of Congo"
    assert country_name("PSE") == "Palestine"
    assert country_name("XYZ") is None


def test_landmark_file_is_complete_and_well_formed() -> None:
    text = resources.files("tacitus").joinpath("data", "gazetteer", "landmarks.csv")
    rows = list(csv.DictReader(text.read_text("utf-8").splitlines()))
    assert len(rows) >= 80
    assert list(rows[0]) == ["name", "aliases", "kind", "lat", "lon", "city", "country"]
    for row in rows:
        assert country_name(row["country"]) is not None, row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        assert row["name"] and row["kind"] and row["city"], row


# --- exact lookups --------------------------------------------------------------------------


@pytest.mark.slow
def test_baghdad_is_the_iraqi_capital(gaz: Gazetteer) -> None:
    top = gaz.lookup("Baghdad")[0]
    assert top.kind == "city"
    assert top.country == "IRQ" and top.country_name == "Iraq"
    assert top.admin1 == "Baghdad" and top.admin1_code == "IQ-BG"
    assert top.feature_code == "PPLC"
    assert top.population > 1_000_000
    assert top.geonameid == 98182


@pytest.mark.slow
def test_tripoli_ranking_with_and_without_a_country(gaz: Gazetteer) -> None:
    anywhere = gaz.lookup("Tripoli")
    assert anywhere[0].country == "LBY" and anywhere[0].feature_code == "PPLC"
    assert "LBN" in [p.country for p in anywhere[:3]]
    in_lebanon = gaz.lookup("Tripoli", country="LBN")
    assert in_lebanon and all(p.country == "LBN" for p in in_lebanon)
    assert in_lebanon[0].kind == "city" and in_lebanon[0].admin1_code == "LB-AS"
    assert gaz.lookup("Tripoli", country="LB")[0] == in_lebanon[0]


@pytest.mark.slow
def test_green_zone_is_a_landmark_in_baghdad(gaz: Gazetteer) -> None:
    top = gaz.lookup("Green Zone")[0]
    assert top.kind == "landmark" and top.feature_code == "LMK"
    assert top.city == "Baghdad" and top.country == "IRQ"
    assert top.admin1_code == "IQ-BG"
    assert abs(top.lat - 33.31) < 0.05 and abs(top.lon - 44.39) < 0.05


@pytest.mark.slow
def test_same_landmark_name_in_two_cities(gaz: Gazetteer) -> None:
    cairo = gaz.lookup("Tahrir Square", country="EGY")[0]
    baghdad = gaz.lookup("Tahrir Square", country="IRQ")[0]
    assert (cairo.city, baghdad.city) == ("Cairo", "Baghdad")
    assert gaz.lookup("Plaza de la Dignidad")[0].city == "Santiago"
    assert gaz.lookup("U.S. embassy", country="IRQ")[0].name == "US Embassy Baghdad"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("variants", "country"),
    [
        (("Sanaa", "Sana'a", "Sana’a"), "YEM"),
        (("Mosul", "Al Mawsil", "al-Mawsil", "Mawsil"), "IRQ"),
        (("Kyiv", "Kiev"), "UKR"),
    ],
)
def test_folded_spellings_find_the_same_city(
    gaz: Gazetteer, variants: tuple[str, ...], country: str
) -> None:
    found = {gaz.lookup(v, kinds=["city"])[0].geonameid for v in variants}
    assert len(found) == 1
    assert gaz.lookup(variants[0], kinds=["city"])[0].country == country


@pytest.mark.slow
def test_kinds_filter_and_admin1_of(gaz: Gazetteer) -> None:
    region = gaz.lookup("Baghdad", kinds=["admin1"])[0]
    assert region.kind == "admin1" and region.feature_code == "ADM1"
    assert region.admin1_code == "IQ-BG"
    city = gaz.lookup("Baghdad", kinds=["city"])[0]
    assert gaz.admin1_of(city) == region
    assert gaz.admin1_of(gaz.lookup("Green Zone")[0]) == region
    iraq = gaz.country("IQ")
    assert iraq is not None and gaz.admin1_of(iraq) is None
    with pytest.raises(TacitusError):
        gaz.lookup("Baghdad", kinds=["village"])


@pytest.mark.slow
def test_unknown_names_and_countries_find_nothing(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qwzxptlmv") == []
    assert gaz.lookup("") == []
    assert gaz.lookup("Baghdad", country="ZZZ") == []


# --- countries ------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("query", ["IQ", "iq", "IRQ", "Iraq", "iraq"])
def test_country_by_code_or_name(gaz: Gazetteer, query: str) -> None:
    place = gaz.country(query)
    assert place is not None
    assert place.kind == "country" and place.country == "IRQ" and place.name == "Iraq"
    assert 29 < place.lat < 37 and 38 < place.lon < 49


@pytest.mark.slow
def test_country_aliases_and_acled_names(gaz: Gazetteer) -> None:
    for query, iso3 in [("DRC", "COD"), ("Ivory Coast", "CIV"), ("Cote d'Ivoire", "CIV")]:
        place = gaz.country(query)
        assert place is not None and place.country == iso3
    assert gaz.country("Narnia") is None
    georgia = gaz.lookup("Georgia")
    assert georgia[0].kind == "country" and georgia[1].admin1_code == "US-GA"


# --- fuzzy lookups --------------------------------------------------------------------------


@pytest.mark.slow
def test_fuzzy_lookup_tolerates_misspellings(gaz: Gazetteer) -> None:
    place, score = gaz.fuzzy_lookup("Mogadishoo")[0]
    assert place.name == "Mogadishu" and place.country == "SOM"
    assert 88 <= score < 100
    kandahar = gaz.fuzzy_lookup("Kandahaar", country="AFG")
    assert kandahar and all(p.country == "AFG" for p, _ in kandahar)
    assert gaz.fuzzy_lookup("Qwzxptlmv") == []


# --- remembered lookups ---------------------------------------------------------------------


@pytest.mark.slow
def test_a_repeated_lookup_is_answered_alike_and_callers_own_their_lists(
    gaz: Gazetteer,
) -> None:
    first = gaz.lookup("Tripoli", limit=5)
    first.clear()
    again = gaz.lookup("Tripoli", limit=5)
    assert len(again) == 5 and again[0].country == "LBY"
    assert gaz.lookup("Tripoli", country="LBN", limit=5) != again
    assert gaz.lookup("Tripoli", limit=2) == again[:2]


@pytest.mark.slow
def test_the_lookup_memo_keeps_only_the_most_recent(
    gazetteer_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gazetteer_module, "LOOKUP_MEMO_SIZE", 2)
    with Gazetteer.open(path=gazetteer_path) as fresh:
        for name in ("Mosul", "Basra", "Erbil", "Kirkuk"):
            assert fresh.lookup(name, kinds=["city"])[0].country == "IRQ"
        assert [key for key, _, _ in fresh._memo] == ["erbil", "kirkuk"]
        assert fresh.lookup("Mosul", kinds=["city"])[0].admin1 == "Ninawa"


def test_villages_of_five_hundred_people_are_held(gaz: Gazetteer) -> None:
    """The gazetteer is built from GeoNames' places of 500 people or more (cities500)."""
    found = gaz.lookup("Soldeu")
    assert found and found[0].country == "AND" and 500 <= found[0].population < 1000


def test_aliases_of_two_letters_find_no_town(gaz: Gazetteer) -> None:
    """'Sr.' is a senior, not Sa'ar, one of whose alternate names folds to 'sr'."""
    assert not any(p.kind == "city" for p in gaz.lookup("Sr."))


def test_capital_of_a_country(gaz: Gazetteer) -> None:
    capital = gaz.capital("KEN")
    assert capital is not None and capital.name == "Nairobi" and capital.feature_code == "PPLC"
