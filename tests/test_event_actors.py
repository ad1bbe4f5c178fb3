"""The actors of the assembled event record: crowds and the forces facing them, and the
named group that takes an unnamed side's place (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6))).events


def _sides(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    event = next(e for e in _events(pipeline, text) if e.acled is not None and e.status == "new")
    first, second = event.actor("actor1"), event.actor("actor2")
    return (first.name if first else None, second.name if second else None)


def test_police_facing_marchers_are_the_second_actor(pipeline: Pipeline) -> None:
    text = (
        "Police fired tear gas at hundreds of teachers who marched on parliament in "
        "Nairobi on Monday."
    )
    assert _sides(pipeline, text) == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_excessive_force_puts_the_force_first(pipeline: Pipeline) -> None:
    text = (
        "Riot police fired live rounds at thousands of protesters in Harare on Tuesday, "
        "killing two demonstrators, a doctors' union said."
    )
    assert _sides(pipeline, text) == ("Police Forces of Zimbabwe", "Protesters (Zimbabwe)")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A bomber on a motorbike blew himself up beside an army convoy near Bannu on "
            "Sunday, killing five soldiers, officials said. Hours later the Pakistani "
            "Taliban claimed the attack.",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "Gunmen opened fire on a bus carrying miners near Fresnillo in Zacatecas on "
            "Thursday, killing six people. State prosecutors blamed the Sinaloa Cartel.",
            "Sinaloa Cartel",
        ),
        (
            "A car bomb went off outside a hotel in Baidoa on Friday, killing four guards, "
            "police said. Al-Shabaab later claimed responsibility in a statement.",
            "Al Shabaab",
        ),
        (
            "Armed men kidnapped a local councillor from his farm in Cauca province on "
            "Friday, the army said, blaming dissidents of the former FARC guerrilla group.",
            "FARC Dissidents",
        ),
    ],
)
def test_a_claimed_or_blamed_group_names_the_unnamed_side(
    pipeline: Pipeline, text: str, group: str
) -> None:
    assert _sides(pipeline, text)[0] == group


def test_two_blamed_groups_name_no_one(pipeline: Pipeline) -> None:
    text = (
        "Gunmen opened fire on a bus carrying miners near Fresnillo in Zacatecas on "
        "Thursday, killing six people. Prosecutors blamed the Sinaloa Cartel or the "
        "Jalisco New Generation Cartel."
    )
    assert _sides(pipeline, text)[0] == "Unidentified Armed Group (Mexico)"


def test_a_group_offered_with_its_parent_still_names_the_unnamed_side(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen ambushed an army patrol near Djibo in northern Burkina Faso on Monday, "
        "the army said. Ansarul Islam, which is allied to al Qaeda, said on Tuesday that "
        "it had killed nine soldiers."
    )
    assert _sides(pipeline, text)[0] == "Ansarul Islam"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Jihadists raid army post\n\nNIAMEY, March 2 (Our Wire) - Fighters of the "
            "Islamic State Sahel Province, the group's branch in the region, attacked an "
            "army post near Tera on Sunday, killing six soldiers, the army said.",
            "Islamic State Sahel Province",
        ),
        (
            "Militia attacks meeting\n\nGITEGA, Feb 9 (Our Wire) - Members of the "
            "Imbonerakure, the ruling party's youth wing, attacked a meeting of opposition "
            "supporters in Muyinga on Saturday, injuring five people, the opposition said.",
            "Imbonerakure",
        ),
    ],
)
def test_the_lead_subject_is_not_the_dateline_town(
    pipeline: Pipeline, text: str, first: str
) -> None:
    assert _sides(pipeline, text)[0] == first


def test_dissidents_of_a_group_are_its_breakaway_faction(pipeline: Pipeline) -> None:
    adoc = pipeline.process(
        Article(
            id="t",
            text="Dissidents of the FARC attacked a police post in Cauca on Friday.",
            published=dt.date(2024, 5, 6),
        )
    )
    names = [(m.text, m.entry.name if m.entry else None) for m in adoc.actors]
    assert ("Dissidents of the FARC", "FARC Dissidents") in names


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Four people were killed in the town of Kidal in Mali on Monday when soldiers "
            "opened fire on a crowd, residents said.",
            "Military Forces of Mali",
        ),
        (
            "A farmer was killed in a village near Kherson on Monday when a Russian drone "
            "dropped a grenade on his field, officials said.",
            "Military Forces of Russia",
        ),
        (
            "Government forces pounded the town of Ariha in Syria with artillery and rocket "
            "fire on Monday, killing seven people.",
            "Military Forces of Syria",
        ),
    ],
)
def test_the_side_that_acted_in_a_passive_or_with_a_weapon(
    pipeline: Pipeline, text: str, first: str
) -> None:
    assert _sides(pipeline, text)[0] == first


def test_an_aircraft_of_no_named_owner_is_unidentified_military(pipeline: Pipeline) -> None:
    text = (
        "A drone strike hit a wedding party in a village of Amhara in Ethiopia on Sunday, "
        "killing nine guests, residents said."
    )
    assert _sides(pipeline, text)[0] == "Unidentified Military Forces"


def test_an_aircraft_with_a_demonym_keeps_its_country(pipeline: Pipeline) -> None:
    text = "Russian drones struck a grain depot in Odesa in Ukraine on Sunday, officials said."
    assert _sides(pipeline, text)[0] == "Military Forces of Russia"


def test_aircraft_in_sentences_naming_a_military_are_its_own(pipeline: Pipeline) -> None:
    text = (
        "The army said its drones struck a rebel camp near Gao in Mali on Sunday, "
        "killing twelve fighters."
    )
    assert _sides(pipeline, text)[0] == "Military Forces of Mali"


def test_the_side_that_attacked_leads_a_battle(pipeline: Pipeline) -> None:
    text = (
        "Malian troops fought JNIM fighters for three hours near Boni on Monday after the"
        " fighters attacked an army outpost."
    )
    assert _sides(pipeline, text) == (
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Military Forces of Mali",
    )
    plain = "Malian troops fought JNIM fighters near Boni on Monday."
    assert _sides(pipeline, plain)[0] == "Military Forces of Mali"


def test_the_side_whose_fighters_fell_is_a_side_of_the_battle(pipeline: Pipeline) -> None:
    text = (
        "Four police officers were killed in a clash with Al-Shabaab fighters near Mandera "
        "in northeastern Kenya on Monday, officials said."
    )
    assert _sides(pipeline, text) == ("Police Forces of Kenya", "Al Shabaab")


def test_civilians_killed_in_a_battle_are_not_a_side(pipeline: Pipeline) -> None:
    text = (
        "Three civilians were killed in a clash between the army and rebels near Beni on "
        "Monday, officials said."
    )
    first, _ = _sides(pipeline, text)
    assert first is not None and not first.startswith("Civilians")


def test_party_supporters_fighting_each_other_riot(pipeline: Pipeline) -> None:
    text = (
        "Supporters of the Awami League and the opposition BNP fought each other with "
        "sticks in central Dhaka on Saturday, leaving a police officer dead, police said."
    )
    event = next(e for e in _events(pipeline, text) if e.status == "new")
    assert event.acled is not None
    assert event.acled.sub_event_type == "Violent demonstration"
    assert event.counts["fatalities"].best == 1


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Clashes between soldiers and Islamic State fighters near Raqqa killed 14 "
            "people on Sunday.",
            ("Military Forces of Syria", "Islamic State"),
        ),
        (
            # The parse reads "the army and M23" as modifiers of "rebels".
            "Fighting between the army and M23 rebels near Goma killed nine people on Sunday.",
            ("Military Forces of the Democratic Republic of Congo", "March 23 Movement"),
        ),
    ],
)
def test_a_fight_between_two_sides_that_killed_people_keeps_both_sides(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    """The dead are the fight's victims, not its second side."""
    assert _sides(pipeline, text) == sides


