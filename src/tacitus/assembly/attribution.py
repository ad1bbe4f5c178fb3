"""Who did it when the text does not say so in the event's own clause.

An attack "by gunmen" is ACLED's unidentified armed group only while nothing else names
the group. The event's sentences may name one ("Armed men abducted a journalist, a press
group said, blaming FARC dissidents"); another mention of the same event may make one its
actor ("The Islamic State group claimed responsibility for the bombing"); or a source may
blame one in the sentences that follow ("Officials blamed the Jalisco cartel"). When
exactly one named armed group is offered this way, it takes the unnamed side's place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final

from tacitus.actors.identity import IDENTITY_MILITIA
from tacitus.linking.blame import BLAME_LEMMAS
from tacitus.pipeline.doc import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from tacitus.actors import ActorKB
    from tacitus.pipeline.doc import Frame
    from tacitus.records.event import ActorRef, ActorRole

    RefMaker = Callable[[ActorRole, ActorMention], ActorRef]

# ACLED inter codes of named non-state armed groups: rebels, political militias, identity
# militias.
ARMED_GROUP_INTERS: Final = frozenset({2, 3, 4})
# How many sentences after an event a source's blame may still be about it.
BLAME_WINDOW: Final = 2
# Sides a named group may stand in for: unnamed armed men, and a communal militia no
# text had named ("armed youths", later said to be of a named people).
_UNNAMED_PREFIXES: Final = ("Unidentified Armed Group", "Unidentified Communal Militia")
# Aircraft named without an owner: "a drone strike hit", "warplanes struck".
BARE_AIRCRAFT: Final = frozenset(
    {"drone", "drones", "warplane", "warplanes", "aircraft", "jet", "jets", "fighter jets"}
    | {"planes", "helicopter", "helicopters", "gunships", "bombers"}
)
AIR_CODES: Final = frozenset({"air_strike", "drone_strike"})
_ARTICLES: Final = ("a ", "an ", "the ")


def named_groups(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """Mentions of named armed groups (rebels, militias), in order."""
    return [
        m
        for m in mentions
        if m.kind == "named" and m.entry is not None and m.entry.inter in ARMED_GROUP_INTERS
    ]


def _blamed(
    frames: list[Frame], sents: set[int], *, window: int = BLAME_WINDOW
) -> list[ActorMention]:
    """Whom a source blames in the event's sentences or the ``window`` after them."""
    if not sents:
        return []
    first, last = min(sents), max(sents) + window
    blames = [
        f for f in frames if f.trigger.lemma in BLAME_LEMMAS and first <= f.trigger.sent <= last
    ]
    return [m for f in blames for m in f.actor2]


def blamed_groups(frames: list[Frame], sents: set[int]) -> list[ActorMention]:
    """Named armed groups a source blames in the event's sentences or the few after them
    ("Officials blamed the Jalisco New Generation Cartel")."""
    return named_groups(_blamed(frames, sents))


# A claim of an act that names no act: "Al-Shabaab later claimed responsibility".
_CLAIMING: Final = frozenset({"claim", "accept", "admit"})
_CREDIT: Final = frozenset({"responsibility", "credit"})


def claimed_groups(
    sentences: Sequence[Span],
    actors: list[ActorMention],
    sents: set[int],
    acts: frozenset[int] = frozenset(),
) -> list[ActorMention]:
    """Named armed groups that claim an act without naming it ("Al-Shabaab later claimed
    responsibility", "Responsibility for the raid was claimed by the TTP": a raid is no
    act of its own, ``acts`` being the heads of the article's triggers) in the event's
    sentences or the few after them: the claim is of the act just told. A claim that
    names its act ("claimed responsibility for the bombing") is that act's mention, and
    links its doer there. ``sentences`` are the article's."""
    if not sents:
        return []
    first, last = min(sents), max(sents) + BLAME_WINDOW
    subjects: set[int] = set()
    for token in (t for sentence in sentences[first : last + 1] for t in sentence):
        if token.lemma_.lower() not in _CLAIMING or token.pos_ != "VERB":
            continue
        credit = [
            c
            for c in token.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CREDIT
        ]
        named = any(
            o.i in acts
            for x in (token, *credit)
            for c in x.children
            if c.lower_ == "for"
            for o in c.children
        )
        if credit and not named:
            subjects |= {c.i for c in token.children if c.dep_ == "nsubj"}
            subjects |= {
                t.i for c in token.children if c.dep_ == "agent" for t in c.subtree if t is not c
            }
    return named_groups(m for m in actors if m.head in subjects and first <= m.sent <= last)


