"""The rule-based extractor: the public entry point of the extraction pipeline."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.extraction.doc import Doc
from app.extraction.geo import GazetteerLike
from app.extraction.resource_files import load_resources, load_shared
from app.extraction.resources import DATA_DIR, Resources, language_dirs
from app.extraction.steps.attach import incidents
from app.extraction.steps.build import Fallback, event
from app.extraction.steps.claimants import claimants
from app.extraction.steps.country_refs import countries
from app.extraction.steps.crowd_arrests import crowd_arrests
from app.extraction.steps.cues import Cues
from app.extraction.steps.dating import dated_long_before, report_date
from app.extraction.steps.drafts import draft
from app.extraction.steps.event_types import arrest_first, hurt, retype
from app.extraction.steps.language import detect_language
from app.extraction.steps.mentions import Finders, casualty_mentions, date_mentions, load_finders
from app.extraction.steps.merge import merge
from app.extraction.steps.named import named_targets
from app.extraction.steps.nationals import counted_people, nationalities
from app.extraction.steps.objects import objects
from app.extraction.steps.others import others
from app.extraction.steps.participants import participants
from app.extraction.steps.perpetrators import named_attackers
from app.extraction.steps.place_names import Nouns
from app.extraction.steps.places import places
from app.extraction.steps.quarters import QuarterWords
from app.extraction.steps.recalled import kept, recent_only
from app.extraction.steps.segment import segments, tokens
from app.extraction.steps.sequels import same_day
from app.extraction.steps.splits import split_by_place
from app.extraction.steps.triggers import triggers
from app.extraction.steps.unlisted import unlisted_armies
from app.extraction.steps.unscanned import unscanned_places
from app.extraction.steps.updates import updates
from app.extraction.types import ExtractionResult


@dataclass(frozen=True, slots=True)
class Language:
    """The loaded resources of one language, and what the place steps read of them."""

    resources: Resources
    finders: Finders
    nouns: Nouns
    quarters: QuarterWords

    @classmethod
    def load(cls, resources: Resources, finders: Finders) -> Language:
        """Bundle a language's resources with the place words derived from them, once."""
        quarters = QuarterWords(
            resources.quarter_nouns,
            resources.name_stops,
            tuple(resources.quotes.items()),
            resources.clitics,
            resources.strict_places or frozenset(),
            resources.village_nouns,
            resources.village_not_names,
            resources.name_heads,
            resources.water_nouns,
        )
        return cls(resources, finders, _place_nouns(resources), quarters)


