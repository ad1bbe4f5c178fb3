"""The admin-1 region an article's names have in common (unit rules on built places)."""

from __future__ import annotations

from dataclasses import replace

from place_factory import us_place
from tacitus.gazetteer import Place, PlaceKind
from tacitus.geoparse.shared_region import SHARED_BONUS, region_of, shared_region
from tacitus.pipeline.doc import PlaceMention


def _place(name: str, admin1: str | None, *, kind: PlaceKind = "city", pop: int = 5_000) -> Place:
    return us_place(name, admin1, kind=kind, pop=pop)


def _mention(text: str, start: int) -> PlaceMention:
    return PlaceMention(text=text, start=start, end=start + len(text), sent=0, head=0, label="GPE")


def _article(names: dict[str, list[Place]]) -> tuple[list[PlaceMention], dict[int, list[Place]]]:
    mentions = [_mention(name, 20 * i) for i, name in enumerate(names)]
    return mentions, {id(m): names[m.text] for m in mentions}


def test_the_region_holding_every_name_is_shared() -> None:
    mentions, cands = _article(
        {
            "Milford": [_place("Milford", "Connecticut"), _place("Milford", "Ohio")],
            "Loveland": [_place("Loveland", "Colorado"), _place("Loveland", "Ohio")],
            "Batavia": [_place("Batavia", "New York"), _place("Batavia", "Ohio")],
        }
    )
    shared = shared_region(mentions, cands)
    assert shared is not None and shared.region == ("USA", "Ohio")
    ohio, connecticut = cands[id(mentions[0])][1], cands[id(mentions[0])][0]
    found = cands[id(mentions[0])]
    assert shared.bonus(ohio, found, "milford") == 2 * SHARED_BONUS
    assert shared.bonus(connecticut, found, "milford") == 0.0


def test_no_region_when_two_regions_hold_as_many_names() -> None:
    mentions, cands = _article(
        {
            "Milford": [_place("Milford", "Connecticut"), _place("Milford", "Ohio")],
            "Oxford": [_place("Oxford", "Connecticut"), _place("Oxford", "Ohio")],
        }
    )
    assert shared_region(mentions, cands) is None


def test_one_name_alone_shares_nothing() -> None:
    mentions, cands = _article({"Milford": [_place("Milford", "Ohio")]})
    assert shared_region(mentions, cands) is None


def test_a_name_known_elsewhere_keeps_its_meaning() -> None:
    big = _place("Columbus", "Ohio", pop=2_000_000)
    small = _place("Columbus", "Georgia", pop=3_000)
    mentions, cands = _article(
        {
            "Columbus": [big, small],
            "Rome": [_place("Rome", "Georgia")],
            "Dalton": [_place("Dalton", "Georgia")],
        }
    )
    shared = shared_region(mentions, cands)
    assert shared is not None and shared.region == ("USA", "Georgia")
    assert shared.bonus(small, [big, small], "columbus") == 0.0


def test_an_alias_does_not_gain_and_a_county_bears_its_name() -> None:
    county = _place("Wayne County", "Ohio", kind="admin2")
    alias = _place("Orrville", "Ohio")
    mentions, cands = _article({"Wayne": [county, alias], "Wooster": [_place("Wooster", "Ohio")]})
    shared = shared_region(mentions, cands)
    assert shared is not None
    assert shared.bonus(county, [county, alias], "wayne") == SHARED_BONUS
    assert shared.bonus(alias, [county, alias], "wayne") == 0.0


def test_a_region_is_its_own_region() -> None:
    assert region_of(_place("Ohio", "Ohio", kind="admin1")) == ("USA", "Ohio")
    assert region_of(_place("Ohio", None, kind="country")) is None


def test_a_name_known_elsewhere_does_not_vote_for_the_region() -> None:
    capital = replace(_place("Cairo", "Cairo", pop=9_000_000), country="EGY", feature_code="PPLC")
    england = replace(_place("Liverpool", "England", pop=500_000), country="GBR")
    mentions, cands = _article(
        {
            "Cairo": [capital, _place("Cairo", "New York", pop=1_000)],
            "Liverpool": [england, _place("Liverpool", "New York")],
        }
    )
    assert shared_region(mentions, cands) is None