def test_civilians_who_kill_are_a_communal_militia(pipeline: Pipeline) -> None:
    """ACLED never codes civilians as the side that commits political violence."""
    text = "Suspected herders killed nine villagers in Plateau state on Sunday, police said."
    assert _sides(pipeline, text) == (
        "Unidentified Communal Militia (Nigeria)",
        "Civilians (Nigeria)",
    )


def test_people_named_by_nationality_whom_an_attack_fell_on_are_civilians(
    pipeline: Pipeline,
) -> None:
    text = "Gunmen shot dead three Algerian landowners near Tiaret on Sunday."
    assert _sides(pipeline, text) == ("Unidentified Armed Group (Algeria)", "Civilians (Algeria)")


def test_supporters_of_a_former_leader_are_no_government(pipeline: Pipeline) -> None:
    text = (
        "Police arrested 80 supporters of former prime minister Nawaz Sharif in Multan on Sunday."
    )
    assert _sides(pipeline, text) == ("Police Forces of Pakistan", "Protesters (Pakistan)")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The army and the Rapid Support Forces agreed to a three-day truce on Sunday.",
            ("Military Forces of Sudan", "Rapid Support Forces"),
        ),
        (
            "Government troops and rebels clashed near Goma on Sunday.",
            (
                "Military Forces of the Democratic Republic of Congo",
                "Unidentified Armed Group (Democratic Republic of Congo)",
            ),
        ),
    ],
)
def test_two_sides_named_as_one_subject_are_both_actors(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    assert _sides(pipeline, text) == sides


def test_soldiers_and_police_together_are_one_side(pipeline: Pipeline) -> None:
    text = "Soldiers and police clashed with rebels near Goma on Sunday."
    assert _sides(pipeline, text)[1] == "Unidentified Armed Group (Democratic Republic of Congo)"


def test_a_public_flogging_is_an_attack(pipeline: Pipeline) -> None:
    text = "Militants publicly flogged two women in Gao on Sunday, residents said."
    events = [e for e in _events(pipeline, text) if e.acled is not None]
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Attack"]


def test_an_air_strike_told_without_its_actor_is_a_militarys(pipeline: Pipeline) -> None:
    text = "An airstrike killed five people in a village near Idlib on Sunday, activists said."
    assert _sides(pipeline, text) == ("Unidentified Military Forces", "Civilians (Syria)")


def _statement_target(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    event = next(e for e in _events(pipeline, text) if e.acled is None)
    second = event.actor("actor2")
    return (second.text, second.country) if second else (None, None)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "The governor threatened on Friday to impose a curfew in Mombasa after a week "
            "of looting.",
            "Mombasa",
            "KEN",
        ),
        (
            "The Norwegian government suspended its development aid to Malawi last week.",
            "Malawi",
            "MWI",
        ),
        (
            "The interior ministry lifted the state of emergency in Tigray on Thursday.",
            "Tigray",
            "ETH",
        ),
        (
            "A senior Swedish diplomat on Monday praised Ghana's efforts to curb piracy.",
            "Ghana",
            "GHA",
        ),
        (
            "The rebel commander on Friday rejected a US offer to host new talks in Geneva.",
            "US",
            "USA",
        ),
    ],
)
def test_a_statement_naming_no_party_falls_on_the_place_it_is_done_in(
    pipeline: Pipeline, text: str, place: str, country: str
) -> None:
    assert _statement_target(pipeline, text) == (place, country)


