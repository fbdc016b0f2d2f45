"""Record classes of the compiled stages write their own ``__init__`` (``init=False``): mypyc
compiles it, not the one dataclasses generates. Each must take the fields in the declared order
(keyword-only where the class is), with the declared defaults, a fresh object per default factory."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from tally.extract.kinds import KindInfo
from tally.extract.periods import TimeExpr, _Fiscal
from tally.extract.q_nouns import NounPhrase
from tally.extract.quantities import _Q, _Num, _Unit
from tally.resolve.coref import Resolved, SentenceView, _Lead, _Unread
from tally.resolve.entities import Mention, _Found, _Scanned
from tally.segment.blocks import Block

_MENTION = Mention(start=0, end=5, name="Hunan", type="province", form="name")
_FOUND = _Found(battery=(), seq=(), refs=())

# (class, the arguments of the fields without a default)
WRITTEN: list[tuple[type, dict[str, Any]]] = [
    (Mention, {"start": 0, "end": 5, "name": "Hunan", "type": "province", "form": "name"}),
    (Resolved, {"mention": _MENTION, "ent": ("Hunan", "province", "China")}),
    (_Unread, {"text": "It grew."}),
    (_Lead, {"text": "Exports to", "last": "to", "last_start": 8, "prev": "Exports"}),
    (
        SentenceView,
        {"start": 0, "end": 8, "mentions": [], "asides": [], "attrib": [], "subject": None,
         "topic_before": None},
    ),
    (_Q, {"start": 3, "end": 9, "value": 4.5}),
    (_Num, {"start": 3, "end": 6, "value": 4.5}),
    (_Unit, {"unit": "t", "end": 12, "rule": "unit"}),
    (NounPhrase, {"words": ("research", "projects"), "head": "project", "end": 20}),
    (Block, {"index": 0, "start": 0, "end": 4, "text": "Body", "gap": 0}),
    (KindInfo, {}),
    (_Fiscal, {"text": "Sales rose."}),
    (
        _Scanned,
        {"text": "Hunan grew.", "start": 0, "end": 11, "size": (1, 0), "mentions": [_MENTION],
         "given": bytearray(1), "starts": [0], "los": [], "his": [], "found": _FOUND},
    ),
    (
        TimeExpr,
        {"start": 3, "end": 7, "text": "2021", "value": "2021", "role": "explicit", "rule": "period:year"},
    ),
]


def _default(f: dataclasses.Field) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


@pytest.mark.parametrize(("cls", "required"), WRITTEN, ids=[c.__name__ for c, _ in WRITTEN])
def test_init_takes_the_fields_in_order(cls: type, required: dict[str, Any]) -> None:
    params = list(inspect.signature(cls).parameters.values())  # (the class's: its __init__ without self)
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    kw_only = all(f.kw_only for f in fields)  # (the class's kw_only=True marks every field)
    kinds = {p.kind for p in params}
    P = inspect.Parameter
    assert kinds == ({P.KEYWORD_ONLY} if kw_only else {P.POSITIONAL_OR_KEYWORD})
    # the fields with no default are the parameters with none
    assert [p.name for p in params if p.default is inspect.Parameter.empty] == list(required)


@pytest.mark.parametrize(("cls", "required"), WRITTEN, ids=[c.__name__ for c, _ in WRITTEN])
def test_init_gives_the_declared_defaults(cls: type, required: dict[str, Any]) -> None:
    a, b = cls(**required), cls(**required)
    for f in dataclasses.fields(cls):
        if f.name in required:
            assert getattr(a, f.name) is required[f.name]
            continue
        assert getattr(a, f.name) == _default(f), f.name
        if f.default_factory is not dataclasses.MISSING:
            assert getattr(a, f.name) is not getattr(b, f.name), f.name  # a fresh one per object
    assert a == b  # the generated __eq__ still compares the fields


def test_positional_and_keyword_calls_agree() -> None:
    assert _Q(1, 2, 3.0, "t") == _Q(start=1, end=2, value=3.0, unit="t")
    assert Block(1, 2, 3, "x", 1) == Block(index=1, start=2, end=3, text="x", gap=1)
    with pytest.raises(TypeError):
        Mention(0, 5, "Hunan", "province", "name")  # type: ignore[misc]  # keyword-only, as declared
