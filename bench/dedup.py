"""Incremental matching cost per new event with many events stored (synthetic events).

    .venv/bin/python bench/dedup.py [--stored N] [--probe M] [--db FILE] [--json FILE]

Fills a store with N synthetic single-report events (50 countries, ten years, random
places and types), then times M further saves, each one article with one event: the
save includes blocking, scoring and re-deriving the canonical event in one transaction.
Also reports the fill rate (events/s) and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

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
from tacitus.store import SQLiteStore

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


def synthetic(rng: random.Random, n: int) -> tuple[Article, Event]:
    """Article ``n`` and its one event."""
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    country = f"C{rng.randrange(50):02d}"
    kind, sub = rng.choice(_TYPES)
    text = " ".join(rng.choices(_WORDS, k=20))
    art = Article(id=f"a{n}", text=text, published=day)
    event = Event(
        event_id=f"ev_{n}",
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
        evidence=[Evidence(span=(0, len(text)), text=text)],
    )
    return art, event


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--probe", type=int, default=500)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(7)
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.db"
    with SQLiteStore(path) as store:
        started = time.perf_counter()
        for n in range(args.stored):
            art, event = synthetic(rng, n)
            store.save(art, [event])
        fill = time.perf_counter() - started
        times = []
        for n in range(args.stored, args.stored + args.probe):
            art, event = synthetic(rng, n)
            tick = time.perf_counter()
            store.save(art, [event])
            times.append((time.perf_counter() - tick) * 1000)
        stats = store.stats()
    result = {
        "stored": args.stored,
        "canonical_events": stats.events,
        "fill_events_per_s": round(args.stored / fill, 1),
        "save_ms_median": round(statistics.median(times), 3),
        "save_ms_p95": round(sorted(times)[int(0.95 * len(times)) - 1], 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
