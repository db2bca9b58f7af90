"""Decide which alias strings are worth keeping: Arabic script or Latin script names only."""

from __future__ import annotations

import re
import unicodedata

_ARABIC_OK = re.compile("^[\u0621-\u064a\u064b-\u0652\u0670\u0671\u0640 ]+$")
_LATIN_PUNCT = set(" -'’‘ʻʼʿʾ`.")


def is_arabic_name(text: str) -> bool:
    """Arabic letters only (no Persian/Urdu letters, no comma-qualified names like 'X، Y')."""
    return bool(_ARABIC_OK.match(text)) and len(text.replace(" ", "")) >= 2


def is_latin_name(text: str) -> bool:
    """Latin letters, spaces and name punctuation; at least one capital; not an IATA-like code.

    GeoNames mixes lowercase lossy romanisations ('trypwly') and airport codes ('GAO') into its
    alternate names; neither is how a journalist writes a place, and codes collide with words.
    """
    if not any(c.isupper() for c in text):
        return False
    if text.isupper() and len(text) <= 4:
        return False
    for ch in text:
        if ch in _LATIN_PUNCT:
            continue
        if not ch.isalpha():
            return False
        if not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def keep_alias(text: str) -> bool:
    """Keep Arabic- and Latin-script aliases, drop everything else."""
    text = text.strip()
    return is_arabic_name(text) or is_latin_name(text)


_QUOTES = str.maketrans({c: "'" for c in "’‘ʻʼʿʾ`´"})


def display_name(name: str) -> str:
    """Fold a GeoNames/ISO transliteration to plain ASCII letters: 'Al Ḩudaydah' → 'Al Hudaydah'."""
    folded = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    return "".join(c for c in folded if not unicodedata.combining(c))


_HARAKAT = re.compile("[\u064b-\u0652\u0670]")


def strip_harakat(text: str | None) -> str | None:
    """Drop Arabic short-vowel marks and shadda from a display name."""
    return _HARAKAT.sub("", text) if text else text
