"""The place a statement's act falls on, when the text names no one it falls on.

A threat, order or concession told with no party acted upon often names where it would
fall instead: "threatened to impose a curfew in the capital", "lifted the state of
emergency in the northern province", "suspended aid deliveries to the region". The
party acted upon is then that place's country, the people and authorities there, as
event coders write it (the place name standing for its country). Only places in the
act's own phrase count: not one in the subject ("rebels in the north demanded ..."), nor
in a clause of its own (a reason, a report, a relative clause).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.coding.cues import PUBLIC_WAYS
from tacitus.records.event import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.pipeline.doc import ActorMention, Frame, PlaceMention

# Dependencies that keep a word in the act's own phrase: its objects, prepositional
# phrases, the act it speaks of ("threatened to ban ..."), a verb coordinated with it
# and modifiers of a noun on the way ("a curfew imposed in the north", "Kenya's efforts").
_IN_PHRASE: Final = frozenset(
    {
        "dobj",
        "obj",
        "dative",
        "prep",
        "pobj",
        "pcomp",
        "xcomp",
        "conj",
        "compound",
        "amod",
        "nmod",
        "poss",
        "appos",
        "acl",
    }
)
_MAX_PATH = 8


def _path_in_phrase(token: Token, top: Token) -> bool:
    """``token`` hangs from ``top`` through phrase dependencies only."""
    node = token
    for _ in range(_MAX_PATH):
        if node.i == top.i:
            return True
        if not (node.dep_ in _IN_PHRASE or _bare_infinitive(node)) or node.i == node.head.i:
            return False
        node = node.head
    return node.i == top.i


def _bare_infinitive(token: Token) -> bool:
    """An infinitive with no subject of its own that the parser hung as an adverbial
    clause: the act a verb speaks of all the same ("threatened to impose a curfew")."""
    marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return token.dep_ == "advcl" and marked and not subject


def _tops(trigger: Token) -> list[Token]:
    """Where the act's phrase starts: the trigger, and for a noun that is a verb's object
    the verb that carries it ("imposed a curfew in ...")."""
    tops = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj"):
        tops.append(trigger.head)
    return tops


def place_target(
    frames: list[Frame], doc: Doc, *, places: list[PlaceMention], taken: list[ActorMention]
) -> ActorRef | None:
    """The second actor of a statement that names none: the first resolved place of
    ``places`` in a trigger's own phrase, outside the actors already named, as its
    country; ``None`` when there is no such place. A place standing for its state there
    counts too ("praised Kenya's efforts", "rejected a US offer")."""
    spans = [(m.start, m.end) for m in taken]
    for frame in frames:
        tops = _tops(doc[frame.trigger.head])
        for place in sorted(places, key=lambda p: p.start):
            country = _acted_on(place, doc, tops, spans)
            if country is None:
                continue
            return ActorRef(
                role="actor2",
                name=place.text,
                country=country,
                text=place.text,
                span=(place.start, place.end),
            )
    return None


def _acted_on(
    place: PlaceMention, doc: Doc, tops: list[Token], spans: list[tuple[int, int]]
) -> str | None:
    """The country of a place in the act's phrase, outside the named actors."""
    country = place.place.country if place.place is not None else None
    if country is None:
        return None
    if any(start < place.end and place.start < end for start, end in spans):
        return None
    head = doc[place.head]
    if _on_a_way(head):
        return None
    inside = any(head.i != top.i and _path_in_phrase(head, top) for top in tops)
    return country if inside else None


def _on_a_way(head: Token) -> bool:
    """A place whose streets or squares people go to ("called on supporters to take to
    the streets of Dakar") is where the act would be done, not whom it falls on."""
    prep = head.head
    return prep.lower_ == "of" and prep.head.lemma_.lower() in PUBLIC_WAYS
