"""The built-in pipeline components and the registry that names them.

The registry is imported on first use: the components' leaf modules (word lists such as
``toponym_words``) are read by the linking and coding modules that the components
themselves import, which must not load the whole registry first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.components.registry import default_registry

__all__ = ["default_registry"]


def __getattr__(name: str) -> object:
    if name == "default_registry":
        from tacitus.components.registry import default_registry

        return default_registry
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
