"""The words of the sentences around an event that its type is refined by.

Each token gives its lower-case form and its lemma, and two-word cues are read too: a
compound and its head ("water cannon", "car bomb") and "fire" with the verb it is the
object of ("opened fire", "set fire to", "set on fire": "open fire", "set fire"), and
"way" with the verb a crowd makes it by ("forced their way into": "force way"), and
"live" with what was live ("live rounds", "live fire"; not "now live with"). There
are two exceptions: barricades are a
cue of a riot ("youths set up burning barricades") only when the crowd builds or burns
them, not when police put them across a road or marchers walk up to them ("tried to walk
past the barricades"), which is how a peaceful march meets the police; and "the air" that
shots are fired into ("firing into the air", "shots in the air") is no cue of an air
strike; nor is an aircraft that carried people ("evacuated by helicopter"), nor a
programme "aired" (broadcast: only its own form is kept, not the lemma "air"). A bomb of
fuel ("petrol bomb", "fire bomb") reads as "firebomb", no explosive, and a mine that is
dug ("a gold mine") as "minesite", no landmine. A rocket-propelled grenade reads as "rpg":
a fighter's shoulder-fired weapon of ground fighting, neither a rocket of a bombardment nor
a grenade thrown by hand ("militants armed with rifles and rocket-propelled grenades
attacked a post" is an armed clash). A participle of
holding before a noun ("demanded the release of detained activists") is no arrest: it
tells who had been held before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from tacitus.doc_memo import doc_memo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["context_words", "rocket_propelled", "sentence_words"]

_BARRICADES: Final = frozenset({"barricade", "barricades"})
_BUILT: Final = frozenset({"erect", "build", "set", "put", "burn", "light", "raise", "man"})
_BURNING: Final = frozenset({"burning", "flaming", "makeshift", "improvised"})
_INTO: Final = frozenset({"in", "into"})
_HOLDING: Final = frozenset({"detain", "arrest", "jail", "imprison"})
_BOMBS: Final = frozenset({"bomb", "bombs"})
_FUELS: Final = frozenset({"petrol", "gasoline", "gas", "fire", "molotov", "incendiary"})
_MINES: Final = frozenset({"mine", "mines"})
_ROCKETS: Final = frozenset({"rocket", "rockets"})
_GRENADES: Final = frozenset({"grenade", "grenades"})
_MINED: Final = frozenset(
    {"gold", "coal", "copper", "diamond", "cobalt", "tin", "iron", "salt", "uranium"}
    | {"lithium", "coltan", "artisanal", "open-pit", "opencast"}
)


def context_words(tokens: Iterable[Token]) -> set[str]:
    """Lower-case forms and lemmas of ``tokens`` (rules of the module docstring)."""
    words: set[str] = set()
    for token in tokens:
        if token.lower_ in _BARRICADES and not _crowd_barricade(token):
            continue
        if token.lower_ == "air" and _skyward(token):
            continue
        if _conveyance(token) or _held_before(token):
            continue
        if token.lower_ in _BOMBS and _incendiary(token):
            words.add("firebomb")
            continue
        if rocket_propelled(token):
            words.add("rpg")
            continue
        if token.lower_ in _ROCKETS and _propels(token):
            continue
        if token.lower_ in _MINES and _dug(token):
            words.add("minesite")
            continue
        words.add(token.lower_)
        if not (token.pos_ == "VERB" and token.lemma_.lower() == "air"):
            words.add(token.lemma_.lower())
        words.update(_phrases(token))
    return words


def sentence_words(sent: Span) -> set[str]:
    """``context_words`` of one sentence, found once per doc: trigger typing, frame cues
    and event assembly all read the same sentences. Each token's words depend on the token
    alone, so the words of several sentences are the union of theirs."""
    memo = doc_memo(sent.doc, "context_words")
    words = memo.get((sent.start, sent.end))
    if not isinstance(words, frozenset):
        words = memo[(sent.start, sent.end)] = frozenset(context_words(sent))
    return set(words)


def _phrases(token: Token) -> tuple[str, ...]:
    """The two-word cues ``token`` ends (rules of the module docstring)."""
    head = token.head
    if token.dep_ == "compound" and head.i == token.i + 1:
        return (f"{token.lower_} {head.lower_}",)
    if token.lower_ == "way" and token.dep_ == "dobj" and head.pos_ == "VERB":
        return (f"{head.lemma_.lower()} way",)
    if token.lower_ == "live" and token.dep_ == "amod":
        return (f"live {head.lower_}",)
    if token.lower_ != "fire" or token.dep_ not in ("dobj", "pobj"):
        return ()
    verb = head.head if token.dep_ == "pobj" and head.lower_ == "on" else head
    if verb.pos_ != "VERB":
        return ()
    return (f"{verb.lower_} fire", f"{verb.lemma_.lower()} fire")


def _crowd_barricade(token: Token) -> bool:
    """Barricades built, set up, manned or burned ("erected barricades", "burning
    barricades", "barricades were set on fire")."""
    if any(c.lower_ in _BURNING for c in token.children):
        return True
    head = token.head
    return token.dep_ in ("dobj", "nsubjpass", "conj") and head.lemma_.lower() in _BUILT


def _held_before(token: Token) -> bool:
    """ "the release of detained activists", "for their jailed leader": a participle of
    holding before a noun says who was held before, and no arrest at the scene."""
    return token.tag_ == "VBN" and token.dep_ == "amod" and token.lemma_.lower() in _HOLDING


def _incendiary(token: Token) -> bool:
    """ "A petrol bomb", "fire bombs", "Molotov bombs": a bottle of fuel thrown by hand,
    no explosive (ACLED codes its use as an attack or a violent demonstration)."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _FUELS for c in token.children)


def rocket_propelled(token: Token) -> bool:
    """ "Rocket-propelled grenades": a grenade launched from the shoulder, no hand grenade."""
    return token.lower_ in _GRENADES and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "propelled" for c in token.children
    )


def _propels(token: Token) -> bool:
    """The "rocket" of "rocket-propelled": what drives a grenade, no rocket fired."""
    return token.head.lower_ == "propelled" and token.head.i == token.i + 2


def _dug(token: Token) -> bool:
    """ "A gold mine", "artisanal mines": a pit that is mined, no landmine."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _MINED for c in token.children)


_CRAFT: Final = frozenset({"helicopter", "plane", "aircraft", "air", "jet"})


def _conveyance(token: Token) -> bool:
    """An aircraft as a way to travel: a bare singular noun after "by" ("evacuated by
    helicopter", "flown out by air"), which carried people; "by a helicopter" or "by
    helicopters" may be who struck."""
    return (
        token.lower_ in _CRAFT
        and token.dep_ == "pobj"
        and token.head.lower_ == "by"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    )


def _skyward(token: Token) -> bool:
    """ "The air" after "in" or "into": where warning shots go, not an aircraft."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in _INTO
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )
