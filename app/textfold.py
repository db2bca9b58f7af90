"""Fold text for case- and diacritic-insensitive search, in Arabic and Latin scripts."""

import re
import unicodedata

# Arabic letter variants that writers use interchangeably; folding maps each to one form.
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without diacritics, tatweel or punctuation, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != "\u0640")
    folded = unicodedata.normalize("NFC", stripped).casefold().translate(_ARABIC_FOLD)
    return _NON_WORD.sub(" ", folded).strip()
