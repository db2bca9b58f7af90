"""The GeoJSON export: one Feature per line, the bytes orjson writes for the JSON pages' shape.

SQLite: each row's plain values come as one JSON array (``feature_columns``), Python builds the
Feature and orjson writes it. SQLite writing the JSON text itself (``json_quote`` and ``printf``
per column, up to 154c218) cost about 6 µs a row more than reading the row. PostgreSQL writes
each Feature as one text column through ``COPY`` (``to_json`` escapes strings exactly as orjson
does), and Python adds only the coordinates whose shortest round-trip digits PostgreSQL does
not print (``_number``). Key order, nulls and the stored evidence text are those of the JSON
pages (``events.event_dict``).
"""

from __future__ import annotations

import math
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
INFINITE = (math.inf, -math.inf)


# SQLite hands each row's plain values to Python as one JSON array, which orjson reads back
# exactly (integers, text, nulls): one text value instead of 23 columns, each of which costs
# sqlite3 several C calls and a Python object (about 1.5 µs a row more). The coordinates stay
# REAL columns (SQLite's JSON prints 15 significant digits, not the shortest round-trip form),
# the evidence the stored JSON text, and id, event_date and killed are the keyset's columns.
VALUES = (
    "article_id", "language", "event_type", "sub_event_type",
    "actor_name", "actor_text", "actor_kind", "target_name", "target_text", "target_kind",
    "location_name", "location_text", "country_code", "admin1", "geo_precision",
    "date_precision", "wounded", "killed_low", "killed_high", "killed_qualifier",
    "wounded_low", "wounded_high", "wounded_qualifier",
)  # fmt: skip


@cache
def feature_columns() -> list[Any]:
    """SQLite: what an export batch selects, as ``_features`` reads it (the keyset last)."""
    c = EVENT.c
    values = func.json_array(*(c[name] for name in VALUES)).label("feature_values")
    evidence = cast(c.evidence, Text).label("evidence")
    return [values, c.latitude, c.longitude, evidence, *EXPORT_KEYSET]


def _features(rows: Iterable[Sequence[Any]], lead: bytes) -> bytes:
    """``lead``, then the Features (``event_dict``'s shape), each ending in a newline, joined by
    commas.

    Each Feature is copied into one buffer as soon as it is written: keeping a batch's results
    of ``orjson.dumps`` (fresh malloc chunks of ~800 bytes) and joining them cost about 3 µs a
    row more than the writing itself.
    """
    loads, dumps, fragment = orjson.loads, orjson.dumps, orjson.Fragment
    newline = orjson.OPT_APPEND_NEWLINE
    features = bytearray(lead)
    for values, lat, lon, evidence, event_id, event_date, killed, *_updated_at in rows:
        (
            article_id, language, event_type, sub_event_type,
            actor_name, actor_text, actor_kind, target_name, target_text, target_kind,
            location_name, location_text, country_code, admin1, precision,
            date_precision, wounded, killed_low, killed_high, killed_qualifier,
            wounded_low, wounded_high, wounded_qualifier,
        ) = loads(values)  # fmt: skip
        if lat in INFINITE or lon in INFINITE:  # orjson writes null; the export wrote inf
            lat, lon = _spelled(lat), _spelled(lon)
        geometry = actor = target = location = killed_range = wounded_range = None
        if lat is not None and lon is not None:
            geometry = {"type": "Point", "coordinates": [lon, lat]}
        if actor_name is not None or actor_text is not None:
            actor = {"name": actor_name, "text": actor_text, "kind": actor_kind}
        if target_name is not None or target_text is not None:
            target = {"name": target_name, "text": target_text, "kind": target_kind}
        if location_name is not None or location_text is not None or country_code is not None:
            location = {
                "name": location_name, "text": location_text, "country_code": country_code,
                "admin1": admin1, "latitude": lat, "longitude": lon, "precision": precision,
            }  # fmt: skip
        if killed_qualifier is not None:
            killed_range = {"low": killed_low, "high": killed_high, "qualifier": killed_qualifier}
        if wounded_qualifier is not None:
            wounded_range = {
                "low": wounded_low,
                "high": wounded_high,
                "qualifier": wounded_qualifier,
            }
        properties = {
            "article_id": article_id, "language": language, "event_type": event_type,
            "sub_event_type": sub_event_type, "actor": actor, "target": target,
            "location": location, "event_date": event_date, "date_precision": date_precision,
            "killed": killed, "wounded": wounded, "killed_range": killed_range,
            "wounded_range": wounded_range, "evidence": fragment("[]" if evidence is None else evidence),
        }  # fmt: skip
        feature = {
            "type": "Feature",
            "id": event_id,
            "geometry": geometry,
            "properties": properties,
        }
        features += dumps(feature, option=newline)
        features += b","
    del features[-1:]
    return bytes(features)


def _spelled(value: float | None) -> Any:
    """A coordinate as the export writes it, for orjson to embed as it is."""
    return None if value is None else orjson.Fragment(_number(value))


def _number(value: float | None) -> str:
    """A coordinate as orjson writes it (repr, except orjson's plain form below 1e-4)."""
    if value is None:
        return "null"
    if value == 0 or abs(value) >= 1e-4:
        return repr(value)
    return orjson.dumps(value).decode()


class _Json:
    """PostgreSQL expressions that render a column as JSON text."""

    def string(self, column: Any) -> Any:
        return func.coalesce(cast(func.to_json(column), Text), "null")

    def number(self, column: Any) -> Any:
        return func.coalesce(cast(column, Text), "null")

    def join(self, *parts: Any) -> Any:
        """Concatenate literal text and SQL text."""
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


def _segments() -> list[Any]:
    """head, properties up to the location, the location's opening (NULL without one), its
    precision, and the rest; the coordinates go between them."""
    c, j = EVENT.c, _Json()

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
        ',"evidence":', func.coalesce(cast(c.evidence, Text), "[]"), "}}",
    )  # fmt: skip
    return [
        head.label("head"), properties.label("properties"),
        case((no_location, null()), else_=location).label("location"),
        j.string(c.geo_precision).label("precision"), rest.label("rest"),
    ]  # fmt: skip


@cache
def feature_column() -> Any:
    """PostgreSQL: the whole Feature as one text column (COPY adds the newline)."""
    head, properties, location, precision, rest = _segments()
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
    for _keys, rows in prefetched(iter_batches(engine, f, sort, feature_columns(), plain=True)):
        yield _features(rows, b"" if first else b",")
        first = False
    yield TAIL
