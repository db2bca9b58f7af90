"""Pipeline steps one at a time: clauses, triggers and their blocking cues, participants, roles."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.doc import Doc
from app.extraction.steps.country_refs import countries
from app.extraction.steps.participants import participants
from app.extraction.steps.segment import segments, tokens
from app.extraction.steps.triggers import triggers
from tests.extraction.fakes import FakeGazetteer

GAZ = FakeGazetteer(
    {"درنة": ("Derna", "LY"), "Derna": ("Derna", "LY")},
    {
        "المصري": ("EG", True),
        "مصرية": ("EG", True),
        "مصريين": ("EG", True),
        "Egyptian": ("EG", True),
        "Russian": ("RU", True),
        "Egypt": ("EG", False),
    },
)


@pytest.fixture(scope="module")
def fake() -> RuleExtractor:
    return RuleExtractor.load(gazetteer=GAZ)


def _doc(ex: RuleExtractor, text: str, lang: str) -> Doc:
    res = ex._languages[lang].resources
    doc = triggers(
        segments(tokens(Doc(text=text, published=date(2024, 5, 1), language=lang), res), res), res
    )
    return participants(countries(doc, GAZ), res, GAZ.country_name)


def test_clause_cue_splits_a_sentence(fake: RuleExtractor) -> None:
    doc = _doc(fake, "Jets struck Derna on Monday, hours after gunmen attacked a bus.", "en")
    assert len(doc.sentences) == 1
    assert len(doc.clauses) == 2


def test_arabic_clause_cue_splits_at_ba3d(fake: RuleExtractor) -> None:
    doc = _doc(fake, "نفذت طائرات ضربات على درنة بعد ساعات من إطلاق ملثمين النار على حافلات", "ar")
    assert len(doc.clauses) == 2


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        ("Israel will strike with full force if Hezbollah attacks.", "en", "future"),
        ("أعلنت مصر أنها ستستمر في قصف الجهاديين في ليبيا", "ar", "future"),
        ("مصر تعتزم الاستمرار في تنفيذ غاراتها على المتشددين", "ar", "future"),
        ("The army denied any air strike on the town.", "en", "negation"),
    ],
)
def test_threats_and_denials_block_triggers(
    fake: RuleExtractor, text: str, lang: str, reason: str
) -> None:
    doc = _doc(fake, text, lang)
    assert doc.triggers
    assert {t.blocked for t in doc.triggers} == {reason}


def test_reported_attack_is_not_blocked(fake: RuleExtractor) -> None:
    doc = _doc(
        fake, "وتحدث قادة ليبيون عن أن طائرات حربية مصرية نفذت ضربات جوية على مدينة درنة", "ar"
    )
    assert doc.triggers and all(t.blocked is None for t in doc.triggers)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("الجيش المصري", "ar", "Military Forces of Egypt"),
        ("طائرات حربية مصرية", "ar", "Military Forces of Egypt"),
        ("Egypt's air force", "en", "Military Forces of Egypt"),
        ("Egyptian army", "en", "Military Forces of Egypt"),
        ("تنظيم الدولة", "ar", "Islamic State"),
        ("وداعش", "ar", "Islamic State"),
        ("al-Shabab militants", "en", "Al-Shabaab"),
        ("أنصار الله", "ar", "Houthis"),
        ("قوات الدعم السريع", "ar", "Rapid Support Forces"),
        ("ملثمين", "ar", "Unidentified Armed Group"),
        ("gunmen", "en", "Unidentified Armed Group"),
        ("مسيحيين مصريين", "ar", "Civilians"),
    ],
)
def test_participants_get_canonical_names(
    fake: RuleExtractor, text: str, lang: str, name: str
) -> None:
    doc = _doc(fake, text, lang)
    assert [p.name for p in doc.participants] == [name]


def test_demonym_next_to_a_trigger_is_a_state_force(fake: RuleExtractor) -> None:
    doc = _doc(fake, "A Russian missile strike hit the town.", "en")
    assert [p.name for p in doc.participants] == ["Military Forces of Russia"]


def test_victims_keep_the_articles_words(fake: RuleExtractor) -> None:
    doc = _doc(fake, "وقالت إنهم قتلوا مسيحيين مصريين في كمين", "ar")
    assert doc.participants[0].at.text == "مسيحيين مصريين"


def test_denial_and_claim_are_flagged(fake: RuleExtractor) -> None:
    doc = _doc(
        fake,
        "The Taliban denied involvement. Islamic State claimed responsibility for the attack.",
        "en",
    )
    flags = {p.name: (p.denied, p.claimed) for p in doc.participants}
    assert flags == {"Taliban": (True, False), "Islamic State": (False, True)}


def test_arabic_verb_first_claim_is_flagged(fake: RuleExtractor) -> None:
    doc = _doc(fake, "وتبنى تنظيم داعش الهجوم في بيان", "ar")
    assert [(p.name, p.claimed) for p in doc.participants] == [("Islamic State", True)]
