"""Sentences that use a trigger word but report no violent event produce no event."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor

PUBLISHED = date(2024, 5, 2)


def _events(extractor: RuleExtractor, text: str, lang: str) -> tuple[object, ...]:
    return extractor.extract(text, published=PUBLISHED, language=lang).events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ضبطت الشرطة في الموصل أمس 200 كيلوغرام من مادة شديدة الانفجار داخل مخزن مهجور", "ar"),
        ("وصلت الرهينة الفرنسية السابقة إلى مطار باريس أمس على متن طائرة حكومية", "ar"),
        ("اتهم زعيم المعارضة الرئيس باغتصاب السلطة في بغداد يوم الثلاثاء", "ar"),
        ("دعا وزير الخارجية المصري في القاهرة أمس إلى تثبيت وقف إطلاق النار في غزة", "ar"),
        ("اشترى سكان البصرة أمس المياه العذبة من محطات التحلية بأسعار مرتفعة", "ar"),
        ("Twelve miners were trapped in a coal mine in Zonguldak on Monday after a flood.", "en"),
        ("The former hostage landed at an air base near Paris on Friday.", "en"),
    ],
)
def test_non_violent_senses_of_trigger_words_are_not_events(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


@pytest.mark.parametrize(
    "text",
    [
        "احتجز مسلحون 12 رهينة في فندق بمقديشو أمس",
        "قال ناجون إن عناصر الميليشيا عذبوا ثلاثة معتقلين حتى الموت في الموصل أمس",
    ],
)
def test_hostage_taking_and_torture_are_still_events(extractor: RuleExtractor, text: str) -> None:
    assert len(_events(extractor, text, "ar")) == 1
