"""Detentions, abductions and disappearances told without "arrest" or "kidnap".

Reports of attacks on rights defenders often say a person "was taken", "was seized",
"disappeared", "went missing", "has been missing since", "was last seen", "was last
heard from", "was never seen again", "was picked up", "was whisked away" or "is held
incommunicado". These are events only when a person is the one taken: "the
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
        "last hear",
        "miss",
        "missing",
        "never see",
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
# Missing after a disaster or an accident is no disappearance.
_MISHAPS = frozenset(
    {
        "flood",
        "floods",
        "earthquake",
        "landslide",
        "storm",
        "cyclone",
        "hurricane",
        "typhoon",
        "capsized",
        "sank",
        "boat",
        "avalanche",
        "crash",
        "fire",
        "collapse",
        "collapsed",
        "eruption",
        "tsunami",
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


def _missing(token: Token, words: set[str]) -> bool:
    """ "Has been missing since March", "was reported missing": when the person vanished,
    not "are still missing" (captives of an abduction told before), not "missing the
    deadline", not the missing of a flood or a shipwreck."""
    if token.lower_ != "missing" or words & _MISHAPS:
        return False
    near = [*token.children, token.head] if token.pos_ != "VERB" else list(token.children)
    if any(t.lower_ == "still" for t in near) or any(c.dep_ == "dobj" for c in token.children):
        return False
    since = any(c.lower_ == "since" for c in token.children)
    been = any(c.lower_ == "been" for c in token.children) or token.head.lower_ == "been"
    reported = token.head.lemma_.lower() in ("report", "declare", "list")
    return since or been or reported


def _never_seen(verb: Token) -> bool:
    """ "Was never seen again", "never seen since": passive, or joined to a passive
    ("was taken from his home and never seen again")."""
    later = any(c.lower_ in ("again", "since") for c in verb.children)
    joined = verb.dep_ == "conj" and _passive(verb.head)
    return later and (_passive(verb) or joined)


def _heard_from(verb: Token) -> bool:
    """ "Was last heard from" (a person subject), "last heard from him" (a person object)."""
    heard = [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
    ]
    return _taken_person(verb) or any(names_person(o) for o in heard)


def _unseen(lemma: str, token: Token, words: set[str]) -> str | None:
    """Disappearances told by absence: missing, never seen again, last heard from."""
    if lemma in ("miss", "missing"):
        verb = token if token.pos_ == "VERB" else token.head
        return ABDUCTION if _missing(token, words) and _taken_person(verb) else None
    verb = token.head  # "never" of "never seen", "last" of "last heard"
    if lemma == "never see":
        return ABDUCTION if _never_seen(verb) and _taken_person(verb) else None
    return ABDUCTION if _heard_from(verb) else None


def detention_code(lemma: str, token: Token, *, words: set[str]) -> str | None:
    """The type code of a detention phrase when a person was taken, else None.

    ``token`` is the phrase's first word ("last" of "last seen" stands for "seen");
    ``words`` are the sentence's words and lemmas.
    """
    if lemma in ("miss", "missing", "never see", "last hear"):
        return _unseen(lemma, token, words)
    verb = token.head if lemma == "last see" else token
    if not _taken_person(verb):
        return None
    if lemma == "take":
        return _taken(verb)
    if lemma in ("pick up", "whisk away"):
        return _by_whom(verb) if _passive(verb) else None
    return ABDUCTION


# Nouns of a captive's freeing: "the release of", "freedom for".
_FREEING = frozenset({"release", "freedom", "freeing", "return"})


def captives_to_free(code: str, token: Token) -> bool:
    """ "Demanded the release of all detained activists", "called for freedom for the
    kidnapped girls": a participle that describes the captives someone wants freed names
    their earlier capture, not an event the sentence reports."""
    if code not in (ARRESTS, ABDUCTION) or token.dep_ != "amod" or token.tag_ != "VBN":
        return False
    node = token.head
    while node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _FREEING:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False
