"""Event places: address chains, settlement names, name fragments, nationalities, the lead place."""

from __future__ import annotations

from datetime import date

from app.extraction import RuleExtractor
from app.extraction.doc import Doc
from app.extraction.steps.places import lead_place
from app.extraction.types import Place

PUBLISHED = date(2024, 6, 12)


def _place(extractor: RuleExtractor, text: str, language: str = "en") -> Place | None:
    events = extractor.extract(text, published=PUBLISHED, language=language).events
    assert len(events) == 1, events
    return events[0].location


def _doc(extractor: RuleExtractor, text: str, language: str = "en") -> Doc:
    doc = Doc(text=text, published=PUBLISHED, language=language)
    return extractor.run(doc, extractor._languages[language])


def test_address_chain_names_a_village_the_gazetteer_lacks(extractor: RuleExtractor) -> None:
    text = "A suicide bomber killed four traders at a market in Kerawa, Mayo-Sava, Extreme-North, Cameroon."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code, place.precision) == ("Kerawa", "CM", "place")
    assert place.latitude is None and place.longitude is None


def test_address_chain_keeps_the_gazetteer_entry_in_that_country(extractor: RuleExtractor) -> None:
    text = "A truck ploughed into a crowd on the seafront in Nice, France, killing 12 people."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Nice", "FR")
    assert place.latitude is not None


def test_chain_name_known_only_abroad_takes_the_chain_country(extractor: RuleExtractor) -> None:
    # the gazetteer knows Bugarama in Tanzania and Rwanda, not in Burundi
    text = "Assailants threw a grenade into a bar in Bugarama, Muramvya Province, Burundi, killing one man."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code, place.admin1) == ("Bugarama", "BI", "Muramvya")


def test_chain_host_is_read_in_the_country_of_the_place_before_it(
    extractor: RuleExtractor,
) -> None:
    # "Virginia" alone ranks a South African town first; after Charlottesville it is the US state
    text = "A car rammed into marchers in Charlottesville, Virginia, killing one woman."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Charlottesville", "US")


def test_town_of_a_name_the_gazetteer_lacks_takes_the_articles_country(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Gunmen attacked a checkpoint at the edge of the town of Sindiyah, killing three "
        "policemen, Iraqi security sources said."
    )
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code, place.precision) == ("Sindiyah", "IQ", "place")


def test_admin_unit_named_without_any_country_keeps_no_country(extractor: RuleExtractor) -> None:
    text = "Three soldiers were killed when rebels ambushed their patrol in the Nduga regency."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code, place.precision) == ("Nduga", None, "admin2")


def test_hyphen_half_of_a_name_is_not_a_place(extractor: RuleExtractor) -> None:
    # "Sava" alone is Saveh, Iran; "Mayo-Sava" is a Cameroonian department the gazetteer lacks
    text = "Two herders were killed by gunmen in Mayo-Sava on Sunday, Cameroonian officials said."
    place = _place(extractor, text)
    assert place is not None and place.country_code == "CM"


def test_place_name_inside_a_persons_name_is_not_a_place(extractor: RuleExtractor) -> None:
    text = "A bomb killed 22 people at an Ariana Grande concert in Manchester on Monday night."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Manchester", "GB")


def test_country_name_as_a_nationality_is_not_a_place(extractor: RuleExtractor) -> None:
    text = (
        "Gunmen opened fire on a tourist bus near Luxor on Friday. Five people, including two "
        "United States citizens, were killed in the attack."
    )
    doc = _doc(extractor, text)
    assert [(r.at.text, r.place.country_code) for r in doc.places] == [("Luxor", "EG")]
    assert [(c.code, c.is_demonym) for c in doc.countries] == [("US", True)]


def test_foreign_forces_nationality_does_not_hide_the_place(extractor: RuleExtractor) -> None:
    place = _place(extractor, "Russian airstrikes target Idlib, killing nine civilians")
    assert place is not None
    assert (place.name, place.country_code) == ("Idlib", "SY")


