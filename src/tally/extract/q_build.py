"""Quantities made fast: ``_quantity(...)`` is ``Quantity(...)`` with its 12 fields in order.

``Quantity(...)`` of a frozen dataclass sets its 12 fields through ``object.__setattr__`` with
keyword binding (~1.7 us); the slots' own setters do the same in a third of the time. The
field order is checked once here, so a field added to ``Quantity`` falls back to its __init__.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from tally.model import Quantity

_Q_FIELDS = ("start", "end", "text", "value", "unit", "value_high", "counted", "approx", "per",
             "kind_hint", "paired_with", "rules")


def _slow_quantity(start: int, end: int, text: str, value: float | None, unit: str,
                   value_high: float | None, counted: str | None, approx: str, per: str | None,
                   kind_hint: str | None, paired_with: int | None, rules: tuple[str, ...]) -> Quantity:
    return Quantity(start=start, end=end, text=text, value=value, unit=unit, value_high=value_high,
                    counted=counted, approx=approx, per=per, kind_hint=kind_hint,
                    paired_with=paired_with, rules=rules)


def _quantity_builder() -> Callable[..., Quantity]:
    if tuple(f.name for f in fields(Quantity)) != _Q_FIELDS or not hasattr(Quantity, "__slots__") or (
        hasattr(Quantity, "__post_init__")
    ):
        return _slow_quantity
    setters = tuple(Quantity.__dict__[n].__set__ for n in _Q_FIELDS)
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11 = setters
    new = object.__new__

    def build(start: int, end: int, text: str, value: float | None, unit: str,
              value_high: float | None, counted: str | None, approx: str, per: str | None,
              kind_hint: str | None, paired_with: int | None, rules: tuple[str, ...]) -> Quantity:
        q = new(Quantity)
        s0(q, start); s1(q, end); s2(q, text); s3(q, value); s4(q, unit); s5(q, value_high)  # noqa: E702
        s6(q, counted); s7(q, approx); s8(q, per); s9(q, kind_hint); s10(q, paired_with)     # noqa: E702
        s11(q, rules)
        return q

    return build


_quantity = _quantity_builder()