def test_the_streets_a_call_sends_people_to_are_no_party(pipeline: Pipeline) -> None:
    # spaCy's small model tags the city here as a person, so it reached the actors too.
    text = (
        "Opposition leader Ousmane Sonko called on his supporters to take to the streets "
        "of Dakar on Friday."
    )
    assert _statement_target(pipeline, text) == (None, None)


def test_a_place_in_the_subject_is_not_what_a_statement_falls_on(pipeline: Pipeline) -> None:
    text = "Farmers in Kisumu threatened on Monday to stop selling maize."
    assert _statement_target(pipeline, text) == (None, None)


def test_forces_an_armed_group_owns_are_the_groups(pipeline: Pipeline) -> None:
    text = (
        "Houthi rebels have vowed to keep up their campaign at sea. On Friday the group's "
        "forces fired two missiles at a tanker off Mokha."
    )
    assert _sides(pipeline, text)[0] == "Houthi Movement"
    text = "The rebels' forces attacked an army outpost near Bunia on Wednesday."
    first = _sides(pipeline, text)[0]
    assert first is not None and not first.startswith("Military Forces")


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired a barrage of rockets at the town of Kiryat Shmona on Sunday.",
        "Militants fired a volley of mortar shells at an army base near Baidoa on Tuesday.",
    ],
)
def test_a_barrage_fired_is_no_target(pipeline: Pipeline, text: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.acled is not None)
    assert all("volley" not in r.text and "barrage" not in r.text for r in event.actors)


def test_a_weapon_without_a_demonym_names_no_state(pipeline: Pipeline) -> None:
    text = "Hamas fired dozens of rockets at Ashkelon on Saturday, the army said."
    assert _sides(pipeline, text) == ("Hamas", None)
    text = "Russian missiles struck a power plant near Kharkiv on Saturday."
    assert _sides(pipeline, text)[0] == "Military Forces of Russia"


