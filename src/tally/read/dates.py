"""Infer a publication date from a report's text when none is given.

Looks for explicit calendar dates ("June 25, 2021", "25 June 2021", "2021-06-25") in the
first part of the text (datelines, headers) and then anywhere, and takes the latest one that
is not after today. Returns None when the text has none: a year alone is too vague.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.I)
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


def infer_published(text: str, *, today: dt.date | None = None) -> dt.date | None:
    today = today or dt.date.today()
    found: list[dt.date] = []
    for m in _MDY.finditer(text):
        found += _mk(m.group(3), _MONTHS[m.group(1).lower()], m.group(2))
    for m in _DMY.finditer(text):
        found += _mk(m.group(3), _MONTHS[m.group(2).lower()], m.group(1))
    for m in _ISO.finditer(text):
        found += _mk(m.group(1), m.group(2), m.group(3))
    found = [d for d in found if d <= today]
    return max(found) if found else None


def _mk(y: str | int, m: str | int, d: str | int) -> list[dt.date]:
    try:
        return [dt.date(int(y), int(m), int(d))]
    except ValueError:
        return []
