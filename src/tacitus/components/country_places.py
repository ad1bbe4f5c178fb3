"""Country names that say where a place lies, not who acted: "the village of Tourou, in
Cameroon's Far North region", "near the border with Nigeria". A country's name elsewhere
may stand for its government ("Nigeria condemned the attack"); there it is geography."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.components.toponym_words import BORDER_NOUNS
from tacitus.components.toponyms import KIND_WORDS, PLACE_LABELS
from tacitus.pipeline.doc import ActorMention, PlaceMention


def _holds_a_place(token: Token) -> bool:
    """The country owns a place ("Cameroon's Far North region", "Syria's Idlib")."""
    head = token.head
    if token.dep_ != "poss" or head.i == token.i:
        return False
    return head.lower_ in KIND_WORDS or head.ent_type_ in PLACE_LABELS


def _across_a_border(token: Token) -> bool:
    """The country lies across a border ("near the border with Nigeria")."""
    prep = token.head
    return (
        token.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in BORDER_NOUNS
    )


def _bare_country(mention: ActorMention) -> bool:
    """A state's government read from the country's name alone ("Nigeria", "Burkina
    Faso"), with no word such as "government" or "authorities"."""
    entry = mention.entry
    if entry is None or entry.kind != "state" or entry.sector != "GOV":
        return False
    words = mention.text.removeprefix("the ").split()
    return all(w[:1].isupper() for w in words)


def country_places(
    doc: Doc, actors: list[ActorMention], places: list[PlaceMention]
) -> list[ActorMention]:
    """The actor mentions less countries named only as where a place lies."""
    literal = {(p.start, p.end) for p in places if not p.metonym and p.place is not None}

    def geography(mention: ActorMention) -> bool:
        if (mention.start, mention.end) not in literal and not _bare_country(mention):
            return False
        token = doc[mention.head]
        return _holds_a_place(token) or _across_a_border(token)

    return [m for m in actors if not geography(m)]
