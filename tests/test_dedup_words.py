"""What a coder compares beyond the hard limits: named participants, content words, and
how a report that leaves the country unknown is matched (no veto, but stronger proof)."""

from __future__ import annotations

from dataclasses import replace

from tacitus.dedup import Matcher, MatchProfile, compare
from tacitus.dedup.profile import is_generic_actor
from tacitus.dedup.words import content_words, overlap, proper_names

LEAD = "Gunmen shot dead Tomas Velanko outside the Ardent Mill in Corvale on Tuesday."
OTHER = "Police said Tomas Velanko, a foreman, was killed at the Ardent Mill in Corvale."


def profile(
    name: str, text: str, *, country: str | None = "ARG", sub: str = "Attack"
) -> MatchProfile:
    event_type = {"Attack": "Violence against civilians", "Violent demonstration": "Riots"}[sub]
    return MatchProfile(
        event_id=f"ev_{name}",
        status="new",
        event_type=event_type,
        sub_event_type=sub,
        plover="ASSAULT",
        date_start="2024-06-04",
        date_end="2024-06-04",
        date_precision="day",
        country=country,
        lat=None,
        lon=None,
        place_precision=None,
        geonameid=None,
        actor1=("Unidentified Armed Group",),
        actor2=(),
        counts=(("fatalities", 1),),
        evidence=text,
        article_ids=(name,),
        names=proper_names([text]),
        words=content_words([text]),
    )


def test_names_come_from_running_text_not_from_title_case_headlines() -> None:
    assert proper_names([LEAD]) == ("tomas", "velanko", "ardent", "mill", "corvale")
    assert proper_names(["Gunman Kills Foreman At Riverside Grain Mill"]) == ()
    assert proper_names(["On Monday the Police said nothing."]) == ()


def test_content_words_fold_plurals_and_drop_stop_words() -> None:
    words = content_words(["The shootings were reported", "a shooting was reported"])
    assert words == ("shoot", "report")
    assert overlap(("a", "b"), ("b", "c"), enough=1) == 0.5
    assert overlap(("a",), ("a",), enough=3) == 1 / 3


def test_crowds_of_no_named_group_are_generic_actors() -> None:
    assert is_generic_actor("Rioters (Greece)") and is_generic_actor("Civilians (Chile)")
    assert not is_generic_actor("Military Forces of Chile")


def test_unknown_country_is_no_veto_when_the_names_agree() -> None:
    matcher = Matcher()
    stored, new = profile("a", LEAD), profile("b", OTHER, country=None)
    decision = matcher.best(new, [stored])
    assert decision is not None and not decision.features.country_known
    assert decision.score >= matcher.threshold + matcher.unsure_margin


def test_unknown_country_without_shared_names_stays_apart() -> None:
    stranger = "A man was killed at a mill on Tuesday, officials said."
    new = profile("b", stranger, country=None)
    assert Matcher().best(new, [profile("a", LEAD)]) is None


def test_different_countries_never_merge_whatever_the_names() -> None:
    new = profile("b", LEAD, country="URY")
    features = compare(new, profile("a", LEAD))
    assert features.blocked_by == "different countries"
    assert Matcher().best(new, [profile("a", LEAD)]) is None


def test_a_riot_and_an_attack_merge_only_on_shared_names() -> None:
    riot = "Rioters torched the Ardent Mill in Corvale after Tomas Velanko was shot."
    matcher = Matcher()
    assert matcher.best(profile("b", riot, sub="Violent demonstration"), [profile("a", LEAD)])
    bare = replace(profile("c", riot, sub="Violent demonstration"), names=())
    assert matcher.best(bare, [profile("a", LEAD)]) is None


def test_folded_words_are_the_same_when_read_again() -> None:
    """Names and content words are folded through a memo: a word read a second time, in
    another text, folds as it did the first time."""
    first = "Mayor Ines O'Hara's convoys were ambushed near Quarry Lane; the Mayor’s aides fled."
    again = "Aides of Ines O'Hara said the convoys were ambushed."
    assert proper_names([first]) == ("ines", "o'hara", "quarry", "lane", "mayor")
    assert proper_names([again]) == ("ines", "o'hara")
    assert content_words([first]) == (
        "mayor", "ines", "o'hara", "convoy", "ambush", "near", "quarry", "lane", "aide", "fled",
    )  # fmt: skip
    assert content_words([again]) == ("aide", "ines", "o'hara", "convoy", "ambush")
