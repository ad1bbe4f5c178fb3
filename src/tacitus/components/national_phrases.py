"""Actors whose country is said by a word around their noun.

"Israeli intelligence officials": a demonym before the noun of a state or generic actor,
with words between, makes that actor of the demonym's country (the noun alone would take
the article's). "Algerian landowners", "Iraqi Kurds": a demonym before a noun the knowledge base
does not know is still one actor, named as written; its country is the demonym's (see
``assembly.actors``), except a strike ("an Israeli airstrike", "a Russian missile strike"):
its country's military carried it out, as "Israeli jets" would name it. "The president
of Armenia": an office noun with "of" and a country
is that country's government. "American and British warplanes", "US and British jets":
each country named is an actor, its force of the same kind. "President Ana Lopes": a
person named with a government office is that office's actor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from tacitus.doc_memo import doc_text
from tacitus.pipeline.doc import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.actors import ActorKB

_MODIFIER_DEPS: Final = frozenset({"amod", "compound", "nmod"})
_HEADS: Final = frozenset({"NOUN", "PROPN"})
_STRIKES: Final = frozenset(
    {"airstrike", "strike", "shelling", "bombardment", "bombing", "raid", "drone", "missile"}
)
"""Head nouns of a strike a demonym before them says whose military carried out."""


def _demonym_head(doc: Doc, mention: ActorMention, kb: ActorKB) -> tuple[Token, str] | None:
    """The noun a one-word demonym mention modifies, with the demonym's country."""
    token = doc[mention.head]
    if mention.entry is not None or " " in mention.text.strip():
        return None
    country = kb.country_of_demonym(mention.text)
    head = token.head
    if country is None or token.dep_ not in _MODIFIER_DEPS or head.pos_ not in _HEADS:
        return None
    return head, country


def _qualified(doc: Doc, mention: ActorMention, found: list[ActorMention], kb: ActorKB) -> None:
    """Fold a demonym mention into the actor whose noun it modifies (see module doc)."""
    located = _demonym_head(doc, mention, kb)
    if located is None:
        return
    head, country = located
    owner = next((m for m in found if m.head == head.i and m is not mention), None)
    end = head.idx + len(head.text)
    if head.pos_ == "PROPN":  # "Iraqi Kurds": one people, named as written
        if owner is not None and owner.entry is None and owner.kind == "unknown":
            text = doc_text(doc)[mention.start : owner.end]
            found.append(replace(owner, text=text, start=mention.start))
            found.remove(owner)
            found.remove(mention)
        return
    if owner is None:
        military = kb.state("MIL", country) if _a_strike(head) else None
        kind = "named" if military is not None else mention.kind
        text = doc_text(doc)[mention.start : end]
        found.append(replace(mention, text=text, end=end, head=head.i, entry=military, kind=kind))
        found.remove(mention)
        return
    if owner.entry is None or owner.entry.kind == "group":
        return
    if _coordinated(doc[mention.head]):
        _ally(doc, mention, owner, found, kb, country=country)
        return
    entry = kb.resolve(owner.text, country=country)
    if entry is None or entry.country != country:
        return
    start, stop = min(mention.start, owner.start), max(end, owner.end)
    found.append(replace(owner, text=doc_text(doc)[start:stop], start=start, end=stop, entry=entry))
    found.remove(owner)
    found.remove(mention)


def _a_strike(noun: Token) -> bool:
    """ "An Israeli airstrike", "a Russian missile strike", "US air raids"."""
    return noun.lemma_.lower() in _STRIKES


def _coordinated(token: Token) -> bool:
    """ "American and British warplanes": the demonym is one of two or more."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def _ally(
    doc: Doc,
    mention: ActorMention,
    owner: ActorMention,
    found: list[ActorMention],
    kb: ActorKB,
    *,
    country: str,
) -> None:
    """ "American and British warplanes": the other demonym's state force of the same
    kind, one more actor on the same noun."""
    assert owner.entry is not None
    entry = kb.state(owner.entry.sector, country)
    if entry is None or entry.country == owner.entry.country:
        return
    found.append(replace(mention, head=owner.head, entry=entry, kind="named"))
    found.remove(mention)


def _named_allies(doc: Doc, found: list[ActorMention], kb: ActorKB) -> None:
    """ "US and British jets": a country's name coordinated with the demonym of a state
    force is that country's force of the same kind (the name is no actor mention yet)."""
    taken = {m.start for m in found}
    for owner in list(found):
        if owner.entry is None or owner.entry.kind != "state":
            continue
        head = doc[owner.head]
        modifiers = [w for w in head.children if w.dep_ in _MODIFIER_DEPS]
        for word in [*modifiers, *_pair_head(head, owner)]:
            if word.idx >= owner.start or word.idx in taken:
                continue
            inside = any(c.dep_ == "conj" and c.idx >= owner.start for c in word.children)
            country = kb.country_of_name(word.text) or kb.country_of_demonym(word.text)
            entry = kb.state(owner.entry.sector, country) if inside and country else None
            if entry is None or entry.country == owner.entry.country:
                continue
            end = word.idx + len(word.text)
            found.append(replace(owner, text=word.text, start=word.idx, end=end, entry=entry))
            taken.add(word.idx)


