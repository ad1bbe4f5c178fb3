"""Who acted and who was acted upon, from the dependency parse around a trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.linking.governors import between_sides, governed_targets, governing_agents
from tacitus.linking.tree import dominates
from tacitus.pipeline.doc import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT = ("nsubj", "csubj")
_PASSIVE_SUBJECT = ("nsubjpass", "csubjpass")
_OBJECT = ("dobj", "obj", "attr")
_TARGET_PREPS = ("on", "against", "at", "targeting")


# Two-sided fighting: "clashed with police", "a gunfight with police" name the other side.
_MUTUAL = frozenset({"clash", "scuffle"})
_MUTUAL_NOUNS = _MUTUAL | frozenset(
    {"gunfight", "firefight", "shootout", "battle", "fighting", "skirmish", "confrontation"}
)
_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "appos"})
_SPEECH = frozenset({"say", "tell", "claim", "report", "blame", "accuse", "estimate", "add"})


def _in_phrase(top: Token, token: Token) -> bool:
    """``token`` lies in ``top``'s phrase without crossing into a clause or a source."""
    if token.i == top.i:
        return True
    node = token
    while node.i != node.head.i:
        if node.dep_ in _CLAUSES:
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


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _verb_subject(trigger: Token) -> list[Token]:
    subjects = _children(trigger, _SUBJECT)
    if subjects:
        return subjects
    if trigger.dep_ in ("conj", "xcomp", "advcl") and trigger.head.pos_ in ("VERB", "AUX"):
        return _children(trigger.head, _SUBJECT)
    if trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        return [trigger.head]
    return []


def _passive_subjects(trigger: Token) -> list[Token]:
    """The passive subject, or a controller's for a passive complement: "the student
    appears to have been shot" (the student was shot)."""
    found = _children(trigger, _PASSIVE_SUBJECT)
    auxpass = any(c.dep_ == "auxpass" for c in trigger.children)
    if not found and auxpass and trigger.dep_ == "xcomp" and trigger.head.pos_ in ("VERB", "AUX"):
        found = _children(trigger.head, _SUBJECT)
    return found


def verb_roles(trigger: Token, actors: list[ActorMention]) -> tuple[list[ActorMention], ...]:
    """(actor1, actor2) for a verb trigger, honouring the passive voice."""
    passive = _passive_subjects(trigger)
    agent_tops = [
        obj
        for prep in trigger.children
        if prep.dep_ == "agent" or (passive and prep.dep_ == "prep" and prep.lower_ == "by")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    first_tops = agent_tops if passive or agent_tops else _verb_subject(trigger)
    preps = _TARGET_PREPS + (("with",) if trigger.lemma_.lower() in _MUTUAL else ())
    second_tops = passive + _children(trigger, _OBJECT) + _prep_objects(trigger, preps)
    return _collect(first_tops, actors), _collect(second_tops, actors)


def noun_roles(trigger: Token, actors: list[ActorMention]) -> tuple[list[ActorMention], ...]:
    """(actor1, actor2) for a noun trigger: modifiers the actor KB knows (or demonyms) and
    "by X" act, "on X" is the target; another name modifying the noun is more often where
    it happened ("the Rolando bombing") than who did it."""
    modifiers = [c for c in trigger.children if c.dep_ in ("amod", "compound", "poss")]
    opposed = [c for c in modifiers if _anti(c)]
    modifier_tops = [c for c in modifiers if c not in opposed]
    one_side, other_side = between_sides(trigger)
    doc = trigger.doc
    known = [a for a in actors if a.kind != "unknown" or doc[a.head].ent_type_ == "NORP"]
    first = _collect(modifier_tops, known) + _collect(
        _prep_objects(trigger, ("by", "from")) + governing_agents(trigger) + one_side, actors
    )
    preps = (*_TARGET_PREPS, "of", *(("with",) if trigger.lemma_.lower() in _MUTUAL_NOUNS else ()))
    second = _collect(
        _prep_objects(trigger, preps) + governed_targets(trigger) + other_side + opposed,
        actors,
    )
    if not first and trigger.dep_ in ("nsubj", "nsubjpass"):
        first = []
    return first, second


def _anti(token: Token) -> bool:
    """ "Anti-government": what the modifier names is opposed, not acting."""
    doc = token.doc
    window = doc[max(token.left_edge.i - 2, 0) : token.i + 1].text.lower()
    return "anti-" in window.replace(" ", "")


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
    """Each phrase head and the heads coordinated with it ("soldiers and police")."""
    found: list[Token] = []
    for top in tops:
        for token in (top, *top.conjuncts):
            if token not in found and token.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                found.append(token)
    return found


def argument_heads(trigger: Token) -> tuple[list[Token], list[Token]]:
    """Heads of the (agent, patient) phrases of a trigger, mention or not.

    Verbs: subject or "by" agent, and passive subject, object or "on/against" object;
    a reduced relative ("civilians killed in the raid") makes the noun it modifies the
    patient. Nouns: "by X" and possessives act, "on X"/"of X" is acted upon.
    """
    if trigger.pos_ not in ("VERB", "AUX"):
        one_side, other_side = between_sides(trigger)
        agents = [c for c in trigger.children if c.dep_ == "poss"]
        agents += _prep_objects(trigger, ("by",)) + governing_agents(trigger) + one_side
        patients = _prep_objects(trigger, (*_TARGET_PREPS, "of")) + governed_targets(trigger)
        return with_conjuncts(agents), with_conjuncts(patients + other_side)
    passive = _passive_subjects(trigger)
    agent = [o for p in trigger.children if p.dep_ == "agent" for o in p.children]
    if trigger.dep_ in ("acl", "relcl") and (passive == [] and trigger.tag_ == "VBN"):
        passive = [trigger.head]
    patients = passive + _children(trigger, _OBJECT) + _prep_objects(trigger, _TARGET_PREPS)
    agents = agent if passive or agent else _verb_subject(trigger)
    return with_conjuncts(agents), with_conjuncts(patients)
