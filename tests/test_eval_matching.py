"""One-to-one matching of system events to a sample article's gold events."""

from __future__ import annotations

from tacitus.evaluation.matching import match_events
from test_export_factory import make_event, make_location


def _gold(location: str) -> dict[str, object]:
    return {
        "date": "2019-12-31",
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "plover": "PROTEST",
        "country": "IRQ",
        "location": location,
    }


def test_two_protests_of_one_day_match_by_place() -> None:
    place = make_location(name="Basra", text="Basra", admin1="Basra")
    basra = make_event(event_id="ev_basra", location=place)
    baghdad = make_event(event_id="ev_baghdad")
    pairs = match_events([_gold("Baghdad"), _gold("Basra")], [basra, baghdad])
    assert [(g["location"], e.event_id if e else None) for g, e in pairs] == [
        ("Baghdad", "ev_baghdad"),
        ("Basra", "ev_basra"),
    ]


def test_a_place_spelt_with_accents_is_the_same_place() -> None:
    place = make_location(name="Maipú", text="Maipú", admin1="Santiago Metropolitan")
    maipu = make_event(event_id="ev_maipu", location=place)
    pairs = match_events([_gold("Maipu")], [make_event(), maipu])
    assert pairs[0][1] is maipu
