"""Speed of the place layer: toponyms resolved per second, and its share of the pipeline.

    .venv/bin/python bench/geoparse.py [FOLDER ...] [--repeat N] [--json FILE]

Parses the texts once (not timed), then times finding and resolving their toponyms
(:func:`find_toponyms` + :func:`resolve_mentions`, the pipeline's ``places`` step) and the
geoparser's full pass (:meth:`Geoparser.resolve_doc`: dateline, demonyms, repeats). The
share of the pipeline is the ``places`` component's time over the whole pipeline's, from
the pipeline's own per-component timings on the same articles. The place step's rate is
also given per second of this process's CPU time, which other loads on the machine
disturb less than the wall clock.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from tacitus.components.toponyms import find_toponyms
from tacitus.geoparse import Geoparser, resolve_mentions
from tacitus.ingest import LoadFailure, iter_articles
from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _load(paths: list[Path], repeat: int) -> list[Article]:
    articles = [a for a in iter_articles(paths) if not isinstance(a, LoadFailure)]
    return [a.model_copy(update={"id": f"{a.id}#{n}"}) for n in range(repeat) for a in articles]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("samples")])
    parser.add_argument("--repeat", type=int, default=5, help="run the texts this many times")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    articles = _load(args.paths, args.repeat)
    pipeline = Pipeline()
    res = pipeline.resources
    pipeline.extract(
        "Warm-up: police arrested two men in Baghdad on Monday.", published="2020-01-01"
    )
    docs = list(res.nlp.pipe([a.text for a in articles]))
    began, began_cpu = time.perf_counter(), time.process_time()
    toponyms = resolved = 0
    for doc, article in zip(docs, articles, strict=True):
        mentions = find_toponyms(doc)
        resolve_mentions(mentions, gazetteer=res.gazetteer, actors=res.actors, text=article.text)
        toponyms += len(mentions)
        resolved += sum(m.place is not None for m in mentions)
    places_s = time.perf_counter() - began
    places_cpu_s = time.process_time() - began_cpu
    geoparser = Geoparser(resources=res)
    began = time.perf_counter()
    full_toponyms = sum(len(geoparser.resolve_doc(doc)) for doc in docs)
    geoparse_s = time.perf_counter() - began
    shares: dict[str, float] = {}
    began = time.perf_counter()
    for result in pipeline.pipe(articles):
        for name, seconds in result.timings.items():
            shares[name] = shares.get(name, 0.0) + seconds
    pipeline_s = time.perf_counter() - began
    figures = {
        "articles": len(articles),
        "toponyms": toponyms,
        "resolved": resolved,
        "toponyms_per_s": round(toponyms / places_s),
        "resolved_per_s": round(resolved / places_s),
        "toponyms_per_cpu_s (steadier on a shared machine)": round(toponyms / places_cpu_s),
        "geoparser_toponyms_per_s (after the parse)": round(full_toponyms / geoparse_s),
        "pipeline_s": round(pipeline_s, 2),
        "places_share_of_pipeline": round(shares.get("places", 0.0) / pipeline_s, 4),
        "parse_share_of_pipeline": round(shares.get("parse", 0.0) / pipeline_s, 4),
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
