"""One exception tree for the whole library.

Every error carries a short stable ``code`` (for logs, the CLI and the HTTP API) and an
actionable message. Library code raises these; only the CLI turns them into exit codes.
"""

from __future__ import annotations


class TacitusError(Exception):
    """Base class of every error Tacitus raises on purpose."""

    code: str = "tacitus_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(TacitusError):
    """An input file or record cannot be read as an article."""

    code = "bad_input"

    def __init__(self, message: str, *, source: str, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: [{self.code}] {self.message}"


class ConfigError(TacitusError):
    """A pipeline or store configuration is invalid."""

    code = "bad_config"


class ResourceError(TacitusError):
    """A model, gazetteer or knowledge base is missing or cannot be built."""

    code = "missing_resource"


class StoreError(TacitusError):
    """The event store cannot be opened, read or written."""

    code = "store_error"


class ExportError(TacitusError):
    """An export would write a record that breaks its target format."""

    code = "export_error"


class EvaluationError(TacitusError):
    """A gold dataset is missing or malformed."""

    code = "eval_error"
