"""The CSV export, formatted by the database: one text cell group per row instead of 30 values.

Fetching 30 Python objects per row and writing them through ``csv.writer`` costs about 30 µs a
row on a small machine. SQLite joins the cells of each row into three strings with one
``printf`` per run (its CASE and || evaluate slowly), and Python adds only what SQLite cannot
produce: the country's name and numeric code (from our country list) and the coordinates
(``repr`` of the float, the exact digits Python's CSV writer printed). PostgreSQL writes
whole rows with ``COPY ... (FORMAT csv)`` (``export_copy``): the country from a JSON map of
our list, the coordinates as ``repr`` spells them (``float_text``).

Cells keep the CSV meaning of the ``csv`` module's output: text is quoted with quotes doubled
(always, so that commas, quotes and line breaks in article words need no test; a missing text
is "", which CSV readers take as empty just like a bare empty cell), numbers and dates are
bare, missing ones empty, and lines end with CRLF.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Engine, Text, case, cast, func, literal, literal_column
from sqlalchemy.dialects.postgresql import JSONB

from app.countries import countries
from app.schemas.event import EventFilter, EventSort
from app.services.event_query import EVENT, EXPORT_KEYSET
from app.services.events import iter_batches
from app.services.export import CSV_HEADER, GEO_PRECISION, TIME_PRECISION
from app.services.export_copy import copy_rows, float_text
from app.services.prefetch import prefetched

Cell = tuple[str, Any]  # ("text" | "bare", SQL expression)


def _segments() -> list[list[Cell]]:
    """The database's three runs of cells; the country and coordinates go between them."""
    c = EVENT.c
    day = cast(c.event_date, Text)

    def code(column: Any, codes: dict[str, int]) -> Cell:
        whens: dict[str, Any] = {n: literal_column(f"'{number}'") for n, number in codes.items()}
        return "bare", case(whens, value=column)  # NULL (an empty cell) for anything else

    def text(*columns: Any) -> list[Cell]:
        return [("text", column) for column in columns]

    def bare(*columns: Any) -> list[Cell]:
        return [("bare", column) for column in columns]

    head = [
        *bare(c.id, day, func.substr(day, 1, 4)), code(c.date_precision, TIME_PRECISION),
        *text(c.event_type, c.sub_event_type, c.actor_name, c.target_name),
    ]  # fmt: skip
    middle = text(c.country_code, c.admin1, c.location_name)
    tail = [
        code(c.geo_precision, GEO_PRECISION), *bare(c.killed, c.wounded),
        *text(c.date_precision, c.actor_kind, c.actor_text, c.target_kind, c.target_text,
              c.location_text, c.admin1_code),
        *bare(c.killed_low, c.killed_high), *text(c.language), *bare(c.article_id),
        *text(func.coalesce(cast(c.evidence, Text), "[]")),
    ]  # fmt: skip
    return [head, middle, tail]


def _sqlite_run(cells: list[Cell]) -> Any:
    # printf's %w doubles double quotes; %s prints NULL as nothing. One call per run of cells.
    template = ",".join('"%w"' if kind == "text" else "%s" for kind, _ in cells)
    values = [func.coalesce(v, "") if kind == "text" else v for kind, v in cells]
    return func.printf(template, *values)


@cache
def csv_columns() -> list[Any]:
    """What a SQLite export batch selects: three printf runs, the raw cells between, the keyset."""
    head, middle, tail = (_sqlite_run(cells) for cells in _segments())
    c = EVENT.c
    return [
        head.label("head"), c.country_code, middle.label("middle"), c.latitude, c.longitude,
        tail.label("tail"), *EXPORT_KEYSET,  # id and every sort field
    ]  # fmt: skip


@cache
def _country_cells() -> dict[str | None, str]:
    """'name,numeric' CSV text per country code, quoted like the database's text cells."""
    cells: dict[str | None, str] = {None: ","}
    for code, country in countries().items():
        cells[code] = '"' + country.name.replace('"', '""') + '",' + str(country.numeric)
    return cells


def _lines(rows: Iterable[Sequence[Any]]) -> str:
    cells = _country_cells()
    return "".join(
        f"{head},{cells.get(code, ',')},{middle},"
        f"{'' if lat is None else repr(lat)},{'' if lon is None else repr(lon)},{tail}\r\n"
        for head, code, middle, lat, lon, tail, *_ in rows
    )


def header() -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(CSV_HEADER)
    return buffer.getvalue()


@cache
def copy_columns() -> tuple[list[Any], str]:
    """PostgreSQL: every CSV cell as a column named after its header, and the COPY options."""
    head, middle, tail = _segments()
    c = EVENT.c
    country = [("name", _country_json("name")), ("bare", _country_json("numeric"))]
    coordinates = [("bare", float_text(c.latitude)), ("bare", float_text(c.longitude))]
    cells = [*head, *country, *middle, *coordinates, *tail]
    columns = [
        (func.coalesce(value, "") if kind == "text" else value).label(name)
        for name, (kind, value) in zip(CSV_HEADER, cells, strict=True)
    ]
    # FORCE_QUOTE quotes every value but NULL: missing text is '' (""), a missing country NULL.
    quoted = [
        f'"{name}"' for name, (kind, _) in zip(CSV_HEADER, cells, strict=True) if kind != "bare"
    ]
    return columns, f"FORMAT csv, FORCE_QUOTE ({', '.join(quoted)})"


def _country_json(field: str) -> Any:
    """The name or numeric code of the row's country, looked up in a JSON map of our list."""
    values = {code: getattr(country, field) for code, country in countries().items()}
    return cast(literal(json.dumps(values), Text), JSONB).op("->>")(EVENT.c.country_code)


def stream_csv(engine: Engine, f: EventFilter, sort: EventSort) -> Iterator[str | bytes]:
    """Every matching event as CSV text chunks (one per batch), header first."""
    yield header()
    if engine.dialect.name == "postgresql":
        columns, options = copy_columns()
        for rows in prefetched(copy_rows(engine, f, sort, columns, options)):
            # COPY ends rows with LF; the export's lines end with CRLF, like the csv module's.
            yield b"\r\n".join([row[:-1] for row in rows]) + b"\r\n"
        return
    batches = iter_batches(engine, f, sort, csv_columns(), plain=True)
    for _keys, rows in prefetched(batches):
        yield _lines(rows)
