"""A protest a sentence reports taking place is an event; calls, bans and talk about protesters
are not. The crowd told gathering, counted or demanding counts as the protest's participants."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_event

PUBLISHED = date(2024, 5, 2)


def _types(extractor: RuleExtractor, text: str, lang: str) -> list[tuple[str, str | None]]:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    return [(ev.event_type, ev.sub_event_type) for ev in events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the crowd acting and counted, with no place the gazetteer knows
        ("وتجمع مئات المحتجين أمام مقر الحكومة للمطالبة بالإصلاح.", "ar"),
        # a place and the protesters' slogans in a second clause
        ("اندلعت في عمان مظاهرات مناهضة للحكومة ورفع المتظاهرون شعارات تطالب برحيل الوزير.", "ar"),
        ("خرجت مظاهرة حاشدة في مدينة الموصل للمطالبة بالإصلاح.", "ar"),
        # a protest at a court is news, though a court makes most sentences context
        ("وتجمع نحو مئتي متظاهر أمام المحكمة في القاهرة للمطالبة بالإفراج عن الصحافيين.", "ar"),
        (
            "Hundreds of protesters gathered outside parliament demanding the minister's resignation.",
            "en",
        ),
        (
            "Thousands marched through the streets of Khartoum demanding the release of detainees.",
            "en",
        ),
    ],
)
def test_a_crowd_reported_gathering_is_a_peaceful_protest(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _types(extractor, text, lang) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دعت المعارضة إلى التظاهر يوم الجمعة المقبل في القاهرة.", "ar"),
        ("قررت وزارة الداخلية منع المظاهرات في العاصمة.", "ar"),
        ("وقال الوزير إن المتظاهرين لهم مطالب مشروعة.", "ar"),
        # "محتجزين" (detainees) shares its first letters with "محتجين" (protesters)
        ("نقلت السلطات عشرات المحتجزين إلى سجن آخر في بغداد.", "ar"),
        ("The opposition called for protests next week.", "en"),
        ("The government banned demonstrations in the capital.", "en"),
        ("The minister said protesters have a right to be heard.", "en"),
    ],
)
def test_calls_bans_and_talk_of_protesters_are_no_protest(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _types(extractor, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police arrested dozens of protesters who had gathered in Lagos.", "en",
         ("Protests", "Protest with intervention")),
        ("واعتقلت الشرطة عشرات المتظاهرين الذين تجمعوا في وسط الجزائر.", "ar",
         ("Protests", "Protest with intervention")),
        ("Protesters set fire to cars and threw stones at police in Nairobi.", "en",
         ("Riots", "Violent demonstration")),
        ("أحرق المتظاهرون إطارات السيارات ورشقوا الشرطة بالحجارة في مدينة صور.", "ar",
         ("Riots", "Violent demonstration")),
    ],
)  # fmt: skip
def test_force_on_a_protest_and_stones_from_it_set_the_sub_event_type(
    extractor: RuleExtractor, text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert _types(extractor, text, lang) == [expected]


def test_bursts_of_gunfire_are_no_stone_throwing(extractor: RuleExtractor) -> None:
    text = "أطلقت قوات الأمن رشقات نارية في الهواء في الفلوجة أمس."
    assert ("Riots", "Violent demonstration") not in _types(extractor, text, "ar")


def test_toppling_a_government_is_no_disrupted_weapons_use(extractor: RuleExtractor) -> None:
    # "إسقاط" alone: bringing down a regime, not an aircraft
    text = "احتشد آلاف المحتجين في القاهرة يوم الجمعة للمطالبة بإسقاط الحكومة."
    events = extractor.extract(text, published=date(2024, 3, 14), language="ar").events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Peaceful protest")]


def test_two_protesters_killed_in_the_dual_are_a_toll(extractor: RuleExtractor) -> None:
    # "متظاهران": the nominative dual of a sound plural noun counts two
    text = "قتل متظاهران برصاص الشرطة في بغداد أمس."
    events = extractor.extract(text, published=date(2024, 3, 14), language="ar").events
    assert [(e.sub_event_type, e.killed.best if e.killed else None) for e in events] == [
        ("Excessive force against protesters", 2)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل متظاهران أمس خلال تفريق قوات مكافحة الشغب احتجاجا للمعلمين في مدينة البصرة.", "ar"),
        ("قُتل متظاهر أمس في مدينة البصرة خلال احتجاج فرقته قوات مكافحة الشغب.\n"
         "وقال شهود إن القوات أطلقت الرصاص الحي على المحتجين.", "ar"),
        ("Two protesters were killed in Basra yesterday at a teachers' protest that riot police"
         " dispersed.\nWitnesses said the forces fired live rounds at the crowd.", "en"),
    ],
)  # fmt: skip
def test_riot_police_at_a_protest_where_people_died_used_excessive_force(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    (event,) = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor is not None and event.actor.kind == "police"


def test_an_arabic_peaceful_stand_is_a_protest(extractor: RuleExtractor) -> None:
    text = "نظم مئات الخريجين أمس وقفة سلمية أمام مبنى محافظة البصرة للمطالبة بفرص عمل."
    assert _types(extractor, text, "ar") == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        ("Masked gunmen killed four protesters outside the provincial council in Basra.", "en", 4),
        ("Militants opened fire on demonstrators in Kidal, killing two.", "en", 2),
    ],
)
def test_protesters_an_armed_group_killed_were_attacked_and_the_toll_stays(
    extractor: RuleExtractor, text: str, lang: str, killed: int
) -> None:
    event = only_event(extractor, text, lang)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.killed is not None and event.killed.best == killed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Demonstrators clashed with riot police in Lima; 15 officers were hurt.", "en"),
        ("Police clashed with protesters in Dakar, killing one young man.", "en"),
        ("اشتبك محتجون مع قوات الأمن في الناصرية، ما أدى إلى إصابة 20 شخصا.", "ar"),
    ],
)
def test_a_crowd_clashing_with_the_police_is_a_riot(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    event = only_event(extractor, text, lang)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


def test_students_clashing_with_police_riot(extractor: RuleExtractor) -> None:
    event = only_event(
        extractor, "Students clashed with police at a campus in Dhaka; 30 people were hurt."
    )
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
