"""Arabic "القاعدة" is al-Qaeda's name and "the base": after a base told as a base ("قاعدة
عسكرية"), it refers back to that base. Sentences written for these tests."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import only_event


def test_arabic_the_base_after_a_base_is_no_group(extractor: RuleExtractor) -> None:
    # misread as al-Qaeda, the base made the sentence a second incident against another side
    text = (
        "مقتل 5 جنود بهجوم لحركة الشباب في الصومال\n"
        "قتل خمسة جنود وأصيب ثلاثة آخرون في هجوم شنته حركة الشباب على قاعدة عسكرية في بلدة "
        "بلدوين وسط الصومال. وقال ضابط إن المهاجمين استخدموا سيارة مفخخة قبل أن يقتحموا القاعدة."
    )
    ev = only_event(extractor, text, "ar")
    assert ev.actor is not None and ev.actor.name == "Al-Shabaab"
    assert ev.target is None or ev.target.name != "Al-Qaeda"


def test_arabic_al_qaeda_named_with_no_base_before_is_the_group(extractor: RuleExtractor) -> None:
    text = "قتل ثلاثة جنود في هجوم شنه مسلحون من القاعدة على حاجز في محافظة أبين جنوبي اليمن."
    ev = only_event(extractor, text, "ar")
    assert ev.actor is not None and ev.actor.name == "Al-Qaeda"
