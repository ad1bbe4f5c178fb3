"""Coreference scores over clusterings of the same items: MUC, B-cubed, CEAF-e and CoNLL F1.

A clustering maps each item to a cluster label; the gold and the system clusterings must
cover the same items.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

Clustering = Mapping[str, Hashable]


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def clusters(assignment: Clustering) -> list[frozenset[str]]:
    """The clusters of an item -> label mapping."""
    grouped: dict[Hashable, set[str]] = defaultdict(set)
    for item, label in assignment.items():
        grouped[label].add(item)
    return [frozenset(members) for members in grouped.values()]


def b_cubed(gold: Clustering, system: Clustering) -> PRF:
    """B-cubed: per item, the overlap of its gold and system clusters, averaged."""
    gold_of = {i: c for c in clusters(gold) for i in c}
    system_of = {i: c for c in clusters(system) for i in c}
    items = list(gold)
    precision = sum(len(gold_of[i] & system_of[i]) / len(system_of[i]) for i in items)
    recall = sum(len(gold_of[i] & system_of[i]) / len(gold_of[i]) for i in items)
    return PRF(precision / len(items), recall / len(items))


def muc(gold: Clustering, system: Clustering) -> PRF:
    """MUC: the links each side needs to rebuild the other's clusters."""
    return PRF(_muc_side(system, gold), _muc_side(gold, system))


def _muc_side(keys: Clustering, responses: Clustering) -> float:
    numerator = denominator = 0
    for cluster in clusters(keys):
        parts = {responses[i] for i in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator / denominator if denominator else 0.0


def ceaf_e(gold: Clustering, system: Clustering) -> PRF:
    """Entity-based CEAF: the best one-to-one alignment of clusters by their Dice overlap."""
    keys, responses = clusters(gold), clusters(system)
    total = sum(
        _best_assignment([[2 * len(k & r) / (len(k) + len(r)) for r in rs] for k in ks])
        for ks, rs in _components(keys, responses)
    )
    return PRF(total / len(responses), total / len(keys))


def _components(
    keys: list[frozenset[str]], responses: list[frozenset[str]]
) -> list[tuple[list[frozenset[str]], list[frozenset[str]]]]:
    """Groups of key and response clusters linked by shared items (aligned apart)."""
    response_of = {i: n for n, r in enumerate(responses) for i in r}
    groups: dict[int, tuple[list[frozenset[str]], set[int]]] = {}
    owner = list(range(len(responses)))

    def root(n: int) -> int:
        while owner[n] != n:
            owner[n] = owner[owner[n]]
            n = owner[n]
        return n

    for key in keys:
        linked = sorted({root(response_of[i]) for i in key})
        for other in linked[1:]:
            owner[other] = linked[0]
    for key in keys:
        top = root(response_of[next(iter(key))])
        groups.setdefault(top, ([], set()))[0].append(key)
    for n in range(len(responses)):
        groups.setdefault(root(n), ([], set()))[1].add(n)
    return [(ks, [responses[n] for n in sorted(ns)]) for ks, ns in groups.values()]


def conll_f1(gold: Clustering, system: Clustering) -> float:
    """The CoNLL score: the mean F1 of MUC, B-cubed and CEAF-e."""
    return (muc(gold, system).f1 + b_cubed(gold, system).f1 + ceaf_e(gold, system).f1) / 3


def _best_assignment(weights: list[list[float]]) -> float:
    """The largest total weight of a one-to-one assignment (Hungarian method, O(n^3))."""
    rows, cols = len(weights), len(weights[0]) if weights else 0
    n = max(rows, cols)
    cost = [
        [-(weights[i][j] if i < rows and j < cols else 0.0) for j in range(n)] for i in range(n)
    ]
    u, v, match, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        least, used = [float("inf")] * (n + 1), [False] * (n + 1)
        while match[j0] != 0:
            used[j0] = True
            i0, delta, j1 = match[j0], float("inf"), 0
            for j in range(1, n + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            match[j0], j0 = match[j1], j1
    return -sum(cost[match[j] - 1][j - 1] for j in range(1, n + 1) if match[j])


def pairwise(gold: Clustering, system: Clustering) -> PRF:
    """Pairwise links: of the item pairs one side puts together, how many the other does."""
    gold_pairs, system_pairs = _pairs(gold), _pairs(system)
    shared = len(gold_pairs & system_pairs)
    precision = shared / len(system_pairs) if system_pairs else 1.0
    recall = shared / len(gold_pairs) if gold_pairs else 1.0
    return PRF(precision, recall)


def _pairs(assignment: Clustering) -> set[tuple[str, str]]:
    return {(a, b) for cluster in clusters(assignment) for a in cluster for b in cluster if a < b}
