"""Scoring rules of ``python -m app.evaluate``, on hand-written fixtures in both languages."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.evaluate import detect, dev_scoring, report, spans
from app.evaluate.command import Evaluation, dev_scores, evaluate_files, json_report, text_report
from app.evaluate.match import (
    count_matches,
    killed_lenient,
    location_matches,
    names_match,
    participant_matches,
    place_names_match,
)
from app.evaluate.normalise import (
    _parse_rules,
    fold_text,
    name_key,
    outside_parentheses,
    strip_clitics,
    tokens,
)
from app.evaluate.records import DevItem, file_kind, load
from app.evaluate.report import dev_groups
from app.evaluate.runner import published_for, sample
from app.extraction.types import (
    Count,
    EventDate,
    ExtractedEvent,
    ExtractionResult,
    Participant,
    ParticipantKind,
    Place,
)

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
TODAY = date(2026, 11, 29)


def count(n: int) -> Count:
    return Count(best=n, low=n, high=n, qualifier="zero" if n == 0 else "exact")


def place(name: str, text: str, cc: str | None) -> Place:
    return Place(name, text, cc, None, None, None, None, "place")


def who(name: str, text: str, kind: ParticipantKind = "other") -> Participant:
    return Participant(name=name, text=text, kind=kind)


def event(
    *,
    killed: int | None = None,
    wounded: int | None = None,
    loc: Place | None = None,
    day: str | None = None,
    actor: Participant | None = None,
    target: Participant | None = None,
    etype: str = "Explosions/Remote violence",
) -> ExtractedEvent:
    return ExtractedEvent(
        event_type=etype,
        sub_event_type=None,
        actor=actor,
        target=target,
        location=loc,
        date=EventDate(date.fromisoformat(day), "day") if day else None,
        killed=count(killed) if killed is not None else None,
        wounded=count(wounded) if wounded is not None else None,
    )


# Predictions for the fixture texts, keyed by a unique opening of each text.
PREDICTIONS: dict[str, tuple[ExtractedEvent, ...]] = {
    "A car bomb": (
        event(killed=2, loc=place("Mosul", "Mosul", "IQ")),
        event(killed=5, wounded=12, loc=place("Kirkuk", "Kirkuk", "IQ")),
    ),
    "Three soldiers": (
        event(
            killed=4,
            loc=place("Mogadishu", "Mogadishu", "SO"),
            actor=who("Al-Shabaab", "al-Shabab", "rebel_group"),
        ),
    ),
    "06/01/2017": (
        event(
            killed=2,
            wounded=3,
            loc=place("Kandahar", "Kandahar", "AF"),
            day="2017-06-01",
            actor=who("Unidentified gunmen", "Gunmen", "unidentified_armed_group"),
            target=who("Afghan National Police", "police officers", "police"),
        ),
    ),
    "Army shelling": (),
    "A bomb exploded": (event(killed=0),),
    "قتل 3": (
        event(
            killed=3,
            wounded=5,
            loc=place("Idlib", "ادلب", "SY"),
            target=who("Civilians", "المدنيين", "civilians"),
        ),
    ),
    "سقط عشرات": (
        event(
            killed=20,
            loc=place("Baghdad", "بغداد", "IQ"),
            actor=who("Islamic State", "داعش", "rebel_group"),
        ),
    ),
    "اشتبك": (event(etype="Battles"),),
    "ارتفعت": (event(etype="Explosions/Remote violence"),),
    "هدد": (event(etype="Violence against civilians"),),
    "تظاهر الطلاب": (event(etype="Protests"),),
    "تظاهر آلاف": (event(etype="Protests"),),
    "هاجم مسلحون": (
        event(actor=who("Police", "رجال الشرطة", "police")),
        event(
            actor=who("Gunmen", "مسلحون مجهولون", "unidentified_armed_group"),
            target=who("Bus", "الحافلة"),
        ),
    ),
    "قتلت طالبان": (
        event(
            actor=who("Taliban", "طالبان"),
            target=who("US soldiers", "الجنود الأمريكيين", "external_force"),
        ),
    ),
}


@dataclass
class FakeExtractor:
    """Test double: returns the canned events for a text and records the calls."""

    calls: list[tuple[str, date, str | None]] = field(default_factory=list)

    def extract(
        self, text: str, *, published: date, language: str | None = None
    ) -> ExtractionResult:
        self.calls.append((text, published, language))
        for opening, events in PREDICTIONS.items():
            if text.startswith(opening):
                return ExtractionResult(language or "und", events)
        return ExtractionResult(language or "und", ())


def run(*names: str) -> tuple[FakeExtractor, Evaluation]:
    fake = FakeExtractor()
    paths = [FIXTURES / n for n in names]
    return fake, evaluate_files(fake, paths, limit=None, today=TODAY)


def dev_summary(*names: str) -> dict[str, dev_scoring.DevSummary]:
    return dev_groups(dev_scores(run(*names)[1].dev))


# --- normalisation ---------------------------------------------------------------------


def test_fold_text_removes_arabic_marks_and_folds_letters() -> None:
    assert fold_text("إِدْلِب") == "ادلب"
    assert fold_text("مـدينة") == "مدينه"
    assert fold_text("Kābul") == "kabul"


def test_tokens_strip_edge_punctuation_and_drop_punctuation_only() -> None:
    assert tokens("«المارينز» ، (قتلوا)") == ["المارينز", "قتلوا"]


def test_name_key_drops_articles_and_splits_hyphens() -> None:
    assert name_key("al-Shabaab") == "shabaab"
    assert name_key("Tehrik-i-Taliban") == "tehrik i taliban"
    assert name_key("الحسينية") == "حسينيه"


def test_strip_clitics_lenient_variant() -> None:
    assert strip_clitics("والمدنيين") == "مدنيين"
    assert strip_clitics("للركاب") == "ركاب"
    assert strip_clitics("بر") == "بر"  # too short to strip


# --- field matchers --------------------------------------------------------------------


def test_killed_lenient_accepts_total_with_perpetrators() -> None:
    assert killed_lenient(3, 4, count(4))
    assert not killed_lenient(3, None, count(4))
    assert not killed_lenient(None, None, count(4))
    assert killed_lenient(None, None, None)


def test_a_scored_null_count_accepts_a_range_without_a_figure_but_not_a_zero() -> None:
    dozens = Count(best=None, low=24, high=None, qualifier="approximate")
    assert count_matches(None, dozens)  # "dozens of wounded": no figure, as in the gold
    assert not count_matches(None, Count(0, 0, 0, "zero"))
    assert not count_matches(24, dozens)
    assert count_matches(None, None)


def test_place_names_match_rules() -> None:
    assert place_names_match("Kandahar City", "Kandahar")  # whole-token substring
    assert place_names_match("Mogadisho", "Mogadishu")  # fuzzy ratio
    assert place_names_match("إدلب", "ادلب")  # Arabic normalisation only
    assert place_names_match("الحسينية", "منطقة الحسينيه")
    assert not place_names_match("Kot", "Kotli")


def test_location_gloss_parenthesis_does_not_credit_the_city() -> None:
    gold, gloss = "الحسينية", "Husseiniya (north-east Baghdad)"
    assert not location_matches(gold, gloss, place("Baghdad", "بغداد", "IQ"))
    assert location_matches(gold, gloss, place("Husseiniya", "", "IQ"))
    assert location_matches(None, None, None)
    assert not location_matches(None, None, place("Baghdad", "بغداد", "IQ"))


def test_country_level_place_is_no_location() -> None:
    nigeria = Place("Nigeria", "نيجيريا", "NG", None, None, None, None, "country")
    assert location_matches(None, None, nigeria)
    assert not location_matches("Nigeria", None, nigeria)
    assert not location_matches("Maiduguri", None, nigeria, within=True)


def test_location_within_gold_province_is_lenient_only() -> None:
    zurmat = Place("Zurmat", "Zurmat", "AF", "Paktia Province", None, None, None, "admin2")
    assert not location_matches("Paktia", None, zurmat)
    assert location_matches("Paktia", None, zurmat, within=True)


def test_names_match_generic_fuzzy_rules() -> None:
    assert names_match("Houthis", "Houthi")
    assert names_match("Islamic State", "Islamic State of Iraq and the Levant")
    assert names_match("Checkpoint (Afghan National Police)", "Afghan National Police")
    assert not names_match("New People's Army", "Army")


def test_scored_null_actor_accepts_only_null_or_unidentified() -> None:
    assert participant_matches([None], None)
    assert participant_matches([None], who("Gunmen", "مسلحون", "unidentified_armed_group"))
    assert not participant_matches([None], who("Taliban", "Taliban", "rebel_group"))
    assert participant_matches(["Wilayat Sayna", "Islamic State"], who("IS", "Islamic State"))


def test_main_event_is_largest_killed_else_first() -> None:
    a, b, c = event(killed=2), event(killed=5), event(killed=5, wounded=1)
    assert dev_scoring.main_event([a, b, c]) is b
    d, e = event(), event(wounded=3)
    assert dev_scoring.main_event([d, e]) is d
    assert dev_scoring.main_event([]) is None


# --- dev files: events and per-field accuracy -----------------------------------------


def test_english_dev_event_precision_recall() -> None:
    s = dev_summary("dev_en.jsonl")["all"]
    assert (s.items, s.with_events, s.predicted, s.agreeing) == (5, 4, 5, 4)
    assert s.precision == pytest.approx(0.8)
    assert s.recall == pytest.approx(0.8)
    assert s.f1 == pytest.approx(0.8)
    assert s.events_per_item == pytest.approx(1.0)


def test_english_dev_field_accuracy_uses_annotated_fields_only() -> None:
    s = dev_summary("dev_en.jsonl")["all"]
    expected = {
        "killed": (3, 5),
        "killed_lenient": (4, 5),
        "wounded": (3, 5),  # null gold scored: no injuries and no prediction counts right
        "country": (3, 4),  # wikix-t5 does not list country
        "location": (3, 3),
        "date": (1, 2),
        "actor": (2, 2),  # gtd-t3: scored null actor, unidentified gunmen predicted
        "target": (1, 1),
    }
    got = {f: (s.field_correct[f], s.field_scored[f]) for f in expected}
    assert got == expected


def test_arabic_dev_scores() -> None:
    s = dev_summary("dev_ar.jsonl")["lang=ar"]
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(1.0)
    got = {f: (s.field_correct[f], s.field_scored[f]) for f in dev_scoring.SCORED}
    assert got == {
        "killed": (1, 2),  # ar-t7: vague toll is a scored null gold
        "killed_lenient": (1, 2),
        "wounded": (2, 2),
        "country": (2, 2),
        "location": (1, 2),  # إدلب = ادلب; Baghdad is not Husseiniya
        "location_lenient": (1, 2),
        "date": (1, 2),
        "actor": (2, 2),
        "target": (1, 2),  # المدنيين = مدنيين
    }


def test_groups_by_language_and_source_prefix() -> None:
    groups = dev_summary("dev_en.jsonl", "dev_ar.jsonl")
    assert list(groups) == [
        "all", "lang=ar", "lang=en", "src=wiki", "src=wikix", "src=gtd", "src=ucdp", "src=ar",
    ]  # fmt: skip
    assert groups["all"].items == 7
    assert groups["all"].precision == pytest.approx(5 / 7)
    assert groups["src=wiki"].field_correct["killed"] == 1


def test_published_fallbacks_and_language_passed_to_extractor() -> None:
    fake, ev = run("dev_en.jsonl")
    by_id = {r.item.id: r.item for r in ev.dev}
    assert published_for(by_id["ucdp-t4"], TODAY) == date(2019, 5, 2)
    assert published_for(by_id["wiki-t1"], TODAY) == date(2018, 12, 31)
    assert {lang for _, _, lang in fake.calls} == {"en"}


# --- detection and spans ---------------------------------------------------------------


def test_detection_metrics_dedupe_and_per_class_fpr() -> None:
    _, ev = run("detect.jsonl")
    assert len(ev.detect) == 8  # d7 repeats d4's text
    groups = report.detect_groups(ev.detect)
    a = groups["ASSAULT"]
    assert (a.yes, a.yes_hit, a.easy_no, a.easy_fp, a.difficult_no, a.difficult_fp) == (
        2, 1, 2, 1, 2, 1,
    )  # fmt: skip
    assert a.clean == pytest.approx((0.5, 0.5, 0.5))
    assert a.all_no == pytest.approx((1 / 3, 0.5, 0.4))
    assert (a.fpr_easy, a.fpr_difficult) == (0.5, 0.5)
    assert groups["PROTEST"].clean == pytest.approx((1.0, 1.0, 1.0))


def test_is_positive_uses_event_families() -> None:
    assert detect.is_positive([event(etype="Battles")], "ASSAULT")
    assert not detect.is_positive([event(etype="Protests")], "ASSAULT")
    assert detect.is_positive([event(etype="Riots")], "PROTEST")


def test_span_token_metrics() -> None:
    _, ev = run("spans.jsonl")
    totals = report.span_groups(ev.spans)["ASSAULT"]
    actor, target = totals["actor"], totals["target"]
    assert (actor.scored, actor.predicted_items, actor.hits, actor.pred, actor.gold) == (
        1, 1, 2, 2, 2,
    )  # fmt: skip
    assert actor.f1 == pytest.approx(1.0)
    assert (target.scored, target.hits, target.pred, target.gold) == (2, 1, 3, 3)
    assert target.recall == pytest.approx(1 / 3)
    assert target.union_precision == pytest.approx(2 / 3)
    assert target.lenient_recall == pytest.approx(2 / 3)
    # actor type: UAF gunmen right; bus (kind other) wrong, US soldiers (MIL) right
    assert (actor.typed, actor.type_hits, target.typed, target.type_hits) == (1, 1, 2, 1)


def test_span_best_event_prefers_highest_combined_f1() -> None:
    kind, items = load(FIXTURES / "spans.jsonl")
    assert kind == "spans"
    events = PREDICTIONS["هاجم مسلحون"]
    assert spans.best_event(items[0], events) is events[1]


# --- command output --------------------------------------------------------------------


def test_text_report_ends_with_four_headline_lines() -> None:
    _, ev = run("detect.jsonl", "dev_en.jsonl", "dev_ar.jsonl")
    lines = text_report(ev, k=2)
    assert [line.split()[0] for line in lines[-4:]] == ["EVENT", "KILLED", "PLACE", "WHO"]
    assert lines[-4].startswith("EVENT   P 0.714  R 0.857  F1 0.779")
    assert any(line.startswith("--- errors: killed") for line in lines)
    assert any(line.startswith("ucdp-t4  gold=7") for line in lines)


def test_json_report_and_limit_sampling() -> None:
    _, ev = run("dev_en.jsonl", "spans.jsonl")
    out = json_report(ev)
    assert out["dev"]["all"]["fields"]["location"] == {"accuracy": 1.0, "scored": 3}
    assert out["spans"]["ASSAULT"]["actor"]["scored"] == 1
    assert sample(list(range(10)), 3) == sorted(sample(list(range(10)), 3))
    assert len(sample(list(range(10)), 3)) == 3


class RaisingExtractor:
    """Test double whose extraction always fails."""

    def extract(
        self, text: str, *, published: date, language: str | None = None
    ) -> ExtractionResult:
        raise RuntimeError("boom")


def test_failing_extraction_counts_as_no_event_and_is_reported() -> None:
    ev = evaluate_files(RaisingExtractor(), [FIXTURES / "dev_ar.jsonl"], limit=1, today=TODAY)
    assert len(ev.dev) == 1 and ev.dev[0].events == ()
    assert ev.timings["dev_ar.jsonl"].failures[0].endswith("RuntimeError('boom')")
    lines = text_report(ev, k=0)
    assert any("1 extractions raised" in line for line in lines)
    assert lines[-4].endswith("(1 items, 0.00 events/item, 1 EXTRACTIONS RAISED)")


def test_malformed_rules_and_unknown_records_fail_loudly() -> None:
    with pytest.raises(ValueError, match="malformed"):
        _parse_rules({"fuzzy": {"ratio": 85}})
    with pytest.raises(ValueError, match="unknown evaluation record"):
        file_kind({"id": "x", "text": "y"})


def test_command_line_runs_the_real_extractor(capsys: pytest.CaptureFixture[str]) -> None:
    from app.evaluate.__main__ import main

    assert main([str(FIXTURES / "dev_en.jsonl"), "--errors", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[-4:]] == ["EVENT", "KILLED", "PLACE", "WHO"]
    assert main([str(FIXTURES / "detect.jsonl"), "--json"]) == 0
    assert '"ASSAULT"' in capsys.readouterr().out


def test_target_head_outside_parentheses_matches() -> None:
    assert outside_parentheses("Patrol (People's National Army (ANP))") == "Patrol"
    item = DevItem(
        id="gtd-x",
        lang="en",
        text="…",
        published=None,
        gold={"killed": 1, "target": "Patrol (People's National Army (ANP))", "actor": None},
        annotated=frozenset({"killed", "target"}),
    )
    patrol = event(killed=1, target=who("Military Forces of Algeria", "military patrol"))
    market = event(killed=1, target=who("Civilians", "civilians", "civilians"))
    assert dev_scoring.field_results(item, patrol)["target"]
    assert not dev_scoring.field_results(item, market)["target"]


@dataclass
class RelativeDateExtractor:
    """Test double: "yesterday" for texts with أمس, a stated date for every other text."""

    def extract(
        self, text: str, *, published: date, language: str | None = None
    ) -> ExtractionResult:
        day = published - timedelta(days=1) if "أمس" in text else date(2016, 1, 30)
        return ExtractionResult(language or "und", (event(killed=3, day=day.isoformat()),))


def test_date_resolved_from_a_stand_in_reference_counts_as_no_date(tmp_path: Path) -> None:
    rows = [
        {"id": f"ar-r{i}", "lang": "ar", "published": published, "text": text, "gold": gold,
         "annotated_fields": ["killed", "date"]}
        for i, (published, text, gold) in enumerate([
            (None, "قتل 3 أشخاص أمس.", {"killed": 3, "date": None}),
            (None, "قتل 3 أشخاص في 30 يناير 2016.", {"killed": 3, "date": "2016-01-30"}),
            ("2016-02-01", "قتل 3 أشخاص أمس.", {"killed": 3, "date": "2016-01-31"}),
        ])
    ]  # fmt: skip
    path = tmp_path / "dev_ref.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    ev = evaluate_files(RelativeDateExtractor(), [path], limit=None, today=TODAY)
    dates = [run.events[0].date for run in ev.dev]
    assert dates[0] is None  # "yesterday" of a made-up publication date
    assert dates[1] is not None and dates[1].value == date(2016, 1, 30)
    assert dates[2] is not None and dates[2].value == date(2016, 1, 31)
    assert dev_groups(dev_scores(ev.dev))["all"].field_correct["date"] == 3
