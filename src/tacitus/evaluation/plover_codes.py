"""Actor codes on both sides of the PLOVER scoring: the gold's, cleaned, and the system's.

The gold file writes an actor's country as a CAMEO code: an ISO-3 country code, or an
international code for an actor of no single country (``IGO`` an intergovernmental
organisation, ``NGO`` a non-governmental one, ``IMG`` an international armed group, ``MNC``
a multinational company). A few codes are misspelt ISO codes (``JAP`` for Japan) and are
read as the code they stand for; a code that is neither (``ISM``) names no country and is
not scored. Its sectors are CAMEO sector codes, of which ``CIV`` is a misspelling of
``CVL`` (civilians); a sector suffix (``CVLalb``: Albanian civilians) is dropped.

The system's code of an actor is its knowledge-base country; an international
organisation's is ``IGO`` or ``NGO`` (its sector), and a named armed group that the
knowledge base places in no country (Al Qaeda) is ``IMG``. An actor the knowledge base
does not know gets the country of the demonym it is or starts with ("Palestinians").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tacitus.actors import ActorEntry, ActorKB
    from tacitus.pipeline.doc import ActorMention
    from tacitus.records.event import ActorRef, ActorRole

INTERNATIONAL: Final = frozenset({"IGO", "NGO", "IMG", "MNC"})
MISSPELT_CODES: Final = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
MISSPELT_SECTORS: Final = {"CIV": "CVL"}
_ORGANISATION_SECTORS: Final = frozenset({"IGO", "NGO"})
_ARMED_GROUP_INTERS: Final = frozenset({2, 3})


def gold_code(raw: str, countries: Collection[str]) -> str | None:
    """A gold actor's code as scored: an ISO-3 code of ``countries`` (a misspelling
    mended) or an international code; ``None`` when it names neither."""
    code = raw.strip().upper()
    code = MISSPELT_CODES.get(code, code)
    return code if code in countries or code in INTERNATIONAL else None


def gold_sector(raw: str) -> str | None:
    """A gold actor's sector as scored: the three-letter CAMEO code, spelling mended;
    ``None`` for none or the unknown ``***``."""
    sector = raw.strip()[:3].upper()
    if not sector or sector == "***":
        return None
    return MISSPELT_SECTORS.get(sector, sector)


def entry_code(entry: ActorEntry) -> str | None:
    """The CAMEO code of a knowledge-base actor: its country, else ``IGO``/``NGO`` for
    an international organisation, ``IMG`` for an armed group of no one country."""
    if entry.country:
        return entry.country
    if entry.sector in _ORGANISATION_SECTORS:
        return entry.sector
    if entry.kind == "group" and entry.inter in _ARMED_GROUP_INTERS:
        return "IMG"
    return None


def actor_codes(actors: list[ActorMention], kb: ActorKB) -> tuple[str, ...]:
    """Each actor's code: its entry's (see :func:`entry_code`), else, for a name the
    knowledge base does not know, the demonym it is or starts with."""
    found: list[str] = []
    for actor in actors:
        code = entry_code(actor.entry) if actor.entry is not None else None
        if code is None and actor.entry is None:
            code = demonym_code(actor.text, kb)
        if code is not None:
            found.append(code)
    return tuple(found)


def ref_code(ref: ActorRef, kb: ActorKB) -> str | None:
    """The CAMEO code of an event record's actor: its country, else its sector when that
    is ``IGO``/``NGO``, else ``IMG`` for a named armed group of no one country (see
    :func:`entry_code`), else, for an actor the record names as written, the demonym it
    is or starts with."""
    if ref.country:
        return ref.country
    if ref.sector in _ORGANISATION_SECTORS:
        return ref.sector
    entry = kb.get(ref.name) if ref.inter is not None else None
    if entry is not None:
        return entry_code(entry)
    return demonym_code(ref.text, kb) if ref.inter is None else None


def record_codes(refs: list[ActorRef], role: ActorRole, kb: ActorKB) -> tuple[str, ...]:
    """The codes of a record's actors in ``role`` (``actor1`` or ``actor2``), in order."""
    codes = (ref_code(r, kb) for r in refs if r.role == role)
    return tuple(c for c in codes if c is not None)


def record_sectors(refs: list[ActorRef], role: ActorRole) -> tuple[str, ...]:
    """The sectors of a record's actors in ``role``, in order."""
    return tuple(r.sector for r in refs if r.role == role and r.sector)


def demonym_code(text: str, kb: ActorKB) -> str | None:
    """The country of a demonym phrase: the whole of it ("the Palestinians"), else its
    first word that is one ("Palestinian protesters")."""
    whole = kb.country_of_demonym(text.removeprefix("the ").strip())
    if whole is not None:
        return whole
    return next(filter(None, (kb.country_of_demonym(w) for w in text.split())), None)


def actor_sectors(actors: list[ActorMention]) -> tuple[str, ...]:
    """Each known actor's sector, in order."""
    return tuple(a.entry.sector for a in actors if a.entry is not None)
