"""Actor knowledge base: finding and resolving actor mentions in sentences we wrote."""

from __future__ import annotations

import itertools

import pytest

from tacitus.actors import ActorKB, ActorMatch


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def names(matches: list[ActorMatch]) -> list[str]:
    return [m.entry.name for m in matches]


def test_the_name_ethiopia_s_government_gives_the_ola_is_the_ola(kb: ActorKB) -> None:
    found = kb.find('The regional government blamed "Shene" and the OLF-Shene for the raid.')
    assert names(found)[-2:] == ["Oromo Liberation Army", "Oromo Liberation Army"]


def test_both_kataib_hezbollah_spellings_are_one_entry(kb: ActorKB) -> None:
    text = "Kataeb Hezbollah denied the claim, but a Kata'ib Hizballah commander confirmed it."
    found = kb.find(text)
    assert [m.text for m in found] == ["Kataeb Hezbollah", "Kata'ib Hizballah commander"]
    assert found[0].entry == found[1].entry
    entry = found[0].entry
    assert entry.name == "Kataib Hezbollah"
    assert entry.parent == "Popular Mobilization Forces"
    assert entry.inter == 3 and entry.country == "IRQ"
    umbrella = kb.get(entry.parent)
    assert umbrella is not None and kb.resolve("Hashd al-Shaabi") == umbrella


def test_islamic_state_names_are_one_actor_and_provinces_are_separate(kb: ActorKB) -> None:
    text = "ISIS, which Iraqis call Daesh and Washington once called ISIL, lost ground to ISWAP."
    found = kb.find(text)
    assert names(found) == [
        "Islamic State",
        "Islamic State",
        "Islamic State",
        "Islamic State West Africa Province",
    ]
    iswap = found[-1].entry
    assert iswap.parent == "Islamic State" and iswap.country == "NGA"


def test_acronym_is_only_in_capitals(kb: ActorKB) -> None:
    assert kb.find("Officials said it is too early to tell who is behind the blast.") == []
    found = kb.find("IS claimed the bombing in a statement on Friday.")
    assert [(m.text, m.entry.name) for m in found] == [("IS", "Islamic State")]


def test_state_forces_from_demonym_and_noun(kb: ActorKB) -> None:
    police = kb.resolve("Iraqi security forces")
    assert police is not None
    assert (police.name, police.inter, police.country, police.sector) == (
        "Police Forces of Iraq",
        1,
        "IRQ",
        "COP",
    )
    jets = kb.resolve("American fighter jets")
    assert jets is not None and jets.name == "Military Forces of the United States"
    assert jets.sector == "MIL"
    assert kb.external(jets, country="IRQ").inter == 8
    assert kb.external(jets, country="USA").inter == 1
    assert kb.external(kb.resolve("Hezbollah") or jets, country="SYR").inter == 3


def test_find_reports_state_forces_and_groups_with_offsets(kb: ActorKB) -> None:
    text = (
        "American fighter jets struck the Houthis overnight, while al-Shabab fighters "
        "ambushed Somali troops and Iraq's army shelled a village."
    )
    found = kb.find(text)
    assert [m.text for m in found] == [
        "American fighter jets",
        "Houthis",
        "al-Shabab fighters",
        "Somali troops",
        "Iraq's army",
    ]
    assert names(found) == [
        "Military Forces of the United States",
        "Houthi Movement",
        "Al Shabaab",
        "Military Forces of Somalia",
        "Military Forces of Iraq",
    ]
    for match in found:
        assert text[match.start : match.end] == match.text


def test_matches_never_overlap(kb: ActorKB) -> None:
    text = (
        "Islamic State West Africa Province fighters and Boko Haram attacked Nigerian army "
        "soldiers and U.S.-backed Syrian Democratic Forces, while Kremlin-backed Wagner "
        "Group mercenaries and the IDF exchanged fire with Hezbollah members."
    )
    found = kb.find(text, generic=True, country="NGA")
    spans = sorted((m.start, m.end) for m in found)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    assert "Islamic State West Africa Province" in names(found)
    assert "Islamic State" not in names(found)
    assert "Military Forces of Nigeria" in names(found)


def test_a_name_keeps_its_words_from_a_longer_bare_noun(kb: ActorKB) -> None:
    """ "rebel group" is longer than "M23 rebel", but the name is the group's."""
    found = kb.find("The M23 rebel group seized the hill town on Monday.", generic=True)
    assert names(found) == ["March 23 Movement"]


def test_generic_protesters_in_chile(kb: ActorKB) -> None:
    entry = kb.resolve("thousands of protesters", country="CHL")
    assert entry is not None
    assert (entry.name, entry.inter, entry.country, entry.kind) == (
        "Protesters (Chile)",
        6,
        "CHL",
        "generic",
    )
    text = "Protesters marched in Santiago until riot police dispersed the crowd."
    found = kb.find(text, generic=True, country="CHL")
    assert names(found) == ["Protesters (Chile)", "Police Forces of Chile", "Protesters (Chile)"]
    assert kb.find(text) == []  # bare nouns only on request


