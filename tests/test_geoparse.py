"""Toponym resolution in context, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from tacitus.cli.geoparse_cmd import geoparse as geoparse_command
from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _parse(geoparser: Geoparser, text: str) -> list[PlaceMention]:
    return next(geoparser.parse([text]))


def _first(mentions: list[PlaceMention], text: str) -> PlaceMention:
    return next(m for m in mentions if m.text == text)


def _country(mentions: list[PlaceMention], text: str) -> str | None:
    place = _first(mentions, text).place
    return place.country if place else None


def test_tripoli_follows_the_article_country(geoparser: Geoparser) -> None:
    north = _parse(
        geoparser,
        "Gunmen clashed overnight in Tripoli, the second city of Lebanon, and the army "
        "sent troops from Beirut and Byblos to calm the Bab al-Tabbaneh district.",
    )
    assert _country(north, "Tripoli") == "LBN"
    west = _parse(
        geoparser,
        "Militias fought near the airport of Tripoli as the government in Libya warned "
        "that fighting could spread to Misrata and Zawiya.",
    )
    assert _country(west, "Tripoli") == "LBY"


def test_alexandria_by_context(geoparser: Geoparser) -> None:
    egypt = _parse(
        geoparser,
        "Workers marched in Alexandria on Monday while police in Cairo and Giza arrested "
        "dozens of students across Egypt.",
    )
    assert _country(egypt, "Alexandria") == "EGY"
    virginia = _parse(geoparser, "A fire destroyed a warehouse in Alexandria, Va., on Friday.")
    place = _first(virginia, "Alexandria").place
    assert place is not None and place.country == "USA" and place.admin1 == "Virginia"


def test_admin_qualifier_settles_the_country(geoparser: Geoparser) -> None:
    mentions = _parse(
        geoparser, "Two men were wounded by a grenade in Sidon, Lebanon, late on Sunday."
    )
    sidon = _first(mentions, "Sidon")
    assert sidon.place is not None and sidon.place.country == "LBN"
    assert "qualified by" in sidon.reason


def test_capital_speaking_is_a_metonym(geoparser: Geoparser) -> None:
    mentions = _parse(geoparser, "Tehran called the strikes an act of terrorism.")
    tehran = _first(mentions, "Tehran")
    assert tehran.metonym
    assert tehran.place is not None and tehran.place.country == "IRN"


def test_demonym_gives_a_country_but_is_not_a_place(
    geoparser: Geoparser, pipeline: Pipeline
) -> None:
    text = "Iraqi forces shelled the outskirts of the village on Tuesday."
    iraqi = _first(_parse(geoparser, text), "Iraqi")
    assert iraqi.metonym and iraqi.label == "NORP"
    assert iraqi.place is not None and iraqi.place.country == "IRQ"
    adoc = pipeline.process(_article(text))
    assert not [m for m in adoc.places if m.text == "Iraqi"]


def test_kind_word_picks_the_province(geoparser: Geoparser) -> None:
    mentions = _parse(geoparser, "A roadside bomb killed four soldiers in Kandahar province.")
    place = _first(mentions, "Kandahar").place
    assert place is not None and place.kind == "admin1" and place.country == "AFG"


def test_continents_and_regions_resolve(geoparser: Geoparser) -> None:
    mentions = _parse(geoparser, "Drought has spread across the Middle East and East Africa.")
    place = _first(mentions, "Middle East").place
    assert place is not None and place.feature_code == "RGN"


def _article(text: str) -> Article:
    return Article(id="t1", text=text, published=dt.date(2024, 3, 5))


def test_geoparse_command_writes_one_line_per_toponym() -> None:
    sample = Path(__file__).resolve().parent.parent / "samples"
    story = sample / "afghanistan-kandahar-roadside-bomb_2020-10-12.txt"
    out = io.StringIO()
    code = geoparse_command(
        [story], fmt="jsonl", published=None, errors=Console(stderr=True), out=out
    )
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == 0
    assert set(rows[0]) >= {
        "article_id",
        "start",
        "end",
        "text",
        "name",
        "lat",
        "lon",
        "geonameid",
        "country",
        "admin1",
        "feature_code",
        "is_event_location",
        "score",
    }
    located = [r for r in rows if r["is_event_location"]]
    assert located and all(r["country"] == "AFG" for r in located)
    assert not any(r["is_event_location"] for r in rows if r["kind"] == "country")


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    code = geoparse_command(
        [tmp_path], fmt="csv", published=None, errors=Console(stderr=True), out=io.StringIO()
    )
    assert code == 2


def test_a_word_in_lower_case_is_no_place(geoparser: Geoparser) -> None:
    text = "The gunmen herded the children into the bush near Kuriga, firing into the air."
    assert [m.text for m in _parse(geoparser, text)] == ["Kuriga"]


def test_a_city_council_names_the_town_not_a_region_of_that_name(
    geoparser: Geoparser,
) -> None:
    text = (
        "The Dublin City Council voted on Monday to widen the bridge over the river "
        "near Columbus, Ohio."
    )
    dublin = _first(_parse(geoparser, text), "Dublin City").place
    assert dublin is not None and dublin.kind == "city"
    assert (dublin.country, dublin.admin1) == ("USA", "Ohio")


def test_a_city_named_with_its_city_word_keeps_it(geoparser: Geoparser) -> None:
    kansas = _first(_parse(geoparser, "The Kansas City Council met on Tuesday."), "Kansas City")
    assert kansas.place is not None and kansas.place.name == "Kansas City"
    quebec = _first(
        _parse(geoparser, "Tourists crowded the old town of Quebec City during the carnival."),
        "Quebec City",
    )
    assert quebec.place is not None and quebec.place.country == "CAN"


def test_a_great_city_is_found_by_its_short_form(geoparser: Geoparser) -> None:
    mentions = _parse(geoparser, "Police in L.A. said the suspect fled toward NYC on Friday.")
    los_angeles = _first(mentions, "L.A.").place
    assert los_angeles is not None and los_angeles.name == "Los Angeles"
    nyc = _first(mentions, "NYC").place
    assert nyc is not None and nyc.name == "New York City"


def test_a_state_demonym_names_its_state(geoparser: Geoparser) -> None:
    mentions = _parse(geoparser, "Thousands of Ohioans lined up for the new license plates.")
    ohioans = _first(mentions, "Ohioans")
    assert ohioans.metonym and ohioans.place is not None
    assert (ohioans.place.name, ohioans.place.kind) == ("Ohio", "admin1")


def test_a_state_after_a_town_qualifies_it_as_resolved_in_context(
    geoparser: Geoparser,
) -> None:
    """ "Georgia" alone reads as the country; after a town, in an American story, it is the
    state, and the town is weighed against the state, not the country."""
    text = "Police in Michigan said the man had lived in Rome, Georgia, for a decade."
    rome = next(m for m in _parse(geoparser, text) if m.text == "Rome")
    assert rome.place is not None
    assert (rome.place.country, rome.place.admin1) == ("USA", "Georgia")
    text = "Workers in Ohio walked out on Monday. Pickets also gathered in Albany, Georgia."
    albany = next(m for m in _parse(geoparser, text) if m.text == "Albany")
    assert albany.place is not None
    assert (albany.place.country, albany.place.admin1) == ("USA", "Georgia")


def test_a_state_after_the_name_outweighs_the_articles_own_region(
    geoparser: Geoparser,
) -> None:
    """A Michigan story that names "Atlanta, Georgia" means the Georgia city, however many
    Michigan places stand near Atlanta, Michigan."""
    text = (
        "A Michigan man shot two people near Detroit on Monday, police in Troy said. The"
        " attack follows two last week in Atlanta, Georgia, and Portland, Oregon."
    )
    atlanta = next(m for m in _parse(geoparser, text) if m.text == "Atlanta")
    assert atlanta.place is not None
    assert (atlanta.place.country, atlanta.place.admin1) == ("USA", "Georgia")
