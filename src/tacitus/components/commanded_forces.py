"""Forces a state's leader or government commands are that state's: "Putin ordered troops
to push toward Kharkiv", "Russia sent soldiers to the border".

A bare "troops" or "police" takes the country the article is set in, which is right for
most reports and wrong where a state sends its forces abroad: the troops ordered toward
Kharkiv are Russia's, not Ukraine's. The direct object of a verb of command ("ordered",
"sent", "deployed") whose subject is a state (its government, leader or name) is that
state's force. So is a bare force a state calls its own: "The Israeli military said its
forces killed three gunmen in Jenin" (the forces are Israel's, wherever they fought). A
force named with its country ("Ukrainian troops") keeps it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.actors import ActorKB
    from tacitus.pipeline.doc import ActorMention

# Verbs whose object a state sends or commands.
COMMAND_VERBS: Final = frozenset(
    {"order", "send", "deploy", "dispatch", "command", "instruct", "direct", "mobilize"}
    | {"mobilise", "authorize", "authorise"}
)
# Possessives by which a state calls a force its own ("said its forces").
_OWNING: Final = frozenset({"its", "their"})
# CAMEO sectors of a state's forces: military and police.
_FORCE_SECTORS: Final = frozenset({"MIL", "COP"})


def commanded_forces(doc: Doc, kb: ActorKB, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each bare state force commanded by another state given that
    state's force (see the module's docstring)."""
    return [_commanded(doc, kb, m, mentions) for m in mentions]


def _commanded(
    doc: Doc, kb: ActorKB, mention: ActorMention, mentions: list[ActorMention]
) -> ActorMention:
    entry = mention.entry
    if entry is None or entry.kind != "state" or entry.sector not in _FORCE_SECTORS:
        return mention
    token = doc[mention.head]
    verb = token.head
    if token.dep_ == "dobj" and verb.lemma_.lower() in COMMAND_VERBS:
        country = _commander_country(verb.i, mentions, doc)
    elif any(c.dep_ == "poss" and c.lower_ in _OWNING for c in token.children):
        country = _owner_country(token.i, mentions, doc)
    else:
        return mention
    bare = kb.resolve(mention.text, country=None)
    if bare is None or bare.kind != "generic":
        return mention
    if country is None or country == entry.country:
        return mention
    own = kb.resolve(mention.text, country=country)
    return dataclasses.replace(mention, entry=own) if own is not None else mention


def _commander_country(verb: int, mentions: list[ActorMention], doc: Doc) -> str | None:
    """The country of the state actor that is the verb's subject."""
    for mention in mentions:
        token = doc[mention.head]
        entry = mention.entry
        if token.head.i == verb and token.dep_ == "nsubj" and entry is not None:
            return entry.country if entry.kind == "state" else None
    return None


def _owner_country(token: int, mentions: list[ActorMention], doc: Doc) -> str | None:
    """The country of the state actor named last before the force in its sentence, that
    "its" or "their" refers to; None where the last actor named is no state's."""
    sentence = doc[token].sent
    before = [
        m
        for m in mentions
        if sentence.start <= m.head < token and m.entry is not None and doc[m.head].dep_ != "poss"
    ]
    if not before:
        return None
    entry = max(before, key=lambda m: m.head).entry
    return entry.country if entry is not None and entry.kind == "state" else None
