"""Load on the desk API: requests/s and p50/p99 latency of the event list and aggregates.

    .venv/bin/python bench/api_load.py [--events 100000] [--clients 50] [--requests 2000]
                                       [--seconds 30] [--db FILE] [--json FILE]

Stores synthetic events (once per --db file), starts ``tacitus serve``'s app in a second
process on 127.0.0.1, then hits it from this process with --clients concurrent clients.
Each endpoint runs until --requests responses or --seconds have passed, whichever is first.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from tacitus.records import Article, Event
from tacitus.store import SQLiteStore

COUNTRIES = [
    ("IRQ", 33.2, 43.7),
    ("SYR", 34.8, 39.0),
    ("YEM", 15.5, 47.5),
    ("UKR", 49.0, 32.0),
    ("NGA", 9.1, 8.7),
    ("COL", 4.6, -74.1),
    ("MEX", 23.6, -102.5),
    ("KEN", 0.0, 37.9),
    ("PAK", 30.4, 69.3),
    ("MMR", 21.9, 95.9),
]
TYPES = [
    ("Protests", "Peaceful protest", "PROTEST"),
    ("Battles", "Armed clash", "FIGHT"),
    ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    ("Violence against civilians", "Attack", "ASSAULT"),
    ("Riots", "Mob violence", "PROTEST"),
]
TEXT = "Synthetic report number {n}: fighting was reported near the town on Monday.\n"
PER_ARTICLE = 10


def _event(n: int, article_id: str, rng: random.Random) -> Event:
    country, lat, lon = rng.choice(COUNTRIES)
    event_type, sub_type, plover = rng.choice(TYPES)
    day = f"{2015 + n % 9}-{1 + n % 12:02d}-{1 + n % 28:02d}"
    killed = rng.choice([None, None, 0, 1, 3, 12])
    counts = {} if killed is None else {"fatalities": {"best": killed, "text": "x", "span": [0, 1]}}
    return Event.model_validate(
        {
            "event_id": f"ev_bench_{n:08d}",
            "article_ids": [article_id],
            "cameo": "190",
            "acled": {"event_type": event_type, "sub_event_type": sub_type, "disorder_type": "x"},
            "plover": {"event": plover},
            "date": {"start": day, "end": day, "precision": "day", "reason": "synthetic"},
            "location": {
                "name": country,
                "country": country,
                "admin1": f"Region {n % 7}",
                "lat": lat + rng.uniform(-2, 2),
                "lon": lon + rng.uniform(-2, 2),
                "precision": {"acled": 1, "ucdp": 1, "plover": 1},
                "reason": "synthetic",
            },
            "actors": [{"role": "actor1", "name": f"Group {n % 50}", "text": "x", "span": [0, 1]}],
            "counts": counts,
            "confidence": round(rng.uniform(0.3, 1.0), 2),
        }
    )


def fill(db: Path, *, events: int) -> None:
    """Store ``events`` synthetic events, ten per article, unless the store has them."""
    rng = random.Random(7)
    with SQLiteStore(db) as store:
        if store.stats().events >= events:
            return
        for first in range(0, events, PER_ARTICLE):
            article = Article(id=f"bench-{first}", text=TEXT.format(n=first))
            batch = [
                _event(n, article.id, rng) for n in range(first, min(first + PER_ARTICLE, events))
            ]
            store.save(article, batch)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    """The app in a second process; returns once it answers."""
    code = (
        "import uvicorn\nfrom tacitus.api import create_app\n"
        f"uvicorn.run(create_app(db={str(db)!r}, tokens=None, public_reads=True),"
        f" host='127.0.0.1', port={port}, log_level='warning')"
    )
    server = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1).raise_for_status()
            return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("the server did not start within 30 s")


async def _hammer(
    base: str, paths: list[str], *, clients: int, requests: int, seconds: float
) -> dict[str, float]:
    latencies: list[float] = []
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker(k: int) -> None:
            i = k
            while len(latencies) < requests and time.monotonic() < deadline:
                began = time.perf_counter()
                response = await client.get(paths[i % len(paths)])
                response.raise_for_status()
                latencies.append(time.perf_counter() - began)
                i += clients

        began = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(cuts[49] * 1000, 1),
        "p99_ms": round(cuts[98] * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="per endpoint, at most")
    parser.add_argument("--seconds", type=float, default=30.0, help="per endpoint, at most")
    parser.add_argument("--db", type=Path, help="store to use (default: a temporary file)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    db = args.db or Path(tempfile.mkdtemp(prefix="tacitus-load-")) / "load.db"
    began = time.perf_counter()
    fill(db, events=args.events)
    print(f"store: {args.events} events in {db} ({time.perf_counter() - began:.1f} s)")
    port = _free_port()
    server = start_server(db, port)
    endpoints = {
        "events (filtered page of 100)": [
            f"/api/events?country={c}&since=2018-01-01&limit=100" for c, _, _ in COUNTRIES
        ],
        "aggregates (by week, one country)": [
            f"/api/aggregates?by=week&country={c}" for c, _, _ in COUNTRIES
        ],
    }
    figures = {}
    try:
        for name, paths in endpoints.items():
            figures[name] = asyncio.run(
                _hammer(
                    f"http://127.0.0.1:{port}",
                    paths,
                    clients=args.clients,
                    requests=args.requests,
                    seconds=args.seconds,
                )
            )
            print(f"{name}: {figures[name]}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
