"""Who a phrase head stands for, when the head word itself is not the one named.

"Chávez, who died": the relative pronoun stands for Chávez. "Claimed the lives of six
officers": the officers, not their lives. "Three of the guards": the guards the three
are taken from (a participle used as a noun names no one: "11 of the injured" are the
eleven). "The alleged killer, Omar Haddad": the apposition names the killer again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

_QUANTITY_POS: Final = frozenset({"NUM", "PRON", "DET", "ADJ"})
# Nouns that count or gather people: "dozens of students", "a group of pilgrims".
_QUANTITY_NOUNS: Final = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"}
    | {"number", "handful", "couple", "group", "band", "busload", "crowd"}
)
_LIFE: Final = frozenset({"life"})


def _of_objects(token: Token) -> list[Token]:
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def antecedent(head: Token) -> Token:
    """ "Chávez, who died": the relative pronoun stands for the noun it follows; "the
    army said it had repelled an attack": the pronoun of what a source says it did
    stands for the source."""
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
        return head.head.head
    return _reporter(head) or head


# Verbs whose subject tells of its own acts in the clause it takes: "said it had".
_REPORTING: Final = frozenset({"say", "announce", "claim", "confirm", "report", "state", "add"})


def _reporter(pronoun: Token) -> Token | None:
    """The source named before it whose own act a pronoun subject tells of ("The Houthis
    said they had fired a missile"); "it" stands for no plural source, and neither
    pronoun for a person, who tells of others' acts as "they"."""
    if pronoun.tag_ != "PRP" or pronoun.lower_ not in ("it", "they"):
        return None
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_.lower() not in _REPORTING:
        return None
    sources = [
        c
        for c in clause.head.children
        if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < pronoun.i
    ]
    # a person speaks of others as "they" ("they set fire to the camp, said Jean Dupont")
    if not sources or sources[0].ent_type_ == "PERSON":
        return None
    if pronoun.lower_ == "it" and sources[0].tag_ in ("NNS", "NNPS"):
        return None
    return sources[0]


def bearer(head: Token) -> Token:
    """ "The lives of six officers", "his life": whose life it was."""
    if head.lemma_.lower() not in _LIFE:
        return head
    owners = _of_objects(head) + [c for c in head.children if c.dep_ == "poss"]
    return owners[0] if owners else head


def is_quantity(token: Token) -> bool:
    """A number or quantifier that can head a partitive ("three of", "all of")."""
    if token.pos_ in _QUANTITY_POS or token.tag_ == "CD":
        return True
    return token.lower_ in _QUANTITY_NOUNS or token.lemma_.lower() in _QUANTITY_NOUNS


def set_of(head: Token) -> Token:
    """ "Three of the guards", "all six of the members", "six of whom": the people a
    quantity is taken from, who are the ones named ("the injured" of "11 of the injured"
    names no one)."""
    if not is_quantity(head):
        return head
    sets = [o for o in _of_objects(head) if o.pos_ in ("NOUN", "PROPN") or o.tag_ == "CD"]
    if sets:
        return sets[0]
    relative = [o for o in _of_objects(head) if o.tag_ in ("WP", "WDT")]
    clause = head.head
    if relative and clause.dep_ == "relcl" and clause.head.tag_ in ("NNS", "NNPS", "CD"):
        return clause.head  # "40 pilgrims, six of whom were killed": the pilgrims
    return head


def fused_head(head: Token) -> Token:
    """ "Some 130 more", "scores more": a quantity followed by "more" with no noun after
    it is a noun phrase whose head is "more" (more people), whatever the parser hung
    where."""
    doc = head.doc
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is None or after.lower_ != "more" or not is_quantity(head):
        return head
    if after.head.i not in (head.i, head.head.i) and head.head.i != after.i:
        return head  # "many more" is often parsed as "more" modified by "many"
    following = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN"):
        return head
    return after


def fused_more(token: Token) -> bool:
    """Whether ``token`` is the "more" that heads a fused phrase after its quantity
    ("injuring scores more")."""
    if token.lower_ != "more" or token.i == 0:
        return False
    return fused_head(token.doc[token.i - 1]).i == token.i


def named(head: Token) -> Token:
    """The token that names who a phrase head stands for."""
    return fused_head(set_of(bearer(antecedent(head))))


def is_list_item(token: Token) -> bool:
    """An "apposition" that is really the start of a list ("eight women, a girl and four
    men"): it has conjuncts of its own."""
    return any(c.dep_ in ("conj", "cc") for c in token.children)


def list_members(token: Token) -> list[Token]:
    """The token and every item of the list it is in: its conjuncts, and across the
    apposition the parser makes of a list's second item ("six men, a small boy and two
    women": "boy" an apposition of "men", "women" its conjunct)."""
    found = [token, *token.conjuncts]
    for item in list(found):
        if item.dep_ == "appos" and is_list_item(item):
            found += [item.head, *item.head.conjuncts]
        for child in item.children:
            if child.dep_ == "appos" and is_list_item(child):
                found += [child, *child.conjuncts]
    unique: list[Token] = []
    for item in found:
        if item not in unique:
            unique.append(item)
    return unique


def included(token: Token) -> list[Token]:
    """Those a phrase is said to include: "12 people, including three children and a
    nurse"."""
    return [
        item
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "including"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for item in list_members(obj)
    ]


def same_referent(token: Token) -> list[Token]:
    """The token and the words that name the same people: its appositions (both ways),
    the people a quantity or a life stands for, a relative pronoun's antecedent, and
    those it is said to include ("12 people, including three children")."""
    found = [token, named(token), *(c for c in token.children if c.dep_ == "appos")]
    found += included(token)
    if token.dep_ == "appos":
        found.append(token.head)
    if is_quantity(token):
        found += _of_objects(token)
    if token.lemma_.lower() in _LIFE:
        found += _of_objects(token) + [c for c in token.children if c.dep_ == "poss"]
    return found
