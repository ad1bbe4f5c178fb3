"""Which words are event mentions, and which mentions an event record keeps: deaths from
illness, list entries, far references (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from argument_probe import arguments_by_mention
from tacitus.coding.lexicon import Lexicon
from tacitus.coding.triggers import find_triggers
from tacitus.components.events import assemble
from tacitus.evaluation.wikievents_eval import accidental, predict_events, predicted_family
from tacitus.linking.arguments import record_mentions
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article


def _words(nlp: Language, lexicon: Lexicon, text: str) -> list[str]:
    return [t.text for t in find_triggers(nlp(text), lexicon=lexicon)]


def test_deaths_from_illness_are_no_events(nlp: Language, lexicon: Lexicon) -> None:
    assert _words(nlp, lexicon, "Six patients died of the unknown disease last week.") == []
    assert _words(nlp, lexicon, "Doctors want money to attack the virus.") == []
    assert _words(nlp, lexicon, "The mayor died of a heart attack on Friday.") == []
    assert _words(nlp, lexicon, "Six villagers died when the shell hit the market.") == ["died"]


def test_bulleted_titles_are_no_events(nlp: Language, lexicon: Lexicon) -> None:
    text = "See also\n* 2009 Kandahar market bombing\n* 2012 Kandahar hotel bombing\n"
    assert _words(nlp, lexicon, text) == []
    listed = "Events:\n* Gunmen attacked the bank on Friday\n"
    assert _words(nlp, lexicon, listed) == ["attacked"]


def _mentions(pipeline: Pipeline, text: str) -> list[list[str]]:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    adoc = pipeline.process(article)
    built = assemble(adoc, pipeline.resources)
    return [[m.text for m in mentions] for _, mentions in record_mentions(adoc, built)]


def test_far_reference_is_a_mention_of_the_event(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded outside the central bank in Mogadishu on Tuesday. "
        "The city council met on Wednesday to discuss the budget. "
        "Officials spoke about roads and water. "
        "The mayor asked for new buses. "
        "Schools will reopen next week. "
        "Police are still investigating the explosion."
    )
    mentions = _mentions(pipeline, text)
    bomb = next(m for m in mentions if "exploded" in m)
    assert "explosion" in bomb


def test_recalled_dated_attack_is_a_background_record(pipeline: Pipeline) -> None:
    text = (
        "Prosecutors in Lyon told the court that the attack on March 3, 2015, killed four people."
    )
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    events = pipeline.process(article).events
    attack = next(e for e in events if e.trigger.lemma == "attack")
    assert attack.status == "background"
    assert attack.date.start == "2015-03-03"


def test_weapons_and_attackers_are_no_kairos_triggers(nlp: Language, lexicon: Lexicon) -> None:
    doc = nlp("A suicide bomber detonated an IED at the gate.")
    found = {t.text: predicted_family(t) for t in find_triggers(doc, lexicon=lexicon)}
    assert found.get("detonated") == "Conflict"
    assert found.get("IED") is None
    assert found.get("suicide bomber") is None


def test_an_act_naming_its_people_or_an_incident_is_a_mention(
    nlp: Language, lexicon: Lexicon
) -> None:
    suspect = "A friend of the harbour bombing suspect was fined for lying to police."
    assert _words(nlp, lexicon, suspect) == ["bombing"]
    incident = "The first shooting incidents were reported near the bridge."
    assert _words(nlp, lexicon, incident) == ["shooting"]
    assert _words(nlp, lexicon, "The bomb suspect was released on bail.") == []


def test_an_act_naming_its_people_joins_the_event_told(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded at the ferry terminal in Mombasa on Friday, killing four people. "
        "Police later questioned a cousin of the bombing suspect."
    )
    mentions = _mentions(pipeline, text)
    assert any("exploded" in m and "bombing" in m for m in mentions)
    assert sum("bombing" in m for m in mentions) == 1


def test_a_campaign_rally_is_no_demonstration(nlp: Language, lexicon: Lexicon) -> None:
    assert _words(nlp, lexicon, "The senator spoke at a campaign rally in Ohio.") == []
    assert _words(nlp, lexicon, "Thousands joined a rally against the election result.") == [
        "rally"
    ]


def test_an_armed_side_hitting_people_attacks(nlp: Language, lexicon: Lexicon) -> None:
    snipers = "The army said its snipers had hit four insurgents at dawn."
    assert _words(nlp, lexicon, snipers) == ["hit"]
    assert _words(nlp, lexicon, "Troops hit two militants near the border.") == ["hit"]
    assert _words(nlp, lexicon, "The storm hit the coast on Monday.") == []
    assert _words(nlp, lexicon, "The police hit the streets in search of the driver.") == []


def test_a_reference_the_casualties_fell_in_reports_its_event(pipeline: Pipeline) -> None:
    text = "Twelve people were killed in the bombings in Kano on Friday, police said."
    mentions = _mentions(pipeline, text)
    assert any("bombings" in m and "killed" in m for m in mentions)
    wounded = "Three guards were wounded by the blast at the depot in Gao on Monday."
    assert any("blast" in m and "wounded" in m for m in _mentions(pipeline, wounded))
    left = "The bombings on Friday destroyed the market in Kano and left five people dead."
    assert any("bombings" in m and "dead" in m for m in _mentions(pipeline, left))


def test_people_hurt_are_injured(nlp: Language, lexicon: Lexicon) -> None:
    assert "hurt" in _words(nlp, lexicon, "Five policemen were slightly hurt in the blast.")
    assert "hurt" in _words(nlp, lexicon, "The explosion hurt 12 people near the market.")
    assert _words(nlp, lexicon, "The sanctions hurt the economy.") == ["sanctions"]
    assert _words(nlp, lexicon, "His pride was hurt by the remark.") == []
    doc = nlp("Five policemen were slightly hurt in a blast.")
    hurt = next(t for t in find_triggers(doc, lexicon=lexicon) if t.text == "hurt")
    assert predicted_family(hurt) == "Life.Injure"


def test_an_accidental_blast_is_no_kairos_attack(nlp: Language) -> None:
    doc = nlp("Two accidental explosions killed four fighters. The device detonated prematurely.")
    assert accidental(next(t for t in doc if t.text == "explosions"))
    assert accidental(next(t for t in doc if t.text == "detonated"))
    planted = nlp("The device detonated near the gate and killed four soldiers.")
    assert not accidental(next(t for t in planted if t.text == "detonated"))


def test_a_reference_to_nothing_reported_is_an_event_recalled(pipeline: Pipeline) -> None:
    text = "Police are still questioning witnesses to the bombing of the courthouse."
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    events = pipeline.process(article).events
    bombing = next(e for e in events if e.trigger.lemma == "bombing")
    assert bombing.status == "background"
    told = (
        "A bomb exploded at the courthouse in Jos on Monday. "
        "Police are questioning witnesses to the bombing."
    )
    statuses = [
        e.status
        for e in pipeline.process(Article(id="u", text=told, published=dt.date(2024, 5, 6))).events
    ]
    assert statuses.count("background") == 0


def _scored(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    adoc = pipeline.process(article)
    found = predict_events(adoc, assemble(adoc, pipeline.resources))
    return [(p.family, text[p.trigger[0] : p.trigger[1]]) for p in found]


def test_an_accident_is_no_attack_in_any_of_its_words(pipeline: Pipeline) -> None:
    text = (
        "Two fighters died when a bomb they were assembling went off prematurely, "
        "setting off a second charge in the room."
    )
    scored = _scored(pipeline, text)
    assert ("Life.Die", "died") in scored
    assert not [word for family, word in scored if family == "Conflict"]
    planted = "Two soldiers died when a bomb went off near the gate, setting off a fire."
    assert ("Conflict", "went off") in _scored(pipeline, planted)


def test_an_attack_named_as_the_matter_of_a_trial_is_no_new_mention(pipeline: Pipeline) -> None:
    told = "A bomb exploded outside the courthouse in Jos on Monday, killing four people."
    text = (
        f"{told} Two men were later tried for the bombing, and a third denied any role in "
        "the attack. Police arrested a driver in connection with the blast. The governor "
        "responded to the attack by closing the market. The president condemned this "
        "cowardly bombing."
    )
    attacks = [word for family, word in _scored(pipeline, text) if family == "Conflict"]
    assert attacks == ["exploded"]
    after = f"{told} In the wake of the bombing, shops stayed closed."
    assert ("Conflict", "bombing") in _scored(pipeline, after)
    other = f"{told} One of the men was also tried for an attack on a bank in 2019."
    assert ("Conflict", "attack") in _scored(pipeline, other)
    first = "Two men were tried on Monday for the bombing of the embassy in Nairobi."
    assert ("Conflict", "bombing") in _scored(pipeline, first)
    charged = f"{told} The driver now faces charges of murder and arson."
    assert [w for f, w in _scored(pipeline, charged) if f == "Conflict"] == ["exploded"]


def test_deaths_and_wounds_told_in_other_words_are_kairos_mentions(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded outside the bank on Monday. Six people perished in the blast, "
        "two guards later succumbed to their injuries and three children were among the "
        "wounded."
    )
    scored = _scored(pipeline, text)
    assert ("Life.Die", "perished") in scored
    assert ("Life.Die", "succumbed") in scored
    assert ("Life.Injure", "wounded") in scored
    toll = "A bomb exploded in the market on Monday. Officials put the death toll at 11."
    assert ("Life.Die", "death toll") in _scored(pipeline, toll)
    limbs = "A mine exploded on the path on Monday. Two boys lost their legs."
    assert ("Life.Injure", "lost") in _scored(pipeline, limbs)
    assert ("patient", "their legs") not in arguments_by_mention(pipeline, limbs)["lost"]
    assert ("patient", "Two boys") in arguments_by_mention(pipeline, limbs)["lost"]


@pytest.mark.parametrize(
    ("text", "consults"),
    [
        ("The governor spoke to reporters outside the hospital on Monday.", False),
        ("The minister spoke with journalists and local newspapers at the airport.", False),
        ("The premier met reporters after the vote.", False),
        ("The police chief held a meeting with reporters on Friday.", False),
        ("The governor spoke with the rebel commander by telephone on Monday.", True),
        ("The envoy met the army chief and the press in the capital.", True),
    ],
)
def test_talking_to_the_press_is_no_consultation(
    nlp: Language, lexicon: Lexicon, text: str, consults: bool
) -> None:
    codes = {t.code for t in find_triggers(nlp(text), lexicon=lexicon)}
    assert bool(codes & {"consult", "consult_phone"}) is consults
