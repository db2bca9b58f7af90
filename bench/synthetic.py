"""Synthetic events with realistic skew, written straight into a migrated database.

About 60 countries with a long tail, about 2,000 actors (Zipf), 15 years of dates weighted to
recent years, heavy-tailed casualty counts (30% unstated), 20% of events without coordinates.
Deterministic for a given seed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, text

from app.models import Article, Event
from app.textfold import fold

COUNTRIES = [
    "SY", "AF", "IQ", "YE", "SO", "NG", "UA", "SD", "ML", "BF", "PK", "LY", "CD", "ET", "MM",
    "CM", "NE", "MZ", "EG", "PS", "IL", "LB", "TR", "IN", "CO", "MX", "PH", "CF", "SS", "TD",
    "KE", "DZ", "TN", "BD", "IR", "SA", "BI", "UG", "HT", "VE", "BR", "NI", "TH", "RU", "AM",
    "AZ", "GE", "LK", "NP", "ZW", "ER", "DJ", "MR", "BJ", "TG", "GH", "CI", "SN", "GN", "BO",
]  # fmt: skip
TYPES = [
    ("Explosions/Remote violence", "Air/drone strike", 0.18),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.12),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.06),
    ("Explosions/Remote violence", "Suicide bomb", 0.02),
    ("Battles", "Armed clash", 0.25),
    ("Violence against civilians", "Attack", 0.17),
    ("Violence against civilians", "Abduction/forced disappearance", 0.04),
    ("Protests", "Peaceful protest", 0.08),
    ("Riots", "Mob violence", 0.03),
    ("Strategic developments", "Arrests", 0.05),
]
START = date(2010, 1, 1)
DAYS = 15 * 365
ACTORS = 2000
ARTICLE_EVERY = 3  # events per article
BEFORE_ROLLUPS = "33a9949016f4"  # the last migration before any rollup table


def _zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1 / (k**s) for k in range(1, n + 1)]


def _casualties(rng: random.Random) -> int | None:
    if rng.random() < 0.30:
        return None
    return int(rng.paretovariate(1.2)) - 1  # heavy tail, many zeros and ones


def _date(rng: random.Random) -> date:
    # Weighted towards recent years: sqrt of a uniform leans to the upper end.
    return START + timedelta(days=int(math.sqrt(rng.random()) * (DAYS - 1)))


class Generator:
    """Draw events; each call to ``rows`` yields dicts ready for a bulk insert."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.country_w = _zipf_weights(len(COUNTRIES))
        self.actor_w = _zipf_weights(ACTORS)
        self.type_w = [w for _, _, w in TYPES]
        self.centre = {c: (self.rng.uniform(-30, 50), self.rng.uniform(-20, 60)) for c in COUNTRIES}

    def actor(self, k: int) -> tuple[str, str]:
        """Canonical name and a surface form for actor ``k``."""
        return f"Armed Group {k:04d}", f"armed group {k:04d} fighters"

    def event(self, article_id: int, now: datetime) -> dict[str, Any]:
        rng = self.rng
        country = rng.choices(COUNTRIES, self.country_w)[0]
        k = rng.choices(range(ACTORS), self.actor_w)[0]
        name, words = self.actor(k)
        etype, sub, _ = rng.choices(TYPES, self.type_w)[0]
        lat, lon = self.centre[country]
        has_xy = rng.random() >= 0.20
        admin1 = f"{country}-{rng.randint(1, 12):02d}"
        place = f"Town {rng.randint(1, 400)} {country}"
        killed, wounded = _casualties(rng), _casualties(rng)
        return {
            "article_id": article_id, "language": rng.choice(["ar", "en"]),
            "event_type": etype, "sub_event_type": sub,
            "actor_name": name, "actor_text": words, "actor_kind": "rebel_group",
            "actor_search": f"{fold(name)} | {fold(words)}",
            "target_name": "Civilians", "target_text": "villagers", "target_kind": "civilians",
            "target_search": "civilians | villagers",
            "location_name": place, "location_text": place, "location_search": fold(place),
            "country_code": country, "admin1": admin1, "admin1_code": admin1,
            "latitude": lat + rng.uniform(-2, 2) if has_xy else None,
            "longitude": lon + rng.uniform(-2, 2) if has_xy else None,
            "geo_precision": "place", "event_date": _date(rng), "date_precision": "day",
            "killed": killed, "killed_low": killed, "killed_high": killed,
            "killed_qualifier": None if killed is None else "exact",
            "wounded": wounded, "wounded_low": wounded, "wounded_high": wounded,
            "wounded_qualifier": None if wounded is None else "exact",
            "evidence": [{"field": "trigger", "text": "attack", "start": 0, "end": 6}],
            "created_at": now, "updated_at": now,
        }  # fmt: skip


def _batches(
    gen: Generator, n: int, batch: int
) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    now = datetime.now(UTC)
    for start in range(0, n, batch):
        count = min(batch, n - start)
        first_article = start // ARTICLE_EVERY + 1
        last_article = (start + count - 1) // ARTICLE_EVERY + 1
        articles = [
            {"id": a, "language": "en", "published_at": now, "text": f"synthetic article {a}",
             "content_hash": f"{a:064d}", "created_at": now, "url": None}
            for a in range(first_article, last_article + 1)
            if (a - 1) * ARTICLE_EVERY >= start
        ]  # fmt: skip
        events = [gen.event((start + i) // ARTICLE_EVERY + 1, now) for i in range(count)]
        yield articles, events


def populate(engine: Engine, n: int, seed: int = 7, batch: int = 5000) -> None:
    """Insert ``n`` synthetic events (and their articles) into an empty, migrated database.

    The rollup tables are left to the migrations that create them (their backfill), so migrate
    to ``BEFORE_ROLLUPS`` first and to head after.
    """
    gen = Generator(seed)
    with engine.begin() as conn:
        for articles, events in _batches(gen, n, batch):
            if articles:
                conn.execute(insert(Article), articles)
            conn.execute(insert(Event), events)
        for field in ("actor", "target", "location"):
            conn.execute(text(
                f"INSERT INTO search_term (field, term) SELECT DISTINCT '{field}', {field}_search "
                f"FROM event WHERE {field}_search IS NOT NULL"
            ))  # fmt: skip
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT setval('article_id_seq', (SELECT max(id) FROM article))"))
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(text("ANALYZE"))
