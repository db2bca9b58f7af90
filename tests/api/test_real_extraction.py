"""The service end to end with the real rule-based extractor (no test double)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.extraction import RuleExtractor
from app.main import create_app
from app.settings import Settings

SEED = Path(__file__).resolve().parents[2] / "app/api/examples/seed-ar-derna-2017.txt"


@pytest.fixture(scope="session")
def rule_extractor() -> RuleExtractor:
    return RuleExtractor.load()


@pytest.fixture
def real(database_url: str, rule_extractor: RuleExtractor) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(database_url=database_url), rule_extractor)) as client:
        yield client


def test_seed_article_yields_the_derna_strikes_and_the_minya_attack(real: TestClient) -> None:
    body = {"text": SEED.read_text(encoding="utf-8"), "published_at": "2017-05-30"}
    response = real.post("/v1/articles", json=body)
    assert response.status_code == 201
    article = response.json()
    assert article["language"] == "ar"
    by_country = {e["location"]["country_code"]: e for e in article["events"]}
    strikes, attack = by_country["LY"], by_country["EG"]
    assert strikes["sub_event_type"] == "Air/drone strike"
    assert strikes["actor"]["name"] == "Military Forces of Egypt"
    assert strikes["location"]["text"] == "درنة"
    assert (strikes["event_date"], strikes["date_precision"]) == ("2017-05-29", "day")
    assert (strikes["killed"], strikes["wounded"]) == (None, None)
    assert attack["event_type"] == "Violence against civilians"
    assert attack["location"]["text"] == "المنيا"
    assert (attack["killed"], attack["wounded"]) == (29, 24)
    assert attack["date_precision"] == "week"
    # Every value points at the words it came from.
    text = body["text"]
    for event in article["events"]:
        for evidence in event["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    killed = next(e for e in attack["evidence"] if e["field"] == "killed")
    assert "29" in killed["text"]


def test_stored_events_answer_filters_in_both_scripts(real: TestClient) -> None:
    real.post(
        "/v1/articles",
        json={"text": SEED.read_text(encoding="utf-8"), "published_at": "2017-05-30"},
    )
    assert [
        e["location"]["country_code"] for e in real.get("/v1/events?actor=egypt").json()["items"]
    ] == ["LY"]
    assert [e["killed"] for e in real.get("/v1/events?location=المنيا").json()["items"]] == [29]


def test_text_in_another_language_is_stored_with_no_events_and_a_warning(real: TestClient) -> None:
    response = real.post("/v1/articles", json={"text": "Это статья на русском языке о погоде."})
    assert response.status_code == 201
    body = response.json()
    assert body["events"] == []
    assert body["language"] not in ("ar", "en")
    assert body["warnings"] and "language" in body["warnings"][0]


def test_a_diplomatic_meeting_yields_no_events(real: TestClient) -> None:
    text = (
        "The foreign ministers of Egypt and Russia met in Cairo on Monday to discuss "
        "counter-terrorism cooperation and the situation in Libya and Syria."
    )
    body = real.post("/v1/articles", json={"text": text, "published_at": "2017-05-30"}).json()
    assert body["language"] == "en"
    assert body["events"] == []
