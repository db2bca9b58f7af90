"""Arabic verb-first clauses: the subject written after its verb, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import Want, assert_event, only_event


@pytest.mark.parametrize("verb", ["قتل", "قتلوا"])
def test_arabic_gunmen_after_killed_with_a_toll_after_them_killed_the_soldiers(
    extractor: RuleExtractor, verb: str
) -> None:
    ev = only_event(
        extractor,
        f"{verb} مسلحون أربعة جنود قرب حاجز أمني في ولاية قندوز شمالي أفغانستان مساء الثلاثاء.",
        "ar",
    )
    assert_event(
        ev,
        actor={"name": "Unidentified Armed Group", "text": "مسلحون"},
        target={"kind": "state_forces", "text": "جنود"},
        killed=4,
    )
    assert ev.killed is not None and ev.killed.span is not None
    assert ev.killed.span.text == "أربعة"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "قتل أربعة جنود قرب حاجز أمني في ولاية قندوز شمالي أفغانستان مساء الثلاثاء.",
            {"actor": None, "target": {"text": "جنود"}, "killed": 4},
            id="killed-with-the-victims-right-after-it-stays-passive",
        ),
        pytest.param(
            "قتلت قوات الأمن سبعة مسلحين في ولاية قندوز شمالي أفغانستان يوم الأحد.",
            {
                "actor": {"kind": "state_forces", "text": "قوات الأمن"},
                "target": {"kind": "unidentified_armed_group", "text": "مسلحين"},
                "killed": 7,
            },
            id="forces-after-a-feminine-verb-killed-the-militants-they-are-followed-by",
        ),
        pytest.param(
            "أصاب مسلحون ستة مدنيين بجروح في سوق بولاية قندوز شمالي أفغانستان يوم الأحد.",
            {"actor": {"text": "مسلحون"}, "target": {"name": "Civilians"}, "wounded": 6},
            id="gunmen-after-wounded-with-civilians-counted-after-them-wounded-them",
        ),
        # "قتل مسلحون وجنود": gunmen and soldiers were killed; neither did it
        pytest.param(
            "قتل مسلحون وجنود في اشتباك بولاية قندوز شمالي أفغانستان يوم الأحد.",
            {"actor": None},
            id="gunmen-joined-by-and-to-the-next-side-were-killed-with-it",
        ),
    ],
)
def test_arabic_verb_first_clause_sides_and_tolls(
    extractor: RuleExtractor, text: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text, "ar"), **want)


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("هاجم مسلحون حافلة في ولاية قندوز، ما أسفر عن مقتل ستة أشخاص.", "ar", "حافلة"),
        ("هاجم مسلحون حافلة في ولاية قندوز، ما أسفر عن مقتل ستة عمال.", "ar", "حافلة"),
        ("Gunmen attacked a bus in Kunduz province, killing six people.", "en", "bus"),
    ],
)
def test_the_object_attacked_after_the_verb_and_its_subject_is_the_target_not_the_dead(
    extractor: RuleExtractor, text: str, lang: str, target: str
) -> None:
    assert_event(
        only_event(extractor, text, lang),
        actor={"name": "Unidentified Armed Group"},
        target={"name": "Civilians", "text": target},
        killed=6,
    )


def test_arabic_members_of_a_group_after_a_subject_verb_with_an_object_after_them_did_it(
    extractor: RuleExtractor,
) -> None:
    text = "استهدفت عناصر من حركة الشباب قافلة للجيش الصومالي قرب بلدوين."
    ev = only_event(extractor, text, "ar")
    assert ev.actor is not None and ev.actor.name == "Al-Shabaab"
    assert ev.target is not None and ev.target.country_code == "SO"


def test_arabic_members_of_a_group_after_a_subject_verb_with_no_object_were_its_target(
    extractor: RuleExtractor,
) -> None:
    ev = only_event(extractor, "استهدفت غارة أمريكية عناصر من حركة الشباب قرب بلدوين.", "ar")
    assert ev.target is not None and ev.target.name == "Al-Shabaab"
