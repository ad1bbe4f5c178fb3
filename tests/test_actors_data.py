"""Actor data files: coverage, codes, and no alias naming two different actors."""

from __future__ import annotations

from collections import defaultdict

import pytest

from tacitus.actors import ActorKB
from tacitus.actors.data import country_overrides, group_records, organisation_records
from tacitus.actors.index import key_variants
from tacitus.actors.normalize import is_case_sensitive
from tacitus.coding.taxonomy import ACLED_INTER_LABELS

SECTORS = frozenset(
    {
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
    }
)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def test_no_alias_points_to_two_actors_in_the_group_file() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for record in group_records():
        for alias in (record["name"], *record["aliases"]):
            for key in key_variants(alias):
                owners[key if is_case_sensitive(alias) else key.lower()].add(record["name"])
    clashes = {key: who for key, who in owners.items() if len(who) > 1}
    assert clashes == {}


def test_no_surface_form_is_ambiguous_in_the_built_base(kb: ActorKB) -> None:
    assert kb.aliases.conflicts == []
    assert kb.demonyms.conflicts == []
    assert kb.nouns.conflicts == []


def test_named_actors_are_well_formed(kb: ActorKB) -> None:
    records = group_records()
    assert len(records) >= 150
    iso3 = {c.iso3 for c in kb.countries()}
    for record in records:
        assert record["inter"] in ACLED_INTER_LABELS, record["name"]
        assert record["sector"] in SECTORS, record["name"]
        assert record["country"] is None or record["country"] in iso3, record["name"]
        assert record["aliases"], record["name"]
        if record["parent"]:
            assert kb.get(record["parent"]) is not None, record["parent"]


def test_every_country_has_three_state_entries(kb: ActorKB) -> None:
    countries = list(kb.countries())
    assert len(countries) > 240
    for country in countries:
        for sector in ("MIL", "COP", "GOV"):
            entry = kb.state(sector, country.iso3)
            assert entry is not None and entry.inter == 1 and entry.sector == sector


def test_demonyms_cover_the_countries_that_matter(kb: ActorKB) -> None:
    with_demonyms = [c for c in kb.countries() if c.demonyms]
    assert len(with_demonyms) >= 190
    for country in with_demonyms:
        for demonym in country.demonyms:
            assert kb.country_of_demonym(demonym) == country.iso3, demonym
    assert set(country_overrides()) <= {c.iso3 for c in kb.countries()} | {"SCG", "ANT"}


def test_at_least_400_named_non_state_actors_with_valid_umbrellas(kb: ActorKB) -> None:
    from tacitus.actors.data import group_records

    records = group_records()
    non_state = [r for r in records if r["inter"] != 1]
    assert len(non_state) >= 400
    assert all(kb.get(r["parent"]) is not None for r in records if r.get("parent"))


def test_international_organisations_are_well_formed(kb: ActorKB) -> None:
    records = organisation_records()
    assert len(records) >= 50
    for record in records:
        assert record["sector"] in ("IGO", "NGO"), record["name"]
        assert record["inter"] == (8 if record["sector"] == "IGO" else 7), record["name"]
        assert record["country"] is None, record["name"]
        if record["parent"]:
            assert kb.get(record["parent"]) is not None, record["parent"]
