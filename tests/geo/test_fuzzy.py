"""Near-spelling search: comparing only keys of a length that can reach the cutoff loses none."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from app.geo import Gazetteer
from app.geo.fuzzy import FUZZY_CUTOFF, SKELETON_CUTOFF
from app.geo.translit import skeleton_ar


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


@pytest.mark.parametrize(
    ("query", "context"),
    [
        ("كيسمايو", ["SO"]),
        ("مايدوغوري", ["NG"]),
        ("دامبوا", ["NG", "CM"]),
        ("بانكاس", ["ML", "BF"]),
        ("زابارماري", ["NG"]),
        ("قرقرقرقر", ["SO", "KE"]),
    ],
)
def test_strict_skeleton_search_keeps_the_best_of_the_sorted_top_five(
    gaz: Gazetteer, query: str, context: list[str]
) -> None:
    skel = skeleton_ar(query)
    found = sorted(
        (-r, rank, i, s, key)
        for rank, cc in enumerate(context)
        for i, (r, s, key) in enumerate(gaz.fuzzy._skeleton_hits(skel, cc))
    )
    expected = found[0][4] if found and -found[0][0] >= SKELETON_CUTOFF else None
    assert gaz.fuzzy._by_skeleton(query, context, strict=True) == expected
