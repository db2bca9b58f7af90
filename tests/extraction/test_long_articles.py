"""Long articles: an attack recalled by its month, months before the news, is background; an
incident told with no date after a dated one happened on that day."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.steps.dates import find_dates


def _dates(extractor: RuleExtractor, text: str, lang: str, published: date) -> list[date]:
    lex = extractor._languages[lang].finders.dates
    return [m.value for m in find_dates(text, published, lex)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Last April, a shell hit the market.", "en"), ("وفي أبريل الماضي سقطت قذيفة.", "ar")],
)
def test_last_april_written_in_april_is_a_year_back(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _dates(extractor, text, lang, date(2025, 4, 14)) == [date(2024, 4, 1)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In March last year, a bomb hit the market.", "en"),
        ("وفي مارس من العام الماضي انفجرت عبوة في السوق.", "ar"),
    ],
)
def test_a_month_then_last_year_is_that_month_of_last_year(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _dates(extractor, text, lang, date(2024, 9, 3)) == [date(2023, 3, 1)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gunmen killed four farmers near Gao on Sunday, officials said.\n\n"
            "In July, a rocket attack on a bus station in the town killed 12 people.",
            "en",
        ),
        (
            "قتل مسلحون أربعة مزارعين قرب غاو يوم الأحد، بحسب مسؤولين.\n"
            "وفي يوليو الماضي، قتل 12 شخصا في هجوم صاروخي على محطة حافلات في المدينة.",
            "ar",
        ),
    ],
)
def test_an_attack_recalled_by_its_month_months_before_the_news_is_background(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=date(2024, 10, 21), language=lang).events
    assert [
        (e.date.value if e.date else None, e.killed.best if e.killed else None) for e in events
    ] == [(date(2024, 10, 20), 4)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian missiles hit Kharkiv on Sunday, killing three people, officials said.\n\n"
            "In Odesa, a drone struck the port and wounded two workers, the governor said.",
            "en",
        ),
        (
            "قصفت صواريخ روسية مدينة خاركيف يوم الأحد ما أدى إلى مقتل ثلاثة أشخاص.\n"
            "وفي أوديسا، أصابت طائرة مسيرة روسية الميناء وأصيب عاملان بجروح.",
            "ar",
        ),
    ],
)
def test_an_undated_incident_told_after_the_lead_happened_on_its_day(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=date(2025, 4, 14), language=lang).events
    assert [
        (e.location.name if e.location else None, e.date.value if e.date else None) for e in events
    ] == [
        ("Kharkiv", date(2025, 4, 13)),
        ("Odesa", date(2025, 4, 13)),
    ]


def _tolls(extractor: RuleExtractor, text: str, lang: str) -> list[tuple[int | None, int | None]]:
    events = extractor.extract(text, published=date(2025, 2, 11), language=lang).events
    return [
        (e.killed.best if e.killed else None, e.wounded.best if e.wounded else None) for e in events
    ]


def test_a_running_total_of_the_wounded_beside_arrests_updates_the_protest(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Police fired live rounds at protesters in Nairobi on Tuesday, killing one man and "
        "wounding 23 others, witnesses said.\n\nA rights group said later that the number of "
        "people wounded had risen to 31 and that 40 people had been arrested."
    )
    assert _tolls(extractor, text, "en") == [(1, 31)]


def test_a_running_total_told_apart_updates_the_clash_not_a_later_strike(
    extractor: RuleExtractor,
) -> None:
    text = (
        "اندلعت اشتباكات بين الحوثيين والقوات الحكومية في تعز يوم الاثنين أسفرت عن مقتل تسعة "
        "مقاتلين وإصابة 14 آخرين.\nوقالت المصادر إن الطرفين استخدما قذائف الهاون.\n"
        "وأفاد مصدر طبي في وقت لاحق بأن عدد القتلى ارتفع إلى 11."
    )
    assert _tolls(extractor, text, "ar") == [(11, 14)]


def test_people_treated_for_wounds_are_wounded(extractor: RuleExtractor) -> None:
    text = (
        "An air strike on a school in Gaza killed 15 people on Sunday. By Monday the toll had "
        "risen to 22 dead, and 40 people were being treated for wounds in hospital."
    )
    assert _tolls(extractor, text, "en") == [(22, 40)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "An air strike killed 22 people in Gaza City on Sunday, medics said.\n\nIt was the "
            "deadliest strike in the city since last year, when a blast at a hospital killed more "
            "than 300 people.",
            "en",
        ),
        (
            "قتل 22 شخصا في غارة جوية على مدرسة في مدينة غزة يوم الأحد، بحسب مسعفين.\nوهي الغارة "
            "الأعنف في المدينة منذ العام الماضي، عندما قتل أكثر من 300 شخص في انفجار في مستشفى.",
            "ar",
        ),
        (
            "Gunmen killed four farmers near Gao on Sunday, officials said.\n\nOn March 3, a bomb "
            "at the bus station in the town killed 12 people.",
            "en",
        ),
    ],
)
def test_an_attack_recalled_as_background_keeps_its_toll_to_itself(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=date(2024, 10, 21), language=lang).events
    assert [e.killed.best if e.killed else None for e in events] == [22 if "22" in text else 4]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "قتل 27 شخصا في غارة جوية على سوق في مدينة نيالا يوم الأحد.\nوفي العام الماضي، قتل 40 "
            "شخصا في قصف مدفعي على سوق في مدينة الفاشر، بحسب منظمات حقوقية حملت الدعم السريع "
            "المسؤولية عنه.",
            "ar",
        ),
        (
            "An air strike on a market in Nyala killed 27 people on Sunday, medics said.\n\nLast "
            "year, 40 people were killed in the shelling of a market in El Fasher, which rights "
            "groups blamed on the Rapid Support Forces.",
            "en",
        ),
    ],
)
def test_a_side_blamed_for_a_recalled_attack_is_not_the_news_actor(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=date(2024, 12, 2), language=lang).events
    assert [
        (e.actor.name if e.actor else None, e.killed.best if e.killed else None) for e in events
    ] == [(None, 27)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "مقتل متظاهر وإصابة العشرات في تفريق احتجاج على انقطاع الكهرباء في البصرة\n\nالبصرة - "
            "قتل متظاهر وأصيب 17 آخرون، أمس الأربعاء، عندما أطلقت قوات الأمن الرصاص الحي وقنابل "
            "الغاز المسيل للدموع لتفريق مئات المحتجين أمام مبنى المحافظة.",
            "ar",
        ),
        (
            "One dead, dozens hurt as police fire on power cut protest in Basra\n\nBASRA, Iraq - "
            "One protester was killed and 17 others were wounded on Wednesday when police fired "
            "live rounds to disperse demonstrators outside the governorate building.",
            "en",
        ),
    ],
)
def test_a_headline_vague_figure_sums_up_the_body_toll(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=date(2025, 3, 6), language=lang).events
    assert [
        (e.killed.best if e.killed else None, e.wounded.best if e.wounded else None) for e in events
    ] == [(1, 17)]


@pytest.mark.parametrize(
    ("text", "lang", "published", "want"),
    [
        (
            "Russian missiles hit Kharkiv on Sunday, killing three people, officials said.\n\nIn "
            "Zaporizhzhia, a missile hit an industrial site, the governor said, without reporting "
            "casualties.",
            "en",
            date(2025, 4, 14),
            [
                ("Kharkiv", date(2025, 4, 13), "Military Forces of Russia"),
                ("Zaporizhzhya", date(2025, 4, 13), "Military Forces of Russia"),
            ],
        ),
        (
            "شن الطيران الحربي الإسرائيلي غارة على بلدة بنت جبيل في جنوب لبنان يوم الأحد أدت إلى "
            "مقتل ثلاثة أشخاص.\nوفي البقاع، استهدفت غارات إسرائيلية أطراف مدينة بعلبك، ولم ترد "
            "معلومات عن إصابات.",
            "ar",
            date(2024, 10, 21),
            [
                ("Bent Jbail", date(2024, 10, 20), "Military Forces of Israel"),
                ("Baalbek", date(2024, 10, 20), "Military Forces of Israel"),
            ],
        ),
    ],
)
def test_a_sentence_opening_with_another_place_tells_one_more_place_of_the_news(
    extractor: RuleExtractor,
    text: str,
    lang: str,
    published: date,
    want: list[tuple[str, date, str]],
) -> None:
    """With the lead's day, the lead's side, when the sentence names none."""
    events = extractor.extract(text, published=published, language=lang).events
    assert [
        (
            e.location.name if e.location else None,
            e.date.value if e.date else None,
            e.actor.name if e.actor else None,
        )
        for e in events
    ] == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "قالت الوزارة إن غارة استهدفت منزلا في بنت جبيل أدت إلى مقتل ثلاثة أشخاص، فيما أسفرت "
            "غارة أخرى على بلدة الخيام عن إصابة خمسة أشخاص بجروح.",
            "ar",
            [("Bent Jbail", 3, None), ("الخيام", None, 5)],
        ),
        (
            "A strike on a house in Bint Jbeil killed three people on Sunday, while another strike "
            "on the town of Khiam wounded five, the ministry said.",
            "en",
            [("Bent Jbail", 3, None), ("Khiam", None, 5)],
        ),
    ],
)
def test_another_strike_on_a_village_of_the_province_is_another_incident(
    extractor: RuleExtractor, text: str, lang: str, want: list[tuple[str, int | None, int | None]]
) -> None:
    events = extractor.extract(text, published=date(2024, 10, 21), language=lang).events
    assert [
        (
            e.location.name if e.location else None,
            e.killed.best if e.killed else None,
            e.wounded.best if e.wounded else None,
        )
        for e in events
    ] == want


def test_a_headline_strike_on_a_region_sums_up_the_body(extractor: RuleExtractor) -> None:
    text = (
        "غارات إسرائيلية على جنوب لبنان والبقاع\n\nبيروت - استهدفت غارة إسرائيلية بلدة بنت جبيل "
        "يوم الأحد ما أدى إلى مقتل ثلاثة أشخاص.\nوفي البقاع، استهدفت غارات إسرائيلية أطراف مدينة "
        "بعلبك."
    )
    events = extractor.extract(text, published=date(2024, 10, 21), language="ar").events
    assert [e.location.name if e.location else None for e in events] == ["Bent Jbail", "Baalbek"]
