"""Security forces who fight the attackers after an attack on civilians make a second
event, with its own pair of actors, not a battle of the attack (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article

# A Thursday.
PUBLISHED = dt.date(2025, 11, 20)


def test_police_fighting_back_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Gunmen raided a village near Garissa early on Wednesday, shooting dead three "
        "herders and burning their huts, police said.\n\n"
        "Police officers who arrived later exchanged fire with the gunmen near the river, "
        "killing one of them, the county commander said."
    )
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    kinds = sorted(e.acled.sub_event_type for e in events if e.acled and e.status == "new")
    assert kinds == ["Armed clash", "Attack"]
