"""CSV and GeoJSON exports parse back to the same events; stats sums equal the event sums."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient

from app.services.events import EXPORT_BATCH
from tests.api.helpers import all_pages, seed, seed_mixed
from tests.factories import ScriptedExtractor, count, event, party, place


def test_csv_export_has_one_row_per_event_with_flat_columns(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    seed_mixed(client, extractor)
    response = client.get("/v1/events", params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    events = all_pages(client)
    assert [int(r["event_id"]) for r in rows] == [e["id"] for e in events]
    derna = next(r for r in rows if r["location"] == "Derna")
    assert derna["location_text"] == "درنة"
    assert (derna["actor1"], derna["actor1_text"]) == ("Military Forces of Egypt", "الجيش المصري")
    assert (derna["fatalities"], derna["wounded"]) == ("", "")
    assert (derna["country"], derna["iso"], derna["country_code"]) == ("Libya", "434", "LY")
    assert (derna["event_date"], derna["year"], derna["time_precision"]) == (
        "2024-02-10",
        "2024",
        "1",
    )
    assert (derna["geo_precision"], derna["latitude"], derna["longitude"]) == (
        "1",
        "32.76",
        "22.64",
    )
    market = next(r for r in rows if r["event_date"] == "2024-03-02")
    assert (market["fatalities"], market["wounded"], market["actor2"]) == ("12", "20", "Civilians")
    assert json.loads(rows[0]["evidence"])[0]["field"] == "killed"


def test_csv_header_has_the_acled_columns_first(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    header = client.get("/v1/events", params={"format": "csv"}).text.splitlines()[0].split(",")
    acled = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "iso",
             "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision",
             "fatalities"]  # fmt: skip
    assert set(acled) <= set(header)
    assert header.index("fatalities") < header.index("wounded") < header.index("evidence")


def test_csv_export_respects_filters(client: TestClient, extractor: ScriptedExtractor) -> None:
    seed_mixed(client, extractor)
    text = client.get("/v1/events", params={"format": "csv", "country": "LY"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["location"] for r in rows] == ["Derna"]


def test_export_streams_more_rows_than_one_internal_batch(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    seed(client, extractor, [event(killed=count(i)) for i in range(EXPORT_BATCH + 205)])
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/events?format=csv").text)))
    assert len(rows) == EXPORT_BATCH + 205
    assert len({r["event_id"] for r in rows}) == EXPORT_BATCH + 205


def test_geojson_export_is_a_feature_collection_with_null_geometry_when_unknown(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    seed_mixed(client, extractor)
    response = client.get("/v1/events", params={"format": "geojson"})
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["id"] for f in features] == [e["id"] for e in all_pages(client)]
    derna = next(f for f in features if (f["properties"]["location"] or {}).get("name") == "Derna")
    assert derna["geometry"] == {"type": "Point", "coordinates": [22.64, 32.76]}
    undated = next(f for f in features if f["properties"]["location"] is None)
    assert undated["geometry"] is None
    assert undated["properties"]["killed"] == 2


def test_stats_by_country_sum_the_same_as_the_events(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    seed_mixed(client, extractor)
    rows = client.get("/v1/stats", params={"group_by": "country"}).json()
    assert rows["group_by"] == ["country"]
    assert rows["items"] == [
        {"country": "LY", "events": 1, "killed": 0, "wounded": 0},
        {"country": "SO", "events": 2, "killed": 19, "wounded": 21},
        {"country": None, "events": 1, "killed": 2, "wounded": 0},
    ]
    events = all_pages(client)
    assert sum(r["killed"] for r in rows["items"]) == sum(e["killed"] or 0 for e in events)


def test_stats_by_month_and_actor_with_filters(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    seed_mixed(client, extractor)
    months = client.get("/v1/stats", params={"group_by": "month"}).json()["items"]
    assert [(m["month"], m["events"], m["killed"]) for m in months] == [
        ("2024-02", 1, 0),
        ("2024-03", 3, 21),
    ]
    actors = client.get("/v1/stats", params={"group_by": "actor", "min_killed": 7}).json()
    assert actors["items"] == [{"actor": "Al-Shabaab", "events": 2, "killed": 19, "wounded": 21}]


def test_stats_by_event_type(client: TestClient, extractor: ScriptedExtractor) -> None:
    seed(client, extractor, [event(), event(event_type="Battles", killed=count(4), wounded=None)])
    items = client.get("/v1/stats", params={"group_by": "event_type"}).json()["items"]
    assert items == [
        {"event_type": "Battles", "events": 1, "killed": 4, "wounded": 0},
        {"event_type": "Explosions/Remote violence", "events": 1, "killed": 12, "wounded": 20},
    ]


def test_stats_by_country_and_week_buckets_on_mondays(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    seed_mixed(client, extractor)
    rows = client.get("/v1/stats", params={"group_by": ["country", "week"]}).json()["items"]
    assert rows == [
        {"country": "LY", "week": "2024-02-05", "events": 1, "killed": 0, "wounded": 0},
        {"country": "SO", "week": "2024-02-26", "events": 1, "killed": 12, "wounded": 20},
        {"country": "SO", "week": "2024-03-04", "events": 1, "killed": 7, "wounded": 1},
        {"country": None, "week": "2024-03-18", "events": 1, "killed": 2, "wounded": 0},
    ]


def test_stats_by_day_and_year(client: TestClient, extractor: ScriptedExtractor) -> None:
    seed_mixed(client, extractor)
    days = client.get("/v1/stats", params={"group_by": "day"}).json()["items"]
    assert [d["day"] for d in days] == ["2024-02-10", "2024-03-02", "2024-03-09", "2024-03-20"]
    years = client.get("/v1/stats", params={"group_by": "year", "country": "SO"}).json()["items"]
    assert years == [{"year": "2024", "events": 2, "killed": 19, "wounded": 21}]


def test_stats_rejects_three_or_repeated_dimensions(client: TestClient) -> None:
    for groups in (["country", "month", "actor"], ["month", "month"]):
        assert client.get("/v1/stats", params={"group_by": groups}).status_code == 422


def test_csv_export_keeps_commas_quotes_line_breaks_and_float_digits(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    awkward = 'the "Lions", of\r\nthe north'
    seed(client, extractor, [
        event(actor=party(name="Lions, North", text=awkward),
              location=place(latitude=32.0, longitude=0.1 + 0.2, admin1=None)),
    ])  # fmt: skip
    text = client.get("/v1/events", params={"format": "csv"}).text
    (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
    (page,) = all_pages(client)
    assert (row["actor1"], row["actor1_text"]) == ("Lions, North", awkward)
    assert (row["latitude"], row["longitude"]) == ("32.0", repr(0.1 + 0.2))
    assert float(row["longitude"]) == page["location"]["longitude"]
    assert (row["admin1"], row["event_id"], row["iso"]) == ("", str(page["id"]), "706")
    assert text.endswith("\r\n") and text.count("\r\n") == 3  # header, row, one inside a cell


def test_geojson_properties_are_the_events_of_the_json_pages(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    seed_mixed(client, extractor)
    features = client.get("/v1/events", params={"format": "geojson"}).json()["features"]
    events = all_pages(client)
    assert [f["properties"] | {"id": f["id"]} for f in features] == events
