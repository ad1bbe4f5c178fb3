"""Men named by the leader or group they follow: "fighters loyal to Abdelaziz al-Hilu",
"troops loyal to the president".

News often names an armed side only by whom it obeys. The generic noun alone ("fighters",
"gunmen") would be ACLED's unidentified armed group; the leader's name, read through the
leaders list, says whose men they are. Men loyal to a group's leader (or to the group) are
that group's; armed men loyal to a head of state or government are that state's military,
as ACLED codes a president's troops.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.actors import ActorEntry, ActorKB
    from tacitus.pipeline.doc import ActorMention

# Adjectives that tie armed men to whom they follow: "loyal to", "allegiant to".
LOYAL_WORDS: Final = frozenset({"loyal", "allegiant"})
# ACLED inter codes of armed men: state forces, rebels, political and identity militias.
_ARMED_INTERS: Final = frozenset({1, 2, 3, 4})
# How many words after "loyal to" may still name the one followed ("rebel leader
# Abdelaziz al-Hilu").
_NAME_WINDOW: Final = 7


def loyal_forces(doc: Doc, kb: ActorKB, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each generic armed noun that is "loyal to" a named leader or
    group given that leader's group or state (see the module's docstring)."""
    return [_loyal(doc, kb, m, mentions) for m in mentions]


def _loyal(
    doc: Doc, kb: ActorKB, mention: ActorMention, mentions: list[ActorMention]
) -> ActorMention:
    if mention.entry is None or mention.entry.kind == "group":
        return mention
    entry = kb.resolve(mention.text, country=None)  # the bare noun: "fighters", "troops"
    if entry is None or entry.kind != "generic" or entry.inter not in _ARMED_INTERS:
        return mention
    followed = _followed(doc[mention.head])
    if followed is None:
        return mention
    leader = next(
        (m for m in mentions if m.entry is not None and m.kind == "named" and m.head in followed),
        None,
    )
    if leader is None or leader.entry is None:
        return mention
    own = _force_of(leader.entry, entry, kb)
    return replace(mention, entry=own, kind="named") if own is not None else mention


def _followed(noun: Token) -> set[int] | None:
    """The token indices of what ``noun`` is loyal to ("fighters loyal to rebel leader
    X": the words after "to" up to the next punctuation, verb or preposition), or
    ``None`` when no loyalty word follows it. Read from the words, not the parse, which
    often hangs a long name after "to" on the sentence's verb."""
    doc = noun.doc
    if noun.i + 2 >= len(doc):
        return None
    loyal, to = doc[noun.i + 1], doc[noun.i + 2]
    if loyal.lower_ not in LOYAL_WORDS or to.lower_ != "to":
        return None
    followed: set[int] = set()
    for token in doc[to.i + 1 : min(to.i + 1 + _NAME_WINDOW, len(doc))]:
        if token.pos_ in ("VERB", "AUX", "ADP") or (token.is_punct and token.text != "-"):
            break
        followed.add(token.i)
    return followed or None


def _force_of(leader: ActorEntry, noun: ActorEntry, kb: ActorKB) -> ActorEntry | None:
    """Whose force the men are: the followed group itself, or the military of the state
    whose government the followed leader heads."""
    if leader.sector != "GOV":
        return leader if leader.inter in _ARMED_INTERS else None
    if leader.country is None:
        return None
    sector = noun.sector if noun.sector in ("MIL", "COP") else "MIL"
    return kb.state(sector, leader.country)