def test_a_country_named_as_the_land_a_place_is_part_of_is_no_party(
    pipeline: Pipeline,
) -> None:
    for text in (
        "The militia had fired a missile at a ship off the coast of Eritrea on Sunday.",
        "Rebels seized a village in the north of Mali on Sunday.",
    ):
        actors = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
        assert not [m for m in actors.actors if m.entry and m.entry.name.startswith("Gov")]
    talks = pipeline.process(
        Article(id="t", text="Talks with Mali resumed on Sunday.", published=dt.date(2024, 5, 6))
    )
    assert [m.entry.name for m in talks.actors if m.entry] == ["Government of Mali"]


def test_a_village_the_gazetteer_lacks_is_no_actor(pipeline: Pipeline) -> None:
    text = "Gunmen attacked the village of Kwall on Tuesday, killing eleven people."
    assert _sides(pipeline, text)[1] != "Kwall"
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    assert "Kwall" not in [m.text for m in adoc.actors]


def test_a_force_the_article_gives_no_country_is_the_events_countrys(
    pipeline: Pipeline,
) -> None:
    # The town alone sets no country for the article's actors; the event's place does.
    text = "Soldiers clashed with suspected jihadists near Djibo on Friday."
    assert _sides(pipeline, text) == (
        "Military Forces of Burkina Faso",
        "Unidentified Armed Group (Burkina Faso)",
    )


def test_a_presidential_guard_is_the_states_military(pipeline: Pipeline) -> None:
    text = "The presidential guard fired on opposition supporters in Conakry on Sunday."
    assert _sides(pipeline, text)[0] == "Military Forces of Guinea"


def test_dead_after_the_verb_is_no_word_of_the_victims(pipeline: Pipeline) -> None:
    text = "Security forces shot dead two men in Srinagar on Monday, police said."
    event = next(e for e in _events(pipeline, text) if e.acled is not None)
    assert [r.text for r in event.actors if r.role in ("actor2", "target")] == ["two men"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Troops repelled an attack by ISWAP fighters on their base in Marte on Sunday.",
            ("Islamic State West Africa Province", "Military Forces of Nigeria"),
        ),
        (
            "Police officers fought off gunmen who attacked a station in Zaria on Tuesday.",
            ("Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria"),
        ),
    ],
)
def test_the_side_that_held_off_an_attack_fought_it(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    assert _sides(pipeline, text) == sides


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "A roadside bomb hit a vehicle carrying soldiers near Bannu on Monday.",
            "Military Forces of Pakistan",
        ),
        (
            "A bomb struck a bus carrying police officers in Quetta on Monday.",
            "Police Forces of Pakistan",
        ),
    ],
)
def test_those_a_vehicle_carried_were_struck_with_it(
    pipeline: Pipeline, text: str, second: str
) -> None:
    assert _sides(pipeline, text)[1] == second


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Clashes between Dinka and Nuer youths in Juba left four dead on Saturday.",
            ("Dinka Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)"),
        ),
        (
            "Fighting between Hema and Lendu militias near Bunia killed 11 people on Sunday.",
            (
                "Hema Ethnic Militia (Democratic Republic of Congo)",
                "Lendu Ethnic Militia (Democratic Republic of Congo)",
            ),
        ),
    ],
)
def test_peoples_named_together_on_one_noun_are_the_two_sides(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    assert _sides(pipeline, text) == sides


def test_a_peoples_fighters_are_its_militia(pipeline: Pipeline) -> None:
    text = "Hema militiamen attacked a village near Bunia on Sunday."
    assert _sides(pipeline, text)[0] == "Hema Ethnic Militia (Democratic Republic of Congo)"


def test_a_clergyman_taken_is_a_civilian(pipeline: Pipeline) -> None:
    text = "Gunmen abducted the Catholic priest from his parish in Kafanchan on Sunday night."
    assert _sides(pipeline, text) == (
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    )


def test_it_after_a_thrown_weapon_is_the_weapon_not_a_group(pipeline: Pipeline) -> None:
    text = (
        "The Resistance Front said on Tuesday that it had killed two soldiers in Kulgam. "
        "On Wednesday a grenade was hurled at a police vehicle in Srinagar. It missed its "
        "target and exploded on the road, wounding three passers-by, police said."
    )
    events = [e for e in _events(pipeline, text) if e.acled is not None and e.status == "new"]
    grenade = next(e for e in events if e.acled is not None and e.acled.sub_event_type == "Grenade")
    first = grenade.actor("actor1")
    assert first is not None and first.name == "Unidentified Armed Group (India)"


def test_artillery_fired_by_a_named_side_is_that_side(pipeline: Pipeline) -> None:
    text = (
        "Artillery fire by rebel fighters killed four civilians near the market in "
        "Kadugli, Sudan, on Monday, a doctor said."
    )
    assert _sides(pipeline, text)[0] == "Unidentified Armed Group (Sudan)"


def test_a_drone_whose_owner_a_source_blames_is_that_state_s(pipeline: Pipeline) -> None:
    text = (
        "On Sunday a drone struck a car near Sinjar in northern Iraq, killing two members "
        "of the Sinjar Resistance Units, the group said, blaming Turkey."
    )
    assert _sides(pipeline, text)[0] == "Military Forces of Turkey"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a village head near Kidal, the Coordination of Azawad Movements said.",
        "Unknown assailants killed a village head near Kidal, the Coordination of Azawad "
        "Movements said.",
    ],
)
def test_a_group_that_reports_an_attack_is_not_its_doer(pipeline: Pipeline, text: str) -> None:
    assert _sides(pipeline, text)[0] == "Unidentified Armed Group (Mali)"


