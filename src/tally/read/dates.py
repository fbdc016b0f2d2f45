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
# the shortest and longest month name, and the longest day (``\d{1,2}``): a word of another
# length before a year is no part of a date
_MONTH_MIN, _MONTH_MAX = min(map(len, _MONTHS)), max(map(len, _MONTHS))
_DAY_MAX = 2


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
    tried only where one can start. Both patterns end with a year ("19" or "20" and two digits)
    after white space; from each such year the text is read backwards to the one place where a
    date ending there could start (see ``_mdy_start``, ``_dmy_start``) and the pattern is matched
    there. Two dates of one pattern never overlap (within one only its month has letters, and a
    month starts at a word boundary), so matching at each such place finds what ``finditer``
    finds (in another order: only the dates found count).
    """
    mdy: list[re.Match[str]] = []
    dmy: list[re.Match[str]] = []
    for lead in ("19", "20"):
        y = text.find(lead, 1)
        while y >= 0:
            if text[y - 1].isspace():
                s = _mdy_start(text, y)
                m = _MDY.match(text, s) if s >= 0 else None
                if m:
                    mdy.append(m)
                s = _dmy_start(text, y)
                m = _DMY.match(text, s) if s >= 0 else None
                if m:
                    dmy.append(m)
            y = text.find(lead, y + 1)
    return mdy, dmy


# Read backwards from a year. ``\s``, ``\d`` and ``\w`` of ``re`` on ``str`` are exactly the
# characters for which ``str.isspace``, ``str.isdecimal`` and ``str.isalnum`` (or "_") hold.
def _mdy_start(text: str, y: int) -> int:
    """Where "month[.] day[,] year" ending with the year at ``y`` would start, or -1.

    The day is a whole run of word characters ("," or white space after it, white space before
    it) and so is the month (a word boundary before it, "." or white space after it)."""
    j = _skip_space(text, y - 1)
    if j >= 0 and text[j] == ",":
        j -= 1
    d = _word_start(text, j)
    if not 0 < j + 1 - d <= _DAY_MAX or d == 0 or not text[d - 1].isspace():
        return -1
    if not text[d : j + 1].isdecimal():
        return -1
    j = _skip_space(text, d - 1)
    if j >= 0 and text[j] == ".":
        j -= 1
    m = _word_start(text, j)
    return m if _MONTH_MIN <= j + 1 - m <= _MONTH_MAX else -1


def _dmy_start(text: str, y: int) -> int:
    """Where "day month[.][,] year" ending with the year at ``y`` would start, or -1."""
    j = _skip_space(text, y - 1)
    if j >= 0 and text[j] == ",":
        j -= 1
    if j >= 0 and text[j] == ".":
        j -= 1
    m = _word_start(text, j)
    if not _MONTH_MIN <= j + 1 - m <= _MONTH_MAX or m == 0 or not text[m - 1].isspace():
        return -1
    j = _skip_space(text, m - 1)
    d = _word_start(text, j)
    return d if 0 < j + 1 - d <= _DAY_MAX and text[d : j + 1].isdecimal() else -1


def _skip_space(text: str, j: int) -> int:
    """The last offset at or before ``j`` that is not white space (-1 if none)."""
    while j >= 0 and text[j].isspace():
        j -= 1
    return j


def _word_start(text: str, j: int) -> int:
    """The start of the run of word characters ending at ``j`` (``j + 1`` if ``text[j]`` is none)."""
    while j >= 0 and (text[j].isalnum() or text[j] == "_"):
        j -= 1
    return j + 1


def _mk(y: str | int, m: str | int, d: str | int) -> list[dt.date]:
    try:
        return [dt.date(int(y), int(m), int(d))]
    except ValueError:
        return []
