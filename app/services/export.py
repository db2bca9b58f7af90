"""Streaming exports (CSV, GeoJSON) of every matching event, in constant memory.

Both are written by the database (``export_csv``, ``export_geojson``); this module holds the
CSV columns and the ACLED precision codes.

CSV columns follow ACLED's names where the concept matches (event_date, event_type, actor1,
actor2, country, iso (numeric), admin1, location, latitude, longitude, geo_precision,
time_precision, fatalities), so
scripts written for ACLED exports read ours; our own columns (wounded, evidence, the article's
words for each value) follow.
"""

from __future__ import annotations

# ACLED codes precision 1 (exact), 2 (near / part of a region / within a week), 3 (region, month).
GEO_PRECISION = {"place": 1, "admin2": 2, "admin1": 3, "country": 3}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

CSV_HEADER = [
    "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "iso", "country_code", "admin1", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "wounded", "date_precision", "actor1_kind",
    "actor1_text", "actor2_kind", "actor2_text", "location_text", "admin1_code", "killed_low",
    "killed_high", "language", "article_id", "evidence",
]  # fmt: skip
