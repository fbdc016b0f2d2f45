"""Period length classes for charts: only periods of one length may share a line.

A five-month total next to a full year looks like a fall; the chart and the series API
therefore class each period by its length (``year``, ``5 months``, ``5 years``, ...).
"""

from __future__ import annotations

import calendar
from datetime import date

from tally.model import period_bounds

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def span(period: str | None) -> tuple[date, date] | None:
    """First and last day of a period, or None when it has no readable bounds."""
    lo, hi = period_bounds(period)
    try:
        return (date.fromisoformat(lo), date.fromisoformat(hi)) if lo and hi else None
    except ValueError:
        return None


def months(period: str | None) -> int | None:
    """Whole months a period covers (``2021-01/2021-05`` → 5), None unless month-aligned."""
    s = span(period)
    if s is None:
        return None
    lo, hi = s
    if lo.day != 1 or hi.day != calendar.monthrange(hi.year, hi.month)[1]:
        return None
    n = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    return n if n > 0 else None


def period_class(period: str | None) -> str | None:
    """The length class: ``date``, ``N days``, ``month``, ``N months``, ``year``, ``N years``."""
    s = span(period)
    if s is None:
        return None
    n = months(period)
    if n is None:
        days = (s[1] - s[0]).days + 1
        return "date" if days == 1 else f"{days} days" if days > 1 else None
    if n == 12 and s[0].month == 1:
        return "year"
    if n % 12 == 0 and n > 12 and s[0].month == 1:
        return f"{n // 12} years"
    return "month" if n == 1 else f"{n} months"


def class_order(cls: str | None) -> tuple[int, str]:
    """Sort key of a class: shortest first, unclassed last."""
    if cls is None:
        return (1 << 30, "")
    if cls == "date":
        return (0, cls)
    num, _, what = cls.partition(" ")
    if not what:  # "month", "year"
        return ({"month": 31, "year": 366}[num], cls)
    per = {"days": 1, "months": 31, "years": 366}[what]
    return (int(num) * per, cls)


def class_label(cls: str | None, periods: list[str]) -> str:
    """Legend words for one class over the periods of a trace: "annual", "5 months (Jan–May)"."""
    if cls is None:
        return ""
    if cls == "year":
        return "annual"
    if cls == "month":
        return "monthly"
    if cls == "date":
        return "on a date"
    spans = {s for s in map(span, periods) if s is not None}
    if cls.endswith("years"):
        if len(set(periods)) == 1 and spans:
            lo, hi = next(iter(spans))
            return f"{lo.year}–{hi.year} total"
        return f"{cls[: -len(' years')]}-year totals"
    if cls.endswith("months"):
        ranges = {(lo.month, hi.month) for lo, hi in spans}
        if len(ranges) == 1:
            a, b = next(iter(ranges))
            return f"{cls} ({_MONTHS[a - 1]}–{_MONTHS[b - 1]})"
    return cls
