"""Event factory shared by the export tests (no tests of its own)."""

from __future__ import annotations

from typing import Any

from tacitus.records.article import Article
from tacitus.records.event import (
    AcledCoding,
    ActorRef,
    Claim,
    Count,
    Event,
    EventDate,
    Location,
    LocationPrecision,
    PloverCoding,
)

ARTICLE_TEXT = (
    "Crowds angered by the air raids gathered outside the embassy in Baghdad on Tuesday. "
    "Organisers said around 6,000 people marched, and at least 62 were hurt according to "
    "the Popular Mobilization Forces, a figure reporters could not confirm."
)


def make_article(article_id: str = "art_1", source: str | None = "Tigris Daily") -> Article:
    """An article whose text the factory's spans point into."""
    return Article(id=article_id, text=ARTICLE_TEXT, source=source, url="https://example.org/a")


def make_location(**overrides: Any) -> Location:
    """Baghdad at town precision, unless overridden."""
    fields: dict[str, Any] = {
        "name": "Baghdad",
        "country": "IRQ",
        "admin1": "Baghdad",
        "lat": 33.3406,
        "lon": 44.4009,
        "geonameid": 98182,
        "precision": LocationPrecision(acled=1, ucdp=1, plover=4),
        "text": "Baghdad",
        "span": (63, 70),
        "reason": "named in the event sentence",
    }
    return Location(**(fields | overrides))


def make_event(**overrides: Any) -> Event:
    """A new protest at the embassy in Baghdad: ACLED-coded, geolocated, with a claim."""
    fields: dict[str, Any] = {
        "event_id": "ev_0123456789abcdef",
        "article_ids": ["art_1"],
        "status": "new",
        "acled": AcledCoding(
            event_type="Protests",
            sub_event_type="Peaceful protest",
            disorder_type="Demonstrations",
            inter1=6,
            interaction=60,
        ),
        "plover": PloverCoding(event="PROTEST", mode=["demo"], context=["diplomatic"]),
        "cameo": "141",
        "date": EventDate(
            start="2019-12-31",
            end="2019-12-31",
            precision="day",
            text="on Tuesday",
            span=(71, 81),
            reason="relative to publication date",
        ),
        "location": make_location(),
        "actors": [
            ActorRef(
                role="actor1",
                name="Protesters (Iraq)",
                inter=6,
                country="IRQ",
                text="Crowds",
                span=(0, 6),
            ),
        ],
        "counts": {
            "participants": Count(
                low=6000,
                best=6000,
                text="around 6,000 people marched",
                span=(104, 131),
                hedge="around",
            ),
            "injured": Count(
                low=62,
                best=62,
                text="at least 62 were hurt",
                span=(137, 158),
                hedge="at least",
                claimed_by="Popular Mobilization Forces",
                verified=False,
            ),
        },
        "claims": [
            Claim(
                field="injured",
                value=62,
                claimed_by="Popular Mobilization Forces",
                verified=False,
                verb="according to",
                span=(137, 222),
            ),
        ],
        "summary": "Protesters angered by air raids gathered outside the US embassy in Baghdad",
        "confidence": 0.8,
    }
    return Event(**(fields | overrides))


def make_strike(**overrides: Any) -> Event:
    """A two-sided air strike with a disputed toll, only the country known."""
    fields: dict[str, Any] = {
        "event_id": "ev_fedcba9876543210",
        "acled": AcledCoding(
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            disorder_type="Political violence",
            inter1=8,
            inter2=3,
            interaction=38,
        ),
        "plover": PloverCoding(event="ASSAULT", mode=["aerial"], context=["military"]),
        "cameo": "195",
        "location": make_location(
            name="Iraq",
            admin1=None,
            lat=33.0,
            lon=44.0,
            geonameid=99237,
            precision=LocationPrecision(acled=3, ucdp=6, plover=1),
        ),
        "actors": [
            ActorRef(
                role="actor1",
                name="Military Forces of the United States",
                inter=8,
                country="USA",
                text="American jets",
                span=(0, 13),
            ),
            ActorRef(
                role="actor2",
                name="Kataib Hezbollah",
                inter=3,
                country="IRQ",
                text="Kataib Hezbollah",
                span=(20, 36),
            ),
            ActorRef(
                role="assoc",
                name="Popular Mobilization Forces",
                text="the PMF",
                span=(40, 47),
                associated_with="actor2",
            ),
        ],
        "counts": {
            "fatalities": Count(
                low=25,
                best=25,
                high=27,
                text="at least 25 were killed",
                span=(50, 73),
                hedge="at least",
            ),
        },
        "claims": [],
        "summary": None,
    }
    return make_event(**fields | overrides)
