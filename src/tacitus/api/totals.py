"""A short-lived, thread-safe cache of per-filter results (totals and aggregates).

Counting every match of a filter costs far more than reading one page of it, and a
listing asks for the same total page after page. Totals and aggregates are therefore
kept for a few seconds per query; the app clears the cache whenever it writes (another
worker process's writes show once its entries expire).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from starlette.concurrency import run_in_threadpool

_T = TypeVar("_T")
_MISSING = object()


class TotalsCache:
    """Results by key, each kept ``seconds`` after it was computed (0 disables the cache)."""

    def __init__(self, *, seconds: float, size: int = 1024) -> None:
        """Keep at most ``size`` results, each for ``seconds``."""
        self.seconds = seconds
        self._size = size
        self._lock = threading.Lock()
        self._found: OrderedDict[Hashable, tuple[float, object]] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """The cached result for ``key``, or ``compute()`` (then cached)."""
        found = self._fresh(key)
        if found is not _MISSING:
            return cast(_T, found)
        value = compute()
        self._keep(key, value)
        return value

    async def get_async(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """Like :meth:`get`, but a miss runs ``compute`` on the app's worker threads."""
        found = self._fresh(key)
        if found is not _MISSING:
            return cast(_T, found)
        value = await run_in_threadpool(compute)
        self._keep(key, value)
        return value

    def clear(self) -> None:
        """Forget everything (after a write)."""
        with self._lock:
            self._found.clear()

    def _fresh(self, key: Hashable) -> object:
        if self.seconds <= 0:
            return _MISSING
        with self._lock:
            hit = self._found.get(key)
            if hit is None or time.monotonic() - hit[0] >= self.seconds:
                return _MISSING
            self._found.move_to_end(key)
            return hit[1]

    def _keep(self, key: Hashable, value: object) -> None:
        if self.seconds <= 0:
            return
        with self._lock:
            self._found[key] = (time.monotonic(), value)
            self._found.move_to_end(key)
            while len(self._found) > self._size:
                self._found.popitem(last=False)
