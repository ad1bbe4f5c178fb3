"""The built-in pipeline components and the registry that names them."""

from tacitus.components.registry import default_registry

__all__ = ["default_registry"]
