"""Arabic common words that are also gazetteer aliases: read as places only where the text
names a place (a settlement noun in construct, a cue before a verb-shaped word)."""

from __future__ import annotations

import pytest

from app.geo import Gazetteer


def _places(gaz: Gazetteer, text: str, *context: str) -> list[tuple[str, str]]:
    return [(m.text, m.candidates[0].country_code) for m in gaz.scan(text, "ar", context)]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # adjectives and ordinals agreeing with the noun before them
        ("من ناحية ثانية، أعلن الجيش انسحابه", ("US",)),
        ("جاء الفريق في المركز الثاني", ("US",)),
        ("نشأ الرجل في قرية صغيرة على النهر", ("LY",)),
        ("رفعت القوات الجهوزية العالية لوحداتها", ("LB",)),
        # a settlement noun written with the article is followed by an adjective or a new phrase
        ("وقع الانفجار في المدينة الساحلية مساء", ("JO",)),
        ("تقدمت الدبابات نحو العاصمة الجورجية", ("GE",)),
        ("عاد الهدوء إلى المنطقة وخاصة الأسواق", ("IQ",)),
        ("وصلت التعزيزات إلى المنطقة الخضراء", ("IQ",)),
        # a verb's shape standing alone, with no cue
        ("الأمر الذي يشير إلى تصعيد خطير", ("DZ",)),
        # ordinary nouns and names, with the article kept
        ("انتقد الحزب المستوطنين اليهود", ("IL",)),
        ("قال العميد قاسم عطا إن القوات تقدمت", ("IQ",)),
        ("أكد المتهم أنه بريء من التهمة", ("US",)),
    ],
)
def test_arabic_common_word_is_no_place(
    gaz: Gazetteer, text: str, context: tuple[str, ...]
) -> None:
    assert _places(gaz, text, *context) == []


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("قصفت الطائرات مواقع في إدلب", (), ("إدلب", "SY")),
        ("سقطت قذيفة بمدينة العالية", ("LB",), ("العالية", "LB")),
        ("سقطت قذيفة في عاليه", ("LB",), ("عاليه", "LB")),
        ("وصلت التعزيزات إلى العاصمة بغداد", (), ("بغداد", "IQ")),
        ("انفجرت عبوة في منطقة العلم شرق تكريت", ("IQ",), ("العلم", "IQ")),
        ("قتل شرطي في محافظة واسط", ("IQ",), ("واسط", "IQ")),
        ("اشتبك الجيش مع مسلحين في ينبع", ("SA",), ("ينبع", "SA")),
        ("تظاهر العمال في مدن كبيرة مثل وهران بالغرب وقسنطينة بالشرق", ("DZ",), ("وقسنطينة", "DZ")),
    ],
)
def test_arabic_real_place_is_kept(
    gaz: Gazetteer, text: str, context: tuple[str, ...], expected: tuple[str, str]
) -> None:
    assert expected in _places(gaz, text, *context)
