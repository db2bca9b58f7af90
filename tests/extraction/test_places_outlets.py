"""Arabic news names its sources: the word after a media noun begins an outlet's name ("قناة
(روسيا اليوم)", "صحيفة «الشرق الأوسط»"), no place or country of the event. Sentences written
for these tests."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import only_event


def test_arabic_a_channel_named_after_a_country_is_no_second_event_there(
    extractor: RuleExtractor,
) -> None:
    text = (
        "قتل 12 شخصا وأصيب 30 آخرون في تفجير انتحاري استهدف سوقا في العاصمة الصومالية مقديشو "
        "أمس. ونقلت قناة (روسيا اليوم) عن ضابط في الشرطة قوله إن 12 شخصا قتلوا وأصيب 30 "
        "آخرون في انفجار أمس."
    )
    ev = only_event(extractor, text, "ar")
    assert ev.location is not None and ev.location.country_code == "SO"


def test_arabic_a_channel_named_after_a_country_gives_no_country(
    extractor: RuleExtractor,
) -> None:
    text = "ونقلت قناة روسيا اليوم عن مصدر محلي أن ثلاثة مدنيين قتلوا في قصف على بلدة بالمنطقة."
    ev = only_event(extractor, text, "ar")
    assert ev.location is None or ev.location.country_code != "RU"
