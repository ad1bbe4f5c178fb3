"""Who acted and who was acted upon, from the dependency parse around a trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.coding.coordination import misread_coordinate
from tacitus.coding.trigger_checks import hostage_verb
from tacitus.linking.governors import (
    between_sides,
    blamed_on,
    by_agents,
    gerund_doers,
    governed_targets,
    governing_agents,
    planters,
    senders,
    subject_aims,
    sufferers,
)
from tacitus.linking.referents import antecedent, included, is_quantity, list_members
from tacitus.linking.tree import dominates
from tacitus.pipeline.doc import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECT = ("nsubj", "csubj")
_PASSIVE_SUBJECT = ("nsubjpass", "csubjpass")
_OBJECT = ("dobj", "obj", "attr")
_TARGET_PREPS = ("on", "against", "at", "targeting")
# Verbs that send something at what they aim: "fired at the convoy", "threw stones at
# police". After any other verb "at" says where ("stabbed three people at a station").
_AIMING = frozenset({"fire", "shoot", "throw", "hurl", "lob", "aim", "launch", "swing"})


# Verbs of a vehicle or a weapon driven at its target: what it crashes or slams "into"
# is struck.
_DRIVEN_INTO = frozenset({"crash", "ram", "plough", "plow", "slam"})
_TOOL_VERBS = frozenset({"use"})


def _nominal_gerund(trigger: Token) -> bool:
    """A gerund used as a noun, with "of" before what it falls on and no subject or
    object of its own ("Shelling of residential areas killed four", "after shelling of
    the town"): the parser reads it as a verb, yet its "of" object is its target."""
    if trigger.tag_ != "VBG" or _children(trigger, (*_SUBJECT, *_OBJECT)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)


def _verb_target_preps(trigger: Token) -> tuple[str, ...]:
    """The prepositions whose objects a verb acts upon: "on", "against", and "at" or
    "into" after a verb of aiming ("opened fire at a wedding party" aims too, "fired
    into the crowd"); what fire is set "to" is burnt ("set fire to a church"), what a
    vehicle crashes or ploughs "into" is struck ("crashed into a patrol"), and a gerund
    used as a noun falls on its "of" object ("Shelling of residential areas")."""
    fire = any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in trigger.children)
    if _nominal_gerund(trigger):
        return (*(p for p in _TARGET_PREPS if p != "at"), "of")
    if trigger.lemma_.lower() in _DRIVEN_INTO:
        return (*(p for p in _TARGET_PREPS if p != "at"), "into")
    if fire and trigger.lemma_.lower() == "set":
        return (*_TARGET_PREPS, "to")
    if (trigger.lemma_.lower() in _AIMING or fire) and not _shot_someone(trigger):
        return (*_TARGET_PREPS, "into")
    return tuple(p for p in _TARGET_PREPS if p != "at")


# What is shot at something, as against someone shot: "shot rounds at the crowd".
_SHOTS = frozenset({"shot", "round", "bullet", "arrow", "dart", "flare", "gas", "canister"})


def _shot_someone(trigger: Token) -> bool:
    """ "Troops shot dead a man at a checkpoint": with the one shot as its object, "at"
    after "shoot" says where, not at whom it was aimed."""
    if trigger.lemma_.lower() != "shoot":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in _SHOTS for c in trigger.children)


# Two-sided fighting: "clashed with police", "a gunfight with police" name the other side.
_MUTUAL = frozenset({"clash", "scuffle"})
_MUTUAL_NOUNS = _MUTUAL | frozenset(
    {"gunfight", "firefight", "shootout", "battle", "fighting", "skirmish", "confrontation"}
)
_GOES_OFF_NOUNS = frozenset({"explosion", "blast", "detonation"})
_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "appos"})
_SPEECH = frozenset({"say", "tell", "claim", "report", "blame", "accuse", "estimate", "add"})


# Verbs of a vehicle's load: those it carries are struck with it ("a vehicle carrying
# soldiers").
_CARRYING = frozenset({"carry", "transport", "ferry"})


def _in_phrase(top: Token, token: Token) -> bool:
    """``token`` lies in ``top``'s phrase without crossing into a clause or a source, but
    for the clause of what a vehicle carries ("hit a bus carrying police officers")."""
    if token.i == top.i:
        return True
    node = token
    while node.i != node.head.i:
        carried = node.dep_ == "acl" and node.lemma_.lower() in _CARRYING
        if node.dep_ in _CLAUSES and not carried:
            return False
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_.lower() in _SPEECH:
            return False
        node = node.head
        if node.i == top.i:
            return True
    return False


