"""Find quantities in text: numbers with scale, unit or currency, range, approximator.

    from tally.extract.quantities import find_quantities
    find_quantities(text, start=0, end=None) -> list[Quantity]

One big compiled regex (``q_grammar.grammar().atom``) finds where a quantity may start; a
little Python per match reads what is around it with small anchored regexes: a currency
symbol before, a scale word, a range tail, a unit or currency name, a "per ..." tail, an
approximator before or after, and for bare counts the counted noun. All words come from the
data tables (numbers.yaml, units.yaml, currencies.yaml, counted.yaml).

``scan(text, start, end, options)`` is the same with switches for annotation conventions
other than Tally's facts (``Options``); ``find_quantities`` uses the defaults.

This module holds the scan loop: where the atom matches (read by character tests or on the
page's image before the regex), the dispatch to the handlers, the units an elliptic number
takes from the one before it, and the bracketed pairs of currency amounts. The rest, in the
order a cardinal is read:

- ``q_state``: ``Options``, the quantity being built (``_Q``), this thread's page, the tables;
- ``q_context``: the words and the first character around a position;
- ``q_cardinal``: the cardinal handler, which calls on
  ``q_number`` (the number, its currency prefix and scale; ``q_currency``: currencies),
  ``q_unit_tail`` (the unit or currency after it, "per" tails), ``q_range`` (range tails),
  ``q_keep`` (whether it is a quantity), ``q_approx`` (approximators) and ``q_counted``
  (the counted noun);
- ``q_atoms``: the handlers of the other atoms (ordinals, ranks, fractions, multiples, ...).

The names the tests and bench scripts read from this module stay importable from it (imported
back ``as`` themselves).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Final

from tally.extract.numbers import EXACT as _EXACT  # noqa: F401
from tally.extract.numbers import times as _times  # noqa: F401
from tally.extract.q_approx import _approx_before as _approx_before
from tally.extract.q_approx import _may_end_approximator as _may_end_approximator
from tally.extract.q_atoms import (
    _h_aunit,
    _h_couple,
    _h_fold,
    _h_fraction,
    _h_multiple,
    _h_ordinal,
    _h_sci,
    _h_slash,
    _h_superlative,
    _h_top,
    _h_vague,
)
from tally.extract.q_atoms import _owner_before as _owner_before
from tally.extract.q_atoms import _rank_verb_before as _rank_verb_before
from tally.extract.q_build import _Q_FIELDS as _Q_FIELDS
from tally.extract.q_build import _quantity
from tally.extract.q_build import _slow_quantity as _slow_quantity
from tally.extract.q_cardinal import _AM_PM_FIRST as _AM_PM_FIRST
from tally.extract.q_cardinal import _AM_PM_SECOND as _AM_PM_SECOND
from tally.extract.q_cardinal import _RX_H_CARDINAL_1 as _RX_H_CARDINAL_1
from tally.extract.q_cardinal import _S as _S
from tally.extract.q_cardinal import _after_number_lead as _after_number_lead
from tally.extract.q_cardinal import _age as _age
from tally.extract.q_cardinal import _h_cardinal
from tally.extract.q_cardinal import _minus_before as _minus_before
from tally.extract.q_context import _lead as _lead
from tally.extract.q_context import _run_at as _run_at
from tally.extract.q_context import _word_after as _word_after
from tally.extract.q_context import _word_at as _word_at
from tally.extract.q_context import _word_before as _word_before
from tally.extract.q_counted import counted_phrase as counted_phrase
from tally.extract.q_currency import _RATE_AFTER as _RATE_AFTER
from tally.extract.q_currency import _RATE_LEAD as _RATE_LEAD
from tally.extract.q_currency import _prefix_before as _prefix_before
from tally.extract.q_grammar import candidates as candidates
from tally.extract.q_grammar import candidates_in, image
from tally.extract.q_keep import _clock_time as _clock_time
from tally.extract.q_number import _Num as _Num
from tally.extract.q_number import _scale_word as _scale_word
from tally.extract.q_range import _range_word_at as _range_word_at
from tally.extract.q_state import _G, _Q, _REG, DEFAULT, Options, _page
from tally.extract.q_state import _LEX as _LEX
from tally.extract.q_state import _Page as _Page
from tally.extract.q_unit_tail import _read_per
from tally.extract.q_unit_tail import _read_unit as _read_unit
from tally.extract.q_unit_tail import _Unit as _Unit
from tally.model import Quantity

__all__ = ["Options", "find_quantities", "scan", "counted_phrase"]


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in ``text[start:end]``, sorted by start, offsets into ``text``."""
    return scan(text, start, end, DEFAULT)


