"""Who says so: attributions ("X said", "according to X") in one spaCy sentence.

Handled shapes: "according to X", "X said (on Tuesday)", '"...," X said.', "said X"
(inversion), "X told NBC News", "X put the toll at N", "X estimated|claimed|reported|wrote
on Twitter", the passive
"was reported by X", and relative clauses ("a spokesman, who said ...").

Verification markers are separate. When an outlet writes "NBC News could not independently
verify the claim", the outlet is not a source: :func:`unverified_marker` finds the marker,
and callers apply it to the claims of the *previous* sentence when the marker's sentence has
no attributed claim of its own (a marker inside an attributed sentence, "..., which could not
be independently verified, officials said", applies to that sentence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from tacitus.doc_memo import span_text

__all__ = ["Attribution", "find_attributions", "name_pronoun_sources", "unverified_marker"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One source credited with the content of a clause."""

    source: str
    anonymous: bool
    verb: str
    start: int
    end: int
    clause_start: int
    clause_end: int


_SPEECH_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "report",
        "claim",
        "estimate",
        "state",
        "announce",
        "confirm",
        "add",
        "write",
        "tweet",
        "post",
        "allege",
        "insist",
        "note",
        "explain",
        "warn",
        "acknowledge",
        "admit",
        "assert",
        "declare",
        "testify",
        "publish",
        "broadcast",
        "quote",
        "indicate",
    }
)
_ALWAYS_ANONYMOUS = frozenset({"source", "insider"})
_UNNAMED_ROLES = frozenset(
    {
        "official",
        "officer",
        "diplomat",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "medic",
        "doctor",
        "witness",
        "resident",
        "activist",
        "member",
        "aide",
        "analyst",
        "soldier",
        "fighter",
        "person",
        "people",
        "man",
        "woman",
        "employee",
        "worker",
        "journalist",
        "relative",
        "lawmaker",
        "paramedic",
        "nurse",
        "villager",
        "eyewitness",
        "policeman",
        "survivor",
    }
)
_FIGURES = frozenset({"toll", "figure", "number", "crowd", "count", "total", "turnout", "tally"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_SOURCE_CUT = frozenset({"relcl", "acl", "punct", "advcl"})
_ANONYMITY = re.compile(
    r"condition\s+of\s+anonymity|not\s+to\s+be\s+(?:named|identified)"
    r"|declined\s+to\s+be\s+(?:named|identified)|(?:speaking|spoke)\s+anonymously"
    r"|requested\s+anonymity|not\s+authori[sz]ed\s+to\s+(?:speak|talk|brief|comment)",
    re.IGNORECASE,
)
_UNVERIFIED = re.compile(
    r"\b(?:could|can|was|were|has|have|had)(?:\s*not|n[’']t|[’']t)\s+(?:been\s+|be\s+)?"
    r"(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)"
    r"|\bcannot\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)"
    r"|\bunable\s+to\s+(?:independently\s+)?(?:verify|confirm)"
    r"|\bnot\s+(?:be\s+)?(?:independently\s+)?verified|\bun(?:confirmed|verified)\b",
    re.IGNORECASE,
)


def unverified_marker(text: str) -> str | None:
    """The verification caveat in ``text`` ("could not independently verify", ...), if any."""
    found = _UNVERIFIED.search(text)
    return found.group(0) if found else None


def find_attributions(sent: Span) -> list[Attribution]:
    """Every attribution in ``sent`` (a sentence of a parsed Doc), in text order.

    Offsets are absolute character offsets into the Doc. The clause is the reported
    complement when the parse has one, else the whole sentence.
    """
    anonymity_said = _ANONYMITY.search(span_text(sent)) is not None
    found: list[Attribution] = []
    for token in sent:
        if token.lower_ == "according":
            source = _according_to(token)
            verb = "according to"
        elif (token.lemma_.lower() in _SPEECH_LEMMAS or _puts_figure(token)) and token.pos_ in (
            "VERB",
            "AUX",
        ):
            source = _speaker(token)
            verb = token.text
        else:
            continue
        if source is not None and _nobody(source):
            continue  # "nobody claimed ...", "no one said ...": no one to credit
        if source is not None and not source.is_punct:  # a stray quote mark is no source
            found.append(_attribution(source, verb, token, sent, anonymity_said=anonymity_said))
    return found


_PRONOUNS = frozenset({"it", "he", "she", "they"})
_ANTECEDENT_SENTENCES = 2


def name_pronoun_sources(found: Sequence[tuple[int, Attribution]]) -> list[Attribution]:
    """The attributions of a document (with their sentence indices, in text order), a
    pronoun source named by the source credited last before it, at most two sentences
    back: "The army said nine soldiers were killed. It said its troops killed 20" is the
    army's word twice. A pronoun with no such source stays as written."""
    named: list[Attribution] = []
    last: tuple[int, Attribution] | None = None
    for index, attribution in found:
        if attribution.source.lower() not in _PRONOUNS:
            last = (index, attribution)
            named.append(attribution)
        elif last is not None and index - last[0] <= _ANTECEDENT_SENTENCES:
            antecedent = last[1]
            named.append(
                replace(attribution, source=antecedent.source, anonymous=antecedent.anonymous)
            )
        else:
            named.append(attribution)
    return named


def _nobody(source: Token) -> bool:
    """ "Nobody claimed the attack", "no one said ...": a subject that names no one."""
    if source.lower_ in ("nobody", "none"):
        return True
    return source.lower_ == "one" and any(c.lower_ == "no" for c in source.children)


def _puts_figure(token: Token) -> bool:
    """ "Police put the toll at 40", "officials put the crowd at 3,000": an estimate."""
    if token.lemma_.lower() not in ("put", "place"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGURES for c in token.children)


def _attribution(
    head: Token, verb: str, verb_token: Token, sent: Span, *, anonymity_said: bool
) -> Attribution:
    tokens = _source_tokens(head)
    doc = head.doc
    clause = _clause(verb_token, sent)
    return Attribution(
        source=doc[tokens[0].i : tokens[-1].i + 1].text,
        anonymous=_is_anonymous(head, anonymity_said=anonymity_said),
        verb=verb,
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1].text),
        clause_start=clause[0],
        clause_end=clause[1],
    )


