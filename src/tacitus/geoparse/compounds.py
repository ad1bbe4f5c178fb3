"""Country short forms fused into a hyphenated modifier: "U.S.-led", "US-based", "UK-made".

The tokenizer keeps "U.S.-led" as one token, and a short form before "-based" is often
swallowed into a person's entity ("By Jane Doe US-based ..."), so neither the entities
nor the capitalised runs see the country. The short form tells whose or where from, as a
demonym does ("Saudi-led"): it comes placed, as a metonym.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer


def compound_mentions(
    doc: Doc, *, actors: ActorKB, gazetteer: Gazetteer, taken: list[PlaceMention]
) -> list[PlaceMention]:
    """The countries whose name or short form opens a hyphenated lower-case modifier."""
    found: list[PlaceMention] = []
    sent_of = {sent.start: index for index, sent in enumerate(doc.sents)}
    for token in doc:
        name = _fused_name(token)
        if name is None:
            continue
        start, end = token.idx, token.idx + len(name)
        if any(m.start < end and start < m.end for m in taken):
            continue
        iso3 = actors.country_of_name(name)
        country = gazetteer.country(iso3) if iso3 is not None else None
        if country is None:
            continue
        found.append(
            PlaceMention(
                text=name,
                start=start,
                end=end,
                sent=sent_of[token.sent.start],
                head=token.i,
                label="GPE",
                metonym=True,
                place=country,
                score=0.8,
                reason="named inside another word",
            )
        )
    return found


def _fused_name(token: Token) -> str | None:
    """The name before the hyphen of "U.S.-led" (one token), or of "US" + "-" + "based"
    (three tokens written together); the word after must be lower-case."""
    text = token.text
    if "-" in text:
        name, _, rest = text.partition("-")
        return name if name[:1].isupper() and rest[:1].islower() else None
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_ or not text[:1].isupper():
        return None
    hyphen, word = doc[token.i + 1], doc[token.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or not word.text[:1].islower():
        return None
    return text
