"""Which reading of a place name an article means: near spellings, demonyms, other names."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.types import Place
from tests.extraction.events import only_event, only_place

PUBLISHED = date(2024, 6, 12)


def _place(extractor: RuleExtractor, text: str, language: str = "en") -> Place:
    return only_place(extractor, text, language, PUBLISHED)


def test_unlisted_village_in_an_address_is_not_a_near_spelling_elsewhere(
    extractor: RuleExtractor,
) -> None:
    # the gazetteer lacks "Gozare"; its near spelling Guzarah lies in Herat, not in Sari Pul
    text = "Gunmen attacked a checkpoint in Gozare, Sari Pul, Afghanistan, killing four police."
    place = _place(extractor, text)
    assert (place.name, place.country_code, place.admin1_code) == ("Gozare", "AF", "AF-SAR")


def test_listed_village_in_an_address_keeps_its_entry(extractor: RuleExtractor) -> None:
    text = "A roadside bomb killed three soldiers in Kotali, Farah, Afghanistan."
    place = _place(extractor, text)
    assert (place.name, place.country_code, place.admin1_code) == ("Kotali", "AF", "AF-FRA")


def test_newspaper_demonym_does_not_move_an_exactly_spelt_city_ar(
    extractor: RuleExtractor,
) -> None:
    text = "قتل شخصان في انفجار في مدينة لاسا، بحسب ما نقلت صحيفة دي فيلت الألمانية."
    place = _place(extractor, text, "ar")
    assert (place.name, place.country_code) == ("Lhasa", "CN")


def test_demonym_after_the_city_still_places_it_ar(extractor: RuleExtractor) -> None:
    place = _place(extractor, "قتل شخصان في انفجار في مدينة كولون الألمانية.", "ar")
    assert place.country_code == "DE"


def test_demonym_names_the_country_of_an_unlisted_town_ar(extractor: RuleExtractor) -> None:
    # no exact key: the near spelling is searched in the demonym's country
    place = _place(extractor, "قتل ثلاثة جنود في هجوم على بلدة دامبوا النيجيرية.", "ar")
    assert (place.name, place.country_code) == ("Damboa", "NG")


def test_newspaper_demonym_does_not_move_an_exactly_spelt_city_en(
    extractor: RuleExtractor,
) -> None:
    text = "Two people were killed in a blast in the city of Lhasa, the German newspaper said."
    assert _place(extractor, text).country_code == "CN"


def test_town_named_like_an_old_name_of_a_city_is_the_town(extractor: RuleExtractor) -> None:
    place = _place(extractor, "Gunmen killed five people in San Miguel on Monday.")
    assert (place.name, place.country_code) == ("San Miguel", "SV")
    place = _place(extractor, "A settler was stabbed to death near Ariel on Friday.")
    assert place.name == "Ariel"


def test_an_event_with_its_place_attached_to_the_preposition_is_located(
    extractor: RuleExtractor,
) -> None:
    # "بالقاهرة": the preposition ب written onto the name is a cue like "في"
    text = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بالقاهرة أمس."
    events = extractor.extract(text, published=date(2024, 3, 14), language="ar").events
    assert [(e.location.name, e.location.country_code) for e in events if e.location] == [
        ("Cairo", "EG")
    ]


def test_the_countryside_of_a_province_is_a_settlement_cue(extractor: RuleExtractor) -> None:
    # "ريف إدلب" with only a foreign force's demonym in the text: the countryside noun, like
    # "مدينة", makes the name a place
    text = (
        "شن الطيران الحربي الروسي غارات على بلدات ريف إدلب الجنوبي أمس، ما أسفر عن مقتل 9 مدنيين."
    )
    events = extractor.extract(text, published=date(2024, 3, 14), language="ar").events
    assert [(e.location.name, e.location.country_code) for e in events if e.location] == [
        ("Idlib", "SY")
    ]


def test_a_toll_in_words_opening_a_sentence_is_no_place(extractor: RuleExtractor) -> None:
    for text in (
        "Forty-two people died and more than a hundred were wounded in the attack.",
        "Ninety-six prisoners were killed when the jail was shelled.",
    ):
        events = extractor.extract(text, published=date(2024, 6, 12), language="en").events
        assert events and events[0].location is None, (text, events[0].location)


@pytest.mark.parametrize(
    ("text", "name", "admin1", "country"),
    [
        (
            "Ukrainian drones hit a fuel depot in Bryansk Oblast, wounding three people.",
            "Bryansk",
            "Bryansk",
            "RU",
        ),
        (
            "Gunmen shot dead five police officers in Michoacan.",
            "Michoacan de Ocampo",
            "Michoacan de Ocampo",
            "MX",
        ),
        ("A roadside bomb killed three soldiers in Bajaur.", "Bajaur", "Khyber Pakhtunkhwa", "PK"),
        (
            "Militants shot dead a polio worker in the Swat Valley.",
            "Swat",
            "Khyber Pakhtunkhwa",
            "PK",
        ),
    ],
)
def test_provinces_and_districts_as_the_news_writes_them(
    extractor: RuleExtractor, text: str, name: str, admin1: str, country: str
) -> None:
    place = only_place(extractor, text)
    assert (place.name, place.admin1, place.country_code) == (name, admin1, country)


def test_a_town_taken_is_where_it_happened_and_unnamed_rebels_lost_it(
    extractor: RuleExtractor,
) -> None:
    event = only_event(extractor, "Soldiers retook Menaka from jihadists on Monday.")
    assert event.location is not None
    assert (event.location.name, event.location.country_code) == ("Menaka", "ML")
    event = only_event(extractor, "Government troops retook Kidal from rebels.")
    assert event.location is not None and event.location.name == "Kidal"
    assert event.target is not None and event.target.kind == "unidentified_armed_group"


def test_a_nigerian_local_government_area_is_a_district_of_its_state(
    extractor: RuleExtractor,
) -> None:
    place = only_place(extractor, "Bandits abducted 20 farmers in Tsafe LGA, Zamfara state.")
    assert (place.name, place.admin1, place.country_code) == ("Tsafe", "Zamfara", "NG")
    event = only_event(extractor, "Fulani militants killed nine farmers in Bokkos, Plateau state.")
    assert event.actor is not None and event.actor.name == "Fulani militia"


def test_darfur_and_a_kidnapped_contractor(extractor: RuleExtractor) -> None:
    place = only_place(extractor, "Nearly 30 people were killed in clashes in Darfur on Monday.")
    assert (place.name, place.country_code) == ("Darfur", "SD")
    event = only_event(extractor, "Gunmen kidnapped a contractor in Garissa county, Kenya.")
    assert event.target is not None and event.target.kind == "civilians"
