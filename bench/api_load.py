"""Load on the desk API: requests/s and p50/p99 latency of the event list and aggregates.

    .venv/bin/python bench/api_load.py [--events 100000] [--clients 50] [--requests 4000]
                                       [--seconds 30] [--workers 1] [--threads 8]
                                       [--cache-seconds 5] [--db FILE] [--json FILE]

Stores synthetic events (once per --db file), starts ``tacitus serve --workers N`` in a
second process on 127.0.0.1, then hits it from this process with --clients concurrent
keep-alive connections. Each endpoint runs until --requests responses or --seconds have
passed, whichever is first, after a short warm-up.

The clients speak plain HTTP/1.1 over asyncio streams: httpx's async pool, shared by 50
connections, tops out near 140 requests/s on a two-core machine even against a server
that answers instantly, so it measured itself rather than the API.
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


def start_server(
    db: Path, port: int, *, workers: int, threads: int, cache_seconds: float
) -> subprocess.Popen[bytes]:
    """``tacitus serve`` in a second process; returns once it answers."""
    argv = ["serve", "--db", str(db), "--port", str(port), "--workers", str(workers)]
    argv += ["--threads", str(threads), "--cache-seconds", str(cache_seconds)]
    argv += ["--log-level", "warning"]
    code = (
        f"import sys\nfrom tacitus.cli.app import main\nsys.argv = {['tacitus', *argv]!r}\nmain()"
    )
    server = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1).raise_for_status()
            return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("the server did not start within 60 s")


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One keep-alive GET; the status (the body is read and dropped)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    length = None
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length is None:
        raise RuntimeError(f"{path}: the answer has no Content-Length")
    await reader.readexactly(length)
    return int(head.split(b" ", 2)[1])


async def _hammer(
    port: int, paths: list[str], *, clients: int, requests: int, seconds: float
) -> dict[str, float]:
    latencies: list[float] = []
    deadline = time.monotonic() + seconds

    async def worker(k: int, count: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        i = k
        try:
            while count and time.monotonic() < deadline:
                began = time.perf_counter()
                status = await _get(reader, writer, paths[i % len(paths)])
                if status != 200:
                    raise RuntimeError(f"{paths[i % len(paths)]} answered {status}")
                latencies.append(time.perf_counter() - began)
                i, count = i + clients, count - 1
        finally:
            writer.close()

    await asyncio.gather(*(worker(k, 5) for k in range(clients)))  # warm-up, not counted
    latencies.clear()
    began = time.perf_counter()
    share = -(-requests // clients)
    await asyncio.gather(*(worker(k, share) for k in range(clients)))
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
    parser.add_argument("--requests", type=int, default=4000, help="per endpoint, at most")
    parser.add_argument("--seconds", type=float, default=30.0, help="per endpoint, at most")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--threads", type=int, default=8, help="worker threads per process")
    parser.add_argument("--cache-seconds", type=float, default=5.0, help="0: no totals cache")
    parser.add_argument("--db", type=Path, help="store to use (default: a temporary file)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    db = args.db or Path(tempfile.mkdtemp(prefix="tacitus-load-")) / "load.db"
    began = time.perf_counter()
    fill(db, events=args.events)
    print(f"store: {args.events} events in {db} ({time.perf_counter() - began:.1f} s)")
    port = _free_port()
    server = start_server(
        db, port, workers=args.workers, threads=args.threads, cache_seconds=args.cache_seconds
    )
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
                    port,
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
