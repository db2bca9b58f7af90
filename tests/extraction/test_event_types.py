"""Event types a trigger gives, corrected by who did it (the taxonomy's ``retype`` rules)."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor


@pytest.mark.parametrize(
    ("text", "lang", "sub_event_type"),
    [
        ("Kenyan troops took control of the town of Garissa from al-Shabaab on Monday.", "en",
         "Government regains territory"),
        ("Al-Shabaab fighters recaptured the town of Garissa from the army on Monday.", "en",
         "Non-state actor overtakes territory"),
        ("قالت الحكومة إن الجيش فرض السيطرة على بلدة القائم يوم الاثنين بعد معارك مع داعش.", "ar",
         "Government regains territory"),
        ("قال سكان إن حركة الشباب استعادت السيطرة على بلدة عيل بور من الجيش الصومالي.", "ar",
         "Non-state actor overtakes territory"),
    ],
)  # fmt: skip
def test_who_took_the_territory_gives_its_sub_type(
    extractor: RuleExtractor, text: str, lang: str, sub_event_type: str
) -> None:
    (event,) = extractor.extract(text, published=date(2024, 12, 3), language=lang).events
    assert (event.event_type, event.sub_event_type) == ("Battles", sub_event_type)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkish troops recaptured the town of Afrin from the YPG on Monday.", "en"),
        ("حرر الجيش التركي مدينة عفرين السورية من المسلحين الأكراد يوم الاثنين.", "ar"),
    ],
)  # fmt: skip
def test_a_state_force_that_takes_a_town_abroad_overtakes_it(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    (event,) = extractor.extract(text, published=date(2024, 12, 3), language=lang).events
    assert event.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("اقتحم مسلحون قرية في محافظة درعا يوم الأحد وقتلوا 12 من سكانها.",
         ("Violence against civilians", "Attack")),
        ("اقتحم مسلحون مركزا للشرطة في مدينة كيدال يوم الأحد وقتلوا ثلاثة من عناصره.",
         ("Battles", "Armed clash")),
        ("اقتحمت قوات الأمن مخبأ لتنظيم داعش في قضاء الحويجة يوم الأحد.", ("Battles", "Armed clash")),
    ],
)  # fmt: skip
def test_arabic_storming_is_a_raid_typed_by_whom_it_hit_not_taken_territory(
    extractor: RuleExtractor, text: str, want: tuple[str, str]
) -> None:
    (event,) = extractor.extract(text, published=date(2024, 12, 3), language="ar").events
    assert (event.event_type, event.sub_event_type) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("اعترض مسلحون حافلة تقل ركابا على الطريق قرب مدينة كيدال يوم الأحد وخطفوا خمسة منهم.", "ar",
         "Abduction/forced disappearance"),
        ("Gunmen intercepted a bus carrying passengers near Kidal on Sunday and abducted five of them.",
         "en", "Abduction/forced disappearance"),
        ("اعترضت الدفاعات الجوية صاروخا باليستيا أطلق باتجاه مدينة جازان يوم الأحد.", "ar",
         "Disrupted weapons use"),
        ("اعترض الجيش الإسرائيلي صاروخا أطلق من لبنان باتجاه مدينة صفد يوم الأحد.", "ar",
         "Disrupted weapons use"),
        ("Air defences intercepted two ballistic missiles fired at Jizan on Sunday.", "en",
         "Disrupted weapons use"),
    ],
)  # fmt: skip
def test_intercepting_disrupts_a_weapon_only_with_a_projectile(
    extractor: RuleExtractor, text: str, lang: str, want: str
) -> None:
    (event,) = extractor.extract(text, published=date(2024, 12, 3), language=lang).events
    assert event.sub_event_type == want


@pytest.mark.parametrize(
    "text",
    [
        "سقط صاروخان على مطار مدينة أربيل مساء الأحد دون أن يسفر ذلك عن إصابات.",
        "سقطت قذيفتان على حي سكني في مدينة حلب مساء الأحد، ما أدى إلى إصابة ثلاثة مدنيين.",
        "استهدف هجوم بالكاتيوشا مطار مدينة أربيل مساء الأحد.",
    ],
)
def test_arabic_dual_rockets_and_shells_are_a_shelling(extractor: RuleExtractor, text: str) -> None:
    (event,) = extractor.extract(text, published=date(2024, 12, 3), language="ar").events
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.date is not None and event.date.value == date(2024, 12, 1)


def test_arabic_explosives_seized_in_a_raid_are_no_explosion(extractor: RuleExtractor) -> None:
    text = "داهمت قوات الأمن منزلا في مدينة الموصل أمس واعتقلت ثلاثة مطلوبين وصادرت أسلحة وعبوات ناسفة."
    (event,) = extractor.extract(text, published=date(2024, 12, 3), language="ar").events
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")
