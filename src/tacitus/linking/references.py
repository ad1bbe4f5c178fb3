"""When a definite reference ("the arrest", "the explosion") tells of its event itself.

A definite event noun usually names an event the article reported before. It reports the
event itself when the date modifies the noun ("the April 14 arrest of the blogger",
"Saturday's bombing") or when a casualty clause tells its toll ("the explosion claimed 14
lives on Saturday", "12 people were killed in the bombings"). Assembly lets such a
reference open an event of its own when it names nothing else in the article
(:mod:`tacitus.assembly.cluster`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.linking.blame import BLAME_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.pipeline.doc import Frame

DATED_NOUN: Final = "dated_noun"
BLAMED: Final = "blamed"
"""Cue: the reference is what a source blames someone for (:func:`mark_blamed`)."""
# A death with no violent or custodial word in its sentence: it joins an event, opens none.
BARE_DEATH: Final = "bare_death"
TELLS_TOLL: Final = "tells_toll"
PERFECT: Final = "perfect"
"""Cue: told in the present perfect ("have been kidnapped this year"): a tally so far when
its date is the current year or month."""
SINCE_THEN: Final = "since_then"
"""Cue: the act is told "since" a moment named before ("have been killed since then",
"since the truce"): with a count and the present perfect, a tally up to now."""
SEPARATE: Final = "separate"
"""Cue: the sentence says its event is another one ("Separately, ..."): it opens its own."""
EARLIER_CAUSE: Final = "earlier_cause"
"""Cue: a death told in a clause of what led to the event ("rioted after a man died in
custody"): an event of its own, in the background, never the event's toll."""
BEGAN: Final = "began"
"""Cue: the event noun is what began or broke out ("the unrest began on Oct. 18", "the
protests, which started on May 3"): the start of a wave the story is in the midst of."""
DOERS_SAID: Final = "doers_said"
"""Cue: the speaker is the doers of a told act ("the attackers went from house to house
and accused villagers of informing on the fighters"): what they said in the act, not a
public statement."""
OPENING: Final = "opening"
"""Cue: the act is how a told event began ("the fighting began when a vehicle struck an
explosive device"): a part of that event, which neither opens an event nor sets its type."""
PROTESTED: Final = "protested"
"""Cue: the event noun is what a protest is against ("marched to protest the arrest of
their leader", "rallied against the killing of a student"): the grievance, told of an
earlier act, never the protest's own intervention."""
LOOKS_BACK: Final = "looks_back"
"""Cue: the sentence opens months or years before the story ("Six months prior to this
incident, ...", "Two years earlier, ..."), or the act is what a later one is measured from
("it came weeks after gunmen killed three passengers"): without a date of its own, its
event is background."""


def mark_dated_noun(doc: Doc, frame: Frame) -> None:
    """Cue ``frame`` when its date is a modifier of its trigger noun: before it ("the
    April 14 arrest") or, naming the day of the month, in a phrase the noun governs ("the
    arrest of the doctor on Friday, February 18")."""
    date = frame.date
    if not frame.reference or date is None:
        return
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return
    before = date.end <= frame.trigger.start
    if before and any(t.head.i == frame.trigger.head for t in span):
        frame.cues.add(DATED_NOUN)
    after = not before and date.start >= frame.trigger.end and _calendar_day(date.text)
    if after and _governed_by(span.root, frame.trigger.head):
        frame.cues.add(DATED_NOUN)


def mark_blamed(doc: Doc, frame: Frame) -> None:
    """Cue ``frame`` when its reference noun is what a source lays the blame for: the
    object of "blame" or "accuse" ("blamed the attack on a checkpoint on Sunday on the
    group") or what "for" names after one ("blamed the group for the attack on a market
    that killed four on Sunday"). A blame is laid for an act the report tells, so a
    dated reference reports its event when nothing else in the article does."""
    if not frame.reference:
        return
    noun = doc[frame.trigger.head]
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return
    if verb.pos_ == "VERB" and verb.lemma_.lower() in BLAME_LEMMAS:
        frame.cues.add(BLAMED)


def _calendar_day(text: str) -> bool:
    """A date that names its day of the month ("February 18"): after a noun, the writer
    dates that event ("the arrest of the doctor on Friday, February 18"); a weekday
    alone there names a known event ("after the march on Sunday")."""
    return any(ch.isdigit() for ch in text)


def _governed_by(root: Token, noun: int) -> bool:
    """The date's phrase ("on Friday", or "Friday" after its preposition) modifies token
    ``noun``."""
    prep = root.head if root.dep_ == "pobj" else root
    return prep.dep_ == "prep" and prep.head.i == noun


def mark_toll_subject(doc: Doc, host: Frame, casualty: Frame) -> None:
    """Cue ``host`` when its reference noun is the subject of the casualty clause (also
    through coordination: "the blast destroyed the hall and killed six"), what a toll is
    from ("the death toll from the bombing rose to 31"), or the event the
    casualties fell in or by ("12 people were killed in the bombings", "three were hurt
    by the blast")."""
    noun = doc[host.trigger.head]
    if not host.reference:
        return
    clause = doc[casualty.trigger.head]
    subject = noun.dep_ == "nsubj" and _said_of_subject(clause, noun.head)
    relative = clause.dep_ == "relcl" and _noun_or_its_object(clause.head, noun)
    prep = noun.head
    source = noun.dep_ == "pobj" and prep.lower_ in ("from", "in", "during", "by")
    if subject or relative or (source and prep.head.i == clause.i):
        host.cues.add(TELLS_TOLL)


# How a casualty word hangs from the verb whose subject it shares: coordinated ("the
# blast destroyed the hall and killed six"), a predicate ("left six dead"), a complement.
_SHARED: Final = frozenset({"conj", "oprd", "acomp", "xcomp"})


def _said_of_subject(clause: Token, verb: Token) -> bool:
    """The casualty word is ``verb``, or hangs from it through coordination or a
    predicate, so it shares the verb's subject ("the explosion destroyed the hall and
    left six people dead")."""
    node = clause
    for _ in range(4):
        if node.i == verb.i:
            return True
        if node.dep_ not in _SHARED or node.head.i == node.i:
            return False
        node = node.head
    return node.i == verb.i


def _noun_or_its_object(antecedent: Token, noun: Token) -> bool:
    """A relative clause tells of the event noun it follows ("the bombing, which killed
    six"), also when the parser hangs it from the noun's "of" object ("the bombing of
    the mosque, which killed 12": mosques kill no one) or from the day or the place of
    the noun's own phrase ("the attack on Sunday, which killed 11", "the blast in
    Kabul, which wounded 20")."""
    if antecedent.i == noun.i:
        return True
    prep = antecedent.head
    if antecedent.dep_ != "pobj" or prep.head.i != noun.i:
        return False
    if prep.lower_ == "of" or antecedent.ent_type_ in _WHEN_OR_WHERE:
        return True
    return antecedent.pos_ == "PROPN" and prep.lower_ in _WHERE_PREPS  # a town mis-tagged


_WHEN_OR_WHERE: Final = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_WHERE_PREPS: Final = frozenset({"in", "near", "at", "outside"})
