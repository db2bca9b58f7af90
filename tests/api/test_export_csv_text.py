"""CSV exports are byte for byte the rows the csv rules give (both databases, every sort)."""

from __future__ import annotations

import csv
import io
import math
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Float, column, select, text

from app.countries import countries
from app.db.engine import make_engine
from app.services.event_query import READ_COLUMNS
from app.services.export import CSV_HEADER, GEO_PRECISION, TIME_PRECISION
from app.services.export_copy import float_text
from tests.api.helpers import all_pages, seed
from tests.factories import ScriptedExtractor, count, event, party, place


def _quoted(value: Any) -> str:
    return '"' + ("" if value is None else str(value)).replace('"', '""') + '"'


def _bare(value: Any) -> str:
    return "" if value is None else str(value)


def _python_line(r: dict[str, Any]) -> str:
    """The export's line for one row, by its rules (text always quoted, numbers bare)."""
    day = r["event_date"].isoformat() if r["event_date"] else None
    country = countries().get(r["country_code"] or "")
    coordinates = [_bare(None if v is None else repr(v)) for v in (r["latitude"], r["longitude"])]
    cells = [
        _bare(r["id"]), _bare(day), _bare(day and day[:4]),
        _bare(TIME_PRECISION.get(r["date_precision"] or "")),
        *(_quoted(r[k]) for k in ("event_type", "sub_event_type", "actor_name", "target_name")),
        _quoted(country.name) if country else "", _bare(country.numeric if country else None),
        *(_quoted(r[k]) for k in ("country_code", "admin1", "location_name")), *coordinates,
        _bare(GEO_PRECISION.get(r["geo_precision"] or "")), _bare(r["killed"]), _bare(r["wounded"]),
        *(_quoted(r[k]) for k in ("date_precision", "actor_kind", "actor_text", "target_kind",
                                  "target_text", "location_text", "admin1_code")),
        _bare(r["killed_low"]), _bare(r["killed_high"]), _quoted(r["language"]),
        _bare(r["article_id"]), _quoted(r["evidence"] or "[]"),
    ]  # fmt: skip
    return ",".join(cells) + "\r\n"


def _awkward(client: TestClient, extractor: ScriptedExtractor) -> None:
    words = 'the "Lions", of\r\nthe north \\ \t\x01 \u2028 درنة"\n'
    seed(client, extractor, [
        event(actor=party(name="Lions, North", text=words),
              location=place(latitude=32.0, longitude=0.1 + 0.2, admin1=None)),
        event(location=place(latitude=0.00001, longitude=-0.0, country_code="XX"), killed=None,
              wounded=count(3), date=None),
        event(location=None, actor=None, target=None, killed=count(0), wounded=None),
        event(location=place(name="Derna", text="درنة", country_code="LY", latitude=None,
                             longitude=-180.0, precision="admin1")),
    ])  # fmt: skip


@pytest.mark.parametrize("sort", ["event_date", "-killed", "updated_at"])
def test_csv_lines_are_what_the_csv_rules_write(
    client: TestClient, extractor: ScriptedExtractor, database_url: str, sort: str
) -> None:
    _awkward(client, extractor)
    body = client.get("/v1/events", params={"format": "csv", "sort": sort}).content
    ids = [e["id"] for e in all_pages(client, sort=sort)]
    engine = make_engine(database_url)
    with engine.connect() as conn:
        rows = {r.id: dict(r._mapping) for r in conn.execute(select(*READ_COLUMNS))}
    engine.dispose()
    buffer = io.StringIO()
    csv.writer(buffer).writerow(CSV_HEADER)
    expected = buffer.getvalue() + "".join(_python_line(rows[i]) for i in ids)
    assert body.decode() == expected


@pytest.mark.parametrize(
    "params",
    [
        {"country": ["SO", "LY"], "sort": "killed"},
        {"actor": "lions", "sort": "-event_date"},
        {"bbox": "0,30,1,33", "min_killed": 0},
        {"updated_since": "2000-01-01T00:00:00Z", "sort": "-updated_at", "date_to": "2030-01-01"},
        {"admin1": "SO-BN", "language": "en"},
    ],
)
def test_csv_export_has_the_events_of_the_pages_for_each_filter(
    client: TestClient, extractor: ScriptedExtractor, params: dict[str, Any]
) -> None:
    _awkward(client, extractor)
    seed(client, extractor, [event(killed=count(i)) for i in range(5)])
    text_ = client.get("/v1/events", params=params | {"format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(text_, newline="")))
    assert [int(r["event_id"]) for r in rows] == [e["id"] for e in all_pages(client, **params)]
    assert rows


def test_postgresql_float_text_is_python_repr(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL renders the coordinates of its CSV export itself")
    values = [32.0, -0.0, 0.0, 0.1 + 0.2, 1e-05, 5e-324, 180.0, -179.99999999999997, 1e15,
              1.5e15, -1234567890123456.7, 9999999999999998.0, 1e16, 1.5e300, math.inf,
              -math.inf, math.nan, 123456789012345.67, 2.0371, 45.3438]  # fmt: skip
    values += [(-1) ** i * 1.37**i for i in range(-200, 200)]
    stmt = select(float_text(column("v", Float))).select_from(
        text("unnest(CAST(:values AS float8[])) WITH ORDINALITY AS t(v, i)")
    )
    engine = make_engine(database_url)
    with engine.connect() as conn:
        written = list(conn.execute(stmt.order_by(text("i")), {"values": values}).scalars())
    engine.dispose()
    assert written == [repr(v) for v in values]