def scan(text: str, start: int = 0, end: int | None = None,
         options: Options = DEFAULT) -> list[Quantity]:
    if end is None or end > len(text):
        end = len(text)
    start = max(0, start)
    g = _G
    out: list[_Q] = []
    pos = start
    atom = g.atom
    b = image(text, start, end)
    page = _page()
    page.text, page.lo, page.stop = text, start - 1 if start > 0 else 0, end
    page.low = low = b.lower() if b is not None else None
    need = _REG.age_needs
    page.ages = low is None or not need or low.find(need) >= 0
    wab = g.word_atom_b if low is not None else None
    lo = page.lo
    for cs in candidates_in(g, text, start, end, b, low):
        if cs < pos:
            continue
        e = _plain_number_end(text, cs, end)
        kind = ""
        if e >= 0:                                             # what ``atom`` matches there: a "num"
            kind, s = "num", cs
        elif low is not None and wab is not None and 97 <= (ord(text[cs]) | 32) <= 122:
            # a word: ``atom``'s word-led part on the image first (``Grammar.word_atom_b``), whose
            # matches hold ``atom``'s (its ``\b`` is one before ASCII and more otherwise)
            bm = wab.match(low, cs - lo, end - lo)
            if bm is None:
                continue                                       # (nor does ``atom`` match)
            s, e = bm.span()
            seg = low[s : e + 1]                               # what it read but for lookaheads
            group = bm.lastgroup
            assert group is not None
            if (group not in _LOOK_ON or group == "aunit" and _aunit_exact(low, e, end - lo)) and (
                seg.isascii() and 63 not in seg                # (63: "?"; an int, not b"?": ``in`` tries a
            ):                                                 # bytes needle as an int first, and raises)
                kind, s, e = group, s + lo, e + lo              # all ASCII: ``atom``'s match
        if not kind:
            m = atom.match(text, cs, end)
            if m is None:
                continue
            group = m.lastgroup
            assert group is not None  # every atom alternative is a named group
            kind = group
            s, e = m.span()
        if kind == "num" or kind == "wnum" or kind == "a":
            q = _h_cardinal(text, kind, s, e, end, options, page)
        else:
            q = _handle(text, kind, s, e, end, options)
        if q is None:
            continue
        if isinstance(q, int):                                 # a span read and rejected as a whole
            pos = q
            continue
        if q.start < start or q.end > end:
            continue
        if out and q.start < out[-1].end:                      # a symbol claimed by both: "0€0"
            continue
        out.append(q)
        pos = q.end
    _elliptic(text, out)
    return _pair(text, out)


# the word-led atom alternatives whose lookaheads read words beyond the match (with ``\b``):
# ``scan`` takes their match from ``atom`` itself (for "aunit" only where ``_aunit_exact`` fails)
_LOOK_ON: Final = frozenset({"frac", "a", "aunit", "vague"})


def _aunit_exact(low: bytes, e: int, stop: int) -> bool:
    """Whether ``atom``'s "aunit" match ("a year") is the one ``Grammar.word_atom_b`` found on the
    page's image, its "a"/"an" ending at ``e`` (``stop``: where the image match stopped).

    The alternative's lookahead reads ``[ \\t]+``, one of ``_A_UNITS`` and ``\\b(?!-)``, which the
    image reads alike (the same blanks, an ASCII word in any case lower-cased, no character
    folding onto one) but for ``\\b``, which there is ``(?![a-z0-9_])``: the same where the
    character after the unit word is ASCII (and no "?", which may stand for a letter beyond
    Latin-1) or where the match stops. The earlier alternatives are refused on the image where
    they are in the text (the image reads each at most as strictly), so ``atom`` tries this one
    too. The unit word is the run of letters after the blanks (none is a prefix of another)."""
    k = e
    while k < stop and (low[k] == 32 or low[k] == 9):
        k += 1
    while k < stop and 97 <= low[k] <= 122:
        k += 1
    return k == stop or (low[k] < 128 and low[k] != 63)


