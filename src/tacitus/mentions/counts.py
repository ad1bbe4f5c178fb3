"""What a number counts: fatalities, injured, arrested, abducted or participants.

Each number phrase of a parsed sentence is linked through the dependency parse to the noun
it counts ("25 militia fighters") and on to the verb, adjective or noun that says what
happened to them ("were killed", "dead", "the death toll", "a crowd of"). Rules:

- a kind comes from, in order: the counted noun's own modifiers ("people killed"), its
  governing verb ("killing 12 people", "took to the streets"), the counted noun itself
  ("three dead", "6,000 protesters") and the subject of a copular or "rise" verb
  ("the death toll rose to 40", which is also marked cumulative);
- a counted noun must be a person (or a cue noun such as "dead", "casualties"); "11 attacks"
  or "5,000 troops were deployed" give no count; armed forces are never participants;
- "casualties" are injured unless a fatality word governs or sits next to them;
- conjoined victims of one verb are summed ("a soldier and two civilians were killed": 3);
- a bare number after a reporting verb ("medics said 7") repeats the previous kind;
- numbers inside "including ..." or "among ..." are subsets and are skipped, and so are
  appositions that restate a counted noun ("two people, a policeman and a teenager");
- "a"/"an"/"one" count one person only with a person noun, never participants;
- a protest action ("staged a hunger strike") whose subject is one person without a number
  (a name, "he", "she", "a member of parliament") has one participant.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tacitus.mentions.count_words import (
    ARMED_NOUNS,
    BLOCKED_WAYS,
    FATALITY_WORDS,
    MISREAD_LEMMAS,
    NOUN_KINDS,
    OF_HEAD_KINDS,
    PROTEST_ACTIONS,
    PROTEST_VERBS,
    REPORT_VERBS,
    RISE_VERBS,
    VERB_KINDS,
    is_person,
)
from tacitus.mentions.quantities import Quantity, find_quantities
from tacitus.records.event import CountKind

_NUM_DEPS = frozenset({"nummod", "det", "quantmod", "amod", "compound", "npadvmod", "nmod"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "npadvmod"})
_CUMULATIVE = re.compile(
    r"\b(?:in total|a total of|so far|to date|altogether|overall|cumulative|"
    r"since the (?:\w+ ){1,2}(?:began|started|erupted|broke out)|"
    r"since the (?:start|beginning|outbreak) of|"
    r"bring(?:ing|s)? (?:the|its) (?:\w+ ){0,2}(?:toll|number|total|tally|count)|"
    r"(?:toll|tally|total) (?:has |had )?(?:risen|rose|climbed|reached|increased|jumped))\b"
)


_Found = tuple[CountKind, Token, bool]


@dataclass(frozen=True, slots=True)
class CountMention:
    """A number of people that a sentence says were killed, hurt, held, taken or present."""

    kind: CountKind
    quantity: Quantity
    victims: str | None
    head: int
    text: str
    start: int
    end: int
    cumulative: bool


@dataclass(frozen=True, slots=True)
class _Link:
    """One quantity tied to its kind, before conjoined victims are summed."""

    kind: CountKind
    quantity: Quantity
    victim: Token | None
    head: Token
    tokens: tuple[int, ...]
    cumulative: bool
    elliptical: bool


def find_counts(sent: Span) -> list[CountMention]:
    """Every count of people in ``sent``; quantity offsets are absolute in the Doc text."""
    base = sent.start_char
    quantities = [
        dataclasses.replace(q, start=q.start + base, end=q.end + base)
        for q in find_quantities(sent.text, determiners=True)
    ]
    roots = [_quantity_root(sent, q) for q in quantities]
    links: list[_Link] = []
    for quantity, root in zip(quantities, roots, strict=True):
        if root is None:
            continue
        others = {r.i for r in roots if r is not None and r.i != root.i}
        link = _link(root, quantity, others=others, previous=links[-1] if links else None)
        if link is not None:
            links.append(link)
    mentions = [_mention(sent, group) for group in _groups(links)]
    return mentions + _lone_protesters(sent, taken={m.head for m in mentions})


_SINGLE_PRONOUNS = frozenset({"he", "she"})


def _lone_protesters(sent: Span, *, taken: set[int]) -> list[CountMention]:
    """One participant where one person takes a protest action: "Salaheddine Sidhoum, a
    rights activist, staged a hunger strike" (no number in the text to find)."""
    found: list[CountMention] = []
    for verb in sent:
        lemma = MISREAD_LEMMAS.get(verb.lower_, verb.lemma_.lower())
        objects = {c.lemma_.lower() for c in verb.children}
        grandchildren = {g.lemma_.lower() for c in verb.children for g in c.children}
        if verb.i in taken or not _protest_action(lemma, objects, grandchildren):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) == 1 and _one_person(subjects[0]):
            found.append(_single(sent, subjects[0], verb))
    return found


