"""What kind of count a number is, read from the dependency parse around it: the noun it
counts ("25 militia fighters"), that noun's modifiers ("people killed"), its governing verb
("killing 12 people", "took to the streets"), the counted noun itself ("three dead") and the
subject of a copular or "rise" verb ("the death toll rose to 40", marked cumulative).
"Casualties" are injured unless a fatality word governs or sits next to them."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tacitus.mentions.count_words import (
    ABDUCTORS,
    BLOCKED_WAYS,
    ESTIMATE_VERBS,
    FATALITY_WORDS,
    NOUN_KINDS,
    OF_HEAD_KINDS,
    ORGANISATION_WORDS,
    PHRASAL_KINDS,
    PROTEST_ACTIONS,
    PROTEST_VERBS,
    REPORT_VERBS,
    RISE_VERBS,
    VERB_KINDS,
)
from tacitus.mentions.route_ends import hyphen_joined
from tacitus.pipeline.spacy_setup import verb_lemma
from tacitus.records.event import CountKind

_NUM_DEPS = frozenset({"nummod", "det", "quantmod", "amod", "compound", "npadvmod", "nmod"})

Found = tuple[CountKind, Token, bool]


_GROUPS = frozenset({"family", "household"})
"""Nouns of a group of people that "of" and a number size: "a family of five"."""


def is_group(noun: Token) -> bool:
    """A noun of a group of people ("a family"): one of it is more than one person."""
    return noun.lemma_.lower() in _GROUPS


def sized_group(noun: Token) -> bool:
    """ "A family of five": the group whose size the number after "of" gives."""
    if not is_group(noun):
        return False
    return any(
        p.lower_ == "of" and any(o.dep_ == "pobj" and o.like_num for o in p.children)
        for p in noun.children
    )


def counted(root: Token) -> tuple[Token, Token]:
    """The token that ties the number to the clause (anchor) and the noun it counts; the
    number sizing a group ("a family of five") counts the group's people."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and sized_group(head.head):
        return head.head, head.head
    if root.dep_ in _NUM_DEPS and head.i != root.i:
        if head.lower_ == "strong" and head.head.i != head.i:  # "a 6,000-strong crowd"
            head = head.head
        if head.lower_ == "more":  # "rounded up dozens more"
            return head, of_object(root, root)
        if head.pos_ in ("NOUN", "PROPN", "PRON") or head.lemma_.lower() in NOUN_KINDS:
            return head, of_object(head, root)
    return root, of_object(root, root)


