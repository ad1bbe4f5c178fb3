"""An event's date from its frames, else from its context, else the publication date.

Order of evidence, each step with its reason in ``EventDate.reason``:

1. a date linked to one of the event's frames ("on Sunday bombed ...");
2. a day named elsewhere in the trigger's sentence ("in a statement issued on Tuesday");
   statements stop here, save one told from a document dated before ("The report said
   ...", :mod:`tacitus.assembly.document_dates`), and fall back to the publication date;
3. a sentence that opens days from the story's last told day ("A day earlier, ...", "The
   next day, ...") is that many days from the latest day named before it; else the latest
   day named in the up to :data:`CONTEXT_SENTENCES` sentences before the trigger in the
   same paragraph ("On Oct. 18, gunmen seized 17 people. The kidnappers ...");
4. the first day named in the article's lead (its first :data:`LEAD_SENTENCES` sentences);
5. the dateline's date, else the publication date.

An act told as months before the story or as what a later act is measured from ("124 days
after he was arrested", :data:`tacitus.linking.references.LOOKS_BACK`) takes no date from
steps 2-4: the days around it are the later story's.

A date that modifies a document noun ("an Oct. 29 article he wrote", "in a statement read
on state television on Tuesday") dates the document, not the event, and is passed over,
save by a statement made in that document ("condemned the attack in a statement on
Tuesday"): the document's day is the statement's. A linked date that dates a report ("officials said
Monday that ...") gives way to another date of the event's sentences that does not; a
linked date outside the trigger's own phrase gives way to one inside it ("hearings were
held Tuesday for journalists detained on February 27": the detention is of February 27),
and a linked date outside the phrase of the noun it is linked to gives way to one that
modifies another mention of the event ("On Wednesday, the charge was upgraded to murder.
... died May 25": the death is of May 25).

Steps 2-4 only take a single day (a point, day precision; in step 2 also a single day of
week precision, "a week ago") no later than publication and
no more than :data:`CONTEXT_MAX_DAYS` before it: an old or vague date nearby says nothing
about an undated new event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.assembly.document_dates import document_date
from tacitus.assembly.durations import lasting_days, stretched
from tacitus.doc_memo import span_text
from tacitus.linking.documents import DOCUMENT_NOUNS, dated_document
from tacitus.linking.noun_dates import noun_dated
from tacitus.linking.references import LOOKS_BACK
from tacitus.linking.tree import token_at
from tacitus.mentions.date_calendar import coarser
from tacitus.mentions.date_relative import NUMBER_WORDS
from tacitus.mentions.dates import DateMention
from tacitus.pipeline.doc import ArticleDoc, Frame
from tacitus.records.event import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "CONTEXT_MAX_DAYS",
    "CONTEXT_SENTENCES",
    "DOCUMENT_NOUNS",
    "LEAD_SENTENCES",
    "dates_a_document",
    "event_date",
    "in_own_phrase",
    "own_phrase_date",
]

CONTEXT_SENTENCES = 3
LEAD_SENTENCES = 3
CONTEXT_MAX_DAYS = 60


def event_date(
    frames: list[Frame], adoc: ArticleDoc, *, statement: bool = False
) -> EventDate | None:
    """The event's date by the rules of the module docstring (None without any date),
    widened to the days the act lasted where the text counts them ("three days of
    clashes", :mod:`tacitus.assembly.durations`)."""
    date = _event_day(frames, adoc, statement=statement)
    lasting = lasting_days(adoc.doc, frames) if adoc.doc is not None else None
    if date is None or lasting is None:
        return date
    return stretched(date, *lasting)


def _event_day(frames: list[Frame], adoc: ArticleDoc, *, statement: bool) -> EventDate | None:
    linked = _linked(frames, adoc, statement=statement)
    if linked is not None:
        return linked
    found = _from_context(frames, adoc, statement=statement)
    if found is not None:
        return _record(*found)
    line = adoc.dateline
    if line is not None and line.date is not None:
        day = line.date.isoformat()
        raw = adoc.article.text[line.start : line.end]
        text = raw.strip()
        begin = line.start + len(raw) - len(raw.lstrip())
        why = "no date for the event in the text: the dateline's date"
        span = (begin, begin + len(text))
        return EventDate(
            start=day, end=day, precision="day", text=text, span=span, reason=why, from_text=False
        )
    if adoc.published is None:
        return None
    return EventDate(
        start=adoc.published.isoformat(),
        end=adoc.published.isoformat(),
        precision="day",
        text=None,
        span=None,
        reason=f"no date in the text: publication date ({adoc.published_reason})",
        from_text=False,
    )


def dates_a_document(mention: DateMention, adoc: ArticleDoc, *, triggers: set[int]) -> bool:
    """The date modifies a document noun that is not one of the event's triggers ("an
    Oct. 29 article he wrote", "in a statement on Friday"), or the verb that tells how the
    document came out ("in a statement read on state television on Tuesday"): it dates
    the document."""
    return _dated_document(mention, adoc, triggers=triggers) is not None


def _dated_document(mention: DateMention, adoc: ArticleDoc, *, triggers: set[int]) -> Token | None:
    doc = adoc.doc
    return None if doc is None else dated_document(doc, mention, triggers=triggers)


def _said_in_document(mention: DateMention, adoc: ArticleDoc, *, triggers: set[int]) -> bool:
    """The date dates the document a statement is made in ("condemned the attack in a
    statement on Tuesday", "denied it in a radio interview on Tuesday"): the statement's
    own day. A document answered ("rejected the Oct. 29 report") dates no statement."""
    document = _dated_document(mention, adoc, triggers=triggers)
    return document is not None and (
        document.dep_ == "pobj" and document.head.lower_ in ("in", "during")
    )


def _dates_other(
    mention: DateMention, adoc: ArticleDoc, *, triggers: set[int], statement: bool
) -> bool:
    """The date is of something other than the event: a noun it is written on ("denied
    Monday's raid"), or a document, unless the event is a statement made in it."""
    if adoc.doc is not None and noun_dated(adoc.doc, mention, triggers=triggers) is not None:
        return True
    if statement and _said_in_document(mention, adoc, triggers=triggers):
        return False
    return dates_a_document(mention, adoc, triggers=triggers)


def _linked(frames: list[Frame], adoc: ArticleDoc, *, statement: bool) -> EventDate | None:
    """Step 1: the first date linked to a frame, unless it dates a report or a document
    (other than the one a statement is made in), or lies outside its trigger's phrase
    while another date of a trigger's sentence lies inside that trigger's phrase."""
    heads = {f.trigger.head for f in frames}
    dated = [
        (f, f.date)
        for f in frames
        if f.date is not None
        and not _dates_other(f.date, adoc, triggers=heads, statement=statement)
    ]
    if not dated:
        return None
    frame, first = min(dated, key=lambda item: item[1].start)
    if first.reported:
        return _record(*_unreported(first, frames, adoc))
    if own_phrase_date(frame, first, adoc) is not None:
        owns = [d for f in frames if (d := own_phrase_date(f, f.date, adoc)) is not None]
        own = min(owns, key=lambda d: d.start)
        return _record(own, "the date inside the trigger's own phrase")
    modifying = _modifying_date(frame, first, dated, adoc)
    if modifying is not None:
        return _record(modifying, "the date that modifies a mention of the event")
    return _record(first, None)


def _modifying_date(
    frame: Frame,
    first: DateMention,
    dated: list[tuple[Frame, DateMention]],
    adoc: ArticleDoc,
) -> DateMention | None:
    """The first linked date inside its own trigger's phrase ("died May 25"), when the
    first linked date is linked to a noun trigger outside the noun's phrase ("On
    Wednesday, the charge was raised to murder": Wednesday dates the raised charge, not
    the murder it names). A verb's clause is its act's ("a bomb tore through a bus on
    Sunday, killing seven": Sunday is the killing's too), and a vaguer date (a month, a
    year) told of a mention elsewhere does not displace a more precise one."""
    if frame.trigger.pos != "NOUN" or in_own_phrase(frame, first, adoc):
        return None
    modifying = [
        d
        for f, d in dated
        if not d.reported
        and coarser(d.precision, first.precision) == first.precision
        and in_own_phrase(f, d, adoc)
    ]
    return min(modifying, key=lambda d: d.start) if modifying else None


def _phrase_depth(trigger: Token, token: Token) -> int | None:
    """Edges from ``token`` up to ``trigger`` when it lies in the trigger's phrase without
    passing another verb (a clause of its own), else None."""
    depth = 0
    node = token
    while node.i != trigger.i:
        if node.head.i == node.i or (depth > 0 and node.pos_ in ("VERB", "AUX")):
            return None
        node, depth = node.head, depth + 1
    return depth


def in_own_phrase(frame: Frame, mention: DateMention, adoc: ArticleDoc) -> bool:
    """The date lies inside the phrase of the frame's trigger ("died May 25", "the
    March 3 raid"), not merely nearest it ("On Tuesday, the charge was raised to murder":
    the day is the charge's)."""
    doc = adoc.doc
    if doc is None:
        return False
    trigger = doc[frame.trigger.head]
    token = token_at(doc, mention.start)
    if token is None or not trigger.sent.start_char <= mention.start < trigger.sent.end_char:
        return False
    return _phrase_depth(trigger, token) is not None


def own_phrase_date(
    frame: Frame, linked: DateMention | None, adoc: ArticleDoc
) -> DateMention | None:
    """A date of the trigger's sentence that lies inside the trigger's own phrase when the
    linked date (if any) does not; None when the linked date stands or none lies inside."""
    doc = adoc.doc
    if doc is None:
        return None
    trigger = doc[frame.trigger.head]
    sent = trigger.sent

    def depth(mention: DateMention) -> int | None:
        token = token_at(doc, mention.start)
        if token is None or not sent.start_char <= mention.start < sent.end_char:
            return None
        return _phrase_depth(trigger, token)

    if linked is not None and depth(linked) is not None:
        return None
    inside = [(d, depth(d)) for d in adoc.dates if d is not linked and d.kind == "point"]
    ranked = [(n, d.start, d) for d, n in inside if n is not None and not d.reported]
    return min(ranked, key=lambda item: item[:2])[2] if ranked else None


def _unreported(
    first: DateMention, frames: list[Frame], adoc: ArticleDoc
) -> tuple[DateMention, str | None]:
    """A date of the event's sentences that does not date a report ("said Monday")."""
    sents = adoc.sents
    bounds = [(sents[f.trigger.sent].start_char, sents[f.trigger.sent].end_char) for f in frames]
    others = [
        d
        for d in adoc.dates
        if not d.reported and d.kind == "point" and any(a <= d.start < b for a, b in bounds)
    ]
    if others:
        return others[0], "the event's own date, not the day it was reported"
    return first, None


def _record(mention: DateMention, why: str | None) -> EventDate:
    return EventDate(
        start=mention.start_date.isoformat(),
        end=mention.end_date.isoformat(),
        precision=mention.precision,
        text=mention.text,
        span=(mention.start, mention.end),
        reason=f"{why}: {mention.reason}" if why else mention.reason,
    )


def _usable(mention: DateMention, adoc: ArticleDoc, *, same_sentence: bool = False) -> bool:
    """A single recent day; in the trigger's own sentence a day of coarser precision too
    ("stormed a church a week ago, abducting 30": the abduction is of that day as well)."""
    if mention.kind != "point" or adoc.published is None:
        return False
    if mention.precision != "day" and not same_sentence:
        return False
    gap = (adoc.published - mention.end_date).days
    return mention.start_date == mention.end_date and 0 <= gap <= CONTEXT_MAX_DAYS


def _from_context(
    frames: list[Frame], adoc: ArticleDoc, *, statement: bool
) -> tuple[DateMention, str] | None:
    """Steps 2-4: the sentence, the paragraph before the trigger, the lead (a statement
    only looks in its own sentence: it is usually made on the day it is reported)."""
    if not frames or adoc.doc is None or all(LOOKS_BACK in f.cues for f in frames):
        return None  # an act told as long before the story, or as what a later one is
        # measured from ("released on Thursday, 124 days after he was arrested"): the
        # days around it are the later story's
    sents = adoc.sents
    anchor = min(frames, key=lambda f: f.trigger.start)
    index = anchor.trigger.sent
    heads = {f.trigger.head for f in frames}
    same = [
        d
        for d in adoc.dates
        if _usable(d, adoc, same_sentence=True)
        and sents[index].start_char <= d.start < sents[index].end_char
        and not _dates_other(d, adoc, triggers=heads, statement=statement)
    ]
    if same:
        return same[0], "date named in the same sentence"
    if statement:
        told = document_date(adoc, index, usable=lambda d: _usable(d, adoc))
        return (told, "date of the document the statement is told from") if told else None
    usable = [d for d in adoc.dates if _usable(d, adoc)]
    if not usable:
        return None
    return _told_before(usable, adoc, index) or _lead_date(usable, sents)


def _told_before(
    usable: Sequence[DateMention], adoc: ArticleDoc, index: int
) -> tuple[DateMention, str] | None:
    """Step 3: a day stepped from the latest one told before, or the paragraph's latest."""
    sents = adoc.sents
    step = day_step(span_text(sents[index]))
    told = [d for d in usable if d.start < sents[index].start_char]
    if step is not None and told:
        return _stepped(told[-1], step), "days from the date of an earlier sentence"
    before = _paragraph_before(adoc, index)
    earlier = [d for d in told if before <= d.start]
    return (earlier[-1], "date of an earlier sentence of the paragraph") if earlier else None


_DAY_STEP = re.compile(
    r"^\W*(?:(?P<n>an?|one|two|three|four|five|\d{1,2})\s+days?\s+(?:(?P<dir>earlier|later)\b"
    r"|(?P<dir2>before|after)\s*,)|the\s+(?P<rel>previous|next|following)\s+day\b"
    r"|the\s+day\s+(?P<rel2>before|after)\s*,)",
    re.IGNORECASE,
)
"""The opening of a sentence that steps days from the last told day; "before" and "after"
only alone ("The day after, ...", not "The day after the girl went missing, ...", which
dates from that event)."""


def day_step(sentence: str) -> int | None:
    """Days from the story's last told day that a sentence opens with: "A day earlier,"
    -1, "The next day," +1, "Two days later," +2; None without such an opening."""
    match = _DAY_STEP.match(sentence)
    if match is None:
        return None
    if match.group("n"):
        word = match.group("n").lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS[word]
        direction = (match.group("dir") or match.group("dir2")).lower()
        return -count if direction in ("earlier", "before") else count
    relation = (match.group("rel") or match.group("rel2")).lower()
    return -1 if relation in ("previous", "before") else 1


def _stepped(told: DateMention, step: int) -> DateMention:
    day = told.start_date + dt.timedelta(days=step)
    why = f"{abs(step)} day{'s' if abs(step) > 1 else ''} {'before' if step < 0 else 'after'}"
    return replace(told, start_date=day, end_date=day, reason=f"{why} {told.reason}")


def _paragraph_before(adoc: ArticleDoc, index: int) -> int:
    """Where the context window before sentence ``index`` starts (paragraph-bounded)."""
    sents = adoc.sents
    start = sents[max(index - CONTEXT_SENTENCES, 0)].start_char
    text = adoc.article.text
    paragraph = text.rfind("\n\n", 0, sents[index].start_char)
    return max(start, paragraph + 2 if paragraph >= 0 else 0)


def _lead_date(
    usable: Sequence[DateMention], sents: Sequence[Span]
) -> tuple[DateMention, str] | None:
    lead_end = sents[min(LEAD_SENTENCES, len(sents)) - 1].end_char
    lead = [d for d in usable if d.start < lead_end]
    return (lead[0], "date of the article's lead") if lead else None
