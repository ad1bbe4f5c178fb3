"""One JSON error shape for every error: ``{"error": {"code": ..., "message": ...}}``."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from tacitus.errors import ResourceError, StoreError, TacitusError


class ApiError(TacitusError):
    """An error with the HTTP status it answers with."""

    def __init__(self, message: str, *, code: str, status: int) -> None:
        super().__init__(message, code=code)
        self.status = status


class ErrorBody(BaseModel):
    """The code and message of an error."""

    code: str
    message: str


class ErrorResponse(BaseModel):
    """Every error response."""

    error: ErrorBody


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 422)
}
_HTTP_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "not_allowed"}
_SERVER_SIDE = {"store_error", "missing_resource"}


def error_response(status: int, *, code: str, message: str) -> JSONResponse:
    """The JSON response for an error."""
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    body = {"error": {"code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def status_for(exc: TacitusError) -> int:
    """The HTTP status of a library error: the client's fault (400) unless the server's."""
    if isinstance(exc, ApiError):
        return exc.status
    if isinstance(exc, StoreError | ResourceError) and exc.code in _SERVER_SIDE:
        return 500
    return 400


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error, ours or the framework's, in the one shape."""

    async def tacitus_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, TacitusError)
        return error_response(status_for(exc), code=exc.code, message=exc.message)

    async def http_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return error_response(exc.status_code, code=code, message=detail)

    async def invalid_request(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return error_response(422, code="invalid_request", message=describe(exc.errors()))

    app.add_exception_handler(TacitusError, tacitus_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)


def describe(problems: Any) -> str:
    """A one-line account of validation problems: ``where: what; ...``."""
    parts = []
    for problem in problems:
        where = ".".join(str(p) for p in problem.get("loc", ()))
        parts.append(f"{where}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