def of_object(noun: Token, root: Token) -> Token:
    """Follow "dozens of protesters", "tens of thousands of people", "one of the dead"; the
    counted noun's own "of" says whose or where they are ("dozens of residents of the
    town", "hundreds of supporters of the party"): they are what is counted."""
    follow = noun.i == root.i
    while follow or noun.lemma_.lower() in ("dozen", "hundred", "thousand", "ten"):
        objects = [
            obj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        if not objects or objects[0].i == noun.i:
            return noun
        noun, follow = objects[0], False
    return noun


def count_kind(anchor: Token, victim: Token, *, bare: bool) -> Found | None:
    """Kind, the token that gives it, and whether a "toll rose" made it cumulative.

    A clause on the counted noun says what befell them ("people killed", "those who were
    arrested"); an adjective on it says what they were before the act the sentence tells
    ("killed 20 displaced people", "wounded hundreds of detained protesters"), so the
    governing verb's kind comes first, and the adjective's only where the verb gives none
    ("20 displaced people were taken in")."""
    described = _described_kind(victim)
    if described is not None and described[1].dep_ != "amod":
        return described
    top = anchor
    while top.dep_ in ("conj", "appos") and top.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        top = top.head
    gov = top.head
    if top.dep_ == "pobj" and gov.dep_ in ("prep", "agent"):
        if gov.lower_ == "of":
            kind = noun_kind(gov.head) or _of_head_kind(gov.head)
            return described if kind is None else (kind, gov.head, False)
        top, gov = gov, gov.head
    kind = verb_kind(gov) if gov.i != top.i else None
    if (found := (kind, gov, False) if kind is not None else described) is not None:
        return found
    if not bare and (kind := noun_kind(victim)) is not None:
        return kind, victim.head if victim.lemma_.lower() == "life" else victim, False
    if top.dep_ == "nsubj" and gov.lemma_.lower() in REPORT_VERBS:
        return None  # "a medic gave a higher toll": who reports a toll is not in it
    return _estimated_kind(gov) or _copular_kind(gov, top)


def _described_kind(victim: Token) -> Found | None:
    """The kind the first clause or adjective on the counted noun gives ("people killed",
    "displaced people"), if any; a clause before an adjective ("20 displaced people
    killed in the raid")."""
    for child in sorted(victim.children, key=lambda c: c.dep_ == "amod"):
        if child.dep_ in ("acl", "relcl", "amod"):
            kind = verb_kind(child) or noun_kind(child)
            if kind is not None and (kind == "participants" or not _acts_on_others(child)):
                return kind, child, False
    return None


def _acts_on_others(verb: Token) -> bool:
    """A clause on the counted noun with an object of its own says what those people did
    to others ("five civilians, ... wounding nine others" as the parser may hang it; "three
    gunmen who killed a guard"), not what was done to them."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _estimated_kind(gov: Token) -> Found | None:
    """ "A crowd numbering about 5,000", "the crowd, estimated at 20,000 by the
    government": the figure counts the noun the estimate describes."""
    if gov.lemma_.lower() not in ESTIMATE_VERBS or gov.dep_ not in ("acl", "relcl"):
        return None
    kind = noun_kind(gov.head)
    return None if kind is None else (kind, gov.head, False)


def _copular_kind(gov: Token, top: Token) -> Found | None:
    """ "The death toll rose to 40", "the dead numbered 12": the kind is on the other argument."""
    for child in _arguments(gov):
        if child.i != top.i:
            kind = noun_kind(child) or _of_object_kind(child)
            if kind is not None:
                return kind, child, gov.lemma_.lower() in RISE_VERBS
    return None


def _arguments(gov: Token) -> list[Token]:
    """Subjects and objects of ``gov``, and the object of "among" ("were among the dead")."""
    found = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    for prep in gov.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _of_object_kind(noun: Token) -> CountKind | None:
    """The kind in "the number of dead" or "the number of people killed"."""
    if noun.lemma_.lower() not in ("number", "total", "tally", "count"):
        return None
    kind = _clause_kind([c for c in noun.children if c.dep_ in ("acl", "relcl")])
    if kind is not None:
        return kind
    target = of_object(noun, noun)
    if target.i == noun.i:
        return None
    modifiers = [c for c in target.children if c.dep_ in ("acl", "relcl", "amod")]
    return noun_kind(target) or _clause_kind(modifiers)


def _clause_kind(verbs: list[Token]) -> CountKind | None:
    for verb in verbs:
        if (kind := verb_kind(verb)) is not None:
            return kind
    return None


# Verbs that pass a sentence: "sentenced to death" or "condemned to death" kills no one.
SENTENCING: Final = frozenset({"sentence", "condemn"})


def sentenced_to_death(death: Token) -> bool:
    """ "Sentenced to death", "condemned four soldiers to death": a court's sentence, which
    is no killing (an execution is told by "executed", "hanged", "put to death")."""
    prep = death.head
    return (
        death.lemma_.lower() == "death"
        and prep.lower_ == "to"
        and prep.head.i != prep.i
        and verb_lemma(prep.head) in SENTENCING
    )


def verb_kind(verb: Token) -> CountKind | None:
    """The kind a verb gives the people it governs ("killed", "rounded up", "staged")."""
    lemma = verb_lemma(verb)
    children = {(c.dep_, c.lemma_.lower()) for c in verb.children}
    children |= {(c.dep_, joined) for c in verb.children if (joined := _hyphened(c))}
    grandchildren = {g.lemma_.lower() for c in verb.children for g in c.children}
    to_death = lemma not in SENTENCING and any(
        c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in c.children)
        for c in verb.children
    )
    phrasal = [
        PHRASAL_KINDS[lemma, p] for d, p in children if d == "prt" and (lemma, p) in PHRASAL_KINDS
    ]
    if phrasal:
        return phrasal[0]
    if lemma == "take":
        return _take_kind({c for _, c in children} | grandchildren)
    if lemma in _CARE_VERBS and grandchildren & _CARE_REASONS:
        return "injured"  # "23 protesters were treated in hospital for injuries"
    if protest_action(lemma, {c for _, c in children}, grandchildren):
        return "participants"
    if to_death or any(c == "dead" and d != "nsubj" for d, c in children):
        return "fatalities"  # "shot dead", "left three people dead", "beaten to death"
    return VERB_KINDS.get(lemma) if verb.pos_ in ("VERB", "AUX", "ADJ") else None


