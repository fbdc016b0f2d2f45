"""``span(start, end)``: a ``Span`` made without its constructor's keyword binding.

``Span(start=..., end=...)`` of a frozen dataclass sets each field through
``object.__setattr__`` with keyword binding, in the ``__init__`` that dataclasses generates
(interpreted even in the compiled build). ``span`` makes the object and sets the same fields
through the same ``object.__setattr__`` itself: mypyc compiles each of those calls to one C call
of the generic setter, where the slot setters held as values (and ``span`` itself, a closure
held in a module variable) were generic calls, ~2,000 instructions a span. The segmenter makes
one per paragraph of every page. The fields are checked once here: a ``Span`` with other
fields, or a ``__post_init__``, is made by its constructor.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Final

from tally.model import Span

__all__ = ["span"]


def _plain(start: int, end: int) -> Span:
    return Span(start=start, end=end)


def _fields_known() -> bool:
    """Whether ``Span`` is made of exactly ``start`` and ``end``, in slots, with nothing run after
    its fields are set (then ``span`` sets them itself)."""
    return (
        tuple(f.name for f in fields(Span)) == ("start", "end")
        and hasattr(Span, "__slots__")
        and not hasattr(Span, "__post_init__")
    )


_FAST: Final = _fields_known()
# ``object.__new__`` and the class held in constants: a call of the one, not a look-up of ``object``
# in the builtins, of ``Span`` in the module's dict and of ``__new__`` on ``object`` per span
_NEW: Final = object.__new__
_SPAN: Final = Span


def span(start: int, end: int) -> Span:
    if not _FAST:
        return _plain(start, end)
    sp = _NEW(_SPAN)  # object.__new__(Span)
    # what the frozen dataclass's own __init__ does, field by field
    object.__setattr__(sp, "start", start)
    object.__setattr__(sp, "end", end)
    return sp
