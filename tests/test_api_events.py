"""The desk API's event endpoints, in process: filters, pages, one event, aggregates, errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tacitus.api import create_app
from tacitus.records import Article, Event
from tacitus.store import SQLiteStore

PROTEST_TEXT = (
    "LUSAKA, May 3 - Hundreds of nurses marched to the health ministry in Lusaka on Tuesday "
    "to demand better pay. Police arrested 12 of them, their union said.\n"
)
ATTACK_TEXT = (
    "MOSUL, June 9 - Gunmen killed five farmers near Mosul on Friday, a police officer said. "
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\n'
)
TOKENS = {"ana": "ana-secret", "bo": "bo-secret"}
ANA = {"Authorization": "Bearer ana-secret"}


def span(text: str, part: str) -> tuple[int, int]:
    """The [start, end) of ``part`` in ``text``."""
    start = text.index(part)
    return start, start + len(part)


def protest_event() -> Event:
    """A peaceful protest in Lusaka with 12 arrests, read from PROTEST_TEXT."""
    return Event.model_validate(
        {
            "event_id": "ev_protest_lusaka",
            "article_ids": ["zm-nurses"],
            "acled": {
                "event_type": "Protests",
                "sub_event_type": "Protest with intervention",
                "disorder_type": "Demonstrations",
            },
            "plover": {"event": "PROTEST", "mode": ["demonstrate"]},
            "cameo": "141",
            "date": {
                "start": "2023-05-02",
                "end": "2023-05-02",
                "precision": "day",
                "text": "on Tuesday",
                "span": span(PROTEST_TEXT, "on Tuesday"),
                "reason": "relative to publication date",
            },
            "location": {
                "name": "Lusaka",
                "country": "ZMB",
                "admin1": "Lusaka Province",
                "lat": -15.41,
                "lon": 28.29,
                "precision": {"acled": 1, "ucdp": 1, "plover": 3},
                "text": "Lusaka",
                "span": span(PROTEST_TEXT, "Lusaka on"),
                "reason": "named place",
            },
            "actors": [
                {
                    "role": "actor1",
                    "name": "Protesters (Zambia)",
                    "inter": 6,
                    "text": "Hundreds of nurses",
                    "span": span(PROTEST_TEXT, "Hundreds of nurses"),
                }
            ],
            "counts": {
                "arrested": {
                    "best": 12,
                    "low": 12,
                    "text": "arrested 12",
                    "span": span(PROTEST_TEXT, "arrested 12"),
                }
            },
            "evidence": [{"span": span(PROTEST_TEXT, "Hundreds of nurses marched")}],
            "confidence": 0.9,
        }
    )


def attack_event() -> Event:
    """Five farmers killed near Mosul, read from ATTACK_TEXT."""
    return Event.model_validate(
        {
            "event_id": "ev_attack_mosul",
            "article_ids": ["iq-farmers"],
            "acled": {
                "event_type": "Violence against civilians",
                "sub_event_type": "Attack",
                "disorder_type": "Political violence",
            },
            "plover": {"event": "ASSAULT"},
            "cameo": "190",
            "date": {
                "start": "2022-06-03",
                "end": "2022-06-03",
                "precision": "day",
                "text": "on Friday",
                "span": span(ATTACK_TEXT, "on Friday"),
                "reason": "relative to publication date",
            },
            "location": {
                "name": "Mosul",
                "country": "IRQ",
                "admin1": "Nineveh",
                "lat": 36.34,
                "lon": 43.13,
                "precision": {"acled": 1, "ucdp": 1, "plover": 3},
                "text": "Mosul",
                "span": span(ATTACK_TEXT, "Mosul on"),
                "reason": "named place",
            },
            "actors": [
                {
                    "role": "actor1",
                    "name": "Unidentified Armed Group (Iraq)",
                    "inter": 3,
                    "text": "Gunmen",
                    "span": span(ATTACK_TEXT, "Gunmen"),
                }
            ],
            "counts": {
                "fatalities": {
                    "best": 5,
                    "low": 5,
                    "text": "killed five farmers",
                    "span": span(ATTACK_TEXT, "killed five farmers"),
                }
            },
            "confidence": 0.6,
        }
    )


def fill(db: Path) -> None:
    """Store the two articles and their events."""
    with SQLiteStore(db) as store:
        store.save(
            Article(id="zm-nurses", text=PROTEST_TEXT, title="Nurses march"), [protest_event()]
        )
        store.save(
            Article(id="iq-farmers", text=ATTACK_TEXT, title="Farmers killed"), [attack_event()]
        )


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """A client of an app over a store holding the two events; reads are public."""
    fill(tmp_path / "desk.db")
    app = create_app(db=str(tmp_path / "desk.db"), tokens=TOKENS, public_reads=True)
    with TestClient(app) as test_client:
        yield test_client


def ids(client: TestClient, **params: Any) -> list[str]:
    """The event ids the list endpoint returns for ``params``."""
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return [row["event_id"] for row in response.json()["items"]]


def test_every_filter_narrows_the_list(client: TestClient) -> None:
    both = {"ev_protest_lusaka", "ev_attack_mosul"}
    assert set(ids(client)) == both
    assert ids(client, country="zmb") == ["ev_protest_lusaka"]
    assert ids(client, since="2023-01-01") == ["ev_protest_lusaka"]
    assert ids(client, until="2022-12-31") == ["ev_attack_mosul"]
    assert ids(client, admin1="nineveh") == ["ev_attack_mosul"]
    assert ids(client, event_type="Protests") == ["ev_protest_lusaka"]
    assert ids(client, sub_event_type="attack") == ["ev_attack_mosul"]
    assert ids(client, plover="ASSAULT") == ["ev_attack_mosul"]
    assert ids(client, actor="armed group") == ["ev_attack_mosul"]
    assert ids(client, bbox="20,-20,35,-10") == ["ev_protest_lusaka"]
    assert ids(client, q="nurses") == ["ev_protest_lusaka"]
    assert ids(client, min_confidence=0.8) == ["ev_protest_lusaka"]
    assert ids(client, max_confidence=0.7) == ["ev_attack_mosul"]
    assert ids(client, status="new", reviewed=False, country="IRQ") == ["ev_attack_mosul"]


def test_pages_sort_and_count(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 1, "sort": "date"}).json()
    assert page["total"] == 2 and [r["event_id"] for r in page["items"]] == ["ev_attack_mosul"]
    assert ids(client, limit=1, offset=1, sort="date") == ["ev_protest_lusaka"]
    assert ids(client, sort="-fatalities")[0] == "ev_attack_mosul"
    assert ids(client, sort="confidence")[0] == "ev_attack_mosul"


def test_rows_carry_what_the_map_and_table_need(client: TestClient) -> None:
    (row,) = client.get("/api/events", params={"country": "IRQ"}).json()["items"]
    assert row["fatalities"] == 5 and row["lat"] == 36.34 and row["lon"] == 43.13
    assert row["event_type"] == "Violence against civilians" and row["review"] is None
    assert row["actor1"] == "Unidentified Armed Group (Iraq)"


def test_one_event_has_its_article_text_and_field_spans(client: TestClient) -> None:
    detail = client.get("/api/events/ev_attack_mosul").json()
    (article,) = detail["articles"]
    assert article["text"] == ATTACK_TEXT
    marks = {h["field"]: article["text"][h["start"] : h["end"]] for h in article["highlights"]}
    assert marks["counts.fatalities"] == "killed five farmers"
    assert marks["date"] == "on Friday" and marks["actors.actor1"] == "Gunmen"
    assert detail["event"]["event_id"] == "ev_attack_mosul" and detail["audit"] == []


def test_article_endpoints_give_text_spans_and_search(client: TestClient) -> None:
    listed = client.get("/api/articles").json()
    assert [a["id"] for a in listed] == ["iq-farmers", "zm-nurses"]
    article = client.get("/api/articles/zm-nurses").json()
    assert article["event_ids"] == ["ev_protest_lusaka"] and article["revisions"] == 0
    spans = article["highlights"]["ev_protest_lusaka"]
    assert any(PROTEST_TEXT[h["start"] : h["end"]] == "arrested 12" for h in spans)
    hits = client.get("/api/search", params={"q": "farmers AND Mosul"}).json()
    assert [h["id"] for h in hits] == ["iq-farmers"]


def test_aggregates_by_day_week_country_and_type(client: TestClient) -> None:
    def groups(**params: Any) -> list[tuple[Any, ...]]:
        body = client.get("/api/aggregates", params=params).json()
        return [(g["key"], g["events"], g["fatalities"]) for g in body["groups"]]

    assert groups(by="day") == [("2022-06-03", 1, None), ("2023-05-02", 1, None)]
    assert groups(by="week") == [("2022-05-30", 1, None), ("2023-05-01", 1, None)]
    assert groups(by="country", fatalities=True) == [("IRQ", 1, 5), ("ZMB", 1, 0)]
    assert groups(by="type", country="ZMB") == [("Protests", 1, None)]


@pytest.mark.parametrize(
    ("fmt", "media", "needle"),
    [
        ("jsonl", "application/x-ndjson", '"event_id": "ev_protest_lusaka"'),
        ("acled-csv", "text/csv", "Protest with intervention"),
        ("geojson", "application/geo+json", '"FeatureCollection"'),
        ("plover-jsonl", "application/x-ndjson", "PROTEST"),
    ],
)
def test_export_any_query_in_every_format(
    client: TestClient, fmt: str, media: str, needle: str
) -> None:
    response = client.get("/api/export", params={"format": fmt, "country": "ZMB"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert needle in response.text and "Mosul" not in response.text
    assert response.headers["x-tacitus-written"] == "1"


def test_every_error_has_one_shape(client: TestClient) -> None:
    cases = [
        (client.get("/api/events/ev_nope"), 404, "not_found"),
        (client.get("/api/nowhere"), 404, "not_found"),
        (client.get("/api/events", params={"limit": "many"}), 422, "invalid_request"),
        (client.get("/api/events", params={"bbox": "10,10,0,0"}), 422, "invalid_request"),
        (client.get("/api/search", params={"q": '"open'}), 400, "bad_query"),
        (client.get("/api/events", params={"q": "AND AND"}), 400, "bad_query"),
        (client.get("/api/export", params={"format": "xml"}), 422, "invalid_request"),
        (
            client.post("/api/events/ev_attack_mosul/review", json={"action": "accept"}),
            401,
            "unauthorized",
        ),
    ]
    for response, status, code in cases:
        assert response.status_code == status, response.text
        body = response.json()
        assert set(body) == {"error"} and body["error"]["code"] == code
        assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/aggregates",
        "/api/export",
        "/api/articles",
        "/api/search",
        "/api/events/{event_id}/review",
        "/api/review/queue",
        "/api/reviews",
    ):
        assert path in paths


def test_private_reads_need_a_token(tmp_path: Path) -> None:
    fill(tmp_path / "desk.db")
    app = create_app(db=str(tmp_path / "desk.db"), tokens=TOKENS, public_reads=False)
    with TestClient(app) as private:
        assert private.get("/api/events").status_code == 401
        wrong = private.get("/api/events", headers={"Authorization": "Bearer guess"})
        assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "bad_token"
        assert private.get("/api/events", headers=ANA).json()["total"] == 2


def test_without_tokens_writes_are_disabled(tmp_path: Path) -> None:
    fill(tmp_path / "desk.db")
    app = create_app(db=str(tmp_path / "desk.db"), tokens=None, public_reads=True)
    with TestClient(app) as open_desk:
        response = open_desk.post("/api/events/ev_attack_mosul/review", json={"action": "accept"})
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "writes_disabled"