# Verbs of medical care, and what makes the cared-for the injured: "were treated in
# hospital", "treated for wounds", "admitted to hospital with burns".
_CARE_VERBS: Final = frozenset({"treat", "admit"})
_WOUNDS: Final = frozenset({"injury", "wound", "burn", "fracture"})
_CARE_REASONS: Final = _WOUNDS | {"hospital"}


def _hyphened(word: Token) -> str | None:
    """The word with the word hyphened before it, as one lemma ("sit-in": the parser
    splits it and hangs "sit" on "in"); None where no word is hyphened to it."""
    doc, i = word.doc, word.i
    if i < 2 or not hyphen_joined(doc[i - 2], doc[i - 1]):
        return None
    return f"{doc[i - 2].lemma_.lower()}-{word.lemma_.lower()}"


# Every verb lemma :func:`protest_action` can accept, so callers can skip other verbs
# before gathering their objects.
PROTEST_ACTION_LEMMAS: Final = PROTEST_VERBS | {"stop", "block", "barricade"}


def protest_action(lemma: str, objects: set[str], grandchildren: set[str]) -> bool:
    """ "staged demonstrations", "began a hunger strike", "went on strike", "stopped work",
    "blocked roads": the subject takes part in a protest."""
    if lemma in PROTEST_VERBS and (objects | grandchildren) & PROTEST_ACTIONS:
        return True
    if lemma == "stop" and "work" in objects:
        return True
    return lemma in ("block", "barricade") and bool(objects & BLOCKED_WAYS)


def _take_kind(words: set[str]) -> CountKind | None:
    """ "took into custody", "taken hostage", "took to the streets", "took part in a march",
    "20,000 took part" (no "in": the protest the sentence tells), "taken away", "taken to
    hospital with gunshot wounds" (the wounds make them the injured; the dead are taken
    to hospital too)."""
    if words & _WOUNDS:
        return "injured"
    if "part" in words and (words & PROTEST_ACTIONS or "in" not in words):
        return "participants"  # "organisers said 20,000 took part": in the protest told
    if "away" in words:  # "taken away by soldiers"; by gunmen, an abduction
        return "abducted" if words & ABDUCTORS else "arrested"
    if words & {"custody", "prisoner"}:
        return "arrested"
    if words & {"hostage", "captive"}:
        return "abducted"
    return "participants" if "street" in words else None


def noun_kind(noun: Token) -> CountKind | None:
    """The kind a noun names ("dead", "casualties", "protesters", "the toll")."""
    lemma = noun.lemma_.lower()
    kind = NOUN_KINDS.get(lemma) or NOUN_KINDS.get(noun.lower_)
    if lemma == "body" and _organisation(noun):
        return None
    if kind == "injured" and lemma == "casualty" and _near_fatality(noun):
        return "fatalities"
    if lemma == "toll" or (
        kind is None and lemma == "life" and noun.head.lemma_ in ("lose", "claim")
    ):
        return "fatalities"
    return kind


def _of_head_kind(noun: Token) -> CountKind | None:
    return OF_HEAD_KINDS.get(noun.lemma_.lower())


def _near_fatality(noun: Token) -> bool:
    related = [noun.head, *noun.children]
    window = noun.doc[max(noun.i - 2, 0) : noun.i + 3]
    return any(t.lemma_.lower() in FATALITY_WORDS for t in [*related, *window] if t.i != noun.i)


def _organisation(body: Token) -> bool:
    """ "An independent body", "the state-funded body said": a body of people, not a corpse.
    Told by an organisation's modifier, an apposition to a name, or a reporting verb."""
    if body.dep_ == "appos" or (body.dep_ == "nsubj" and body.head.lemma_ in REPORT_VERBS):
        return True
    modifiers = {t.lemma_.lower() for c in body.lefts for t in c.subtree}
    return bool(modifiers & ORGANISATION_WORDS)