def _one_person(noun: Token) -> bool:
    """A singular person with no number or conjoined partner: a name, "he", "an activist"."""
    if any(c.dep_ in ("conj", "nummod") for c in noun.children):
        return False
    if noun.lower_ in _SINGLE_PRONOUNS:
        return True
    if noun.tag_ not in ("NN", "NNP") or _armed(noun):
        return False
    return noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and is_person(noun))


def _single(sent: Span, subject: Token, verb: Token) -> CountMention:
    doc = sent.doc
    start, end = subject.left_edge.idx, verb.idx + len(verb.text)
    words = doc.text[subject.idx : subject.idx + len(subject.text)]
    quantity = Quantity(1, 1, 1, None, words, subject.idx, subject.idx + len(subject.text))
    return CountMention(
        kind="participants",
        quantity=quantity,
        victims=None,
        head=verb.i,
        text=doc.text[start:end],
        start=start,
        end=end,
        cumulative=False,
    )


def _quantity_root(sent: Span, quantity: Quantity) -> Token | None:
    span = sent.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def _counted(root: Token) -> tuple[Token, Token]:
    """The token that ties the number to the clause (anchor) and the noun it counts."""
    head = root.head
    if root.dep_ in _NUM_DEPS and head.i != root.i:
        if head.lower_ == "strong" and head.head.i != head.i:  # "a 6,000-strong crowd"
            head = head.head
        if head.lower_ == "more":  # "rounded up dozens more"
            return head, _of_object(root, root)
        if head.pos_ in ("NOUN", "PROPN", "PRON") or head.lemma_.lower() in NOUN_KINDS:
            return head, _of_object(head, root)
    return root, _of_object(root, root)


