"""Context checks of single trigger lemmas: who strikes, what is seized, whether a
crowd marches, whether a meeting was held (each returns the type code to use, or None
to reject the trigger)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.coding import cues, objects
from tacitus.coding.detention import names_person
from tacitus.coding.impacts import weapon_impact
from tacitus.coding.lexicon import TriggerRule
from tacitus.mentions.count_words import is_person

if TYPE_CHECKING:
    from spacy.tokens import Token

_UNIONS = frozenset({"union", "unions"})
_SUPPORTERS = frozenset({"followers", "loyalists", "partisans"})


def _subjects(token: Token) -> list[Token]:
    """The token's subjects, or its controller's ("plans to march", "going to march")."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "relcl":
        subjects.append(token.head)
    if not subjects and token.dep_ == "xcomp":
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _subject_words(token: Token) -> set[str]:
    return {t.lower_ for subj in _subjects(token) for t in subj.subtree}


def has_crowd_subject(token: Token, words: set[str]) -> bool:
    for subj in _subjects(token):
        phrase = {t.lower_ for t in subj.subtree}
        if phrase & (cues.MARCHERS | _UNIONS) or any(t.like_num for t in subj.subtree):
            return True
        if subj.ent_type_ == "NORP" and subj.tag_ in ("NNPS", "NNS"):
            return True  # "Palestinians protested"
    return bool(words & {"protesters", "demonstrators", "crowd", "marchers", "rioters"})


def _armed_subject(token: Token) -> bool:
    """ "Gunmen stormed a church", "militants could strike the capital"."""
    return bool(_subject_words(token) & cues.ARMED)


def strike(token: Token, words: set[str]) -> str | None:
    if _aerial(words):
        return "drone_strike" if words & cues.DRONE else "air_strike"
    if _labour(token, words):
        return "peaceful_protest"
    if words & cues.HEAVY:
        return "shelling"
    if token.pos_ == "NOUN":
        return "air_strike" if _national(token) and _harmful(token) else None
    weapon = weapon_impact(token) if token.pos_ == "VERB" else None
    if weapon is not None:
        return weapon  # "a roadside bomb struck the patrol"
    return "attack" if token.pos_ == "VERB" and _armed_subject(token) else None


_SUICIDE_BOMBERS: Final = frozenset({"bomber", "bombers"})


def _aerial(words: set[str]) -> bool:
    """Words of aircraft in the sentence; a suicide bomber is no aircraft ("a suicide
    bomber struck a checkpoint")."""
    found = words & (cues.AERIAL | cues.DRONE)
    if "suicide" in words:
        found -= _SUICIDE_BOMBERS
    return bool(found)


# What a strike from the air is said to fall "on": a site, a building or a vehicle.
_STRUCK: Final = frozenset(
    {"house", "home", "building", "car", "vehicle", "convoy", "truck", "base", "camp"}
    | {"position", "village", "town", "compound", "depot", "site", "headquarters"}
)
_HARM_VERBS: Final = cues.IMPACT_VERBS | frozenset({"destroy", "injure", "level", "flatten"})
_DIED_IN: Final = _HARM_VERBS | frozenset({"die", "perish"})


def _labour(token: Token, words: set[str]) -> bool:
    """A stoppage of work: "a teachers' strike", "nurses struck for a week"."""
    if token.pos_ == "NOUN":
        return bool(words & cues.LABOUR)
    return token.pos_ == "VERB" and bool(_subject_words(token) & (cues.LABOUR | _UNIONS))


def _national(token: Token) -> bool:
    """The noun is a nation's ("an Israeli strike", "a US strike")."""
    return any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in token.children
    )


