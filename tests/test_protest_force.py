"""Force used on marching demonstrators: the marchers are its target even where the
parser reads "protesters marching" as a gerund clause, and the march and the force are
one event, as ACLED codes them (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14))).events


def test_fire_at_marching_protesters_is_one_excessive_force_event(pipeline: Pipeline) -> None:
    text = (
        "Soldiers fired live rounds at protesters marching towards the palace in Gulu on "
        "Monday, killing two."
    )
    events = _events(pipeline, text)
    assert len(events) == 1
    event = events[0]
    assert event.acled is not None
    assert event.acled.sub_event_type == "Excessive force against protesters"
    assert event.date.start == "2024-03-11"
    assert event.counts["fatalities"].best == 2
    assert event.actor("actor2") is not None
    assert event.actor("actor2").name == "Protesters (Uganda)"  # type: ignore[union-attr]


def test_fire_on_the_marchers_keeps_its_shooters_first(pipeline: Pipeline) -> None:
    text = (
        "Police opened fire on demonstrators marching to the district office in Lira on "
        "Wednesday, killing three people, witnesses said."
    )
    events = [e for e in _events(pipeline, text) if e.acled is not None]
    assert [e.acled.sub_event_type for e in events if e.acled] == [
        "Excessive force against protesters"
    ]
    assert events[0].actor("actor1").name == "Police Forces of Uganda"  # type: ignore[union-attr]


def test_an_attack_on_protesters_told_in_another_sentence_stays_apart(
    pipeline: Pipeline,
) -> None:
    text = (
        "Thousands of teachers marched through Lira on Wednesday to demand unpaid wages. "
        "Unknown gunmen later shot at the protesters, killing one."
    )
    kinds = [e.plover.event for e in _events(pipeline, text) if e.status == "new"]
    assert len(kinds) == 2


def test_deaths_state_forces_caused_at_protests_are_excessive_force(pipeline: Pipeline) -> None:
    text = "Soldiers killed at least 12 people during protests in Bamako over the weekend."
    (event,) = [e for e in _events(pipeline, text) if e.acled is not None]
    assert event.acled is not None
    assert event.acled.sub_event_type == "Excessive force against protesters"
    assert event.actor("actor1").name == "Military Forces of Mali"  # type: ignore[union-attr]
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2024-03-09",
        "2024-03-10",
        "week",
    )


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    found = []
    for event in _events(pipeline, text):
        if event.acled is None:
            continue
        first, second = event.actor("actor1"), event.actor("actor2")
        found.append(
            (
                event.acled.sub_event_type,
                first.text if first else None,
                second.name if second else None,
            )
        )
    return found


def test_water_cannon_used_against_a_crowd_is_an_intervention(pipeline: Pipeline) -> None:
    text = "Riot police used water cannon against protesters in Yerevan on Tuesday."
    assert _coded(pipeline, text) == [
        ("Protest with intervention", "protesters", "Police Forces of Armenia")
    ]


def test_rubber_bullets_are_crowd_control_not_live_fire(pipeline: Pipeline) -> None:
    text = "Police used tear gas and rubber bullets on demonstrators in Kisumu on Friday."
    assert _coded(pipeline, text) == [
        ("Protest with intervention", "demonstrators", "Police Forces of Kenya")
    ]


def test_tear_gas_with_live_rounds_that_kill_is_excessive_force(pipeline: Pipeline) -> None:
    text = "Police fired tear gas and live rounds at protesters in Kano on Friday, killing three."
    coded = _coded(pipeline, text)
    assert [code for code, _, _ in coded] == ["Excessive force against protesters"]
    assert coded[0][2] == "Protesters (Nigeria)"


def test_using_water_cannon_on_no_crowd_is_no_event(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "Police have used water cannon before, the minister said.") == []


def _typed_sides(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.acled.sub_event_type,
            getattr(e.actor("actor1"), "name", None),
            getattr(e.actor("actor2"), "name", None),
        )
        for e in _events(pipeline, text)
        if e.acled is not None
    ]


def test_weapons_of_war_used_against_a_target_are_an_attack_with_them(
    pipeline: Pipeline,
) -> None:
    text = "Police used artillery against rebels near Goma on Friday."
    assert _typed_sides(pipeline, text) == [
        (
            "Shelling/artillery/missile attack",
            "Police Forces of the Democratic Republic of Congo",
            "Unidentified Armed Group (Democratic Republic of Congo)",
        )
    ]


def test_weapons_used_on_nothing_are_no_event(pipeline: Pipeline) -> None:
    assert _typed_sides(pipeline, "Farmers used drones to spray their fields on Friday.") == []
    assert _typed_sides(pipeline, "The rebels have used rockets before.") == []


def test_warning_shots_to_disperse_a_crowd_are_the_protests_intervention(
    pipeline: Pipeline,
) -> None:
    text = "Soldiers fired warning shots into the air to disperse the crowd in Kayes."
    events = [e for e in _events(pipeline, text) if e.acled is not None]
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Protest with intervention"]


def test_shots_into_the_air_at_no_one_are_no_attack(pipeline: Pipeline) -> None:
    text = (
        "Dozens of women rallied in Herat on Tuesday before fighters dispersed them by "
        "firing into the air."
    )
    subs = [e.acled.sub_event_type for e in _events(pipeline, text) if e.acled]
    assert "Attack" not in subs
    assert subs == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Women protested in Mazar-i-Sharif on Saturday before Taliban fighters "
            "dispersed them with gunfire into the air.",
            "Taliban",
        ),
        (
            "Police scattered the marchers with gunfire into the air in Kisumu on Monday.",
            "Police Forces of Kenya",
        ),
    ],
)
def test_gunfire_into_the_air_that_breaks_up_a_crowd_is_an_intervention(
    pipeline: Pipeline, text: str, force: str
) -> None:
    [event] = [e for e in _events(pipeline, text) if e.acled is not None]
    assert event.acled is not None
    assert event.acled.sub_event_type == "Protest with intervention"
    assert event.actor("actor2").name == force  # type: ignore[union-attr]


def test_celebratory_gunfire_into_the_air_is_no_attack(pipeline: Pipeline) -> None:
    text = "Guests fired celebratory gunfire into the air at a wedding in Kandahar on Friday."
    assert [e for e in _events(pipeline, text) if e.acled is not None] == []


def test_live_gunfire_on_a_crowd_is_still_force(pipeline: Pipeline) -> None:
    text = "Police dispersed the crowd with gunfire in Kisumu on Monday, killing two protesters."
    subs = [e.acled.sub_event_type for e in _events(pipeline, text) if e.acled]
    assert subs == ["Excessive force against protesters"]


def test_a_crowd_that_torched_and_looted_is_one_riot(pipeline: Pipeline) -> None:
    # The parser reads "looted shops" as an adjective and a noun joined to "vehicles".
    text = "Rioters torched police vehicles and looted shops in Lyon overnight."
    events = [e for e in _events(pipeline, text) if e.acled is not None]
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Violent demonstration"]
    assert events[0].actor("actor1") is not None
    assert events[0].actor("actor1").name == "Rioters (France)"  # type: ignore[union-attr]


def test_activists_beaten_at_a_meeting_are_civilians_attacked(pipeline: Pipeline) -> None:
    text = (
        "Imbonerakure members beat eight opposition activists at a meeting in Gitega on "
        "Sunday, the opposition said."
    )
    [event] = [e for e in _events(pipeline, text) if e.acled is not None]
    assert event.acled is not None
    assert event.acled.sub_event_type == "Attack"
    assert event.actor("actor1").name == "Imbonerakure"  # type: ignore[union-attr]
    assert event.actor("actor2").name == "Civilians (Burundi)"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students marched in Dhaka on Monday to protest the arrest of their leader.",
        "Traders rallied in Kano on Monday against the arrest of 12 colleagues.",
        "Mothers marched through Tunis on Sunday to demand the release of detained sons.",
        "Lawyers rallied outside the court in Lahore for their jailed colleague.",
    ],
)
def test_an_arrest_a_protest_is_against_is_no_intervention(pipeline: Pipeline, text: str) -> None:
    subs = [e.acled.sub_event_type for e in _events(pipeline, text) if e.acled]
    assert subs == ["Peaceful protest"]


def test_arrests_at_a_protest_against_an_arrest_are_its_intervention(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police arrested 20 students who marched in Dhaka on Monday to protest the arrest "
        "of their leader."
    )
    subs = [e.acled.sub_event_type for e in _events(pipeline, text) if e.acled]
    assert subs == ["Protest with intervention"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses protested in Bauchi on Monday over the death of a colleague.",
        "Traders rallied in Kano on Monday to protest the deaths of three porters.",
        "Protests broke out in Jos on Monday over the killing of two students.",
    ],
)
def test_deaths_a_protest_is_over_are_no_toll_of_it(pipeline: Pipeline, text: str) -> None:
    protests = [e for e in _events(pipeline, text) if e.acled is not None and e.status == "new"]
    assert [e.acled.sub_event_type for e in protests if e.acled] == ["Peaceful protest"]
    assert "fatalities" not in protests[0].counts


def test_a_force_a_peaceful_march_is_against_is_not_its_second_actor(
    pipeline: Pipeline,
) -> None:
    text = "Students marched in Sylhet on Monday against the beating of a classmate by police."
    events = [e for e in _events(pipeline, text) if e.acled is not None]
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Peaceful protest"]
    assert events[0].actor("actor2") is None
    assert "police" in [a.text for a in events[0].actors if a.role == "target"]


def test_a_protest_against_no_one_named_is_against_the_authorities_where_it_is_held(
    pipeline: Pipeline,
) -> None:
    text = "Hundreds of teachers marched through Kisumu on Monday to demand higher pay."
    events = [e for e in _events(pipeline, text) if e.acled is not None]
    assert len(events) == 1
    targets = [(a.country, a.text) for a in events[0].actors if a.role == "target"]
    assert targets == [("KEN", "Kisumu")]
    assert events[0].actor("actor2") is None  # no ACLED second actor
