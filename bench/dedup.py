"""Incremental matching cost per new event with many events stored (synthetic events).

    .venv/bin/python bench/dedup.py [--stored N] [--probe M] [--rebuild] [--json FILE]
                                    [--db FILE [--reuse]] [--unknown-dates] [--placeless F]

Fills a store with N synthetic single-report events (50 countries, ten years, random
places and types; each article about 2,500 characters of made-up names and words) in
batched inserts (the bench's own setup: each event its own canonical event, as the matcher
would leave random events), then times M further saves, each one article with one event:
the save includes storing the article (and its full-text index), blocking, scoring and
re-deriving the canonical event in one transaction; the matching alone (blocking, scoring,
re-deriving) is timed too. ``--rebuild`` also times ``rebuild_canonical`` over every stored
event. Reports peak resident memory of the process. ``--reuse`` keeps the events ``--db``
already holds (filling only up to N), so that a 1M fill, the probes and the rebuild can
run as separate commands, each under ten minutes. ``--unknown-dates`` matches as
``tacitus eval dedup`` does (dates block nothing), and ``--placeless F`` leaves a share F of
the probe events without a place: such an event of no known country is held against the
most recent events of every country (``canonical_rows.block_sql``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tacitus.dedup.matcher import Matcher
from tacitus.dedup.profile import MatchProfile
from tacitus.dedup.words import ArticleContext
from tacitus.records.article import Article
from tacitus.records.event import (
    AcledCoding,
    ActorRef,
    Event,
    EventDate,
    Evidence,
    Location,
    LocationPrecision,
    PloverCoding,
)
from tacitus.store import SQLiteStore, rows
from tacitus.store.canonical_rows import span_class

_TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Protests", "Peaceful protest"),
)
_WORDS = [
    "army",
    "rebels",
    "shelled",
    "village",
    "market",
    "protest",
    "police",
    "killed",
    "wounded",
    "town",
    "road",
]
_SYLLABLES = ("ka", "lo", "mar", "ten", "vi", "so", "ra", "bel", "dun", "os", "ib", "ek")
_SENTENCES = 24
"""An article of about 2,500 characters: two dozen sentences, each naming two people or places."""


def _name(rng: random.Random) -> str:
    """One of about 1,900 made-up capitalised names (two or three syllables)."""
    return "".join(rng.choices(_SYLLABLES, k=rng.choice((2, 3)))).capitalize()


def article_text(rng: random.Random, day: dt.date) -> str:
    """Running text as a news article has it: names, years and ordinary words."""
    sentences = []
    for _ in range(_SENTENCES):
        words = rng.choices(_WORDS, k=12)
        for _ in range(2):
            words.insert(rng.randrange(1, len(words)), _name(rng))
        if rng.random() < 0.3:
            words.append(f"in {day.year - rng.choice((0, 0, 1))}")
        sentences.append("The " + " ".join(words) + ".")
    return " ".join(sentences)


def synthetic(rng: random.Random, n: int, *, prefix: str = "") -> tuple[Article, Event]:
    """Article ``n`` and its one event; ``prefix`` starts both ids (probes have their own)."""
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    country = f"C{rng.randrange(50):02d}"
    kind, sub = rng.choice(_TYPES)
    text = article_text(rng, day)
    art = Article(id=f"{prefix}a{n}", text=text, published=day)
    lead = text[: text.index(".") + 1]
    event = Event(
        event_id=f"{prefix}ev_{n}",
        article_ids=[art.id],
        acled=AcledCoding(event_type=kind, sub_event_type=sub, disorder_type="Political violence"),
        plover=PloverCoding(event="ASSAULT"),
        cameo="190",
        date=EventDate(start=day.isoformat(), end=day.isoformat(), precision="day", reason="b"),
        location=Location(
            name="somewhere",
            country=country,
            lat=rng.uniform(-40, 40),
            lon=rng.uniform(-40, 40),
            precision=LocationPrecision(acled=1, ucdp=1, plover=4),
            reason="bench",
        ),
        actors=[ActorRef(role="actor1", name=f"Group {rng.randrange(200)}", text="g", span=(0, 1))],
        evidence=[Evidence(span=(0, len(lead)), text=lead)],
    )
    return art, event


_BATCH = 5000


def bulk_fill(store: SQLiteStore, rng: random.Random, n: int, *, start: int = 0) -> None:
    """Insert synthetic events ``start`` to ``n``, each its own canonical event, in batches.

    A fill that goes on from ``start`` draws from a stream of its own: ``rng`` afresh would
    repeat the stored events' days, places and words, and a rebuild would merge them.
    """
    conn = store._conn  # the bench's own setup path, not a public API
    if start:
        rng = random.Random(f"fill from {start}")
    for first in range(start, n, _BATCH):
        made = [synthetic(rng, k) for k in range(first, min(n, first + _BATCH))]
        contexts = [ArticleContext.of(a.text) for a, _ in made]
        stamp = rows.now()
        conn.execute("BEGIN")
        conn.executemany(
            f"INSERT INTO articles ({rows.ARTICLE_COLUMNS}, content_hash, first_seen, updated,"
            " context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (*rows.article_values(a), a.content_hash, stamp, stamp, c.to_json())
                for (a, _), c in zip(made, contexts, strict=True)
            ],
        )
        conn.executemany(
            rows.EVENT_INSERT, [rows.event_values(e, article_id=a.id) for a, e in made]
        )
        linked = [
            (a, e, MatchProfile.of(e, context=c)) for (a, e), c in zip(made, contexts, strict=True)
        ]
        conn.executemany(
            "INSERT INTO reports (event_id, canonical_id, article_id, joined_at, profile)"
            " VALUES (?, ?, ?, ?, ?)",
            [(e.event_id, e.event_id, a.id, stamp, p.to_json()) for a, e, p in linked],
        )
        # A canonical event's profile leaves its report's story words out, as the store's.
        conn.executemany(
            _CANONICAL, [_canonical_row(e, p.without_story().to_json()) for _, e, p in linked]
        )
        conn.execute("COMMIT")


_CANONICAL = (
    "INSERT INTO canonical_events (event_id, status, date_start, date_end, span_class,"
    " country, event_type, sub_event_type, plover_event, lat, lon, confidence, reports,"
    " json, profile, place_precision, geonameid)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"
)


def _canonical_row(event: Event, profile: str) -> tuple[object, ...]:
    place = event.location
    assert place is not None and event.acled is not None
    return (
        event.event_id,
        event.status,
        event.date.start,
        event.date.end,
        span_class(event.date.start, event.date.end),
        place.country,
        event.acled.event_type,
        event.acled.sub_event_type,
        event.plover.event,
        place.lat,
        place.lon,
        event.confidence,
        event.model_dump_json(),
        profile,
        place.precision.ucdp,
        place.geonameid,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--probe", type=int, default=500)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--reuse", action="store_true", help="keep the events --db holds")
    parser.add_argument(
        "--unknown-dates",
        action="store_true",
        help="match as for a corpus without publication dates (Matcher(undated_days=None)):"
        " stand-in dates are unknown and block nothing",
    )
    parser.add_argument(
        "--placeless",
        type=float,
        default=0.0,
        help="share of probe events that give no place (and so no country)",
    )
    parser.add_argument(
        "--synchronous",
        choices=("FULL", "NORMAL"),
        default="FULL",
        help="FULL (the store's own: each save waits for the disk) or NORMAL (no fsync per"
        " commit: isolates the cost of matching from the disk's)",
    )
    args = parser.parse_args()
    rng = random.Random(7)
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.db"
    result: dict[str, object] = {"stored": args.stored}
    matcher = Matcher(undated_days=None) if args.unknown_dates else Matcher()
    result["unknown_dates"] = args.unknown_dates
    result["placeless"] = args.placeless
    with SQLiteStore(path, matcher=matcher) as store:
        held = _filled(store) if args.reuse else 0
        if held < args.stored:
            started = time.perf_counter()
            bulk_fill(store, rng, args.stored, start=held)
            result["bulk_fill_s"] = round(time.perf_counter() - started, 1)
        result["stored"] = store.stats().reports
        store._conn.execute(f"PRAGMA synchronous = {args.synchronous}")  # the bench's choice
        result["synchronous"] = args.synchronous
        if args.probe:
            # Its own stream, and new ids after any earlier run's probes on a reused store.
            first = _probed(store)
            probes = random.Random(f"probe {first} {result['stored']}")
            result.update(
                _probe(store, probes, first=first, count=args.probe, placeless=args.placeless)
            )
        print(json.dumps(result), file=sys.stderr, flush=True)
        if args.rebuild:
            result.update(_time_rebuild(store))
        result["canonical_events"] = store.stats().events
    result["peak_rss_mb"] = _peak_mb()
    json.dump(result, sys.stdout, indent=2)
    print()
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


def _probe(
    store: SQLiteStore, rng: random.Random, *, first: int, count: int, placeless: float
) -> dict[str, float]:
    """Time ``count`` saves of one new article with one event each, and within each the
    matching alone (``CanonicalLinks.attach``: blocking, scoring, re-deriving); a share
    ``placeless`` of the events give no place."""
    times: list[float] = []
    matching: list[float] = []
    links = store._links  # the bench's own probe, not a public API
    attach = links.attach

    def timed_attach(*args: Any, **kwargs: Any) -> Any:
        tick = time.perf_counter()
        try:
            return attach(*args, **kwargs)
        finally:
            matching.append((time.perf_counter() - tick) * 1000)

    links.attach = timed_attach  # type: ignore[method-assign]
    try:
        for n in range(first, first + count):
            art, event = synthetic(rng, n, prefix="probe-")
            if rng.random() < placeless:
                event = event.model_copy(update={"location": None})
            tick = time.perf_counter()
            store.save(art, [event])
            times.append((time.perf_counter() - tick) * 1000)
    finally:
        links.attach = attach  # type: ignore[method-assign]
    return {
        "save_ms_median": _median(times),
        "save_ms_p95": _p95(times),
        "match_ms_median": _median(matching),
        "match_ms_p95": _p95(matching),
        "rss_after_probe_mb": _peak_mb(),
    }


def _filled(store: SQLiteStore) -> int:
    """How many events an earlier fill stored (probes' ids have a prefix of their own)."""
    return _count(store, "a[0-9]*")


def _probed(store: SQLiteStore) -> int:
    """How many probe articles earlier runs stored."""
    return _count(store, "probe-a[0-9]*")


def _count(store: SQLiteStore, ids: str) -> int:
    found = store._conn.execute("SELECT count(*) FROM articles WHERE id GLOB ?", (ids,))
    return int(found.fetchone()[0])


def _median(times: list[float]) -> float:
    return round(statistics.median(times), 3)


def _p95(times: list[float]) -> float:
    return round(sorted(times)[int(0.95 * len(times)) - 1], 3)


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _time_rebuild(store: SQLiteStore) -> dict[str, object]:
    """Time ``rebuild_canonical`` over every stored event."""
    total = store.stats().reports
    started = time.perf_counter()
    done = itertools.count(1)

    def progress() -> None:
        if (n := next(done)) % 100_000 == 0:
            seconds = round(time.perf_counter() - started, 1)
            print(f"rebuild: {n} events in {seconds} s", file=sys.stderr, flush=True)

    events = store.rebuild_canonical(on_event=progress)
    seconds = time.perf_counter() - started
    return {
        "rebuild_events": total,
        "rebuild_s": round(seconds, 1),
        "rebuild_events_per_s": round(total / seconds, 1),
        "rebuild_canonical_events": events,
    }


if __name__ == "__main__":
    main()
