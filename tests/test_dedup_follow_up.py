"""One story, told from its killing or from the suspect's arrest: an arrest or a criminal
charge whose sentence names the violent act may join that act, on stronger proof."""

from __future__ import annotations

from dataclasses import replace

from tacitus.dedup import Matcher, MatchProfile, compare
from tacitus.dedup.similarity import FOLLOW_UP, follows_up, type_similarity
from tacitus.dedup.words import content_words, proper_names
from test_dedup_words import profile

KILLING = "Gunmen shot dead Tomas Velanko outside the Ardent Mill in Corvale on Tuesday."
ARREST = "Police in Corvale arrested two men in the killing of Tomas Velanko at the Ardent Mill."
CHARGE = "Two men were charged with the murder of Tomas Velanko, the Ardent Mill foreman."
ACCUSATION = "The opposition accused the army of the killing of Tomas Velanko in Corvale."
ROUND_UP = "Police in Corvale arrested Tomas Velanko and two other traders at the Ardent Mill."


def follow_up(name: str, text: str, *, arrest: bool = True) -> MatchProfile:
    """An arrest (Strategic developments) or a charge (PLOVER ACCUSE, no ACLED type)."""
    base = profile(name, text)
    if arrest:
        return replace(
            base,
            event_type="Strategic developments",
            sub_event_type="Arrests",
            plover="COERCE",
            counts=(),
        )
    return replace(base, event_type=None, sub_event_type=None, plover="ACCUSE", counts=())


def test_an_arrest_in_a_killing_is_part_of_the_killings_story() -> None:
    killing, arrest = profile("a", KILLING), follow_up("b", ARREST)
    assert follows_up(arrest, killing) and not follows_up(killing, arrest)
    assert type_similarity(arrest, killing) == type_similarity(killing, arrest) == FOLLOW_UP
    features = compare(arrest, killing)
    assert features.blocked_by is None
    decision = Matcher().best(arrest, [killing])
    assert decision is not None and decision.features.type_sim == FOLLOW_UP


def test_a_criminal_charge_in_a_killing_joins_it_too() -> None:
    charge = follow_up("b", CHARGE, arrest=False)
    assert follows_up(charge, profile("a", KILLING))
    assert Matcher().best(charge, [profile("a", KILLING)]) is not None


def test_an_accusation_between_sides_is_not_a_charge() -> None:
    accusation = follow_up("b", ACCUSATION, arrest=False)
    assert not follows_up(accusation, profile("a", KILLING))
    assert compare(accusation, profile("a", KILLING)).blocked_by == "incompatible event types"


def test_an_arrest_that_names_no_violent_act_stays_apart() -> None:
    round_up = follow_up("b", ROUND_UP)
    assert compare(round_up, profile("a", KILLING)).blocked_by == "incompatible event types"


def test_an_arrest_joins_only_a_violent_event() -> None:
    riot = profile("a", KILLING, sub="Violent demonstration")
    assert not follows_up(follow_up("b", ARREST), riot)


def test_the_follow_up_asks_for_more_than_the_type() -> None:
    """A loose type asks for shared names or story words: an arrest in another killing in
    the same country does not join."""
    other = "Police in Marlo arrested a man in the killing of a shopkeeper, Ines Arvada."
    arrest = replace(
        follow_up("b", other), names=proper_names([other]), words=content_words([other])
    )
    assert follows_up(arrest, profile("a", KILLING))
    assert Matcher().best(arrest, [profile("a", KILLING)]) is None
