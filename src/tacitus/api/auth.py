"""Bearer tokens: each reviewer has a name and a secret; writes need one, reads may."""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tacitus.api.errors import ApiError

_bearer = HTTPBearer(auto_error=False, description="A reviewer's token: Bearer SECRET")


@dataclass(frozen=True, slots=True)
class Access:
    """Who may do what: reviewer name -> secret, and whether reads need a token."""

    tokens: Mapping[str, str]
    public_reads: bool

    def reviewer(self, secret: str) -> str | None:
        """The name whose secret this is, compared in constant time."""
        found = None
        for name, known in self.tokens.items():
            if hmac.compare_digest(secret.encode(), known.encode()):
                found = name
        return found


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _identify(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str | None:
    access: Access = request.app.state.desk.access
    if credentials is None:
        return None
    name = access.reviewer(credentials.credentials)
    if name is None:
        raise ApiError("the token is not known", code="bad_token", status=401)
    return name


async def require_reader(request: Request, credentials: Credentials) -> str | None:
    """The reviewer's name, or None where reads are public and no token was sent."""
    name = _identify(request, credentials)
    if name is None and not request.app.state.desk.access.public_reads:
        raise ApiError(
            "reading needs a token: Authorization: Bearer SECRET", code="unauthorized", status=401
        )
    return name


async def require_writer(request: Request, credentials: Credentials) -> str:
    """The reviewer's name; every write needs a known token."""
    access: Access = request.app.state.desk.access
    if not access.tokens:
        raise ApiError(
            "writes are disabled: start the server with --token NAME=SECRET",
            code="writes_disabled",
            status=403,
        )
    name = _identify(request, credentials)
    if name is None:
        raise ApiError(
            "writing needs a token: Authorization: Bearer SECRET", code="unauthorized", status=401
        )
    return name


Reader = Annotated[str | None, Depends(require_reader)]
Writer = Annotated[str, Depends(require_writer)]
