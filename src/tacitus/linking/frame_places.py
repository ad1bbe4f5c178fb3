"""Where a frame's act happened: the places of its sentence given to the act they
belong to, and the sites among them its sentence puts it in.

A place goes to the act nearest it in the parse, but for one told from another place
("the village of Bilozerka, west of Kherson"), which goes with that place's act; the
seat or home of a source ("a rights group based in Goma said") places nothing. Of a way
named by its towns ("the Quetta-Karachi highway"), a place named beside it says where on
it the act was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.linking.tree import ancestors_with_self, token_at, tree_distance
from tacitus.mentions.route_ends import is_route_end, later_between_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.pipeline.doc import ArticleDoc, Frame, PlaceMention


def nearest_frame(doc: Doc, char: int, frames: list[Frame]) -> Frame | None:
    token = token_at(doc, char)
    if token is None or not frames:
        return None
    return min(
        frames,
        key=lambda f: (
            tree_distance(token, doc[f.trigger.head]),
            abs(doc[f.trigger.head].idx - char),
        ),
    )


def frame_sites(doc: Doc, frame: Frame) -> list[PlaceMention]:
    """The frame's places the sentence puts the event in ("fled to Ouahigouya" is none);
    of a way between two towns, the first ("between Boni and Hombori"); of a way named by
    its towns, the place named beside it if any ("the Quetta-Karachi highway near
    Khuzdar")."""
    # Imported here: tacitus.geoparse imports the pipeline, which imports this module.
    from tacitus.geoparse.event_place import choose_event_places

    resolved = [p for p in frame.places if p.place is not None]
    if not resolved:
        return []
    chosen = choose_event_places(
        doc, trigger=frame.trigger.head, mentions=resolved, slot_names=False
    )
    sites = [
        c.mention
        for c in chosen
        if c.mention.place is not None and not later_between_end(doc[c.mention.head])
    ]
    return beside_the_way(doc, sites)


def beside_the_way(doc: Doc, sites: list[PlaceMention]) -> list[PlaceMention]:
    """ "On the Quetta-Karachi highway near Khuzdar": the towns a way is named by only
    name the way; a place named beside them says where on it."""
    beside = [p for p in sites if not is_route_end(doc[p.head])]
    return beside or sites


def attach_places(adoc: ArticleDoc, frames: list[Frame], s_index: int) -> None:
    """Each place of the sentence to the frame nearest it, but for a place another one is
    told from ("the village of Bilozerka, west of Kherson"), which goes with that one's
    frame: it says where that place lies, whatever act it stands nearer to."""
    doc = adoc.doc
    if doc is None:
        return
    placed: dict[int, Frame] = {}
    for place in (p for p in adoc.places if p.sent == s_index and not p.metonym):
        if _describes_the_speaker(doc[place.head]):
            continue
        told_from = next(
            (placed[a.i] for a in _noun_ancestors(doc[place.head]) if a.i in placed), None
        )
        target = told_from or nearest_frame(doc, place.start, frames)
        if target is not None:
            target.places.append(place)
            placed[place.head] = target


def _noun_ancestors(token: Token) -> list[Token]:
    """The words above ``token`` up to the first verb: the noun phrases it is part of."""
    found: list[Token] = []
    for node in ancestors_with_self(token)[1:]:
        if node.pos_ in ("VERB", "AUX"):
            break
        found.append(node)
    return found


# Verbs of telling whose subject is the source, not a party to the act.
_TELLING = frozenset({"say", "tell", "add", "report", "state", "confirm", "explain"})


def _describes_the_speaker(token: Token) -> bool:
    """ "..., said Jean Dupont, who heads a civil society group in Djugu": a place in a
    relative clause on the source of a report tells who the source is, not where the act
    happened; so does the seat of a source "based in" a town ("a rights group based in
    Goma said ...")."""
    for node in ancestors_with_self(token):
        if node.dep_ == "acl" and node.lemma_.lower() == "base":
            speaker = node.head
            return speaker.dep_ == "nsubj" and speaker.head.lemma_.lower() in _TELLING
        if node.dep_ == "relcl":
            speaker = node.head
            told = speaker.dep_ == "nsubj" and speaker.head.lemma_.lower() in _TELLING
            # the source named after its verb ("said Jean Dupont, who ...") or by name
            named = speaker.i > speaker.head.i or speaker.ent_type_ == "PERSON"
            return told and named
    return False


def share_places(frames: list[Frame], plain: list[Frame]) -> None:
    """A gapped act (``linking.gapping``) with no place of its own is where the acts of
    its sentence are."""
    places: list[PlaceMention] = []
    for place in (p for f in plain for p in f.places):
        if place not in places:
            places.append(place)
    for frame in frames:
        if not frame.places and not any(frame is p for p in plain):
            frame.places = list(places)
