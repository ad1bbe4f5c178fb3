"""The motivating article: the events DESIGN.md says a user expects from it.

The seed text is not part of the repository; these tests read it from the shared folder
beside the checkout and skip, saying why, where that folder is absent.
"""

from __future__ import annotations

import pytest

from conftest import SHARED_SEED
from tacitus.evaluation.seed import load_seed, seed_checks
from tacitus.pipeline import Pipeline
from tacitus.records import Event

pytestmark = pytest.mark.skipif(
    not SHARED_SEED.is_dir(), reason=f"seed folder {SHARED_SEED} is absent (not shipped)"
)


@pytest.fixture(scope="module")
def events(pipeline: Pipeline) -> list[Event]:
    return pipeline(load_seed(SHARED_SEED))


def _new(events: list[Event], sub_type: str) -> list[Event]:
    return [
        e for e in events if e.status == "new" and e.acled and e.acled.sub_event_type == sub_type
    ]


def test_storming_of_the_embassy(events: list[Event]) -> None:
    riots = _new(events, "Violent demonstration")
    assert len(riots) == 1
    riot = riots[0]
    assert riot.date.start == "2019-12-31"
    assert riot.location is not None and riot.location.country == "IRQ"
    assert riot.location.lat == pytest.approx(33.3, abs=0.2)
    assert riot.location.lon == pytest.approx(44.4, abs=0.2)
    crowd = riot.counts["participants"]
    assert crowd.best == 6000 and crowd.hedge == "around"
    assert crowd.claimed_by is not None and "official" in crowd.claimed_by
    assert crowd.anonymous
    injured = riot.counts["injured"]
    assert injured.low == 62 and injured.verified is False
    assert injured.claimed_by == "Popular Mobilization Forces"


def test_airstrikes_on_sunday(events: list[Event]) -> None:
    strikes = _new(events, "Air/drone strike")
    assert len(strikes) == 1
    strike = strikes[0]
    assert strike.date.start == "2019-12-29"
    assert strike.counts["fatalities"].low == 25
    countries = {loc.country for loc in [strike.location, *strike.other_locations] if loc}
    assert countries == {"IRQ", "SYR"}
    actor1 = strike.actor("actor1")
    assert actor1 is not None and actor1.name == "Military Forces of the United States"
    assert actor1.inter == 8


def test_rocket_attack_on_friday(events: list[Event]) -> None:
    rockets = _new(events, "Shelling/artillery/missile attack")
    assert len(rockets) == 1
    rocket = rockets[0]
    assert rocket.date.start == "2019-12-27"
    assert rocket.counts["fatalities"].best == 1
    assert rocket.counts["injured"].best == 4


def test_both_spellings_are_one_actor(events: list[Event]) -> None:
    named = {a.name for e in events for a in e.actors if "kata" in a.text.lower()}
    assert named == {"Kataib Hezbollah"}


def test_background_is_not_new(events: list[Event]) -> None:
    new_days = {e.date.start for e in events if e.status == "new" and e.acled is not None}
    assert new_days <= {"2019-12-27", "2019-12-29", "2019-12-31"}
    assert any(e.status in ("background", "aggregate") for e in events)


def test_every_span_points_into_the_text(events: list[Event], pipeline: Pipeline) -> None:
    text = load_seed(SHARED_SEED).text
    for event in events:
        for count in event.counts.values():
            assert text[count.span[0] : count.span[1]] == count.text
        for actor in event.actors:
            assert text[actor.span[0] : actor.span[1]] == actor.text
        if event.date.span is not None:
            assert text[event.date.span[0] : event.date.span[1]] == event.date.text


def test_seed_scorecard_passes(events: list[Event]) -> None:
    failed = [name for name, ok in seed_checks(events) if not ok]
    assert failed == []


def test_ucdp_estimate_is_consistent(events: list[Event]) -> None:
    for event in events:
        if event.ucdp is None:
            continue
        sides = [
            event.ucdp.deaths_a,
            event.ucdp.deaths_b,
            event.ucdp.deaths_civilians,
            event.ucdp.deaths_unknown,
        ]
        if any(side is not None for side in sides):
            assert sum(side or 0 for side in sides) == event.ucdp.best
        assert (
            event.ucdp.low is None or event.ucdp.best is None or event.ucdp.low <= event.ucdp.best
        )
