#!/usr/bin/env bash
# The compiled build (make compiled) behaves as the sources: the same extraction output on the
# snapshot corpus, and the extraction and gazetteer tests pass when they import the compiled
# package. Run by `make check-compiled` and by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
compiled="$PWD/.venv-compiled/bin/python"

mkdir -p build
.venv/bin/python scripts/extract_snapshot.py build/snapshot-source.jsonl
"$compiled" scripts/extract_snapshot.py --compiled build/snapshot-compiled.jsonl
cmp build/snapshot-source.jsonl build/snapshot-compiled.jsonl
echo "compiled build: same output as the sources on $(wc -l < build/snapshot-source.jsonl) articles"

# The tests import `app` from their root: there, `app` is the installed compiled package.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r tests scripts bench pyproject.toml "$work"/
ln -s "$("$compiled" -I -c 'import app, os; print(os.path.dirname(app.__file__))')" "$work/app"
cd "$work"
"$compiled" -c 'import sys; sys.path.insert(0, "bench"); from bench_extract import is_compiled; assert is_compiled(), "not the compiled build"'
"$compiled" -m pytest -q -p no:cacheprovider tests/extraction tests/geo tests/test_evaluate.py
