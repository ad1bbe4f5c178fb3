"""Names that speak: "Kristina said", "Bailey told reporters" name a person, not a town.

A capital or a great city may stand for its government ("Tehran said"), but a town of a
few thousand people does not make statements; a one-word name that is the subject of a
reporting verb and resolves to such a town is a person's name, and every use of that
name in the article is the person (one sense per article). A name in capitals is left
alone: it is a dateline's or a headline's ("LEBANON, Ohio -- ... said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.components.toponym_words import SPEECH_VERBS
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.gazetteer import Place

# Verbs that report what a person said, beside the speech verbs a government shares.
REPORTING_VERBS = SPEECH_VERBS | {"add", "explain", "recall", "note", "write", "ask", "reply"}
# A town this large may speak for its council ("Dearborn said it would appeal").
SPEAKING_TOWN_POPULATION = 100_000


def speaking_names(doc: Doc, mentions: list[PlaceMention]) -> set[str]:
    """The one-word names the article makes speak while they resolve to a small town."""
    names: set[str] = set()
    for mention in mentions:
        if mention.place is None or not _small_town(mention.place) or mention.text.isupper():
            continue
        span = doc.char_span(mention.start, mention.end)
        if span is None or len(span) != 1:
            continue
        token = span.root
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS:
            names.add(mention.text)
    return names


def _small_town(place: Place) -> bool:
    return (
        place.kind == "city"
        and place.feature_code != "PPLC"
        and place.population < SPEAKING_TOWN_POPULATION
    )
