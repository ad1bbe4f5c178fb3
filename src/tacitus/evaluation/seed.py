"""The motivating article's expectations (DESIGN.md), checked as a scorecard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from tacitus.errors import EvaluationError
from tacitus.evaluation.scorecard import Scorecard
from tacitus.records import Article, Event

SEED_NAME = "embassy_baghdad_2019-12-31.txt"


def load_seed(folder: Path) -> Article:
    """The seed article from ``folder`` (the shared seed folder beside the repository)."""
    from tacitus.ingest import LoadFailure, load_file

    path = folder / SEED_NAME
    if not path.is_file():
        raise EvaluationError(f"seed article not found at {path}")
    items = list(load_file(path))
    first = items[0] if items else None
    if first is None or isinstance(first, LoadFailure):
        raise EvaluationError(f"cannot read seed article {path}")
    return first


def _new(events: Sequence[Event], sub_type: str, day: str) -> Event | None:
    return next(
        (
            e
            for e in events
            if e.status == "new"
            and e.acled is not None
            and e.acled.sub_event_type == sub_type
            and e.date.start == day
        ),
        None,
    )


def _storming_ok(e: Event) -> bool:
    part, inj = e.counts.get("participants"), e.counts.get("injured")
    near_baghdad = (
        e.location is not None
        and e.location.lat is not None
        and e.location.lon is not None
        and (abs(e.location.lat - 33.3) < 0.3 and abs(e.location.lon - 44.4) < 0.3)
    )
    return bool(
        near_baghdad
        and part is not None
        and part.best == 6000
        and part.claimed_by is not None
        and inj is not None
        and inj.low == 62
        and inj.verified is False
        and inj.claimed_by is not None
        and "Popular Mobilization" in inj.claimed_by
    )


def seed_checks(events: Sequence[Event]) -> list[tuple[str, bool]]:
    """Each expectation of DESIGN.md and whether ``events`` meet it."""
    riot = _new(events, "Violent demonstration", "2019-12-31") or _new(
        events, "Protest with intervention", "2019-12-31"
    )
    strike = _new(events, "Air/drone strike", "2019-12-29")
    rocket = _new(events, "Shelling/artillery/missile attack", "2019-12-27")
    names = {a.name for e in events for a in e.actors if "kata" in a.text.lower()}
    checks: list[tuple[str, Callable[[], bool]]] = [
        ("storming of the embassy on 2019-12-31", lambda: riot is not None),
        (
            "storming: Baghdad, 6,000 by an official, >=62 injured by PMF, unverified",
            lambda: riot is not None and _storming_ok(riot),
        ),
        ("airstrikes on 2019-12-29", lambda: strike is not None),
        (
            "airstrikes: at least 25 killed, Iraq and Syria",
            lambda: (
                strike is not None
                and (c := strike.counts.get("fatalities")) is not None
                and c.low == 25
                and {loc.country for loc in [strike.location, *strike.other_locations] if loc}
                >= {"IRQ", "SYR"}
            ),
        ),
        ("rocket attack on 2019-12-27", lambda: rocket is not None),
        (
            "rocket attack: 1 killed, 4 injured",
            lambda: (
                rocket is not None
                and (f := rocket.counts.get("fatalities")) is not None
                and f.best == 1
                and (i := rocket.counts.get("injured")) is not None
                and i.best == 4
            ),
        ),
        ("Kataeb/Kataib Hezbollah are one actor", lambda: names == {"Kataib Hezbollah"}),
    ]
    return [(name, check()) for name, check in checks]


def score_seed(events: Sequence[Event]) -> Scorecard:
    """The seed checks as a scorecard."""
    card = Scorecard(dataset="seed", task="motivating article")
    results = seed_checks(events)
    for name, ok in results:
        card.add(name, int(ok), 1)
    card.add("all seed checks", sum(ok for _, ok in results), len(results))
    return card
