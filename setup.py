"""The compiled build: the extraction pipeline compiled to C with mypyc when asked for.

    CONFLICT_EVENTS_COMPILE=1 pip install --no-build-isolation .   (needs mypy and a C compiler)

Every other install (``pip install -e .``, ``make run``, ``make test``) is pure Python; the
metadata lives in pyproject.toml. The compiled modules are the same sources, type-checked by
mypy --strict; mypyc turns them into C extensions that run the extractor about 1.5x faster
(bench/bench_extract.py --compiled; README, "Speed"). ``make compiled`` builds such an install
into .venv-compiled, and ``make check-compiled`` proves it extracts exactly what the sources do.
"""

import os

from setuptools import setup

# The modules an article passes through on every extraction, the Gazetteer among them: the
# steps call its resolve() and country() and the scanner reads its memos for every name, so as
# a native class its methods and attributes are direct C calls and field reads. Its artefact
# reading, ranking of new names, the API and the storage layer stay interpreted: they are not
# where an article's time goes.
COMPILED = [
    "app/extraction",
    "app/geo/gazetteer.py",
    "app/geo/resolve.py",
    "app/geo/scan.py",
    "app/geo/scan_countries.py",
    "app/geo/scan_cues.py",
    "app/geo/scan_text.py",
    "app/geo/scan_words.py",
]

ext_modules = []
if os.environ.get("CONFLICT_EVENTS_COMPILE") == "1":
    from mypyc.build import mypycify

    # One C file per module, compiled in parallel: a third less compiler time than one big file,
    # and the same extraction speed (measured with bench_extract --compiled).
    ext_modules = mypycify(COMPILED, opt_level="3", multi_file=True)

setup(ext_modules=ext_modules, options={"build_ext": {"parallel": os.cpu_count() or 1}})
