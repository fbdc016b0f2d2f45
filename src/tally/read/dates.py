"""Infer a publication date from a report's text when none is given.

Looks for explicit calendar dates ("June 25, 2021", "25 June 2021", "2021-06-25") in the
first part of the text (datelines, headers) and then anywhere, and takes the latest one that
is not after today. Returns None when the text has none: a year alone is too vague.
"""

from __future__ import annotations

import datetime as dt
import re

from tally.gates import fold

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
_ISO_BARE = re.compile(r"-\d\d-\d\d")  # a literal first: sre scans for it in C


# the first three letters of every month name: an MDY or DMY date has one where its month starts
_MONTH_HEADS = tuple(sorted({m[:3] for m in _MONTHS}))


def infer_published(text: str, *, today: dt.date | None = None) -> dt.date | None:
    today = today or dt.date.today()
    found: list[dt.date] = []
    mdy, dmy = _month_dates(text)
    for m in mdy:
        found += _mk(m.group(3), _month(m.group(1)), m.group(2))
    for m in dmy:
        found += _mk(m.group(3), _month(m.group(2)), m.group(1))
    if _ISO_BARE.search(text):  # every ISO date has one: most texts have none
        for m in _ISO.finditer(text):
            found += _mk(m.group(1), m.group(2), m.group(3))
    found = [d for d in found if d <= today]
    return max(found) if found else None


def _month(name: str) -> int:
    """The month a matched name spells; case-insensitive matching also takes 'ſeptember' (long s)."""
    return _MONTHS[fold(name)]


def _month_dates(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The matches of ``_MDY`` and of ``_DMY`` in ``text``, as ``finditer`` gives them.

    The case-insensitive month alternation is slow to try at every position, so the dates are
    tried only where a month name may start: where the folded text has a month's first three
    letters (``fold`` keeps offsets unless the text has a dotted capital I or a combining dot).
    Two dates of one pattern never overlap (within one only its month has letters, and a month
    starts at a word boundary), so matching at each such place finds what ``finditer`` finds.
    """
    if "\u0130" in text or "\u0307" in text:
        return list(_MDY.finditer(text)), list(_DMY.finditer(text))
    mdy: list[re.Match[str]] = []
    dmy: list[re.Match[str]] = []
    for p in _month_heads(fold(text)):
        m = _MDY.match(text, p)
        if m:
            mdy.append(m)
        # "3 March 2022": the day and the spaces just before the month
        j = p
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j < p:
            for s in (j - 2, j - 1):
                m = _DMY.match(text, s) if s >= 0 else None
                if m:
                    dmy.append(m)
                    break
    return mdy, dmy


def _month_heads(low: str) -> list[int]:
    """Every offset where ``low`` has a month's first three letters, in order."""
    out: list[int] = []
    for head in _MONTH_HEADS:
        i = low.find(head)
        while i >= 0:
            out.append(i)
            i = low.find(head, i + 1)
    out.sort()
    return out


def _mk(y: str | int, m: str | int, d: str | int) -> list[dt.date]:
    try:
        return [dt.date(int(y), int(m), int(d))]
    except ValueError:
        return []
