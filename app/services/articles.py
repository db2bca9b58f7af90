"""Storing articles with their events, idempotently, and reading them back."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, or_, select

from app.errors import NotFound
from app.extraction.types import Extractor
from app.models import Article, Event, EventTombstone
from app.models.base import utcnow
from app.schemas.article import ArticleCreate, as_utc_datetime
from app.schemas.common import Page
from app.services import rollup
from app.services.cursor import Cursor, decode_cursor, encode_cursor
from app.services.event_rows import event_rows
from app.services.search import add_terms


@dataclass(frozen=True, slots=True)
class Stored:
    """An article with its events, and whether this request created it."""

    article: Article
    events: list[Event]
    created: bool
    warnings: tuple[str, ...] = ()


def content_hash(text: str) -> str:
    """Hash the text with Unicode form and whitespace normalised, so trivial re-posts match."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _existing(session: Session, digest: str, url: str | None) -> Article | None:
    same = col(Article.content_hash) == digest
    if url is not None:
        same = or_(same, col(Article.url) == url)
    return session.exec(select(Article).where(same).order_by(col(Article.id))).first()


def events_of(session: Session, article_id: int) -> list[Event]:
    """Return an article's events in extraction order."""
    stmt = select(Event).where(col(Event.article_id) == article_id).order_by(col(Event.id))
    return list(session.exec(stmt))


def _stored_copy(session: Session, article: Article) -> Stored:
    assert article.id is not None
    return Stored(article, events_of(session, article.id), created=False)


def ingest(session: Session, payload: ArticleCreate, extractor: Extractor) -> Stored:
    """Extract and store an article, or return the stored copy when it was posted before."""
    digest = content_hash(payload.text)
    found = _existing(session, digest, payload.url)
    if found is not None:
        return _stored_copy(session, found)
    published = as_utc_datetime(payload.published_at or datetime.now(UTC))
    result = extractor.extract(payload.text, published=published.date(), language=payload.language)
    article = Article(
        url=payload.url,
        title=payload.title,
        source=payload.source,
        language=result.language,
        published_at=published,
        text=payload.text,
        content_hash=digest,
    )
    try:
        session.add(article)
        session.flush()
        assert article.id is not None
        rows = event_rows(result.events, article.id, result.language)
        session.add_all(rows)
        session.flush()
        add_terms(session.connection(), rows)
        rollup.apply(session.connection(), rows, +1)
    except IntegrityError:
        # A concurrent request stored the same text or URL between our check and our insert.
        # Rolling back here (not in the session dependency) is deliberate: the request is not an
        # error, it becomes a read of the copy the other request committed.
        session.rollback()
        found = _existing(session, digest, payload.url)
        if found is None:
            raise
        return _stored_copy(session, found)
    return Stored(article, rows, created=True, warnings=result.warnings)


def get_article(session: Session, article_id: int) -> Article:
    """Return one article or raise NotFound."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"No article with id {article_id}.")
    return article


def delete_article(session: Session, article_id: int) -> None:
    """Delete an article and its events, leaving a tombstone per event for sync clients."""
    article = get_article(session, article_id)
    deleted_at = utcnow()
    events = events_of(session, article_id)
    rollup.apply(session.connection(), events, -1)
    for event in events:
        assert event.id is not None
        session.add(EventTombstone(event_id=event.id, article_id=article_id, deleted_at=deleted_at))
    session.delete(article)  # events follow through ON DELETE CASCADE
    session.flush()


def list_articles(session: Session, limit: int, cursor: str | None) -> Page[Article]:
    """Return one page of articles, newest first (keyset on id)."""
    stmt = select(Article).order_by(col(Article.id).desc()).limit(limit + 1)
    if cursor is not None:
        stmt = stmt.where(col(Article.id) < decode_cursor(cursor, "-id", int).id)
    rows = list(session.exec(stmt))
    more = len(rows) > limit
    rows = rows[:limit]
    last_id = rows[-1].id if rows else None
    token = encode_cursor(Cursor("-id", None, last_id)) if more and last_id is not None else None
    return Page[Article](items=rows, next_cursor=token)
