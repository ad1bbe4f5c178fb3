"""Police who beat people: named as police even where no country is known, and the
event is an attack, not an armed clash (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.actors import ActorKB
from tacitus.coding.refine import refine
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6))).events


def test_state_targets_are_read_from_what_was_hit() -> None:
    words = {"officers", "beat", "the", "man"}
    hit = {"the", "man"}
    assert refine(["attack"], words=words, target_inters=(), killed=False, target_words=hit) == (
        "attack"
    )
    soldiers = {"two", "soldiers"}
    assert (
        refine(["attack"], words=words, target_inters=(), killed=False, target_words=soldiers)
        == "armed_clash"
    )


def test_police_with_no_country_are_still_police() -> None:
    found = ActorKB.load().find("Police officers beat the students.", generic=True)
    police = next(m.entry for m in found if m.text == "Police officers")
    assert (police.name, police.sector, police.inter) == ("Police Forces", "COP", 1)


def test_police_beating_is_an_attack_by_the_police(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Officers beat the man until he lost consciousness, witnesses said.")
    beating = next(e for e in events if e.acled is not None)
    assert beating.acled is not None and beating.acled.sub_event_type == "Attack"
    first = beating.actor("actor1")
    assert first is not None and first.name == "Police Forces"


def test_an_event_country_makes_them_its_police(pipeline: Pipeline) -> None:
    text = "Police beat a journalist covering the strike in Nairobi on Tuesday."
    beating = next(e for e in _events(pipeline, text) if e.acled is not None)
    first = beating.actor("actor1")
    assert first is not None and first.name == "Police Forces of Kenya"
