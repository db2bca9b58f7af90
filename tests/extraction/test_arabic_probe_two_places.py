"""Arabic second incidents with no trigger of their own (own sentences): a toll told in a later
sentence at a place apart from the first incident's is an incident of its own."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED


@pytest.mark.parametrize(
    ("text", "places", "killed"),
    [
        (
            "أصيب ثلاثة أشخاص بانفجار عبوة ناسفة في حي الكرادة ببغداد. وفي الموصل، قتل شرطي وأصيب اثنان.",
            {"Mosul"},
            [None, 1],
        ),
        (
            "قتل مسلحون مجهولون اثنين من عناصر الشرطة في مدينة العريش. وفي رفح قتل جندي وأصيب ثلاثة آخرون.",
            {"Arish", "Rafah"},
            [2, 1],
        ),
    ],
)
def test_a_toll_at_another_place_is_a_second_incident(
    extractor: RuleExtractor, text: str, places: set[str], killed: list[int | None]
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert [e.killed.best if e.killed else None for e in events] == killed
    assert places <= {e.location.name for e in events if e.location}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("قتل خمسة مدنيين في قصف على مدينة أريحا وبلدة سراقب.", "SY"),
        (
            "قتل أربعة مدنيين في غارة على بلدة كفرنبل. وقتل ثلاثة آخرون في قصف على مدينة أريحا.",
            "SY",
        ),
    ],
)
def test_a_shared_town_name_takes_the_country_of_the_towns_named_beside_it(
    extractor: RuleExtractor, text: str, country: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert events and {e.location.country_code for e in events if e.location} == {country}


def test_the_place_after_a_border_with_a_country_is_on_this_side(extractor: RuleExtractor) -> None:
    text = "أصيب ثلاثة أشخاص بسقوط قذائف صاروخية على الحدود مع سوريا في منطقة الهرمل."
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert [(e.location.name, e.location.country_code) for e in events if e.location] == [
        ("El Hermel", "LB")
    ]


def test_a_toll_in_another_clause_at_another_town_is_a_second_incident(
    extractor: RuleExtractor,
) -> None:
    text = "قتل ثلاثة جنود بانفجار عبوة ناسفة في مدينة الرمادي، بينما قتل شرطيان في مدينة الفلوجة."
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert [
        (e.location.name if e.location else None, e.killed.best if e.killed else None)
        for e in events
    ] == [("Ramadi", 3), ("Al Fallujah", 2)]
