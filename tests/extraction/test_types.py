"""The hand-written ``__init__`` of the result types matches what ``@dataclass`` would write."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from app.extraction import types

RESULT_TYPES = [
    cls
    for cls in vars(types).values()
    if inspect.isclass(cls) and dataclasses.is_dataclass(cls) and cls.__module__ == types.__name__
]


@pytest.mark.parametrize("cls", RESULT_TYPES, ids=lambda cls: cls.__name__)
def test_init_takes_every_field_in_order_with_its_default(cls: type) -> None:
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for param, fld in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty if fld.default is dataclasses.MISSING else fld.default
        assert param.default == expected, fld.name