def _plain_number_end(text: str, s: int, end: int) -> int:
    """Where ``grammar().atom.match(text, s, end)`` ends when character tests alone tell that
    it matches a plain number there (its "num" alternative): -1 when they cannot tell.

    The atom tries four digit-led alternatives first ("3rd", "5x10^3", "3-fold", "1/2"), each of
    which needs after the digits an ordinal letter (s, n, r, t), an "x"/"×" (blanks before it
    allowed, a decimal part before those), an "f"/"-f", or a "/"/"⁄": where none follows, the
    atom is ``numbers.DIGITS``, which for a run of ASCII digits with no digit, "," or "." before
    it and no "," and digit after it is that run and its decimal part. Anything else (a non-ASCII
    digit or letter, a "," in the number, a "." start) is left to the regex. (Characters are
    read as ``ord(text[i])``, which mypyc compiles to a plain read.)"""
    if s >= end or not 48 <= ord(text[s]) <= 57:
        return -1
    if s > 0:
        p = ord(text[s - 1])
        if p == 44 or p == 46 or 48 <= p <= 57 or (p >= 128 and text[s - 1].isdecimal()):
            return -1                                          # DIGITS' lookbehinds: [\d,] or "."
    j = s + 1
    while j < end and 48 <= ord(text[j]) <= 57:
        j += 1
    if j == end:
        return j
    c = text[j]
    if c == "." and j + 1 < end and 48 <= ord(text[j + 1]) <= 57:
        j += 2                                                 # the decimal part
        while j < end and 48 <= ord(text[j]) <= 57:
            j += 1
        if j == end:
            return j
        c = text[j]
        if c in "fFxX":
            return -1                                          # "3.5-fold", "1.5x10^3" (sci, fold)
    elif c in "sSnNrRtTfFxX/":
        return -1                                              # "3rd", "5x10^3", "3fold", "1/2"
    elif c == ",":
        if j + 1 < end and text[j + 1].isdecimal():
            return _grouped_number_end(text, s, j, end)        # "1,234": DIGITS' groups
        return j
    elif c == "." and j + 1 < end and text[j + 1].isdecimal():
        return -1                                              # a decimal part in non-ASCII digits
    if c == "-":
        return -1 if j + 1 < end and text[j + 1] in "fF" else j   # "3-fold"; "5-year" is a number
    if ord(c) >= 128 and (c.isalnum() or c == "\u00d7" or c == "\u2044"):
        return -1                                              # a non-ASCII digit or letter, "×", "⁄"
    if c.isspace():
        k = j + 1
        while k < end and text[k].isspace():
            k += 1
        if k < end and text[k] in "xX\u00d7":
            return -1                                          # "5 x 10^3"
    return j