def _under(actors: list[ActorMention], top: Token) -> list[ActorMention]:
    doc = top.doc
    return [a for a in actors if dominates(top, doc[a.head]) and _in_phrase(top, doc[a.head])]


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


# Nouns that say how, not at whom: "shot at close range", "at point-blank range", "held
# at gunpoint", "fired at random".
_MANNER_AT = frozenset({"range", "random", "gunpoint", "knifepoint", "will"})
# What shots fired "into" that is no one: "fired into the air" warns.
_NO_ONE_INTO = frozenset({"air", "sky"})


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions among ``preps``; a noun followed by a
    participle ("fired at protesters marching to the palace") is parsed as the subject of
    a gerund clause, and is the object all the same. "At close range" or "at gunpoint"
    says how, and "into the air" where, and names no one."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            found.extend(
                c
                for c in prep.children
                if c.dep_ == "pobj"
                and not (prep.lower_ == "at" and c.lemma_.lower() in _MANNER_AT)
                and not (prep.lower_ == "into" and c.lemma_.lower() in _NO_ONE_INTO)
            )
            for clause in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
                found.extend(_children(clause, ("nsubj",)))
    return found


_CONTROL_DEPTH = 3


def _verb_subject(trigger: Token) -> list[Token]:
    """The subject of a verb, or of the verbs it is coordinated with or the complement
    of ("prepared to resume shelling"), through an adjective too ("is willing to
    withdraw"); a relative clause's noun, whether its pronoun is the subject ("the
    militants who attacked the base") or left out, and a participle's that has an object
    of its own (``_active_object``); who does what a gerund after a
    preposition says (``governors.gerund_doers``)."""
    node = misread_coordinate(trigger) or trigger
    for _ in range(_CONTROL_DEPTH):
        subjects = _children(node, _SUBJECT)
        if subjects:
            return [antecedent(s) for s in subjects]
        head = node.head
        misparsed = node.dep_ == "acl" and _active_object(node)  # "bandits killed 9 people"
        if (node.dep_ == "relcl" or misparsed) and head.pos_ in ("NOUN", "PROPN"):
            return [head] if node is trigger else []
        if node.dep_ == "pcomp":
            return gerund_doers(node)  # "after attacking the convoy, the militants fled"
        if node.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "it is willing to withdraw"
        elif node.dep_ not in ("conj", "xcomp", "advcl") or head.pos_ not in ("VERB", "AUX"):
            return []
        node = head
    return _children(node, _SUBJECT)


def _passive_subjects(trigger: Token) -> list[Token]:
    """The passive subject, or a controller's for a passive complement: "the student
    appears to have been shot" (the student was shot); a participle coordinated with a
    passive verb shares its subject ("were mutilated, injured and scarred")."""
    found = _children(trigger, _PASSIVE_SUBJECT) or _telegraphic_subjects(trigger)
    auxpass = any(c.dep_ == "auxpass" for c in trigger.children)
    if not found and auxpass and trigger.dep_ == "xcomp" and trigger.head.pos_ in ("VERB", "AUX"):
        found = _children(trigger.head, _SUBJECT)
    if not found and _coordinated_participle(trigger):
        found = _passive_subjects(trigger.head)
    if not found and auxpass:
        found = _misread_subject(trigger)
    return found


def _misread_subject(trigger: Token) -> list[Token]:
    """A passive verb left with no subject because the parser hung its subject's
    participle elsewhere ("... and guests staying in a pension above were injured",
    "the wall fell and a guard standing below was injured"): the participle phrase right
    before the auxiliary describes the noun the passive verb speaks of, its subject, the
    noun it modifies, or the noun before it."""
    first = min(c.i for c in trigger.children if c.dep_ == "auxpass")
    doc = trigger.doc
    if first <= trigger.sent.start:
        return []
    before = doc[first - 1]
    participle = next(
        (
            a
            for a in (before, *before.ancestors)
            if a.tag_ == "VBG" and a.right_edge.i == before.i and a.i < first
        ),
        None,
    )
    if participle is None:
        return []
    subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]
    if subjects:
        return subjects
    described = participle.head if participle.dep_ == "acl" else None
    left = participle.left_edge.i - 1
    if described is None and left >= trigger.sent.start:
        described = doc[left]
    if described is None or described.pos_ not in ("NOUN", "PROPN"):
        return []
    # A noun the parser also joined to the list before it ("the roof and shoppers")
    # would bring that list along: leave it.
    return [] if described.dep_ == "conj" else [described]