def test_arabic_foreign_place_after_a_nationality_still_needs_a_settlement_noun(
    extractor: RuleExtractor,
) -> None:
    # "الأوسط" (in a newspaper's name) is also a region of Eritrea
    text = "وقال مصدر أمني عراقي لـ«الشرق الأوسط» إن مسلحين قتلوا ثلاثة من عناصر الشرطة أمس."
    doc = _doc(extractor, text, "ar")
    assert all(r.place.country_code != "ER" for r in doc.places)
    text = "قتل أربعة مدنيين يوم الثلاثاء في غارات شنتها طائرات حربية روسية على مدينة إدلب."
    place = _place(extractor, text, "ar")
    assert place is not None
    assert (place.name, place.country_code) == ("Idlib", "SY")


def test_lead_place_is_the_most_precise_of_the_first_sentence_naming_one(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Unknown men set fire to the house of a village chief in Kayes, Mali, on Wednesday "
        "night. Two of his children died, relatives said. Troops later patrolled Bamako."
    )
    lead = lead_place(_doc(extractor, text))
    assert lead is not None
    assert (lead.place.name, lead.place.country_code) == ("Kayes", "ML")


def test_lead_place_outside_the_articles_main_country_is_not_taken(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Officials in Kabul condemned the bombing. Syria said on Monday that the blast in Syria "
        "killed four people and that Syria would respond."
    )
    assert lead_place(_doc(extractor, text)) is None


def test_place_after_a_possessive_and_direction_lies_in_that_country(
    extractor: RuleExtractor,
) -> None:
    # without Egypt the gazetteer's first reading of "Sinai" is a town in Italy (Sinnai)
    text = "Militants killed two soldiers at a checkpoint in Egypt's northern Sinai on Monday."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("North Sinai", "EG")


def test_district_after_a_provinces_possessive_is_read_in_its_country(
    extractor: RuleExtractor,
) -> None:
    # "Kech" alone is Ketsch, Germany
    text = "A roadside bomb killed four soldiers in Balochistan's Kech district on Sunday."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code, place.precision) == ("Kech", "PK", "admin2")


def test_place_inside_a_possessive_city_is_the_events_place(extractor: RuleExtractor) -> None:
    text = "A suicide bomber killed nine people at a market in Kabul's Paghman district on Friday."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Paghman", "AF")


def test_quarter_the_gazetteer_lacks_after_a_citys_possessive_is_the_city(
    extractor: RuleExtractor,
) -> None:
    # neither quarter is in the gazetteer: too fine a place, the city is the event's
    for text, city in [
        ("A car bomb killed six people in Mogadishu's Hodan district on Monday.", "Mogadishu"),
        ("Gunmen shot dead two policemen in Baghdad's Karrada area on Friday.", "Baghdad"),
    ]:
        place = _place(extractor, text)
        assert place is not None
        assert place.name == city and place.latitude is not None, text


def test_place_an_attack_came_from_is_no_place_also_past_an_article_or_direction(
    extractor: RuleExtractor,
) -> None:
    for text, where in [
        ("Rockets fired from the Tyre area of southern Lebanon hit a house in Nahariya, Israel, "
         "on Monday, wounding two.", "IL"),
        ("Hezbollah fired 20 rockets into northern Israel on Monday. The army said the rockets "
         "were launched from the Tyre area of southern Lebanon.", "IL"),
    ]:  # fmt: skip
        place = _place(extractor, text)
        assert place is not None and place.country_code == where, text


def test_demonym_capital_is_the_capital_the_article_names(extractor: RuleExtractor) -> None:
    for text, lang, words in [
        ("MOGADISHU - Clashes between rival clan militias killed nine people in the Somali "
         "capital on Tuesday. The fighting began in the Hodan district.", "en", "Somali capital"),
        ("مقديشو - قتل تسعة أشخاص في اشتباكات بين ميليشيات عشائرية في العاصمة الصومالية "
         "الثلاثاء. واندلعت الاشتباكات في منطقة هودان.", "ar", "العاصمة الصومالية"),
    ]:  # fmt: skip
        place = _place(extractor, text, lang)
        assert place is not None
        assert (place.name, place.text) == ("Mogadishu", words), text


def test_neighbourhood_in_a_city_takes_the_citys_country(extractor: RuleExtractor) -> None:
    # "Zahraa" alone ranks a Libyan town first
    text = "A car bomb killed five people in the al-Zahraa neighbourhood in Homs on Sunday."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Zahraa", "SY")


