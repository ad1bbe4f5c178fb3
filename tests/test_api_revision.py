"""A reviewer's edits survive a revised version of the article, not only a re-run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi.testclient import TestClient

from tacitus.api import create_app
from tacitus.pipeline import Pipeline
from tacitus.records import Article
from tacitus.store import SQLiteStore

FIRST = (
    "Bomb kills four at market in Kandahar\n\n"
    "A roadside bomb killed four traders at a vegetable market in Kandahar on Sunday, a "
    "provincial police spokesman said.\n\n"
    "No group said it had planted the device."
)
ADDED = "Traders had only recently returned to the market, residents said.\n\n"


def _save(db: Path, pipeline: Pipeline, text: str) -> list[str]:
    title = text.partition("\n\n")[0]
    article = Article(id="kdh-market", text=text, title=title, published=dt.date(2021, 3, 9))
    events = pipeline(article)
    with SQLiteStore(db) as store:
        store.save(article, events)
    return [e.event_id for e in events if e.acled is not None and e.status == "new"]


def test_an_edit_survives_a_paragraph_added_above(tmp_path: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "desk.db"
    first_ids = _save(db, pipeline, FIRST)
    assert first_ids
    event_id = first_ids[0]
    app = create_app(db=str(db), tokens={"ana": "ana-secret"}, public_reads=True)
    with TestClient(app) as client:
        response = client.post(
            f"/api/events/{event_id}/review",
            json={"action": "edit", "changes": {"location.name": "Kandahar vegetable market"}},
            headers={"Authorization": "Bearer ana-secret"},
        )
        assert response.status_code == 201, response.text
    title, _, body = FIRST.partition("\n\n")
    revised_ids = _save(db, pipeline, f"{title}\n\n{ADDED}{body}")
    assert event_id in revised_ids
    with TestClient(create_app(db=str(db), tokens={}, public_reads=True)) as client:
        detail = client.get(f"/api/events/{event_id}").json()
    assert detail["event"]["location"]["name"] == "Kandahar vegetable market"