def _passive_agents(trigger: Token) -> list[Token]:
    """The "by" agent of a passive verb, or of the participles coordinated with it that
    share its subject: "was shot and killed by gunmen" (the gunmen shot him too)."""
    for verb in (trigger, *(c for c in trigger.children if _coordinated_participle(c))):
        found = by_agents(verb)
        if found:
            return found
    return []


def _telegraphic_subjects(trigger: Token) -> list[Token]:
    """A past participle with a subject but no auxiliary and no object is a passive with
    its "were" left out, as headlines and lists of casualties write it: "Two killed in
    market bombing", "three died and two others injured"."""
    if trigger.tag_ != "VBN" or _children(trigger, ("aux", "auxpass", "dobj", "obj")):
        return []
    return _children(trigger, ("nsubj",))


def _coordinated_participle(trigger: Token) -> bool:
    """A participle with no subject of its own, coordinated with a verb."""
    conj = trigger.dep_ == "conj" and trigger.tag_ == "VBN"
    return conj and trigger.head.pos_ in ("VERB", "AUX") and not _children(trigger, _SUBJECT)


def _objects(trigger: Token) -> list[Token]:
    """The verb's objects, or those of the verb it is coordinated with when it has none
    ("beat and detained dozens of students": they beat the students too). What a
    vehicle is rammed "into" is struck, and its object is the vehicle ("rammed his car
    into the gate"). What is "used" is the tool, never the one it fell on ("used
    artillery against the camp"); what the tool is aimed at is ("used water cannon
    against protesters", parsed as the cannon's phrase)."""
    found = _children(trigger, _OBJECT)
    if trigger.lemma_.lower() in _TOOL_VERBS:
        return [o for tool in found for o in _prep_objects(tool, _TARGET_PREPS)]
    if found and trigger.lemma_.lower() in _DRIVEN_INTO and _prep_objects(trigger, ("into",)):
        return []
    if found:
        return found + _listed_after(trigger, found[0])
    if _children(trigger, _PASSIVE_SUBJECT):
        return found
    for verb in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not _children(verb, (*_SUBJECT, *_PASSIVE_SUBJECT, "expl")):
            return _children(verb, ("dobj", "obj"))
    return []


