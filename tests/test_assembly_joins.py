"""What else an article tells of one event joins it: the kidnappers' shooting, the
rioters' beating, the march the police fired on (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _new(pipeline: Pipeline, text: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 9)))
    return [e for e in adoc.events if e.status == "new" and e.acled is not None]


def test_an_assault_that_kills_and_abducts_is_one_attack(pipeline: Pipeline) -> None:
    text = (
        "Bandits stormed a farming village in Katsina state on Thursday night, killing six "
        "people and abducting at least 20 others, a local official said."
    )
    events = _new(pipeline, text)
    assert len(events) == 1
    event = events[0]
    assert event.acled is not None
    assert event.acled.sub_event_type == "Attack"
    assert event.counts["fatalities"].best == 6
    assert event.counts["abducted"].best == 20


def test_petrol_bombs_thrown_by_gunmen_are_their_attack(pipeline: Pipeline) -> None:
    text = (
        "Gunmen in two cars opened fire on officers at a police station in Owerri on "
        "Thursday and threw petrol bombs into the building, police said."
    )
    events = _new(pipeline, text)
    assert len(events) == 1
    event = events[0]
    assert event.acled is not None
    assert event.acled.sub_event_type == "Armed clash"
    actor = event.actor("actor1")
    assert actor is not None and actor.name.startswith("Unidentified Armed Group")


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


def _statements(pipeline: Pipeline, text: str, plover: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2022, 4, 7)))
    return [
        e
        for e in adoc.events
        if e.plover is not None and e.plover.event == plover and e.status == "new"
    ]


def test_a_condemnation_and_an_inquiry_are_one_accusation(pipeline: Pipeline) -> None:
    text = (
        "The interior ministry condemned the attack on the convoy near Gao on Tuesday and "
        "said it had opened an investigation into it."
    )
    assert len(_statements(pipeline, text, "ACCUSE")) == 1


def test_demands_told_sentences_apart_are_two_statements(pipeline: Pipeline) -> None:
    text = (
        "Police fired tear gas at marchers in Khartoum on Wednesday. The resistance "
        "committees called for new protests on Sunday and urged supporters to block the "
        "main roads.\n\nThe UN envoy said on Wednesday that he was alarmed by the "
        "violence and called on the authorities to allow peaceful protests."
    )
    requests = _statements(pipeline, text, "REQUEST")
    assert sorted(e.trigger.text for e in requests if e.trigger) == ["called for", "called on"]


# One event per town (sentences we wrote): a rally told before "Elsewhere, ..."; protests
# that "also took place" in another town; one march in two towns; but not the town a
# witness fled to.
TOWNS = [
    (
        "Several hundred retirees rallied outside the central bank in Beirut on Monday, "
        "demanding access to their savings.\n\nElsewhere, young men blocked roads with "
        "burning tyres in the northern city of Tripoli, cutting traffic for hours.",
        ["Beirut", "Tripoli"],
    ),
    (
        "Police fired tear gas at thousands of protesters who stormed the grounds of "
        "parliament in Nairobi on Tuesday.\n\nDemonstrations also took place in Mombasa, "
        "where police fired tear gas to disperse hundreds of protesters.",
        ["Mombasa", "Nairobi"],
    ),
    (
        "Thousands of demonstrators marched in Mombasa and Kisumu on Tuesday to protest "
        "against the new tax, local media said.",
        ["Kisumu", "Mombasa"],
    ),
    (
        "Young men blocked roads with burning tyres in the northern city of Tripoli and on "
        "the coastal highway at the southern city of Sidon on Monday.",
        ["Sidon", "Tripoli"],
    ),
    (
        "Gunmen killed at least 30 traders at a cattle market in Djibo on Sunday, "
        "residents said.\n\nThe attackers opened fire on traders and set fire to stalls, "
        "a resident who fled to Ouahigouya said.",
        ["Djibo"],
    ),
    (
        "Police fired tear gas at protesters in central Cairo on Friday.\n\nLater in the "
        "evening, groups of youths looted shops in Giza.",
        ["Cairo", "Giza"],
    ),
    (
        "Riot police fired tear gas at thousands of dock workers who marched on the port "
        "authority on Thursday.\n\nSmaller rallies in support of the strike were held in Sfax and "
        "Sousse, unions said.",
        ["Sfax", "Sousse", "Tunisia"],
    ),
    (
        "Hundreds of nurses marched to the health ministry on Monday to demand unpaid "
        "wages.\n\nOn the same day, pharmacists held a sit-in in Kumasi.",
        ["Ghana", "Kumasi"],
    ),
]


@pytest.mark.parametrize(("text", "towns"), TOWNS)
def test_one_event_per_town(pipeline: Pipeline, text: str, towns: list[str]) -> None:
    events = _new(pipeline, text)
    assert sorted(e.location.name for e in events if e.location) == towns
    assert len({e.event_id for e in events}) == len(towns)


def test_attacks_in_two_provinces_the_same_night_are_two_events(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a meeting of farmers in Mugongo commune in Ngozi province on "
        "Thursday, beating six people. Late on Thursday, unknown assailants threw a grenade "
        "into a bar in Bujumbura, wounding four people, police said."
    )
    events = _new(pipeline, text)
    assert len(events) == 2
    grenade = next(e for e in events if e.acled and e.acled.sub_event_type == "Grenade")
    assert grenade.location is not None and grenade.location.name == "Bujumbura"


def test_a_death_of_its_own_day_in_another_town_is_another_event(pipeline: Pipeline) -> None:
    text = (
        "A roadside bomb wounded four soldiers near Rueso in Narathiwat on Sunday morning, "
        "police said. On Saturday evening, two men on a motorcycle shot dead a teacher in "
        "Yala, police said."
    )
    events = _new(pipeline, text)
    assert sorted(e.date.start for e in events) == ["2024-03-03", "2024-03-09"]


def test_a_toll_for_several_towns_is_not_repeated(pipeline: Pipeline) -> None:
    text = "Airstrikes hit Idlib and Aleppo on Monday, killing 12 people, rescuers said."
    events = _new(pipeline, text)
    assert sorted(e.location.name for e in events if e.location) == ["Aleppo", "Idlib"]
    assert sum(e.counts["fatalities"].best or 0 for e in events if "fatalities" in e.counts) == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act that says what kind of people are meant is no event told
        (
            "Police arrested 40 people in Yangon on Monday. The army says many of those "
            "held were rioters who attacked security forces.",
            ["Arrests"],
        ),
        # nor is a kind of event
        ("Protests are common in the capital. Police arrested 40 people on Monday.", ["Arrests"]),
        # but events of the past tense are told
        (
            "Police arrested 40 people in Yangon on Monday. Protests also took place in "
            "Mandalay, where police fired tear gas.",
            ["Arrests", "Protest with intervention"],
        ),
    ],
)
def test_kinds_of_people_and_events_are_no_events(
    pipeline: Pipeline, text: str, expected: list[str]
) -> None:
    events = _new(pipeline, text)
    assert sorted(e.acled.sub_event_type for e in events if e.acled) == expected


def test_an_event_months_before_the_story_is_background(pipeline: Pipeline) -> None:
    text = (
        "A deputy was shot dead outside a house in the town of Compton on Friday, police "
        "said.\n\nThe gunman fled on foot and was caught hours later.\n\n"
        "Eight months prior to this shooting, the deputy's cousin was stabbed to death by "
        "an inmate at a prison in Fresno."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 9)))
    stabbing = next(e for e in adoc.events if e.trigger and e.trigger.text == "stabbed")
    assert stabbing.status == "background"
    shooting = next(e for e in adoc.events if e.trigger and e.trigger.text == "shot")
    assert shooting.status == "new"
    assert shooting.location is not None and shooting.location.name == "Compton"
    assert all(x.text.strip()[:5] != "Eight" for x in shooting.evidence)


def test_an_event_days_before_the_story_is_another_event(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a police post in the town of Gusau on Thursday, killing two "
        "officers.\n\nTwo days earlier, gunmen attacked a market in the same area and "
        "burned several stalls."
    )
    events = _new(pipeline, text)
    assert len(events) == 2


def test_a_dated_arrest_the_report_looks_back_on_is_an_event(pipeline: Pipeline) -> None:
    text = (
        "Two colleges urged the government on Sunday to free a rural doctor, following the "
        "arrest of their graduate on Friday, March 4, over alleged links to rebels."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2022, 3, 7)))
    arrests = [e for e in adoc.events if e.plover.event == "COERCE"]
    assert [e.date.start for e in arrests] == ["2022-03-04"]


def test_a_towns_riots_of_one_day_are_one_event(pipeline: Pipeline) -> None:
    text = (
        "Rioters hurled petrol bombs at a tax office in central Patras as a "
        "general strike brought the city to a halt.\n\nFirefighters put out the blaze within "
        "an hour.\n\nShops along the seafront stayed shut all day.\n\nBuses did not run and "
        "the port was closed.\n\nLater, youths threw stones at a police van near the "
        "university in Patras."
    )
    riots = [e for e in _new(pipeline, text) if e.plover.event == "PROTEST"]
    assert len(riots) == 1
    assert riots[0].trigger is not None and riots[0].trigger.text == "hurled"
    assert any("threw stones" in x.text for x in riots[0].evidence)


def test_looting_by_a_crowd_is_a_riot_and_by_soldiers_looting(pipeline: Pipeline) -> None:
    crowd = "Hundreds of youths looted shops and a bank in Bouake on Thursday, police said."
    assert [e.acled.sub_event_type for e in _new(pipeline, crowd) if e.acled] == [
        "Violent demonstration"
    ]
    soldiers = "Soldiers looted shops and a bank in Bouake on Thursday, residents said."
    assert [e.acled.sub_event_type for e in _new(pipeline, soldiers) if e.acled] == [
        "Looting/property destruction"
    ]


def test_the_start_of_a_wave_weeks_back_is_background(pipeline: Pipeline) -> None:
    text = (
        "Police fired tear gas at marchers in Lima on Friday.\n\nThe unrest began on "
        "Feb. 12, when a strike by truck drivers over fuel prices turned violent."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 9)))
    statuses = {e.date.start: e.status for e in adoc.events if e.acled is not None}
    assert statuses["2024-03-08"] == "new"
    assert statuses["2024-02-12"] == "background"


def test_fighting_that_began_days_ago_is_news(pipeline: Pipeline) -> None:
    text = "The fighting began on Monday when militants attacked an army post near Tessalit."
    assert [e.date.start for e in _new(pipeline, text)] == ["2024-03-04"]


def test_soldiers_fighting_the_attackers_leave_the_attack_an_attack(pipeline: Pipeline) -> None:
    text = (
        "Armed men shot dead three villagers in Kangpokpi district on Friday, police said. "
        "Soldiers posted nearby exchanged fire with the assailants for an hour."
    )
    kinds = {e.acled.sub_event_type for e in _new(pipeline, text) if e.acled}
    assert "Attack" in kinds


def test_what_was_fired_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    text = "Houthi forces fired missiles at a tanker off Mokha on Tuesday."
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 8))).events
    assert [e.status for e in events] == ["new"]
    text = "Missiles are cheap, and the group fires them at ships every week."
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 8))).events
    assert not [e for e in events if e.status == "new"]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab claimed responsibility for the attack on Sunday, which killed 11 soldiers "
        "near Jowhar.",
        "A local militia claimed the ambush in Kidal, which killed six soldiers on Friday.",
    ],
)
def test_a_toll_told_of_a_claimed_attack_makes_it_news(pipeline: Pipeline, text: str) -> None:
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14))).events
    assert [e.status for e in events if e.acled is not None] == ["new"]


def test_arrests_during_protests_are_the_protests_intervention(pipeline: Pipeline) -> None:
    text = "More than 60 people were arrested during protests in Multan on Saturday."
    events = _new(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Protest with intervention"]
    assert events[0].counts["arrested"].best == 60


def test_deaths_told_inside_an_accusation_are_an_event(pipeline: Pipeline) -> None:
    text = (
        "The government accused the rebels of planting the bomb that killed four police "
        "officers in Garissa on Tuesday."
    )
    events = _new(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Remote explosive/landmine/IED"]
    assert events[0].counts["fatalities"].best == 4
    assert events[0].date.start == "2024-03-05"


def test_houses_burned_by_no_one_named_are_the_attacks_loss(pipeline: Pipeline) -> None:
    text = (
        "Militiamen killed 14 villagers in an attack on Bunyakiri late on Tuesday, the "
        "army said.\n\nA local official said the attackers went from house to house with "
        'machetes. "Nobody could run," he said.\n\nOn Thursday, hundreds of residents '
        "marched through Kalehe to demand protection, and police fired tear gas at them."
        "\n\nMore than 30 houses were burned, the official said."
    )
    events = _new(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == [
        "Attack",
        "Protest with intervention",
    ]


def test_a_crowd_torching_houses_in_a_raid_is_no_riot(pipeline: Pipeline) -> None:
    text = (
        "Troops stormed a village near Monywa on Tuesday, killing at least seven "
        "villagers and torching dozens of houses, residents said."
    )
    events = _new(pipeline, text)
    assert len(events) == 1
    assert events[0].acled is not None
    assert events[0].acled.event_type != "Riots"


def test_a_killing_with_its_doer_on_another_day_is_its_own_event(pipeline: Pipeline) -> None:
    text = (
        "Five policemen died when a mine struck their jeep outside Kalat on Wednesday, "
        "officials said.\n\nOn Thursday evening, the army killed four insurgents in a hideout "
        "in the hills of Kalat district, a military spokesman said."
    )
    events = sorted(_new(pipeline, text), key=lambda e: e.date.start)
    assert [e.date.start for e in events] == ["2024-03-06", "2024-03-07"]
    first, second = events
    assert first.counts["fatalities"].best == 5
    assert second.counts["fatalities"].best == 4
    killer = second.actor("actor1")
    assert killer is not None and killer.name == "Military Forces of Pakistan"


def test_a_building_burnt_in_an_attack_is_part_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "Gunmen torch customs post in Nigeria's Ebonyi state\n\n"
        "Three customs officers were shot dead and their post was burnt down near Abakaliki "
        "on Friday night in an attack the police blamed on separatists, officials said.\n\n"
        "The attackers arrived in two buses and fired at the officers on duty."
    )
    events = _new(pipeline, text)
    assert len(events) == 1
    event = events[0]
    assert event.acled is not None and event.acled.event_type != "Strategic developments"
    assert event.counts["fatalities"].best == 3


def test_a_noun_saying_what_an_act_was_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Truck drivers blocked the main road into Mwanza on Monday. Their union says the "
        "blockade is a protest against fuel prices."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 16)))
    said = next(f for f in adoc.frames if f.trigger.text == "protest")
    assert said.reference


def test_a_drone_strike_told_again_as_an_air_strike_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "Two men were killed on Tuesday afternoon when their car was hit by a missile fired "
        "by a Turkish drone on the main road of Amuda, in northeastern Syria.\n\nThe Turkish "
        'military said in a statement that its aircraft had struck "a PKK operative" in the '
        "area and that it would keep acting against threats."
    )
    events = [e for e in _new(pipeline, text) if e.acled is not None]
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Air/drone strike"]


def test_property_burned_by_they_after_a_raid_is_part_of_the_raid(pipeline: Pipeline) -> None:
    text = (
        "Four farmers were killed on Sunday when gunmen attacked a village in Mali's Mopti "
        "region, officials said.\n\nThe attackers arrived on motorcycles and went from house "
        "to house. They set fire to about 30 homes and the village granary before leaving."
    )
    events = [e for e in _new(pipeline, text) if e.acled is not None]
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Attack"]


def test_a_place_that_says_who_the_source_is_does_not_place_the_event(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen killed five traders in an attack on a cattle market late on Sunday.\n\n"
        "They came on motorcycles and set fire to dozens of stalls before leaving, said "
        "Amadou Diallo, who heads a traders' association in Mopti."
    )
    events = [e for e in _new(pipeline, text) if e.acled is not None]
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.name != "Mopti"


def test_the_seat_of_a_source_does_not_place_the_event(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed five traders in an attack on a cattle market late on Sunday.\n\n"
        "A human rights group based in Mopti said seven traders had been killed."
    )
    events = [e for e in _new(pipeline, text) if e.acled is not None]
    assert len(events) == 1
    assert events[0].location is None or events[0].location.name != "Mopti"


def test_arrests_by_rebels_are_no_intervention_in_a_rally_told_after(pipeline: Pipeline) -> None:
    text = (
        "On Monday the rebels imposed a curfew on the town, and their fighters detained at "
        "least 15 young men in house-to-house raids, residents said.\n\nIn Goma, several "
        "hundred traders rallied on Monday against the curfew."
    )
    events = {e.acled.sub_event_type: e for e in _new(pipeline, text) if e.acled}
    assert set(events) == {"Arrests", "Peaceful protest"}
    assert events["Peaceful protest"].counts.get("arrested") is None


def test_a_rally_that_dispersed_of_itself_met_no_intervention(pipeline: Pipeline) -> None:
    text = (
        "Several hundred traders rallied in Goma on Monday against new taxes. The rally "
        "dispersed without incident."
    )
    events = [e for e in _new(pipeline, text) if e.acled is not None]
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Peaceful protest"]
