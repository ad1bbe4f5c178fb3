"""The geoparser's output record: one toponym of one article, resolved or not."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from tacitus.pipeline.doc import PlaceMention


@dataclass(frozen=True, slots=True)
class Toponym:
    """One toponym as ``tacitus geoparse`` writes it (character offsets into the text).

    ``country`` is ISO-3; ``name`` to ``feature_code`` are ``None`` when the toponym was
    found but not resolved. ``is_event_location`` says whether an extracted event takes
    this mention as where it happened.
    """

    article_id: str
    start: int
    end: int
    text: str
    name: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    country: str | None
    admin1: str | None
    feature_code: str | None
    kind: str | None
    metonym: bool
    is_event_location: bool
    score: float
    reason: str

    @classmethod
    def from_mention(
        cls, mention: PlaceMention, *, article_id: str, is_event_location: bool = False
    ) -> Toponym:
        """The record of a place mention (resolved or not)."""
        place = mention.place
        return cls(
            article_id=article_id,
            start=mention.start,
            end=mention.end,
            text=mention.text,
            name=place.name if place else None,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            geonameid=place.geonameid if place else None,
            country=place.country if place else None,
            admin1=place.admin1 if place and place.kind != "country" else None,
            feature_code=place.feature_code if place else None,
            kind=place.kind if place else None,
            metonym=mention.metonym,
            is_event_location=is_event_location,
            score=round(mention.score, 3),
            reason=mention.reason,
        )

    def as_dict(self) -> dict[str, object]:
        """The record as a JSON-ready mapping."""
        return asdict(self)
