"""Component that finds who acts: named and state actors, generic ones, and unknown names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.actors.identity import SUPPORTER_NOUNS
from tacitus.assembly.attribution import BARE_AIRCRAFT
from tacitus.components.commanded_forces import commanded_forces
from tacitus.components.country_places import country_places
from tacitus.components.defined_acronyms import defined_acronyms
from tacitus.components.factions import factions
from tacitus.components.loyal_forces import loyal_forces
from tacitus.components.named_heads import named_heads
from tacitus.components.national_phrases import national_phrases
from tacitus.components.shared_heads import shared_heads
from tacitus.components.state_actors import with_acting_states
from tacitus.components.tribal_militias import tribal_militias
from tacitus.doc_memo import doc_text, span_ents, span_text
from tacitus.linking.coreference import is_group_noun
from tacitus.pipeline.doc import ActorMention, ArticleDoc
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Span

    from tacitus.actors import ActorEntry, ActorKB

_UNKNOWN_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# ACLED's inter code of state forces.
_STATE_FORCES: Final = 1
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def _modifier_only(span: Span, entry: ActorEntry) -> bool:
    """A force or office word used as an adjective names no one: "military aid", "an
    official newspaper" (the noun "the military said" does); before an aircraft it names
    whose aircraft it is ("a military jet", "military helicopters"), as "army" does."""
    word = span[0]
    if word.head.lower_ in BARE_AIRCRAFT and entry.inter == _STATE_FORCES:
        return False
    return len(span) == 1 and entry.kind != "group" and word.pos_ == "ADJ" and word.dep_ == "amod"


def _held_by_group(span: Span, entry: ActorEntry) -> bool:
    """A state's force noun owned by an armed group names the group's men, not the
    state's: "the group's forces", "the rebels' troops" (see ``linking.coreference``,
    which finds the group)."""
    if entry.kind != "state":
        return False
    owners = (c for c in span.root.children if c.dep_ == "poss" and c.i < span.start)
    return any(is_group_noun(owner) for owner in owners)


def _fired_by(span: Span, entry: ActorEntry) -> bool:
    """A state's weapon whose user a "by" phrase names names no one itself: in "artillery
    fire by rebel fighters" the fighters fired, not the army the word "artillery" would
    otherwise stand for."""
    if entry.kind == "group":
        return False
    noun = span.root.head if span.root.dep_ == "compound" else span.root  # "artillery fire"
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(p.dep_ == "pobj" for p in c.children)
        for c in noun.children
    )


_FORMER: Final = frozenset({"former", "ex", "ex-", "retired", "late"})
# Who else has leaders and spokesmen: "opposition leader X" is no government.
_NON_STATE: Final = frozenset(
    {"opposition", "rebel", "militia", "protest", "student", "tribal", "clan", "church"}
    | {"community", "separatist", "insurgent", "militant"}
)


def _former(span: Span, entry: ActorEntry) -> bool:
    """An office held no more, or one of the opposition or of a group, names no one
    acting for the state: "former prime minister Imran Khan", "opposition leader Ana
    Lopes" are no government."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "-" and span.start > 1:
        before = span.doc[span.start - 2]
    if before is None or entry.sector != "GOV":
        return False
    return before.lower_ in _FORMER or before.lemma_.lower() in _NON_STATE


def _in_country_name(span: Span, kb: ActorKB) -> bool:
    """A generic noun inside a state's official name names no crowd: "the Democratic
    People's Republic of Korea", "the Lao People's Democratic Republic"."""
    return any(
        ent.start <= span.start
        and span.end <= ent.end
        and len(ent) > len(span)
        and kb.country_of_name(ent.text) is not None
        for ent in span_ents(span.sent)
    )


