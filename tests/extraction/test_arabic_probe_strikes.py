"""Arabic places of strikes told around an area noun, a camp's name, a fired weapon and a
province (probes of the thirteenth session)."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED


def _places(extractor: RuleExtractor, text: str) -> list[tuple[str, str | None]]:
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    return [(e.location.name, e.location.country_code) for e in events if e.location]


@pytest.mark.parametrize(
    "text",
    [
        "دكت مدفعية سورية منطقة الهرمل وأصيب ثلاثة مزارعين.",
        "قال الجيش السوري إن مسلحين قتلوا جنديين في منطقة الهرمل.",
    ],
)
def test_an_area_noun_vouches_for_a_place_abroad_like_a_town_noun(
    extractor: RuleExtractor, text: str
) -> None:
    assert _places(extractor, text) == [("El Hermel", "LB")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("جرح أربعة إسرائيليين بقذائف أطلقتها حركة حماس على سديروت.", ("Sderot", "IL")),
        ("قتل مزارعان بقذائف هاون أطلقتها قوات النظام على دوما.", ("Duma", "SY")),
    ],
)
def test_a_place_after_ala_of_a_fired_weapon_is_where_it_struck(
    extractor: RuleExtractor, text: str, place: tuple[str, str]
) -> None:
    assert _places(extractor, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "أصيب شابان فلسطينيان برصاص القوات الإسرائيلية في مخيم عقبة جبر قرب أريحا.",
            ("عقبة جبر", "PS"),
        ),
        ("قتل فتى فلسطيني خلال مداهمة إسرائيلية لمخيم نور شمس قرب طولكرم.", ("نور شمس", "PS")),
    ],
)
def test_a_camp_named_in_two_words_lies_by_the_town_near_it(
    extractor: RuleExtractor, text: str, place: tuple[str, str]
) -> None:
    assert _places(extractor, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل أربعة مزارعين في قصف مدفعي على حمص طال بلدة تلبيسة.", "Tallbisah"),
        ("قتل سبعة مدنيين في غارات روسية على إدلب استهدفت سوقا في مدينة سراقب.", "Saraqib"),
    ],
)
def test_a_town_named_after_its_province_capital_is_where_in_the_province(
    extractor: RuleExtractor, text: str, place: str
) -> None:
    assert [name for name, _ in _places(extractor, text)] == [place]
