"""Security forces who fight the attackers after an attack on civilians make a second
event, with its own pair of actors, not a battle of the attack; houses the attackers burn
in the same breath are part of the attack; "people" who died may be anyone's dead and
join the nearest event (sentences we wrote)."""

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


def test_houses_burned_in_one_breath_with_the_killings_are_the_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen raided a village near Garissa early on Wednesday, shooting dead three "
        "herders and setting fire to their huts, police said."
    )
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    kinds = [e.acled.sub_event_type for e in events if e.acled and e.status == "new"]
    assert kinds == ["Attack"]


def test_people_who_died_join_the_nearest_event_not_a_later_protest(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen shot dead three herders near Garissa early on Wednesday, police said. "
        "A county official said five people had died.\n\n"
        "On Wednesday afternoon, hundreds of residents blocked the main road through "
        "Garissa with logs to demand more security."
    )
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    protests = [e for e in events if e.acled and e.acled.event_type == "Protests"]
    assert protests
    assert all("fatalities" not in e.counts for e in protests)


def test_people_with_some_named_among_them_are_no_crowd(pipeline: Pipeline) -> None:
    """ "people, among them a teacher and two children" tells who the dead were: no
    crowd of a protest, so the toll stays with the attack, not a march told later."""
    text = (
        "Gunmen raided the village of Dadaab before dawn on Tuesday, killing at least nine "
        "people, police said.\n\n"
        "A rights group said 12 people had been killed, among them a teacher and two "
        "children.\n\n"
        "On Wednesday, hundreds of residents marched through Garissa to demand more troops."
    )
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    protests = [e for e in events if e.acled and e.acled.event_type == "Protests"]
    assert protests
    assert all("fatalities" not in e.counts for e in protests)
