"""Forces a state commands, or calls its own, are that state's, wherever the article is set."""

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


@pytest.mark.parametrize(
    ("text", "force", "expected"),
    [
        (
            "The Turkish army said its soldiers killed four militants near Zakho in Iraq.",
            "soldiers",
            "Military Forces of Turkey",
        ),
        (
            "Rwanda's government denied that its troops were fighting near Goma.",
            "troops",
            "Military Forces of Rwanda",
        ),
    ],
)
def test_a_force_a_state_calls_its_own_is_that_states(
    pipeline: Pipeline, text: str, force: str, expected: str
) -> None:
    assert _actors(pipeline, text)[force] == expected


def test_a_force_a_group_calls_its_own_is_not_a_states(pipeline: Pipeline) -> None:
    text = "The rebels said their fighters had shot down an army helicopter near Goma."
    assert (
        _actors(pipeline, text).get("fighters") != "Military Forces of Democratic Republic of Congo"
    )
