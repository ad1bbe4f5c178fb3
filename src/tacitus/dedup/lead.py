"""The event an article is about: the one its headline and lead report.

A coder matching a new article against stored events starts from its main event, the
one the article was written to report, and holds it first against the main events of
earlier articles: two reports of one story lead with it. The other events an article
mentions (an earlier attack, the arrest that followed, a funeral) are matched after it,
so that a side mention never takes the place in a canonical event that the article's own
main event should have (an article's events are never two reports of one event).
"""

from __future__ import annotations

from collections.abc import Sequence

from tacitus.records.event import Event

LEAD_WORDS = 8
"""A paragraph of fewer words (a byline, a dateline, a headline) is not yet the lead."""
_SENTENCE_END = (".", "!", "?", '"', "”")
_STEM = 5
"""A trigger's lemma is counted in the text by its first letters ("shoot" in "shooting")."""
_FOLLOW_UP = "Strategic developments"


def main_event(text: str, events: Sequence[Event]) -> Event | None:
    """The event a report is about, as a coder reads it: among events reported as new
    (else any), a coded one, then a violent one, then one whose trigger is in the
    headline or lead, then the one whose trigger's word the article repeats most, then
    the most confident.
    """
    reported = [e for e in events if e.status == "new"] or list(events)
    if not reported:
        return None
    lead, lowered = lead_end(text), text.casefold()

    def rank(event: Event) -> tuple[bool, bool, bool, int, float]:
        trigger = event.trigger
        in_lead = trigger is not None and trigger.span[0] < lead
        repeated = lowered.count(trigger.lemma[:_STEM].casefold()) if trigger else 0
        coded = event.acled is not None
        violent = coded and event.acled is not None and event.acled.event_type != _FOLLOW_UP
        return coded, violent, in_lead, repeated, event.confidence

    return max(reported, key=rank)


def lead_end(text: str) -> int:
    """Where the headline and lead end: after the first paragraph that is a full sentence
    (``LEAD_WORDS`` words or more, ending a sentence); the whole text when none is."""
    position = 0
    for paragraph in text.split("\n\n"):
        position += len(paragraph) + 2
        if len(paragraph.split()) >= LEAD_WORDS and paragraph.rstrip().endswith(_SENTENCE_END):
            return position
    return len(text)


def lead_first(events: Sequence[Event], lead: Event | None) -> list[Event]:
    """``events`` in the order they are matched: the article's main event first, then
    the rest in their order."""
    if lead is None:
        return list(events)
    return [lead, *(e for e in events if e is not lead)]
