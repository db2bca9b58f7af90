"""Tolls only a state's force is said to inflict: "neutralised", "تحييد" count the militants
they name as killed, on sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, assert_event, only_event


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        ("تم تحييد ستة إرهابيين في عملية أمنية بمحافظة ديالى يوم السبت.", "ar", 6),
        ("أعلنت وزارة الدفاع تحييد ثلاثة مسلحين قرب مدينة مايدوغوري يوم السبت.", "ar", 3),
        ("Five militants were neutralised in an operation near Maiduguri on Saturday.", "en", 5),
        ("The ministry said troops had neutralized nine terrorists in Diyala on Saturday.", "en", 9),
    ],
)  # fmt: skip
def test_militants_neutralised_are_counted_killed_with_no_force_named(
    extractor: RuleExtractor, text: str, lang: str, killed: int
) -> None:
    assert_event(only_event(extractor, text, lang), killed=killed)


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("حيدت القوات التركية أربعة إرهابيين في منطقة بشمال العراق يوم السبت.", "ar",
         "Military Forces of Turkey"),
        ("Turkish troops neutralized four terrorists in northern Iraq on Saturday.", "en",
         "Military Forces of Turkey"),
    ],
)  # fmt: skip
def test_a_force_that_neutralised_militants_fought_a_clash_with_them(
    extractor: RuleExtractor, text: str, lang: str, actor: str
) -> None:
    event = only_event(extractor, text, lang)
    assert_event(event, actor={"name": actor}, killed=4)
    assert event.event_type == "Battles"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دعا الوزير إلى تحييد المدنيين عن الصراع في البلاد.", "ar"),
        ("Police neutralised the device outside the station in Kabul.", "en"),
    ],
)
def test_neutralising_with_no_figure_counts_no_one(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert all(e.killed is None for e in events)


def test_a_name_that_reads_as_neutralised_after_a_clitic_counts_nothing(
    extractor: RuleExtractor,
) -> None:
    text = (
        "وقال المحافظ وحيد خان إن سبعة مدنيين وثلاثة من رجال الشرطة قتلوا في انفجار بمدينة بيشاور."
    )
    assert_event(only_event(extractor, text, "ar"), killed=10)