def _listed_after(verb: Token, obj: Token) -> list[Token]:
    """Nouns the parser hung from the verb as its conjuncts, after its object: the rest of
    a list of objects ("killing a doctor, two nurses and a patient")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.i > obj.i and c.pos_ in ("NOUN", "PROPN", "NUM")
    ]


def verb_roles(trigger: Token, actors: list[ActorMention]) -> tuple[list[ActorMention], ...]:
    """(actor1, actor2) for a verb trigger, honouring the passive voice: a reduced
    relative's noun ("the officers killed in the ambush") is its passive subject."""
    passive = _passive_subjects(trigger)
    if not passive and _reduced_relative(trigger):
        passive = [trigger.head]
    agent_tops = [
        obj
        for prep in trigger.children
        if prep.dep_ == "agent" or (passive and prep.dep_ == "prep" and prep.lower_ == "by")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if passive and not agent_tops:
        agent_tops = _passive_agents(trigger)
    subjects = [s for top in _verb_subject(trigger) for s in senders(top)]
    first_tops = agent_tops if passive or agent_tops else subjects + planters(trigger)
    preps = _verb_target_preps(trigger) + (("with",) if trigger.lemma_.lower() in _MUTUAL else ())
    second_tops = passive + _objects(trigger) + _prep_objects(trigger, preps)
    second_tops += subject_aims(trigger)
    first, second = _collect(first_tops, actors), _collect(second_tops, actors)
    if not first:  # a gerund: "fighting between the army and the rebels killed ten"
        first, opposite = _sides(trigger, actors)
        second += [a for a in opposite if a not in second]
    return first, second


def _sides(trigger: Token, actors: list[ActorMention]) -> tuple[list[ActorMention], ...]:
    """The two sides of a fight "between" them, each side's own mentions only: the
    phrase of one side holds the other's in the parse (the first conjunct holds the
    second; a modifier read as the first side hangs from the second), and a mention
    both phrases hold is the inner side's."""
    one_side, other_side = between_sides(trigger)
    one, other = _collect(one_side, actors), _collect(other_side, actors)
    if one_side and other_side and dominates(other_side[0], one_side[0]):
        other = [a for a in other if a not in one]
    else:
        one = [a for a in one if a not in other]
    joined = [a for a in one[1:] if _conjunct_of(a, one[0], trigger.doc)]
    # "between Dinka and Nuer youths": the second name is the other side
    return [a for a in one if a not in joined], joined + [a for a in other if a not in joined]


def _conjunct_of(mention: ActorMention, first: ActorMention, doc: Doc) -> bool:
    """The mention's word is coordinated with the first mention's ("Dinka and Nuer")."""
    token = doc[mention.head]
    return token.dep_ == "conj" and token.head.i == first.head


def noun_roles(trigger: Token, actors: list[ActorMention]) -> tuple[list[ActorMention], ...]:
    """(actor1, actor2) for a noun trigger: modifiers the actor KB knows (or demonyms) and
    "by X" act, "on X" is the target; another name modifying the noun is more often where
    it happened ("the Rolando bombing") than who did it; "took X hostage" is read as a
    verb."""
    hostage = _hostage_heads(trigger)
    if hostage is not None:
        return _collect(hostage[0], actors), _collect(hostage[1], actors)
    modifiers = [c for c in trigger.children if c.dep_ in ("amod", "compound", "poss")]
    modifiers += misread_name(trigger)
    opposed = [c for c in modifiers if _anti(c)]
    modifier_tops = [c for c in modifiers if c not in opposed]
    doc = trigger.doc
    known = [a for a in actors if a.kind != "unknown" or doc[a.head].ent_type_ == "NORP"]
    one_side, other_side = _sides(trigger, actors)
    governed = [  # "the bomber behind the Manchester bombing": not "Manchester"
        a for a in _collect(governing_agents(trigger), actors) if not _inside(a, trigger)
    ]
    # "killed in Russian shelling": the actor KB read the whole phrase as the state's force
    named_act = [
        a for a in known if a.head == trigger.i and a.entry is not None and a.entry.kind == "state"
    ]
    first = named_act + _collect(modifier_tops, known)
    first += _collect(_prep_objects(trigger, ("by", "from")), actors)
    first += [a for a in governed if a not in first]
    first += [a for a in one_side if a not in first]
    second = _collect(
        _prep_objects(trigger, _noun_target_preps(trigger)) + governed_targets(trigger), actors
    )
    second += [a for a in other_side + _collect(opposed, actors) if a not in second]
    if not first and trigger.dep_ in ("nsubj", "nsubjpass"):
        first = []
    return first, second


def _inside(actor: ActorMention, trigger: Token) -> bool:
    """The actor is named inside the event noun's own phrase."""
    token = trigger.doc[actor.head]
    return token == trigger or trigger.is_ancestor(token)


def _noun_target_preps(trigger: Token) -> tuple[str, ...]:
    """The prepositions whose objects an event noun acts upon: "an attack on the base",
    "the killing of six", "a gunfight with police"; an explosion "at" a place went off
    there, and "blamed the attack on the rebels" names who did it."""
    lemma = trigger.lemma_.lower()
    preps = [*_TARGET_PREPS, "of", *(("with",) if lemma in _MUTUAL_NOUNS else ())]
    if lemma in _GOES_OFF_NOUNS:
        preps.remove("at")
    if blamed_on(trigger):
        preps.remove("on")
    return tuple(preps)


def _anti(token: Token) -> bool:
    """ "Anti-government": what the modifier names is opposed, not acting."""
    doc = token.doc
    window = doc[max(token.left_edge.i - 2, 0) : token.i + 1].text.lower()
    return "anti-" in window.replace(" ", "")


def phrase_actors(tops: list[Token], actors: list[ActorMention]) -> list[ActorMention]:
    """The actors in the phrases headed by ``tops``, named ones and heads first."""
    return _collect(tops, actors)


def _collect(tops: list[Token], actors: list[ActorMention]) -> list[ActorMention]:
    found: list[ActorMention] = []
    for top in tops:
        ranked = sorted(
            _under(actors, top), key=lambda a: (a.kind != "named", a.head != top.i, a.start)
        )
        for actor in ranked:
            if actor not in found:
                found.append(actor)
    return found


def with_conjuncts(tops: list[Token]) -> list[Token]:
    """Each phrase head and the heads coordinated with it ("soldiers and police"), the
    items of a list the parser broke at an apposition included; a quantity standing
    alone counts people whatever the tagger made of it ("wounded many")."""
    found: list[Token] = []
    for top in tops:
        for token in list_members(top) + included(top):
            nominal = token.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or is_quantity(token)
            if token not in found and nominal:
                found.append(token)
    return found


# Event nouns whose possessor is who suffered them ("the general's death"), unless an "of"
# object names that ("the army's killing of six men").
_SUFFERED_NOUNS = frozenset(
    {"death", "injury", "wound", "slaying", "assassination", "murder", "killing", "execution"}
)


def _noun_heads(trigger: Token) -> tuple[list[Token], list[Token]]:
    one_side, other_side = between_sides(trigger)
    owners = [c for c in trigger.children if c.dep_ == "poss"]
    patients = _prep_objects(trigger, _noun_target_preps(trigger)) + governed_targets(trigger)
    patients += sufferers(trigger)
    if trigger.lemma_.lower() in _SUFFERED_NOUNS and not _prep_objects(trigger, ("of",)):
        patients, owners = patients + owners, []
    agents = owners + _prep_objects(trigger, ("by",)) + governing_agents(trigger) + one_side
    return with_conjuncts(agents) + misread_name(trigger), with_conjuncts(patients + other_side)


def misread_name(trigger: Token) -> list[Token]:
    """A name in capitals right before an event noun that the parser took for a verb
    and hung the noun from ("killed in IS attacks": "IS" read as "is"): it modifies the
    noun, as "Taliban" does in "Taliban attacks"."""
    if trigger.i == 0:
        return []
    before = trigger.doc[trigger.i - 1]
    capitals = before.is_upper and len(before.text) > 1
    verbal = before.pos_ in ("AUX", "VERB")
    return [before] if capitals and verbal and trigger.head.i == before.i else []


# Quantifiers the parser hangs from a casualty adjective ("left several dead").
_COUNTING = frozenset({"several", "many", "numerous", "dozens", "scores", "hundreds"})


def _predicate_heads(trigger: Token) -> list[Token]:
    """Who an adjective predicate is said of: "nine people were dead", "a man was shot
    dead", "the blast left three people dead"; a count the parser folded into the
    adjective is who it counts ("the attack left six dead", "left several dead")."""
    counted = [
        c
        for c in trigger.children
        if c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in _COUNTING)
    ]
    if counted:
        return counted
    verb = trigger.head
    if trigger.dep_ not in ("acomp", "oprd") or verb.i == trigger.i:
        return []
    found = _passive_subjects(verb) + _children(verb, ("dobj",))
    if not found and _reduced_relative(verb):
        found = [verb.head]  # "the suspect, shot dead by police"
    return found or _children(verb, _SUBJECT)


