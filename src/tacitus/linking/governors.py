"""Arguments of an event noun said by the verb that governs it.

"The IRA carried out the attack", "Islamic State launched a series of attacks", "ETA
claimed responsibility for the bombing" (or "claimed the bombing"), "34 people are
involved in the attempt": the verb's subject did what the noun names; "police blamed
the bombing on the rebels", "the rebels were accused of the attack": the one blamed did;
so did the group "behind" or "responsible for" the bombing, its "perpetrators", the one
it is "attributed to", whose "work" it was, or who "led" it ("the Taliban-led assault").
"The explosion targeted a bakery", "the blast ripped through a market", "the building
was shattered by an explosion", "bombings aimed at the military", "the convoy came under
attack": what the verb hits is the noun's target. A weapon noun a verb used ("pounded
the town with artillery") was fired by the verb's subject at its object. "A battle
between troops and terrorists" names both sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.linking.referents import antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose object is an act its subject performs.
_PERFORM: Final = frozenset(
    {
        "carry",
        "launch",
        "stage",
        "conduct",
        "mount",
        "perpetrate",
        "commit",
        "execute",
        "orchestrate",
        "mastermind",
        "plan",
        "unleash",
        # Who begins, keeps up or holds an act does it: "began a hunger strike",
        # "continued their sit-in", "resumed the shelling", "held talks".
        "begin",
        "start",
        "continue",
        "resume",
        "hold",
        "undertake",
        # Who announces, declares or imposes a measure takes it: "Italy announced a
        # suspension of air links", "the army imposed a curfew", "opened an inquiry".
        "announce",
        "declare",
        "impose",
        "issue",
        "open",
        "reiterate",
        "renew",
    }
)
# Nouns that take responsibility for an act: "claimed responsibility for the attack".
_CREDIT: Final = frozenset({"responsibility", "credit", "blame"})
# Verbs whose subject owns the act it takes as object: "the group claimed the bombing".
_OWN: Final = frozenset({"claim", "admit", "acknowledge"})
_INVOLVED: Final = frozenset({"involve", "involved", "participate", "implicate", "implicated"})
# Verbs that name who did an act: "blamed the rebels for the attack", "accused of the bombing".
_ACCUSE: Final = frozenset({"blame", "accuse", "suspect"})
# Verbs whose object an event noun as subject strikes: "the blast hit the convoy".
_STRIKE: Final = frozenset(
    {"target", "hit", "strike", "destroy", "damage", "shatter", "rock", "wreck", "devastate"}
    | {"level", "flatten", "raze", "gut", "demolish"}
)
# Verbs whose "through" object an event noun as subject strikes: "the blast ripped
# through a market".
_TEAR: Final = frozenset({"rip", "tear", "sweep", "cut"})
_AIM: Final = frozenset({"target", "aim", "direct"})
# "A series of attacks": the act is named by the noun the quantity heads.
_GROUPS: Final = frozenset({"series", "wave", "spate", "string", "number", "round"})
_UNDERTAKINGS: Final = frozenset(
    {"attempt", "plot", "campaign", "operation", "spree", "effort", "bid", "drive"}
)
# Nouns for what a weapon fires: "artillery fire", "a rocket barrage".
_VOLLEYS: Final = frozenset({"fire", "barrage", "salvo", "volley"})
_SUBJECTS: Final = ("nsubj", "nsubjpass")
_WHERE: Final = frozenset({"GPE", "LOC", "FAC"})


def _top(trigger: Token) -> Token:
    """The phrase the trigger heads, through "a series of", "an assassination attempt"
    and "artillery fire"."""
    node = trigger
    while True:
        if node.dep_ == "compound" and node.head.lemma_.lower() in _UNDERTAKINGS:
            node = node.head
        elif node.dep_ in ("compound", "nmod") and node.head.lemma_.lower() in _VOLLEYS:
            node = node.head  # "with artillery and rocket fire"
        elif (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and node.head.head.lemma_.lower() in _GROUPS
        ):
            node = node.head.head
        elif node.dep_ == "conj" and node.head.pos_ == "NOUN" and node.pos_ == "NOUN":
            node = node.head  # "carried out bombings and attacks"
        else:
            return node


def _subjects(verb: Token) -> list[Token]:
    """Who does what ``verb`` says: its subject, that of the verb it completes or is
    coordinated with, the noun a participle in "-ing" describes ("terrorists modifying
    drones to launch attacks"), the owner of a decision or plan ("the IRA's decision
    to"), or who does a gerund's act (``gerund_doers``)."""
    found = [c for c in verb.children if c.dep_ in _SUBJECTS]
    upper = verb.head
    if not found and verb.dep_ in ("xcomp", "conj", "advcl") and upper.pos_ in ("VERB", "AUX"):
        found = [c for c in upper.children if c.dep_ in _SUBJECTS] or _described_by(upper)
    if not found and verb.dep_ in ("acl", "relcl") and upper.pos_ == "NOUN":
        found = [c for c in upper.children if c.dep_ == "poss"]  # "the IRA's decision to"
    return found or _described_by(verb) or gerund_doers(verb)


def _described_by(participle: Token) -> list[Token]:
    """The noun an "-ing" participle modifies, which does what it says ("gunmen
    firing on the crowd")."""
    noun = participle.head
    modifies = participle.dep_ == "acl" and participle.tag_ == "VBG"
    return [noun] if modifies and noun.pos_ in ("NOUN", "PROPN") else []


# Verbs whose object (or, passive, whose subject) is the one judged for the act a gerund
# after them names: "accused the men of carrying out", "was arrested for planting".
_JUDGE: Final = _ACCUSE | frozenset(
    {"charge", "convict", "arrest", "detain", "sentence", "jail", "indict", "prosecute"}
    | {"try", "punish", "praise", "thank", "condemn", "identify"}
)


def gerund_doers(verb: Token) -> list[Token]:
    """Who does what a gerund after a preposition says, when it has no subject of its
    own: the subject of the clause it hangs from ("after attacking the convoy, the
    militants fled", "carried the bombs to the square before detonating them"), the one
    a judging verb speaks of ("accused of carrying out the bombing", "convicted a
    teenager of carrying out the attack"), the noun a participle or an adjective of that
    kind describes ("the two men accused of carrying out", "those responsible for
    planting")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.i == verb.i:
        return []
    holder = prep.head
    if holder.pos_ == "ADJ":
        return _described(holder)
    if holder.pos_ in ("NOUN", "PROPN"):
        judged = holder.dep_ in ("dobj", "nsubjpass") and holder.head.lemma_.lower() in _JUDGE
        return [holder] if judged else []
    if holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in _JUDGE:
        return _judged(holder)
    if holder.pos_ in ("VERB", "AUX"):
        return [c for c in holder.children if c.dep_ == "nsubj"]
    return []


def _described(adjective: Token) -> list[Token]:
    """Whom an adjective is said of: "those responsible", "the group was responsible"."""
    if adjective.dep_ == "amod":
        return [adjective.head]
    if adjective.dep_ == "acomp":
        return [c for c in adjective.head.children if c.dep_ in _SUBJECTS]
    return []


def _judged(verb: Token) -> list[Token]:
    """Whom a judging verb speaks of: its object, its passive subject, or the noun its
    participle describes ("the men accused of ...")."""
    judged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not judged and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]
    return judged


def _accused(verb: Token) -> list[Token]:
    """Who is blamed: "blamed the rebels for", "the rebels were accused of"."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def by_agents(verb: Token) -> list[Token]:
    """Heads of a passive verb's "by" agent ("was planted by militants")."""
    return [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]


# What an attack is carried out with: its instrument, never its target or victim.
INSTRUMENTS = frozenset(
    {"bomb", "device", "explosive", "ied", "grenade", "rocket", "missile", "mortar"}
    | {"shell", "mine", "landmine", "bullet", "firework", "weapon", "gun", "rifle"}
    | {"barrage", "salvo", "volley", "projectile"}  # "fired a barrage of rockets at"
)


def senders(head: Token) -> list[Token]:
    """Who acted when an instrument is a clause's subject: the "by" agent of the
    participle that tells who sent it ("a mortar shell fired by the army landed on a
    market"), else the instrument itself."""
    if head.lemma_.lower() not in INSTRUMENTS:
        return [head]
    agents = [a for clause in head.children if clause.dep_ == "acl" for a in by_agents(clause)]
    return agents or [head]


def governing_agents(trigger: Token) -> list[Token]:
    """Heads of who performed the act an event noun names, from its governing verb or a
    participle that modifies it ("the attack, claimed by Islamic State"), the noun's own
    or its group's ("a spate of attacks carried out by militants", "a series of
    bombings, claimed by the group")."""
    top = _top(trigger)
    claimed = [
        agent
        for node in dict.fromkeys((trigger, top))
        for clause in node.children
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in _PERFORM | _OWN
        for agent in by_agents(clause)
    ]
    if claimed:
        return claimed
    if top.dep_ == "pobj":
        return _prepositional_agents(top.head)
    head = top.head
    lemma = head.lemma_.lower()
    if top.dep_ == "dobj" and lemma in _PERFORM | _OWN:
        return _subjects(head)
    if top.dep_ == "nsubjpass" and lemma in _PERFORM | _OWN:
        return by_agents(head)  # "was carried out by", "was claimed by Islamic State"
    return blamed_on(trigger) or _credited(top)


# Words that give an act to its doer: "attributed the bombing to ETA", "the attack was
# the work of the Islamic State group", "the Taliban-led assault".
_ATTRIBUTE: Final = frozenset({"attribute", "ascribe"})
_HANDIWORK: Final = frozenset({"work", "handiwork"})


def _credited(top: Token) -> list[Token]:
    """Who an act is credited to: "police attributed the bombing to ETA" (or "the
    bombing, which police attributed to ETA"), "the attack was the work of the group",
    "the Taliban-led assault"."""
    head = top.head
    lemma = head.lemma_.lower()
    if top.dep_ in ("dobj", "nsubjpass") and lemma in _ATTRIBUTE:
        return _prep_objects(head, ("to",))
    for clause in top.children:
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in _ATTRIBUTE:
            return _prep_objects(clause, ("to",))
    if top.dep_ == "nsubj" and lemma == "be":
        works = [c for c in head.children if c.dep_ == "attr" and c.lemma_.lower() in _HANDIWORK]
        return [o for w in works for o in _prep_objects(w, ("of",))]
    led = [c for c in top.children if c.dep_ == "amod" and c.lemma_.lower() == "lead"]
    return [c for m in led for c in m.children if c.dep_ in ("npadvmod", "compound", "nmod")]


def blamed_on(trigger: Token) -> list[Token]:
    """ "Blamed the attack on the rebels": who is blamed, whether the parser hangs "on
    the rebels" from the verb or from the noun."""
    top = _top(trigger)
    if top.dep_ != "dobj" or top.head.lemma_.lower() not in _ACCUSE:
        return []
    return _prep_objects(top.head, ("on",)) + _prep_objects(top, ("on",))


def _behind(holder: Token) -> list[Token]:
    """Who is "behind" an act did it: "the man behind the attack", "ETA was behind the
    bombing"; a place or a thing behind it is no doer ("the wall behind the blast")."""
    if holder.lemma_.lower() == "be":
        return [c for c in holder.children if c.dep_ in _SUBJECTS]
    someone = holder.pos_ in ("NOUN", "PROPN") and holder.ent_type_ not in _WHERE
    return [holder] if someone else []


def _prepositional_agents(prep: Token) -> list[Token]:
    """ "Responsibility for the bombing", "involved in the attempt", "blamed for it",
    "responsible for the attack", "the group behind the bombing"."""
    holder = prep.head
    lemma = holder.lemma_.lower()
    if lemma in _ACCUSE and prep.lower_ in ("for", "of"):
        return _accused(holder)
    if prep.lower_ == "for" and lemma in _CREDIT and holder.dep_ == "dobj":
        return _subjects(holder.head)
    if prep.lower_ == "in" and lemma in _INVOLVED:
        described = [holder.head] if holder.dep_ == "acl" else []  # "those involved in it"
        return _subjects(holder) or _subjects(holder.head) or described
    if prep.lower_ == "on" and lemma in GO_ON:
        return _subjects(holder)  # "teachers went on strike", "are on hunger strike"
    if _instrument_of(prep):
        return by_agents(holder) or _subjects(holder)
    return _answerable(prep, holder)


# Nouns of the one who did an act: "the perpetrators of the attack".
_DOERS: Final = frozenset({"perpetrator", "author", "mastermind", "organiser", "organizer"})


def _answerable(prep: Token, holder: Token) -> list[Token]:
    """Who is "responsible for" or "behind" the act ("al-Shabaab was responsible for
    the attack", "ETA was behind the bombing"), or its doer ("the perpetrator of the
    attack")."""
    if prep.lower_ == "for" and holder.lemma_.lower() == "responsible" and holder.pos_ == "ADJ":
        return _described(holder)
    if prep.lower_ == "of" and holder.lemma_.lower() in _DOERS and holder.pos_ == "NOUN":
        return [holder]
    return _behind(holder) if prep.lower_ == "behind" else []


# Verbs that put their subject "on" a strike or a march: who does it.
GO_ON: Final = frozenset({"go", "be", "remain", "stay", "come", "continue"})
# Verbs whose "with" names the other side, not a weapon: "clashed with the rebels".
_WITH_PARTY: Final = frozenset({"clash", "fight", "battle", "meet", "talk", "negotiate"})


def _instrument_of(prep: Token) -> bool:
    """ "Pounded the town with artillery": the event noun is the weapon a verb used."""
    holder = prep.head
    return (
        prep.lower_ == "with"
        and prep.dep_ == "prep"
        and holder.pos_ == "VERB"
        and holder.lemma_.lower() not in _WITH_PARTY
    )


# Verbs of holding off an attack: their subject is the side it fell on, which fought it.
_REPEL: Final = frozenset({"repel", "repulse", "rebuff"})
_REPEL_PHRASAL: Final = frozenset({"fight", "fend", "beat", "push", "drive"})


def _repelling(verb: Token) -> bool:
    """The verb holds off what it takes ("repelled", "fought off", "beat back")."""
    lemma = verb.lemma_.lower()
    if lemma in _REPEL:
        return True
    particle = any(c.dep_ == "prt" and c.lower_ in ("off", "back") for c in verb.children)
    return particle and lemma in _REPEL_PHRASAL


def governed_targets(trigger: Token) -> list[Token]:
    """Heads of what the act an event noun names fell on, from the verb around it; the
    side that held it off ("troops repelled an attack by the insurgents")."""
    top = _top(trigger)
    head = top.head
    lemma = head.lemma_.lower()
    if top.dep_ == "dobj" and _repelling(head):
        return [antecedent(s) for s in _subjects(head)]
    if top.dep_ == "nsubj" and lemma in _STRIKE:
        return [c for c in head.children if c.dep_ == "dobj"]
    if top.dep_ == "nsubj" and lemma in _TEAR:
        return _prep_objects(head, ("through",))
    if top.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in _STRIKE:
        return [c for c in head.head.children if c.dep_ == "nsubjpass"]
    if top.dep_ == "pobj" and _instrument_of(head):
        return [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
    undergoers = _undergoers(head) if top.dep_ == "pobj" else []
    return undergoers or aimed_at(trigger)


def aimed_at(noun: Token) -> list[Token]:
    """What a clause on a noun says it was aimed at: "bombings aimed at the military",
    "the bombing, which targeted a police station", "a car bomb targeting a convoy"."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    aims = [t for c in clauses for t in c.subtree if t.lemma_.lower() in _AIM]
    found: list[Token] = []
    for verb in aims:
        if verb.lemma_.lower() == "target":
            found.extend(c for c in verb.children if c.dep_ == "dobj")
        found.extend(_prep_objects(verb, ("at", "against", "on")))
    return found


# Verbs of an attack whose subject, a device or an attacker, may say what it was aimed
# at: "a car bomb targeting a convoy exploded", "gunmen targeting a church opened fire".
_AIMED_ACTS: Final = frozenset(
    {"explode", "detonate", "go", "blow", "attack", "strike", "hit", "open", "storm"}
    | {"ambush", "shoot", "fire", "shell", "bomb"}
)


def subject_aims(verb: Token) -> list[Token]:
    """What the subject of an attacking verb was aimed at, by a clause of its own."""
    if verb.lemma_.lower() not in _AIMED_ACTS:
        return []
    return [o for s in verb.children if s.dep_ == "nsubj" for o in aimed_at(s)]


# Verbs whose subject is "under" the act that falls on it: "the convoy came under attack".
_UNDER: Final = frozenset({"come", "be", "remain", "fall"})


def _undergoers(prep: Token) -> list[Token]:
    """What an act named after a preposition fell on: the subject of "came under
    attack" or "was under fire", and what is said to be "the target of" it ("the embassy
    was the target of the bombing", "the target of the raid was a depot")."""
    holder = prep.head
    if prep.lower_ == "under" and holder.lemma_.lower() in _UNDER:
        return [c for c in holder.children if c.dep_ in _SUBJECTS]
    if prep.lower_ != "of" or holder.lemma_.lower() != "target" or holder.head.i == holder.i:
        return []
    copula = holder.head
    if copula.lemma_.lower() != "be":
        return []
    other = "nsubj" if holder.dep_ == "attr" else "attr" if holder.dep_ == "nsubj" else ""
    return [c for c in copula.children if c.dep_ == other]


def _prep_objects(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


# Verbs that put a device where it goes off, and the devices they put there.
_PLANT: Final = frozenset({"plant", "place", "leave", "hide", "lay", "bury", "conceal", "rig"})
_PLANTED: Final = frozenset(
    {"bomb", "device", "explosive", "ied", "mine", "landmine", "grenade", "charge"}
)


def planters(verb: Token) -> list[Token]:
    """Heads of who placed the device a verb says went off: "the bomb, which was planted
    by Boko Haram militants, exploded", "a device the attackers had hidden in a bag
    exploded"."""
    found: list[Token] = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lemma_.lower() not in _PLANTED:
            continue
        for clause in subject.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in _PLANT:
                continue
            subjects = [
                c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
            ]
            found.extend(by_agents(clause) or subjects)
    return found


def between_sides(trigger: Token) -> tuple[list[Token], list[Token]]:
    """ "A battle between troops and terrorists": the first side and the second. Where
    the parser reads the first side as a modifier of the second ("between the army and
    M23 rebels" as "the [army and M23] rebels"), the modifier is the first side."""
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and objects[0].conjuncts:
                return [objects[0]], list(objects[0].conjuncts)
            for modifier in (c for o in objects[:1] for c in o.children):
                if modifier.dep_ in ("nmod", "compound") and modifier.conjuncts:
                    return [modifier], [objects[0]]
    return [], []


# Verbs whose subject undergoes the event noun they take: "13 people suffered injuries".
_SUFFER: Final = frozenset({"suffer", "sustain", "receive", "incur"})


def sufferers(trigger: Token) -> list[Token]:
    """Heads of who underwent what an event noun names, from its governing verb: who
    "suffered injuries", and who a verb did "to death" ("was stabbed to death", "beat
    two men to death", "a man beaten to death") died."""
    top = _top(trigger)
    if top.dep_ == "dobj" and top.head.lemma_.lower() in _SUFFER:
        return _subjects(top.head)
    prep = top.head
    if top.dep_ == "pobj" and prep.lower_ == "to" and top.lower_ == "death":
        return _done_to(prep.head) if prep.head.pos_ == "VERB" else []
    return []


def _done_to(verb: Token) -> list[Token]:
    """Who a verb fell on: its passive subject or object, the subject of a participle
    with no auxiliary ("found a farmer beaten to death", "Man beaten to death" in a
    headline), or the noun a participle with no subject of its own describes ("a man
    beaten to death")."""
    bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    deps = ("nsubjpass", "dobj", "nsubj") if bare else ("nsubjpass", "dobj")
    found = [c for c in verb.children if c.dep_ in deps]
    if not found and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        found = [verb.head]
    return found
