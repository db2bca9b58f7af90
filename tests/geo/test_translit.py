"""Transliteration skeletons: the bulk form used for country pools equals the per-key one."""

from __future__ import annotations

import pytest

from app.geo import Gazetteer
from app.geo.translit import skeleton_ar, skeleton_latin, skeletons_latin


def test_latin_and_arabic_spellings_share_a_skeleton() -> None:
    assert skeleton_latin("kismayo") == skeleton_ar("كيسمايو") == "kisma"


def test_bulk_skeletons_keep_each_key_apart() -> None:
    # a vowel run or a doubled letter must not reach across two keys
    keys = ["aba", "ayoub", "bba", "a", "ab  ", "khaddour"]
    assert skeletons_latin(keys) == [skeleton_latin(k) for k in keys]
    assert skeletons_latin([]) == []


@pytest.mark.parametrize("cc", ["NG", "SO", "ML", "AF", "UA"])
def test_bulk_skeletons_equal_per_key_skeletons_over_a_country_pool(
    gaz: Gazetteer, cc: str
) -> None:
    latin = gaz.fuzzy.keys_by_country[cc][False]
    assert len(latin) > 200
    assert skeletons_latin(latin) == [skeleton_latin(k) for k in latin]
