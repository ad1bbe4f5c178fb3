"""Detentions, abductions and disappearances told without "arrest" or "kidnap".

Reports of attacks on rights defenders often say a person "was taken", "was seized",
"disappeared", "went missing", "was last seen", "was picked up", "was whisked away" or
"is held incommunicado". These are events only when a person is the one taken: "the
town was taken", "the package went missing" are not. Who took them decides the type:
state forces ("picked up by police", "taken into custody") make an arrest; anyone else,
or no one named, an abduction or forced disappearance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ABDUCTION = "abduction"
ARRESTS = "arrests"
# Rules of triggers.csv that this module decides.
DETENTION_LEMMAS = frozenset(
    {
        "disappear",
        "go missing",
        "go miss",
        "last see",
        "pick up",
        "whisk away",
        "hold incommunicado",
        "take",
    }
)
_PERSONS = frozenset(
    {
        "activist",
        "defender",
        "journalist",
        "lawyer",
        "leader",
        "member",
        "man",
        "woman",
        "boy",
        "girl",
        "student",
        "worker",
        "farmer",
        "teacher",
        "priest",
        "reporter",
        "son",
        "daughter",
        "husband",
        "wife",
        "brother",
        "sister",
        "father",
        "mother",
        "people",
        "person",
        "he",
        "she",
        "they",
        "who",
    }
)
_STATE = frozenset(
    {
        "police",
        "policemen",
        "officers",
        "soldiers",
        "troops",
        "army",
        "military",
        "security",
        "agents",
        "authorities",
        "intelligence",
        "gendarmes",
    }
)
_NOT_TAKEN = frozenset({"hospital", "clinic", "court", "account", "part", "place", "office"})


def _subjects(token: Token) -> list[Token]:
    found = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and token.dep_ in ("conj", "xcomp"):
        found = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "relcl":
        found.append(token.head)
    return found


def names_person(phrase: Token) -> bool:
    """A phrase naming a person: a PERSON name, a word for people, a personal pronoun."""
    for tok in phrase.subtree:
        if tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _PERSONS:
            return True
    return phrase.lower_ in _PERSONS or _full_name(phrase)


def _full_name(head: Token) -> bool:
    """ "Ana Lopez" the tagger left untyped: two capitalised proper nouns, no entity."""
    given = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return head.pos_ == "PROPN" and head.ent_type_ == "" and len(given) == 1


def _taken_person(token: Token) -> bool:
    return any(names_person(s) for s in _subjects(token))


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _agent_words(token: Token) -> set[str]:
    words: set[str] = set()
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("into", "in")):
            words |= {t.lemma_.lower() for t in child.subtree} | {t.lower_ for t in child.subtree}
    return words


def _by_whom(token: Token) -> str:
    """Arrest when state forces take the person or hold them in custody, else abduction."""
    words = _agent_words(token)
    return ARRESTS if words & (_STATE | {"custody"}) else ABDUCTION


def _taken(token: Token) -> str | None:
    """ "Was taken (away / from her home / by armed men)", never "taken to hospital"."""
    if not _passive(token):
        return None
    preps = {c.lower_ for c in token.children if c.dep_ in ("prep", "agent", "prt", "advmod")}
    objects = {t.lemma_.lower() for c in token.children if c.dep_ == "prep" for t in c.subtree}
    if objects & _NOT_TAKEN or not preps & {"away", "from", "by", "into"}:
        return None
    return _by_whom(token)


def detention_code(lemma: str, token: Token) -> str | None:
    """The type code of a detention phrase when a person was taken, else None.

    ``token`` is the phrase's first word ("last" of "last seen" stands for "seen").
    """
    verb = token.head if lemma == "last see" else token
    if not _taken_person(verb):
        return None
    if lemma == "take":
        return _taken(verb)
    if lemma in ("pick up", "whisk away"):
        return _by_whom(verb) if _passive(verb) else None
    return ABDUCTION
