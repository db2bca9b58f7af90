"""Opaque keyset cursors: the sort key and id of the last row of a page."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.errors import InvalidCursor
from app.schemas.common import MAX_INT

SortValue = int | date | datetime | None
ValueKind = type[int] | type[date] | type[datetime]


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the previous page ended, for one sort order."""

    sort: str
    value: SortValue
    id: int


def encode_cursor(cursor: Cursor) -> str:
    """Serialise a cursor to a URL-safe token."""
    value: Any = cursor.value.isoformat() if isinstance(cursor.value, date) else cursor.value
    raw = json.dumps({"s": cursor.sort, "v": value, "i": cursor.id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: str, value_kind: ValueKind) -> Cursor:
    """Parse a token made by :func:`encode_cursor` for ``sort``; raise InvalidCursor otherwise."""
    try:
        padded = token + "=" * (-len(token) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        if not isinstance(data, dict) or data.get("s") != sort:
            raise ValueError("cursor made for another sort order")
        ident, raw = data["i"], data["v"]
        if not isinstance(ident, int) or isinstance(ident, bool) or not 0 <= ident <= MAX_INT:
            raise ValueError("bad id")
        return Cursor(sort, _value(raw, value_kind), ident)
    except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error) as exc:
        raise InvalidCursor("The cursor is not one this API issued for this sort order.") from exc


def _value(raw: Any, kind: ValueKind) -> SortValue:
    if raw is None:
        return None
    if kind is datetime and isinstance(raw, str):
        return datetime.fromisoformat(raw)
    if kind is date and isinstance(raw, str):
        return date.fromisoformat(raw)
    if kind is int and isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) <= MAX_INT:
        return raw
    raise ValueError("bad sort value")