def test_district_in_an_address_chain_makes_its_host_a_province(extractor: RuleExtractor) -> None:
    text = "Gunmen killed six policemen at a checkpoint in Maruf district, Kandahar, Afghanistan."
    doc = _doc(extractor, text)
    found = {r.at.text: (r.place.country_code, r.place.precision) for r in doc.places}
    assert found["Maruf"] == ("AF", "admin2")
    assert found["Kandahar"] == ("AF", "admin1")
    place = _place(extractor, text)
    assert place is not None and place.name == "Maruf"


def test_two_word_place_name_inside_a_persons_name_is_not_a_place(
    extractor: RuleExtractor,
) -> None:
    # "Ana María" alone is a town in Florida
    text = "A conscript was shot dead at a roadblock by a car driven by Ana María Ledesma near Rosario."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Rosario", "AR")


def test_adjective_before_town_of_name_is_not_a_place(extractor: RuleExtractor) -> None:
    text = "A car bomb killed three people in the Kurdish town of Qarachogh near Kirkuk on Monday."
    doc = _doc(extractor, text)
    assert "Kurdish" not in {r.at.text for r in doc.places}
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Qarachogh", "IQ")


def test_facility_named_after_a_city_yields_to_the_place_it_lies_in(
    extractor: RuleExtractor,
) -> None:
    text = "Two bombs exploded in the departures hall of Brussels Airport in Zaventem, killing 11."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Zaventem", "BE")


def test_district_of_a_country_keeps_its_name(extractor: RuleExtractor) -> None:
    text = "Militants overran an army base in the Leego district of Somalia, killing 50 soldiers."
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code, place.precision) == ("Leego", "SO", "admin2")


def test_title_case_headline_keeps_a_place_before_a_capitalised_word(
    extractor: RuleExtractor,
) -> None:
    text = "Gunmen Kill Five In Bama Overnight, Police Say"
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Bama", "NG")


def test_place_in_a_hyphenated_adjective_is_no_address(extractor: RuleExtractor) -> None:
    text = (
        "A drone strike killed four fighters near Marib on Sunday, the broadcaster Al Jazeera, "
        "Qatar-based, reported."
    )
    doc = _doc(extractor, text)
    assert "Al Jazeera" not in {r.at.text for r in doc.places}


def test_shared_town_name_takes_the_country_of_the_articles_unmistakable_places(
    extractor: RuleExtractor,
) -> None:
    # Ariha (Syria), Jericho (Palestine) and Felo (Nigeria, Italy) are written alike; Idlib and
    # Borno State can only be in one country, and no country is named
    english = (
        "Shells struck the market of Ariha in Idlib province on Tuesday, killing six civilians."
    )
    arabic = "قتل أربعة أطفال بقصف صاروخي على مدينة أريحا في محافظة إدلب شمال غربي البلاد."
    nigeria = (
        "Jihadists torched the village of Felo in Gubio district, Borno State, killing 30 people."
    )
    for text, language, expected in (
        (english, "en", ("Ariha", "SY")),
        (arabic, "ar", ("Ariha", "SY")),
        (nigeria, "en", ("Felo", "NG")),
    ):
        place = _place(extractor, text, language)
        assert place is not None, text
        assert (place.name, place.country_code) == expected, text


def test_a_town_named_alone_keeps_its_best_known_country(extractor: RuleExtractor) -> None:
    # no place of the article says otherwise: the gazetteer's ranking stands
    place = _place(
        extractor, "Shells struck the market of Jericho on Tuesday, killing six civilians."
    )
    assert place is not None
    assert place.country_code == "PS"


def test_a_country_or_capital_that_speaks_is_its_government_not_the_place(
    extractor: RuleExtractor,
) -> None:
    cases = (
        ("en", "Washington accused Tehran of supplying the drones that killed three soldiers in Jordan.", ("Jordan", "JO")),
        ("en", "Moscow said its jets struck militant positions in Idlib, killing 20 fighters.", ("Idlib", "SY")),
        ("ar", "وأكدت روسيا أن قواتها قصفت مواقع للمسلحين في إدلب، ما أسفر عن مقتل 20 مسلحا.", ("Idlib", "SY")),
        ("ar", "أعلنت موسكو أن طائراتها دمرت مستودعا للذخيرة قرب مدينة خاركيف، ما أدى إلى مقتل 15 جنديا أوكرانيا.", ("Kharkiv", "UA")),
    )  # fmt: skip
    for language, text, expected in cases:
        place = _place(extractor, text, language)
        assert place is not None, text
        assert (place.name, place.country_code) == expected, text


