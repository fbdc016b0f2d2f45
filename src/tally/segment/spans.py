"""``span(start, end)``: a ``Span`` made without its constructor's keyword binding.

``Span(start=..., end=...)`` of a frozen dataclass sets each field through
``object.__setattr__`` (~0.9 us); the slots' own setters do the same in under half the time.
The segmenter makes one per paragraph of every page. The fields are checked once here: a
``Span`` with other fields, or a ``__post_init__``, is made by its constructor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from tally.model import Span

__all__ = ["span"]


def _plain(start: int, end: int) -> Span:
    return Span(start=start, end=end)


def _builder() -> Callable[[int, int], Span]:
    if (
        tuple(f.name for f in fields(Span)) != ("start", "end")
        or not hasattr(Span, "__slots__")
        or hasattr(Span, "__post_init__")
    ):
        return _plain
    set_start = Span.__dict__["start"].__set__
    set_end = Span.__dict__["end"].__set__
    new = object.__new__

    def build(start: int, end: int) -> Span:
        sp = new(Span)
        set_start(sp, start)
        set_end(sp, end)
        return sp

    return build


span = _builder()
