"""The focus country a name is weighed against leaves that name's own vote out."""

from __future__ import annotations

from tacitus.geoparse.context import Context


def test_a_lone_name_does_not_confirm_its_own_country() -> None:
    context = Context(focus="EGY", votes={"EGY": 0.5}, own_votes={"alexandria": ("EGY", 0.5)})
    assert context.focus_for("alexandria") is None


def test_the_other_names_decide_the_focus_for_a_name() -> None:
    context = Context(
        focus="EGY",
        votes={"EGY": 1.0, "USA": 0.5},
        own_votes={"alexandria": ("EGY", 1.0), "virginia": ("USA", 0.5)},
    )
    assert context.focus_for("alexandria") == "USA"
    assert context.focus_for("virginia") == "EGY"


def test_names_without_a_vote_see_the_article_focus() -> None:
    context = Context(focus="IRQ", votes={"IRQ": 3.0}, own_votes={})
    assert context.focus_for("green zone") == "IRQ"
