"""One-degree grid cells: the index key that lets a bounding box read only its own events.

An index on (latitude, longitude) serves a box by its latitude alone: every event in the box's
latitude band is read, whatever its longitude (a 10-degree box held 685 of 1M events and read
the ~100k of its band). Each event with coordinates also stores the number of its one-degree
cell; a box asks for the cells it covers (an IN list the index probes one by one), and the
exact coordinates are still tested. Migration 0010 computes the same numbers in SQL.
"""

from __future__ import annotations

import math

from sqlalchemy import ColumnElement
from sqlmodel import col

from app.models import Event
from app.schemas.event import BBox

COLUMNS = 360
# A box covering more cells (about 50 x 50 degrees) reads its latitude band instead: that wide,
# it holds many events, and its sort index finds a page sooner.
MAX_CELLS = 2_500


def _row(latitude: float) -> int:
    return min(math.floor(latitude + 90), 179)  # the north pole joins the last row


def _column(longitude: float) -> int:
    return min(math.floor(longitude + 180), COLUMNS - 1)  # and 180 degrees the last column


def cell(latitude: float | None, longitude: float | None) -> int | None:
    """The cell number of a point; None without a point no box can hold (missing, NaN, 95 N)."""
    if latitude is None or longitude is None:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return _row(latitude) * COLUMNS + _column(longitude)


def cells(box: BBox) -> list[int] | None:
    """Every cell a ``(min_lon, min_lat, max_lon, max_lat)`` box touches; None past MAX_CELLS."""
    min_lon, min_lat, max_lon, max_lat = box
    rows = range(_row(min_lat), _row(max_lat) + 1)
    columns = range(_column(min_lon), _column(max_lon) + 1)
    if len(rows) * len(columns) > MAX_CELLS:
        return None
    return [r * COLUMNS + c for r in rows for c in columns]


def clauses(box: BBox, by_cell: bool) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a box; ``by_cell`` adds its cells (to be fetched by them)."""
    min_lon, min_lat, max_lon, max_lat = box
    exact: list[ColumnElement[bool]] = [
        col(Event.latitude).between(min_lat, max_lat),
        col(Event.longitude).between(min_lon, max_lon),
    ]
    numbers = cells(box) if by_cell else None
    return exact if numbers is None else [col(Event.geo_cell).in_(numbers), *exact]
