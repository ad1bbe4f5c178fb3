"""Actors whose country a word around their noun gives: "the president of Armenia",
"Israeli intelligence officials", "Algerian landowners", "Kurds" (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.actors import ActorKB
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6))).events


def _first(pipeline: Pipeline, text: str) -> tuple[str, str | None]:
    event = _events(pipeline, text)[0]
    first = event.actor("actor1")
    assert first is not None, event.actors
    return first.name, first.country


@pytest.mark.parametrize(
    "text",
    [
        "The president of Armenia accused Azerbaijan of shelling border villages on Monday.",
        "Armenia's president accused Azerbaijan of shelling border villages on Monday.",
    ],
)
def test_a_countrys_office_holder_is_its_government(pipeline: Pipeline, text: str) -> None:
    assert _first(pipeline, text) == ("Government of Armenia", "ARM")


def test_the_office_holder_leaves_the_other_country_as_second_actor(pipeline: Pipeline) -> None:
    text = "The president of Armenia accused Azerbaijan of shelling border villages on Monday."
    second = _events(pipeline, text)[0].actor("actor2")
    assert second is not None and second.name == "Government of Azerbaijan"


def test_a_demonym_with_words_between_gives_the_force_its_country(pipeline: Pipeline) -> None:
    text = "Israeli intelligence officials accused Iran of arming the militia on Monday."
    assert _first(pipeline, text) == ("Government of Israel", "ISR")


def test_a_demonym_and_an_unknown_noun_are_one_actor_of_that_country(
    pipeline: Pipeline,
) -> None:
    text = "Algerian landowners protested outside parliament in Algiers on Monday."
    assert _first(pipeline, text) == ("Algerian landowners", "DZA")


def test_a_people_takes_the_country_where_the_event_happened(pipeline: Pipeline) -> None:
    text = "Kurds clashed with Yazidis near Sinjar in Iraq on Monday."
    event = _events(pipeline, text)[0]
    second = event.actor("actor2")
    assert second is not None and (second.name, second.country) == ("Yazidis", "IRQ")


@pytest.mark.parametrize(
    ("text", "first", "ally"),
    [
        (
            "American and British warplanes struck rebel targets near the port on Saturday.",
            "Military Forces of the United States",
            "Military Forces of the United Kingdom",
        ),
        (
            "US and British jets struck rebel targets near the port on Saturday.",
            "Military Forces of the United States",
            "Military Forces of the United Kingdom",
        ),
        (
            "French and Malian troops clashed with militants near Gao on Saturday.",
            "Military Forces of France",
            "Military Forces of Mali",
        ),
    ],
)
def test_each_country_of_a_joint_force_is_an_actor(
    pipeline: Pipeline, text: str, first: str, ally: str
) -> None:
    event = _events(pipeline, text)[0]
    assert _first(pipeline, text)[0] == first
    assert ally in [a.name for a in event.actors if a.role == "assoc"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("An Israeli airstrike killed four people in Khan Younis on Sunday.", "Israel"),
        ("A Russian missile strike killed two civilians in Sumy on Sunday.", "Russia"),
    ],
)
def test_a_countrys_strike_is_its_militarys(pipeline: Pipeline, text: str, force: str) -> None:
    name, _ = _first(pipeline, text)
    assert name == f"Military Forces of {force}"


def test_a_strike_of_no_named_country_names_no_military(pipeline: Pipeline) -> None:
    name, _ = _first(pipeline, "An airstrike killed four people near Idlib on Sunday.")
    assert not name.startswith("Military Forces of")


def _mentions(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    return [(m.text, m.entry.name if m.entry else None) for m in adoc.actors]


def test_a_person_named_with_a_government_office_acts_for_that_government(
    pipeline: Pipeline,
) -> None:
    text = "Kenyan Foreign Minister Ana Lopes met her Ugandan counterpart in Kampala on Monday."
    assert _mentions(pipeline, text)[0] == (
        "Kenyan Foreign Minister Ana Lopes",
        "Government of Kenya",
    )
    text = "Former president Ana Lopes accused the government of fraud on Monday."
    assert _mentions(pipeline, text)[0] == ("Ana Lopes", None)


def test_an_opposition_leader_is_no_government(pipeline: Pipeline) -> None:
    text = "Opposition leader Ana Lopes accused the government of fraud on Monday."
    assert _mentions(pipeline, text)[0] == ("Ana Lopes", None)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "British Foreign Secretary Ana Lopes urged Sudan on Friday to reopen the border.",
            "British Foreign Secretary Ana Lopes",
            "Government of the United Kingdom",
        ),
        (
            "Qatar's emir offered on Saturday to mediate between the two neighbours.",
            "Qatar's emir",
            "Government of Qatar",
        ),
        (
            "The Kenyan vice president promised on Monday to compensate the farmers.",
            "Kenyan vice president",
            "Government of Kenya",
        ),
    ],
)
def test_secretaries_emirs_and_deputies_are_government_offices(
    pipeline: Pipeline, text: str, mention: str, name: str
) -> None:
    assert _mentions(pipeline, text)[0] == (mention, name)


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Syrian Arab Republic", "SYR"),
        ("the Hashemite Kingdom of Jordan", "JOR"),
        ("Federal Republic of Somalia", "SOM"),
        ("Lao People's Democratic Republic", "LAO"),
        ("Republic of China", "TWN"),
        ("People's Republic of China", "CHN"),
    ],
)
def test_official_state_names_name_their_country(name: str, iso: str) -> None:
    assert ActorKB.load().country_of_name(name) == iso


def test_the_people_of_an_official_name_are_no_crowd(pipeline: Pipeline) -> None:
    text = (
        "The United States on Monday demanded that the Democratic People's Republic of "
        "Korea halt its missile tests."
    )
    assert _mentions(pipeline, text)[:2] == [
        ("United States", "Government of the United States"),
        ("the Democratic People's Republic of Korea", "Government of North Korea"),
    ]


def test_a_demonym_before_a_people_is_one_actor_of_that_country(pipeline: Pipeline) -> None:
    text = "Iraqi Kurds accused Turkey on Monday of shelling their villages."
    assert _first(pipeline, text) == ("Iraqi Kurds", "IRQ")


def test_an_ethnicity_is_no_nationality(pipeline: Pipeline) -> None:
    text = "About 300 ethnic Serbs marched through Mitrovica in Kosovo on Sunday."
    assert _first(pipeline, text) == ("Protesters (Kosovo)", "XKX")


def test_a_crowd_named_by_a_demonym_keeps_it_across_a_border(pipeline: Pipeline) -> None:
    text = "Hundreds of Polish truck drivers blocked a border crossing into Germany on Monday."
    assert _first(pipeline, text) == ("Protesters (Poland)", "POL")


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyz and Tajik border guards traded fire on Tuesday, wounding three.",
        "Kyrgyz and Tajik troops traded fire on Tuesday, wounding three.",
    ],
)
def test_a_demonym_read_as_the_head_of_the_pair_is_still_a_side(
    pipeline: Pipeline, text: str
) -> None:
    # The parser reads "Kyrgyz" as the subject and the force's noun as joined to it.
    event = _events(pipeline, text)[0]
    sides = {a.country for a in event.actors if a.role in ("actor1", "actor2")}
    assert sides == {"KGZ", "TJK"}
