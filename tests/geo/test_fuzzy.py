"""Near-spelling search: comparing only keys of a length that can reach the cutoff loses none."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from app.geo import Gazetteer
from app.geo.fuzzy import FUZZY_CUTOFF


@pytest.mark.parametrize(
    ("query", "cc", "arabic"),
    [
        ("maidguri", "NG", False),
        ("maiduguri", "NG", False),
        ("damboaa", "NG", False),
        ("alepo", "SY", False),
        ("idleb", "SY", False),
        ("حماة", "SY", True),
        ("ادلبب", "SY", True),
        ("بنغازى", "LY", True),
        ("zzzzqqqq", "NG", False),
    ],
)
def test_nearest_by_length_equals_a_search_of_the_whole_pool(
    gaz: Gazetteer, query: str, cc: str, arabic: bool
) -> None:
    pool = gaz.fuzzy.keys_by_country[cc][arabic]
    whole = process.extractOne(query, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    expected = None if whole is None else (whole[1], whole[0])
    assert gaz.fuzzy._nearest(query, cc, arabic) == expected