def test_a_group_telling_of_its_own_fighters_is_their_group(pipeline: Pipeline) -> None:
    text = (
        "JNIM said in a statement that its fighters had attacked an army convoy near "
        "Boni on Sunday."
    )
    assert _sides(pipeline, text)[0] == "Jama'at Nusrat al-Islam wal-Muslimin"


def test_a_participle_with_an_object_is_active(pipeline: Pipeline) -> None:
    # The parser reads "bandits killed" as "bandits who were killed".
    text = "Gunmen suspected to be bandits killed 9 worshippers in a mosque in Katsina."
    event = next(e for e in _events(pipeline, text) if e.acled is not None)
    assert event.acled is not None
    assert event.acled.sub_event_type == "Attack"
    assert event.actor("actor1").text == "bandits"  # type: ignore[union-attr]


def test_a_place_inside_an_actors_name_sets_no_country(pipeline: Pipeline) -> None:
    # "Los Lobos" is also a town in Mexico; the gang's name tells nothing of where.
    text = "Members of the Los Lobos gang kidnapped a shrimp farmer in Esmeraldas on Wednesday."
    assert _sides(pipeline, text) == ("Los Lobos", "Civilians (Ecuador)")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Suspected Kuki militants torched houses in a Meitei village in Bishnupur "
            "district on Sunday.",
            "Kuki Ethnic Militia (India)",
        ),
        (
            "Meitei militants attacked a Kuki village near Churachandpur on Monday.",
            "Meitei Ethnic Militia (India)",
        ),
    ],
)
def test_manipurs_ethnic_militias_and_a_peoples_name_is_no_town(
    pipeline: Pipeline, text: str, first: str
) -> None:
    # "a Kuki village": whose village, not Kuki in Japan.
    assert _sides(pipeline, text)[0] == first


def test_a_named_victim_is_the_other_side_before_a_place_described_by_a_people(
    pipeline: Pipeline,
) -> None:
    text = (
        "A Turkish drone strike on a farmhouse in the Iraqi village of Sidakan killed "
        "three PKK fighters on Sunday."
    )
    assert _sides(pipeline, text) == ("Military Forces of Turkey", "Kurdistan Workers' Party")


def test_two_states_forces_exchanging_fire_are_the_two_sides(pipeline: Pipeline) -> None:
    text = "Indian and Pakistani troops exchanged fire near Poonch on Sunday."
    assert _sides(pipeline, text) == ("Military Forces of India", "Military Forces of Pakistan")


def test_one_states_soldiers_and_police_together_are_one_side(pipeline: Pipeline) -> None:
    text = "Soldiers and police clashed with gunmen near Baramulla in Kashmir on Sunday."
    first, second = _sides(pipeline, text)
    assert first == "Military Forces of India"
    assert second != "Police Forces of India"