def _pair_head(noun: Token, owner: ActorMention) -> list[Token]:
    """ "Kyrgyz and Tajik border guards" parsed as "Kyrgyz" (the subject) and "Tajik border
    guards" joined to it: the bare name the force's noun is coordinated with, right
    before the owner's words with only "and" or a comma between, is one more modifier
    of the noun."""
    first = noun.head
    if noun.dep_ != "conj" or first.i >= noun.i or first.idx >= owner.start:
        return []
    if any(c.dep_ not in ("cc", "conj", "punct") for c in first.children):
        return []
    between = noun.doc[first.i + 1 :]
    gap = [t for t in between if t.idx < owner.start]
    if not gap or not all(t.dep_ in ("cc", "punct") for t in gap):
        return []
    return [first]


def _office_of(doc: Doc, mention: ActorMention, found: list[ActorMention], kb: ActorKB) -> None:
    """ "The president of Armenia": a government office noun and the country after it."""
    entry = mention.entry
    if entry is None or entry.sector != "GOV" or " " in mention.text.strip():
        return
    token = doc[mention.head]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            country = kb.country_of_name(place.text)
            state = kb.state("GOV", country) if country else None
            if state is None:
                continue
            end = place.idx + len(place.text)
            inside = [m for m in found if mention.start < m.start and m.end <= end]
            found[:] = [m for m in found if m not in inside and m is not mention]
            found.append(
                replace(mention, text=doc_text(doc)[mention.start : end], end=end, entry=state)
            )
            return


_TITLE_DEPS: Final = frozenset({"compound", "amod", "nmod", "appos"})
_TITLE_DEPTH: Final = 3


def _titles(doc: Doc, office: Token, name: Token) -> bool:
    """``office`` is a title on ``name``'s phrase ("President Ana Lopes", "Kenyan Foreign
    Minister Ana Lopes"): it hangs from the name through modifiers only."""
    node = office
    for _ in range(_TITLE_DEPTH):
        if node.dep_ not in _TITLE_DEPS or node.i == node.head.i:
            return False
        node = node.head
        if node.i == name.i:
            return True
    return False


def _said_of(office: ActorMention, kb: ActorKB) -> bool:
    """The office's own words name its country ("Palestinian Prime Minister X"): that
    office, not the one the KB lists the person in at the article's date, is theirs."""
    words = office.text.replace("'s", " ").split()
    return any(kb.country_of_demonym(w) or kb.country_of_name(w) for w in words)


def _titled_people(doc: Doc, found: list[ActorMention], kb: ActorKB) -> None:
    """ "President Ana Lopes", "the Kenyan foreign minister Ana Lopes": a person named
    with a government office acts for that government, as event coders code the office
    holder; the title and the name become one mention of the office's actor, or of the
    leader's where the KB knows the person and the title names no country ("President
    Putin"; a person with no title stays as written)."""
    for person in [m for m in found if m.kind in ("unknown", "named")]:
        name = doc[person.head]
        if name.ent_type_ != "PERSON":
            continue
        office = next(
            (
                m
                for m in found
                if m.entry is not None
                and m.entry.sector == "GOV"
                and m.entry.kind != "group"
                and m.end <= person.start
                and _titles(doc, doc[m.head], name)
            ),
            None,
        )
        if office is None:
            continue
        text = doc_text(doc)[office.start : person.end]
        entry = office.entry if _said_of(office, kb) else person.entry or office.entry
        found.append(replace(office, text=text, end=person.end, head=person.head, entry=entry))
        found.remove(office)
        found.remove(person)


def national_phrases(doc: Doc, found: list[ActorMention], kb: ActorKB) -> list[ActorMention]:
    """The mentions with demonyms and "of Country" folded into the actors they qualify."""
    result = list(found)
    for mention in found:
        if mention in result:
            _qualified(doc, mention, result, kb)
    for mention in list(result):
        if mention in result:
            _office_of(doc, mention, result, kb)
    _named_allies(doc, result, kb)
    _titled_people(doc, result, kb)
    return sorted(result, key=lambda m: m.start)
