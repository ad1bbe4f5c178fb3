"""An overnight attack told again at its hour is one event, placed where it happened, not
where the wounded were taken (an article we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article

TEXT = (
    "Gunmen kill 8 in attack on Kaduna village\n\n"
    "Gunmen killed at least eight people in an overnight attack on a farming village in "
    "Nigeria's Kaduna state, police said on Thursday.\n\n"
    "The attackers stormed the village in Kauru local government area at about 11 p.m. on "
    "Wednesday, shooting residents as they fled, a police spokesman said. Three other people "
    "were wounded and taken to hospital in Zaria.\n"
)


def test_an_overnight_attack_and_its_hour_are_one_event(pipeline: Pipeline) -> None:
    article = Article(
        id="t", text=TEXT, title=TEXT.split("\n", maxsplit=1)[0], published=dt.date(2024, 3, 14)
    )
    new = [e for e in pipeline.process(article).events if e.status == "new" and e.acled]
    assert len(new) == 1
    event = new[0]
    assert event.counts["fatalities"].best == 8
    assert event.counts["injured"].best == 3
    assert event.location is not None and event.location.name != "Zaria"
