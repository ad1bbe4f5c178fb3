"""The words that tell what a number counts: verbs, nouns and phrases of each count kind,
protest actions, people nouns and the person test. Data for :mod:`tacitus.mentions.counts`."""

from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from tacitus.records.event import CountKind


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def kinds(table: dict[CountKind, str]) -> MappingProxyType[str, CountKind]:
    return MappingProxyType({w: kind for kind, words in table.items() for w in words.split()})


# Verb lemmas that say what happened to the people counted.
VERB_KINDS = kinds(
    {
        "fatalities": "kill die murder execute massacre slay assassinate behead perish "
        "slaughter lynch neutralise neutralize",
        "injured": "injure wound hurt maim hospitalise hospitalize",
        "arrested": "arrest detain apprehend jail imprison nab hold",
        "abducted": "abduct kidnap seize snatch",
        "displaced": "deport expel evict displace uproot banish exile",
        "participants": "rally gather march protest demonstrate attend assemble "
        "participate converge",
    }
)
# Verb and particle pairs: "rounded up 40", "turned out in thousands", "forced out 1,000".
PHRASAL_KINDS: MappingProxyType[tuple[str, str], CountKind] = MappingProxyType(
    {
        ("round", "up"): "arrested",
        ("pick", "up"): "arrested",
        ("turn", "out"): "participants",
        ("turn", "up"): "participants",
        ("show", "up"): "participants",
        ("force", "out"): "displaced",
        ("drive", "out"): "displaced",
        ("kick", "out"): "displaced",
    }
)
# Nouns (and nominal adjectives) that are themselves what is counted.
NOUN_KINDS = kinds(
    {
        "fatalities": "dead death fatality body corpse",
        "injured": "injured wounded injury casualty",
        "arrested": "arrest detainee",
        "abducted": "hostage abductee captive",
        "displaced": "deportee evacuee displaced",
        "participants": "protester protestor demonstrator marcher participant crowd",
    }
)
# Nouns whose "of" object is counted: "the bodies of 12 men", "a crowd of 2,000".
OF_HEAD_KINDS = kinds(
    {
        "fatalities": "killing murder execution massacre",
        "arrested": "arrest detention",
        "abducted": "abduction kidnapping",
        "displaced": "deportation expulsion eviction displacement",
        "participants": "crowd gathering rally march demonstration protest procession",
    }
)
PROTEST_EVENTS = words("protest rally march demonstration sit-in vigil procession")
# Nouns of a protest action whose subject are its participants: "staged demonstrations",
# "began a hunger strike", "went on strike", "blocked roads".
PROTEST_ACTIONS = PROTEST_EVENTS | words("strike walkout boycott blockade picket stoppage")
PROTEST_VERBS = words(
    "stage hold begin start launch go continue mount join lead organise organize call draw attract"
)
BLOCKED_WAYS = words("road street highway motorway bridge railway junction")
FATALITY_WORDS = words("kill die dead death fatal fatality")
REPORT_VERBS = words("say report put tell count claim estimate give add state place")
# Verbs of a figure put on a crowd or group: "a crowd numbering 5,000", "estimated at 20,000".
ESTIMATE_VERBS = words("number estimate put total reckon count")
# Modifiers of "body" that make it a body of people: "an independent body", "a UN body".
ORGANISATION_WORDS = words(
    "independent governing advisory official regulatory statutory international legislative "
    "oversight judicial electoral professional federal state public national umbrella "
    "coordinating monitoring representative funded government un rights"
)
RISE_VERBS = words("rise climb reach bring increase jump mount soar hit raise grow")
# Who takes people away to hold them outside the law: "taken away by gunmen" is an abduction.
ABDUCTORS = words("gunman gunmen kidnapper abductor militant insurgent rebel jihadist bandit")
# Armed or security forces: counted when killed or held, never as protest participants.
ARMED_NOUNS = words(
    "troop soldier police policeman policemen officer force militant fighter gunman rebel "
    "insurgent personnel guard army militiaman militiamen jihadist trooper marine "
    "serviceman servicemen"
)
PEOPLE = words(
    "people person man men woman women child children boy girl kid baby infant teenager youth "
    "adult civilian resident villager citizen national family relative student pupil "
    "schoolgirl schoolboy teacher doctor nurse medic paramedic journalist reporter activist "
    "supporter opponent official employee staff worker farmer herder shepherd miner trader "
    "driver passenger pilgrim worshipper tourist refugee migrant inmate prisoner suspect "
    "victim bystander individual other member leader commander lawmaker politician candidate "
    "voter mourner passer-by passers-by onlooker agent marine sailor airman pilot cadet recruit "
    "combatant contractor "
    "peacekeeper civilian they them those who chief deputy judge mayor envoy diplomat priest "
    "imam cleric monk nun bishop sheikh "
    "wife husband son daughter mother father brother sister cousin uncle aunt nephew niece "
    "grandson granddaughter grandmother grandfather fiancee bodyguard guard"
)
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ee", "man", "men", "ant")
_NOTPEOPLE = words(
    "helicopter container center centre number quarter border computer tower order water "
    "letter corner chamber shelter meter metre kilometer kilometre trailer tractor sector "
    "reactor motor corridor floor door error power barrier launcher carrier bomber tanker "
    "fighter-jet drone plan restaurant plant grant warrant weapon german roman"
)


def is_person(token: Token) -> bool:
    """Whether a counted noun names people ("civilians", "peacekeepers", "Iraqis")."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in PEOPLE or lower in PEOPLE or lemma in ARMED_NOUNS or token.ent_type_ == "NORP":
        return True
    if token.pos_ not in ("NOUN", "PROPN") or lemma in _NOTPEOPLE:
        return False
    return lemma.endswith(PERSON_SUFFIXES)


def is_armed(token: Token) -> bool:
    """Whether a noun names armed or security forces ("troops", "a policeman")."""
    return token.lemma_.lower() in ARMED_NOUNS or token.lower_ in ARMED_NOUNS
