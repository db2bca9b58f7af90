"""Dates in Arabic and English, resolved against the publication date."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.extraction import RuleExtractor
from app.extraction.datafile import DataError
from app.extraction.steps.date_lexicon import DateLexicon, load_date_lexicon
from app.extraction.steps.dates import find_dates

DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"
TUESDAY = date(2017, 5, 30)  # publication date of most cases: Tuesday 30 May 2017


@pytest.fixture(scope="module")
def lexicons() -> dict[str, DateLexicon]:
    return {lang: load_date_lexicon(DATA / lang) for lang in ("ar", "en")}


# (language, text, expected: (words, value, precision, relative) in text order)
CASES = [
    # weekdays: the most recent one on or before publication; "last"/"الماضي": strictly before
    ("ar", "وقع الهجوم أمس السبت", [("أمس السبت", date(2017, 5, 29), "day", True)]),
    ("ar", "شنت الطائرات غارات مساء الجمعة", [("مساء الجمعة", date(2017, 5, 26), "day", True)]),
    ("ar", "قتل جنديان الاثنين", [("الاثنين", date(2017, 5, 29), "day", True)]),
    ("ar", "وقع التفجير الثلاثاء", [("الثلاثاء", date(2017, 5, 30), "day", True)]),
    ("ar", "وقع التفجير يوم الثلاثاء الماضي", [("يوم الثلاثاء الماضي", date(2017, 5, 23), "day", True)]),
    ("ar", "وصل الوفد الخميس المقبل", []),
    # relative days and periods
    ("ar", "قتل ثلاثة اليوم", [("اليوم", date(2017, 5, 30), "day", True)]),
    ("ar", "وقع الانفجار صباح أمس", [("صباح أمس", date(2017, 5, 29), "day", True)]),
    # "اليوم" is "the day …", not today: before an ordinal, adjective or relative pronoun, or
    # right after "في"/"ذلك"; a part of the day keeps it today ("في صباح اليوم")
    ("ar", "وفي اليوم التالي اعتقلت الشرطة المشتبه به", []),
    ("ar", "أحيت المنظمة اليوم العالمي للاجئين بمسيرة", []),
    ("ar", "عاد المتظاهرون في اليوم الثالث للاعتصام", []),
    ("ar", "يتقاضى العامل عشرة دنانير في اليوم", []),
    ("ar", "لم ينم أحد في ذلك اليوم", []),
    ("ar", "قتل جندي في صباح اليوم قرب الحدود", [("صباح اليوم", date(2017, 5, 30), "day", True)]),
    ("ar", "أصيب شرطي منذ فجر اليوم", [("فجر اليوم", date(2017, 5, 30), "day", True)]),
    ("ar", "وقع الانفجار أول أمس", [("أول أمس", date(2017, 5, 28), "day", True)]),
    ("ar", "اندلعت الاشتباكات الليلة الماضية", [("الليلة الماضية", date(2017, 5, 29), "day", True)]),
    ("ar", "وقع الهجوم الأسبوع الماضي", [("الأسبوع الماضي", date(2017, 5, 22), "week", True)]),
    ("ar", "تصاعد القتال الشهر الماضي", [("الشهر الماضي", date(2017, 4, 1), "month", True)]),
    ("ar", "تكررت الهجمات في نهاية الأسبوع", [("نهاية الأسبوع", date(2017, 5, 22), "week", True)]),
    # explicit dates: Egyptian, Levantine and Maghrebi month names, both digit sets
    ("ar", "وقع الهجوم في 26 مايو 2017", [("26 مايو 2017", date(2017, 5, 26), "day", False)]),
    ("ar", "وقع الهجوم في ٢٦ أيار ٢٠١٧", [("٢٦ أيار ٢٠١٧", date(2017, 5, 26), "day", False)]),
    ("ar", "وقع الهجوم في 26 أيار/مايو 2017", [("26 أيار/مايو 2017", date(2017, 5, 26), "day", False)]),
    ("ar", "وقع الهجوم في 3 تشرين الثاني 2016", [("3 تشرين الثاني 2016", date(2016, 11, 3), "day", False)]),
    ("ar", "وقع الهجوم في 5 جويلية 2016", [("5 جويلية 2016", date(2016, 7, 5), "day", False)]),
    ("ar", "وقع الهجوم في 14 آب", [("14 آب", date(2016, 8, 14), "day", True)]),
    ("ar", "وقع الهجوم في 26/5/2017", [("26/5/2017", date(2017, 5, 26), "day", False)]),
    ("ar", "اغتيل في مطلع كانون الأول/ ديسمبر 2015",
     [("كانون الأول/ ديسمبر 2015", date(2015, 12, 1), "month", False)]),
    ("ar", "وقع الهجوم في 8 فبراير (شباط) 2006",
     [("8 فبراير (شباط) 2006", date(2006, 2, 8), "day", False)]),
    ("ar", "بدأت الحرب عام 2015", [("2015", date(2015, 1, 1), "year", False)]),
    ("ar", "تصاعد القتال منذ أواخر نيسان", [("نيسان", date(2017, 4, 1), "month", True)]),
    # English weekdays
    ("en", "Gunmen attacked the village on Friday.", [("Friday", date(2017, 5, 26), "day", True)]),
    ("en", "The blast happened on Friday night.", [("Friday night", date(2017, 5, 26), "day", True)]),
    ("en", "Police said on Tuesday that 4 died.", [("Tuesday", date(2017, 5, 30), "day", True)]),
    ("en", "The raid took place last Tuesday.", [("last Tuesday", date(2017, 5, 23), "day", True)]),
    ("en", "Talks resume next Friday.", []),
    # English relative days and periods
    ("en", "Two people were killed yesterday.", [("yesterday", date(2017, 5, 29), "day", True)]),
    ("en", "Yesterday, gunmen stormed a school.", [("Yesterday", date(2017, 5, 29), "day", True)]),
    ("en", "Clashes erupted last night.", [("last night", date(2017, 5, 29), "day", True)]),
    ("en", "A bomb exploded this morning.", [("this morning", date(2017, 5, 30), "day", True)]),
    ("en", "The attack came last week.", [("last week", date(2017, 5, 22), "week", True)]),
    ("en", "The attack came three weeks ago.", [("three weeks ago", date(2017, 5, 8), "week", True)]),
    ("en", "The attack came a month ago.", [("a month ago", date(2017, 4, 1), "month", True)]),
    ("ar", "وقع الهجوم قبل خمسة أيام", [("قبل خمسة أيام", date(2017, 5, 25), "day", True)]),
    ("en", "Fighting flared last month.", [("last month", date(2017, 4, 1), "month", True)]),
    ("en", "Rockets hit the base over the weekend.",
     [("over the weekend", date(2017, 5, 22), "week", True)]),
    # English explicit dates
    ("en", "The attack on May 26, 2017 killed 29.", [("May 26, 2017", date(2017, 5, 26), "day", False)]),
    ("en", "It happened on 26 May.", [("26 May", date(2017, 5, 26), "day", True)]),
    ("en", "It happened on the 26th of May 2016.", [("26th of May 2016", date(2016, 5, 26), "day", False)]),
    ("en", "Troops may return in June.", [("June", date(2016, 6, 1), "month", True)]),
    ("en", "05/26/2017: Assailants attacked a bus.", [("05/26/2017", date(2017, 5, 26), "day", False)]),
    ("en", "On 26/05/2017 assailants attacked a bus.", [("26/05/2017", date(2017, 5, 26), "day", False)]),
    ("en", "Report dated 2017-05-26.", [("2017-05-26", date(2017, 5, 26), "day", False)]),
    ("en", "Gunmen struck on the 26th.", [("26th", date(2017, 5, 26), "day", True)]),
    ("en", "Gunmen struck on the 31st.", [("31st", date(2017, 3, 31), "day", True)]),
    ("en", "Gunmen struck two days ago.", [("two days ago", date(2017, 5, 28), "day", True)]),
    ("ar", "وقع الهجوم قبل يومين", [("قبل يومين", date(2017, 5, 28), "day", True)]),
    # years ago: the year it was (1 January, precision "year")
    ("ar", "فجر المسلحون الجسر قبل ثلاث سنوات", [("قبل ثلاث سنوات", date(2014, 1, 1), "year", True)]),
    ("ar", "خطف الصحافي قبل عامين", [("قبل عامين", date(2015, 1, 1), "year", True)]),
    ("en", "The group kidnapped him two years ago.", [("two years ago", date(2015, 1, 1), "year", True)]),
    # a weekday written with its full date names that date, not the latest such weekday
    ("en", "On the morning of Thursday, 3 March 2016, a bomb exploded.",
     [("3 March 2016", date(2016, 3, 3), "day", False)]),
    ("ar", "قتل مسلحون في تبادل لإطلاق النار فجر الخميس 3 مارس 2016",
     [("3 مارس 2016", date(2016, 3, 3), "day", False)]),
    # ... and so does a weekday a few words before a full date that falls on it; another
    # weekday stays a date of its own
    ("en", "Gunmen stormed a church during Sunday mass on April 9, 2017.",
     [("April 9, 2017", date(2017, 4, 9), "day", False)]),
    ("ar", "هاجم مسلحون مسجدا خلال صلاة الجمعة في 12 مايو 2017",
     [("12 مايو 2017", date(2017, 5, 12), "day", False)]),
    ("en", "Police said on Tuesday the raid of May 12, 2017 killed four.",
     [("Tuesday", date(2017, 5, 30), "day", True), ("May 12, 2017", date(2017, 5, 12), "day", False)]),
    ("en", "The group was founded in 2015.", [("2015", date(2015, 1, 1), "year", False)]),
    ("en", "Attacks rose in March 2016.", [("March 2016", date(2016, 3, 1), "month", False)]),
    # a day of the month written as an ordinal word; in English as a digit with its suffix
    ("ar", "وقع الهجوم في الرابع عشر من مايو", [("الرابع عشر من مايو", date(2017, 5, 14), "day", True)]),
    ("ar", "قتل في الحادي والعشرين من أيار 2016", [("الحادي والعشرين من أيار 2016", date(2016, 5, 21), "day", False)]),
    ("ar", "وقع الانفجار يوم الخامس من حزيران", [("الخامس من حزيران", date(2016, 6, 5), "day", True)]),
    ("ar", "أعدم 13 شخصا في الثاني من يناير (كانون الثاني) عام 2008",
     [("الثاني من يناير (كانون الثاني) عام 2008", date(2008, 1, 2), "day", False)]),
    ("ar", "خلال الشهر الثاني من العام", []),
    # a month with its second name, then "عام"/"من العام" and the year: the year is the month's
    ("ar", "اغتيل القائد في أكتوبر (تشرين الأول) عام 1995 في منزله",
     [("أكتوبر (تشرين الأول) عام 1995", date(1995, 10, 1), "month", False)]),
    ("ar", "خطف الصحافي في مارس (آذار) من العام 2003",
     [("مارس (آذار) من العام 2003", date(2003, 3, 1), "month", False)]),
    ("ar", "قتل الوزير في 9 أيار سنة 1998", [("9 أيار سنة 1998", date(1998, 5, 9), "day", False)]),
    ("en", "The attack took place on the 14th of May.", [("14th of May", date(2017, 5, 14), "day", True)]),
    # no dates: numbers that only look like them
    ("en", "24 people were killed on Friday.", [("Friday", date(2017, 5, 26), "day", True)]),
    ("en", "You may leave now.", []),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_dates_resolved_against_publication(
    lexicons: dict[str, DateLexicon], lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    found = find_dates(text, TUESDAY, lexicons[lang])
    assert [(d.text, d.value, d.precision, d.relative) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.text


def test_weekday_on_publication_day_is_that_day(lexicons: dict[str, DateLexicon]) -> None:
    (found,) = find_dates("قتل ثلاثة الأحد", date(2017, 5, 28), lexicons["ar"])
    assert found.value == date(2017, 5, 28)


def test_date_without_year_after_publication_is_last_year(lexicons: dict[str, DateLexicon]) -> None:
    (found,) = find_dates("It happened on 3 December.", date(2017, 1, 10), lexicons["en"])
    assert found.value == date(2016, 12, 3)


def test_impossible_date_gives_nothing(lexicons: dict[str, DateLexicon]) -> None:
    assert find_dates("It happened on 31 February 2017.", TUESDAY, lexicons["en"]) == ()


def test_last_week_is_the_monday_of_the_previous_week(lexicons: dict[str, DateLexicon]) -> None:
    (found,) = find_dates("last week", date(2024, 3, 18), lexicons["en"])  # a Monday
    assert (found.value, found.precision) == (date(2024, 3, 11), "week")


def test_invalid_numeric_order_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "en"
    shutil.copytree(DATA / "en", target)
    path = target / "dates.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('numeric_order = "mdy"', 'numeric_order = "ymd"'),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"dates\.toml.*numeric_order"):
        load_date_lexicon(target)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "03/14/2017: Assailants opened fire on a police post in Djibo, Sahel, Burkina Faso, "
            "killing two officers.",
            "en",
        ),
        (
            "14 مارس 2017: قتل شرطيان في هجوم شنه مسلحون على مركز للشرطة في مدينة جيبو.",
            "ar",
        ),
    ],
)
def test_full_date_a_text_opens_with_dates_it_whenever_it_was_published(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    # years after the event, the report is still of that day, not background
    events = extractor.extract(text, published=date(2024, 5, 1), language=lang).events
    assert len(events) == 1
    ev = events[0]
    assert ev.date is not None and (ev.date.value, ev.date.precision) == (date(2017, 3, 14), "day")
    assert ev.killed is not None and ev.killed.best == 2


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # the dateline's Thursday 5 June: "Tuesday" is the 3rd, not the 10th before publication
        (
            "GOMA, June 5 (Reuters) - M23 fighters shelled a camp near Sake on Tuesday, killing six.",
            "en",
            3,
        ),
        # no date but the dateline's: the incident is of the day the report was filed
        (
            "KHARTOUM, June 5 (AP) - RSF drones struck a fuel depot in Port Sudan overnight, killing two.",
            "en",
            5,
        ),
        (
            "الموصل، 5 يونيو (رويترز) - قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش يوم الثلاثاء.",
            "ar",
            3,
        ),
    ],
)
def test_a_datelines_day_is_the_day_relative_dates_count_from(
    extractor: RuleExtractor, text: str, lang: str, day: int
) -> None:
    events = extractor.extract(text, published=date(2025, 6, 14), language=lang).events
    assert events and events[0].date is not None
    assert events[0].date.value == date(2025, 6, day)
