"""A later article's main event takes in a story's first article left alone by the order.

Matching runs in storage order: when the second article of a story falls just short of the
first, it starts an event of its own, and the later articles join it, being closer to it.
A later main event that clears the lone first one by a margin, besides the event it joins,
brings it along.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from tacitus.dedup import Matcher, MatchProfile
from tacitus.dedup.matcher import Choice, ReportsOf
from tacitus.store import SQLiteStore
from test_dedup import save
from test_dedup_words import profile

FIRST = "Gunmen shot dead Tomas Velanko, foreman of the Ardent Mill, at its gate in Corvale."
SECOND = "Tomas Velanko was killed by gunmen as the night shift left the Ardent Mill."
THIRD = "Tomas Velanko, the Ardent Mill foreman, was killed by gunmen as the night shift left."


def _lead(name: str, text: str, **changes: object) -> MatchProfile:
    return replace(profile(name, text), lead=True, **changes)  # type: ignore[arg-type]


def _pair() -> tuple[MatchProfile, MatchProfile, MatchProfile]:
    first, second = _lead("wire", FIRST), _lead("daily", SECOND)
    joined = replace(second, event_id="ev_story", article_ids=("daily", "radio"))
    return first, joined, _lead("weekly", THIRD)


def test_a_lone_main_event_cleared_by_a_margin_is_taken_in() -> None:
    first, story, new = _pair()
    matcher = Matcher()
    choice = matcher.choose(new, [first, story])
    assert choice.best is not None and choice.best.canonical_id == "ev_story"
    assert choice.absorbed == ("ev_wire",)


def test_nothing_is_taken_in_below_the_margin_or_beyond_a_hard_limit() -> None:
    first, story, new = _pair()
    assert Matcher(absorb_margin=1.0).choose(new, [first, story]).absorbed == ()
    abroad = replace(first, country="URY")
    assert Matcher().choose(new, [abroad, story]).absorbed == ()


def test_only_a_lone_article_main_event_is_taken_in() -> None:
    first, story, new = _pair()
    side = replace(first, lead=False)
    assert Matcher().choose(new, [side, story]).absorbed == ()
    many = replace(first, article_ids=("wire", "agency"))
    assert Matcher().choose(new, [many, story]).absorbed == ()
    mention = replace(new, status="background")
    assert Matcher().choose(mention, [first, story]).absorbed == ()


@dataclass(frozen=True, slots=True)
class _TakesIn(Matcher):
    """Takes ``lone`` in along with whatever a report joins."""

    lone: str = ""

    def choose(
        self,
        new: MatchProfile,
        candidates: object,
        *,
        reports_of: ReportsOf | None = None,
    ) -> Choice:
        found = Matcher.choose(self, new, candidates, reports_of=reports_of)  # type: ignore[arg-type]
        if found.best is None or found.best.canonical_id == self.lone:
            return found
        return Choice(found.best, (self.lone,))


def test_the_store_moves_a_taken_in_event_and_audits_it(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db", matcher=_TakesIn(lone="ev_monitor_0")) as store:
        save(store, "wire")
        save(store, "monitor", country="TUR", lat=36.2, lon=36.16)
        assert len(store.events()) == 2
        save(store, "daily")
        (event,) = store.events()
        assert sorted(event.article_ids) == ["daily", "monitor", "wire"]
        moved = [r for r in store.audit(event.event_id) if r.event_id == "ev_monitor_0"]
        assert [r.action for r in moved] == ["merge"]
        store.undo_merge(moved[0].merge_id)  # a reviewer sends it back out
        assert sorted(len(e.article_ids) for e in store.events()) == [1, 2]


def test_a_lone_event_set_farther_off_than_the_new_report_stays_apart() -> None:
    first, story, new = _pair()
    here = {"lat": -31.40, "lon": -64.18, "place_precision": 1}
    story, new = replace(story, **here), replace(new, **here)  # type: ignore[arg-type]
    near = replace(first, lat=-31.45, lon=-64.22, place_precision=1)  # some 7 km off
    assert Matcher().choose(new, [near, story]).absorbed == ()
    assert Matcher().choose(new, [replace(first, **here), story]).absorbed == ("ev_wire",)  # type: ignore[arg-type]


def test_a_best_lone_event_goes_with_the_new_report_into_a_larger_one_it_reaches() -> None:
    first, story, _ = _pair()
    new = _lead("weekly", FIRST)  # told as the first article told it
    choice = Matcher().choose(new, [first, story])
    assert choice.best is not None and choice.best.canonical_id == "ev_story"
    assert choice.absorbed == ("ev_wire",)
    many = replace(first, article_ids=("wire", "agency"))
    choice = Matcher().choose(new, [many, story])
    assert choice.best is not None and choice.best.canonical_id == "ev_wire"
    assert choice.absorbed == ()