def _harmful(token: Token) -> bool:
    """A strike that kills or hits ("a Turkish strike killed three", "died in a US
    strike", "a strike on a house"): a state's, with no other word for its weapon, is from
    the air; a strike that harms no one is a stoppage of work ("a French strike on pensions")."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in _HARM_VERBS:
        return True
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in _DIED_IN:
        return True
    return any(
        o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in _STRUCK)
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for o in c.children
    )


def weak_noun(rule: TriggerRule, token: Token) -> str | None:
    """A weapon's noun is an event where it struck ("a rocket hit the base"); a raid is
    one from the air ("an air raid on Rafah"), a police raid being a search."""
    head = token.head
    if rule.lemma == "raid":
        aerial = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
        return rule.code if aerial & cues.AERIAL else None
    if head is not token and head.lemma_.lower() in cues.IMPACT_VERBS:
        return rule.code
    return None


# Who hears what is said without taking part in it: talking to them is no consultation.
_PRESS = frozenset(
    {"reporter", "journalist", "press", "media", "correspondent", "newsman", "newspaper"}
    | {"broadcaster", "television", "radio", "newsroom"}
)


def _partners(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Who the trigger is with: the objects of its "to"/"with" phrases, and of "meet"."""
    found = [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
    ]
    if token.lemma_.lower() == "meet":
        found += [c for c in token.children if c.dep_ == "dobj"]
    found += [c for p in found for c in p.children if c.dep_ == "conj"]
    return [p for p in found if p.dep_ in ("pobj", "dobj", "conj")]


def _to_the_press(partners: list[Token]) -> bool:
    """ "Spoke to reporters", "met journalists": the press hears a statement, it is no side
    of a consultation."""
    return bool(partners) and all(p.lemma_.lower() in _PRESS for p in partners)


def consult(rule: TriggerRule, token: Token) -> str | None:
    """Talks with someone ("spoke with the rebels' envoy", "met the governor"); not to the
    press ("spoke to reporters", "met journalists")."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return None
    partners = _partners(token, ("to", "with"))
    if _to_the_press(partners):
        return None
    return rule.code if partners or rule.lemma == "meet" else None


_PEOPLE = frozenset(
    {
        "women",
        "men",
        "people",
        "civilians",
        "hostages",
        "passengers",
        "students",
        "children",
        "girls",
        "boys",
        "villagers",
        "workers",
        "farmers",
        "traders",
        "residents",
        "pupils",
        "aid",
        "journalists",
        "worshippers",
        "travellers",
        "travelers",
    }
)


def seize(rule: TriggerRule, token: Token) -> str | None:
    """Seizing people is an abduction, seizing a town is territory, seizing power neither;
    what was taken "over" may hang from the preposition ("took over the district centre")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for c in token.children if c.lower_ == "over" for o in c.children]
    words = {t.lower_ for obj in objects for t in obj.subtree}
    heads = {t.lower_ for obj in objects for t in (obj, *obj.children) if t.dep_ != "prep"}
    heads |= {t.lower_ for obj in objects for t in _whole_of(obj)}
    if any(_office(obj) for obj in objects) or _held_briefly(token):
        return None  # "took over the post of army chief", "held the base for hours"
    if heads & cues.TERRITORY:
        return rule.code  # "the district centre of Jaghatu": a place, whatever its name
    if words & _PEOPLE or any(names_person(obj) for obj in objects):
        return "abduction"
    if words & cues.TERRITORY or any(t.ent_type_ == "GPE" for o in objects for t in o.subtree):
        return rule.code
    return None


# Words for a share of a thing: what was taken is the thing ("part of a rebel stronghold").
_SHARES = frozenset({"part", "parts", "most", "much", "half", "rest", "all", "remainder"})


