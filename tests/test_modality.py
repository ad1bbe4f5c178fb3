"""Does a trigger describe something that happened? Modality from the dependency tree."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.mentions.modality import modality

pytestmark = pytest.mark.slow


# (sentence, trigger word, expected modality)
CASES = [
    # future
    ("Protesters will march on Friday.", "march", "future"),
    ("The group plans to attack the base.", "attack", "future"),
    ("Protesters are expected to rally in the capital.", "rally", "future"),
    ("The militia vowed to respond to the strike.", "respond", "future"),
    ("The group threatened to strike the base.", "strike", "future"),
    ("The march is scheduled for Friday.", "march", "future"),
    ("Unions called for a general strike next week.", "strike", "future"),
    ("Protesters are going to march tomorrow.", "march", "future"),
    ("Militants will attack and burn the village.", "burn", "future"),
    ("Thousands plan a march on Sunday.", "march", "future"),
    ("Farmers pledged to block the highway.", "block", "future"),
    ("The teachers' union is set to strike in May.", "strike", "future"),
    ("Officials said the army will deploy more troops.", "deploy", "future"),
    ("The party called on the government to expel the envoy.", "expel", "future"),
    ("The governor asked the federal government to send more troops.", "send", "future"),
    ("An upcoming rally has worried the government.", "rally", "future"),
    # hypothetical
    ("Militants could strike again.", "strike", "hypothetical"),
    ("The minister said troops would remain deployed in the city.", "deployed", "hypothetical"),
    ("The army may deploy troops.", "deploy", "hypothetical"),
    ("Rebels might attack the town.", "attack", "hypothetical"),
    ("Officials said the militia would retaliate.", "retaliate", "hypothetical"),
    ("If militants attack the town, police will respond.", "attack", "hypothetical"),
    ("Should an evacuation be necessary, the army will help.", "evacuation", "hypothetical"),
    ("Unless talks resume, workers should strike.", "strike", "hypothetical"),
    # a condition told by inversion, with no "if"
    (
        "Had the grenade exploded inside the bus, dozens could have died.",
        "exploded",
        "hypothetical",
    ),
    # an infinitive of purpose shares its governor's modality
    ("Dockers will walk out on Monday to protest the closures.", "protest", "future"),
    ("Farmers blocked the motorway to protest against the quotas.", "protest", "asserted"),
    ("A possible attack worried residents.", "attack", "hypothetical"),
    ("Analysts warned that rebels could seize the airport.", "seize", "hypothetical"),
    ("Villagers feared an attack might come before the harvest.", "attack", "hypothetical"),
    ("The minister said he respected the teachers' right to strike.", "strike", "hypothetical"),
    ("Courts upheld the freedom to demonstrate.", "demonstrate", "hypothetical"),
    ("Police warned that anyone who blocked roads would be arrested.", "blocked", "hypothetical"),
    # negated
    ("Militants denied carrying out the attack.", "attack", "negated"),
    ("Militants denied carrying out the attack.", "carrying", "negated"),
    ("Police did not attack the protesters.", "attack", "negated"),
    ("No one was killed in the blast.", "killed", "negated"),
    ("The army has never bombed the village.", "bombed", "negated"),
    ("Protesters refused to disperse.", "disperse", "negated"),
    ("Police made no arrests.", "arrests", "negated"),
    ("A planned march was cancelled.", "march", "negated"),
    ("The union called off the strike.", "strike", "negated"),
    ("The rebels won't attack the city.", "attack", "negated"),
    ("Nobody was injured.", "injured", "negated"),
    ("Police foiled an attack on the embassy.", "attack", "negated"),
    ("The government denied that troops fired on protesters.", "fired", "negated"),
    ("Soldiers failed to retake the town.", "retake", "negated"),
    # asserted
    ("The group threatened to strike the base.", "threatened", "asserted"),
    ("Gunmen attacked a checkpoint on Friday.", "attacked", "asserted"),
    ("Police could not confirm the attack.", "attack", "asserted"),
    ("Officials said militants shelled the town.", "shelled", "asserted"),
    ("The attack killed five people.", "attack", "asserted"),
    ("The attack came shortly after dawn.", "attack", "asserted"),
    ("Police arrested everyone who blocked the road.", "blocked", "asserted"),
    ("The men who attacked the convoy fled into the hills.", "attacked", "asserted"),
    ("Police arrested 20 people after protesters clashed with troops.", "clashed", "asserted"),
    ("Police arrested 20 people after protesters clashed with troops.", "arrested", "asserted"),
    ("Police fired tear gas and arrested dozens.", "arrested", "asserted"),
    ("The strike that killed five was condemned.", "killed", "asserted"),
    ("Thousands marched through the capital on Sunday.", "marched", "asserted"),
    ("A car bomb exploded near the market.", "exploded", "asserted"),
    ("Troops who will leave next month raided the village.", "raided", "asserted"),
    ("Troops remained deployed in the city on Monday.", "deployed", "asserted"),
    ("The party called on the government to expel the envoy.", "called", "asserted"),
    ("He said they would pay the price and called on allies to act.", "called", "asserted"),
    ("Crowds marched on Monday, demanding that the fuel tax be withdrawn.", "withdrawn", "future"),
    ("The envoy urged that the detainees be released at once.", "released", "future"),
    ("The ministry announced that the detainees had been released.", "released", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_modality(nlp: Language, text: str, word: str, expected: str) -> None:
    doc = nlp(text)
    trigger = next(token for token in doc if token.text == word)
    assert modality(trigger) == expected
