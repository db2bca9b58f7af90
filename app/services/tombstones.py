"""The feed of deleted events, for clients that keep a local copy in sync."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from app.models import EventTombstone
from app.models.base import as_utc
from app.schemas.common import Page
from app.schemas.event import EventDeleted
from app.services.cursor import Cursor, decode_cursor, encode_cursor

SORT = "deleted_at"


def deleted_since(
    session: Session, since: datetime | None, limit: int, cursor: str | None
) -> Page[EventDeleted]:
    """Return deleted event ids after ``since``, oldest deletion first (keyset paginated)."""
    stmt = select(EventTombstone)
    if since is not None:
        stmt = stmt.where(col(EventTombstone.deleted_at) > as_utc(since))
    if cursor is not None:
        after = decode_cursor(cursor, SORT, datetime)
        assert isinstance(after.value, datetime)
        moment = as_utc(after.value)
        stmt = stmt.where(
            or_(
                col(EventTombstone.deleted_at) > moment,
                and_(
                    col(EventTombstone.deleted_at) == moment,
                    col(EventTombstone.event_id) > after.id,
                ),
            )
        )
    stmt = stmt.order_by(col(EventTombstone.deleted_at), col(EventTombstone.event_id)).limit(
        limit + 1
    )
    rows = list(session.exec(stmt))
    more, rows = len(rows) > limit, rows[:limit]
    token = encode_cursor(Cursor(SORT, rows[-1].deleted_at, rows[-1].event_id)) if more else None
    items = [
        EventDeleted(id=r.event_id, article_id=r.article_id, deleted_at=r.deleted_at) for r in rows
    ]
    return Page[EventDeleted](items=items, next_cursor=token)