def _whole_of(obj: Token) -> list[Token]:
    """The thing a share is of: "stronghold" of "part of a guerrilla stronghold"."""
    if obj.lower_ not in _SHARES:
        return []
    return [p for c in obj.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


_BRIEF_SPANS = frozenset({"hour", "hours", "minute", "minutes", "while", "night"})
_WITHDRAWING = frozenset({"withdraw", "retreat", "pull", "leave", "abandon", "flee"})


def _held_briefly(verb: Token) -> bool:
    """Ground taken only for a while ("seized the base for several hours before
    withdrawing", "briefly took the town"): no change of territory, as ACLED codes it,
    but a part of the fighting."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("briefly", "temporarily"):
            return True
        spans = {o.lower_ for o in child.children if o.dep_ == "pobj"}
        if child.dep_ == "prep" and child.lower_ == "for" and spans & _BRIEF_SPANS:
            return True
        withdrew = any(c.lemma_.lower() in _WITHDRAWING for c in child.subtree)
        if child.dep_ == "prep" and child.lower_ == "before" and withdrew:
            return True
    return False


def _office(obj: Token) -> bool:
    """A post that is an office: "the post of army chief", "his post as governor"."""
    held = any(c.dep_ == "prep" and c.lower_ in ("of", "as") for c in obj.children)
    return obj.lower_ == "post" and held


_TRADES = frozenset({"exchange", "swap", "release", "handover"})


def agree(rule: TriggerRule, token: Token) -> str:
    """Agreeing to a ceasefire or to a prisoner exchange is ACLED's Agreement between the
    sides of a conflict ("the factions agreed to a prisoner swap"); agreeing to other
    things stays a statement of agreement."""
    words = objects.object_words(token)
    traded = words & objects.CAPTIVES and words & _TRADES
    return "agreement" if words & objects.TRUCES or traded else rule.code


def protest_verb(rule: TriggerRule, token: Token, words: set[str]) -> str | None:
    """ "A rights group protested" is a complaint; a crowd protesting is a protest."""
    if token.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in token.children):
        return rule.code
    return rule.code if has_crowd_subject(token, words) else "accuse"


def to_the_streets(token: Token) -> bool:
    """ "Took to the streets": the idiom names a protest whoever the subject; "took him
    to the square", "took the road to Goma" do not (an object, or a destination other
    than a public way, leaves "take" the plain verb)."""
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in token.children):
        return False
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in cues.PUBLIC_WAYS
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for o in prep.children
    )


def meeting(rule: TriggerRule, token: Token) -> str | None:
    """A meeting with someone, or one held: not "a cabinet meeting" in passing."""
    partners = _partners(token, ("with", "between"))
    if _to_the_press(partners):
        return None  # "a meeting with reporters"
    held = token.head.lemma_.lower() in ("hold", "have", "host", "attend", "convene")
    return rule.code if partners or held else None


def on_alert(rule: TriggerRule, token: Token) -> str | None:
    return rule.code if token.head.lower_ in ("on", "high") else None


def passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def hack(rule: TriggerRule, token: Token) -> str:
    """ "Hacked a farmer to death", "hacked them with machetes" is an attack; "hacked the
    ministry's servers" a cyber attack."""
    words = {t.lower_ for c in token.children for t in c.subtree}
    return "attack" if words & _BLADE_WOUNDS else rule.code


# Words that make "hacked" a killing or a wounding, not a computer intrusion.
_BLADE_WOUNDS = frozenset({"death", "machete", "machetes", "knife", "knives", "axe", "axes"})


def abuse(token: Token) -> str:
    """ "Sexually abused", "sexually assaulted", "a sexual assault": sexual violence."""
    sexual = any(c.lower_ in ("sexually", "sexual") for c in token.children)
    return "sexual_violence" if sexual else "attack"


def by_object(rule: TriggerRule, token: Token) -> str | None:
    code = objects.object_code(rule.lemma, token)
    if code is None and rule.lemma == "deny":
        return rule.code
    if code is None and rule.lemma == "accept" and negated(token):
        return "reject"  # "will not accept any more refugees"
    if code == "consult" and _press_meeting(token):
        return None  # "held a meeting with reporters"
    return code


def _press_meeting(token: Token) -> bool:
    """The meeting a verb holds is with the press ("held talks with journalists")."""
    held = [c for c in token.children if c.dep_ == "dobj"]
    return any(_to_the_press(_partners(m, ("with", "between"))) for m in held)


def negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


# Armed forces of a state or an armed group, named by their kind (police storming a
# campus or a camp of protesters is left to the protest's coding).
_FORCES = frozenset(
    {"forces", "troops", "soldiers", "commandos", "army", "militia", "militias"}
    | {"militiamen", "paramilitaries", "marines", "paratroopers"}
)