def test_two_peoples_youths_clashing_are_their_militias_in_battle(pipeline: Pipeline) -> None:
    text = "Murle youths clashed with Dinka youths near Pibor on Friday, leaving nine dead."
    [event] = [e for e in _events(pipeline, text) if e.acled is not None]
    assert event.acled is not None
    assert event.acled.sub_event_type == "Armed clash"
    first, second = event.actor("actor1"), event.actor("actor2")
    assert (first.name if first else None, second.name if second else None) == (
        "Murle Ethnic Militia (South Sudan)",
        "Dinka Ethnic Militia (South Sudan)",
    )


def test_party_youths_clashing_still_riot(pipeline: Pipeline) -> None:
    text = "Supporters of the ruling party clashed with opposition youths in Lagos on Friday."
    subs = [e.acled.sub_event_type for e in _events(pipeline, text) if e.acled is not None]
    assert subs == ["Violent demonstration"]


def test_a_named_group_a_source_blames_flew_the_unowned_drone(pipeline: Pipeline) -> None:
    text = (
        "A drone struck a fuel depot in Port Sudan on Sunday, setting it ablaze. The army "
        "blamed the Rapid Support Forces."
    )
    assert _sides(pipeline, text)[0] == "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed six Fulani herders near Djenne on Sunday.",
        "Soldiers abducted nine Fulani herders near Djenne on Sunday, a herders' group said.",
    ],
)
def test_a_peoples_herders_struck_are_civilians(pipeline: Pipeline, text: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.acled is not None and e.status == "new")
    assert event.acled is not None
    assert event.acled.event_type == "Violence against civilians"
    second = event.actor("actor2")
    assert second is not None and second.name == "Civilians (Mali)"
    first = event.actor("actor1")
    assert first is not None and "Fulani" not in first.name


def test_a_peoples_fighters_struck_are_its_militia(pipeline: Pipeline) -> None:
    text = "Soldiers killed six Fulani militiamen near Djenne on Sunday."
    assert _sides(pipeline, text)[1] == "Fulani Ethnic Militia (Mali)"


def test_separatists_unnamed_are_an_armed_group(pipeline: Pipeline) -> None:
    text = (
        "A police officer was killed when suspected separatists opened fire on a patrol "
        "in Bamenda on Monday."
    )
    assert _sides(pipeline, text) == (
        "Unidentified Armed Group (Cameroon)",
        "Police Forces of Cameroon",
    )


def test_deaths_a_group_says_it_caused_are_an_event_not_a_denials_toll(
    pipeline: Pipeline,
) -> None:
    text = "The rebels said they had killed 30 soldiers, a figure the army denied."
    events = [e for e in _events(pipeline, text) if e.acled is not None and e.status == "new"]
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]


def test_foreign_nationals_struck_are_their_countrys_civilians(pipeline: Pipeline) -> None:
    text = "Two Chinese nationals were kidnapped by gunmen at a gold mine in Ituri on Monday."
    assert _sides(pipeline, text)[1] == "Civilians (China)"


def test_someone_shot_at_a_checkpoint_is_shot_there_not_the_checkpoint(
    pipeline: Pipeline,
) -> None:
    text = "Soldiers shot dead a Palestinian man at a checkpoint near Hebron on Tuesday."
    event = next(e for e in _events(pipeline, text) if e.acled is not None)
    assert event.acled is not None
    assert event.acled.sub_event_type == "Attack"
    second = event.actor("actor2")
    assert second is not None and second.name == "Civilians (Palestine)"


@pytest.mark.parametrize(
    "victims", ["a family of five", "five members of one family", "five of his relatives"]
)
def test_a_family_struck_is_civilians(pipeline: Pipeline, victims: str) -> None:
    text = f"A Russian drone strike on a farmhouse near Kherson killed {victims} on Sunday."
    assert _sides(pipeline, text) == ("Military Forces of Russia", "Civilians (Ukraine)")


def test_a_nations_shelling_a_victim_was_killed_in_is_its_military(pipeline: Pipeline) -> None:
    text = "A woman was killed in Russian shelling of the city of Kherson on Tuesday."
    assert _sides(pipeline, text) == ("Military Forces of Russia", "Civilians (Ukraine)")


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Israeli troops arrested 11 Palestinians in raids near Nablus on Friday.", "Palestine"),
        ("Gunmen kidnapped two Turkish engineers near Kidal on Friday.", "Turkey"),
    ],
)
def test_people_of_a_nation_arrested_or_abducted_are_its_civilians(
    pipeline: Pipeline, text: str, taken: str
) -> None:
    assert _sides(pipeline, text)[1] == f"Civilians ({taken})"
