"""Language names that are also demonyms: "in English", "learned French" name no place.

"English" modifying a noun ("the English city of Salisbury") tells whose; after "in",
"into" or "from" ("said in English"), as the object of a verb of speaking or learning
("learned French") or before "language" ("English language learners") it is the
language, which is no toponym.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LANGUAGES = frozenset(
    {"english", "french", "spanish", "german", "italian", "portuguese", "russian"}
    | {"arabic", "chinese", "mandarin", "cantonese", "japanese", "korean", "dutch"}
    | {"turkish", "greek", "hebrew", "persian", "farsi", "polish", "ukrainian", "hindi"}
    | {"urdu", "swahili", "somali", "vietnamese", "thai", "kurdish", "pashto", "dari"}
)
# Nouns a language name modifies as a language ("English language", "French class").
LANGUAGE_NOUNS = frozenset(
    {"language", "languages", "speaker", "speakers", "speaking", "class", "classes"}
    | {"teacher", "teachers", "translation", "version", "subtitles", "lessons", "course"}
)
# "in English", "into French", "from Spanish": what a text is said or written in.
_LANGUAGE_PREPS = frozenset({"in", "into", "from"})
# Verbs whose object is a language: "speaks Arabic", "learned English".
LANGUAGE_VERBS = frozenset(
    {"speak", "learn", "teach", "study", "know", "translate", "understand", "read"}
)


def language_uses(doc: Doc, mentions: list[PlaceMention]) -> set[int]:
    """The ids of the ``mentions`` that name a language rather than a people's country."""
    found: set[int] = set()
    for mention in mentions:
        if mention.text.lower() not in LANGUAGES:
            continue
        span = doc.char_span(mention.start, mention.end)
        if span is None or len(span) != 1:
            continue
        if _as_language(span[0]):
            found.add(id(mention))
    return found


def _as_language(token: Token) -> bool:
    """ "in English", "learned English", "English language": the word as a language."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in LANGUAGE_NOUNS:
        return True
    head = token.head
    if token.dep_ == "conj" and head.lower_ in LANGUAGES and head is not token:
        return _as_language(head)  # "in English and Spanish"
    if token.dep_ == "pobj":
        return head.lower_ in _LANGUAGE_PREPS
    return token.dep_ == "dobj" and head.lemma_.lower() in LANGUAGE_VERBS
