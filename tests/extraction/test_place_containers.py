"""A place written with the place that contains it is read inside that container.

"Springfield, Ohio", "Hamidiyah in Aleppo", "قرية المنصورة التابعة لمحافظة درعا": the finer
name's reading must lie in the container (its province; near its point when it is a town).
Where the gazetteer knows the name only elsewhere in the country, the container is the place.
"""

from __future__ import annotations

from datetime import date

from app.extraction import RuleExtractor
from app.extraction.types import Place
from tests.extraction.events import only_place

PUBLISHED = date(2024, 6, 12)


def _place(extractor: RuleExtractor, text: str, language: str = "en") -> Place:
    return only_place(extractor, text, language, PUBLISHED)


def test_chain_town_takes_the_reading_in_the_state_written_after_it(
    extractor: RuleExtractor,
) -> None:
    # alone, "Springfield" is the largest one (Missouri)
    text = "A gunman killed two worshippers at a mosque in Springfield, Ohio, police said."
    place = _place(extractor, text)
    assert (place.name, place.country_code, place.admin1) == ("Springfield", "US", "Ohio")


def test_chain_name_known_only_in_another_province_gives_the_container(
    extractor: RuleExtractor,
) -> None:
    # the gazetteer's Chinatowns in Canada are in British Columbia and Alberta, not Ontario
    text = "Two people were shot dead outside a restaurant in Chinatown, Toronto, police said."
    place = _place(extractor, text)
    assert (place.name, place.admin1, place.precision) == ("Toronto", "Ontario", "place")


def test_town_name_shared_with_its_province_becomes_the_province(
    extractor: RuleExtractor,
) -> None:
    # Burkah lies in Baghlan province, too far from Baghlan town to be in it (a guard: a first
    # version of the rule gave Baghlan town)
    text = "Militants attacked an army post in Burka, Baghlan, Afghanistan, killing four soldiers."
    place = _place(extractor, text)
    assert (place.name, place.admin1) == ("Burkah", "Baghlan")


def test_list_of_places_is_no_chain(extractor: RuleExtractor) -> None:
    # a guard: Homs is not in Hama, but this is a list, not an address
    text = "Shelling of Homs, Hama, Idlib and Aleppo killed 12 civilians on Sunday."
    place = _place(extractor, text)
    assert (place.name, place.admin1) == ("Homs", "Homs")


def test_place_in_a_city_far_from_it_gives_the_city(extractor: RuleExtractor) -> None:
    # the gazetteer's Al Hamidiyah is a village of Tartus; in Aleppo it is a quarter it lacks
    text = "Three civilians were killed when shells hit the Hamidiyah area of Aleppo on Monday."
    place = _place(extractor, text)
    assert (place.name, place.admin1) == ("Aleppo", "Aleppo")


def test_arabic_village_of_a_governorate_is_not_the_namesake_elsewhere(
    extractor: RuleExtractor,
) -> None:
    # the gazetteer's only Arabic-named المنصورة in Syria is in Raqqa governorate
    text = "قتل مدنيان في قصف مدفعي على قرية المنصورة التابعة لمحافظة درعا جنوبي سوريا."
    place = _place(extractor, text, "ar")
    assert (place.country_code, place.admin1) == ("SY", "Dar'a")


def test_arabic_village_in_the_countryside_of_a_governorate(extractor: RuleExtractor) -> None:
    text = "أصيب ثلاثة أطفال بانفجار لغم أرضي في قرية المنصورة بريف درعا الشرقي."
    place = _place(extractor, text, "ar")
    assert (place.country_code, place.admin1) == ("SY", "Dar'a")


def test_arabic_town_in_a_region_named_like_its_capital_keeps_the_town(
    extractor: RuleExtractor,
) -> None:
    # "منطقة موبتي" is the Mopti region, not the town of Mopti, which Bankass is far from (a
    # guard: a first version of the rule gave the town)
    text = "قتل شخصان في انفجار عبوة ناسفة في بلدة بانكاس في منطقة موبتي وسط مالي."
    place = _place(extractor, text, "ar")
    assert (place.name, place.admin1) == ("Bankass", "Mopti")


def test_a_province_before_congo_takes_the_congo_it_lies_in(extractor: RuleExtractor) -> None:
    # "Congo" alone is read as the Republic of the Congo; Ituri and Beni lie in DR Congo
    text = "Militiamen killed nine villagers in Ituri, Congo, late on Friday, officials said."
    place = _place(extractor, text)
    assert (place.name, place.country_code, place.precision) == ("Ituri", "CD", "admin1")
    text = "Rebels killed seven farmers near Beni, Congo, on Friday, the army said."
    assert _place(extractor, text).country_code == "CD"


def test_a_place_of_the_country_read_first_or_of_a_whole_name_keeps_that_country(
    extractor: RuleExtractor,
) -> None:
    text = "Gunmen killed seven traders in Brazzaville, Congo, on Friday, police said."
    assert _place(extractor, text).country_code == "CG"
    text = "Gunmen killed seven traders in Malakal, Sudan, on Friday, police said."
    assert _place(extractor, text).country_code == "SD"  # "Sudan" is no short form
    for town, code in (("برازافيل", "CG"), ("غوما", "CD")):
        text = f"قتل مسلحون سبعة تجار في {town}، الكونغو، يوم الجمعة."
        assert _place(extractor, text, "ar").country_code == code, town


def test_arabic_quarter_name_ends_before_a_town_noun_with_a_preposition(
    extractor: RuleExtractor,
) -> None:
    # "بمدينة" carries no article: the quarter reader took it as the name's second word.
    # English writes no quarter after an area noun, so the rule has no English case.
    text = "قتل خمسة أشخاص في انفجار عبوة ناسفة في حي الميدان بمدينة دمشق يوم الاثنين."
    assert _place(extractor, text, "ar").name == "الميدان"
    text = "أصيب ثلاثة مدنيين بقذيفة في منطقة الكرادة ببلدة الخالص مساء الأحد."
    assert _place(extractor, text, "ar").name == "الكرادة"


def test_a_district_of_kashmir_is_in_india(extractor: RuleExtractor) -> None:
    # "Kashmir" was Cashmere, Washington (a GeoNames alias), which took Shopian with it
    place = only_place(
        extractor, "Gunmen killed two soldiers in Shopian district of Kashmir on Monday."
    )
    assert (place.name, place.admin1, place.country_code) == ("Shopian", "Jammu and Kashmir", "IN")


def test_a_district_written_before_its_province_is_not_a_namesake_elsewhere(
    extractor: RuleExtractor,
) -> None:
    # GeoNames' best "Bijapur" is Vijayapura, Karnataka; the chain says Chhattisgarh
    text = "Gunmen killed four villagers in Bijapur district, Chhattisgarh state, India."
    place = only_place(extractor, text)
    assert (place.admin1, place.country_code) == ("Chhattisgarh", "IN")
