"""Article upload through the API: text or JSON in, events extracted and stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tacitus.api import create_app
from tacitus.pipeline import Pipeline
from test_api_events import ANA, TOKENS

REPORT = (
    "KISUMU, Aug 2 (Desk Test Wire) - Police fired tear gas at hundreds of traders who "
    "marched through Kisumu on Monday against new market fees, a county official said.\n"
)

pytestmark = pytest.mark.slow


def test_upload_json_then_text_extracts_and_stores(tmp_path: Path, pipeline: Pipeline) -> None:
    app = create_app(
        db=str(tmp_path / "desk.db"),
        tokens=TOKENS,
        public_reads=True,
        pipeline_factory=lambda: pipeline,
    )
    with TestClient(app) as client:
        body = {"id": "ke-traders", "text": REPORT, "published": "2023-08-02"}
        assert client.post("/api/articles", json=body).status_code == 401
        created = client.post("/api/articles", json=body, headers=ANA)
        assert created.status_code == 201, created.text
        result = created.json()
        assert result["outcome"] == "new" and result["event_ids"]
        events = client.get("/api/events", params={"country": "KEN"}).json()["items"]
        assert {e["event_id"] for e in events} == set(result["event_ids"])
        assert any(e["plover"] == "PROTEST" for e in events)
        again = client.post("/api/articles", json=body, headers=ANA).json()
        assert again["outcome"] == "unchanged" and again["event_ids"] == result["event_ids"]
        plain = client.post(
            "/api/articles/text",
            content=REPORT.replace("Monday", "Tuesday"),
            params={"id": "ke-traders-2", "published": "2023-08-02"},
            headers={**ANA, "Content-Type": "text/plain"},
        )
        assert plain.status_code == 201, plain.text
        assert client.get("/api/articles/ke-traders-2").json()["text"].count("Tuesday") == 1
        empty = client.post("/api/articles", json={"text": ""}, headers=ANA)
        assert empty.status_code == 422 and empty.json()["error"]["code"] == "invalid_request"
