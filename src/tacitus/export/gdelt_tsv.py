"""CAMEO/GDELT: GDELT 2.0's 61 event columns, tab-separated, one row per new CAMEO-coded event.

Unlike GDELT, one row is one real event however many articles reported it: ``NumArticles``
and ``NumSources`` count the reports merged into it. A header row names the columns (GDELT's
own files have none). Only events that happened are written (status "new"); statements are
included, as CAMEO codes them too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from typing import Final, TextIO

from tacitus.errors import ExportError
from tacitus.export.context import ExportContext
from tacitus.export.gdelt_fields import (
    ACTOR_FIELDS,
    GEO_FIELDS,
    GdeltRow,
    actor_columns,
    date_columns,
    empty_geo,
    geo_columns,
    quad_class,
)
from tacitus.export.report import ExportReport
from tacitus.export.roles import second_actor
from tacitus.export.tables import only_new, write_table
from tacitus.records.event import Event

GDELT_COLUMNS: Final[tuple[str, ...]] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in ACTOR_FIELDS),
    *(f"Actor2{name}" for name in ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{name}" for name in GEO_FIELDS),
    *(f"Actor2Geo_{name}" for name in GEO_FIELDS),
    *(f"ActionGeo_{name}" for name in GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
_CAMEO: Final = re.compile(r"^(0[1-9]|1\d|20)\d{0,2}$")
_ID_MODULUS: Final = 10**12


def write_gdelt_tsv(events: Iterable[Event], out: TextIO, context: ExportContext) -> ExportReport:
    """Write new, CAMEO-coded events as GDELT 2.0 event rows; count the rest as skipped."""
    return write_table(
        events, out, format="gdelt-tsv", columns=GDELT_COLUMNS, skip_reason=only_new,
        row=lambda event: gdelt_row(event, context), delimiter="\t",
    )  # fmt: skip


def gdelt_row(event: Event, context: ExportContext) -> GdeltRow:
    """The GDELT event row of one event; :class:`ExportError` for a code CAMEO lacks."""
    cameo = event.cameo
    if not _CAMEO.match(cameo):
        raise ExportError(f"event {event.event_id}: CAMEO field 'EventCode' is invalid: {cameo!r}")
    articles = context.articles_of(event)
    added = dt.datetime.fromtimestamp(context.timestamp, tz=dt.UTC)
    return {
        "GLOBALEVENTID": _numeric_id(event.event_id),
        **date_columns(dt.date.fromisoformat(event.date.start)),
        **actor_columns("Actor1", event.actor("actor1")),
        **actor_columns("Actor2", second_actor(event)),
        "IsRootEvent": int(_in_lead(event, context)),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": quad_class(cameo),
        "NumMentions": max(len(event.evidence), 1),
        "NumSources": max(len(context.sources(event)), 1),
        "NumArticles": len(event.article_ids),
        **empty_geo("Actor1Geo_"),
        **empty_geo("Actor2Geo_"),
        **geo_columns("ActionGeo_", event.location),
        "DATEADDED": int(added.strftime("%Y%m%d%H%M%S")),
        "SOURCEURL": next((a.url for a in articles if a.url), ""),
    }


def _numeric_id(event_id: str) -> int:
    digest = hashlib.sha256(event_id.encode("utf-8")).hexdigest()
    return int(digest[:15], 16) % _ID_MODULUS


def _in_lead(event: Event, context: ExportContext) -> bool:
    """Whether the event's trigger lies in its article's first paragraph (GDELT's root)."""
    articles = context.articles_of(event)
    if event.trigger is None or not articles:
        return False
    text = articles[0].text.lstrip("\n")
    offset = len(articles[0].text) - len(text)
    lead_end = text.find("\n\n")
    return event.trigger.span[0] < offset + (lead_end if lead_end >= 0 else len(text))
