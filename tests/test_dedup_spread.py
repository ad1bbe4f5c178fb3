"""A canonical event whose reports place it apart reaches as far as their places, and a new
report joins only when it agrees with one report's own place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.dedup import MatchProfile, compare
from tacitus.dedup.spread import place_spread
from tacitus.records.event import Location, LocationPrecision
from tacitus.store import SQLiteStore
from test_dedup import article, report

VELORA = (35.81, 36.61)
NORTH = (35.99, 36.61)
"""A town about 20 km north of Velora."""
SOUTH = (35.63, 36.61)
"""A town about 20 km south of Velora, 40 km from ``NORTH``."""


def place(at: tuple[float, float], precision: int) -> Location:
    return Location(
        name="somewhere",
        country="SYR",
        lat=at[0],
        lon=at[1],
        precision=LocationPrecision(acled=1, ucdp=precision, plover=4),
        reason="test",
    )


def test_the_spread_holds_every_report_place_around_the_canonical_one() -> None:
    center = place(VELORA, 1)
    assert place_spread(center, [center, place(VELORA, 6)]) is None
    # 20 km away with a 25 km radius of its own: 45 km, the 60 km of precision 3.
    assert place_spread(center, [center, place(NORTH, 2)]) == 3
    assert place_spread(place(VELORA, 6), [place(NORTH, 1)]) is None
    assert place_spread(None, [place(NORTH, 1)]) is None


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "events.db")


def _save(store: SQLiteStore, name: str, at: tuple[float, float], precision: int) -> str:
    art = article(name)
    event = report(art, lat=at[0], lon=at[1], place_precision=precision)
    store.save(art, [event])
    canonical = store.canonical_id(event.event_id)
    assert canonical is not None
    return canonical


def test_a_report_near_another_report_place_joins(store: SQLiteStore) -> None:
    """The canonical place is Velora's (the most precise); the town to the north, which a
    regional outlet gave, still finds the event."""
    alone = [report(article(n), lat=a[0], lon=a[1]) for n, a in (("w", VELORA), ("l", NORTH))]
    assert compare(*map(MatchProfile.of, alone)).blocked_by == "places too far apart"
    first = _save(store, "wire", VELORA, 1)
    assert _save(store, "regional", NORTH, 2) == first
    assert _save(store, "local", NORTH, 1) == first
    (event,) = store.events()
    assert event.location is not None and event.location.lat == VELORA[0]


def test_a_report_near_no_report_place_stays_apart(store: SQLiteStore) -> None:
    """Inside the wider circle, but too far from Velora and from the town to the north."""
    first = _save(store, "wire", VELORA, 1)
    assert _save(store, "regional", NORTH, 2) == first
    assert _save(store, "elsewhere", SOUTH, 1) != first
    assert store.stats().events == 2


def test_rebuilding_keeps_the_spread(store: SQLiteStore) -> None:
    first = _save(store, "wire", VELORA, 1)
    _save(store, "regional", NORTH, 2)
    _save(store, "local", NORTH, 1)
    store.rebuild_canonical()
    assert {e.event_id for e in store.events()} == {first}