def storm(rule: TriggerRule, token: Token, words: set[str]) -> str | None:
    """A crowd storming a building riots; gunmen or troops storming it attack."""
    if token.pos_ == "VERB" and (_armed_subject(token) or _subject_words(token) & _FORCES):
        return "attack"
    return rule.code if token.pos_ != "VERB" or has_crowd_subject(token, words) else None


# Crowds of people gathered on the spot, with no organisation or arms of their own.
_MOBS = frozenset(
    {"mob", "mobs", "crowd", "crowds", "villagers", "residents", "youths"}
    | {"vigilantes", "onlookers", "locals", "bystanders", "supporters", "partisans"}
)


# Those whose stoning is a riot's, not an attack on a person: the forces facing a crowd.
_POLICE = frozenset({"police", "policemen", "officers", "troops", "soldiers", "security"})


def mob_attack(code: str, token: Token) -> str:
    """Violence done by a mob, a crowd or villagers ("a mob attacked a man accused of
    theft", "villagers beat two suspected thieves to death", "he was beaten by a crowd")
    is ACLED's mob violence, a riot: an attack needs an organised or armed group. So is
    violence by a party's supporters ("supporters of the ruling party attacked opposition
    activists"): ACLED's rioters, the party associated. Armed villagers, or gunmen among
    the crowd, still attack."""
    if code != "attack" or token.pos_ != "VERB":
        return code
    doers = [s for s in _subjects(token) if s.dep_ != "nsubjpass"] + [
        o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    if not doers or not all(d.lower_ in _MOBS for d in doers):
        return code
    armed = {t.lower_ for d in doers for t in d.subtree} & cues.ARMED
    return code if armed else "mob_violence"


def armed_throw(code: str, token: Token) -> str:
    """Petrol bombs or stones thrown by armed men ("gunmen threw petrol bombs into the
    police station") are their attack, not a crowd's violent demonstration; thrown by
    armed men among a crowd ("protesters and gunmen"), the crowd's riot stands."""
    if code != "violent_demonstration" or token.pos_ != "VERB":
        return code
    verb = token
    while not _subjects(verb) and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "gunmen opened fire on the gate and threw petrol bombs"
    doers = _subject_words(verb)
    armed = doers & cues.ARMED and not doers & (cues.MARCHERS | _MOBS)
    return "attack" if armed else code


def stoning(rule: TriggerRule, token: Token) -> str:
    """Stones thrown at a person ("a mob stoned a man to death", "she was stoned by
    villagers") are an attack, a mob's being mob violence; thrown at police, vehicles or
    buildings they are a crowd's violent demonstration."""
    struck = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    people = [s for s in struck if s.lower_ not in _POLICE and (is_person(s) or s.pos_ == "PRON")]
    return mob_attack("attack", token) if people else rule.code


def clash(rule: TriggerRule, token: Token) -> str:
    """A crowd clashing or fighting riots: "supporters of X clashed with police",
    "supporters of the two parties fought each other"."""
    crowd = token.pos_ == "VERB" and _subject_words(token) & (cues.CROWD | _SUPPORTERS)
    return "violent_demonstration" if crowd else rule.code


_CHARGE_WEAPONS = frozenset({"baton", "batons", "truncheon", "truncheons", "stick", "sticks"})
_CHARGE_WEAPONS |= frozenset({"club", "clubs", "horse", "horses", "bayonet", "bayonets", "lathi"})
_TOWARDS = frozenset({"at", "into", "towards", "toward"})


def charge(rule: TriggerRule, token: Token) -> str | None:
    """ "Charged with murder" accuses; "police charged with batons at the crowd", "charged
    into the marchers" is a baton charge, force used on a crowd, not an accusation."""
    for prep in (c for c in token.children if c.dep_ == "prep"):
        objects_ = {o.lower_ for o in prep.children if o.dep_ == "pobj"}
        if prep.lower_ in _TOWARDS and not passive(token):
            return None
        if prep.lower_ == "with" and objects_ & _CHARGE_WEAPONS:
            return None
    return rule.code


# What one "sets off" that is no device but a happening it causes: "setting off clashes".
_SET_OFF_HAPPENINGS = frozenset(
    {"clash", "fighting", "fight", "battle", "protest", "riot", "violence", "unrest"}
    | {"panic", "stampede", "wave", "chain", "row", "outcry", "crisis", "exodus", "alarm"}
)


def set_off(rule: TriggerRule, token: Token) -> str | None:
    """ "Set off a bomb", "explosives were set off": a detonation; "the marchers set off
    towards the palace", with nothing set off, is leaving; "attacked the post, setting
    off clashes" causes what it sets off, no blast."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in _SET_OFF_HAPPENINGS for o in objects):
        return None
    return rule.code if objects else None


# Verbs that make their object a hostage: "took 25 crew members hostage".
_HOSTAGE_VERBS = frozenset({"take", "hold", "keep"})


def hostage_verb(token: Token) -> Token | None:
    """The verb of "took X hostage" when ``token`` is its "hostage", else None: its
    subject took, its object was taken ("its 25 crew members hostage" read as one noun
    phrase by the parser, a possessive and all, still is)."""
    verb = token.head
    taken = token.lemma_.lower() == "hostage" and verb.i != token.i
    return verb if taken and verb.lemma_.lower() in _HOSTAGE_VERBS else None


def hostage(rule: TriggerRule, token: Token) -> str | None:
    """ "Gunmen took three workers hostage" abducts; "holding the courts hostage", with no
    person held, is a figure of speech."""
    verb = hostage_verb(token)
    if verb is None:
        return rule.code
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != token.i]
    held += [c for c in token.children if c.dep_ == "compound"]  # parsed "[economy] hostage"
    if held and not any(names_person(h) or is_person(h) or h.pos_ == "PRON" for h in held):
        return None
    return rule.code


_CAMPAIGNS = frozenset({"campaign", "election", "electoral", "re-election", "reelection"})


def campaign_rally(token: Token) -> bool:
    """A candidate's campaign or election rally gathers supporters to hear them: it is
    no demonstration ("Maduro told a campaign rally")."""
    return token.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _CAMPAIGNS for c in token.children
    )


def _skyward(node: Token) -> bool:
    """The word has "into the air" or "in the air" of its own."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("into", "in")
        and any(o.lower_ in objects.SKY for o in c.children if o.dep_ == "pobj")
        for c in node.children
    )