def test_a_capital_where_something_happened_is_still_the_place(extractor: RuleExtractor) -> None:
    # a speech verb with a word or a comma between: the city is where it happened
    for language, text in (
        ("en", "A car bomb exploded in Baghdad on Monday, killing five civilians, police said."),
        ("en", "Two people were killed by shelling in Kyiv, said the mayor."),
        ("ar", "انفجرت سيارة مفخخة في بغداد، ما أدى إلى مقتل خمسة مدنيين، بحسب ما قالت الشرطة."),
        # after a location word, and before a verb that starts a new clause
        ("ar", "وفي بغداد أعلنت مصادر أمنية مقتل ستة أشخاص في انفجار سيارة مفخخة أمس."),
        ("ar", "احتجزت جماعة مسلحة 30 رهينة في فندق في بغداد وهددت بقتلهم، وقتلت اثنين منهم."),
    ):
        place = _place(extractor, text, language)
        assert place is not None, text
        assert place.precision == "place" and place.country_code in ("IQ", "UA"), text


def test_a_city_of_millions_after_a_foreign_forces_demonym_is_still_the_place(
    extractor: RuleExtractor,
) -> None:
    # the demonym names the attacker's country; Arabic otherwise wants a settlement noun for a
    # place outside the countries the text names
    for language, text, expected in (
        (
            "ar",
            "استهدفت غارة إسرائيلية مبنى في دمشق، ما أدى إلى مقتل خمسة أشخاص.",
            ("Damascus", "SY"),
        ),
        ("ar", "قتل ثلاثة مدنيين في قصف روسي على أحياء في حلب.", ("Aleppo", "SY")),
        (
            "en",
            "An Israeli strike hit a building in Damascus, killing five people.",
            ("Damascus", "SY"),
        ),
    ):
        place = _place(extractor, text, language)
        assert place is not None, text
        assert (place.name, place.country_code) == expected, text


def test_the_middle_east_newspaper_is_no_place(extractor: RuleExtractor) -> None:
    # "الأوسط" ("middle") is also a village's name; after "الشرق" it is the region or the paper
    text = "وقال مسؤول عسكري لـ«الشرق الأوسط» إن مسلحين قتلوا ثلاثة جنود في كمين أمس."
    assert _place(extractor, text, "ar") is None


def test_an_object_word_that_begins_a_place_name_is_the_place(extractor: RuleExtractor) -> None:
    # "دير" is a monastery (an attacked object) and the first word of "دير حافر", a town
    text = "قتل ستة مدنيين بقصف مدفعي على بلدة دير حافر في ريف حلب الشرقي."
    (event,) = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert event.location is not None and event.location.country_code == "SY"
    assert event.location.name == "Dayr Hafir"
    assert event.target is not None and event.target.text == "مدنيين"
    # a place no longer than the object is the object's: the mosque stays the target
    text = "A suicide bomber killed 12 worshippers at a mosque in Peshawar."
    (event,) = extractor.extract(text, published=PUBLISHED, language="en").events
    assert event.location is not None and event.location.name == "Peshawar"
    assert event.target is not None and event.target.text == "mosque"


def test_a_town_name_inside_an_organisations_capitalised_name_is_no_place(
    extractor: RuleExtractor,
) -> None:
    # "Reserve" is a town in Louisiana; "Central" before it is capitalised mid-sentence, so part
    # of the name, not a direction cue (Arabic script has no capitals: this rule is English's)
    text = (
        "Maoist rebels ambushed a patrol of the Central Reserve Police Force in Chhattisgarh's "
        "Sukma district, killing 22 security personnel and wounding 31."
    )
    place = _place(extractor, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Sukma", "IN")
    # the sentence's first word is capitalised for the sentence, not for a name
    place = _place(extractor, "Central Kabul was hit by a rocket that killed two people.")
    assert place is not None and place.country_code == "AF"
