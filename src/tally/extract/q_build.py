"""Quantities made fast: ``_quantity(...)`` is ``Quantity(...)`` with its 12 fields in order.

``Quantity(...)`` of a frozen dataclass sets its 12 fields through ``object.__setattr__`` with
keyword binding (~1.7 us), in its ``__init__`` that dataclasses generates (interpreted even in
the compiled build). ``_quantity`` makes the object and sets the same fields through the same
``object.__setattr__`` itself: mypyc compiles each of those calls to one C call of the generic
setter (no Python call, no arguments packed), where a slot setter held as a value was a generic
call. The field order is checked once here, so a field added to ``Quantity`` falls back to its
``__init__``.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Final

from tally.model import Quantity

_Q_FIELDS: Final[tuple[str, ...]] = (
    "start", "end", "text", "value", "unit", "value_high", "counted", "approx", "per",
    "kind_hint", "paired_with", "rules",
)


def _slow_quantity(start: int, end: int, text: str, value: float | None, unit: str,
                   value_high: float | None, counted: str | None, approx: str, per: str | None,
                   kind_hint: str | None, paired_with: int | None, rules: tuple[str, ...]) -> Quantity:
    return Quantity(start=start, end=end, text=text, value=value, unit=unit, value_high=value_high,
                    counted=counted, approx=approx, per=per, kind_hint=kind_hint,
                    paired_with=paired_with, rules=rules)


def _fields_known() -> bool:
    """Whether ``Quantity`` is made of exactly ``_Q_FIELDS``, in slots, with nothing run after
    its fields are set (then ``_quantity`` sets them itself)."""
    return (
        tuple(f.name for f in fields(Quantity)) == _Q_FIELDS and hasattr(Quantity, "__slots__")
        and not hasattr(Quantity, "__post_init__")
    )


_FAST: Final = _fields_known()
# ``object.__new__`` read once: each ``_quantity`` calls it without looking ``object`` up among the
# builtins and ``__new__`` on it (two generic look-ups per quantity in the compiled build)
_NEW: Final = object.__new__


def _quantity(start: int, end: int, text: str, value: float | None, unit: str,
              value_high: float | None, counted: str | None, approx: str, per: str | None,
              kind_hint: str | None, paired_with: int | None, rules: tuple[str, ...]) -> Quantity:
    if not _FAST:
        return _slow_quantity(start, end, text, value, unit, value_high, counted, approx, per,
                              kind_hint, paired_with, rules)
    q: Quantity = _NEW(Quantity)                               # (``object.__new__``, not looked up)
    # what the frozen dataclass's own __init__ does, field by field
    object.__setattr__(q, "start", start)
    object.__setattr__(q, "end", end)
    object.__setattr__(q, "text", text)
    object.__setattr__(q, "value", value)
    object.__setattr__(q, "unit", unit)
    object.__setattr__(q, "value_high", value_high)
    object.__setattr__(q, "counted", counted)
    object.__setattr__(q, "approx", approx)
    object.__setattr__(q, "per", per)
    object.__setattr__(q, "kind_hint", kind_hint)
    object.__setattr__(q, "paired_with", paired_with)
    object.__setattr__(q, "rules", rules)
    return q
