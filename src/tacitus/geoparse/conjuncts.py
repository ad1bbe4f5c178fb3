"""Places named together with the chosen one, which share its role.

"Protesters rallied in London and Paris", "militants hit the Jumla and Diwan villages",
"infiltrated into Tel Abyad and the nearby town of Suluk": each coordinated place is where
the event happened, the place noun a name is set beside standing for the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.geoparse.place_roles import is_place_noun
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# Words for settlements that name their places with "of" ("the settlements of X").
_SETTLEMENT_WORDS = frozenset({"settlement", "hamlet", "locality"})


def conjoined(doc: Doc, a: PlaceMention, b: PlaceMention) -> bool:
    """Whether the places ``a`` and ``b`` are coordinated ("X and Y", "X and the town
    of Y", "the X and Y villages")."""
    if a.head == b.head:
        return False
    one, other = doc[a.head], doc[b.head]
    return bool(_roots(one) & _roots(other)) or _parallel(one, other) or _joined_preps(one, other)


_MAX_CLIMB = 8


def _preps_above(token: Token) -> list[Token]:
    """The prepositions a name hangs from, up through the noun phrases it is part of ("of"
    and "at" of "on the highway at the city of Sidon", then "on"), to the first word that
    is neither a noun nor a preposition."""
    found: list[Token] = []
    node = token
    for _ in range(_MAX_CLIMB):
        head = node.head
        if head.i == node.i or (head.pos_ != "ADP" and head.pos_ not in _NOMINAL):
            break
        if head.pos_ == "ADP":
            found.append(head)
        node = head
    return found


def _joined_preps(a: Token, b: Token) -> bool:
    """ "in the city of Tripoli and on the highway at Sidon": the names hang from two
    coordinated prepositional phrases, which place the same event twice."""
    above_b = _preps_above(b)
    return any(
        p.i != q.i and _conj_root(p) == _conj_root(q) for p in _preps_above(a) for q in above_b
    )


def _parallel(a: Token, b: Token) -> bool:
    """ "shot a policeman in Yala, and another policeman in Pattani": the same preposition
    on coordinated words places each of them, where one is a noun (a clause with its verb
    left out), not two coordinated clauses ("was in X and was in Y")."""
    pa, pb = phrase_token(a), phrase_token(b)
    if pa.dep_ != "pobj" or pb.dep_ != "pobj" or pa.head.lower_ != pb.head.lower_:
        return False
    owner_a, owner_b = pa.head.head, pb.head.head
    if owner_a.pos_ not in _NOMINAL and owner_b.pos_ not in _NOMINAL:
        return False
    return owner_a.i != owner_b.i and _conj_root(owner_a) == _conj_root(owner_b)


def _roots(token: Token) -> set[int]:
    """The heads of the coordinations the name is in, itself or by its place noun."""
    return {_conj_root(token), _conj_root(phrase_token(token))}


def same_name(doc: Doc, whole: PlaceMention, part: PlaceMention) -> bool:
    """Whether ``part`` is a piece of the name ``whole`` ends, split off by the finder
    ("San Cristobal De" and "Las" before "Casas"): proper nouns hanging on its head right
    before it, with only such pieces between."""
    piece = doc.char_span(part.start, part.end, alignment_mode="expand")
    main = doc.char_span(whole.start, whole.end, alignment_mode="expand")
    if piece is None or main is None or piece.end > main.start or not piece[0].is_title:
        return False
    if piece.root.dep_ != "compound" or piece.root.head.i != whole.head:
        return False
    return all(t.pos_ == "PROPN" and t.head.i == whole.head for t in doc[piece.end : main.start])


def through_place_noun(doc: Doc, a: PlaceMention, b: PlaceMention) -> bool:
    """Whether one of two coordinated names is listed under a place noun ("the towns of
    X and Y", "the X and Y villages", "the settlements of X, Y and Z")."""
    return any(
        phrase_token(doc[m.head]).i != m.head or _under_place_noun(doc[m.head]) for m in (a, b)
    )


def _under_place_noun(token: Token) -> bool:
    while _listed_after(token):
        token = token.head
    return phrase_token(token).i != token.i


def phrase_token(token: Token) -> Token:
    """The word that stands for a name in its clause: the place noun it modifies ("Diwan"
    in "Diwan villages") or names with "of" ("Suluk" in "the town of Suluk")."""
    if token.dep_ in ("compound", "amod", "nmod") and _place_noun(token.head):
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and _place_noun(token.head.head):
        return token.head.head
    return token


def _place_noun(token: Token) -> bool:
    return is_place_noun(token) or token.lemma_.lower() in _SETTLEMENT_WORDS


def _conj_root(token: Token) -> int:
    while _listed_after(token):
        token = token.head
    return token.i


def _listed_after(token: Token) -> bool:
    """A conjunct, or a name set after a comma that opens a list of its own ("Braij
    al-Rih, Ansar and Al-Wiji", which the parser reads as an apposition)."""
    if token.head.i == token.i:
        return False
    if token.dep_ == "conj":
        return True
    return (
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and any(c.dep_ == "cc" for c in token.children)
    )
