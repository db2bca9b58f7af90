"""Matching-only normalisation of place names, shared by the artefact builder and the runtime.

Keys never leave the gazetteer: they fold Arabic diacritics, tatweel, bidi marks, alef/hamza
variants, ى/ي and ة/ه, and for Latin script case, accents, apostrophes, hyphens, doubled letters
and the assimilated Arabic article (al-/el-/ad-/an-/ash- ... all become "al"). The first token of
a key loses its article, so "الخرطوم" and "خرطوم", "Al Hudaydah" and "Hudaydah" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FORMAT_CHARS = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ة": "ه",
        "ۀ": "ه",
        "ؤ": "و",
        "ک": "ك",
        "ء": None,
        **{c: None for c in _FORMAT_CHARS},
    }
)
_LATIN_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        **{c: None for c in "'’‘ʻʼʿʾ`´" + _FORMAT_CHARS},
    }
)
_DOUBLED = re.compile(r"([a-z])\1+")
_LATIN_ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ed", "es", "et", "en"}
)
_POSSESSIVE = ("'s", "’s")
_WORD_CHARS = (
    "[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640" + _FORMAT_CHARS + "'’‘ʻʼʿʾ`]"
)
# a word starts and ends with a letter or digit; marks, apostrophes and bidi controls may sit inside
TOKEN_RE = re.compile("[^\\W_](?:" + _WORD_CHARS + "*[^\\W_])?")
_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})")
ARTICLE_AR = "ال"


def is_arabic(token: str) -> bool:
    """Tell whether a token is written in Arabic script (judged by its first letter)."""
    first = token[:1]
    if "\u0600" <= first <= "\u06ff":
        return True
    for ch in token:
        if ch.isalpha():
            return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"
    return False


@lru_cache(maxsize=65536)
def norm_token(token: str) -> str:
    """Fold one token (no spaces) for matching; Latin articles become "al"."""
    if is_arabic(token):
        return _ARABIC_MARKS.sub("", token).translate(_ARABIC_FOLD)
    # plain string tests before regexes: a first lookup of a name pays for every step here
    if token.endswith(_POSSESSIVE):
        token = token[:-2]
    if token.isascii():  # most Latin words: nothing for NFKD or the accent filter to do
        folded = token.lower()
        if "'" in folded or "`" in folded or "_" in folded:
            folded = folded.replace("'", "").replace("`", "").replace("_", "")
    else:
        folded = unicodedata.normalize("NFKD", token.lower()).translate(_LATIN_FOLD)
        folded = "".join(c for c in folded if not unicodedata.combining(c) and c != "_")
    if _DOUBLED.search(folded):
        folded = _DOUBLED.sub(_one_letter, folded)
    return "al" if folded in _LATIN_ARTICLES else folded


def _one_letter(m: re.Match[str]) -> str:
    return m.group(1)


def strip_article(first: str) -> str:
    """Drop the Arabic article from a normalised first token when a stem remains."""
    if first.startswith(ARTICLE_AR) and len(first) > 3:
        return first[2:]
    return first


def key_from_tokens(tokens: list[str]) -> str:
    """Join normalised tokens into a lookup key, dropping a leading article."""
    toks = [t for t in tokens if t]
    if len(toks) > 1 and toks[0] == "al":
        toks = toks[1:]
    if toks:
        toks[0] = strip_article(toks[0])
    return " ".join(toks)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Split text into (start, end, raw token) words; hyphens and punctuation separate.

    One split (separators and words alternate) and offsets summed from the parts' lengths:
    no Python work per word.
    """
    parts = _TOKEN_SPLIT.split(text)
    ends = list(accumulate(map(len, parts)))
    return list(zip(ends[0::2], ends[1::2], parts[1::2], strict=False))


def normalize_key(text: str) -> str:
    """Normalise a whole name (any script) into its lookup key."""
    return key_from_tokens([norm_token(t) for _, _, t in tokens(text)])


@lru_cache(maxsize=65536)
def arabic_clitic_variants(token: str) -> tuple[str, ...]:
    """Return forms of a normalised Arabic first token with و/ف, ب/ل/ك and ال peeled off.

    The first element is the token itself (article stripped); later ones strip more. "لل" is
    ل + ال ("للخرطوم" → "خرطوم"). Stems shorter than three letters are not offered.
    """
    out = [strip_article(token)]
    for conj in ("", "و", "ف"):
        if conj and not token.startswith(conj):
            continue
        rest = token[len(conj) :]
        for prep in ("", "ب", "ل", "ك"):
            if (not conj and not prep) or not rest.startswith(prep):
                continue
            stem = rest[len(prep) :]
            if prep == "ل" and stem.startswith("ل"):
                stem = "ا" + stem
            stem = strip_article(stem)
            if len(stem) >= 3 and stem not in out:
                out.append(stem)
    return tuple(out)
