"""Pure matching rules: does one predicted field value agree with one gold value?"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from app.evaluate.normalise import name_key, outside_parentheses, rules, strip_clitics
from app.extraction.types import Count, EventDate, Participant, Place


def count_matches(gold: int | None, pred: Count | None) -> bool:
    """Exact figure; a scored null gold requires that no figure was predicted.

    The figure is the best estimate, the API's ``killed``/``wounded``: "dozens of wounded" is
    a range with a lower bound and no figure, as the gold has none.
    """
    if gold is None:
        return pred is None or pred.best is None
    return pred is not None and pred.best == gold


def killed_lenient(gold: int | None, incl_perpetrators: int | None, pred: Count | None) -> bool:
    """Accept the victims-only figure or the total that includes the perpetrators."""
    if count_matches(gold, pred):
        return True
    return incl_perpetrators is not None and count_matches(incl_perpetrators, pred)


def country_matches(gold: str | None, pred: Place | None) -> bool:
    """Compare ISO 3166 alpha-2 codes; a scored null gold requires no predicted country."""
    code = pred.country_code if pred is not None else None
    if gold is None:
        return code is None
    return code is not None and code.upper() == gold.upper()


def date_matches(gold: str | None, pred: EventDate | None) -> bool:
    """Compare ISO dates exactly; a scored null gold requires no predicted date."""
    if gold is None:
        return pred is None
    return pred is not None and pred.value.isoformat() == gold


def _keys(text: str) -> tuple[str, ...]:
    """Name key, plus the Arabic clitic-stripped key when that differs."""
    key = name_key(text)
    lenient = " ".join(strip_clitics(t) for t in key.split())
    return (key,) if lenient == key else (key, lenient)


def _contains(short: str, long: str) -> bool:
    return len(short) >= rules().min_substring and f" {short} " in f" {long} "


def place_names_match(gold: str, pred: str) -> bool:
    """Equal, whole-token substring either way, or fuzzy ratio over normalised names."""
    for g in _keys(gold):
        for p in _keys(pred):
            if not g or not p:
                continue
            if g == p or _contains(g, p) or _contains(p, g):
                return True
            if fuzz.ratio(g, p) >= rules().ratio:
                return True
    return False


def location_matches(
    gold: str | None, gold_en: str | None, pred: Place | None, *, within: bool = False
) -> bool:
    """Match the gold place (or its English gloss, minus parentheses) to name or text.

    A predicted place of country precision names no location: it matches a null gold ("the text
    names no place", while the country is scored apart) and never a place name.

    ``within`` (lenient column) also accepts a predicted place whose admin1 is the gold
    place: GTD falls back to the province when the city is unknown, and the text may name a
    district inside it.
    """
    if pred is not None and pred.precision == "country":
        # a location gold is a place below the country (eval README: Wikipedia "Location",
        # GTD city/provstate, UCDP where_coordinates/adm_1); the country is its own field
        pred = None
    if gold is None:
        return pred is None
    if pred is None:
        return False
    golds = [gold]
    if gold_en:
        # A gloss such as "Husseiniya (north-east Baghdad)": only the name outside the
        # parenthesis counts, so a city-level "Baghdad" does not match a district.
        golds.append(outside_parentheses(gold_en))
    candidates = [s for s in (pred.name, pred.text) if s]
    if within and pred.admin1:
        candidates.append(pred.admin1)
    return any(place_names_match(g, c) for g in golds for c in candidates)


def _content_tokens(text: str) -> list[str]:
    stop = rules().stopwords
    return [t for t in name_key(text).split() if t not in stop]


def token_dice(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Dice overlap of two token lists where tokens match by fuzzy ratio."""
    if not gold or not pred:
        return 0.0
    threshold = rules().ratio
    hits = sum(1 for g in gold if any(fuzz.ratio(g, p) >= threshold for p in pred))
    return 2.0 * hits / (len(gold) + len(pred))


def names_match(gold: str, pred: str) -> bool:
    """Generic actor/target comparison: equal keys, fuzzy ratio, or token Dice overlap."""
    g_key, p_key = name_key(gold), name_key(pred)
    if not g_key or not p_key:
        return False
    if g_key == p_key or fuzz.ratio(g_key, p_key) >= rules().ratio:
        return True
    return token_dice(_content_tokens(gold), _content_tokens(pred)) >= rules().token_dice


def participant_matches(golds: Iterable[str | None], pred: Participant | None) -> bool:
    """Match any gold string (value, mention, gloss) against the predicted name or text.

    ``golds`` starts with the gold value; when it is None the field is a scored null and the
    prediction must be absent or an unidentified group.
    """
    values = list(golds)
    if not values or values[0] is None:
        return pred is None or pred.kind in rules().unidentified_kinds
    if pred is None:
        return False
    candidates = [s for s in (pred.name, pred.text) if s]
    return any(names_match(g, c) for g in values if g for c in candidates)