def _grouped_number_end(text: str, s: int, j: int, end: int) -> int:
    """``_plain_number_end`` for a run of ASCII digits ``[s, j)`` followed by "," and a decimal
    digit, where ``atom``'s guard fails (no letter, "/", "x" or "f" after the first run), so the
    atom is its "num", ``numbers.DIGITS``: where DIGITS' match ends, read by its alternatives in
    order. The first group after the first run decides between them: two digits, Indian grouping
    (one or two digits, one or more ",dd", then ",ddd" and no digit nor ","); three, thousands
    (one to three digits, then ",ddd" groups while they hold three digits, ending before no
    digit); else the first run alone. Then the decimal part. -1 where a non-ASCII decimal digit
    follows a run (``\\d`` reads on there: the regex decides)."""
    r = j - s
    pos = j                                                    # the "," before the next group
    indian = False
    while pos < end and text[pos] == ",":
        q = pos + 1
        while q < end and 48 <= ord(text[q]) <= 57:
            q += 1
        if q < end and ord(text[q]) >= 128 and text[q].isdecimal():
            return -1
        n = q - pos - 1
        if pos == j:                                           # the first group: which alternative
            if n == 2 and r <= 2:
                indian = True
            elif n != 3 or r > 3:
                return j                                       # \d+ (a "," follows: no decimal part)
        if indian:                                             # \d{1,2}(?:,\d\d)+,\d{3}(?![\d,])
            if n == 3 and pos > j:
                if q < end and text[q] == ",":
                    return j
                pos = q
                break
            if n != 2:
                return j
        elif n != 3:                                           # \d{1,3}(?:,\d{3})+(?![\d]): ends before it
            break
        pos = q
    else:
        if indian:
            return j                                           # no ",ddd" after the pairs
    # the decimal part (?:\.\d+)?
    if pos + 1 < end and text[pos] == ".":
        c = text[pos + 1]
        if 48 <= ord(c) <= 57:
            q = pos + 2
            while q < end and 48 <= ord(text[q]) <= 57:
                q += 1
            if q < end and ord(text[q]) >= 128 and text[q].isdecimal():
                return -1
            return q
        if c.isdecimal():
            return -1
    return pos


_ELLIPSIS_GAP: Final = re.compile(
    r"[^\S\n]*,?(?:[^\S\n]*[\w’'-]+(?![\w’'-])){0,10}?[^\S\n]*,?[^\S\n]*"
    r"\b(?i:from|to|and|or|versus|vs\.?|including|against|compared\s+with)"
    r"(?:[^\S\n]+(?i:about|nearly|around|some|the|only|just))?[^\S\n]*\Z"
)
_APPOSED_RATE: Final = re.compile(r"[^\S\n]*,?[^\S\n]*(?:or|and)[^\S\n]+")
_LEVEL_CHANGE_GAP: Final = re.compile(r"[^\S\n]*,?[^\S\n]*(?i:up|down|off)[^\S\n]+")
_NO_INHERIT: Final = frozenset({"percent", "percentage_point", "basis_point", "times", "rank"})


def _elliptic(text: str, qs: list[_Q]) -> None:
    """A bare number after a connective takes the unit of the number before it:
    "3.9 million headsets, up from 2.4 million", "from 21 mpg combined to 23",
    "69 zones at provincial and national levels, including six at the national level"."""
    for i in range(1, len(qs)):
        q = qs[i]
        if q.unit != "count" or q.counted or q.value is None or "vague" in (q.rules or ()):
            continue
        a = qs[i - 1]
        gap_from = a.end
        if a.unit in _NO_INHERIT and i >= 2 and _APPOSED_RATE.fullmatch(text, qs[i - 2].end, a.start):
            a = qs[i - 2]                                      # "lost 162.31 points, or 2.14%, to 7,425.81"
        if a.unit in _NO_INHERIT or (a.unit == "count" and not a.counted):
            continue
        if "age" in (a.rules or ()):
            continue
        if not _ELLIPSIS_GAP.fullmatch(text, gap_from, q.start):
            continue
        if a.unit == "count":
            q.counted = a.counted
        else:
            q.unit = a.unit
            q.per = q.per or a.per
        q.rules = [*(q.rules or ()), "elliptic"]
    # a level before its change in points: "the index (16,369.03, up 58.06 points)"
    for i in range(len(qs) - 1):
        q, b = qs[i], qs[i + 1]
        if q.unit != "count" or q.counted or q.value is None or "vague" in (q.rules or ()):
            continue
        if b.unit == "point" and _LEVEL_CHANGE_GAP.fullmatch(text, q.end, b.start):
            q.unit = b.unit
            q.rules = [*(q.rules or ()), "elliptic"]


