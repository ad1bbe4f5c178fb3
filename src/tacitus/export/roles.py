"""Which of an event's actors fills a format's second-actor column."""

from __future__ import annotations

from tacitus.records.event import ActorRef, Event


def second_actor(event: Event) -> ActorRef | None:
    """The event's actor2; else its first target that has an actor type (an ACLED inter
    code), so that victims known only by their text ("40 people") stay out of typed columns."""
    actor2 = event.actor("actor2")
    if actor2 is not None:
        return actor2
    return next((a for a in event.actors if a.role == "target" and a.inter is not None), None)
