"""Arguments said by the verb around an event noun, and by-mention arguments of records
(sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Token

from tacitus.components.events import assemble
from tacitus.linking.arguments import mention_arguments, record_mentions
from tacitus.linking.governors import between_sides, governed_targets, governing_agents
from tacitus.linking.roles import argument_heads
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def _texts(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


def test_subject_of_a_performing_verb_did_the_act(nlp: Language) -> None:
    noun = _word(nlp, "The rebel front carried out the ambush near the river.", "ambush")
    assert _texts(governing_agents(noun)) == ["front"]
    series = "The militia launched a series of raids across the valley."
    assert _texts(governing_agents(_word(nlp, series, "raids"))) == ["militia"]


def test_a_participle_on_a_grouped_event_noun_names_its_doer(nlp: Language) -> None:
    text = "The province has seen a wave of raids carried out by bandits since May."
    assert _texts(governing_agents(_word(nlp, text, "raids"))) == ["bandits"]


def test_who_an_act_was_claimed_by_did_it(nlp: Language) -> None:
    text = "The ambush was claimed by the Northern Brigade on Sunday."
    assert _texts(governing_agents(_word(nlp, text, "ambush"))) == ["Brigade"]


def test_the_perpetrators_of_an_act_did_it(nlp: Language) -> None:
    text = "Police are still hunting the perpetrators of the bombing in the market."
    assert _texts(governing_agents(_word(nlp, text, "bombing"))) == ["perpetrators"]


def test_who_claimed_responsibility_did_the_act(nlp: Language) -> None:
    text = "The Northern Brigade claimed responsibility for the bombing on Sunday."
    assert _texts(governing_agents(_word(nlp, text, "bombing"))) == ["Brigade"]


def test_passive_performer_and_people_involved(nlp: Language) -> None:
    text = "The attack was carried out by a separatist cell."
    assert _texts(governing_agents(_word(nlp, text, "attack"))) == ["cell"]
    involved = "Nine officers are involved in the assassination attempt."
    assert _texts(governing_agents(_word(nlp, involved, "assassination"))) == ["officers"]
    described = "Police named the men involved in the assassination attempt."
    assert _texts(governing_agents(_word(nlp, described, "assassination"))) == ["men"]


def test_a_conjoined_event_noun_shares_its_governor(nlp: Language) -> None:
    text = "The cell has carried out several bombings and raids in the capital."
    assert _texts(governing_agents(_word(nlp, text, "raids"))) == ["cell"]


def test_what_an_event_noun_hits_is_its_target(nlp: Language) -> None:
    text = "The explosion destroyed a bakery on the harbour road."
    assert _texts(governed_targets(_word(nlp, text, "explosion"))) == ["bakery"]
    passive = "The courthouse was shattered by an explosion at noon."
    assert _texts(governed_targets(_word(nlp, passive, "explosion"))) == ["courthouse"]
    aimed = "There were several bombings aimed at the border police."
    assert _texts(governed_targets(_word(nlp, aimed, "bombings"))) == ["police"]


def test_who_does_what_a_gerund_after_a_preposition_says(nlp: Language) -> None:
    accused = "Two brothers accused of carrying out the bombing were arrested."
    assert _texts(governing_agents(_word(nlp, accused, "bombing"))) == ["brothers"]
    judged = "The court convicted a teenager of carrying out the attack."
    assert _texts(governing_agents(_word(nlp, judged, "attack"))) == ["teenager"]
    passive = "The driver was charged with carrying out the ambush."
    assert _texts(governing_agents(_word(nlp, passive, "ambush"))) == ["driver"]
    after = "After attacking the convoy, the insurgents fled into the hills."
    assert _texts(argument_heads(_word(nlp, after, "attacking"))[0]) == ["insurgents"]
    praised = "The mayor praised the guards for stopping the attack."
    assert _texts(governing_agents(_word(nlp, praised, "attack"))) == []


def test_what_came_under_attack_or_was_its_target(nlp: Language) -> None:
    under = "A police convoy came under attack near the border on Monday."
    assert _texts(governed_targets(_word(nlp, under, "attack"))) == ["convoy"]
    target = "The embassy was the target of a bomb attack in 2015."
    assert _texts(governed_targets(_word(nlp, target, "attack"))) == ["embassy"]
    inverted = "The target of the raid was a fuel depot."
    assert _texts(governed_targets(_word(nlp, inverted, "raid"))) == ["depot"]
    near = "Three shops near the attack were closed."
    assert _texts(governed_targets(_word(nlp, near, "attack"))) == []


def test_what_an_attack_or_its_device_was_aimed_at(nlp: Language) -> None:
    relative = "The bombing, which targeted a police station, killed four officers."
    assert _texts(governed_targets(_word(nlp, relative, "bombing"))) == ["station"]
    device = "A car bomb targeting a military convoy exploded in Kabul."
    assert _texts(argument_heads(_word(nlp, device, "exploded"))[1]) == ["convoy"]
    killed = "A car bomb targeting a military convoy killed two passers-by."
    assert "convoy" not in _texts(argument_heads(_word(nlp, killed, "killed"))[1])


def test_the_noun_a_participle_describes_does_its_act(nlp: Language) -> None:
    drones = "Analysts warned of rebels buying cheap drones to launch attacks on airports."
    assert _texts(governing_agents(_word(nlp, drones, "attacks"))) == ["rebels"]
    boats = "There were reports of fighters using boats to carry out raids on the coast."
    assert _texts(governing_agents(_word(nlp, boats, "raids"))) == ["fighters"]


def test_a_battle_between_two_sides(nlp: Language) -> None:
    text = "Two died in a battle between soldiers and rebels in the hills."
    first, second = between_sides(_word(nlp, text, "battle"))
    assert (_texts(first), _texts(second)) == (["soldiers"], ["rebels"])


def _analysed(pipeline: Pipeline, text: str) -> ArticleDoc:
    return pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))


def test_people_shot_dead_are_shot_and_dead(pipeline: Pipeline) -> None:
    """The trader was shot (the attack's target) and is who died (the death's victim)."""
    text = "Gunmen attacked the market in Goma on Monday. A trader was shot dead by the gunmen."
    adoc = _analysed(pipeline, text)
    assert adoc.doc is not None
    built = assemble(adoc, pipeline.resources)
    found: dict[str, set[tuple[str, str]]] = {}
    for (cluster, event), (_, mentions) in zip(built, record_mentions(adoc, built), strict=True):
        for mention in mentions:
            pairs = mention_arguments(adoc.doc, cluster, event, mentions)[mention.start]
            found[mention.text] = {(side, text[a:b]) for side, (a, b) in pairs}
    assert ("patient", "A trader") in found["dead"]
    assert ("patient", "A trader") in found["shot"]
    assert ("agent", "the gunmen") not in found["dead"]
    assert ("patient", "the market") in found["attacked"]  # a place is the attack's


def test_anti_government_protest_names_what_is_opposed(pipeline: Pipeline) -> None:
    text = "Thousands joined anti-government protests in Lusaka on Saturday."
    adoc = _analysed(pipeline, text)
    protest = next(f for f in adoc.frames if f.trigger.lemma == "protest")
    assert "government" not in {m.text for m in protest.actor1}