def _handle(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | int | None:
    """``_HANDLERS[kind](...)`` for the kinds ``scan`` does not read as cardinals, called directly
    (compiled: a native call, not a generic call of a function held in a dict); the most frequent
    kinds first."""
    if kind == "ordw" or kind == "ord":
        return _h_ordinal(text, kind, s, e, end, opt)
    if kind == "aunit":
        return _h_aunit(text, kind, s, e, end, opt)
    if kind == "sup":
        return _h_superlative(text, kind, s, e, end, opt)
    if kind == "frac":
        return _h_fraction(text, kind, s, e, end, opt)
    if kind == "top":
        return _h_top(text, kind, s, e, end, opt)
    if kind == "vague":
        return _h_vague(text, kind, s, e, end, opt)
    if kind == "mult":
        return _h_multiple(text, kind, s, e, end, opt)
    if kind == "couple":
        return _h_couple(text, kind, s, e, end, opt)
    return _HANDLERS[kind](text, kind, s, e, end, opt)


_HANDLERS: Final[dict[str, Callable[[str, str, int, int, int, Options], _Q | int | None]]] = {
    "sci": _h_sci,
    "fold": _h_fold,
    "foldw": _h_fold,
    "ordw": _h_ordinal,
    "slash": _h_slash,
    "num": _h_cardinal,
    "wnum": _h_cardinal,
    "a": _h_cardinal,
    "ord": _h_ordinal,
    "frac": _h_fraction,
    "mult": _h_multiple,
    "vague": _h_vague,
    "top": _h_top,
    "sup": _h_superlative,
    "aunit": _h_aunit,
    "couple": _h_couple,
}


_PAIR_GAP: Final = re.compile(r"\s*\(\s*\Z")
_PAIR_END: Final = re.compile(r"\s*\)")


def _bracket_gaps(text: str, qs: list[Quantity]) -> list[int]:
    """The ``i`` in order whose gap between ``qs[i]`` and ``qs[i + 1]`` holds a "(" (ends and
    starts increase: each "(" between two quantities is in one gap, found by bisection)."""
    if len(qs) < 2:
        return []
    hi = qs[-1].start
    o = text.find("(", qs[0].end, hi)
    if o < 0:
        return []
    ends = [q.end for q in qs]
    out: list[int] = []
    while o >= 0:
        i = bisect_right(ends, o) - 1                          # the last quantity ending at or before it
        if o < qs[i + 1].start and (not out or out[-1] != i):
            out.append(i)
        o = text.find("(", o + 1, hi)
    return out


def _pair(text: str, qs: list[_Q]) -> list[Quantity]:
    """Links "1 trillion yuan (\\$154.35 billion)": two currency amounts, the second in brackets."""
    reg = _REG
    # ``scan`` keeps each quantity's start at or after the end of the one before: already sorted
    frozen = [q.freeze(text) for q in qs]
    for i in _bracket_gaps(text, frozen):                      # what _PAIR_GAP needs, tested first
        a, b = frozen[i], frozen[i + 1]
        if not (reg.is_currency(a.unit) and reg.is_currency(b.unit)):   # pairing keeps the units
            continue
        if a.paired_with is not None or a.unit == b.unit:
            continue
        if not _PAIR_GAP.match(text[a.end : b.start]) or not _PAIR_END.match(text, b.end):
            continue
        approx_a = a.approx if a.approx != "=" else b.approx
        approx_b = b.approx if b.approx != "=" else a.approx
        per = a.per or b.per
        rules_a = a.rules
        unit_a, unit_b = a.unit, b.unit
        if per is None:
            close = _PAIR_END.match(text, b.end)
            assert close is not None  # checked above
            tail = _Q(b.start, close.end(), b.value, unit=b.unit)
            _read_per(text, tail, len(text))
            per = tail.per
            if per is not None:
                rules_a = (*rules_a, "per")                    # the tail after ")" belongs to the main amount
                if tail.unit != b.unit:                        # "1,200 zloty (€256) a ton": PLN/t and EUR/t
                    unit_a, unit_b = f"{a.unit}/{per}", tail.unit
        frozen[i] = _quantity(a.start, a.end, a.text, a.value, unit_a, a.value_high, a.counted,
                              approx_a, per, a.kind_hint, i + 1, rules_a)      # ``replace``, faster
        frozen[i + 1] = _quantity(b.start, b.end, b.text, b.value, unit_b, b.value_high, b.counted,
                                  approx_b, per, b.kind_hint, i, b.rules)
    return frozen
