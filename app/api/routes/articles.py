"""/v1/articles: post an article, list, read and delete stored articles."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Response, status

from app.api.deps import ExtractorDep, SessionDep, SettingsDep, WriteAccess
from app.api.examples import ARTICLE_EXAMPLES
from app.errors import PayloadTooLarge
from app.models import Article, Event
from app.schemas.article import ArticleCreate, ArticlePublic, ArticleWithEvents
from app.schemas.common import MAX_INT, Page
from app.schemas.event import EventPublic
from app.services import articles as service
from app.services.events import event_to_dict

router = APIRouter(prefix="/v1/articles", tags=["articles"])
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size (1–1000)")]
Cursor = Annotated[
    str | None, Query(max_length=500, description="`next_cursor` of the previous page")
]
ArticleId = Annotated[int, Path(ge=1, le=MAX_INT)]


def _with_events(
    article: Article, events: list[Event], warnings: tuple[str, ...] = ()
) -> ArticleWithEvents:
    public = ArticlePublic.model_validate(article, from_attributes=True)
    return ArticleWithEvents(
        **public.model_dump(),
        text=article.text,
        events=[EventPublic.model_validate(event_to_dict(e)) for e in events],
        warnings=list(warnings),
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Post an article; extract and store its events",
    response_description="The stored article with its events (200 when it was already stored)",
    dependencies=[WriteAccess],
    responses={200: {"model": ArticleWithEvents, "description": "Already stored: nothing new"}},
)
def post_article(
    payload: Annotated[ArticleCreate, Body(openapi_examples=ARTICLE_EXAMPLES)],
    session: SessionDep,
    extractor: ExtractorDep,
    settings: SettingsDep,
    response: Response,
) -> ArticleWithEvents:
    """Extract the conflict events an article reports and store both in one transaction.

    Posting the same text (after whitespace normalisation) or the same URL again returns the
    stored article with status 200 and stores nothing.
    """
    if len(payload.text) > settings.max_article_chars:
        raise PayloadTooLarge(f"text is longer than {settings.max_article_chars} characters.")
    stored = service.ingest(session, payload, extractor)
    if not stored.created:
        response.status_code = status.HTTP_200_OK
    return _with_events(stored.article, stored.events, stored.warnings)


@router.get("", summary="List stored articles, newest first")
def list_articles(
    session: SessionDep, limit: Limit = 50, cursor: Cursor = None
) -> Page[ArticlePublic]:
    """Keyset-paginated: pass `next_cursor` back as `cursor` for the next page."""
    page = service.list_articles(session, limit, cursor)
    items = [ArticlePublic.model_validate(a, from_attributes=True) for a in page.items]
    return Page[ArticlePublic](items=items, next_cursor=page.next_cursor)


@router.get("/{article_id}", summary="One article with its text and events")
def get_article(article_id: ArticleId, session: SessionDep) -> ArticleWithEvents:
    """Return the stored article, its text and every event extracted from it."""
    article = service.get_article(session, article_id)
    assert article.id is not None
    return _with_events(article, service.events_of(session, article.id))


@router.delete(
    "/{article_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete an article and its events",
    dependencies=[WriteAccess],
)
def delete_article(article_id: ArticleId, session: SessionDep) -> None:
    """Remove the article; its events are removed with it."""
    service.delete_article(session, article_id)
