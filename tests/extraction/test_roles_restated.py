"""A named group's fighters told again by an unnamed noun ("the militants"), or attackers
suspected to be its members, are that group; sailors are civilians."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_has, only_event


def test_the_militants_after_a_named_group_are_that_group(extractor: RuleExtractor) -> None:
    text = (
        "Nine ISWAP fighters and three soldiers were killed when the militants attacked a "
        "military base in Marte."
    )
    assert_has(only_event(extractor, text).actor, name="Islamic State West Africa Province")


def test_the_militants_with_no_group_named_stay_unidentified(extractor: RuleExtractor) -> None:
    text = "Three soldiers were killed when the militants attacked a military base in Marte."
    assert_has(only_event(extractor, text).actor, kind="unidentified_armed_group")


def test_sailors_are_civilians(extractor: RuleExtractor) -> None:
    text = "Abu Sayyaf gunmen beheaded two Vietnamese sailors on Jolo island."
    event = only_event(extractor, text)
    assert_has(event.actor, name="Abu Sayyaf")
    assert_has(event.target, kind="civilians")
    assert event.target is not None and "sailors" in event.target.text


def test_attackers_believed_to_be_from_a_group_are_that_group(extractor: RuleExtractor) -> None:
    text = "Gunmen believed to be from the ADF killed 19 farmers near Eringeti."
    assert_has(only_event(extractor, text).actor, name="ADF")


def test_attackers_suspected_to_be_its_members_are_that_group(extractor: RuleExtractor) -> None:
    text = "Gunmen suspected to be Boko Haram members killed nine herders near Gwoza."
    assert_has(only_event(extractor, text).actor, name="Boko Haram")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said troops killed six Abu Sayyaf militants in Patikul.",
        "The Nigerian Army said soldiers killed 20 Boko Haram fighters near Bama.",
    ],
)
def test_a_force_right_after_said_and_before_its_toll_did_it(
    extractor: RuleExtractor, text: str
) -> None:
    assert_has(only_event(extractor, text).actor, kind="state_forces")


def test_a_force_that_only_reports_is_no_actor(extractor: RuleExtractor) -> None:
    actor = only_event(extractor, "Five farmers were killed in Kano, said police.").actor
    assert actor is None or actor.kind != "police"


def test_the_speakers_own_force_is_not_the_event_countrys(extractor: RuleExtractor) -> None:
    text = (
        "The Russian Defence Ministry said its forces struck a Ukrainian command post near "
        "Bakhmut, killing 40 soldiers."
    )
    actor = only_event(extractor, text).actor
    assert actor is None or actor.country_code != "UA"
