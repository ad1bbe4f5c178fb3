"""Throughput of the full pipeline against spaCy's parse alone, on the same texts.

    .venv/bin/python bench/throughput.py [FOLDER ...] [--repeat N] [--json FILE]

Reports articles/s and words/s of both, their ratio, each component's share of the
time and the peak resident memory of the process. Models and data are loaded before
timing starts, so the figures are steady-state throughput.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from tacitus.ingest import LoadFailure, iter_articles
from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _load(paths: list[Path], repeat: int) -> list[Article]:
    articles = [a for a in iter_articles(paths) if not isinstance(a, LoadFailure)]
    copies = []
    for n in range(repeat):
        copies.extend(a.model_copy(update={"id": f"{a.id}#{n}"}) for a in articles)
    return copies


def _parse_only(pipeline: Pipeline, texts: list[str]) -> float:
    began = time.perf_counter()
    for _ in pipeline.resources.nlp.pipe(texts, batch_size=pipeline.config.batch_size):
        pass
    return time.perf_counter() - began


def _full(pipeline: Pipeline, articles: list[Article]) -> tuple[float, dict[str, float], int]:
    shares: dict[str, float] = defaultdict(float)
    failures = 0
    began = time.perf_counter()
    for result in pipeline.pipe(articles):
        failures += result.error is not None
        for name, seconds in result.timings.items():
            shares[name] += seconds
    return time.perf_counter() - began, dict(shares), failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("samples")])
    parser.add_argument("--repeat", type=int, default=5, help="run the texts this many times")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    articles = _load(args.paths, args.repeat)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    pipeline = Pipeline()
    pipeline.extract(
        "Warm-up: police arrested two men in Baghdad on Monday.", published="2020-01-01"
    )
    parse_s = _parse_only(pipeline, texts)
    full_s, shares, failures = _full(pipeline, articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "articles": len(articles),
        "words": words,
        "parse_articles_per_s": round(len(articles) / parse_s, 2),
        "parse_words_per_s": round(words / parse_s),
        "full_articles_per_s": round(len(articles) / full_s, 2),
        "full_words_per_s": round(words / full_s),
        "ratio_full_to_parse": round(parse_s / full_s, 3),
        "peak_rss_mb": round(peak_mb),
        "failures": failures,
        "component_share": {k: round(v / full_s, 3) for k, v in sorted(shares.items())},
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
