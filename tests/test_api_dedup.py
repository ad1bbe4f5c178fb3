"""Canonical events through the API: every report shown, reviewer merge, split and undo."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tacitus.api import create_app
from tacitus.records import Article, Event
from tacitus.store import SQLiteStore
from test_api_events import ANA, TOKENS, attack_event, fill, span

LATER_TEXT = (
    "BAGHDAD, July 21 - Relatives buried the five farmers shot near Mosul, a provincial "
    "official said on Thursday. Six people died in that attack, according to a local clinic.\n"
)
MOSUL = "ev_attack_mosul"
LATER = "ev_mosul_later"


def later_event() -> Event:
    """A second article's reading of the Mosul attack, misdated by its wording."""
    record: dict[str, Any] = attack_event().model_dump(mode="json")
    record.update(
        event_id=LATER,
        article_ids=["iq-farmers-later"],
        date={
            "start": "2022-07-21",
            "end": "2022-07-21",
            "precision": "day",
            "text": "on Thursday",
            "span": span(LATER_TEXT, "on Thursday"),
            "reason": "relative to publication date",
        },
        confidence=0.7,
    )
    record["location"].update(text="Mosul", span=span(LATER_TEXT, "Mosul"))
    record["actors"] = []
    record["counts"] = {
        "fatalities": {
            "best": 6,
            "low": 6,
            "text": "Six people died",
            "span": span(LATER_TEXT, "Six people died"),
        }
    }
    return Event.model_validate(record)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """The two test events, and a later report of the Mosul attack not yet matched to it."""
    path = tmp_path / "desk.db"
    fill(path)
    with SQLiteStore(path) as store:
        store.save(
            Article(id="iq-farmers-later", text=LATER_TEXT, title="Farmers buried"), [later_event()]
        )
        assert store.canonical_id(LATER) == LATER  # too far apart in time to be matched
    return path


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    """A client of an app over ``db``."""
    with TestClient(create_app(db=str(db), tokens=TOKENS, public_reads=True)) as test_client:
        yield test_client


def merge_later_into_mosul(client: TestClient) -> dict[str, Any]:
    """The reviewer says the later report is the Mosul attack; the audit entry."""
    response = client.post(
        f"/api/events/{LATER}/review",
        json={"action": "merge", "other_event_id": MOSUL, "why": "same attack, read late"},
        headers=ANA,
    )
    assert response.status_code == 201, response.text
    entry: dict[str, Any] = response.json()
    return entry


def test_a_reviewer_merge_joins_the_reports_in_the_store(client: TestClient) -> None:
    assert client.get("/api/events").json()["total"] == 3
    entry = merge_later_into_mosul(client)
    assert entry["after"] == {
        "review": "merge",
        "other_event_id": MOSUL,
        "merged_into": MOSUL,
        "reports": [LATER],
    }
    page = client.get("/api/events", params={"country": "IRQ"}).json()
    assert page["total"] == 1  # the cached total was dropped by the write
    (row,) = page["items"]
    assert row["event_id"] == MOSUL and row["article_ids"] == ["iq-farmers", "iq-farmers-later"]
    assert client.get(f"/api/events/{LATER}").json()["event"]["event_id"] == MOSUL
    kept = client.get("/api/reviews", params={"event_id": MOSUL}).json()
    assert kept[0]["after"] == {"reports": [MOSUL, LATER], "merged_from": LATER}
    merges = client.get(f"/api/events/{MOSUL}/merges").json()
    assert [(m["action"], m["event_id"], m["decided_by"]) for m in merges] == [
        ("review_merge", LATER, "ana")
    ]


def test_the_event_page_shows_every_report_with_its_own_article(client: TestClient) -> None:
    merge_later_into_mosul(client)
    detail = client.get(f"/api/events/{MOSUL}").json()
    assert [(r["event_id"], r["article_id"]) for r in detail["reports"]] == [
        (MOSUL, "iq-farmers"),
        (LATER, "iq-farmers-later"),
    ]
    assert [r["row"]["fatalities"] for r in detail["reports"]] == [5, 6]
    marks = {
        a["id"]: {a["text"][h["start"] : h["end"]] for h in a["highlights"]}
        for a in detail["articles"]
    }
    assert "killed five farmers" in marks["iq-farmers"]
    assert "Six people died" in marks["iq-farmers-later"]
    assert "killed five farmers" not in marks["iq-farmers-later"]
    later = client.get("/api/articles/iq-farmers-later").json()
    assert later["event_ids"] == [MOSUL]
    assert any(
        LATER_TEXT[h["start"] : h["end"]] == "on Thursday" for h in later["highlights"][MOSUL]
    )


def test_exports_carry_the_canonical_event_once_with_every_article(client: TestClient) -> None:
    merge_later_into_mosul(client)
    body = client.get("/api/export", params={"format": "jsonl", "country": "IRQ"}).text
    (record,) = [json.loads(line) for line in body.splitlines()]
    assert record["event_id"] == MOSUL
    assert record["article_ids"] == ["iq-farmers", "iq-farmers-later"]
    assert (
        record["counts"]["fatalities"]["low"] == 5 and record["counts"]["fatalities"]["high"] == 6
    )


def test_split_moves_a_report_out_and_undo_reverses_a_merge(client: TestClient) -> None:
    merge_later_into_mosul(client)
    refused = client.post(
        f"/api/events/{MOSUL}/review", json={"action": "split", "report_id": "ev_x"}, headers=ANA
    )
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "bad_split"
    split = client.post(
        f"/api/events/{MOSUL}/review",
        json={"action": "split", "report_id": LATER, "why": "a second attack after all"},
        headers=ANA,
    )
    assert split.status_code == 201, split.text
    new_id = split.json()["after"]["new_event_id"]
    assert client.get("/api/events", params={"country": "IRQ"}).json()["total"] == 2
    assert client.get(f"/api/events/{new_id}").json()["event"]["article_ids"] == [
        "iq-farmers-later"
    ]
    assert client.get("/api/reviews", params={"event_id": new_id}).json()[0]["action"] == "split"
    merge_again = client.post(
        f"/api/events/{new_id}/review",
        json={"action": "merge", "other_event_id": MOSUL},
        headers=ANA,
    )
    assert merge_again.status_code == 201
    active = [m for m in client.get(f"/api/events/{MOSUL}/merges").json() if not m["undone_at"]]
    undone = client.post(f"/api/merges/{active[-1]['merge_id']}/undo", headers=ANA)
    assert undone.status_code == 201, undone.text
    assert client.get("/api/events", params={"country": "IRQ"}).json()["total"] == 2
    assert client.post("/api/merges/999/undo", headers=ANA).status_code == 404
