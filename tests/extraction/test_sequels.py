"""An incident told as following another ("hours later", "وبعد ساعات"), and an attacked
security object named with its country ("an Israeli base", "قاعدة عسكرية إسرائيلية")."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 7, 4)  # a Thursday: "Tuesday" is July 2


def _events(extractor: RuleExtractor, text: str, lang: str) -> list[tuple[str | None, date]]:
    found: tuple[ExtractedEvent, ...] = extractor.extract(
        text, published=PUBLISHED, language=lang
    ).events
    return [(e.actor.name if e.actor else None, e.date.value) for e in found if e.date]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "An Israeli drone strike killed two men near Nabatieh on Tuesday. Hours later "
            "Hezbollah fired rockets at an Israeli base.",
            "en",
        ),
        (
            "قتل رجلان في غارة لطائرة مسيرة إسرائيلية قرب النبطية يوم الثلاثاء. وبعد ساعات أطلق "
            "حزب الله صواريخ على قاعدة عسكرية إسرائيلية.",
            "ar",
        ),
    ],
)
def test_a_reply_hours_later_is_another_incident_on_the_same_day(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == [
        ("Military Forces of Israel", date(2024, 7, 2)),
        ("Hezbollah", date(2024, 7, 2)),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gunmen killed three policemen at a checkpoint in Kirkuk on Tuesday. Hours later "
            "the death toll rose to five.",
            "en",
        ),
        (
            "قتل مسلحون ثلاثة من رجال الشرطة عند حاجز في كركوك يوم الثلاثاء. وبعد ساعات ارتفعت "
            "حصيلة القتلى إلى خمسة.",
            "ar",
        ),
    ],
)
def test_a_toll_told_hours_later_stays_with_its_incident(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert len(events) == 1
    assert events[0].date is not None and events[0].date.value == date(2024, 7, 2)


@pytest.mark.parametrize(
    ("text", "lang", "target", "words"),
    [
        (
            "Hezbollah fired rockets at an Israeli base.",
            "en",
            "Military Forces of Israel",
            "Israeli base",
        ),
        (
            "Militants ambushed a Turkish armoured convoy in Idlib.",
            "en",
            "Military Forces of Turkey",
            "Turkish armoured convoy",
        ),
        (
            "أطلق حزب الله صواريخ على قاعدة عسكرية إسرائيلية.",
            "ar",
            "Military Forces of Israel",
            "قاعدة عسكرية إسرائيلية",
        ),
        ("هاجم مسلحون دورية تركية في ريف إدلب.", "ar", "Military Forces of Turkey", "دورية تركية"),
    ],
)
def test_a_security_object_with_its_country_word_is_that_countrys_forces(
    extractor: RuleExtractor, text: str, lang: str, target: str, words: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert [(e.target.name, e.target.text) for e in events if e.target] == [(target, words)]


def test_hours_after_an_incident_introduces_the_earlier_one(extractor: RuleExtractor) -> None:
    # "بعد ساعات من": the shooting told after it came first; it borrows no date from the strikes
    text = (
        "قصفت طائرات حربية مصرية مدينة درنة الليبية يوم الاثنين بعد ساعات قليلة من إطلاق "
        "مسلحين النار على حافلة في المنيا مما أدى إلى مقتل 29 شخصا."
    )
    events = extractor.extract(text, published=date(2017, 5, 30), language="ar").events
    dated = {e.event_type: e.date.value for e in events if e.date}
    assert dated == {
        "Explosions/Remote violence": date(2017, 5, 29),
        "Violence against civilians": date(2017, 5, 30),
    }
