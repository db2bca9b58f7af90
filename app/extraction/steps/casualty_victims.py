"""Compile the casualty lexer: one pattern for "no casualties" phrases, passives and victim nouns.

Its named groups are ``zero`` (with ``both`` / ``killed`` / ``wounded``), ``pas`` and the
victim-noun groups of ``NOUN_GROUPS`` (with ``art``). The pattern opens with a lookahead of
what every match starts with, which rules out most positions at their first letter;
``lexer_leads`` gives the same starts to the lexer's openers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from app.extraction.datafile import DataError, alternation, str_list, table
from app.extraction.steps.casualty_phrases import TOKEN, CasualtyData, count_at, lead, phrases_re

NOUN_GROUPS = ("dcue", "dual", "sing", "alone", "alone_dual", "nat", "nat_dual", "plu")
# nationals ("قتل فلسطيني"): victims only right after a cue word (``CasualtyLexicon.cue_words``)
NATIONAL_GROUPS = ("nat", "nat_dual")
ZERO_GROUPS = ("both", "killed", "wounded")
SOME = 0  # what a bare plural counts in the lexer's nouns: an unknown number (two at least)


def lexer_pattern(
    d: CasualtyData, zero: Mapping[str, Any], duals: Mapping[str, str], clitics: str
) -> str:
    """One pattern for "no casualties" phrases (``zero``), passives and victim nouns."""
    zero_groups = "|".join(f"(?P<{k}>{d.phrases(k, zero, empty=k != 'both')})" for k in ZERO_GROUPS)
    passive = d.phrases("passive", d.victims, empty=True)
    return (
        rf"(?<!\w)(?={_lexer_heads(d, zero, duals, clitics)})"
        # a clitic may be written onto the phrase: "ولم يبلغ عن إصابات", "بدون إصابات"
        rf"(?:(?<!\w)(?:{clitics})?(?:(?P<zero>{zero_groups})|(?P<pas>{passive}))(?!\w)"
        rf"|{_victim_re(d, duals, clitics)})"
    )


def _victim_re(d: CasualtyData, dual_cues: Mapping[str, str], clitics: str) -> str:
    """Victim nouns: an article and adjectives (where the language has articles), then a
    dual cue, a dual or a singular noun; or a noun that stands alone."""
    victims, path, norm = d.victims, d.path, d.norm
    articles = str_list(victims, "article", path, empty=True)
    adjectives = count_at(victims, "max_adjectives", path)
    art = alternation(articles)
    adjective = rf"(?!{art}\s)[^\s.,;:]+\s+"  # "a mob beat a man": the article starts anew
    article = rf"(?P<art>{art})\s+(?:{adjective}){{0,{adjectives}}}?"
    lead_in = article if articles else f"(?:{article})?(?:{clitics})?"  # art never matches here
    definite = alternation(d.definite(), spaces=False)
    sing = f"(?:{definite})?" + phrases_re(str_list(victims, "singular", path), norm)
    dual = phrases_re(str_list(victims, "dual", path, empty=True), norm)
    alone = phrases_re(str_list(victims, "alone", path, empty=True), norm)
    alone_dual = phrases_re(str_list(victims, "alone_dual", path, empty=True), norm)
    nat = phrases_re(str_list(victims, "nationals", path, empty=True), norm) or "(?!)"
    nat_dual = phrases_re(str_list(victims, "nationals_dual", path, empty=True), norm) or "(?!)"
    # a bare plural ("soldiers killed in attack"): some victims, their number not told
    plural = phrases_re(
        str_list(victims, "plural", path, empty=True) if "plural" in victims else [], norm
    )
    # words that read as a clitic and a lone noun but are words of their own ("واحد" is not
    # "و" + "أحد": "شخص واحد" is one person), unless a definite noun follows ("وأحد المارة",
    # and one of the passers-by: the same letters once hamza is folded)
    words = str_list(victims, "not_alone", path, empty=True)
    definite_next = rf"\s+(?:{definite})" if definite else r"(?!)"
    whole = rf"(?!(?:{phrases_re(words, norm)})(?!\w)(?!{definite_next}))" if words else ""
    return (
        rf"(?<!\w){lead_in}"
        rf"(?:(?P<dcue>{phrases_re(dual_cues, norm)})|(?P<dual>{dual})|(?P<sing>{sing}))(?!\w)"
        rf"|(?<!\w){whole}(?:{clitics})?(?:(?P<alone>{alone})|(?P<alone_dual>{alone_dual}))(?!\w)"
        rf"|(?<!\w)(?:(?P<nat>{nat})|(?P<nat_dual>{nat_dual})|(?P<plu>{plural}))(?!\w)"
    )


def _lexer_heads(
    d: CasualtyData, zero: Mapping[str, Any], duals: Mapping[str, str], clitics: str
) -> str:
    """What every match of the lexer starts with: a clitic and the definite article at most,
    then a phrase up to its first gap (an article, where victim nouns need one)."""
    definite = alternation(d.definite(), spaces=False)
    leads = [lead for _, words in _lead_groups(d, zero, duals) for lead in words]
    return rf"(?:{clitics})?(?:{definite})?{alternation(leads)}"


def _lead_groups(
    d: CasualtyData, zero: Mapping[str, Any], duals: Mapping[str, str]
) -> list[tuple[tuple[bool, bool], list[str]]]:
    """The phrases a lexer match starts with, up to the first gap, in groups by what the
    pattern lets stand before them: (a clitic, the definite article)."""
    victims, path = d.victims, d.path

    def leads(node: Mapping[str, Any], *keys: str) -> list[str]:
        return [lead(d.norm.word(w)) for k in keys for w in str_list(node, k, path, empty=True)]

    groups = [
        (
            (True, False),
            leads(zero, *ZERO_GROUPS) + leads(victims, "passive", "alone", "alone_dual"),
        ),
        ((False, False), leads(victims, "nationals", "nationals_dual")),
    ]
    if "plural" in victims:  # a bare plural ("soldiers killed in attack"), as a national
        groups.append(((False, False), leads(victims, "plural")))
    articles = str_list(victims, "article", path, empty=True)
    if articles:  # an article opens a victim noun only with the space after it: "a man"
        return [*groups, ((False, False), [f"{a} " for a in articles])]
    return [
        *groups,
        ((True, True), leads(victims, "singular")),
        ((True, False), [*leads(victims, "dual"), *(lead(d.norm.word(w)) for w in duals)]),
    ]


def lexer_leads(d: CasualtyData, zero: Mapping[str, Any], duals: Mapping[str, str]) -> list[str]:
    """The phrases a lexer match starts with, each with the clitic and definite article the
    pattern allows before it glued on ("والجندي"; a national never takes either)."""
    clitics = ["", *(d.norm.word(c) for c in str_list(d.ctx, "clitics", d.path, empty=True))]
    definite = ["", *d.definite()]
    return [
        c + a + w
        for (clitic, article), words in _lead_groups(d, zero, duals)
        for c in (clitics if clitic else [""])
        for a in (definite if article else [""])
        for w in words
    ]


def dual_cues(d: CasualtyData) -> Mapping[str, Any]:
    """The ``[victims.dual_cues]`` table: a cue word that counts two, and whether killed or
    wounded ("قتيلان")."""
    duals = table(d.victims, "dual_cues", d.path)
    if any(v not in ("killed", "wounded") for v in duals.values()):
        raise DataError(f"{d.path}: [victims.dual_cues] values must be 'killed' or 'wounded'")
    return duals


def noun_after(d: CasualtyData) -> re.Pattern[str]:
    """What follows a figure that is no victim count: a unit ("10 km") or attackers."""
    units, perp = d.phrases("not_victims_after"), d.phrases("perpetrators", empty=True)
    # "two of the attackers", "اثنان من المهاجمين": a share of the attackers is attackers
    partitives = d.phrases("partitives", empty=True)
    definite = alternation(d.definite(), spaces=False)
    # where adjectives come before the noun (``max_adjectives``), one word may stand between
    # the figure and the noun it counts ("12 armoured vehicles"), but not a preposition:
    # "killed 30 in attacks" counts people. Where they follow it, the word after the figure
    # is its noun: "أصيب ثمانية أشخاص يوم الجمعة" counts people, not days
    links = d.phrases("not_before_noun", empty=True)
    gap = rf"(?:(?!{links}\s){TOKEN}\s+)?" if count_at(d.victims, "max_adjectives", d.path) else ""
    return re.compile(
        rf"[\s-]*(?:{partitives}\s+)?{gap}"
        rf"(?:(?P<unit>{units})|(?P<perp>(?:{definite})?{perp}))(?!\w)"
    )