def _as_noun(trigger: Token) -> list[Token]:
    """A casualty word used as a noun names its victims through the words around it:
    "11 of the injured", "the dead included two soldiers" (or "those killed included"),
    "the injured, including three children", "two soldiers were among the dead" (or
    "among those killed")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and is_quantity(trigger.head.head):
        return [trigger.head.head]
    group = trigger.head if trigger.dep_ == "acl" and trigger.head.lower_ == "those" else trigger
    if group.dep_ == "pobj" and group.head.lower_ == "among":
        return with_conjuncts(_counted_among(group.head))
    if group.dep_ == "nsubj" and group.head.lemma_.lower() == "include":
        return with_conjuncts(_children(group.head, ("dobj",)))  # "those killed included"
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return with_conjuncts(_prep_objects(trigger, ("including",)))  # "the injured, including"
    return []


def _hostage_heads(trigger: Token) -> tuple[list[Token], list[Token]] | None:
    """(takers, taken) of "took X hostage": the verb's subject took, its object (or, as
    the parser may read it, the noun before "hostage": "[25 passengers] hostage") was
    taken; None for any other trigger."""
    verb = hostage_verb(trigger)
    if verb is None:
        return None
    held = [c for c in verb.children if c.dep_ == "dobj" and c.i != trigger.i]
    held += [c for c in trigger.children if c.dep_ == "compound"]
    return with_conjuncts(_verb_subject(verb)), with_conjuncts(held)


def _counted_among(prep: Token) -> list[Token]:
    """Who is counted "among" a group: the subject (or, inverted, the attribute) of "be"
    ("two soldiers were among the dead", "among the injured were three children"), or
    the noun the phrase qualifies ("a boy among the dead")."""
    holder = prep.head
    if holder.lemma_.lower() == "be":
        return _children(holder, ("nsubj", "attr"))
    return [holder] if holder.pos_ in ("NOUN", "PROPN", "NUM") else []


def _absolute_subject(trigger: Token) -> list[Token]:
    """ "Six were killed, with two others injured": the participle's subject is the object
    of "with" that the parser hung from the verb before it."""
    verb = trigger.head
    participle = trigger.tag_ in ("VBN", "VBD")  # the tagger often calls it a past tense
    if not participle or trigger.dep_ not in ("advcl", "conj") or verb.i == trigger.i:
        return []
    if _children(trigger, (*_SUBJECT, *_PASSIVE_SUBJECT, "aux", "auxpass")):
        return []
    return [o for o in _prep_objects(verb, ("with",)) if o.i < trigger.i]


def _reduced_relative(trigger: Token) -> bool:
    """ "Civilians killed in the raid": a participle (or a verb with a "by" agent)
    modifying a noun, with no subject of its own ("a bomb that IED detonated" is a
    relative clause, not a reduced one). A clausal modifier with no subject is a
    participle, whatever the tagger made of it ("the six soldiers killed and those
    injured": "killed" tagged a past tense)."""
    if trigger.lemma_.lower() in ("crash", "plough", "plow"):
        return False  # "a motorcycle crashed into the patrol": the vehicle crashed
    participle = trigger.tag_ == "VBN" or (trigger.tag_ == "VBD" and trigger.dep_ == "acl")
    passive = participle or any(c.dep_ == "agent" for c in trigger.children)
    return (
        trigger.dep_ in ("acl", "relcl")
        and passive
        and not _children(trigger, (*_SUBJECT, *_PASSIVE_SUBJECT))
        and not _active_object(trigger)
    )


def _active_object(trigger: Token) -> bool:
    """A participle with an object of its own is active, however the parser hung it:
    "gunmen suspected to be bandits killed 9 worshippers" ("bandits" did the killing)."""
    participle = trigger.tag_ in ("VBN", "VBD")  # not "the opportunity to attack him"
    return participle and bool(_children(trigger, ("dobj",)))


def argument_heads(trigger: Token) -> tuple[list[Token], list[Token]]:
    """Heads of the (agent, patient) phrases of a trigger, mention or not.

    Verbs: subject or "by" agent, and passive subject, object or "on/against" object;
    a reduced relative ("civilians killed in the raid") makes the noun it modifies the
    patient. Nouns: "by X" and possessives act, "on X"/"of X" is acted upon, and so is
    whoever suffered the act ("suffered injuries", "the general's death"). Adjectives:
    who they are said of ("were dead", "shot dead"); a casualty word used as a noun, the
    people it counts ("11 of the injured").
    """
    if trigger.pos_ == "ADJ" and _predicate_heads(trigger):
        return [], with_conjuncts(_predicate_heads(trigger))
    hostage = _hostage_heads(trigger)
    if hostage is not None:
        return hostage
    if _as_noun(trigger):
        return [], _as_noun(trigger)
    if trigger.pos_ not in ("VERB", "AUX"):
        return _noun_heads(trigger)
    passive = _passive_subjects(trigger)
    agent = _passive_agents(trigger)
    if not passive and _reduced_relative(trigger):
        passive = [trigger.head]
    if not passive:
        passive = _absolute_subject(trigger)
    patients = passive + _objects(trigger) + _prep_objects(trigger, _verb_target_preps(trigger))
    patients += subject_aims(trigger)
    agents = agent if passive or agent else _verb_subject(trigger) + planters(trigger)
    return with_conjuncts(agents), with_conjuncts(patients)
