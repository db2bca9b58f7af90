"""Load the scoring rules once and normalise strings for comparison (both languages)."""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Rules:
    """Scorer conventions read from ``rules.toml``."""

    ratio: float
    token_dice: float
    min_substring: int
    violent: frozenset[str]
    protest: frozenset[str]
    unidentified_kinds: frozenset[str]
    punctuation: str
    arabic_marks: frozenset[str]
    fold: dict[str, str]
    articles: tuple[str, ...]
    stopwords: frozenset[str]
    proclitics: tuple[str, ...]
    arabic_article: str
    min_stem: int
    kind_roles: dict[str, str]


def _parse_rules(raw: dict[str, Any]) -> Rules:
    """Build and validate ``Rules`` from the parsed TOML; raise ``ValueError`` when malformed."""
    try:
        fold = {str(k): str(v) for k, v in raw["text"]["fold"].items()}
        if any(len(k) != 1 for k in fold):
            raise ValueError("text.fold keys must be single characters")
        return Rules(
            ratio=float(raw["fuzzy"]["ratio"]),
            token_dice=float(raw["fuzzy"]["token_dice"]),
            min_substring=int(raw["fuzzy"]["min_substring"]),
            violent=frozenset(raw["events"]["violent"]),
            protest=frozenset(raw["events"]["protest"]),
            unidentified_kinds=frozenset(raw["events"]["unidentified_kinds"]),
            punctuation=str(raw["text"]["punctuation"]),
            arabic_marks=frozenset(raw["text"]["arabic_marks"]),
            fold=fold,
            articles=tuple(raw["names"]["articles"]),
            stopwords=frozenset(raw["names"]["stopwords"]),
            proclitics=tuple(raw["clitics"]["proclitics"]),
            arabic_article=str(raw["clitics"]["article"]),
            min_stem=int(raw["clitics"]["min_stem"]),
            kind_roles={str(k): str(v) for k, v in raw["roles"].items()},
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"app/evaluate/rules.toml is malformed: {exc!r}") from exc


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Return the scoring rules, read from the package data file on first use."""
    text = resources.files("app.evaluate").joinpath("rules.toml").read_text(encoding="utf-8")
    return _parse_rules(tomllib.loads(text))


def fold_text(text: str) -> str:
    """Casefold, drop Latin accents and Arabic marks/tatweel, fold Arabic letter variants."""
    r = rules()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out: list[str] = []
    for ch in decomposed:
        if ch in r.arabic_marks or unicodedata.combining(ch):
            continue
        out.append(r.fold.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def tokens(text: str) -> list[str]:
    """Split on whitespace, strip edge punctuation, fold; drop punctuation-only tokens."""
    r = rules()
    result: list[str] = []
    for raw in text.split():
        tok = fold_text(raw.strip(r.punctuation))
        if tok and any(ch.isalnum() for ch in tok):
            result.append(tok)
    return result


def strip_article(tok: str) -> str:
    """Drop a leading article (al-, el-, ال) when something substantial remains."""
    r = rules()
    for art in r.articles:
        if tok.startswith(art) and len(tok) - len(art) >= r.min_stem:
            return tok[len(art) :]
    return tok


def strip_clitics(tok: str) -> str:
    """Lenient variant: strip one Arabic proclitic and then the article, keeping a stem."""
    r = rules()
    if tok[:1] in r.proclitics and len(tok) - 1 >= r.min_stem:
        rest = tok[1:]
        # "ل" + "ال" contracts to "لل": treat the second lam as the article's.
        if tok[:1] == "ل" and rest.startswith("ل") and len(rest) - 1 >= r.min_stem:
            return rest[1:]
        tok = rest
    art = r.arabic_article
    if tok.startswith(art) and len(tok) - len(art) >= r.min_stem:
        return tok[len(art) :]
    return tok


def outside_parentheses(text: str) -> str:
    """Drop every (possibly nested) parenthesised part: "Patrol (Afghan Police (AP))" -> "Patrol"."""
    depth, kept = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            kept.append(ch)
    return " ".join("".join(kept).split())


def name_key(text: str) -> str:
    """Normalise a place or actor name: fold, split hyphens, drop articles, single-space."""
    r = rules()
    bare = {a.rstrip("-") for a in r.articles}
    parts: list[str] = []
    for tok in tokens(text):
        for piece in strip_article(tok).split("-"):
            piece = strip_article(piece.strip(r.punctuation))
            if piece and piece not in bare:
                parts.append(piece)
    return " ".join(parts)