class RuleExtractor:
    """Extract conflict events from Arabic or English article text with lexicons and rules."""

    def __init__(self, languages: dict[str, Language], gazetteer: GazetteerLike | None) -> None:
        self._languages = languages
        self._gazetteer = gazetteer
        self.supported_languages = frozenset(languages)

    @property
    def gazetteer(self) -> GazetteerLike | None:
        """The gazetteer places are resolved with (None when none is installed)."""
        return self._gazetteer

    @classmethod
    def load(
        cls, data_dir: Path | None = None, gazetteer: GazetteerLike | None = None
    ) -> RuleExtractor:
        """Load and validate every language folder once; raise on bad data."""
        root = data_dir or DATA_DIR
        taxonomy, actors, templates = load_shared(root)
        languages = {
            d.name: Language.load(load_resources(d, taxonomy, actors, templates), load_finders(d))
            for d in language_dirs(root)
        }
        return cls(languages, gazetteer if gazetteer is not None else _default_gazetteer())

    def extract(
        self, text: str, *, published: date, language: str | None = None
    ) -> ExtractionResult:
        """Extract the events of one article; ``language`` None means detect it."""
        code = language or detect_language(text)
        lang = self._languages.get(code)
        if lang is None:
            why = (
                "language could not be detected"
                if code == "und"
                else f"language {code!r} is not supported"
            )
            return ExtractionResult(language=code, events=(), warnings=(why,))
        doc = self.run(Doc(text=text, published=published, language=code), lang)
        return ExtractionResult(language=code, events=doc.events, warnings=doc.warnings)

    def run(self, doc: Doc, lang: Language) -> Doc:
        """Run every pipeline step over ``doc``."""
        res, gaz = lang.resources, self._gazetteer
        doc = segments(tokens(doc, res), res)
        doc = triggers(doc, res)
        nouns = lang.nouns
        doc = nationalities(countries(doc, gaz, nouns), res)
        doc = participants(doc, res, gaz.country_name if gaz else _no_name)
        doc = places(
            objects(
                claimants(unlisted_armies(doc, res), res),
                res,
                gaz.country_name if gaz else _no_name,
            ),
            gaz,
            res.strict_places,
            res.origin_words,
            nouns,
            lang.quarters,
        )
        doc = date_mentions(casualty_mentions(doc, lang.finders, res), lang.finders)
        doc = counted_people(doc, res)
        doc = named_targets(unscanned_places(doc, gaz, nouns, res.determiners), res, nouns)
        doc = named_attackers(doc, res, nouns)
        cues = Cues(doc)
        # a type the draft's own words settle ("early" retypes) decides what merges with it
        early = [
            retype(res.taxonomy, draft(doc, res, cues, i), doc.text, True)
            for i in recent_only(doc, split_by_place(doc, incidents(doc, res.taxonomy.may_hurt)))
        ]
        early = others(doc, updates(doc, cues, same_day(doc, res, cues, early)))
        drafts = merge(early, doc.published, res.taxonomy.violent)
        # an incident whose chosen date is a year or more old is background, even when a
        # newer date (of the report) stands in its clause
        now = report_date(doc)
        drafts = [
            arrest_first(hurt(res.taxonomy, retype(res.taxonomy, d, doc.text)))
            for d in drafts
            if d.date is None or not dated_long_before(now, d.date.value)
        ]
        fallback = Fallback(doc, gaz)
        events = tuple(
            event(doc, res, d, gaz, fallback)
            for d in crowd_arrests(kept(doc, drafts, res.taxonomy.crowd), res.taxonomy.crowd)
        )
        warnings = () if gaz is not None else ("no gazetteer loaded: locations are not resolved",)
        return doc.evolve(events=events, warnings=warnings)


def _place_nouns(res: Resources) -> Nouns:
    """The language's place nouns, as the place steps read them."""
    return Nouns(
        settlements=res.settlements,
        admin=res.admin_units,
        links=res.settlement_links,
        people=res.nationals,
        facilities=res.facilities,
        institutions=res.institutions,
        directions=res.directions,
        within=res.within,
        possessives=res.possessives,
        articles=res.name_articles,
        indefinites=res.indefinites,
        areas=res.areas | res.features,
        features=res.features,
        determiners=res.determiners,
        coordinators=res.coordinators,
        inside_links=res.inside_links,
        inside_words=res.inside_words,
        struck=res.struck_links,
        struck_verbs=res.struck_verbs,
        capitals=res.capital_nouns,
        media=res.media_nouns,
        villages=_with_proclitics(
            res.village_nouns, res.clitics.conjunctions, res.clitics.prepositions
        ),
    )


def _with_proclitics(
    words: frozenset[str], conjunctions: tuple[str, ...], prepositions: tuple[str, ...]
) -> frozenset[str]:
    """``words`` as written alone and after a conjunction, a preposition or both ("وبقرية")."""
    leads = ("", *conjunctions, *prepositions, *(c + p for c in conjunctions for p in prepositions))
    return frozenset(lead + w for lead in leads for w in words)


def _no_name(code: str) -> str | None:
    return None


def _default_gazetteer() -> GazetteerLike | None:
    """Load the committed gazetteer if the geo package provides one (None while it does not)."""
    for name in ("app.geo", "app.geo.gazetteer"):
        try:
            cls = importlib.import_module(name).Gazetteer
        except (ImportError, AttributeError):
            continue
        gaz: GazetteerLike = cls.load()
        return gaz
    return None