def overhead_fire(rule: TriggerRule, token: Token) -> str | None:
    """Gunfire or shooting "into the air", or warning fire, is aimed at no one: with it
    a crowd is broken up ("dispersed them with gunfire into the air": the protest's
    intervention; the parser may hang "into the air" from the verb), and otherwise it is
    no attack ("fired celebratory gunfire into the air"). Fire at anyone or anything keeps its
    code."""
    means = token.head
    with_ = means.dep_ == "prep" and means.lower_ == "with"
    dispersing = with_ and means.head.lemma_.lower() in objects.DISPERSING
    holder = means.head if with_ else means if token.dep_ == "dobj" else None
    warning = any(c.dep_ in ("amod", "compound") and c.lower_ == "warning" for c in token.children)
    if not (warning or _skyward(token) or (holder is not None and _skyward(holder))):
        return rule.code
    return "protest_intervention" if dispersing else None


def burned_property(token: Token) -> bool:
    """A verb of burning whose object is a building, a vehicle or goods ("gunmen burned
    40 homes", "homes were burned"): property destroyed, though no one was hurt."""
    if token.pos_ != "VERB":
        return False
    burned = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    burned += [c for b in burned for c in b.conjuncts]
    return any(b.lemma_.lower() in cues.PROPERTY for b in burned)


def raid(rule: TriggerRule, token: Token) -> str | None:
    """Armed men raiding a village attack it ("insurgents raided the village of
    Mucojo"); police or soldiers raiding a house search it, and only what they did there
    (arrests, a gunfight) is an event. The noun keeps its own rule (an air raid)."""
    if token.pos_ != "VERB":
        return rule.code
    return None if _subject_words(token) & cues.STATE_TARGET else rule.code