def _according_to(token: Token) -> Token | None:
    for child in token.children:
        if child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if token.head.lower_ == "to":  # some parses hang "according" under "to"
        return next((c for c in token.head.children if c.dep_ == "pobj"), None)
    return None


def _speaker(verb: Token) -> Token | None:
    """The subject of a speech verb, the agent of its passive, or the relative's antecedent."""
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    # A closing quote mark can be parsed as the subject ("Until Monday,'' said an official"):
    # punctuation never speaks, so the next subject is taken.
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct), None)
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if subject is None and (verb.dep_ == "conj" or _participle_clause(verb)):
        clause = verb.head.head if verb.dep_ == "acl" else verb.head  # "issued a statement saying"
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head
    return subject if subject is not None else _closing_source(verb)


def _closing_source(verb: Token) -> Token | None:
    """The source of a closing ", a provincial official who spoke on condition of
    anonymity said." that the parse hung from the noun before it (as an apposition): the
    noun phrase set off by the comma and ending right before the verb."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or not doc[verb.i + 1].is_punct:
        return None
    node = doc[verb.i - 1]
    while node.head.i != node.i and node.head.i < verb.i:
        node = node.head
        opened = node.left_edge.i > 0 and doc[node.left_edge.i - 1].text == ","
        if node.pos_ in ("NOUN", "PROPN") and opened and node.right_edge.i == verb.i - 1:
            return node
    return None


def _participle_clause(verb: Token) -> bool:
    """ "State media gave a lower figure, reporting that ...", "the ministry issued a
    statement saying ...": the speaker is the subject of the clause it hangs on."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head.i != verb.i


def _source_tokens(head: Token) -> list[Token]:
    """The source phrase: the subject's subtree without relative clauses and edge punctuation."""
    cut: set[int] = set()
    for child in head.children:
        if child.dep_ in _SOURCE_CUT and child.i > head.i:
            cut.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in cut and not t.is_punct]
    run = [t for t in tokens if t.i <= head.i]
    for token in tokens:
        if token.i > run[-1].i and token.i == run[-1].i + 1:
            run.append(token)
    return run


def _is_anonymous(head: Token, *, anonymity_said: bool) -> bool:
    """Unnamed people ("a U.S. official", "sources") or an explicit request for anonymity."""
    if head.pos_ in ("PROPN", "PRON") or _has_named_apposition(head):
        return False
    if anonymity_said or head.lemma_.lower() in _ALWAYS_ANONYMOUS:
        return True
    determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
    return head.lemma_.lower() in _UNNAMED_ROLES and not determiners & _DEFINITE


def _has_named_apposition(head: Token) -> bool:
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)


def _clause(verb: Token, sent: Span) -> tuple[int, int]:
    """Character span of what was said: the ccomp's subtree, else the whole sentence."""
    complement = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    if complement is None and verb.dep_ in ("parataxis", "ccomp") and verb.head != verb:
        complement = verb.head if verb.head.i < verb.i else None
    if complement is None or verb.lower_ == "according":
        return sent.start_char, sent.end_char
    subtree = [t for t in complement.subtree if t.i != verb.i and not t.is_punct]
    if subtree and (subtree[0].dep_ == "mark" or subtree[0].lower_ == "that"):
        subtree = subtree[1:]
    if not subtree:
        return sent.start_char, sent.end_char
    return subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
