"""Token offsets and the document's mentions located by character offsets."""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extraction.doc import Doc, Mention, ParticipantMention, Segment, participant, segment
from app.extraction.steps.drafts import Draft, new_draft
from app.extraction.steps.incident import Incident
from app.extraction.text import Token, TokenBounds, few_words, normalise, tokenise, tokenise_bounds


def _doc(text: str) -> Doc:
    bounds = tokenise_bounds(text)
    return Doc(text, date(2024, 5, 1), "en", tokens=bounds.tokens, bounds=bounds)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 5 people in Kabul.",
        "قُتِلَ خمسةُ أشخاصٍ في كابـــول",  # harakat and tatweel stripped from the words
        "İstanbul: two killed",  # a letter whose lower case is longer: the word-by-word path
        "",
    ],
)
def test_token_bounds_are_the_tokens_offsets(text: str) -> None:
    bounds = tokenise_bounds(text)
    assert bounds.tokens == tokenise(text)
    assert bounds.starts == tuple(t.start for t in bounds.tokens)
    assert bounds.ends == tuple(t.end for t in bounds.tokens)
    assert bounds == TokenBounds.of(bounds.tokens)


def test_mention_at_covers_the_tokens_the_characters_overlap() -> None:
    doc = _doc("Gunmen killed 5 people, police said; two more were hurt.")
    for start in range(len(doc.text)):
        for end in range(start + 1, len(doc.text) + 1):
            at = doc.mention_at(start, end)
            inside = [k for k, t in enumerate(doc.tokens) if t.end > start and t.start < end]
            first = next((k for k, t in enumerate(doc.tokens) if t.end > start), len(doc.tokens))
            assert (at.token, at.last) == (
                (inside[0], inside[-1] + 1)
                if inside
                else (min(first, len(doc.tokens) - 1), first + 1)
            )


def test_token_from_is_the_first_token_ending_after_the_offset() -> None:
    doc = _doc("Shelling hit حي الشجاعية, east of Gaza City.")
    for offset in range(len(doc.text) + 1):
        after = [k for k, t in enumerate(doc.tokens) if t.end > offset]
        assert doc.token_from(offset) == (after[0] if after else len(doc.tokens))


def test_mention_at_ignores_bounds_of_other_tokens() -> None:
    doc = _doc("A bomb exploded in the market of the town.")
    text = "Clashes erupted near Aleppo on Monday morning."
    # the old bounds ride along on replace(); they describe other tokens and must not be used
    other = replace(doc, text=text, tokens=tokenise(text))
    at = other.mention_at(text.index("Aleppo"), text.index("Aleppo") + len("Aleppo"))
    assert (at.token, at.last, at.text) == (3, 4, "Aleppo")
    assert doc.mention_at(at.start, at.end).token != 3


WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+")


def _by_regex(text: str) -> tuple[Token, ...]:
    return tuple(Token(*m.span(), normalise(m.group())) for m in WORD.finditer(text))


@pytest.mark.parametrize(
    "text",
    [
        "قال مسؤول: «قُتل 5 مدنيين»، وأصيب 12 آخرون (بينهم أطفال)؛ الحصيلة 17%.",
        "\u200fغارة على رفح\u200f — المصدر_الأول … و\u200cعشرات",  # RLM, ZWNJ, an underscore
        "Les “rebelles” ont tué 3 soldats à Gao—selon l’armée: 2024/05/01.",
        "ضربة بـ«مسيّرة» في ٣ مواقع؛ ‹مصادر› ☆ قالت",  # no separator of the list: regex per chunk
    ],
)
def test_tokens_are_the_runs_of_word_characters(text: str) -> None:
    assert tokenise(text) == _by_regex(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("قتلىفيغزةًّـۥ 5٣_-،؛.:«»\u200f\u200c\n\t’'aZ☆é")))
def test_tokens_of_any_text_are_the_runs_of_word_characters(text: str) -> None:
    assert tokenise(text) == _by_regex(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_tokens_of_any_ascii_text_are_the_runs_of_word_characters(text: str) -> None:
    assert tokenise(text) == _by_regex(text)


@pytest.mark.parametrize(
    "text", ["", "  ", "و قتل", " killed  two\tmore ", "ثم في اليوم التالي قتل"]
)
@pytest.mark.parametrize("most", [0, 1, 2, 3])
def test_few_words_counts_words_as_split_does(text: str, most: int) -> None:
    assert few_words(text, most) == (len(text.split()) <= most)


def test_evolve_replaces_each_field_given_and_keeps_the_rest() -> None:
    doc = _doc("Gunmen killed two people in Kano.")
    names = [f.name for f in dataclasses.fields(Doc)]
    changeable = [n for n in names if n not in ("text", "language")]
    assert list(inspect.signature(Doc.evolve).parameters)[1:] == changeable
    values = {"published": date(2020, 1, 2), "by_category": {"x": ()}, "bounds": _doc("x").bounds}
    for name in changeable:
        value = values.get(name, ("marker",))  # the compiled build checks a tuple, not its items
        new = doc.evolve(**{name: value})
        for other in names:
            expected = value if other == name else getattr(doc, other)
            assert getattr(new, other) == expected, (name, other)
    assert doc.evolve(tokens=()).tokens == ()  # an empty value replaces; only None keeps


@pytest.mark.parametrize("cls", [Doc, Incident], ids=lambda cls: cls.__name__)
def test_written_out_init_takes_every_field_in_order(cls: type) -> None:
    params = list(inspect.signature(cls).parameters)
    assert params == [f.name for f in dataclasses.fields(cls)]


def test_doc_and_incident_defaults_are_new_empty_containers() -> None:
    one, two = Doc("a", date(2024, 5, 1), "en"), Doc("b", date(2024, 5, 1), "en")
    assert one.by_category == {} and one.by_category is not two.by_category
    first, second = Incident([], 0, 0), Incident([], 0, 0)
    assert first.places == [] and first.places is not second.places
    assert (first.dates, first.casualties, first.participants, first.implicit) == (
        [],
        [],
        [],
        False,
    )


_AT = Mention(0, 4, "army", 0, 1)
# each factory's required fields, typed as the compiled build checks them
_REQUIRED: dict[str, tuple[object, ...]] = {
    "segment": (1, 2, 3, 4),
    "participant": (_AT, "Military Forces of Egypt", "state_forces", "EG", True),
    "new_draft": ("Battles", "Armed clash", 2, (), None, 3, None, 4, 5, None, None, None, None, 6),
}


@pytest.mark.parametrize(
    ("factory", "cls"),
    [(segment, Segment), (participant, ParticipantMention), (new_draft, Draft)],
    ids=lambda x: getattr(x, "__name__", ""),
)
def test_named_tuple_factories_build_what_the_class_builds(
    factory: Callable[..., tuple[object, ...]], cls: Any
) -> None:
    params = list(inspect.signature(factory).parameters.values())
    assert [p.name for p in params] == list(cls._fields)
    assert {p.name: p.default for p in params if p.default is not p.empty} == cls._field_defaults
    required = _REQUIRED[factory.__name__]
    assert factory(*required) == cls(*required) and type(factory(*required)) is cls
    for name, default in cls._field_defaults.items():  # one field at a time off its default
        # a value of the field's type (the compiled factories check it) other than its default
        if isinstance(default, bool):
            other: object = not default
        elif default is None or isinstance(default, str):
            other = "x" if default != "x" else "y"
        else:
            other = 9
        assert factory(*required, **{name: other}) == cls(*required, **{name: other}), name
