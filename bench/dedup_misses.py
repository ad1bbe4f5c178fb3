"""Why the matcher left apart two ECB+ reports of one event: one line per missed gold pair.

    .venv/bin/python bench/dedup_misses.py [--data FOLDER] [--all]

Extracts the documents as ``tacitus eval dedup`` does, then, for each pair of documents
whose main events the gold puts in one instance but the store left in two canonical
events, holds the later document's main event against the earlier one's, as
``Matcher.best_report`` holds a new report against a stored one: the hard limit that rules
the pair out, else the score and what the features require. A pair that reaches what it
requires was lost elsewhere: its candidate was not found (blocking, or a hard limit
against the canonical event's merged profile), or another candidate ranked first.
The last lines count the pairs per reason.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from tacitus.dedup import Matcher, MatchProfile, compare
from tacitus.dedup.similarity import own_name_similarity
from tacitus.dedup.story import story_similarity
from tacitus.dedup.words import ArticleContext
from tacitus.evaluation.dedup_eval import (
    CONFLICT_TOPICS,
    PUBLISHED,
    load_ecbplus,
    main_event,
    undated,
)
from tacitus.pipeline import Pipeline
from tacitus.records import Article
from tacitus.store import SQLiteStore


def _profiles(
    articles: list[Article], pipeline: Pipeline, store: SQLiteStore
) -> dict[str, tuple[MatchProfile, str]]:
    """Each document's main event profile (as the store builds it) and its canonical id
    once every document is stored."""
    mains: dict[str, tuple[MatchProfile, str]] = {}
    for result in pipeline.pipe(articles):
        events = [undated(e) for e in result.events]
        if result.error is not None:
            continue
        store.save(result.article, events)
        main = main_event(result.article.text, events)
        if main is None:
            continue
        context = replace(ArticleContext.of(result.article.text), lead=main.event_id)
        mains[result.article.id] = (MatchProfile.of(main, context=context), main.event_id)
    found: dict[str, tuple[MatchProfile, str]] = {}
    for name, (profile, event_id) in mains.items():
        canonical = store.canonical_id(event_id)  # read once all are stored
        if canonical is not None:
            found[name] = (profile, canonical)
    return found


def _reason(matcher: Matcher, new: MatchProfile, old: MatchProfile) -> tuple[str, str]:
    """Why ``new`` did not join ``old``: the broken limit, else the score's shortfall."""
    features = compare(new, old, undated_days=matcher.undated_days)
    if features.blocked_by is not None:
        return features.blocked_by, ""
    story = story_similarity(new.story, old.story) if new.lead and old.lead else None
    features = replace(
        features,
        name_sim=max(features.name_sim, own_name_similarity(new, old)),
        story_sim=story,
    )
    score, required = matcher.score(features), matcher.required(features)
    detail = (
        f"score {score:.3f} required {required:.3f}: type {features.type_sim}"
        f" names {features.name_sim} story {features.story_sim}"
        f" country known {features.country_known}"
    )
    return ("score below required" if score < required else "lost elsewhere"), detail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/bench/ecbplus"))
    parser.add_argument("--all", action="store_true", help="every topic, not only conflict")
    args = parser.parse_args()
    documents = load_ecbplus(args.data, topics=None if args.all else CONFLICT_TOPICS)
    articles = [
        Article(id=d.name, text=d.text, published=PUBLISHED, source=f"ECB+ topic {d.topic}")
        for d in documents
    ]
    matcher = Matcher(undated_days=None)
    pipeline = Pipeline()
    with SQLiteStore(":memory:", matcher=matcher) as store:
        profiles = _profiles(articles, pipeline, store)
    pipeline.close()
    gold: dict[str, list[str]] = defaultdict(list)
    for document in documents:
        gold[document.main_event].append(document.name)
    counts: Counter[str] = Counter()
    for instance, names in gold.items():
        for first, second in itertools.combinations(names, 2):
            if first not in profiles or second not in profiles:
                counts["no main event"] += 1
                print(f"{instance} {first} {second}: no main event")
                continue
            (old, old_id), (new, new_id) = profiles[first], profiles[second]
            if old_id == new_id:
                continue
            reason, detail = _reason(matcher, new, old)
            counts[reason] += 1
            print(f"{instance} {second} -> {first}: {reason} {detail}".rstrip())
    for reason, count in counts.most_common():
        print(f"{count:4d}  {reason}")


if __name__ == "__main__":
    main()
