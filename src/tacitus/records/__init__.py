"""Typed records: the article that goes in and the event that comes out."""

from tacitus.records.article import Article
from tacitus.records.event import (
    AcledCoding,
    ActorRef,
    Claim,
    Count,
    CountKind,
    Event,
    EventDate,
    EventStatus,
    Evidence,
    Location,
    LocationPrecision,
    PloverCoding,
    Span,
    Trigger,
    UcdpEstimate,
)

__all__ = [
    "AcledCoding",
    "ActorRef",
    "Article",
    "Claim",
    "Count",
    "CountKind",
    "Event",
    "EventDate",
    "EventStatus",
    "Evidence",
    "Location",
    "LocationPrecision",
    "PloverCoding",
    "Span",
    "Trigger",
    "UcdpEstimate",
]
