"""A registry of pipeline components with declared inputs and outputs.

A component is made by a factory that receives the shared :class:`Resources` and returns a
callable ``ArticleDoc -> ArticleDoc``. Registering is explicit (``default_registry``) so
that importing a module does no work and leaves no global state behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tacitus.errors import ConfigError
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.resources import Resources

Component = Callable[[ArticleDoc], ArticleDoc]
Factory = Callable[[Resources], Component]


@dataclass(frozen=True, slots=True)
class ComponentSpec:
    """What a component is called, what it needs and what it adds."""

    name: str
    factory: Factory
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    doc: str = ""


class Registry:
    """Named component specs, validated for order when a pipeline is assembled."""

    def __init__(self, specs: Iterable[ComponentSpec] = ()) -> None:
        self._specs: dict[str, ComponentSpec] = {}
        for spec in specs:
            self.add(spec)

    def add(self, spec: ComponentSpec) -> None:
        """Register ``spec``; a second spec of the same name is an error."""
        if spec.name in self._specs:
            raise ConfigError(f"component {spec.name!r} is registered twice")
        self._specs[spec.name] = spec

    def get(self, name: str) -> ComponentSpec:
        """The spec called ``name``."""
        try:
            return self._specs[name]
        except KeyError:
            known = ", ".join(sorted(self._specs))
            raise ConfigError(f"unknown component {name!r}; known: {known}") from None

    def names(self) -> list[str]:
        """Every registered name, in registration order."""
        return list(self._specs)

    def check_order(self, names: Iterable[str]) -> list[ComponentSpec]:
        """The specs for ``names``, after checking each one's inputs come earlier."""
        available: set[str] = {"article"}
        specs: list[ComponentSpec] = []
        for name in names:
            spec = self.get(name)
            missing = [need for need in spec.requires if need not in available]
            if missing:
                raise ConfigError(
                    f"component {name!r} needs {', '.join(missing)}, which no earlier component "
                    "provides; reorder the pipeline or add the component that provides it"
                )
            available.update(spec.provides)
            specs.append(spec)
        return specs
