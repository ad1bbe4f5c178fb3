"""What else an article tells of one event joins it: the kidnappers' shooting, the
rioters' beating, the march the police fired on (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _new(pipeline: Pipeline, text: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 9)))
    return [e for e in adoc.events if e.status == "new" and e.acled is not None]


def test_a_shooting_during_an_abduction_is_part_of_it(pipeline: Pipeline) -> None:
    text = (
        "Gunmen abducted 40 pupils from a school in the town of Gusau in Zamfara state on "
        "Thursday, residents said.\n\nThe kidnappers came on motorcycles and drove the "
        "children into the bush, firing into the air. A security guard was shot dead."
    )
    events = _new(pipeline, text)
    assert len(events) == 1
    event = events[0]
    assert event.acled is not None
    assert event.acled.sub_event_type == "Abduction/forced disappearance"
    assert event.counts["fatalities"].best == 1


def test_a_beating_during_a_riot_is_part_of_it(pipeline: Pipeline) -> None:
    text = (
        "Rival party supporters clashed with sticks and stones in central Dhaka on "
        "Saturday, leaving 40 people injured, police said.\n\nA police officer was beaten "
        "near the Kakrail intersection, a police spokesman said."
    )
    events = _new(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Violent demonstration"]


def test_the_march_police_fired_on_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "Police opened fire on protesters outside parliament in Nairobi on Tuesday, "
        "killing at least three people, as thousands marched against new taxes, "
        "witnesses said."
    )
    events = _new(pipeline, text)
    assert len(events) == 1
    assert events[0].counts["fatalities"].best == 3


def test_a_condemnation_and_an_inquiry_are_one_accusation(pipeline: Pipeline) -> None:
    adoc = pipeline.process(
        Article(
            id="t",
            text=(
                "The interior ministry condemned the attack on the convoy near Gao on "
                "Tuesday and said it had opened an investigation into it."
            ),
            published=dt.date(2024, 3, 9),
        )
    )
    accusations = [e for e in adoc.events if e.plover is not None and e.plover.event == "ACCUSE"]
    assert len(accusations) == 1


def test_demands_told_sentences_apart_are_two_statements(pipeline: Pipeline) -> None:
    adoc = pipeline.process(
        Article(
            id="t",
            text=(
                "Police fired tear gas at marchers in Khartoum on Wednesday. The resistance "
                "committees called for new protests on Sunday and urged supporters to "
                "block the main roads.\n\nThe UN envoy said on Wednesday that "
                "he was alarmed by the violence and called on the authorities to allow "
                "peaceful protests."
            ),
            published=dt.date(2022, 4, 7),
        )
    )
    requests = [
        e
        for e in adoc.events
        if e.plover is not None and e.plover.event == "REQUEST" and e.status == "new"
    ]
    assert sorted(e.trigger.text for e in requests if e.trigger) == ["called for", "called on"]
