"""Reviews through the API: accept, edit, reject, merge, split; audit; survival; exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tacitus.api import create_app
from tacitus.records import Article
from tacitus.store import SQLiteStore
from test_api_events import ANA, ATTACK_TEXT, TOKENS, attack_event, fill

BO = {"Authorization": "Bearer bo-secret"}
MOSUL = "/api/events/ev_attack_mosul"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store holding the two test events."""
    fill(tmp_path / "desk.db")
    return tmp_path / "desk.db"


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    """A client of an app over ``db``."""
    with TestClient(create_app(db=str(db), tokens=TOKENS, public_reads=True)) as test_client:
        yield test_client


def test_edit_is_applied_audited_and_named_after_the_reviewer(client: TestClient) -> None:
    response = client.post(
        f"{MOSUL}/review",
        json={"action": "edit", "changes": {"counts.fatalities.best": 6}, "why": "morgue: 6"},
        headers=ANA,
    )
    assert response.status_code == 201, response.text
    entry = response.json()
    assert entry["reviewer"] == "ana" and entry["action"] == "edit"
    assert entry["before"] == {"counts.fatalities.best": 5}
    assert entry["after"] == {"counts.fatalities.best": 6} and entry["why"] == "morgue: 6"
    detail = client.get(MOSUL).json()
    assert detail["event"]["counts"]["fatalities"]["best"] == 6
    assert detail["row"]["fatalities"] == 6 and detail["row"]["edited"] is True
    assert detail["review"]["fields"] == {"counts.fatalities.best": 6}
    assert [a["action"] for a in detail["audit"]] == ["edit"]


def test_an_invalid_edit_is_refused_and_changes_nothing(client: TestClient) -> None:
    for changes in ({"confidence": 7}, {"event_id": "ev_other"}, {"date.start.day": 1}):
        response = client.post(
            f"{MOSUL}/review", json={"action": "edit", "changes": changes}, headers=ANA
        )
        assert response.status_code == 400, response.text
        assert response.json()["error"]["code"] == "bad_edit"
    assert client.get("/api/reviews").json() == []


def test_accept_reject_and_the_reviewed_filter(client: TestClient) -> None:
    assert client.post(f"{MOSUL}/review", json={"action": "accept"}, headers=ANA).status_code == 201
    rejected = client.post(
        "/api/events/ev_protest_lusaka/review",
        json={"action": "reject", "why": "not an event"},
        headers=BO,
    )
    assert rejected.json()["before"] == {"review": None}
    rows = client.get("/api/events", params={"reviewed": True, "sort": "date"}).json()["items"]
    assert [(r["event_id"], r["review"]) for r in rows] == [
        ("ev_attack_mosul", "accept"),
        ("ev_protest_lusaka", "reject"),
    ]
    assert client.get("/api/events", params={"review": "reject"}).json()["total"] == 1
    assert client.get("/api/review/queue").json()["total"] == 0
    trail = client.get("/api/reviews").json()
    assert [(t["reviewer"], t["action"]) for t in trail] == [("bo", "reject"), ("ana", "accept")]


def test_a_split_without_a_report_is_recorded_as_a_request(client: TestClient) -> None:
    split = client.post(
        f"{MOSUL}/review",
        json={"action": "split", "parts": [{"counts.fatalities.best": 2}, {}], "why": "two"},
        headers=ANA,
    )
    assert split.status_code == 201
    assert split.json()["after"]["parts"] == [{"counts.fatalities.best": 2}, {}]
    assert client.get(MOSUL).json()["review"]["action"] == "split"
    unknown = client.post(
        f"{MOSUL}/review", json={"action": "merge", "other_event_id": "ev_x"}, headers=ANA
    )
    assert unknown.status_code == 404
    itself = client.post(
        f"{MOSUL}/review",
        json={"action": "merge", "other_event_id": "ev_attack_mosul"},
        headers=ANA,
    )
    assert itself.status_code == 400 and itself.json()["error"]["code"] == "bad_merge"
    incomplete = client.post(f"{MOSUL}/review", json={"action": "merge"}, headers=ANA)
    assert incomplete.status_code == 422


def test_reviewed_fields_survive_re_extraction(db: Path, client: TestClient) -> None:
    client.post(
        f"{MOSUL}/review",
        json={"action": "edit", "changes": {"location.admin1": "Ninawa"}},
        headers=ANA,
    )
    with SQLiteStore(db) as store:  # the same article extracted again replaces its events
        store.save(
            Article(id="iq-farmers", text=ATTACK_TEXT, title="Farmers killed"),
            [attack_event()],
            force=True,
        )
        stored = store.events(article_id="iq-farmers")
    assert stored[0].location is not None and stored[0].location.admin1 == "Nineveh"
    assert client.get(MOSUL).json()["event"]["location"]["admin1"] == "Ninawa"


def test_export_can_keep_only_reviewed_events(client: TestClient) -> None:
    client.post(
        f"{MOSUL}/review",
        json={"action": "edit", "changes": {"counts.fatalities.best": 7}},
        headers=ANA,
    )
    client.post("/api/events/ev_protest_lusaka/review", json={"action": "reject"}, headers=ANA)
    body = client.get("/api/export", params={"format": "jsonl", "reviewed_only": True}).text
    records = [json.loads(line) for line in body.splitlines()]
    assert [r["event_id"] for r in records] == ["ev_attack_mosul"]
    assert records[0]["counts"]["fatalities"]["best"] == 7
    everything = client.get("/api/export", params={"format": "jsonl"}).text
    assert len(everything.splitlines()) == 2
