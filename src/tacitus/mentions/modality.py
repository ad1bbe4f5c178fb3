"""Does an event trigger describe something that happened? Read off the dependency tree.

:func:`modality` walks from the trigger up its heads. At each word it checks the word's own
markers (negation, "no" subjects and objects, modal and future auxiliaries, "if" marks,
"planned"/"possible" modifiers) and the word that governs it ("vowed to respond": future;
"denied carrying out": negated). The walk stops at relative and adverbial clauses, at
reporting verbs ("Police could not confirm the attack" leaves the attack asserted; the
verification caveat is handled by :mod:`tacitus.mentions.attribution`), and at the root.

Precedence at one word: negated, then hypothetical, then future. The threat itself is
asserted ("threatened"), the threatened action is future ("to strike").
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

__all__ = ["Modality", "modality"]

Modality = Literal["asserted", "future", "hypothetical", "negated"]

_MAX_STEPS = 8
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "can", "must"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither"})
# Words before an act that it is to come; "planning" and "plotting" are what the parser
# hangs on the act as a noun ("suspected of planning attacks").
_FUTURE_MODIFIERS = frozenset(
    {"planned", "upcoming", "proposed", "scheduled", "impending", "planning", "plotting"}
)
_HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "hypothetical", "feared"})
_FUTURE_GOVERNORS = frozenset(
    {
        "plan",
        "vow",
        "threaten",
        "promise",
        "intend",
        "expect",
        "aim",
        "pledge",
        "prepare",
        "schedule",
        "set",
        "due",
        "about",
        "hope",
        "seek",
        "want",
        "plot",
        "decide",
        "agree",
        "call",
        "ask",
        "urge",
        "organize",
        "organise",
        "announce",
        "mobilize",
        "mobilise",
        "vote",
        "warn",
        "discuss",
        "propose",
        "consider",
        "debate",
        "demand",
    }
)
_NEGATING_GOVERNORS = frozenset(
    {
        "deny",
        "refuse",
        "fail",
        "decline",
        "reject",
        "avoid",
        "prevent",
        "cancel",
        "thwart",
        "foil",
        "abandon",
        "halt",
        "postpone",
        "stop",
    }
)
_REPORTING = frozenset(
    {
        "say",
        "tell",
        "report",
        "claim",
        "confirm",
        "verify",
        "state",
        "announce",
        "add",
        "estimate",
        "allege",
        "note",
        "write",
        "describe",
        "accuse",
        "blame",
    }
)
_OCCURRENCE = frozenset(
    {
        "take",
        "happen",
        "occur",
        "be",
        "begin",
        "start",
        "go",
        "continue",
        "erupt",
        "break",
        "resume",
        "hold",
        "carry",
        "launch",
        "stage",
        "conduct",
        "mount",
        "come",
    }
)
_STOP_RELATIONS = frozenset({"relcl", "advcl", "acl", "ROOT", "appos", "parataxis"})


def modality(trigger: Token, *, words: tuple[int, int] | None = None) -> Modality:
    """Whether ``trigger`` is asserted, future, hypothetical or negated in its sentence.

    ``words`` is the character span of a trigger of several words: a negator among
    them is part of the word ("never seen again" tells a disappearance), not a denial.
    """
    node = trigger
    for _ in range(_MAX_STEPS):
        own = _own_markers(node, words if node is trigger else None)
        if own is not None:
            return own
        parent, relation = node.head, node.dep_
        marked = _clause_marker(node, parent, relation)
        if marked is not None:
            return marked
        stops = relation in _STOP_RELATIONS and not _purpose(node, relation)
        at_top = parent.i == node.i or stops
        governed = None if at_top else _governor(parent, relation)
        if governed == "negated":
            return governed
        modified = _modifier_markers(list(node.children))
        if modified is not None:
            return modified
        if governed is not None:
            return governed
        if at_top or not _climbs(node, parent, relation):
            break
        node = parent
    return "asserted"


def _own_markers(token: Token, words: tuple[int, int] | None = None) -> Modality | None:
    """What the token's own dependents say: "not", "no one", "could", "will", "if"."""
    children = list(token.children)
    inside = words or (0, 0)
    if any(_is_negator(c) and not inside[0] <= c.idx < inside[1] for c in children):
        return "negated"
    if any(
        child.dep_ in ("nsubj", "nsubjpass", "dobj") and _negative_np(child) for child in children
    ):
        return "negated"
    lemmas = {child.lower_ for child in children if child.dep_ in ("aux", "auxpass")}
    conditional = any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in children)
    if conditional or _inverted_condition(token, children):
        return "hypothetical"
    if lemmas & _HYPOTHETICAL_AUX:
        return "hypothetical"
    if lemmas & _FUTURE_AUX or any(c.lemma_ == "will" for c in children if c.dep_ == "aux"):
        return "future"
    return None


_INVERTING_AUX = frozenset({"had", "should", "were"})