def test_generic_actors_take_their_country(kb: ActorKB) -> None:
    gunmen = kb.resolve("gunmen", country="NGA")
    assert gunmen is not None and gunmen.name == "Unidentified Armed Group (Nigeria)"
    assert gunmen.inter == 3
    militia = kb.resolve("militia fighters")
    assert militia is None or militia.kind == "generic"
    rioters = kb.resolve("an angry mob", country="IND")
    assert rioters is not None and (rioters.name, rioters.inter) == ("Rioters (India)", 5)
    villagers = kb.find("Yemeni villagers fled the shelling.")
    assert names(villagers) == ["Civilians (Yemen)"]
    assert villagers[0].entry.inter == 7


def test_bare_force_nouns_without_a_country_are_generic(kb: ActorKB) -> None:
    police = kb.resolve("security forces")
    assert police is not None and (police.name, police.sector) == ("Police Forces", "COP")
    assert police.kind == "generic" and police.country is None and police.inter == 1
    army = kb.resolve("the army", country="MLI")
    assert army is not None and army.name == "Military Forces of Mali"
    assert (kb.resolve("the government", country="KEN") or army).name == "Government of Kenya"


def test_fuzzy_spelling_of_a_named_actor(kb: ActorKB) -> None:
    entry = kb.resolve("Kataeb Hizbullah")
    assert entry is not None and entry.name == "Kataib Hezbollah"
    assert kb.resolve("Harakat al-Shabab al-Mujahedeen") == kb.get("Al Shabaab")
    assert kb.resolve("quarterly earnings report") is None


def test_identity_militia_named_for_the_country(kb: ActorKB) -> None:
    default = kb.resolve("Fulani herdsmen")
    assert default is not None and default.name == "Fulani Ethnic Militia (Nigeria)"
    mali = kb.resolve("armed Fulani herders", country="MLI")
    assert mali is not None and mali.name == "Fulani Ethnic Militia (Mali)"
    assert mali.inter == 4 and mali.country == "MLI"


def test_demonyms_metonyms_and_country_names(kb: ActorKB) -> None:
    assert kb.country_of_demonym("Iraqi") == "IRQ"
    assert kb.country_of_demonym("U.S.") == "USA"
    assert kb.country_of_demonym("Americans") == "USA"
    assert kb.country_of_demonym("Tehran") == "IRN"
    assert kb.country_of_demonym("Kiev") == kb.country_of_demonym("Kyiv") == "UKR"
    assert kb.country_of_demonym("Kremlin") == "RUS"
    assert kb.country_of_demonym("us") is None
    # "Korean" and "Korea" alone are the South's: the North is always named as such.
    assert kb.country_of_demonym("Korean") == kb.country_of_demonym("Koreans") == "KOR"
    assert kb.country_of_name("Korea") == "KOR"
    assert kb.country_of_demonym("North Korean") == "PRK"
    assert kb.country_name("COD") == "Democratic Republic of Congo"
    assert kb.country_name("GBR") == "United Kingdom"
    assert kb.country_name("XXX") is None
    tehran = kb.resolve("Tehran")
    assert tehran is not None and tehran.name == "Government of Iran"


def test_get_by_name_or_id(kb: ActorKB) -> None:
    entry = kb.get("Military Forces of Iraq")
    assert entry is not None and entry.id == "mil-irq"
    assert kb.get("mil-irq") == entry
    assert kb.get("military forces of iraq") == entry
    assert kb.get("No Such Actor") is None


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Ugandan rebels surrendered to the army.", "REB"),
        ("Guerrillas blew up a power line.", "REB"),
        ("A rebel commander was captured near the border.", "REB"),
        ("Suspected militants ambushed a convoy.", "REB"),
        ("Unknown gunmen ambushed a convoy.", "UAF"),
        ("Armed bandits ambushed a convoy.", "UAF"),
    ],
)
def test_unnamed_rebels_are_an_unidentified_group_of_the_rebel_sector(
    kb: ActorKB, text: str, sector: str
) -> None:
    found = kb.find(text, country="UGA", generic=True)
    assert [(m.entry.name, m.entry.sector) for m in found][:1] == [
        ("Unidentified Armed Group (Uganda)", sector)
    ]


def test_ancestors_follow_the_parent_chain(kb: ActorKB) -> None:
    branch = kb.get("Ansarul Islam")
    assert branch is not None
    assert kb.ancestors(branch) == ["Jama'at Nusrat al-Islam wal-Muslimin", "Al Qaeda"]
    top = kb.get("Al Qaeda")
    assert top is not None and kb.ancestors(top) == []


def test_the_gulf_clan_by_its_own_name_in_english(kb: ActorKB) -> None:
    found = kb.find("Troops killed a commander of the Gaitanista Army of Colombia on Monday.")
    assert names(found) == ["Clan del Golfo"]


@pytest.mark.parametrize(
    "text", ["Clashes between rival clans killed nine.", "Clansmen raided a farm."]
)
def test_clansmen_and_rival_clans_are_a_communal_militia(kb: ActorKB, text: str) -> None:
    found = kb.find(text, country="SOM", generic=True)
    assert names(found) == ["Unidentified Communal Militia (Somalia)"]
