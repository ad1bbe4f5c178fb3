"""An assault on foot that opens with a bomb is the assault, and the tolls of its fighting
are its own; the blast a battle began with is part of the battle (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article

# A Thursday.
PUBLISHED = dt.date(2025, 11, 20)

TEXT = (
    "Militants stormed an army base near Marka before dawn on Wednesday, detonating a car "
    "bomb at the gate before gunmen forced their way in, officials said.\n\n"
    "An army officer said four soldiers and 15 militants had been killed in the fighting. "
    "The militants said in a statement that they had killed 30 soldiers."
)


def test_a_storming_that_opens_with_a_car_bomb_is_a_battle(pipeline: Pipeline) -> None:
    events = pipeline.process(Article(id="t", text=TEXT, published=PUBLISHED)).events
    new = [e for e in events if e.acled is not None and e.status == "new"]
    assert [e.acled.sub_event_type for e in new if e.acled] == ["Armed clash"]


def test_its_toll_is_the_conservative_sum_of_both_sides(pipeline: Pipeline) -> None:
    events = pipeline.process(Article(id="t", text=TEXT, published=PUBLISHED)).events
    [battle] = [e for e in events if e.acled is not None and e.status == "new"]
    assert battle.counts["fatalities"].best == 19


def test_the_blast_a_battle_began_with_is_part_of_the_battle(pipeline: Pipeline) -> None:
    text = (
        "Militants ambushed an army convoy near Douentza on Wednesday, sparking a battle "
        "that lasted several hours, the army said.\n\n"
        "A local official said the fighting began when a truck at the head of the convoy "
        "struck an explosive device and the militants opened fire from the roadside."
    )
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    new = [e for e in events if e.acled is not None and e.status == "new"]
    assert [e.acled.sub_event_type for e in new if e.acled] == ["Armed clash"]
