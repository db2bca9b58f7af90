"""The artefact's on-disk container: one gzip stream, a JSON header line, then raw sections.

Numeric columns are stored as little-endian machine arrays and names/keys as newline-joined
text, so loading is a decompress plus a few C-level splits: well under a second and a fraction
of the memory a JSON object tree would take.
"""

from __future__ import annotations

import gzip
import json
import sys
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 4
ARRAYS = {
    "gid": "i",
    "cc": "H",
    "a1": "i",
    "lat": "d",
    "lon": "d",
    "pop": "q",
    "starts": "I",
    "ids": "I",
}
TEXTS = ("names", "keys", "multi_first", "multi_prefix")


class ArtefactError(ValueError):
    """The gazetteer artefact is missing, corrupt or of an unknown format."""


@dataclass(frozen=True, slots=True)
class Artefact:
    """Decoded artefact: header, small JSON tables, text sections and numeric columns."""

    header: dict[str, Any]
    meta: dict[str, Any]
    texts: dict[str, list[str]]
    arrays: dict[str, array[Any]]


def _to_bytes(arr: array[Any]) -> bytes:
    if sys.byteorder != "little":
        arr = array(arr.typecode, arr)
        arr.byteswap()
    return arr.tobytes()


def pack(
    header: dict[str, Any],
    meta: dict[str, Any],
    texts: dict[str, list[str]],
    columns: dict[str, list[Any]],
) -> bytes:
    """Serialise deterministically (gzip mtime 0)."""
    parts: list[tuple[str, bytes]] = [
        ("meta", json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode())
    ]
    parts += [(name, "\n".join(texts[name]).encode()) for name in TEXTS]
    parts += [(name, _to_bytes(array(code, columns[name]))) for name, code in ARRAYS.items()]
    head = {**header, "format": FORMAT, "sections": [[n, len(b)] for n, b in parts]}
    raw = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    return gzip.compress(raw + b"".join(b for _, b in parts), compresslevel=9, mtime=0)


def read_header(path: Path) -> dict[str, Any]:
    """Only the first line: provenance, licence, counts, inputs hash."""
    with gzip.open(path, "rb") as fh:
        header: dict[str, Any] = json.loads(fh.readline())
    return header


def _array(code: str, blob: bytes) -> array[Any]:
    arr = array(code)
    arr.frombytes(blob)
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def unpack(path: Path) -> Artefact:
    """Read and check an artefact; raise ArtefactError on anything unexpected."""
    try:
        raw = gzip.decompress(path.read_bytes())
        nl = raw.index(b"\n")
        header = json.loads(raw[:nl])
    except (OSError, ValueError, EOFError) as exc:
        raise ArtefactError(f"cannot read gazetteer artefact {path}: {exc}") from exc
    if header.get("format") != FORMAT:
        raise ArtefactError(f"{path}: format {header.get('format')!r}, expected {FORMAT}")
    pos, blobs = nl + 1, {}
    for name, size in header["sections"]:
        blobs[name] = raw[pos : pos + size]
        pos += size
    if pos != len(raw) or set(blobs) != {"meta", *TEXTS, *ARRAYS}:
        raise ArtefactError(f"{path}: sections do not match the header")
    meta = json.loads(blobs["meta"])
    texts = {n: blobs[n].decode("utf-8").split("\n") for n in TEXTS}
    arrays = {n: _array(code, blobs[n]) for n, code in ARRAYS.items()}
    return Artefact(header, meta, texts, arrays)
