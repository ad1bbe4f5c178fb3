"""Query-string models read in one validation, with their parameters still in the OpenAPI.

FastAPI reads a pydantic model declared as query parameters field by field, inspecting
each field's annotation on every request; for the event filters that costs more than
the page it filters. :func:`query_model` validates the whole query string at once, and
:func:`openapi_parameters` documents the same fields as the query parameters they are.
"""

from __future__ import annotations

import types
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, TypeAdapter, ValidationError

M = TypeVar("M", bound=BaseModel)


def query_model(model: type[M]) -> Callable[[Request], Awaitable[M]]:
    """A dependency returning ``model`` validated from the request's query string."""

    async def parse(request: Request) -> M:
        try:
            return model.model_validate(dict(request.query_params))
        except ValidationError as exc:
            problems = [{**e, "loc": ("query", *e["loc"])} for e in exc.errors()]
            raise RequestValidationError(problems) from exc

    return parse


def openapi_parameters(*models: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` declaring every field of ``models`` as an optional query parameter."""
    parameters = []
    for model in models:
        for name, field in model.model_fields.items():
            inner = _without_none(field.annotation)
            typed: Any = Annotated[inner, *field.metadata] if field.metadata else inner
            schema = TypeAdapter[Any](typed).json_schema()
            if field.default is not None:
                schema["default"] = field.default
            parameters.append(
                {
                    "name": name,
                    "in": "query",
                    "required": False,
                    "description": field.description or "",
                    "schema": schema,
                }
            )
    return {"parameters": parameters}


def _without_none(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        kept = [a for a in get_args(annotation) if a is not type(None)]
        if len(kept) == 1:
            return kept[0]
    return annotation