def _found(kb: ActorKB, sent: Span, index: int, country: str | None) -> list[ActorMention]:
    """Named groups, state forces and generic actors ("gunmen", "protesters") in one pass."""
    base = sent.start_char
    found: list[ActorMention] = []
    for match in kb.find(span_text(sent), country=country, generic=True):
        span = sent.doc.char_span(base + match.start, base + match.end, alignment_mode="expand")
        if span is not None and (
            _modifier_only(span, match.entry)
            or _former(span, match.entry)
            or _held_by_group(span, match.entry)
            or _fired_by(span, match.entry)
            or (match.entry.kind == "generic" and _in_country_name(span, kb))
        ):
            continue
        head = span.root.i if span is not None and len(span) else sent.start
        found.append(
            ActorMention(
                text=match.text,
                start=base + match.start,
                end=base + match.end,
                sent=index,
                head=head,
                entry=match.entry,
                kind="generic" if match.entry.kind == "generic" else "named",
            )
        )
    return found


def _with_factions(kb: ActorKB, sent: Span, known: list[ActorMention]) -> list[ActorMention]:
    """Known mentions with breakaway factions ("dissidents of the FARC") in place of the
    mentions inside them."""
    found = factions(kb, sent, known)
    kept = [m for m in known if not _overlaps(m.start, m.end, [(f.start, f.end) for f in found])]
    return sorted([*kept, *found], key=lambda m: m.start)


