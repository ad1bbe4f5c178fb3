"""Build one frame per trigger and link the sentence's mentions to the nearest trigger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from tacitus.linking.roles import noun_roles, verb_roles
from tacitus.linking.tree import dominates, token_at, tree_distance
from tacitus.mentions.modality import modality
from tacitus.pipeline.doc import ActorMention, ArticleDoc, Frame, TriggerMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_REFERENCE_DETS = frozenset({"the", "this", "these", "that", "those", "its", "their"})


class _Located(Protocol):
    @property
    def start(self) -> int: ...


M = TypeVar("M", bound=_Located)


def _in_sent(items: Sequence[M], sent: Span) -> list[M]:
    return [m for m in items if sent.start_char <= m.start < sent.end_char]


def _nearest(doc: Doc, char: int, frames: list[Frame]) -> Frame | None:
    token = token_at(doc, char)
    if token is None or not frames:
        return None
    return min(frames, key=lambda f: tree_distance(token, doc[f.trigger.head]))


def _is_reference(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
    return any(d in _REFERENCE_DETS for d in dets)


def _is_aggregate(token: Token) -> bool:
    plural = token.tag_ in ("NNS", "NNPS")
    numbered = any(c.dep_ == "nummod" for c in token.children)
    return token.pos_ == "NOUN" and plural and numbered


def _new_frame(doc: Doc, trigger: TriggerMention) -> Frame:
    token = doc[trigger.head]
    return Frame(
        trigger=trigger,
        code=trigger.code,
        modality=modality(token),
        reference=_is_reference(token),
        aggregate=_is_aggregate(token),
    )


def _link_actors(adoc: ArticleDoc, frame: Frame, sent_actors: list[ActorMention]) -> None:
    token = adoc.doc[frame.trigger.head] if adoc.doc is not None else None
    if token is None:
        return
    roles = verb_roles if token.pos_ in ("VERB", "AUX") else noun_roles
    frame.actor1, frame.actor2 = roles(token, sent_actors)


def _absorb_casualties(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """Give a casualty frame's counts to a trigger it governs or is governed by."""
    kept: list[Frame] = []
    for frame in frames:
        if frame.trigger.strength != "casualty":
            kept.append(frame)
            continue
        token = doc[frame.trigger.head]
        host = next(
            (
                other
                for other in frames
                if other is not frame
                and other.trigger.strength != "casualty"
                and (
                    dominates(token, doc[other.trigger.head]) or token.head.i == other.trigger.head
                )
            ),
            None,
        )
        if host is None:
            kept.append(frame)
        else:
            host.counts.extend(frame.counts)
            host.actor2.extend(a for a in frame.actor2 if a not in host.actor2)
    return kept


def link_sentence(adoc: ArticleDoc, s_index: int, sent: Span) -> list[Frame]:
    """The frames of one sentence with their arguments linked."""
    doc = sent.doc
    frames = [_new_frame(doc, t) for t in adoc.triggers if t.sent == s_index]
    if not frames:
        return []
    actors = [a for a in adoc.actors if a.sent == s_index]
    for frame in frames:
        _link_actors(adoc, frame, actors)
    for date in _in_sent(adoc.dates, sent):
        target = _nearest(doc, date.start, frames)
        if target is not None and target.date is None:
            target.date = date
    for place in (p for p in adoc.places if p.sent == s_index and not p.metonym):
        target = _nearest(doc, place.start, frames)
        if target is not None:
            target.places.append(place)
    for count in _in_sent(adoc.counts, sent):
        target = min(frames, key=lambda f: tree_distance(doc[count.head], doc[f.trigger.head]))
        target.counts.append(count)
    attributions = _in_sent(adoc.attributions, sent)
    unverified = s_index in adoc.unverified_sents or (s_index + 1) in adoc.unverified_sents
    for frame in frames:
        frame.attributions = list(attributions)
        frame.verified = False if unverified and attributions else None
    return _absorb_casualties(doc, frames)


def link(adoc: ArticleDoc) -> list[Frame]:
    """Frames for every trigger of the article, in text order."""
    frames: list[Frame] = []
    for s_index, sent in enumerate(adoc.sents):
        frames.extend(link_sentence(adoc, s_index, sent))
    return frames
