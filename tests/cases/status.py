"""Events that did not (yet) happen, or happened long ago: kept, never new."""

from __future__ import annotations

from cases.case import Case, case

STATUS_CASES: list[Case] = [
    case(
        "Thousands of nurses will march in the capital on Friday.",
        status="future",
        date=("2020-01-03", "2020-01-03"),
    ),
    case(
        "The union plans to march on parliament next week.",
        status="future",
    ),
    case("Farmers are expected to protest in the capital on Thursday.", status="future"),
    case("Opposition parties vowed to stage a rally on Saturday.", status="future"),
    # the act a suspect planned is to come, whatever the arrest
    case("Police arrested four men suspected of planning attacks on churches.", status="future"),
    case(
        "Students are going to march on Friday.",
        status="future",
    ),
    case(
        "Teachers will strike on Monday.",
        status="future",
        none="new",
    ),
    case(
        "Militants could strike the capital at any time, officials warned.",
        status="hypothetical",
    ),
    case("A bomb might have killed the driver, police said.", status="hypothetical"),
    case("If the talks fail, the rebels may attack the city.", status="hypothetical"),
    case(
        "The group denied carrying out the attack on Sunday.",
        status="negated",
        none="new",
        xfail="no trigger found here (trigger lexicon)",
    ),
    case(
        "No one was arrested after the march on Sunday.",
        none="new",
    ),
    case("Police did not arrest anyone at the rally on Sunday.", status="negated", none="new"),
    case("The army denied that its jets bombed the village on Sunday.", status="negated"),
    case(
        "Organisers cancelled the march planned for Friday.",
        status="negated",
        none="new",
        xfail="no trigger found here (trigger lexicon)",
    ),
    case("Police prevented a march on the capital on Sunday.", status="negated"),
    case(
        "Gunmen killed three villagers in 2003.",
        status="background",
        date=("2003-01-01", "2003-12-31"),
        none="new",
    ),
    case("Gunmen killed three villagers on Jan. 3.", status="background"),
    case(
        "In 2014, militants abducted 276 schoolgirls from a school in the town.",
        status="background",
        none="new",
    ),
    case(
        "Hundreds have been killed in recent months in the region.", status="background", none="new"
    ),
    case("A suicide bomber killed 14 people on Sunday.", status="new"),
    case(
        "Protesters marched in the capital on Sunday, and will march again on Friday.",
        status="new",
        date=("2019-12-29", "2019-12-29"),
    ),
    case(
        "Protesters marched in the capital on Sunday, and will march again on Friday.",
        status="future",
        date=("2020-01-03", "2020-01-03"),
    ),
    # the threat and the warning are new statements; the attack and arrests are not emitted
    case("The rebels threatened to attack the city.", status="future"),
    case("The government warned that protesters would be arrested.", status="new"),
    case(
        "Police have arrested 40 people since the protests began in October.",
        status="new",
        xfail="the arrests take the protests' old date through linking",
    ),
    case(
        "Soldiers killed two gunmen on Sunday, the army said. The gunmen had planned to attack"
        " a market.",
        status="future",
    ),
    # deaths and impacts that are no conflict event
    case("The former minister died of old age on Sunday.", none="new"),
    case("Officials said the death toll from the floods rose to 31 on Sunday.", none="new"),
    case("The storm hit the coast on Sunday.", none="new"),
    case("A car crashed into a tree on Sunday.", none="new"),
    # campaigns, habits and records of acts are no event of the day
    case(
        "The cartel, which has been fighting rival gangs for control of the valley, is the"
        " strongest in the state.",
        none="new",
    ),
    case("Residents say troops arrive too late when villages are attacked.", none="new"),
    case("The group has a history of seizing schoolchildren from their dormitories.", none="new"),
    case("Fighting between the cartels has displaced thousands of farmers.", none="new"),
    case("The attack on Sunday has killed 12 people, officials said.", status="new"),
    # an event that is only discussed, proposed or demanded has not happened
    case(
        "The rebels said on Sunday that a ceasefire should be discussed later in the talks.",
        status="hypothetical",
    ),
    case("Mediators proposed a truce on Sunday.", none="new"),
    case(
        "The army said on Sunday that enemy forces were shelling border villages to slow its"
        " advance.",
        none="new",
    ),
    case("Troops were shelling the town on Sunday when the rebels withdrew.", status="new"),
    # a tally so far in the present perfect
    case(
        "At least three journalists have been kidnapped in the province this year, a press"
        " group said.",
        status="aggregate",
        abducted=(3, 3, None),
    ),
    case(
        "Since the beginning of the year, at least 90 civilians have been killed in the"
        " district, the mission said.",
        status="aggregate",
    ),
    # a state since a month or a year sets the scene
    case(
        "The province has been shaken by fighting between the two groups since the start"
        " of the year.",
        none="new",
    ),
    # an infinitive of purpose is as future as the verb it serves
    case(
        "Port workers in Antwerp will strike on Friday to protest against the pension bill,"
        " their union said.",
        "2024-03-14",
        status="future",
        none="new",
    ),
    # a condition told by inversion ("Had ..."), with no "if"
    case(
        "Had the device gone off during rush hour, hundreds could have been killed, police said.",
        "2024-03-14",
        status="hypothetical",
        none="new",
    ),
    case(
        "Police did not arrest anyone during Saturday's march in Santiago.",
        "2024-03-14",
        status="negated",
    ),
    case(
        "In 2019, soldiers killed more than 100 protesters in Khartoum in a single day.",
        "2024-03-14",
        status="background",
        fatalities=(100, 100, None),
    ),
]
