"""A progress bar on standard error, shown only when it is a terminal."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress


class Progress:
    """Counts finished items; draws a bar only on an interactive terminal."""

    def __init__(self, *, total: int, console: Console, label: str) -> None:
        self._bar: RichProgress | None = None
        self._task: int | None = None
        if console.is_terminal and total > 1:
            self._bar = RichProgress(
                TextColumn(label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
            )
            self._task = self._bar.add_task(label, total=total)

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self) -> None:
        """One more item done."""
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)  # type: ignore[arg-type]


class BuildNotice:
    """Tells the user, once, that the gazetteer is being compiled (the first run only)."""

    def __init__(self, *, console: Console) -> None:
        self._console = console
        self._started = False

    def __call__(self, done: int, total: int) -> None:
        if not self._started:
            self._started = True
            self._console.print(
                "compiling the offline gazetteer into the cache (first run only, about 20 s)",
                highlight=False,
            )
        if done >= total:
            self._console.print("gazetteer ready", highlight=False)
