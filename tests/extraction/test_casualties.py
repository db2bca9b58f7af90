"""Killed and wounded counts in Arabic and English, in both word orders."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.extraction import RuleExtractor
from app.extraction.datafile import DataError
from app.extraction.steps.casualties import CasualtyMention, find_casualties
from app.extraction.steps.casualty_lexicon import CasualtyLexicon, load_casualty_lexicon
from app.extraction.steps.number_lexicon import NumberLexicon, load_number_lexicon

DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"
Lexicons = dict[str, tuple[CasualtyLexicon, NumberLexicon]]


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    return {
        lang: (load_casualty_lexicon(DATA / lang), load_number_lexicon(DATA / lang))
        for lang in ("ar", "en")
    }


def _summary(m: CasualtyMention) -> tuple[object, ...]:
    c = m.figure
    kind = "combined" if m.combined else m.kind
    return (kind, c.best, c.low, c.high, c.qualifier, c.span.text if c.span else None)


# (language, text, expected: (kind, best, low, high, qualifier, count words) in text order)
CASES = [
    # a preposition between a figure and a noun: the noun is not what the figure counts
    ("en", "Militants killed 30 in attacks on three villages.",
     [("killed", 30, None, None, "exact", "30")]),
    ("ar", "قتل 30 في هجوم على قرية.", [("killed", 30, None, None, "exact", "30")]),
    ("ar", "أصيب 12 خلال اشتباكات في المدينة.", [("wounded", 12, None, None, "exact", "12")]),
    # Arabic: cue before the number
    ("ar", "أسفر الهجوم عن مقتل 5 أشخاص وإصابة 10 آخرين.",
     [("killed", 5, None, None, "exact", "5"), ("wounded", 10, None, None, "exact", "10")]),
    ("ar", "أسفر الانفجار عن مقتل ثلاثة وجرح سبعة.",
     [("killed", 3, None, None, "exact", "ثلاثة"), ("wounded", 7, None, None, "exact", "سبعة")]),
    ("ar", "قتل خمسة عشر شخصا وجرح ثلاثون آخرون في الهجوم.",
     [("killed", 15, None, None, "exact", "خمسة عشر"),
      ("wounded", 30, None, None, "exact", "ثلاثون")]),
    ("ar", "أدى القصف إلى مقتل تسعة وعشرين مدنيا وإصابة اربعة وعشرين.",
     [("killed", 29, None, None, "exact", "تسعة وعشرين"),
      ("wounded", 24, None, None, "exact", "اربعة وعشرين")]),
    ("ar", "مقتل اثني عشر جنديا في كمين.", [("killed", 12, None, None, "exact", "اثني عشر")]),
    ("ar", "أودت الغارات بحياة ٧ مدنيين.", [("killed", 7, None, None, "exact", "٧")]),
    ("ar", "ارتفعت حصيلة القتلى إلى ١٬٢٠٠ شخص.", [("killed", 1200, None, None, "exact", "١٬٢٠٠")]),
    ("ar", "أحصى المرصد مقتل 11 مدنيا على الأقل في الغارات.",
     [("killed", 11, 11, None, "at_least", "11")]),
    ("ar", "وأصيب نحو عشرين آخرين بجروح.", [("wounded", 20, None, None, "about", "عشرين")]),
    ("ar", "مقتل أكثر من 40 شخصا في الهجوم.", [("killed", 40, 40, None, "more_than", "40")]),
    ("ar", "مقتل ما بين 25 و30 شخصا.", [("killed", 25, 25, 30, "range", "25 و30")]),
    ("ar", "مقتل العشرات في القصف.", [("killed", 20, 20, None, "approximate", "العشرات")]),
    # Arabic: number then cue
    ("ar", "ارتفعت الحصيلة إلى 29 قتيلا و24 جريحا.",
     [("killed", 29, None, None, "exact", "29"), ("wounded", 24, None, None, "exact", "24")]),
    ("ar", "قال مصدر إن 10 جنود قتلوا وأصيب 27 آخرون.",
     [("killed", 10, None, None, "exact", "10"), ("wounded", 27, None, None, "exact", "27")]),
    ("ar", "لقي 3 أشخاص على الأقل حتفهم في الانفجار.", [("killed", 3, 3, None, "at_least", "3")]),
    ("ar", "عثر السكان على 45 جثة بعد الهجوم.", [("killed", 45, None, None, "exact", "45")]),
    # Arabic: duals and single victims
    ("ar", "أسفر الهجوم عن وفاة شخصين وإصابة 14 آخرين.",
     [("killed", 2, None, None, "exact", "شخصين"), ("wounded", 14, None, None, "exact", "14")]),
    ("ar", "سقط قتيلان وثلاثة جرحى.",
     [("killed", 2, None, None, "exact", "قتيلان"), ("wounded", 3, None, None, "exact", "ثلاثة")]),
    ("ar", "نقل جريحين إلى المستشفى.", [("wounded", 2, None, None, "exact", "جريحين")]),
    ("ar", "أسفر عن مصرع مدنيين اثنين.", [("killed", 2, None, None, "exact", "اثنين")]),
    ("ar", "لقي مدني حتفه في القصف.", [("killed", 1, None, None, "exact", "مدني")]),
    # the nominative dual of a noun with a sound plural ("مدنيين" is also the plural)
    ("ar", "قتل مدنيان وأصيب ثلاثة آخرون في قصف على البلدة.",
     [("killed", 2, None, None, "exact", "مدنيان"), ("wounded", 3, None, None, "exact", "ثلاثة")]),
    ("ar", "قتل ثلاثة جنود ومدنيان في الهجوم على الحاجز.",
     [("killed", 5, None, None, "exact", "ثلاثة جنود ومدنيان")]),
    ("ar", "أصيب شرطيان بجروح في الانفجار.", [("wounded", 2, None, None, "exact", "شرطيان")]),
    ("ar", "مقتل جندي وإصابة اثنين آخرين.",
     [("killed", 1, None, None, "exact", "جندي"), ("wounded", 2, None, None, "exact", "اثنين")]),
    # Arabic: sums, subsets, combined totals
    ("ar", "مقتل 3 جنود و5 مدنيين في القصف.", [("killed", 8, None, None, "exact", "3 جنود و5")]),
    ("ar", "قتلت الغارات 7 مدنيين بينهم 4 أطفال.", [("killed", 7, None, None, "exact", "7")]),
    ("ar", "قتل 12 شخصا بينهم مدنيان في الغارة.", [("killed", 12, None, None, "exact", "12")]),
    # a subset of a subset is part of the whole toll
    ("ar", "قال إن ثمانية أشخاص بينهم ثلاثة أجانب بينهم صحفي قتلوا أمس.",
     [("killed", 8, None, None, "exact", "ثمانية")]),
    ("en", "Eight people, including three foreigners, among them a journalist, were killed.",
     [("killed", 8, None, None, "exact", "Eight")]),
    ("ar", "قال إن ثمانية أشخاص بينهم ثلاثة أجانب اثنان منهم صحفيان قتلوا أمس.",
     [("killed", 8, None, None, "exact", "ثمانية")]),
    ("ar", "أوقع الانفجار 16 شخصا بين قتيل وجريح.", [("combined", 16, None, None, "exact", "16")]),
    ("ar", "سقط 9 قتلى وجرحى في الانفجار.", [("combined", 9, None, None, "exact", "9")]),
    ("ar", "قتل وأصيب 8 أشخاص في انفجار عبوة.", [("combined", 8, None, None, "exact", "8")]),
    ("ar", "قتل أحد عناصر الشرطة وأصيب خمسة آخرون.",
     [("killed", 1, None, None, "exact", "أحد"), ("wounded", 5, None, None, "exact", "خمسة")]),
    ("ar", "قتل نحو 200 مسلح ونحو 50 جنديا.",
     [("killed", 250, None, None, "about", "200 مسلح ونحو 50")]),
    ("ar", "أوقعت التفجيرات عشرات القتلى والجرحى.",
     [("combined", 20, 20, None, "approximate", "عشرات")]),
    ("ar", "أسفرت المداهمة عن إصابة ضابط وأمين شرطة.",
     [("wounded", 2, None, None, "exact", "ضابط وأمين شرطة")]),
    ("ar", "أوقعت الغارة قتيلين وجريحين.",
     [("killed", 2, None, None, "exact", "قتيلين"), ("wounded", 2, None, None, "exact", "جريحين")]),
    ("ar", "لقي قائد الكتيبة واثنان من مرافقيه حتفهم.",
     [("killed", 3, None, None, "exact", "قائد الكتيبة واثنان")]),
    ("ar", "قتل متظاهر وأصيب 17 آخرون.",
     [("killed", 1, None, None, "exact", "متظاهر"), ("wounded", 17, None, None, "exact", "17")]),
    ("ar", "قال إن الهجوم لم يسفر عن سقوط قتلى أو جرحى.",
     [("killed", 0, 0, 0, "zero", "لم يسفر عن سقوط قتلى أو جرحى"),
      ("wounded", 0, 0, 0, "zero", "لم يسفر عن سقوط قتلى أو جرحى")]),
    ("ar", "قتل جندي وأصيب آخران في الهجوم.",
     [("killed", 1, None, None, "exact", "جندي"), ("wounded", 2, None, None, "exact", "آخران")]),
    ("ar", "قتل الرجل البالغ من العمر 25 عاما.", [("killed", 1, None, None, "exact", "الرجل")]),
    ("ar", "أعلنت الشرطة اغتيال الصحفي في بغداد.", [("killed", 1, None, None, "exact", "الصحفي")]),
    # Arabic: explicit zero
    ("ar", "لم تسفر الغارة عن إصابات.",
     [("killed", 0, 0, 0, "zero", "لم تسفر الغارة عن إصابات"),
      ("wounded", 0, 0, 0, "zero", "لم تسفر الغارة عن إصابات")]),
    ("ar", "انفجرت العبوة دون وقوع إصابات.",
     [("killed", 0, 0, 0, "zero", "دون وقوع إصابات"),
      ("wounded", 0, 0, 0, "zero", "دون وقوع إصابات")]),
    # a clitic written onto the phrase: "ولم" (and did not)
    ("ar", "سقطت الصواريخ في منطقة مفتوحة ولم يبلغ عن وقوع إصابات.",
     [("killed", 0, 0, 0, "zero", "ولم يبلغ عن وقوع إصابات"),
      ("wounded", 0, 0, 0, "zero", "ولم يبلغ عن وقوع إصابات")]),
    # English: cue before the number
    ("en", "The attack killed 3 soldiers and wounded 11 others.",
     [("killed", 3, None, None, "exact", "3"), ("wounded", 11, None, None, "exact", "11")]),
    ("en", "The bombing killed twenty-two people.",
     [("killed", 22, None, None, "exact", "twenty-two")]),
    ("en", "The death toll rose to 1,200 on Monday.",
     [("killed", 1200, None, None, "exact", "1,200")]),
    ("en", "Gunmen opened fire, killing at least 12.", [("killed", 12, 12, None, "at_least", "12")]),
    ("en", "The blast injured a dozen passers-by.", [("wounded", 12, None, None, "exact", "a dozen")]),
    # English: number then cue
    ("en", "At least 10 police officers were killed and 11 were injured.",
     [("killed", 10, 10, None, "at_least", "10"), ("wounded", 11, None, None, "exact", "11")]),
    ("en", "One hundred and five people died in the fire.",
     [("killed", 105, None, None, "exact", "One hundred and five")]),
    ("en", "Between 25 and 30 people were killed.",
     [("killed", 25, 25, 30, "range", "25 and 30")]),
    ("en", "Nearly 40 people were hurt.", [("wounded", 40, None, None, "about", "40")]),
    ("en", "Dozens were wounded in the clashes.",
     [("wounded", 24, 24, None, "approximate", "Dozens")]),
    ("en", "Two people were killed and nine injured.",
     [("killed", 2, None, None, "exact", "Two"), ("wounded", 9, None, None, "exact", "nine")]),
    ("en", "The raid left 25 villagers dead.", [("killed", 25, None, None, "exact", "25")]),
    # English: single victims
    ("en", "A soldier was killed in the ambush.", [("killed", 1, None, None, "exact", "A soldier")]),
    ("en", "A woman was shot dead and two men were wounded.",
     [("killed", 1, None, None, "exact", "A woman"), ("wounded", 2, None, None, "exact", "two")]),
    ("en", "The mayor, Ahmed Khan, was killed in the blast.",
     [("killed", 1, None, None, "exact", "Khan")]),
    ("en", "A mob beat a man to death near the market.",
     [("killed", 1, None, None, "exact", "a man")]),
    ("en", "The strike killed a senior militia field commander and another man.",
     [("killed", 2, None, None, "exact", "a senior militia field commander and another man")]),
    ("en", "The death toll from the bombing in the crowded central market of the old town rose to nine.",
     [("killed", 9, None, None, "exact", "nine")]),
    ("en", "Eleven people were taken to hospital.", [("wounded", 11, None, None, "exact", "Eleven")]),
    ("en", "Police said a blast killed a soldier and wounded four others, two officials said.",
     [("killed", 1, None, None, "exact", "a soldier"), ("wounded", 4, None, None, "exact", "four")]),
    ("en", "The bomb exploded, killing two and wounding another.",
     [("killed", 2, None, None, "exact", "two"), ("wounded", 1, None, None, "exact", "another")]),
    # English: sums, subsets, attackers, combined totals
    ("en", "Seven soldiers and five policemen were killed.",
     [("killed", 12, None, None, "exact", "Seven soldiers and five")]),
    ("en", "At least eight people, including six officials, were killed on Tuesday.",
     [("killed", 8, 8, None, "at_least", "eight")]),
    ("en", "Twelve people were killed, including 3 children.",
     [("killed", 12, None, None, "exact", "Twelve")]),
    ("en", "Twelve people were killed, including 5 children and 2 women.",
     [("killed", 12, None, None, "exact", "Twelve")]),
    ("en", "20 others, including nine officers and 11 assailants, were injured.",
     [("wounded", 20, None, None, "exact", "20")]),
    ("en", "Four soldiers were killed and two of the attackers died in the clash.",
     [("killed", 4, None, None, "exact", "Four")]),
    ("en", "Two of the gunmen were killed and three soldiers wounded.",
     [("wounded", 3, None, None, "exact", "three")]),
    ("ar", "وقتل أربعة جنود واثنان من المهاجمين في الاشتباك.",
     [("killed", 4, None, None, "exact", "أربعة")]),
    ("ar", "وأسفر الهجوم عن مقتل ثلاثة من الإرهابيين وجنديين.",
     [("killed", 2, None, None, "exact", "جنديين")]),
    ("en", "Eleven people, five of them children, were killed.",
     [("killed", 11, None, None, "exact", "Eleven")]),
    ("en", "At least 12 people, most of them civilians, were killed.",
     [("killed", 12, 12, None, "at_least", "12")]),
    ("en", "Three soldiers and two assailants were killed.",
     [("killed", 3, None, None, "exact", "Three")]),
    ("en", "Nine people and one suicide bomber were killed.",
     [("killed", 9, None, None, "exact", "Nine")]),
    ("en", "Eight people were killed or wounded.", [("combined", 8, None, None, "exact", "Eight")]),
    ("en", "A gunman opened fire, killing and injuring four.",
     [("combined", 4, None, None, "exact", "four")]),
    # "واحد" (one) after a noun is its adjective, not "و" + "أحد" (and another)
    ("ar", "قتل شرطي واحد في هجوم.", [("killed", 1, None, None, "exact", "شرطي")]),
    # the verb before its subject, like "قتل 25 شخصا"
    ("ar", "استشهد 25 شخصا في غارات.", [("killed", 25, None, None, "exact", "25")]),
    ("ar", "اغتيل صحفي في قصف.", [("killed", 1, None, None, "exact", "صحفي")]),
    # a dual with a possessive pronoun: a woman and her two children
    ("ar", "قتلت امرأة وطفلاها في قصف.", [("killed", 3, None, None, "exact", "امرأة وطفلاها")]),
    ("ar", "قتل شخص وأحد المارة.", [("killed", 2, None, None, "exact", "شخص وأحد")]),
    # a nationality as a noun right after a one-word cue: a person of it (two for the dual)
    ("ar", "قتل فلسطيني برصاص الجيش قرب نابلس.", [("killed", 1, None, None, "exact", "فلسطيني")]),
    ("ar", "استشهد فلسطينيان وأصيب عراقي في القصف.",
     [("killed", 2, None, None, "exact", "فلسطينيان"),
      ("wounded", 1, None, None, "exact", "عراقي")]),
    # ...not an adjective after a counted noun
    ("ar", "وكان 42 جنديا باكستانيا قد قتلوا في هجوم.", [("killed", 42, None, None, "exact", "42")]),
    # a compound whose unit is "واحد"/"إحدى" ("one"), not "و" + a teen's first word
    ("ar", "قتل واحد وعشرون مدنيا وجرح اثنا عشر آخرون في هجوم.",
     [("killed", 21, None, None, "exact", "واحد وعشرون"),
      ("wounded", 12, None, None, "exact", "اثنا عشر")]),
    ("ar", "لقيت إحدى وثلاثون امرأة مصرعهن في القصف.",
     [("killed", 31, None, None, "exact", "إحدى وثلاثون")]),
    # English: explicit zero
    ("en", "No casualties were reported.",
     [("killed", 0, 0, 0, "zero", "No casualties were reported"),
      ("wounded", 0, 0, 0, "zero", "No casualties were reported")]),
    ("en", "No one was killed, but 5 people were injured.",
     [("killed", 0, 0, 0, "zero", "No one was killed"), ("wounded", 5, None, None, "exact", "5")]),
    ("en", "Nobody was hurt in the explosion.",
     [("killed", 0, 0, 0, "zero", "Nobody was hurt"), ("wounded", 0, 0, 0, "zero", "Nobody was hurt")]),
    # a subset of the dead, then the wounded: the subset borrowed the wounded cue, which stays
    ("en", "Nine people were killed, including two children, and 16 were wounded.",
     [("killed", 9, None, None, "exact", "Nine"), ("wounded", 16, None, None, "exact", "16")]),
    ("ar", "ارتفعت الحصيلة إلى تسعة قتلى، بينهم طفلان، و16 جريحا.",
     [("killed", 9, None, None, "exact", "تسعة"), ("wounded", 16, None, None, "exact", "16")]),
    # part of a wounded toll told before, in a later sentence: no second figure
    ("en", "The blast wounded 30 people. Nine of the wounded were in a critical condition.",
     [("wounded", 30, None, None, "exact", "30")]),
    ("ar", "وأصيب 30 شخصا في الانفجار. وقال الأطباء إن تسعة من الجرحى في حالة حرجة.",
     [("wounded", 30, None, None, "exact", "30")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_casualty_counts(
    lexicons: Lexicons, lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    found = find_casualties(text, *lexicons[lang])
    assert [_summary(m) for m in found] == expected
    for m in found:  # every offset points at the words it names
        assert m.figure.span is not None
        assert text[m.figure.span.start : m.figure.span.end] == m.figure.span.text
        assert text[m.cue.start : m.cue.end] == m.cue.text
        assert m.start <= min(m.figure.span.start, m.cue.start)
        assert m.end >= max(m.figure.span.end, m.cue.end)


NOT_CASUALTIES = [
    ("ar", "هاجم مسلحون مقر اللواء 444 في المدينة."),
    ("ar", "انفجرت سيارتين ملغومتين قرب السوق."),
    ("ar", "أدان الوزير مقتل مدنيين في القصف."),  # plural: how many is not said
    ("ar", "قتل في عام 2015 عدد من الجنود."),
    ("ar", "ارتفعت الأسعار بنسبة 20 بالمئة بعد مقتل التاجر."),
    ("ar", "سقطت 3 قذائف قرب المستشفى."),
    ("ar", "قتلوا في اشتباكات بين الأحد والثلاثاء."),
    ("ar", "لم يصب أحد بأذى", ),
    ("ar", "قضت المحكمة بإعدام 4 متهمين."),
    # a title's nationality, with the article, is no victim
    ("ar", "تحقق اللجنة في اغتيال رئيس الوزراء اللبناني الأسبق."),
    ("en", "A 25-year-old man, aged 25, was arrested."),
    ("en", "Fighters of Brigade 444 were killed in clashes."),
    ("en", "Two cars were destroyed in the blast."),
    ("en", "The bomb exploded at 8:30 near the market."),
    ("en", "The attack in 2015 killed many."),
    ("en", "They were killed 5 km from the border."),
    ("en", "Police recovered $5,000 after the gunmen were killed."),
    ("en", "A court sentenced 5 men to death."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), NOT_CASUALTIES)
def test_non_casualty_numbers_are_ignored(lexicons: Lexicons, lang: str, text: str) -> None:
    found = find_casualties(text, *lexicons[lang])
    assert [m for m in found if m.figure.qualifier != "zero"] == []


# A report that gives no figure ("no word on", "without mentioning") is not a zero: null.
UNSTATED = [
    ("en", "There was no immediate word on casualties."),
    ("en", "Officials gave no details of casualties."),
    ("ar", "أعلن الحزب أن مقاتليه استهدفوا تجمعا للجنود، دون أن يشير إلى إصابات."),
    ("ar", "لم تذكر الوزارة إصابات."),
]


@pytest.mark.parametrize(("lang", "text"), UNSTATED)
def test_a_report_that_gives_no_figure_is_no_zero(lexicons: Lexicons, lang: str, text: str) -> None:
    assert find_casualties(text, *lexicons[lang]) == ()


def test_arabic_nobody_hurt_is_a_zero_for_both_kinds(lexicons: Lexicons) -> None:
    found = find_casualties("لم يصب أحد بأذى", *lexicons["ar"])
    assert [(m.kind, m.figure.best, m.figure.qualifier) for m in found] == [
        ("killed", 0, "zero"),
        ("wounded", 0, "zero"),
    ]


def test_offsets_survive_diacritics_and_tatweel(lexicons: Lexicons) -> None:
    text = "وقُتِلَ ثلاثةُ جنـــود"
    (found,) = find_casualties(text, *lexicons["ar"])
    assert found.figure.best == 3
    assert found.figure.span is not None
    assert found.figure.span.text == "ثلاثةُ"
    assert found.cue.text == "قُتِلَ"


def test_duplicate_cue_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "en"
    shutil.copytree(DATA / "en", target)
    path = target / "casualties.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('"killed", "killing",', '"killed", "killed",', 1), encoding="utf-8"
    )
    with pytest.raises(DataError, match=r"casualties\.toml.*duplicates"):
        load_casualty_lexicon(target)


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        ("The death toll from the suicide bombing has risen to 41.", "en", 41),
        ("The death toll from Sunday's massacre in Yelwata rose to 100 people.", "en", 100),
    ],
)
def test_a_death_toll_risen_to_a_figure_in_a_short_sentence_is_the_toll(
    extractor: RuleExtractor, text: str, lang: str, killed: int
) -> None:
    events = extractor.extract(text, published=date(2025, 6, 14), language=lang).events
    assert events and events[0].killed is not None
    assert events[0].killed.best == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A suicide bomber blew himself up at a checkpoint in Baidoa, killing himself and three soldiers.",
            3,
        ),
        (
            "Two bombers detonated their vests at a mosque in Konduga, killing themselves and 9 worshippers.",
            9,
        ),
        ("Up to 60 people may have died in the attack on the village of Dabla, Burkina Faso.", 60),
    ],
)
def test_tolls_of_suicide_attacks_and_uncertain_tolls_are_read(
    extractor: RuleExtractor, text: str, killed: int
) -> None:
    events = extractor.extract(text, published=date(2025, 6, 14), language="en").events
    assert events and events[0].killed is not None
    assert events[0].killed.best == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("أصيب ثمانية أشخاص يوم الجمعة في قصف على السوق.", 8),
        ("وأصيب ثلاثة آخرون صباح الاثنين في الانفجار.", 3),
        ("أصيب أربعة مدنيين ليلة السبت بنيران القناصة.", 4),
    ],
)
def test_arabic_a_time_word_after_the_counted_noun_is_no_unit_of_the_figure(
    lexicons: Lexicons, text: str, wounded: int
) -> None:
    # Arabic adjectives follow the noun, so the word right after a figure is what it counts:
    # "ثمانية أشخاص يوم الجمعة" counts people on a Friday, not "ثمانية ... يوم" (days)
    found = find_casualties(text, *lexicons["ar"])
    assert [(m.kind, m.figure.best) for m in found] == [("wounded", wounded)]
