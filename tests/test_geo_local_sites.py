"""Streets and buildings with no town beside them lie in the town the article names by
them ("Police in Winnipeg closed Assiniboine Avenue")."""

from __future__ import annotations

import pytest

from tacitus.geoparse import Geoparser
from tacitus.geoparse.local_sites import site_name
from tacitus.pipeline.doc import PlaceMention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assiniboine Avenue", True),
        ("S. Main St.", True),
        ("Mercy Medical Center", True),
        ("Street", False),
        ("the city's school", False),
        ("Route 9", False),
        ("Kaduna-Abuja highway", False),
    ],
)
def test_site_names(text: str, expected: bool) -> None:
    assert site_name(text) is expected


def _found(geoparser: Geoparser, text: str, name: str) -> PlaceMention:
    mentions = geoparser.resolve_doc(geoparser.resources.nlp(text))
    return next(m for m in mentions if m.text == name)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "site", "town"),
    [
        (
            "Police in Winnipeg closed Assiniboine Avenue on Tuesday after a gas main burst "
            "beneath the road.",
            "Assiniboine Avenue",
            "Winnipeg",
        ),
        (
            "A gunman opened fire outside a bar in Leeds on Saturday. Two men were later taken "
            "to St. James's University Hospital with gunshot wounds.",
            "St. James's University Hospital",
            "Leeds",
        ),
    ],
)
def test_a_site_lies_in_the_last_town_named(
    geoparser: Geoparser, text: str, site: str, town: str
) -> None:
    found = _found(geoparser, text, site)
    assert found.place is not None and found.place.name == town
    assert town in found.reason


@pytest.mark.slow
def test_a_street_with_no_town_in_the_article_stays_unplaced(geoparser: Geoparser) -> None:
    text = "Crews closed Assiniboine Avenue on Tuesday after a gas main burst beneath the road."
    assert _found(geoparser, text, "Assiniboine Avenue").place is None