def _inverted_condition(token: Token, children: list[Token]) -> bool:
    """A condition told by putting the auxiliary before its subject ("Had the bomb gone off
    at rush hour, ...", "Should talks fail, ..."): the "if" is left out, not the doubt."""
    if token.dep_ != "advcl":
        return False
    subjects = [c.i for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _INVERTING_AUX and c.i < min(subjects)
        for c in children
    )


def _is_negator(child: Token) -> bool:
    if child.dep_ == "neg":
        return True
    return child.dep_ in ("det", "advmod") and child.lower_ in ("no", "never")


def _negative_np(noun: Token) -> bool:
    """ "no one", "nobody", "no casualties"."""
    if noun.lower_ in _NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _modifier_markers(children: list[Token]) -> Modality | None:
    """ "a planned march", "a march scheduled for Friday", "a possible attack"."""
    for child in children:
        if child.dep_ not in ("amod", "acl", "compound"):
            continue
        if child.lower_ in _FUTURE_MODIFIERS:
            return "future"
        if child.lower_ in _HYPOTHETICAL_MODIFIERS:
            return "hypothetical"
    return None


def _governor(parent: Token, relation: str) -> Modality | None:
    """What the governing word implies: "vowed to respond", "denied carrying out"."""
    lemma = parent.lemma_.lower()
    if relation in ("xcomp", "ccomp", "dobj", "nsubjpass", "pcomp") and (
        lemma in _NEGATING_GOVERNORS
        or (lemma == "call" and any(c.lower_ == "off" for c in parent.children))
    ):
        return "negated"
    return "future" if _future_governor(parent, relation, lemma) else None


# Verbs whose "that" clause is what they ask for: "demanding that the bill be withdrawn".
_ASKING_THAT = frozenset({"demand", "urge", "ask", "request", "propose", "recommend"})


def _future_governor(parent: Token, relation: str, lemma: str) -> bool:
    """ "plans to", "is expected to", "are going to", "called for a strike", "demanded
    that the bill be withdrawn"."""
    if relation == "xcomp" and (_is_going(parent) or lemma in _FUTURE_GOVERNORS):
        return True
    if relation == "ccomp" and lemma in _ASKING_THAT:
        return True
    if relation in ("nsubjpass", "dobj") and lemma in _FUTURE_GOVERNORS:
        return True
    if relation != "pobj":
        return False
    if parent.lower_ == "to":
        return _is_going(parent.head)  # "are going to march" parsed with "march" as a noun
    return parent.lower_ == "for" and parent.head.lemma_ in _FUTURE_GOVERNORS


def _clause_marker(node: Token, parent: Token, relation: str) -> Modality | None:
    """What the clause's own place says: asked for, or only what one may do."""
    if _asked_for(node, parent, relation):
        return "future"
    return "hypothetical" if _generic_clause(node, parent, relation) else None


def _asked_for(node: Token, parent: Token, relation: str) -> bool:
    """An infinitive the parser hangs as an adverbial clause on a verb of asking or
    planning: "called on the government to expel them" is what was asked, not done."""
    if relation != "advcl" or parent.lemma_.lower() not in _FUTURE_GOVERNORS:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


# Nouns of what one may do: "the right to protest" is no protest.
_ENTITLEMENTS = frozenset(
    {"right", "freedom", "permission", "permit", "licence", "license", "authorization"}
    | {"authorisation", "ability", "liberty"}
)
# Pronouns of anyone at all: "anyone who blocks roads will be arrested" tells of no one.
_FREE_CHOICE = frozenset({"anyone", "anybody", "whoever", "whomever"})


def _generic_clause(node: Token, parent: Token, relation: str) -> bool:
    """An act named only as what one may do ("the farmers' right to protest", "the
    freedom to demonstrate") or as what defines anyone at all ("anyone who blocked roads
    would be arrested"): no act that happened."""
    if relation not in ("acl", "relcl"):
        return False
    if parent.lower_ in _FREE_CHOICE:
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    return infinitive and parent.lemma_.lower() in _ENTITLEMENTS


def _purpose(node: Token, relation: str) -> bool:
    """An infinitive of purpose ("will strike on Friday to protest against the reform")
    happens only if its governor does, so it shares the governor's modality."""
    return relation == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _is_going(token: Token) -> bool:
    return token.lemma_ == "go" and token.tag_ == "VBG"


def _climbs(node: Token, parent: Token, relation: str) -> bool:
    """Whether the parent's modality carries down to ``node``."""
    lemma = parent.lemma_.lower()
    if lemma in _REPORTING and relation in ("ccomp", "dobj", "nsubjpass", "xcomp"):
        return False
    if relation == "conj" and node.tag_ == "VBD":
        return False  # "would pay the price and called on ...": a past tense of its own
    if relation in ("xcomp", "ccomp", "conj", "dobj", "pcomp", "aux", "acomp") or _purpose(
        node, relation
    ):
        return True  # "acomp": "would remain deployed" is no deployment yet
    if relation in ("nsubj", "nsubjpass", "attr"):
        return lemma in _OCCURRENCE
    return relation == "pobj" and node.head.lower_ == "for"
