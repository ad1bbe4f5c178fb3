"""How the PLOVER scoring reads gold actor codes and the system's actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.actors import ActorKB
from tacitus.actors.entry import ActorEntry
from tacitus.evaluation.plover_codes import entry_code, gold_code, gold_sector
from tacitus.evaluation.plover_eval import halves, load_gold

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
