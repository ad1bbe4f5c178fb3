"""WikiEvents documents: trigger detection and Attacker/Victim/Target arguments.

Scored on the KAIROS families Tacitus codes: Conflict.* (attacks and demonstrations),
Life.Die, Life.Injure and Justice.ArrestJailDetain. The predictions are the event
records the pipeline builds, each with every trigger mention it was built from (gold
annotates mentions, not events): a predicted mention is right when it overlaps a gold
trigger of the same family (gold triggers are single words, or a phrase around one),
each gold trigger matching at most one mention; a death toll is a Life.Die mention with
its modifier ("the death toll": the gold marks "death"). The arguments are the actors the record
carries, each at its own span and wherever the record's frames linked it again, given to
the mention whose argument it is (``linking.arguments``); one is right when its mention
is right, its role is the same and its head word is the head word of a mention of the
gold entity (any coreferent mention counts: the WikiEvents "head" and "coref"
conventions), each gold argument matching at most once. Heads are the roots of the
spans in the pipeline's own parse, for gold and predicted spans alike, but for a fused
"more" after its quantity ("wounded dozens more"), which heads its phrase whatever the
parser hung where (``referents.fused_head``). A word that names
a weapon or an attacker ("IED", "suicide bomber") types a record but is no KAIROS
trigger, so it is not scored as a mention; nor is a blast its own words call an accident
(KAIROS annotates attacks), nor any other attack mention of the record it is in ("a bomb
went off prematurely, setting off a second charge": one accident told twice). An
attack the article has told already, named again only as the matter of a trial, an
inquiry or a reaction ("tried for the bombing", "his role in the attack"), is a reference
to it, not a mention.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.coding.casualties import loses_body_part
from tacitus.coding.refine import PROTEST_FAMILY, VIOLENCE_FAMILY
from tacitus.evaluation.scorecard import Metric, Scorecard
from tacitus.evaluation.wikievents_gold import SPLITS, GoldDoc, GoldEvent, Span, load_documents
from tacitus.linking.arguments import mention_arguments, record_mentions
from tacitus.linking.referents import fused_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.assembly.cluster import Cluster
    from tacitus.evaluation.typing_eval import TypingRunner
    from tacitus.pipeline.doc import ArticleDoc, TriggerMention
    from tacitus.records import Event

_CONFLICT_CODES = VIOLENCE_FAMILY | PROTEST_FAMILY
# KAIROS has no kidnapping type: taking people captive is detention, whoever holds them.
_DETENTION_CODES = frozenset({"arrests", "abduction"})
_DIE = frozenset(
    {"kill", "die", "behead", "execute", "massacre", "death", "dead", "slaughter", "slaying"}
    | {"lose", "claim", "perish", "succumb", "blow to"}  # lost their lives, blown to pieces
    | {"toll"}  # a death toll: KAIROS marks its "death"
)
_INJURE = frozenset(
    {"wound", "wounded", "injure", "injured", "injury", "maim", "mutilate", "hurt", "burn"}
)
# Words that type an event by its weapon or its attacker ("a roadside IED", "the suicide
# bomber"): they name a thing or a person, not the act KAIROS annotates.
_NOT_ACTS = frozenset(
    {"ied", "landmine", "grenade", "rocket", "mortar", "missile", "artillery", "drone"}
    | {"suicide bomber", "hostage"}
)
HeadOf = Callable[[Span], Span]


def predicted_family(trigger: TriggerMention) -> str | None:
    """The KAIROS family of a Tacitus trigger ("killed" is Life.Die, "arrest" and
    "kidnapped" Justice); None for a word that names a weapon or an attacker rather than
    an act."""
    if trigger.lemma in _NOT_ACTS:
        return None
    if trigger.strength == "casualty" or trigger.lemma in _DIE:
        if trigger.lemma in _DIE:
            return "Life.Die"
        return "Life.Injure" if trigger.lemma in _INJURE else None
    if trigger.code in _CONFLICT_CODES:
        return "Conflict"
    return "Justice.Arrest" if trigger.code in _DETENTION_CODES else None


@dataclass(frozen=True, slots=True)
class PredEvent:
    """A predicted trigger mention of a scored family and its role-labelled argument spans."""

    family: str
    trigger: Span
    arguments: tuple[tuple[str, Span], ...]


# Words that say an explosion or a shot went off by mistake.
_ACCIDENT = frozenset(
    {"accidental", "accidentally", "inadvertent", "inadvertently", "prematurely", "premature"}
)


def accidental(token: Token) -> bool:
    """An act its own words call an accident ("two accidental explosions", "the device
    detonated accidentally", "went off prematurely", "exploded by accident"): KAIROS
    annotates an attack, and an accident is none, though ACLED still codes the blast."""
    for child in token.children:
        if child.lower_ in _ACCIDENT and child.dep_ in ("amod", "advmod"):
            return True
        by = child.dep_ == "prep" and child.lower_ == "by"
        if by and any(o.lower_ == "accident" for o in child.children):
            return True
    return False


# Words whose matter is an event already told, not the event itself: a suspect's "role
# in the attack", "tried for the bombing", "responded to the blast", "in connection
# with the attack", "charges of murder". The sentence reports the trial, the inquiry or
# the reaction.
_AFTERMATH_NOUNS = frozenset(
    {"role", "connection", "authorship", "response", "involvement", "charge"}
)
_AFTERMATH_VERBS = frozenset({"involve", "try", "relate", "respond", "cooperate", "participate"})
_AFTERMATH_ADJECTIVES = frozenset({"responsible", "related", "linked", "connected"})
# Verbs of judging an act told: "condemned the attack", "defended the bombing".
_JUDGING_VERBS = frozenset({"condemn", "denounce", "deplore", "defend", "justify", "praise"})


def aftermath_reference(token: Token) -> bool:
    """An event noun that is the matter of a word of a trial, an inquiry or a reaction
    ("his role in the attack", "was tried for the bombing", "responded to the blast",
    "arrested in connection with the attack", "those involved in the attack"), or the
    object of a verb judging it ("condemned the bombing"): said of an event the article
    has already told, it names that event as the matter of another, and is no mention
    of its own."""
    if token.pos_ != "NOUN" or token.dep_ not in ("pobj", "dobj"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
        return False  # "tried for an attack on a bank in 2019" tells of one
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _JUDGING_VERBS
    governor = token.head.head
    lemma = governor.lemma_.lower()
    if governor.pos_ == "NOUN":
        return lemma in _AFTERMATH_NOUNS
    if governor.pos_ == "ADJ":
        return lemma in _AFTERMATH_ADJECTIVES
    return governor.pos_ == "VERB" and lemma in _AFTERMATH_VERBS


def role_name(mention: TriggerMention, side: str) -> str | None:
    """The KAIROS role of an agent or patient: an attack's Attacker and Target, what a
    demonstration is against (its Target; the crowd is a Demonstrator, no Attacker), or
    a casualty's Victim."""
    family = predicted_family(mention)
    if family == "Conflict" and mention.code in PROTEST_FAMILY:
        return "Target" if side == "patient" else None
    if family == "Conflict":
        return "Attacker" if side == "agent" else "Target"
    if family in ("Life.Die", "Life.Injure") and side == "patient":
        return "Victim"
    return None


def predict_events(adoc: ArticleDoc | None, built: list[tuple[Cluster, Event]]) -> list[PredEvent]:
    """Every scored-family trigger mention of the document's event records, each with
    the record's actors that are its arguments (see ``linking.arguments``). A record one
    of whose attack mentions is called an accident keeps none of them: the words of one
    event all name the same blast. After the article's first attack mention, an attack
    named only as the matter of a trial or a reaction is left out (``aftermath_reference``)."""
    doc = adoc.doc if adoc is not None else None
    if adoc is None or doc is None:
        return []
    found: list[PredEvent] = []
    recorded = record_mentions(adoc, built)
    first = min(
        (m.start for _, every in recorded for m in every if predicted_family(m) == "Conflict"),
        default=len(doc.text),
    )
    for (cluster, event), (_, every) in zip(built, recorded, strict=True):
        attacks = [m for m in every if predicted_family(m) == "Conflict"]
        accident = any(accidental(doc[m.head]) for m in attacks)
        retold = {m.start for m in attacks if m.start > first and aftermath_reference(doc[m.head])}
        mentions = [
            m
            for m in every
            if predicted_family(m) is not None
            and not (accident and predicted_family(m) == "Conflict")
            and m.start not in retold
        ]
        arguments = mention_arguments(doc, cluster, event, mentions)
        for mention in mentions:
            kind = predicted_family(mention) or ""
            if kind == "Life.Die" and loses_body_part(doc[mention.head]):
                kind = "Life.Injure"  # "lost both legs", as "lost their lives" is a death
            named = {(role_name(mention, side), span) for side, span in arguments[mention.start]}
            roles = tuple(sorted((r, span) for r, span in named if r is not None))
            found.append(PredEvent(kind, mention_span(doc[mention.head], mention), roles))
    return found


def mention_span(token: Token, mention: TriggerMention) -> Span:
    """The words of a mention as KAIROS marks them: a toll's own modifiers with it ("the
    death toll": the gold marks "death"), else the trigger's own words."""
    if mention.lemma != "toll":
        return (mention.start, mention.end)
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    return (min([mention.start, *(w.idx for w in words)]), mention.end)


def head_of(doc: Doc) -> HeadOf:
    """The character span of a span's head word in ``doc``'s parse, or of the fused
    "more" it ends with ("scores more"); the span itself when it covers no token."""

    def head(span: Span) -> Span:
        tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
        if tokens is None or not len(tokens):
            return span
        root = fused_head(tokens.root)
        if not tokens.start <= root.i < tokens.end:
            root = tokens.root
        return (root.idx, root.idx + len(root.text))

    return head


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(slots=True)
class _Tally:
    gold_triggers: int = 0
    pred_triggers: int = 0
    hit_triggers: int = 0
    gold_args: int = 0
    pred_args: int = 0
    hit_args: int = 0


def _match(gold: GoldDoc, preds: list[PredEvent], tally: _Tally, head: HeadOf) -> None:
    used: set[int] = set()
    tally.gold_triggers += len(gold.events)
    tally.pred_triggers += len(preds)
    tally.gold_args += sum(len(e.arguments) for e in gold.events)
    for pred in preds:
        tally.pred_args += len(pred.arguments)
        index = next(
            (
                n
                for n, g in enumerate(gold.events)
                if n not in used and g.family == pred.family and _overlap(g.trigger, pred.trigger)
            ),
            None,
        )
        if index is None:
            continue
        used.add(index)
        tally.hit_triggers += 1
        tally.hit_args += argument_hits(gold.events[index], pred, head)


def argument_hits(gold: GoldEvent, pred: PredEvent, head: HeadOf) -> int:
    """Predicted arguments whose role and head word are those of a gold argument."""
    open_args = list(gold.arguments)
    hits = 0
    for role, span in pred.arguments:
        word = head(span)
        for item in open_args:
            if item[0] == role and any(head(m) == word for m in item[1]):
                open_args.remove(item)
                hits += 1
                break
    return hits


def _itself(span: Span) -> Span:
    return span


def _prf(card: Scorecard, name: str, hit: int, pred: int, gold: int) -> None:
    precision = hit / pred if pred else 0.0
    recall = hit / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    card.add(f"{name}_precision", hit, pred)
    card.add(f"{name}_recall", hit, gold)
    card.metrics.append(Metric(name=f"{name}_f1", value=round(f1, 4)))


def _card(split: str, tally: _Tally, docs: int, failed: list[str]) -> Scorecard:
    card = Scorecard(dataset=f"wikievents-{split}", task="typing")
    _prf(card, "trigger", tally.hit_triggers, tally.pred_triggers, tally.gold_triggers)
    _prf(card, "argument", tally.hit_args, tally.pred_args, tally.gold_args)
    card.add("failed_documents", len(failed), docs, note="a component raised")
    card.details.extend({"failure": f} for f in failed)
    return card


def score_wikievents(folder: Path, *, runner: TypingRunner) -> list[Scorecard]:
    """Trigger and argument precision, recall and F1, one scorecard per split.

    The pipeline runs through assembly; every mention of every event record is scored
    against the gold mentions, with the actors the record carries as its arguments.
    """
    from tacitus.components.events import assemble

    cards: list[Scorecard] = []
    for split in SPLITS:
        tally = _Tally()
        before = len(runner.failures)
        docs = 0
        details: list[dict[str, object]] = []
        for gold in load_documents(folder, splits=(split,)):
            docs += 1
            adoc = runner.analyse(gold.text, doc_id=gold.id)
            built = assemble(adoc, runner.pipeline.resources) if adoc is not None else []
            preds = predict_events(adoc, built)
            doc = adoc.doc if adoc is not None else None
            _match(gold, preds, tally, head_of(doc) if doc is not None else _itself)
            details.append({"id": gold.id, "gold": len(gold.events), "pred": len(preds)})
        card = _card(split.removesuffix(".jsonl"), tally, docs, runner.failures[before:])
        card.details[:0] = details
        cards.append(card)
    return cards
