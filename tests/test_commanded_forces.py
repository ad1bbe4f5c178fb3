"""Forces a state commands are that state's, wherever the article is set."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _actors(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    done = pipeline.process(article)
    return {m.text: m.entry.name if m.entry else None for m in done.actors}


@pytest.mark.parametrize(
    ("text", "force", "expected"),
    [
        (
            "Putin ordered troops to push toward Kharkiv on Monday.",
            "troops",
            "Military Forces of Russia",
        ),
        (
            "Ethiopia sent soldiers into the Somali town of Beledweyne on Friday.",
            "soldiers",
            "Military Forces of Ethiopia",
        ),
        (
            "The Ukrainian commander ordered Ukrainian troops to hold Kupiansk.",
            "Ukrainian troops",
            "Military Forces of Ukraine",
        ),
    ],
)
def test_a_state_commands_its_own_forces(
    pipeline: Pipeline, text: str, force: str, expected: str
) -> None:
    assert _actors(pipeline, text)[force] == expected


def test_forces_no_state_commands_keep_the_article_country(pipeline: Pipeline) -> None:
    text = "Troops pushed toward Kharkiv on Monday as shelling went on."
    assert _actors(pipeline, text)["Troops"] == "Military Forces of Ukraine"
