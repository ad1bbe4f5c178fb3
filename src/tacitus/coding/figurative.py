"""Violent verbs used as figures of speech: "the committee shot down the proposal",
"critics attacked the novel", "the airline killed the route", "the film bombed"; and
"shoot" used of a camera: "the footage was shot by a bystander"; and figures that
"explode": "exploding case numbers".

A blow can only fall on people, places or things; when the only thing a violent verb
falls on, or the only one doing it, is an idea, a document, a work or a commercial
undertaking, the verb describes criticism, rejection or failure, never violence. A
recording "shot" was filmed; a number or a price that "exploded" grew.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

# Things that exist only as ideas, texts, works or ventures: nothing a weapon can hit.
ABSTRACT_THINGS: Final = frozenset(
    {"proposal", "plan", "bill", "motion", "idea", "notion", "suggestion", "offer"}
    | {"claim", "theory", "argument", "policy", "reform", "amendment", "budget"}
    | {"initiative", "scheme", "project", "deal", "nomination", "candidacy", "bid"}
    | {"decision", "ruling", "verdict", "report", "article", "editorial", "remark"}
    | {"comment", "speech", "novel", "book", "film", "movie", "album", "song"}
    | {"route", "product", "brand", "rumour", "rumor", "hope", "chance", "momentum"}
    | {"reputation", "credibility", "legacy", "performance", "review", "manifesto"}
    | {"sequel", "musical", "series", "stock", "share"}
    | {"talk", "negotiation", "agenda", "career"}
    | {"footage", "video", "photo", "photograph", "picture", "clip", "documentary", "image"}
    | {"number", "figure", "rate", "rent", "price", "cost", "debt", "demand", "growth"}
    | {"inflation", "population", "popularity", "infection", "sale"}
)
"""Not "show", "coalition" or "alliance": gunmen attack fashion shows and coalition bases."""
_VIOLENT_CODES: Final = frozenset(
    {"attack", "armed_clash", "air_strike", "drone_strike", "shelling", "remote_explosive"}
)


def _abstract(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in ABSTRACT_THINGS


def _antecedent(word: Token) -> Token:
    """The noun a relative pronoun stands for ("the video, which was shot")."""
    if word.lower_ in ("which", "that") and word.head.dep_ == "relcl":
        return word.head.head
    return word


def _objects(token: Token) -> list[Token]:
    """What the verb falls on; for a passive infinitive with no subject of its own, the
    subject of the verb it completes ("the video, which appears to have been shot")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and token.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in token.children):
        objects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return [_antecedent(o) for o in objects]


def figurative(code: str, token: Token) -> bool:
    """True when a violent verb's only objects, or with none its subject, are abstract
    things ("shot down the proposal", "the report attacked the policy", "the film
    bombed") or recordings ("the footage was shot"): a figure of speech, not an event."""
    if code not in _VIOLENT_CODES or token.pos_ != "VERB":
        return False
    objects = _objects(token)
    if objects:
        return all(_abstract(o) for o in objects)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ in ("acl", "relcl", "amod"):
        subjects.append(token.head)  # "the proposal they shot down", "exploding rents"
    return bool(subjects) and all(_abstract(s) for s in subjects)
