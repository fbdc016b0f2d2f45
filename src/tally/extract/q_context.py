"""Reading the text around a position of a quantity: the word before or after it, the first visible
character after it (``_lead``, which the grammar's ``*_lead`` sets gate the tail patterns on),
and a word pattern's match read on the page's lower-cased image where there is one (``_word_at``,
``_run_at``).
"""

from __future__ import annotations

import re
from typing import Final

from tally.extract.numbers import NON_ASCII
from tally.extract.q_state import _Page, _page

_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD_PUNCT: Final = frozenset("_&’'.-")


def _word_before(text: str, pos: int, lo: int = 0) -> str:
    """The word ending right before ``pos``: what a search for a word then blanks at the end
    (``WORD_BEFORE`` in tests/extract/test_q_context.py) finds when searched
    in the 40 characters before it, read backwards here (the search tries every start)."""
    lo = max(lo, pos - 40)
    e = pos
    while e > lo and (text[e - 1] == " " or text[e - 1] == "\t"):   # [ \t]*(?:\n[ \t]*)?\Z
        e -= 1
    if e > lo and text[e - 1] == "\n":
        e -= 1
        while e > lo and (text[e - 1] == " " or text[e - 1] == "\t"):
            e -= 1
    s = e
    while s > lo:                                              # [\w&’'.-]*
        c = text[s - 1]
        if c.isalnum() or c in _WORD_PUNCT:
            s -= 1
        else:
            break
    while s < e and not 97 <= (ord(text[s]) | 32) <= 122:      # starting with [A-Za-z]
        s += 1
    return text[s:e]


def _lead(text: str, pos: int, end: int) -> str:
    """The first visible (non-``\\s``) character of ``text[pos:end]``, lower-cased; ``NON_ASCII``
    for any non-ASCII character; "" if none.

    The patterns matched after a number start with blanks and then a word, symbol or sign; a
    ``*_lead`` set of the grammar holds the (lower-cased) characters their match can go on with
    after the blanks, so a lead outside it means no match. ``NON_ASCII`` is in every such set
    built by ``initials`` (IGNORECASE also folds "K", "ſ", "İ", "ı" onto ASCII letters).
    """
    if pos < end and text[pos] == " ":                         # the usual single blank
        pos += 1
    while pos < end:
        c = text[pos]
        if not c.isspace():
            return c.lower() if c < NON_ASCII else NON_ASCII
        pos += 1
    return ""


def _word_after(text: str, pos: int, end: int) -> str:
    """The word after ``pos``: group "w" of ``WORD_AFTER`` (tests/extract/test_q_context.py)
    matched at ``pos`` up to ``end``, "" where it does not match, read character by character here
    (compiled: plain reads, not a regex call and its working stack). The pattern skips blanks and
    at most one line break (``[ \\t]*(?:\\n[ \\t]*)?``, no choice left: a letter must
    follow), then reads an ASCII letter and a run of ``[\\w’'-]`` (``\\w``: ``str.isalnum`` or "_")."""
    if end > len(text):
        end = len(text)
    i = pos
    while i < end and (text[i] == " " or text[i] == "\t"):
        i += 1
    if i < end and text[i] == "\n":
        i += 1
        while i < end and (text[i] == " " or text[i] == "\t"):
            i += 1
    if i >= end or not 97 <= (ord(text[i]) | 32) <= 122:
        return ""
    j = i + 1
    while j < end:
        c = text[j]
        if c.isalnum() or c == "_" or c == "’" or c == "'" or c == "-":
            j += 1
        else:
            break
    return text[i:j]


# 1 for a Latin-1 blank (``q_units.LATIN1_SPACE``), 2 for "-", 0 for any other byte (``_run_at``)
_SKIP_B: Final = bytes(1 if chr(i).isspace() else 2 if i == 45 else 0 for i in range(256))


def _run_at(low: bytes, p: int, stop: int, dash: bool) -> bytes | None:
    """The run of ASCII lower-case letters of ``low[:stop]`` at its first byte from ``p`` on that
    is no blank (nor "-" with ``dash``), b"" if none is there: where a pattern skipping no more
    than those (its blanks, a dash with ``dash``) matches a word of ``q_units.letter_runs``, this
    is one of them. None (no answer) where a "-" comes first without ``dash``."""
    while p < stop:
        k = _SKIP_B[low[p]]
        if k == 0:
            break
        if k == 2 and not dash:
            return None
        p += 1
    q = p
    while q < stop and 97 <= low[q] <= 122:
        q += 1
    return low[p:q]


def _word_at(text: str, pos: int, end: int, twin: re.Pattern[bytes] | None,
             pattern: re.Pattern[str], runs: frozenset[bytes] | None = None,
             dash: bool = False, page: _Page | None = None) -> tuple[int, int] | None:
    """The span of group 1 of ``pattern.match(text, pos, end)``, a pattern ending with that group
    and ``\\b`` after its words (ASCII, ending with a letter), IGNORECASE: read on the page's
    image where there is one with ``twin``, the same pattern case-sensitive there and with
    ``(?![a-z0-9_])`` for ``\\b``, which is ``\\b`` where the character after it is ASCII or none
    (elsewhere the pattern decides). ``runs``: the first letter runs of ``twin``'s words, which
    it reads after blanks (and a dash with ``dash``): a word there with none of them is no match
    (``_run_at``), without the regex call. ``page``: this thread's ``_page()`` if known."""
    if page is None:
        page = _page()
    low = page.low
    if low is not None and twin is not None and text is page.text and page.lo <= pos and end <= page.stop:
        lo = page.lo
        if runs is not None:
            run = _run_at(low, pos - lo, end - lo, dash)
            if run is not None and run not in runs:
                return None
        m = twin.match(low, pos - lo, end - lo)
        if m is None:
            return None                                        # (nor does the pattern match)
        s, e = m.span(1)
        if e == end - lo or (low[e] < 128 and low[e] != 63):   # not before "?" nor a non-ASCII one
            return s + lo, e + lo
    pm = pattern.match(text, pos, end)
    return pm.span(1) if pm else None
