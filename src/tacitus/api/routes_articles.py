"""Article endpoints: list, one article with the spans its events use, search, upload."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Body, Query
from pydantic import BaseModel, ValidationError

from tacitus.api import event_sql
from tacitus.api.auth import Reader, Writer
from tacitus.api.errors import ERROR_RESPONSES, ApiError, describe
from tacitus.api.state import DeskDep
from tacitus.api.uploads import ArticleUpload, UploadResult, upload
from tacitus.api.views import Highlight, highlights
from tacitus.errors import StoreError
from tacitus.records import Article

router = APIRouter(prefix="/api", tags=["articles"], responses=ERROR_RESPONSES)


class ArticleInfo(BaseModel):
    """An article without its text."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None


class ArticleSpans(ArticleInfo):
    """An article with its text and, per event, the spans that event was read from."""

    text: str
    event_ids: list[str]
    highlights: dict[str, list[Highlight]]
    revisions: int


class SearchHit(ArticleInfo):
    """An article matching a full-text query, with the start of its text."""

    excerpt: str


def _info(article: Article) -> dict[str, str | None]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
    }


@router.get("/articles", response_model=list[ArticleInfo])
def list_articles(
    desk: DeskDep,
    _: Reader,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[ArticleInfo]:
    """Stored articles by id, without their text."""
    with event_sql.errors("list articles"):
        found = (
            desk.database.reader()
            .execute(
                "SELECT id, title, published, source, url FROM articles"
                " ORDER BY id LIMIT ? OFFSET ?",
                (limit, offset),
            )
            .fetchall()
        )
    return [ArticleInfo(**dict(r)) for r in found]


@router.get("/articles/{article_id}", response_model=ArticleSpans)
def get_article(desk: DeskDep, _: Reader, article_id: str) -> ArticleSpans:
    """One article: its text, the (canonical) events it reports and the spans of each.

    The spans are those of the article's own reading of each event (its report).
    """
    store = desk.database.store()
    article = store.article(article_id)
    if article is None:
        raise ApiError(f"no article {article_id!r}", code="not_found", status=404)
    marks: dict[str, list[Highlight]] = {}
    for canonical_id, report in event_sql.article_reports(desk.database.reader(), article.id):
        found = highlights(json.loads(report), article_id=article.id)
        marks[canonical_id] = sorted(
            [*marks.get(canonical_id, []), *found], key=lambda h: (h.start, -h.end, h.field)
        )
    return ArticleSpans(
        **_info(article),
        text=article.text,
        event_ids=list(marks),
        highlights=marks,
        revisions=len(store.revisions(article.id)),
    )


@router.get("/search", response_model=list[SearchHit])
def search(
    desk: DeskDep,
    _: Reader,
    q: Annotated[str, Query(min_length=1, description="FTS5 query, e.g. embassy AND Baghdad")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[SearchHit]:
    """Articles whose title or text match a full-text query, best first."""
    try:
        found = desk.database.store().search(q, limit=limit)
    except StoreError as exc:  # the store reports a malformed query as a store error
        raise ApiError(exc.message, code="bad_query", status=400) from exc
    return [SearchHit(**_info(a), excerpt=a.text[:240]) for a in found]


@router.post("/articles", response_model=UploadResult, status_code=201)
def upload_json(desk: DeskDep, _: Writer, article: ArticleUpload) -> UploadResult:
    """Extract events from an article sent as JSON and store both."""
    result = upload(article, extractor=desk.extractor, store=desk.database.store())
    desk.database.changed()
    return result


@router.post("/articles/text", response_model=UploadResult, status_code=201)
def upload_text(
    desk: DeskDep,
    _: Writer,
    text: Annotated[str, Body(media_type="text/plain", min_length=1)],
    published: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
    title: str | None = None,
    article_id: Annotated[str | None, Query(alias="id")] = None,
) -> UploadResult:
    """Extract events from an article sent as plain text and store both."""
    try:
        request = ArticleUpload.model_validate(
            {"text": text, "published": published, "title": title, "id": article_id}
        )
    except ValidationError as exc:
        raise ApiError(describe(exc.errors()), code="invalid_request", status=422) from exc
    result = upload(request, extractor=desk.extractor, store=desk.database.store())
    desk.database.changed()
    return result
