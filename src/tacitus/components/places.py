"""Component that finds toponyms and resolves them against the gazetteer in context.

A first version: spaCy's GPE/LOC/FAC entities are looked up by name; a name with several
candidates goes to the one in the article's focus country (from the dateline and the
unambiguous names), else to the gazetteer's ranking. Place names used as actors ("Tehran
called ...") or as modifiers ("the U.S. embassy") are marked as metonyms.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from tacitus.pipeline.doc import ArticleDoc, PlaceMention
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Span

    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer, Place

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SPEECH_VERBS = frozenset(
    {
        "say",
        "call",
        "blame",
        "accuse",
        "condemn",
        "warn",
        "threaten",
        "tell",
        "deny",
        "claim",
        "announce",
        "vow",
        "demand",
        "urge",
        "reject",
        "respond",
        "insist",
        "want",
    }
)


def _metonym(ent: Span) -> bool:
    root = ent.root
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.text == "-":
        return True
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _SPEECH_VERBS:
        return True
    if root.dep_ in ("compound", "amod") and root.head.ent_type_ not in _PLACE_LABELS:
        return True
    return (
        root.dep_ == "poss"
        and root.head.ent_type_ not in _PLACE_LABELS
        and (root.head.pos_ == "NOUN")
    )


def _mentions(adoc: ArticleDoc) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    if adoc.doc is None:
        return found
    sent_of = {s.start: n for n, s in enumerate(adoc.doc.sents)}
    for ent in adoc.doc.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        start = ent.start_char + (len(ent.text) - len(text))
        found.append(
            PlaceMention(
                text=text,
                start=start,
                end=ent.end_char,
                sent=sent_of[ent.sent.start],
                head=ent.root.i,
                label=ent.label_,
                metonym=_metonym(ent),
            )
        )
    return found


_KINDS_FOR_LABEL: dict[str, tuple[str, ...] | None] = {
    "GPE": None,
    "LOC": ("landmark", "admin1", "admin2", "country"),
    "FAC": ("landmark",),
}


def _candidates(gaz: Gazetteer, kb: ActorKB, mention: PlaceMention) -> list[Place]:
    """Gazetteer candidates; a name the actor KB knows as a country wins over a namesake."""
    found = gaz.lookup(mention.text, kinds=_KINDS_FOR_LABEL.get(mention.label), limit=10)
    iso3 = kb.country_of_demonym(mention.text)
    if iso3 is not None and (not found or found[0].country != iso3):
        country = gaz.country(iso3)
        if country is not None:
            return [country, *found]
    return found


def _pick(candidates: list[Place], focus: str | None) -> Place | None:
    if not candidates:
        return None
    if focus is not None:
        local = [c for c in candidates if c.country == focus]
        if local:
            return local[0]
    return candidates[0]


def _focus_country(adoc: ArticleDoc, gaz: Gazetteer) -> str | None:
    votes: Counter[str] = Counter()
    if adoc.dateline is not None:
        place = _pick(gaz.lookup(adoc.dateline.place, limit=5), None)
        if place is not None and place.country:
            votes[place.country] += 3
    for mention in adoc.places:
        if mention.place is not None and mention.place.country and not mention.metonym:
            votes[mention.place.country] += 1
    return votes.most_common(1)[0][0] if votes else None


def make_places(resources: Resources) -> Component:
    """Toponyms with their gazetteer places and the article's focus country."""

    def places(adoc: ArticleDoc) -> ArticleDoc:
        gaz = resources.gazetteer
        adoc.places = _mentions(adoc)
        cache: dict[tuple[str, str], list[Place]] = {}
        for mention in adoc.places:
            key = (mention.text, mention.label)
            if key not in cache:
                cache[key] = _candidates(gaz, resources.actors, mention)
            mention.place = _pick(cache[key], None)
        adoc.focus_country = _focus_country(adoc, gaz)
        for mention in adoc.places:
            place = _pick(cache[(mention.text, mention.label)], adoc.focus_country)
            mention.place = place
            mention.score = 1.0 if place is not None else 0.0
            if place is not None and place.country != adoc.focus_country:
                mention.reason = "outside the article's focus country"
        return adoc

    return places
