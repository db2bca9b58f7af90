"""Memoised scans and lookups answer as if computed afresh: a memo keys on all that decides it."""

from __future__ import annotations

from app.geo import Gazetteer

TEXT = "Clashes were reported in Tripoli on Sunday."


def _tripoli(gaz: Gazetteer, text: str, ctx: tuple[str, ...]) -> str:
    found = [m for m in gaz.scan(text, "en", ctx) if m.text == "Tripoli"]
    return found[0].candidates[0].country_code


def test_one_text_scanned_under_two_contexts_is_ranked_for_each(gaz: Gazetteer) -> None:
    assert _tripoli(gaz, TEXT, ("LB",)) == "LB"
    assert _tripoli(gaz, TEXT, ("LY",)) == "LY"
    assert _tripoli(gaz, TEXT, ("LB",)) == "LB"


def test_rankings_shared_across_texts_follow_each_texts_context(gaz: Gazetteer) -> None:
    assert _tripoli(gaz, "Shelling hit Tripoli overnight.", ("LB",)) == "LB"
    assert _tripoli(gaz, "Shelling hit Tripoli at dawn.", ("LY",)) == "LY"
    # a context country the name cannot refer to does not change its ranking
    assert _tripoli(gaz, "Shelling hit Tripoli at noon.", ("LB", "ML")) == "LB"


def test_resolve_memo_keys_on_the_context(gaz: Gazetteer) -> None:
    assert gaz.resolve("طرابلس", ["LB"])[0].country_code == "LB"
    assert gaz.resolve("طرابلس", ["LY"])[0].country_code == "LY"


def test_resolve_returns_a_list_the_caller_may_change(gaz: Gazetteer) -> None:
    first = gaz.resolve("Derna")
    first.clear()
    assert gaz.resolve("Derna")[0].name == "Darnah"


def test_countries_of_a_text_are_returned_as_a_fresh_list(gaz: Gazetteer) -> None:
    text = "Egyptian jets struck Derna in Libya."
    mentions = gaz.countries(text, "en")
    assert [(m.text, m.country_code) for m in mentions] == [("Egyptian", "EG"), ("Libya", "LY")]
    mentions.clear()
    assert len(gaz.countries(text, "en")) == 2


def test_two_word_names_found_only_when_the_second_word_follows(gaz: Gazetteer) -> None:
    assert [m.text for m in gaz.scan("Fighting in Deir ez-Zor city.", "en", ("SY",))] == [
        "Deir ez-Zor"
    ]
    assert [m.text for m in gaz.scan("سقطت قذائف على دير الزور", "ar", ("SY",))] == ["دير الزور"]
