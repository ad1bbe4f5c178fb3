"""UCDP GED CSV: the 49 columns, UCDP's floor of one death, sides and consistent deaths."""

from __future__ import annotations

import csv
import datetime as dt
import io

from tacitus.export import write_events
from tacitus.export.ucdp_fields import priogrid_gid, ucdp_deaths
from tacitus.export.ucdp_ged import UCDP_GED_COLUMNS
from tacitus.records.article import Article
from tacitus.records.event import AcledCoding, ActorRef, Claim, Count, Event, UcdpEstimate
from test_export_factory import make_article, make_event, make_strike


def rows(events: list[Event], **kwargs: object) -> tuple[list[dict[str, str]], object]:
    buf = io.StringIO()
    report = write_events(events, buf, format="ucdp-ged-csv", **kwargs)  # type: ignore[arg-type]
    return list(csv.DictReader(io.StringIO(buf.getvalue()))), report


def test_header_is_ucdp_geds_49_columns_in_order() -> None:
    buf = io.StringIO()
    write_events([], buf, format="ucdp-ged-csv")
    header = buf.getvalue().splitlines()[0].split(",")
    assert len(UCDP_GED_COLUMNS) == 49
    assert tuple(header) == UCDP_GED_COLUMNS
    assert header[:3] == ["id", "relid", "year"] and header[-2:] == ["gwnoa", "gwnob"]


def test_protests_statements_and_deathless_strikes_are_left_out_with_reasons() -> None:
    no_deaths = make_strike(event_id="ev_nodeaths", counts={})
    background = make_strike(event_id="ev_old", status="background")
    found, report = rows([make_event(), no_deaths, background, make_strike()])
    assert len(found) == 1
    assert report.skipped == {  # type: ignore[attr-defined]
        "not_organised_violence": 1,
        "no_deaths": 1,
        "status_background": 1,
    }


def test_a_foreign_air_strike_on_a_militia_is_state_based_with_the_government_as_side_a() -> None:
    [row], _ = rows([make_strike()])
    assert row["type_of_violence"] == "1"
    assert row["side_a"] == "Government of United States"
    assert row["side_b"] == "Kataib Hezbollah"
    assert row["dyad_name"] == "Government of United States - Kataib Hezbollah"
    assert (row["where_prec"], row["country"], row["region"]) == ("6", "Iraq", "Middle East")
    assert (row["date_prec"], row["date_start"], row["date_end"]) == (
        "1",
        "2019-12-31",
        "2019-12-31",
    )
    assert (row["low"], row["best"], row["high"], row["deaths_unknown"]) == ("25", "25", "27", "25")
    assert row["geom_wkt"] == "POINT (44.0 33.0)"
    assert row["conflict_dset_id"] == "" and row["gwnoa"] == ""


def test_an_attack_on_civilians_is_one_sided_against_civilians() -> None:
    attack = make_strike(
        acled=AcledCoding(
            event_type="Violence against civilians",
            sub_event_type="Attack",
            disorder_type="Political violence",
            inter1=3,
            inter2=7,
        ),
        actors=[
            ActorRef(role="actor1", name="Islamic State", inter=2, text="IS", span=(0, 2)),
            ActorRef(
                role="actor2", name="Civilians (Iraq)", inter=7, text="villagers", span=(5, 14)
            ),
        ],
    )
    [row], _ = rows([attack])
    assert (row["type_of_violence"], row["side_a"], row["side_b"]) == (
        "3",
        "Islamic State",
        "Civilians",
    )


def test_a_clash_between_two_armed_groups_is_non_state() -> None:
    battle = AcledCoding(
        event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence"
    )
    clash = make_strike(
        acled=battle,
        actors=[
            ActorRef(role="actor1", name="Al Shabaab", inter=2, text="al-Shabab", span=(0, 9)),
            ActorRef(role="actor2", name="Clan Militia", inter=4, text="clansmen", span=(10, 18)),
        ],
    )
    [row], _ = rows([clash])
    assert (row["type_of_violence"], row["side_a"], row["side_b"]) == (
        "2",
        "Al Shabaab",
        "Clan Militia",
    )


def test_deaths_by_side_sum_to_best_and_low_never_exceeds_it() -> None:
    event = make_strike(
        ucdp=UcdpEstimate(low=None, best=7, high=12, deaths_a=3, deaths_b=2, deaths_civilians=None)
    )
    deaths = ucdp_deaths(event)
    assert (deaths.side_a, deaths.side_b, deaths.civilians, deaths.unknown) == (3, 2, 0, 2)
    assert (deaths.low, deaths.best, deaths.high) == (7, 7, 12)
    more_by_side = make_strike(ucdp=UcdpEstimate(best=4, deaths_a=3, deaths_b=3))
    assert ucdp_deaths(more_by_side).best == 6  # the sides the text gives are never dropped


def test_a_cumulative_toll_is_not_an_events_deaths() -> None:
    toll = Count(low=40, best=40, text="bringing the toll to 40", span=(0, 10), cumulative=True)
    assert ucdp_deaths(make_strike(counts={"fatalities": toll})).best == 0


def test_sources_name_outlets_dates_headlines_and_claimants() -> None:
    article = make_article().model_copy(
        update={"title": "Strikes hit militia bases", "published": dt.date(2019, 12, 31)}
    )
    claim = Claim(field="fatalities", value=25, claimed_by="medics", span=(0, 5))
    [row], _ = rows([make_strike(claims=[claim])], articles={"art_1": article})
    assert row["number_of_sources"] == "1"
    assert row["source_office"] == "Tigris Daily"
    assert row["source_date"] == "2019-12-31"
    assert row["source_headline"] == "Strikes hit militia bases"
    assert row["source_article"] == 'Tigris Daily 2019-12-31 "Strikes hit militia bases"'
    assert row["source_original"] == "medics"
    assert isinstance(article, Article)


def test_priogrid_cells_count_from_the_south_west_corner() -> None:
    assert priogrid_gid(lat=-89.9, lon=-179.9) == 1
    assert priogrid_gid(lat=-89.9, lon=179.9) == 720
    assert priogrid_gid(lat=89.9, lon=179.9) == 259_200
    assert priogrid_gid(lat=33.3406, lon=44.4009) == 246 * 720 + 448 + 1


def test_ids_are_stable_across_exports() -> None:
    first, _ = rows([make_strike()])
    again, _ = rows([make_strike()])
    assert first[0]["id"] == again[0]["id"] and first[0]["relid"] == again[0]["relid"]
    assert first[0]["relid"].startswith("IRQ-2019-1-")
