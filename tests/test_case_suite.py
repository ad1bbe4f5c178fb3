"""The project's case suite for dates, counts and claims, run end to end (tests/cases/)."""

from __future__ import annotations

from typing import Any

import pytest

from cases.case import Case
from cases.claims import CLAIM_CASES
from cases.counts import COUNT_CASES
from cases.dates import DATE_CASES, MORE_DATE_CASES
from cases.status import STATUS_CASES
from tacitus.pipeline import Pipeline
from tacitus.records import Event

pytestmark = pytest.mark.slow

ALL_CASES = [*DATE_CASES, *MORE_DATE_CASES, *COUNT_CASES, *CLAIM_CASES, *STATUS_CASES]
KINDS = ("fatalities", "injured", "arrested", "abducted", "displaced", "participants")


def _params(cases: list[Case]) -> list[Any]:
    marks = lambda c: [pytest.mark.xfail(reason=c.xfail, strict=False)] if c.xfail else []  # noqa: E731
    return [pytest.param(c, id=c.id, marks=marks(c)) for c in cases]


def _selected(events: list[Event], status: str) -> Event:
    chosen = [e for e in events if e.status == status]
    chosen.sort(key=lambda e: e.trigger.span[0] if e.trigger else 0)
    summary = [(e.status, e.plover.event, e.date.start) for e in events]
    assert chosen, f"no {status} event among {summary}"
    return chosen[0]


def _check_counts(event: Event, expect: dict[str, Any]) -> None:
    for kind in KINDS:
        if kind in expect:
            count = event.counts.get(kind)  # type: ignore[call-overload]
            assert count is not None, f"no {kind} in {event.counts}"
            assert (count.low, count.best, count.high) == expect[kind]


def _check_claims(event: Event, expect: dict[str, Any]) -> None:
    for key in ("source", "anonymous", "verified"):
        if key in expect:
            kind, want = expect[key]
            count = event.counts[kind]
            got = {"source": count.claimed_by, "anonymous": count.anonymous}.get(
                key, count.verified
            )
            assert got == want, f"{key}: {got!r} != {want!r}"
    if "claims" in expect:
        got = {(c.field, c.value, c.claimed_by, c.verb) for c in event.claims}
        for field, value, source, *verb in expect["claims"]:
            wanted = [g for g in got if g[:3] == (field, value, source)]
            assert wanted, f"claim {(field, value, source)} not in {got}"
            assert not verb or any(g[3] == verb[0] for g in wanted)


@pytest.mark.parametrize("item", _params(ALL_CASES))
def test_case(pipeline: Pipeline, item: Case) -> None:
    events = pipeline.extract(item.text, published=item.published)
    expect = item.expect
    if "none" in expect:
        assert not [e for e in events if e.status == expect["none"]]
    if set(expect) <= {"none"}:
        return
    event = _selected(events, expect.get("status", "new"))
    if "date" in expect:
        assert (event.date.start, event.date.end) == expect["date"], event.date.reason
    if "precision" in expect:
        assert event.date.precision == expect["precision"]
    _check_counts(event, expect)
    _check_claims(event, expect)


def test_the_suite_is_large_enough() -> None:
    assert len(ALL_CASES) >= 200
