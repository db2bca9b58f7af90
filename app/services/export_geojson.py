"""The GeoJSON export, written by the database: each Feature as a few JSON text segments.

Building a dict per row and serialising it cost about 20 µs a row in Python; the database
writes the same JSON text as it reads the row (SQLite's ``json_quote`` and PostgreSQL's
``to_json`` escape strings exactly as orjson does), and Python adds only the coordinates,
whose shortest round-trip digits neither engine prints (``_number``). Key order, nulls and the
stored evidence text are those of the JSON pages (``events.event_dict``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

import orjson
from sqlalchemy import Engine, Text, case, cast, func, literal, null

from app.schemas.event import EventFilter, EventSort
from app.services.event_query import EVENT, EXPORT_KEYSET
from app.services.events import iter_batches
from app.services.export_copy import copy_rows, float_text
from app.services.prefetch import prefetched

HEAD = b'{"type":"FeatureCollection","features":[\n'
TAIL = b"]}\n"
# COPY's CSV format with a quote and a delimiter JSON text never holds raw: lines come as they are.
COPY_OPTIONS = "FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01'"
MARK = "\x1f"
MARKED = re.compile(rb"\x1f([^\x1f]*)\x1f")


class _Json:
    """SQL expressions that render a column as JSON text, per dialect."""

    def __init__(self, dialect: str) -> None:
        self.sqlite = dialect == "sqlite"

    def string(self, column: Any) -> Any:
        if self.sqlite:
            return func.json_quote(column)  # NULL -> null
        return func.coalesce(cast(func.to_json(column), Text), "null")

    def number(self, column: Any) -> Any:
        return func.coalesce(column if self.sqlite else cast(column, Text), "null")

    def join(self, *parts: Any) -> Any:
        """Concatenate literal text and SQL text; SQLite with one ``printf`` (its || copies)."""
        if self.sqlite:
            template = "".join(p.replace("%", "%%") if isinstance(p, str) else "%s" for p in parts)
            return func.printf(template, *(p for p in parts if not isinstance(p, str)))
        line = parts[0] if not isinstance(parts[0], str) else literal(parts[0], Text)
        for part in parts[1:]:
            line = line.op("||")(part)
        return line

    def obj(self, **members: Any) -> Any:
        """'{"k":v,...}' from JSON text expressions, in keyword order."""
        parts: list[Any] = []
        for i, (key, value) in enumerate(members.items()):
            parts += [("{" if i == 0 else ",") + f'"{key}":', value]
        return self.join(*parts, "}")


def _segments(dialect: str, end: str = "}}\n") -> list[Any]:
    """head, properties up to the location, the location's opening (NULL without one), its
    precision, and the rest; the coordinates go between them."""
    c, j = EVENT.c, _Json(dialect)

    def party(prefix: str) -> Any:
        name, words, kind = (c[f"{prefix}_{k}"] for k in ("name", "text", "kind"))
        text = j.obj(name=j.string(name), text=j.string(words), kind=j.string(kind))
        return case((name.is_(None) & words.is_(None), "null"), else_=text)

    def count_range(prefix: str) -> Any:
        qualifier = c[f"{prefix}_qualifier"]
        low, high = j.number(c[f"{prefix}_low"]), j.number(c[f"{prefix}_high"])
        text = j.obj(low=low, high=high, qualifier=j.string(qualifier))
        return case((qualifier.is_(None), "null"), else_=text)

    no_location = c.location_name.is_(None) & c.location_text.is_(None)
    no_location &= c.country_code.is_(None)
    head = j.join('{"type":"Feature","id":', j.number(c.id), ',"geometry":')
    properties = j.join(
        ',"properties":{"article_id":', j.number(c.article_id),
        ',"language":', j.string(c.language), ',"event_type":', j.string(c.event_type),
        ',"sub_event_type":', j.string(c.sub_event_type), ',"actor":', party("actor"),
        ',"target":', party("target"), ',"location":',
    )  # fmt: skip
    location = j.join(
        '{"name":', j.string(c.location_name), ',"text":', j.string(c.location_text),
        ',"country_code":', j.string(c.country_code), ',"admin1":', j.string(c.admin1),
        ',"latitude":',
    )  # fmt: skip
    rest = j.join(
        ',"event_date":', j.string(c.event_date), ',"date_precision":',
        j.string(c.date_precision), ',"killed":', j.number(c.killed),
        ',"wounded":', j.number(c.wounded), ',"killed_range":', count_range("killed"),
        ',"wounded_range":', count_range("wounded"),
        ',"evidence":', func.coalesce(cast(c.evidence, Text), "[]"), end,
    )  # fmt: skip
    return [
        head.label("head"), properties.label("properties"),
        case((no_location, null()), else_=location).label("location"),
        j.string(c.geo_precision).label("precision"), rest.label("rest"),
    ]  # fmt: skip


@cache
def geojson_columns(dialect: str) -> list[Any]:
    """What an export batch selects: the text segments, the coordinates, then the keyset."""
    c = EVENT.c
    return [*_segments(dialect), c.latitude, c.longitude, *EXPORT_KEYSET]


def _number(value: float | None) -> str:
    """A coordinate as orjson writes it (repr, except orjson's plain form below 1e-4)."""
    if value is None:
        return "null"
    if value == 0 or abs(value) >= 1e-4:
        return repr(value)
    return orjson.dumps(value).decode()


def _lines(rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = []
    for head, properties, location, precision, rest, lat, lon, *_ in rows:
        y, x = _number(lat), _number(lon)
        if lat is None or lon is None:
            geometry = "null"
        else:
            geometry = f'{{"type":"Point","coordinates":[{x},{y}]}}'
        if location is None:
            lines.append(f"{head}{geometry}{properties}null{rest}")
        else:
            lines.append(
                f'{head}{geometry}{properties}{location}{y},"longitude":{x},'
                f'"precision":{precision}}}{rest}'
            )
    return lines


@cache
def feature_column() -> Any:
    """PostgreSQL: the whole Feature as one text column (COPY adds the newline)."""
    head, properties, location, precision, rest = _segments("postgresql", "}}")
    c = EVENT.c
    y, x = _copy_number(c.latitude), _copy_number(c.longitude)
    point = literal('{"type":"Point","coordinates":[', Text).op("||")(x)
    geometry = case(
        (c.latitude.is_(None) | c.longitude.is_(None), "null"),
        else_=point.op("||")(",").op("||")(y).op("||")("]}"),
    )
    place = location.element.op("||")(y).op("||")(',"longitude":').op("||")(x)
    place = place.op("||")(',"precision":').op("||")(precision.element).op("||")("}")
    parts = [head.element, geometry, properties.element, func.coalesce(place, "null"), rest.element]
    line = parts[0]
    for part in parts[1:]:
        line = line.op("||")(part)
    return line.label("feature")


def _copy_number(column: Any) -> Any:
    """A coordinate as ``_number`` writes it; values repr does not spell go to Python, marked."""
    magnitude = func.abs(column)
    marked = literal(MARK, Text).op("||")(cast(column, Text)).op("||")(MARK)
    return case(
        (column.is_(None), "null"),
        ((column == 0) | ((magnitude >= 1e-4) & (magnitude < 1e15)), float_text(column)),
        else_=marked,
    )


def _fix_marked(chunk: bytes) -> bytes:
    # JSON text holds no raw control characters, so a MARK is always one of ours.
    return MARKED.sub(lambda m: _number(float(m.group(1))).encode(), chunk)


def _copy_features(engine: Engine, f: EventFilter, sort: EventSort) -> Iterator[bytes]:
    for rows in copy_rows(engine, f, sort, [feature_column()], COPY_OPTIONS):
        # A value COPY had to quote (a raw line break in stored evidence text): unquote it.
        if any(row[0] == 1 for row in rows):
            rows = [bytes(row[1:-2]) + b"\n" if row[0] == 1 else row for row in rows]
        chunk = b",".join(rows)
        yield _fix_marked(chunk) if MARK.encode() in chunk else chunk


def stream_geojson(engine: Engine, f: EventFilter, sort: EventSort) -> Iterator[bytes]:
    """Every matching event as one GeoJSON FeatureCollection, one Feature per line."""
    yield HEAD
    first = True
    if engine.dialect.name == "postgresql":
        for chunk in prefetched(_copy_features(engine, f, sort)):
            yield chunk if first else b"," + chunk
            first = False
        yield TAIL
        return
    batches = iter_batches(engine, f, sort, geojson_columns(engine.dialect.name))
    for _keys, rows in prefetched(batches):
        text = ",".join(_lines(rows)).encode()
        yield text if first else b"," + text
        first = False
    yield TAIL
