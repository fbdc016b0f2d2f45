"""Plain-words formatting of figures and checks ("56.11 bn yuan", "23.9%", "±0.01 bn")."""

from __future__ import annotations

import math

from tally.model import Check

_SCALES = ((1e12, "trn"), (1e9, "bn"), (1e6, "mn"))
_CURRENCY = {"CNY": ("", " yuan"), "USD": ("$", ""), "EUR": ("€", ""), "GBP": ("£", ""),
             "JPY": ("", " yen"), "HKD": ("HK$", "")}


def scale_for(*values: float | None) -> tuple[float, str]:
    """One scale for a set of figures, chosen by the largest of them."""
    vs = [abs(v) for v in values if v is not None and not math.isinf(v)]
    top = max(vs, default=0.0)
    for k, name in _SCALES:
        if top >= k:
            return k, name
    return 1.0, ""


def num(x: float, digits: int = 4) -> str:
    """A number with thousands separators and at most ``digits`` decimals, trailing zeros cut."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    s = f"{x:,.{digits}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def amount(value: float | None, unit: str, scale: tuple[float, str] | None = None, digits: int = 4) -> str:
    """A figure in words: ``56.11 bn yuan``, ``$13.99 bn``, ``23.9%``, ``3.5 times``, ``3,368``."""
    if value is None:
        return "?"
    if unit == "percent":
        return f"{num(value, digits)}%"
    if unit == "percentage_point":
        return f"{num(value, digits)} pp"
    if unit == "times":
        return f"{num(value, digits)} times"
    k, name = scale or scale_for(value)
    body = num(value / k, digits) + (f" {name}" if name else "")
    pre, post = _CURRENCY.get(unit, ("", "" if unit in ("count", "") else f" {unit}"))
    return f"{pre}{body}{post}"


def tol(value: float | None, unit: str, scale: tuple[float, str] | None = None) -> str:
    if value is None:
        return "open-ended"
    return "±" + amount(value, unit, scale)


def format_check(check: Check, *, width: int = 0) -> str:
    """One line for a table: status, rule, key, explanation (cut to ``width`` if given)."""
    line = f"{check.status:<13} {check.rule:<11} {check.key:<40} {check.explanation}"
    if width and len(line) > width:
        line = line[: width - 1] + "…"
    return line
