"""Arguments found through the structure of a sentence: coordination, partitives,
predicates, appositions, instruments, coreference, and which mention of a record takes
each phrase (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Token

from argument_probe import analysed, arguments_by_mention
from tacitus.linking.governors import governing_agents
from tacitus.linking.roles import argument_heads
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def _patients(nlp: Language, text: str, word: str) -> list[str]:
    return [t.text for t in argument_heads(_word(nlp, text, word))[1]]


def test_predicates_and_coordinated_participles_name_victims(nlp: Language) -> None:
    assert _patients(nlp, "Nine villagers were dead.", "dead") == ["villagers"]
    assert _patients(nlp, "Forty guests were beaten and injured.", "injured") == ["guests"]
    shot = "A farmer was shot dead near the river."
    assert _patients(nlp, shot, "dead") == ["farmer"]


def test_who_suffered_an_injury_is_its_victim(nlp: Language) -> None:
    text = "Twelve pilgrims suffered serious injuries in the stampede."
    assert _patients(nlp, text, "injuries") == ["pilgrims"]
    owner = "The lawyer's death shocked the town."
    assert _patients(nlp, owner, "death") == ["lawyer"]


def test_casualty_words_used_as_nouns_count_their_people(nlp: Language) -> None:
    text = "Four of the injured were children."
    assert _patients(nlp, text, "injured") == ["Four"]
    listed = "The dead included two nurses and a driver."
    assert _patients(nlp, listed, "dead") == ["nurses", "driver"]


def test_coordinated_verbs_share_their_object(nlp: Language) -> None:
    text = "Soldiers beat and detained several traders at the checkpoint."
    assert _patients(nlp, text, "beat") == ["traders"]


def test_blamed_on_names_who_did_it(nlp: Language) -> None:
    text = "Officials blamed the ambush on separatist rebels."
    assert [t.text for t in governing_agents(_word(nlp, text, "ambush"))] == ["rebels"]
    assert _patients(nlp, text, "ambush") == []
    accused = "The cell was accused of the bombing."
    assert [t.text for t in governing_agents(_word(nlp, accused, "bombing"))] == ["cell"]


def test_coordinated_and_partitive_victims(pipeline: Pipeline) -> None:
    found = arguments_by_mention(
        pipeline, "Four traders and two soldiers were killed in Gao on Monday."
    )
    assert {("patient", "traders"), ("patient", "soldiers")} <= found["killed"]
    guards = arguments_by_mention(
        pipeline, "Three of the guards were wounded in Kismayo on Sunday."
    )
    assert ("patient", "guards") in guards["wounded"]


def test_who_is_counted_among_the_dead(nlp: Language) -> None:
    assert _patients(nlp, "Two nurses were among the dead, officials said.", "dead") == ["nurses"]
    assert _patients(nlp, "Among the injured were three schoolgirls.", "injured") == ["schoolgirls"]
    among_those = "A village elder was among those killed in the raid."
    assert _patients(nlp, among_those, "killed") == ["elder"]


def test_a_partitive_relative_names_the_set(pipeline: Pipeline) -> None:
    text = "Gunmen opened fire on a bus carrying 40 pilgrims, six of whom were killed."
    assert ("patient", "40 pilgrims") in arguments_by_mention(pipeline, text)["killed"]


def test_more_after_a_quantity_heads_its_phrase(pipeline: Pipeline) -> None:
    text = "A bomb went off in the bus depot, killing nine people and injuring dozens more."
    assert ("patient", "dozens more") in arguments_by_mention(pipeline, text)["injuring"]
    several = "Four guards died and some 40 more were wounded in a blast at the depot."
    assert ("patient", "some 40 more") in arguments_by_mention(pipeline, several)["wounded"]


def test_a_name_misread_as_a_verb_still_modifies_the_event(pipeline: Pipeline) -> None:
    text = "Eleven soldiers were killed in IS attacks near Raqqa on Sunday."
    assert ("agent", "IS") in arguments_by_mention(pipeline, text)["attacks"]


def test_a_weapon_and_where_it_went_off_are_no_targets(pipeline: Pipeline) -> None:
    text = "Militants detonated two bombs at the bus station in Quetta on Friday."
    found = arguments_by_mention(pipeline, text)
    patients = {t for side, t in found["detonated"] if side == "patient"}
    assert not patients & {"two bombs", "the bus station"}


def test_reflexive_attacker_and_a_person_who_acted(pipeline: Pipeline) -> None:
    text = "A suicide bomber blew himself up at a checkpoint in Herat on Monday."
    found = arguments_by_mention(pipeline, text)
    assert ("patient", "himself") not in found["blew"]
    assert any(side == "agent" and "bomber" in t for side, t in found["blew"])


def test_a_name_and_its_title_are_one_argument(pipeline: Pipeline) -> None:
    text = "Gunmen killed Prime Minister Hassan Diallo in Bamako on Tuesday."
    patients = {
        t for side, t in arguments_by_mention(pipeline, text)["killed"] if side == "patient"
    }
    assert patients == {"Prime Minister Hassan Diallo"}  # the office holder, one mention
    titled = "Gunmen attacked Governor Amina Sule in Jos on Tuesday."
    patients = {
        t for side, t in arguments_by_mention(pipeline, titled)["attacked"] if side == "patient"
    }
    assert patients == {"Governor Amina Sule"}  # a title before its name is taken with it


def test_nearness_alone_makes_no_argument(pipeline: Pipeline) -> None:
    text = (
        "A bomb killed six people at a market in Maiduguri on Friday. "
        "After causing the deaths, the group blamed the security forces for the chaos."
    )
    found = arguments_by_mention(pipeline, text)
    assert ("patient", "the security forces") not in found.get("deaths", set())


def test_they_is_the_group_named_before(pipeline: Pipeline) -> None:
    text = (
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Sunday. "
        "They killed nine guests before troops arrived."
    )
    adoc = analysed(pipeline, text)
    killed = next(f for f in adoc.frames if f.trigger.lemma == "kill")
    assert [m.text for m in killed.actor1] == ["They"]
    entry = killed.actor1[0].entry
    assert entry is not None and entry.name == "Al Shabaab"


def test_a_pronoun_with_nothing_before_it_stays_unresolved(pipeline: Pipeline) -> None:
    adoc = analysed(pipeline, "They killed nine guests in Mogadishu on Sunday.")
    killed = next(f for f in adoc.frames if f.trigger.lemma == "kill")
    assert killed.actor1 == []


def test_with_absolute_and_shot_dead_by(nlp: Language) -> None:
    text = "Three guards were killed, with two drivers and a cook injured."
    assert sorted(_patients(nlp, text, "injured")) == ["cook", "drivers"]
    suspect = "The gunman, shot dead by police, had fled the city."
    assert _patients(nlp, suspect, "shot") == ["gunman"]
    assert _patients(nlp, suspect, "dead") == ["gunman"]


def test_the_group_is_the_named_group_before_it(pipeline: Pipeline) -> None:
    text = (
        "Boko Haram claimed a raid on a village near Bama on Monday. "
        "The group attacked a military base in the same district on Tuesday."
    )
    adoc = analysed(pipeline, text)
    attacked = next(f for f in adoc.frames if f.trigger.text == "attacked")
    assert [m.text for m in attacked.actor1] == ["The group"]
    entry = attacked.actor1[0].entry
    assert entry is not None and entry.name.startswith("Boko Haram")


def test_a_fused_more_names_its_quantity_too(pipeline: Pipeline) -> None:
    text = "Gunmen killed three villagers near Jos on Friday; some 130 more were injured."
    article = Article(id="t", text=text, published=dt.date(2024, 3, 14))
    texts = {a.text for e in pipeline.process(article).events for a in e.actors}
    assert "some 130 more" in texts
    assert "more" not in texts


def test_a_relative_clause_acts_through_the_noun_it_modifies(pipeline: Pipeline) -> None:
    text = "Troops killed the insurgents who attacked the border post on Friday."
    found = arguments_by_mention(pipeline, text)
    assert ("agent", "insurgents") in found["attacked"]
    assert ("agent", "Troops") not in found["attacked"]
    assert ("patient", "insurgents") in found["killed"]


def test_who_a_verb_says_acted_is_its_agent_whoever_the_record_names(
    pipeline: Pipeline,
) -> None:
    text = "The suspect attacked two women with a knife before police shot him."
    found = arguments_by_mention(pipeline, text)
    assert ("agent", "The suspect") in found["attacked"]
    assert ("agent", "police") in found["shot"]
    assert ("agent", "police") not in found["attacked"]


def test_those_described_as_responsible_acted(pipeline: Pipeline) -> None:
    text = "The governor said those responsible for the bombing would be punished."
    assert ("agent", "those") in arguments_by_mention(pipeline, text)["bombing"]
    plain = "The police arrested two men and those were questioned about the bombing."
    assert ("agent", "those") not in arguments_by_mention(pipeline, plain).get("bombing", set())


def test_a_gerund_used_as_a_noun_falls_on_its_of_object(pipeline: Pipeline) -> None:
    text = "Shelling of farming villages near Kupiansk killed two women."
    found = arguments_by_mention(pipeline, text)["Shelling"]
    assert ("patient", "farming villages") in found


def test_a_partitive_of_the_hurt_keeps_to_its_own_set(pipeline: Pipeline) -> None:
    text = "Three of the nine killed and five of the wounded were teachers at the school."
    found = arguments_by_mention(pipeline, text)["wounded"]
    assert ("patient", "five") in found
    assert not any("nine" in t for _, t in found)


def test_a_noun_misread_as_its_participles_subject_is_the_passives(pipeline: Pipeline) -> None:
    text = (
        "The blast caused part of the hotel's roof to fall in and tourists staying in a room"
        " below were injured."
    )
    assert ("patient", "tourists") in arguments_by_mention(pipeline, text)["injured"]
    crossing = (
        "The blast caused the bridge to sway and drivers crossing it at the time were injured."
    )
    assert ("patient", "drivers") in arguments_by_mention(pipeline, crossing)["injured"]
