"""Which document a date dates: "an Oct. 29 article he wrote", "in a statement on Friday",
"in a statement read on state television on Tuesday".

Such a date says when something was written, said or broadcast. It is the day of a
statement made in that document, but not of an act the document tells of ("In a statement
read on Tuesday, the ministry said the soldiers had repelled the attackers": the fighting
was not on Tuesday).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.linking.tree import phrase_top

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.mentions.dates import DateMention

__all__ = ["DOCUMENT_NOUNS", "dated_document"]

DOCUMENT_NOUNS: Final = frozenset(
    {"article", "report", "statement", "post", "letter", "interview", "speech", "tweet"}
    | {"column", "editorial", "broadcast", "publication", "message", "op-ed", "essay", "blog"}
)


def dated_document(doc: Doc, mention: DateMention, *, triggers: set[int]) -> Token | None:
    """The document noun the date at ``mention`` modifies, directly ("in a statement on
    Friday") or through the verb that tells how it came out ("a statement read on
    Tuesday"); None when it modifies anything else, or one of the event's ``triggers``."""
    node = phrase_top(doc, mention.start, mention.end)
    if node is None:
        return None
    head = node.head
    if head.dep_ == "acl" and head.pos_ == "VERB" and head.i not in triggers:
        head = head.head
    if head.i == node.i or head.i in triggers or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if head.lemma_.lower() in DOCUMENT_NOUNS else None
