"""How the PLOVER scoring reads gold actor codes and the system's actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.actors import ActorKB
from tacitus.actors.entry import ActorEntry
from tacitus.evaluation.plover_codes import (
    entry_code,
    gold_code,
    gold_sector,
    record_codes,
    ref_code,
)
from tacitus.evaluation.plover_eval import halves, load_gold, score_plover
from tacitus.evaluation.typing_eval import TypingRunner
from tacitus.pipeline import Pipeline
from tacitus.records.event import ActorRef

COUNTRIES = frozenset({"JPN", "ITA", "VNM", "IRQ", "USA"})


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("IRQ", "IRQ"),
        ("usa", "USA"),
        ("JAP", "JPN"),
        ("ITL", "ITA"),
        ("VTN", "VNM"),
        ("IGO", "IGO"),
        ("NGO", "NGO"),
        ("IMG", "IMG"),
        ("ISM", None),
        ("", None),
    ],
)
def test_gold_codes_are_iso_or_international(raw: str, code: str | None) -> None:
    assert gold_code(raw, COUNTRIES) == code


@pytest.mark.parametrize(
    ("raw", "sector"),
    [("GOV", "GOV"), ("CVLalb", "CVL"), ("CIV", "CVL"), ("CIVsrp", "CVL"), ("***", None)],
)
def test_gold_sectors_are_three_letter_cameo_codes(raw: str, sector: str | None) -> None:
    assert gold_sector(raw) == sector


def _entry(**changes: object) -> ActorEntry:
    base: dict[str, object] = {
        "id": "x",
        "name": "X",
        "inter": 3,
        "sector": "REB",
        "country": None,
        "kind": "group",
        "aliases": (),
    }
    base.update(changes)
    return ActorEntry(**base)  # type: ignore[arg-type]


def test_system_codes_for_countries_organisations_and_transnational_groups() -> None:
    assert entry_code(_entry(country="IRQ")) == "IRQ"
    assert entry_code(_entry(sector="IGO", inter=8)) == "IGO"
    assert entry_code(_entry(sector="NGO", inter=7)) == "NGO"
    assert entry_code(_entry(inter=2)) == "IMG"
    assert entry_code(_entry(kind="generic", sector="UAF")) is None


def test_transnational_group_in_the_kb_is_an_international_armed_group(kb: ActorKB) -> None:
    entry = kb.get("Al Qaeda")
    assert entry is not None and entry_code(entry) == "IMG"


def _write_gold(folder: Path, records: list[dict[str, object]]) -> None:
    (folder / "PLOVER_GSR_CAMEO.json").write_text(json.dumps(records), encoding="utf-8")


def test_gold_loading_mends_codes_and_halves_alternate(tmp_path: Path) -> None:
    records: list[dict[str, object]] = [{"id": "doc", "event": "DOCUMENT"}]
    for n in range(5):
        records.append(
            {
                "id": f"r{n}",
                "event": "ACCUSE",
                "text": "Tokyo accused the rebels of shelling the port.",
                "source": [{"actorText": "Tokyo", "code": "JAP", "sector": "GOV"}],
                "target": [{"actorText": "rebels", "code": "ISM", "sector": "REB"}],
            }
        )
    _write_gold(tmp_path, records)
    golds = load_gold(tmp_path)
    assert [g.id for g in golds] == ["r0", "r1", "r2", "r3", "r4"]
    assert golds[0].source_codes == {"JPN"} and golds[0].source_sectors == {"GOV"}
    assert golds[0].target_codes == frozenset()
    assert halves(golds) == {"a": [0, 2, 4], "b": [1, 3]}


def _ref(role: str = "actor1", **changes: object) -> ActorRef:
    base: dict[str, object] = {"role": role, "name": "X", "text": "X", "span": (0, 1)}
    base.update(changes)
    return ActorRef.model_validate(base)


def test_record_actor_codes(kb: ActorKB) -> None:
    assert ref_code(_ref(name="Military Forces of Iraq", inter=1, country="IRQ"), kb) == "IRQ"
    assert ref_code(_ref(name="United Nations", inter=8, sector="IGO"), kb) == "IGO"
    assert ref_code(_ref(name="Al Qaeda", inter=2, sector="REB"), kb) == "IMG"
    assert ref_code(_ref(name="Kenyan farmers", text="Kenyan farmers"), kb) == "KEN"
    assert ref_code(_ref(name="Protesters", inter=6, sector="CVL"), kb) is None


def test_record_codes_keep_to_one_role(kb: ActorKB) -> None:
    refs = [
        _ref("assoc", name="Government of Iraq", inter=1, country="IRQ"),
        _ref("actor2", name="Government of Iran", inter=1, country="IRN"),
        _ref("actor1", name="Military Forces of Turkey", inter=1, country="TUR"),
    ]
    assert record_codes(refs, "actor1", kb) == ("TUR",)
    assert record_codes(refs, "actor2", kb) == ("IRN",)


def test_actor_rows_score_the_assembled_record(tmp_path: Path, pipeline: Pipeline) -> None:
    """A bombing whose sentence names no bomber has no actor 1 in its frame, but its
    record has ACLED's unidentified armed group of the country, which PLOVER codes too."""
    text = "A roadside bomb killed three soldiers near Kirkuk on Sunday, the army said."
    record = {
        "id": "r0",
        "event": "ASSAULT",
        "text": text,
        "source": [{"actorText": "", "code": "IRQ", "sector": "UAF"}],
        "target": [{"actorText": "soldiers", "code": "IRQ", "sector": "MIL"}],
    }
    _write_gold(tmp_path, [record])
    card = score_plover(tmp_path, runner=TypingRunner(pipeline=pipeline))
    rows = {m.name: m.value for m in card.metrics}
    assert rows["source_country_accuracy"] == 1.0
    assert rows["source_sector_accuracy"] == 1.0
    assert rows["source_country_accuracy_frame"] == 0.0
