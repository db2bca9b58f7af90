"""A rough common skeleton for Arabic-script and Latin-script spellings of the same name.

GeoNames lacks Arabic aliases for many towns outside the Arab world (كيسمايو, مايدوغوري). As a
fallback within the countries the text is about, both scripts are reduced to a coarse Latin
skeleton ("kismaiu") and compared with rapidfuzz; exact lookups always come first.
"""

from __future__ import annotations

import re

_AR = str.maketrans(
    {
        "ا": "a",
        "ب": "b",
        "ت": "t",
        "ث": "t",
        "ج": "k",
        "ح": "",
        "خ": "k",
        "د": "d",
        "ذ": "d",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "s",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "z",
        "ع": "",
        "غ": "k",
        "ف": "f",
        "ق": "k",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "",
        "و": "u",
        "ي": "i",
        " ": " ",
    }
)
_LATIN_DIGRAPHS = (
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("dj", "j"),
    ("ou", "u"),
    ("ph", "f"),
)
_LATIN = str.maketrans(
    {
        "g": "k",
        "j": "k",
        "p": "b",
        "v": "f",
        "q": "k",
        "c": "k",
        "x": "ks",
        "y": "i",
        "o": "u",
        "e": "i",
        "w": "u",
        "h": "",
        "'": "",
    }
)
_VOWELS = re.compile(r"[aiu ]")
_VOWEL_RUN = re.compile(r"([aiu])[aiu]+")
_REPEAT = re.compile(r"(.)\1+")


def _tidy(text: str) -> str:
    text = _VOWEL_RUN.sub(r"\1", text)
    return _REPEAT.sub(r"\1", text).strip()


def skeleton_ar(key: str) -> str:
    """Skeleton of a normalised Arabic key ("كيسمايو" → "kisma")."""
    return _tidy("".join(ch for ch in key.translate(_AR) if ch.isascii()))


def skeleton_latin(key: str) -> str:
    """Skeleton of a normalised Latin key ("kismayo" → "kisma")."""
    for a, b in _LATIN_DIGRAPHS:
        key = key.replace(a, b)
    return _tidy(key.translate(_LATIN))


def skeletons_latin(keys: list[str]) -> list[str]:
    """``skeleton_latin`` of many keys at once, in one pass over their joined text.

    A country's pool holds thousands of keys: the replacements run once over all of them
    (no rule can reach across the line break that separates two keys).
    """
    if any("\n" in k for k in keys):
        return [skeleton_latin(k) for k in keys]
    joined = "\n".join(keys)
    for a, b in _LATIN_DIGRAPHS:
        joined = joined.replace(a, b)
    tidied = _REPEAT.sub(r"\1", _VOWEL_RUN.sub(r"\1", joined.translate(_LATIN)))
    return [k.strip() for k in tidied.split("\n")] if keys else []


def consonants(skeleton: str) -> str:
    """The skeleton without vowels or spaces: Arabic rarely writes short vowels."""
    return _VOWELS.sub("", skeleton)
