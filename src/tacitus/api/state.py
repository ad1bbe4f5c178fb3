"""What every request reaches through the app: the database, access rules and the extractor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from tacitus.api.auth import Access
from tacitus.api.database import Database
from tacitus.api.uploads import Extractor


@dataclass(frozen=True, slots=True)
class Desk:
    """The app's shared parts, kept on ``app.state.desk``."""

    database: Database
    access: Access
    extractor: Extractor


async def _desk(request: Request) -> Desk:
    desk: Desk = request.app.state.desk
    return desk


DeskDep = Annotated[Desk, Depends(_desk)]
