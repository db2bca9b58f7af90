"""Values the gazetteer returns: ranked candidates and mentions found in running text.

They are declared with the interface the extraction pipeline reads them through
(app/extraction/geo.py), so that compiled pipeline code reads their fields by index.
"""

from __future__ import annotations

from app.extraction.geo import Candidate, CountryMention, PlaceMention

__all__ = ["Candidate", "CountryMention", "PlaceMention"]
