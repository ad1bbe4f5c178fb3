"""Context checks for verbal and diplomatic triggers (aid, release, suspend, ask, ...).

These words are common in news outside any event ("photographs released by", "asked not
to be named", "US-backed forces"); each check keeps a trigger only in the sense PLOVER
codes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from tacitus.mentions.count_words import is_person

if TYPE_CHECKING:
    from spacy.tokens import Token

AID_VERBS: Final = frozenset(
    {"send", "provide", "deliver", "give", "donate", "pledge", "grant", "ship", "airlift", "offer"}
)
RELEASED_PEOPLE: Final = frozenset(
    {
        "prisoner",
        "prisoners",
        "hostage",
        "hostages",
        "detainee",
        "detainees",
        "captive",
        "captives",
        "soldier",
        "soldiers",
        "people",
        "activist",
        "activists",
        "journalist",
        "journalists",
        "nationals",
        "citizens",
        "women",
        "children",
        "students",
        "him",
        "her",
        "them",
    }
)
SUSPENDED_TIES: Final = frozenset(
    {
        "aid",
        "talks",
        "relations",
        "ties",
        "cooperation",
        "membership",
        "negotiations",
        "agreement",
        "trade",
        "assistance",
        "flights",
        "imports",
        "exports",
        "diplomatic",
        "embassy",
        "ambassador",
        "envoy",
        "deal",
        "broadcaster",
        "broadcasts",
        "broadcasting",
        "newspaper",
        "channel",
        "radio",
        "licence",
        "license",
        "accreditation",
    }
)
# Words that open a clause of time: "before withdrawing", "after the crowd withdrew".
_TIME_MARKS: Final = frozenset({"before", "after", "until", "when", "as", "once"})
_MODIFIER_DEPS: Final = frozenset({"amod", "compound", "acl"})
_ANONYMITY: Final = frozenset({"named", "identified", "anonymity", "comment"})


def _object_words(token: Token) -> set[str]:
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "obj", "pobj")]
    objects += [p for c in token.children if c.dep_ == "prep" for p in c.children]
    return {t.lower_ for obj in objects for t in obj.subtree}


def _aid_noun(token: Token) -> bool:
    """ "Sent aid", "pledged assistance": aid given, not aid mentioned."""
    head = token.head
    if head.dep_ == "prep":
        head = head.head
    return head.lemma_.lower() in AID_VERBS


# Nouns "aid" names the kind of: "aid deliveries", "aid workers", "aid convoys".
_AID_COMPOUNDS: Final = frozenset(
    {"delivery", "worker", "convoy", "budget", "agency", "group", "shipment", "flow"}
    | {"package", "programme", "program", "money", "funding", "cut", "pledge", "official"}
)


def _aid_compound(token: Token) -> bool:
    """ "Cuts to aid deliveries": the tagger took the noun compound "aid deliveries" for the
    verb "to aid" and its object; no one aids deliveries or workers."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _AID_COMPOUNDS and not _determined(c)
        for c in token.children
    )


def _determined(noun: Token) -> bool:
    """The noun has an article or owner ("to aid the agency"): a real object."""
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def _release(token: Token) -> bool:
    return bool(_object_words(token) & RELEASED_PEOPLE)


def _suspend(token: Token) -> bool:
    """Suspending ties, aid, a broadcaster or an organisation ("suspended the BBC"): a
    sanction; suspending a match or a hearing is none."""
    if _object_words(token) & SUSPENDED_TIES:
        return True
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.ent_type_ == "ORG" for o in objects)


def _withdraw(token: Token) -> bool:
    """Not a withdrawal told as how another act ended ("seized the base for several hours
    before withdrawing", "the roads reopened after the demonstrators withdrew"): the
    raiders' or the crowd's leaving is part of their raid or protest, not a retreat of its
    own. A withdrawal of something ("after Russia withdrew its troops") stays one."""
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return True
    if token.dep_ == "pcomp" and token.head.lower_ in _TIME_MARKS:
        return False
    marks = {c.lower_ for c in token.children if c.dep_ in ("mark", "advmod")}
    return not (token.dep_ == "advcl" and marks & _TIME_MARKS)


def _ask(token: Token) -> bool:
    """Not "asked not to be named", "calls seeking comment"."""
    return not ({t.lower_ for t in token.subtree} & _ANONYMITY)


# Nouns of what is asked for, and the verbs that say what it is rather than that it was
# made: "the protesters' main demand is the governor's resignation".
_ASKING_NOUNS: Final = frozenset({"demand", "request", "call", "appeal", "plea"})
_NAMING_VERBS: Final = frozenset({"be", "include", "remain", "centre", "center", "focus"})


def _position_named(token: Token) -> bool:
    """A demand noun that is the subject or complement of "is", "include", "remain":
    it says what a side wants (a standing position), not that a demand was made."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "attr"):
        return False
    return token.head.i != token.i and token.head.lemma_.lower() in _NAMING_VERBS


def _seek(token: Token) -> bool:
    """A request made: "sought UN help", "will seek a ceasefire". Not a search for people
    ("police were seeking two men"), nor an ongoing pursuit told with "-ing" ("families
    are seeking compensation", "lawyers seeking his release"): a position held, not an
    act of the day."""
    if not _ask(token) or token.tag_ == "VBG":
        return False
    return not any(c.dep_ == "dobj" and is_person(c) for c in token.children)


CHECKS: Final[dict[str, Callable[[Token], bool]]] = {
    "aid": _aid_noun,
    "assistance": _aid_noun,
    "release": _release,
    "free": _release,
    "suspend": _suspend,
    "sever": _suspend,
    "recall": _suspend,
    "ask": _ask,
    "withdraw": _withdraw,
    "pull out": _withdraw,
    "pull back": _withdraw,
    "retreat": _withdraw,
    "decline": _ask,
    "seek": _seek,
    "request": _ask,
}
STATEMENT_CODES: Final = frozenset(
    {
        "accuse",
        "threaten",
        "consult",
        "consult_phone",
        "consult_visit",
        "request",
        "reject",
        "support",
        "agree",
        "cooperate",
        "aid",
        "concede",
        "retreat",
        "release",
        "resign",
        "investigate",
        "sanction",
        "expel",
    }
)


def accept_statement(lemma: str, code: str, token: Token) -> bool:
    """False for a verbal or diplomatic trigger used outside its event sense."""
    if code not in STATEMENT_CODES:
        return True
    if token.pos_ == "VERB" and token.dep_ in _MODIFIER_DEPS and token.tag_ != "VBG":
        return False  # "US-backed forces", "photographs released by", "groups sanctioned"
    if lemma == "aid" and token.pos_ == "VERB":
        return not _aid_compound(token)
    if lemma in _ASKING_NOUNS and _position_named(token):
        return False
    check = CHECKS.get(lemma)
    return check(token) if check is not None else True
