"""The event list and aggregates, fast: cheap reads inline, costly ones on worker threads.

A page of 100 events over an indexed filter takes well under a millisecond of SQLite
work, less than handing it to a worker thread costs, so it runs on the event loop. A
query no index serves (full text, actor, region, box, a sort by a JSON field, a deep
offset) and every count or aggregate that is not cached runs on the app's sized pool
of worker threads, where SQLite releases the interpreter lock while it works.
"""

from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool

from tacitus.api import event_sql
from tacitus.api.database import Database
from tacitus.api.event_sql import GroupKey, Query
from tacitus.api.filters import EventFilters, Page
from tacitus.api.views import rows_json
from tacitus.review import ReviewLedger

INDEXED_FILTERS = frozenset(
    {
        "country",
        "since",
        "until",
        "event_type",
        "sub_event_type",
        "plover",
        "status",
        "min_confidence",
        "max_confidence",
        "review",
        "reviewed",
    }
)
"""Filters an index narrows (or that only test a column of the rows the index yields)."""
INDEXED_SORTS = frozenset({"date", "-date"})
MAX_INLINE_OFFSET = 2000


def runs_inline(filters: EventFilters, page: Page) -> bool:
    """Whether reading this page is cheap enough to do on the event loop."""
    used = filters.model_dump(exclude_none=True)
    return (
        set(used) <= INDEXED_FILTERS
        and page.sort in INDEXED_SORTS
        and page.offset <= MAX_INLINE_OFFSET
    )


async def event_page(database: Database, filters: EventFilters, page: Page) -> str:
    """The JSON of one page of the event list: ``{"total", "limit", "offset", "items"}``."""
    query, text = event_sql.where(filters), bool(filters.q)
    total = await database.totals.get_async(
        ("total", *query.key), lambda: event_sql.total(database.reader(), query, text=text)
    )
    if runs_inline(filters, page):
        items = page_items(database, query, page, text=text)
    else:
        items = await run_in_threadpool(page_items, database, query, page, text=text)
    head = json.dumps({"total": total, "limit": page.limit, "offset": page.offset})
    return f'{head[:-1]},"items":{items}}}'


def page_items(database: Database, query: Query, page: Page, *, text: bool) -> str:
    """The JSON array of one page's table rows, read on this thread's connection."""
    conn = database.reader()
    stored = event_sql.page(conn, query, page, text=text)
    states = ReviewLedger(conn).states([event_id for event_id, _ in stored])
    return rows_json(stored, states, base=database.base_row)


async def aggregate_json(
    database: Database, filters: EventFilters, *, by: GroupKey, fatalities: bool
) -> str:
    """The JSON of an aggregate: ``{"by", "groups": [{"key", "events", "fatalities"}]}``."""

    def compute() -> str:
        found = event_sql.aggregate(database.reader(), filters, by=by, fatalities=fatalities)
        groups = [{"key": k, "events": n, "fatalities": f} for k, n, f in found]
        return json.dumps({"by": by, "groups": groups}, separators=(",", ":"))

    key = ("aggregate", by, fatalities, *event_sql.where(filters).key)
    return await database.totals.get_async(key, compute)