def _ethnic_start(ent: Span) -> int:
    """Where a people's name starts: at "ethnic" before it ("ethnic Albanians" in Serbia
    are people of Serbia, not of Albania; see ``actors.identity``)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ == "NORP" and before is not None and before.lower_ == "ethnic":
        return before.idx
    return ent.start_char


def _unknown(
    kb: ActorKB, sent: Span, index: int, taken: list[tuple[int, int]], *, year: int | None
) -> list[ActorMention]:
    """Names the KB does not list verbatim: a close spelling of a known group, a leader
    in office in the article's year ("Putin said": the Government of Russia), else kept
    as written (an unknown actor is never dropped)."""
    found: list[ActorMention] = []
    for ent in span_ents(sent):
        if ent.label_ not in _UNKNOWN_LABELS or _overlaps(ent.start_char, ent.end_char, taken):
            continue
        entry = kb.resolve(ent.text) if ent.label_ == "ORG" else None
        if ent.label_ == "PERSON" and year is not None:
            entry = kb.leader(ent.text, year=year)
        start = _ethnic_start(ent)
        found.append(
            ActorMention(
                text=doc_text(sent.doc)[start : ent.end_char],
                start=start,
                end=ent.end_char,
                sent=index,
                head=ent.root.i,
                entry=entry,
                kind="named" if entry is not None else "unknown",
            )
        )
    return found


def _supporters(kb: ActorKB, sent: Span, index: int) -> list[ActorMention]:
    """ "Supporters of opposition leader X": a crowd of its own, from the supporter noun to
    the head of the name (X stays a mention too: the crowd's associated actor)."""
    found: list[ActorMention] = []
    for token in sent:
        if token.lower_ not in SUPPORTER_NOUNS:
            continue
        heads = [
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not heads:
            continue
        end = heads[0].idx + len(heads[0].text)
        found.append(
            ActorMention(
                text=doc_text(sent.doc)[token.idx : end],
                start=token.idx,
                end=end,
                sent=index,
                head=token.i,
                entry=kb.template("protesters", None),
                kind="generic",
            )
        )
    return found


def _metonyms(adoc: ArticleDoc, kb: ActorKB, taken: list[tuple[int, int]]) -> list[ActorMention]:
    found: list[ActorMention] = []
    for place in adoc.places:
        if not place.metonym or place.place is None or place.place.country is None:
            continue
        if adoc.doc is not None and adoc.doc[place.head].dep_ not in _ACTOR_DEPS:
            continue
        if _overlaps(place.start, place.end, taken):
            continue
        entry = kb.resolve("government", country=place.place.country)
        found.append(ActorMention.of_place(place, entry))
    return found


def _names_an_area(adoc: ArticleDoc, mention: ActorMention) -> bool:
    """The word "government" that names a kind of area ("Anka local government area", Nigeria's
    districts) is no government."""
    doc = adoc.doc
    if doc is None or not mention.text.lower().endswith("government"):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    return after is not None and after.lower_ in ("area", "areas")


def _blocked_spans(adoc: ArticleDoc) -> list[tuple[int, int]]:
    """Resolved, literal places, and names a kind word makes places even when the
    gazetteer lacks them ("the village of Kwall"): a name there is not an unknown actor."""
    return [
        (p.start, p.end)
        for p in adoc.places
        if not p.metonym and (p.place is not None or p.kind_hint is not None)
    ]


def demonym_focus(kb: ActorKB, sents: list[Span], *, states_only: bool = False) -> str | None:
    """The one country an article's actors are said to be of ("the Nigerian government",
    "Kenyan police") when no place names one: a bare "rebels" or "police" there is that
    country's. ``None`` when they are of several countries or none. ``states_only``
    counts only state actors, whose country is where they serve: an armed group's
    country is where it began, and it fights across borders (JNIM, of Mali, in Burkina
    Faso)."""
    countries = {
        m.entry.country
        for sent in sents
        for m in kb.find(span_text(sent))
        if m.entry.country and (m.entry.kind == "state" or not states_only)
    }
    return countries.pop() if len(countries) == 1 else None


def places_focus(adoc: ArticleDoc) -> str | None:
    """The one country every place the article names lies in, where the places gave no
    focus of their own (a single town: "an ambush near Djibo")."""
    countries = {
        m.place.country
        for m in adoc.places
        if m.place is not None and m.place.country and not m.metonym
    }
    return countries.pop() if len(countries) == 1 else None


def article_country(adoc: ArticleDoc, kb: ActorKB) -> str | None:
    """The country a bare force or crowd of the article is of: the places' focus, else
    the one country its state actors are said to be of, else the one country of its
    places, else the one country of all its named actors."""
    return (
        adoc.focus_country
        or demonym_focus(kb, adoc.sents, states_only=True)
        or places_focus(adoc)
        or demonym_focus(kb, adoc.sents)
    )


def make_actors(resources: Resources) -> Component:
    """Actor mentions in every sentence, resolved against the actor knowledge base."""

    def actors(adoc: ArticleDoc) -> ArticleDoc:
        kb = resources.actors
        found: list[ActorMention] = []
        country = article_country(adoc, kb)
        year = adoc.published.year if adoc.published is not None else None
        for index, sent in enumerate(adoc.sents):
            known = _found(kb, sent, index, country)
            taken = [(m.start, m.end) for m in known]
            known += _unknown(kb, sent, index, taken, year=year)
            found += _with_factions(kb, sent, known) + _supporters(kb, sent, index)
        taken = [(m.start, m.end) for m in found]
        found += _metonyms(adoc, kb, taken)
        found = with_acting_states(adoc, kb, found)
        if adoc.doc is not None:
            found = national_phrases(adoc.doc, found, kb)
            found = commanded_forces(adoc.doc, kb, found)
            found = loyal_forces(adoc.doc, kb, found)
            found = shared_heads(adoc.doc, found, kb, country)
            found = tribal_militias(adoc.doc, kb, found, country)
            found = defined_acronyms(adoc.doc, found)
            found = named_heads(adoc.doc, found, kb)
            found = country_places(adoc.doc, found, adoc.places)
        blocked = _blocked_spans(adoc)
        adoc.actors = sorted(
            (
                m
                for m in found
                if (
                    not (m.kind == "unknown" or m.entry is None)
                    or not _overlaps(m.start, m.end, blocked)
                )
                and not _names_an_area(adoc, m)
            ),
            key=lambda m: m.start,
        )
        line = adoc.dateline
        if line is not None:
            adoc.actors = [m for m in adoc.actors if not line.start <= m.start < line.end]
        return adoc

    return actors
