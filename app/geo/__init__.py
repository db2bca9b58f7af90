"""Offline bilingual gazetteer: place names in Arabic and English to coordinates and admin units.

Contains GeoNames data (https://www.geonames.org/, CC BY 4.0); see app/geo/data/ and
scripts/build_gazetteer.py for provenance.
"""

from app.geo.artefact import ArtefactError
from app.geo.gazetteer import Gazetteer
from app.geo.types import Candidate, CountryMention, PlaceMention

__all__ = ["ArtefactError", "Candidate", "CountryMention", "Gazetteer", "PlaceMention"]