# Verbs by which a source says who unnamed doers were: "whom officials described as Murle".
_GLOSSING: Final = frozenset({"describe", "identify"})


def glossed_peoples(
    sentences: Sequence[Span], kb: ActorKB, sents: set[int], country: str | None
) -> list[ActorMention]:
    """The identity militias of the peoples a source says the doers were, in the event's
    sentences or the few after them ("The raiders, whom local officials described as
    Murle, drove off the cattle"): as a named group blamed, the people's militia stands in
    for the unnamed side. ``sentences`` are the article's."""
    if not sents:
        return []
    first, last = min(sents), max(sents) + BLAME_WINDOW
    found: list[ActorMention] = []
    for index, sent in enumerate(sentences[first : last + 1], start=first):
        for token in sent:
            if token.lemma_.lower() not in _GLOSSING:
                continue
            peoples = [
                p
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for p in c.children
                if p.dep_ == "pobj" and p.lower_ in kb.peoples
            ]
            for people in peoples:
                entry = kb.resolve(f"{people.text} militia", country=country)
                if entry is None or entry.inter != IDENTITY_MILITIA:
                    continue
                found.append(ActorMention.of_word(people, index, entry))
    return found


def blamed_states(frames: list[Frame], sents: set[int]) -> list[ActorMention]:
    """States a source blames in the event's sentences ("a drone struck a car, the group
    said, blaming Turkey"), else in the few after them: who flew an unowned aircraft. A
    blame told with the event outweighs one told later, which may be of something else."""

    def states(window: int) -> list[ActorMention]:
        return [
            m
            for m in _blamed(frames, sents, window=window)
            if m.entry is not None and m.entry.kind == "state" and m.entry.country is not None
        ]

    return states(0) or states(BLAME_WINDOW)


def name_unidentified(
    refs: list[ActorRef],
    offered: list[ActorMention],
    *,
    ref: RefMaker,
    affiliations: frozenset[str] = frozenset(),
) -> None:
    """The unnamed armed side (actor 1 or 2) becomes the one named armed group ``offered``
    that is not already a side of the event, nor named inside a side's phrase; nothing
    changes when there are several.
    ``affiliations`` are the groups the offered ones are branches of: named beside a
    branch, such a group is its affiliation, not a second candidate ("JNIM, which is
    linked to al Qaeda, said it had killed ...")."""
    sides = [r for r in refs if r.role in ("actor1", "actor2")]
    groups = {
        m.entry.name: m
        for m in offered
        if m.entry is not None and not any(_within(m, r) for r in sides)
    }
    used = {r.name for r in sides}
    free = [m for name, m in groups.items() if name not in used and name not in affiliations]
    if len(free) != 1:
        return
    for index, old in enumerate(refs):
        if old.name.startswith(_UNNAMED_PREFIXES) and old.role in ("actor1", "actor2"):
            refs[index] = ref(old.role, free[0])
            name = refs[index].name
            refs[:] = [r for r in refs if r.role != "assoc" or r.name != name]
            return


def _within(mention: ActorMention, ref: ActorRef) -> bool:
    """The mention is part of a side's own phrase ("Fulani" of "14 Fulani herders", the
    civilians abducted): no candidate for another side."""
    start, end = ref.span
    return start <= mention.start and mention.end <= end


def bare_aircraft(ref: ActorRef) -> bool:
    """The record's actor is an aircraft the text gives no owner or demonym ("a drone
    strike hit a bus station"): ACLED's ``Unidentified Military Forces``, not the
    military of the country it struck."""
    text = ref.text.lower()
    for article in _ARTICLES:
        text = text.removeprefix(article)
    return text in BARE_AIRCRAFT
