"""Statements that tell a standing position or a record, not an act of the day.

"Moscow denies targeting civilians", "residents accuse the police of arriving late":
a present-tense statement states where someone stands. "Rights groups have urged both
sides to agree a ceasefire", "police have previously denied using live ammunition",
"the government has since withdrawn the increase": a present perfect with a bare
plural subject (a kind of speaker, not one that spoke that day) or with an adverb that
reaches back ("since", "previously", "already") sums up what was said or done before.
"FARC dissidents who rejected the peace deal": a statement in a defining relative clause
(no comma before it) tells which speakers are meant, not what they said that day.
"The union, which has called for higher pay, joined the march": a present perfect in a
relative clause describes the speaker by what it has said, in an aside to the news.
"They have refused any negotiations", "the UN has warned that any new offensive would
bring catastrophe": a present perfect about "any" such act states a stance toward all of
them, not something said that day. "Even though the army has warned that the roads are
unsafe": a present perfect conceded in a clause of "though" is a known fact the sentence
sets its news against.
A coder records none of them as a new statement; "the family has accused officers of
pursuing him" (a definite speaker, no such adverb) is the news of the day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

STANDING: Final = "standing"
_BACK: Final = frozenset(
    {"since", "previously", "already", "long", "repeatedly", "often", "consistently", "ever"}
)
# Concessive conjunctions: "even though the army has warned ...".
_CONCEDING: Final = frozenset({"though", "although"})
# Quantifiers that leave a plural subject unspecific: "some residents have complained".
_VAGUE: Final = frozenset({"some", "many", "most", "several", "other"})


def _subjects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    if not found and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subjects(verb.head)  # "have urged ... and called for"
    return found


def _auxiliaries(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if not found and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _auxiliaries(verb.head)
    return found


def _present_perfect(verb: Token) -> bool:
    aux = _auxiliaries(verb)
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.tag_ != "VBD" for a in aux)


def _present_simple(verb: Token) -> bool:
    own_tense = verb.tag_ in ("VBP", "VBZ")
    return own_tense and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)


def _bare_plural(subject: Token) -> bool:
    """ "Rights groups", "Western donors", "some residents": plural, with no article,
    owner or number that would single out who spoke."""
    if subject.tag_ not in ("NNS", "NNPS"):
        return False
    dets = [c for c in subject.children if c.dep_ in ("det", "poss", "nummod")]
    return all(d.lower_ in _VAGUE for d in dets)


def _reaches_back(verb: Token) -> bool:
    """ "Has since withdrawn the increase and promised ...": the adverb of the verb, or of
    the verb it is coordinated with."""
    if any(c.dep_ in ("advmod", "prep") and c.lower_ in _BACK for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.head.i != verb.i and _reaches_back(verb.head)


def _about_any(verb: Token) -> bool:
    """ "Refused any negotiations", "warned that any new offensive would ...": the object,
    or the subject of the clause said, is "any" act of a kind."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        objects += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(d.dep_ == "det" and d.lower_ == "any" for o in objects for d in o.children)


def _conceded(verb: Token) -> bool:
    """ "Even though the army has warned ...": a clause of "though" or "although"."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONCEDING for c in verb.children
    )


def _first_conjunct(verb: Token) -> Token:
    """ "Has since withdrawn the increase, replaced eight ministers and promised ...": a
    verb with no subject or auxiliary of its own takes its tense from the first verb of
    its coordination (the tagger often calls the later ones past tenses)."""
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children):
            break
        node = node.head
    return node


# What one side says that another answers: "..., a claim the army rejected".
_CLAIMS: Final = frozenset(
    {"claim", "charge", "accusation", "allegation", "account", "version", "assertion"}
)


def _answers_a_claim(verb: Token) -> bool:
    """ "Rebels said they had taken the town, a claim the army rejected": a clause on a
    claim noun set off by a comma tells the answer of the day, not which claim is meant."""
    head = verb.head
    if head.lemma_.lower() not in _CLAIMS:
        return False
    before = head.left_edge.i - 1
    return before >= 0 and verb.doc[before].text == ","


def _defining_clause(verb: Token) -> bool:
    """ "Dissidents who rejected the deal" (no comma: it says which dissidents), not "the
    minister, who condemned the attack, ..." (an aside that can report the day's news)."""
    if verb.dep_ != "relcl":
        return False
    if _answers_a_claim(verb):
        return False
    before = verb.left_edge.i - 1
    return before >= 0 and verb.doc[before].text not in (",", "(", "-", "\u2014", "\u2013")


def standing_statement(trigger: Token) -> bool:
    """True when a statement verb states a position or sums up the past (see module)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    verb = _first_conjunct(trigger)
    if _defining_clause(verb):
        return True
    if _present_simple(verb):
        return True
    if not _present_perfect(verb):
        return False
    if _reaches_back(verb) or _about_any(verb) or _conceded(verb) or verb.dep_ == "relcl":
        return True
    return any(_bare_plural(s) for s in _subjects(verb))