def _of_object(noun: Token, root: Token) -> Token:
    """Follow "dozens of protesters", "tens of thousands of people", "one of the dead"."""
    while noun.i == root.i or noun.lemma_.lower() in ("dozen", "hundred", "thousand", "ten"):
        objects = [
            obj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        if not objects or objects[0].i == noun.i:
            return noun
        noun, root = objects[0], objects[0]
    return noun


def _link(
    root: Token, quantity: Quantity, *, others: set[int], previous: _Link | None
) -> _Link | None:
    anchor, victim = _counted(root)
    bare = victim.i == root.i
    if any(c.dep_ == "nummod" and c.i in others for c in victim.children) and anchor.i == root.i:
        return None  # "one of three men detained": the three is the count
    single = quantity.best == 1 and quantity.text.lower() in ("a", "an", "one")
    if _in_subset(anchor) or (not bare and not _countable(victim)) or (single and bare):
        return None
    if _in_apposition(anchor, others):
        return None  # "two people, a policeman and a teenager": the two is the count
    found = _kind(anchor, victim, bare=bare)
    elliptical = False
    if found is None and bare and previous is not None and _reported(anchor):
        found, elliptical = (previous.kind, previous.head, False), True
    if found is None:
        return None
    kind, head, rising = found
    if kind == "participants" and (single or quantity.best == 0 or _armed(victim)):
        return None
    tokens = _clause_tokens(root, anchor, victim, head, elliptical=elliptical)
    cumulative = rising or _cumulative_context(head, anchor, others)
    victim_or_none = None if bare else _named_victim(victim)
    return _Link(kind, quantity, victim_or_none, head, tokens, cumulative, elliptical)


def _named_victim(victim: Token) -> Token | None:
    """The counted noun worth naming: "fighters", not "dead" or "lives"."""
    if victim.pos_ not in ("NOUN", "PROPN", "PRON") or victim.lower_ in NOUN_KINDS:
        return None
    return None if victim.lemma_.lower() == "life" else victim


def _countable(victim: Token) -> bool:
    return _noun_kind(victim) is not None or is_person(victim)


def _in_subset(anchor: Token) -> bool:
    """True inside "including three children" or "among them two women"."""
    token = anchor
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in ("including", "among", "includes", "included"):
            return True
    return False


def _in_apposition(anchor: Token, others: set[int]) -> bool:
    """True when ``anchor`` restates a counted noun: "two people, a policeman and a boy"."""
    token = anchor
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        if token.dep_ == "appos":
            head = token.head
            return any(c.i in others for c in head.children) or head.i in others
        token = token.head
    return False


def _armed(victim: Token) -> bool:
    return victim.lemma_.lower() in ARMED_NOUNS or victim.lower_ in ARMED_NOUNS


def _reported(anchor: Token) -> bool:
    return anchor.head.lemma_.lower() in REPORT_VERBS and anchor.head.i != anchor.i


def _kind(anchor: Token, victim: Token, *, bare: bool) -> _Found | None:
    """Kind, the token that gives it, and whether a "toll rose" made it cumulative."""
    for child in victim.children:
        if child.dep_ in ("acl", "relcl", "amod"):
            kind = _verb_kind(child) or _noun_kind(child)
            if kind is not None:
                return kind, child, False
    top = anchor
    while top.dep_ in ("conj", "appos") and top.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        top = top.head
    gov = top.head
    if top.dep_ == "pobj" and gov.dep_ in ("prep", "agent"):
        if gov.lower_ == "of":
            kind = _noun_kind(gov.head) or _of_head_kind(gov.head)
            return None if kind is None else (kind, gov.head, False)
        top, gov = gov, gov.head
    kind = _verb_kind(gov) if gov.i != top.i else None
    if kind is not None:
        return kind, gov, False
    if not bare and (kind := _noun_kind(victim)) is not None:
        return kind, victim.head if victim.lemma_.lower() == "life" else victim, False
    return _copular_kind(gov, top)


def _copular_kind(gov: Token, top: Token) -> _Found | None:
    """ "The death toll rose to 40", "the dead numbered 12": the kind is on the other argument."""
    for child in _arguments(gov):
        if child.i != top.i:
            kind = _noun_kind(child) or _of_object_kind(child)
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
    target = _of_object(noun, noun)
    if target.i == noun.i:
        return None
    modifiers = [c for c in target.children if c.dep_ in ("acl", "relcl", "amod")]
    return _noun_kind(target) or _clause_kind(modifiers)


def _clause_kind(verbs: list[Token]) -> CountKind | None:
    for verb in verbs:
        if (kind := _verb_kind(verb)) is not None:
            return kind
    return None


def _verb_kind(verb: Token) -> CountKind | None:
    lemma = MISREAD_LEMMAS.get(verb.lower_, verb.lemma_.lower())
    children = {(c.dep_, c.lemma_.lower()) for c in verb.children}
    grandchildren = {g.lemma_.lower() for c in verb.children for g in c.children}
    to_death = any(
        c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in c.children)
        for c in verb.children
    )
    if lemma in ("round", "pick") and ("prt", "up") in children:
        return "arrested"
    if lemma == "turn" and ("prt", "out") in children:
        return "participants"
    if lemma == "take":
        return _take_kind({c for _, c in children} | grandchildren)
    if _protest_action(lemma, {c for _, c in children}, grandchildren):
        return "participants"
    if to_death or any(c == "dead" and d != "nsubj" for d, c in children):
        return "fatalities"  # "shot dead", "left three people dead", "beaten to death"
    return VERB_KINDS.get(lemma) if verb.pos_ in ("VERB", "AUX", "ADJ") else None


def _protest_action(lemma: str, objects: set[str], grandchildren: set[str]) -> bool:
    """ "staged demonstrations", "began a hunger strike", "went on strike", "stopped work",
    "blocked roads": the subject takes part in a protest."""
    if lemma in PROTEST_VERBS and (objects | grandchildren) & PROTEST_ACTIONS:
        return True
    if lemma == "stop" and "work" in objects:
        return True
    return lemma in ("block", "barricade") and bool(objects & BLOCKED_WAYS)


def _take_kind(words: set[str]) -> CountKind | None:
    if words & {"custody", "prisoner"}:
        return "arrested"
    if words & {"hostage", "captive"}:
        return "abducted"
    return "participants" if "street" in words else None


def _noun_kind(noun: Token) -> CountKind | None:
    lemma = noun.lemma_.lower()
    kind = NOUN_KINDS.get(lemma) or NOUN_KINDS.get(noun.lower_)
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


def _clause_tokens(
    root: Token, anchor: Token, victim: Token, head: Token, *, elliptical: bool
) -> tuple[int, ...]:
    picked = {t.i for t in root.subtree if t.dep_ in ("quantmod", "advmod") or t.i == root.i}
    picked |= {anchor.i, victim.i}
    if elliptical:
        picked |= {anchor.head.i} | {c.i for c in anchor.head.children if c.dep_ == "nsubj"}
    else:
        picked.add(head.i)
        if head.pos_ in ("NOUN", "PROPN"):
            picked.add(head.left_edge.i)
    return tuple(sorted(picked))


def _cumulative_context(head: Token, anchor: Token, others: set[int]) -> bool:
    """A running total: "in total", "so far", "since the war began" in this count's clause."""
    while (head.pos_ not in ("VERB", "AUX") or head.dep_ in ("acl", "relcl", "amod")) and (
        head.head.i != head.i
    ):
        head = head.head
    keep: set[int] = set()
    for child in head.children:
        sub = {t.i for t in child.subtree}
        if anchor.i in sub or not sub & others:
            keep |= sub
    words = " ".join(head.doc[i].lower_ for i in sorted(keep | {head.i}))
    return bool(_CUMULATIVE.search(words))


def _groups(links: list[_Link]) -> list[list[_Link]]:
    """Conjoined victims of one verb form one group; a rising toll keeps its latest figure."""
    groups: dict[tuple[str, int], list[_Link]] = {}
    ordered: list[list[_Link]] = []
    for link in links:
        key = (link.kind, link.head.i)
        if link.elliptical or key not in groups:
            groups[key] = [link]
            ordered.append(groups[key])
        elif link.cumulative:
            groups[key][:] = [link]
        else:
            groups[key].append(link)
    return ordered


def _mention(sent: Span, group: list[_Link]) -> CountMention:
    doc = sent.doc
    indices = [i for link in group for i in link.tokens]
    start = min(doc[min(indices)].idx, *(link.quantity.start for link in group))
    last = doc[max(indices)]
    end = max(last.idx + len(last.text), *(link.quantity.end for link in group))
    victims = [(link.victim, link.quantity) for link in group if link.victim is not None]
    first = group[0]
    return CountMention(
        kind=first.kind,
        quantity=_summed(doc.text, [link.quantity for link in group]),
        victims=" and ".join(_victim_text(v, q) for v, q in victims) or None,
        head=first.head.i,
        text=doc.text[start:end],
        start=start,
        end=end,
        cumulative=any(link.cumulative for link in group),
    )


def _summed(text: str, quantities: list[Quantity]) -> Quantity:
    if len(quantities) == 1:
        return quantities[0]

    def total(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(v or 0 for v in values)

    start, end = quantities[0].start, quantities[-1].end
    return Quantity(
        low=total([q.low for q in quantities]),
        best=total([q.best for q in quantities]),
        high=total([q.high for q in quantities]),
        hedge=next((q.hedge for q in quantities if q.hedge), None),
        text=text[start:end],
        start=start,
        end=end,
    )


def _victim_text(victim: Token, quantity: Quantity) -> str:
    mods = [
        c for c in victim.lefts if c.dep_ in ("compound", "amod", "nmod") and c.idx >= quantity.end
    ]
    start = min((m.left_edge.idx for m in mods), default=victim.idx)
    return victim.doc.text[start : victim.idx + len(victim.text)]
