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
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from math import isfinite
from typing import Any, Final

from tally.data import load
from tally.extract.numbers import EXACT as _EXACT  # noqa: F401 (tests use it)
from tally.extract.numbers import (
    NON_ASCII,
    alternation,
    initials,
    lexicon,
    parse_number,
    parse_words,
    scale_of,
)
from tally.extract.numbers import times as _times
from tally.extract.q_build import _Q_FIELDS, _quantity, _slow_quantity  # noqa: F401 (tests use them)
from tally.extract.q_grammar import candidates, candidates_in, grammar, image  # noqa: F401
from tally.extract.q_nouns import NounPhrase, canonical_counted, noun_phrase, singular, tables
from tally.extract.q_units import _norm, prefix_code, registry
from tally.model import Quantity

# patterns of the re calls below, compiled once
_RX_H_FRACTION_1: Final = re.compile(r"[ -]")
# after a fraction word, a percentage point or a percent it is a part of ("half a percentage point")
_FRACTION_OF_A_POINT: Final = re.compile(
    r"\s+(?:of\s+)?an?\s+(percentage[ -]points?|percent|per\s+cent)\b", re.IGNORECASE
)
_RX_H_SLASH_1: Final = re.compile(r"\s*[/⁄]\s*")
_RX_H_CARDINAL_1: Final = re.compile(r"\s?(?i:a\.?m\b|p\.?m\b)")
_RX_H_ORDINAL_1: Final = re.compile(r"\d+")
_RX_H_FOLD_1: Final = re.compile(r"-?fold$", re.I)
_RX_H_CARDINAL_2: Final = re.compile(r"\b(?i:minus)\s+\Z")
_AM_PM_FIRST: Final = frozenset("aApP")                 # what _RX_H_CARDINAL_1 can match first after \s?
_AM_PM_SECOND: Final = frozenset(".mM")                 # and right after that letter
_RX_RATIO_BEFORE_1: Final = re.compile(r"[.;:!?\n]\s")
_S: Final = frozenset("sS\u017f")                                     # what (?i:s) matches


def _minus_before(window: str) -> bool:
    """``_RX_H_CARDINAL_2`` in ``window``, searched only when an "s" ends it before the blanks."""
    return window.rstrip()[-1:] in _S and _RX_H_CARDINAL_2.search(window) is not None


__all__ = ["Options", "find_quantities", "scan", "counted_phrase"]


@dataclass(slots=True, frozen=True, kw_only=True)
class Options:
    """Switches between annotation conventions (Tally's facts are the defaults)."""

    singular_one: bool = False       # "one proposal", "one of the students" as counts of 1
    from_to_ranges: bool = False     # "from $160 to $180" as one range (facts: two values)
    period_durations: bool = False   # "the last three months" as a duration quantity
    ranks: bool = True               # ordinals and "top" as ranks
    multiples: bool = True           # "doubled", "twice" as 2 times
    hyphen_counts: bool = True       # "a 12-room guesthouse" as a count of 12 rooms


DEFAULT: Final = Options()


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in ``text[start:end]``, sorted by start, offsets into ``text``."""
    return scan(text, start, end, DEFAULT)


@dataclass(slots=True, init=False)
class _Q:
    """A quantity being built: ``freeze`` turns it into the ``Quantity`` (its slots are the same)."""

    start: int
    end: int
    value: float | None
    unit: str = "count"
    value_high: float | None = None
    counted: str | None = None
    approx: str = "="
    per: str | None = None
    kind_hint: str | None = None
    rules: list[str] = field(default_factory=list)
    text: str = ""                       # set by ``freeze``
    paired_with: int | None = None       # set by ``_pair`` (on the ``Quantity``)

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self,
        start: int,
        end: int,
        value: float | None,
        unit: str = "count",
        value_high: float | None = None,
        counted: str | None = None,
        approx: str = "=",
        per: str | None = None,
        kind_hint: str | None = None,
        rules: list[str] | None = None,
        text: str = "",
        paired_with: int | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.value_high = value_high
        self.counted = counted
        self.approx = approx
        self.per = per
        self.kind_hint = kind_hint
        self.rules = [] if rules is None else rules
        self.text = text
        self.paired_with = paired_with

    def freeze(self, text: str) -> Quantity:
        v, vh = self.value, self.value_high                   # ``finite`` inlined (one call per quantity)
        if not _IN_PLACE:
            return _quantity(
                self.start, self.end, text[self.start : self.end],
                v if v is None or isfinite(v) else None, self.unit,
                vh if vh is None or isfinite(vh) else None,
                self.counted, self.approx, self.per, self.kind_hint, None, tuple(self.rules or ()),
            )
        # the object itself becomes the frozen ``Quantity`` (the same slots): no second object
        # built field by field through the frozen class's setters (~0.7 us of ~1.2 us per quantity)
        self.text = text[self.start : self.end]
        if v is not None and not isfinite(v):
            self.value = None
        if vh is not None and not isfinite(vh):
            self.value_high = None
        self.rules = tuple(self.rules or ())  # type: ignore[assignment]  # a Quantity's from here on
        done: Any = self
        done.__class__ = Quantity
        return done


def _in_place() -> bool:
    """Whether ``_Q.freeze`` may turn a ``_Q`` into a ``Quantity`` (the same slots, no checks)."""
    # (``getattr``: compiled by mypyc, ``_Q`` is a native class without ``__slots__``)
    slots = set(getattr(Quantity, "__slots__", ()))
    if hasattr(Quantity, "__post_init__") or not slots or slots != set(getattr(_Q, "__slots__", ())):
        return False
    try:
        probe: Any = _Q(0, 0, None)
        probe.__class__ = Quantity
    except TypeError:                                          # layouts differ (or _Q is native)
        return False
    return True


_IN_PLACE: Final = _in_place()


@dataclass(slots=True, init=False)
class _Page:
    """The text ``scan`` reads, with its Latin-1 image lower-cased (``q_grammar.image``) over
    ``[lo, stop)``, or None (no image): set by each ``scan`` for the patterns read there."""

    text: str
    lo: int
    stop: int
    low: bytes | None
    ages: bool                           # whether ``age_re`` may match on it (see ``_age``)

    def __init__(self) -> None:
        self.text = ""
        self.lo = 0
        self.stop = 0
        self.low = None
        self.ages = True


_LOCAL: Final = threading.local()  # each thread's ``_Page`` (a Dask worker runs its tasks in threads)


def _page() -> _Page:
    """This thread's ``_Page``: ``scan`` sets it and the readers under it check that it is theirs
    (``text is page.text`` and the bounds). Per thread, so that two threads' scans never mix one's
    image with the other's offsets."""
    try:
        page: _Page = _LOCAL.page
    except AttributeError:
        page = _LOCAL.page = _Page()
    return page


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


# ---------------------------------------------------------------------------- context helpers

_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD_PUNCT: Final = frozenset("_&’'.-")


def _word_before(text: str, pos: int, lo: int = 0) -> str:
    """The word ending right before ``pos``: what ``grammar().word_before`` finds when searched
    in the 40 characters before it, read backwards here (the search tries every start)."""
    lo = max(lo, pos - 40)
    e = pos
    while e > lo and text[e - 1] in " \t":                   # [ \t]*(?:\n[ \t]*)?\Z
        e -= 1
    if e > lo and text[e - 1] == "\n":
        e -= 1
        while e > lo and text[e - 1] in " \t":
            e -= 1
    s = e
    while s > lo and (text[s - 1].isalnum() or text[s - 1] in _WORD_PUNCT):   # [\w&’'.-]*
        s -= 1
    while s < e and text[s] not in _ASCII_LETTERS:             # starting with [A-Za-z]
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
    m = _G.word_after.match(text, pos, end)
    return m.group("w") if m else ""


def _approx_last_words() -> tuple[str, ...]:
    """The last words of the approximators ("than" of "more than"), lower-case ASCII."""
    words = {a.split()[-1] for a in lexicon().approximators}
    assert all(w.isascii() and w == w.lower() for w in words)  # (what the test below relies on)
    return tuple(sorted(words))


_APPROX_LAST: Final = frozenset(_approx_last_words())


def _may_end_approximator(core: str) -> bool:
    """Whether an approximator may end ``core`` (no blank at its end), as ``approx_before``
    matches one: false where it surely does not. Such a match ends with the last word of an
    approximator as written but for case; that word is preceded by a blank or by no ASCII letter
    (the pattern's lookbehind), so where it is ASCII letters it is the run of ASCII letters ending
    ``core``. Only words of letters and "approx.", "~" end approximators; a non-ASCII character
    may be a letter the pattern folds onto an ASCII one ("ſ", "K"): those are left to the regex."""
    return _may_end_before(core, 0, len(core))


def _may_end_before(text: str, lo: int, k: int) -> bool:
    """``_may_end_approximator(text[lo:k])``, read in ``text`` (no slice made)."""
    i = k
    while i > lo and 97 <= (ord(text[i - 1]) | 32) <= 122:
        i -= 1
    if i == k:                                                 # no letter at the end: "approx.", "~"
        return k > lo and (text[k - 1] == "." or text[k - 1] == "~" or ord(text[k - 1]) >= 128)
    if i > lo and ord(text[i - 1]) >= 128:
        return True                                            # a word with a non-ASCII letter
    return text[i:k].lower() in _APPROX_LAST


def _approx_before(text: str, pos: int, page: _Page | None = None) -> tuple[str, int] | None:
    """``grammar().approx_before`` searched in the 30 characters before ``pos``, as one match of
    its reversed form over the reversed window.

    A match of ``approx_before`` ends, before the blanks up to ``pos``, where the window's last
    non-blank ends; the search finds the one starting first (the longest), which the reversed
    trie tries first from that end (its longest words first, backtracking to shorter ones)."""
    lo = pos - 30 if pos > 30 else 0
    k = pos                                                    # where the window's ``rstrip`` ends
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k == lo:
        return None
    j = k                                                      # [ \t]*(?:\n\s*)?\Z after it
    while j < pos and (text[j] == " " or text[j] == "\t"):
        j += 1
    if j < pos and text[j] != "\n":
        return None
    if not _may_end_before(text, lo, k):                       # (most windows: no slice made)
        return None
    core = text[lo:k]
    if page is None:
        page = _page()
    low = page.low
    rb = _G.approx_before_rev_b
    if low is not None and rb is not None and text is page.text and page.lo <= lo and pos <= page.stop:
        # the same match on the image's window reversed (exact there: no case, no \b)
        i = lo - page.lo
        bm = rb.match(low[i : i + len(core)][::-1])
        if bm is None:
            return None
        back = bm.end()
    else:
        m = _G.approx_before_rev.match(core[::-1])
        if m is None:
            return None
        back = m.end()
    start = lo + len(core) - back
    if start == lo and lo > 0 and text[lo - 1] in _ASCII_LETTERS:
        # the reversed form cannot see the letter before the window, which the search's
        # lookbehind refuses: search as before (a shorter approximator may still end there)
        fm = _G.approx_before.search(text, lo, pos)
        if fm is None:
            return None
        start = fm.start("a")
    key = " ".join(text[start : lo + len(core)].lower().split())
    blockers = load("numbers").get("approximator_blockers", {}).get(key)
    if blockers and _word_before(text, start).lower() in blockers:
        return None                                            # "edged up to 4%", "spread over 70 ha"
    return _LEX.approximators.get(key, "~"), start


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether the word starting at ``pos`` starts a sentence or a line."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n—–-"


def _approx(text: str, q: _Q, end: int, lead: str | None = None, page: _Page | None = None) -> None:
    """The approximator before or after ``q``; ``lead``: ``_lead`` at ``q.end`` if known; ``page``:
    this thread's ``_page()`` if known (``scan`` hands it down the cardinal path)."""
    a = _approx_before(text, q.start, page)
    if a:
        q.approx = a[0]
    g = _G
    if (_lead(text, q.end, end) if lead is None else lead) not in g.approx_after_lead:
        return
    span = _word_at(text, q.end, end, g.approx_after_b, g.approx_after, g.approx_after_runs, False, page)
    if span is not None:
        key = " ".join(text[span[0] : span[1]].lower().split())
        q.approx = _LEX.post_approximators.get(key, q.approx)


# ---------------------------------------------------------------------------- number parts

@dataclass(slots=True, init=False)
class _Num:
    start: int          # span start (currency prefix included)
    end: int
    value: float
    currency: str | None = None
    scaled: bool = False
    digits: str = ""    # the digits as written (empty for words)
    lead: str | None = None   # ``_lead`` at ``end`` when known

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self,
        start: int,
        end: int,
        value: float,
        currency: str | None = None,
        scaled: bool = False,
        digits: str = "",
        lead: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.currency = currency
        self.scaled = scaled
        self.digits = digits
        self.lead = lead


def _read_number(text: str, s: int, e: int, value: float, end: int, *, digits: str,
                 page: _Page | None = None) -> _Num:
    """A number at [s, e) with the currency prefix before it and its scale words after."""
    g = _G
    c = text[s - 1 : s]
    if c == " " or c == "\u00a0":
        c = text[s - 2 : s - 1] if s > 1 else ""
    # ``_prefix_before``'s test of the character before, inline: most numbers have no prefix
    pm = _prefix_before(text, s - 8 if s > 8 else 0, s) if c in _REG.prefix_last else None
    if pm is None and digits and s > 1 and text[s - 1] in "-−":
        pm = _prefix_before(text, s - 9 if s > 9 else 0, s - 1)  # "$-50.8bn": a sign after the symbol
        if pm:
            value = -value
    lead_at, lead = -1, ""
    if not (digits and text[e : e + 1] in g.scale_glued_first):
        lead_at, lead = e, _lead(text, e, end)
        if pm is None and lead not in g.scale_word_lead:
            return _Num(s, e, value, None, False, digits, lead)   # the usual number: no prefix, no scale
    currency, start = (prefix_code(pm.group("p")), pm.start("p")) if pm else (None, s)
    if pm and pm.group("p") in _shared_symbols():
        currency = _page_currency(text, pm.group("p"))         # "¥" on a page about Japan: JPY
    # the fields are kept in locals and the ``_Num`` made once at the end
    pos, scaled = e, False
    for _ in range(2):
        span: tuple[int, int] | None = None                   # the scale word's (it ends the match)
        if digits and text[pos : pos + 1] in g.scale_glued_first:
            sm = g.scale_glued.match(text, pos, end)
            if sm and not (sm.group("sc") == "m" and not currency and not _million_m(text, sm.end(), end)):
                span = sm.span("sc")
        if span is None:
            if lead_at != pos:                                 # (known at ``e`` from above)
                lead_at, lead = pos, _lead(text, pos, end)
            if lead not in g.scale_word_lead:
                break
            span = _scale_word(text, pos, end, page)
            if span is None:
                break
        sc = scale_of(text[span[0] : span[1]])
        if sc is None:
            break
        value = _times(value, sc)
        scaled = True
        pos = span[1]
    if pm and not scaled and (least := _REG.weak_prefixes.get(pm.group("p"))):
        if sum(ch.isdigit() for ch in digits) < least:
            currency, start = None, s                          # "PS5", "the N2": a name, not money
    if not digits and scaled:
        wm = g.word_more.match(text, pos, end)
        if wm:
            extra = parse_words(wm.group("w"))
            if extra is not None and extra < value:
                value += extra
                pos = wm.end()
    return _Num(start, pos, value, currency, scaled, digits, lead if lead_at == pos else None)


def _scale_word(text: str, pos: int, end: int, page: _Page | None = None) -> tuple[int, int] | None:
    """The span of ``grammar().scale_word.match(text, pos, end)``'s scale word (the match ends
    with it)."""
    g = _G
    return _word_at(text, pos, end, g.scale_word_b, g.scale_word, g.scale_word_runs, True, page)


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


def _prefix_before(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """``registry().prefix_re`` searched in ``[lo, pos)``, skipped unless the characters before
    ``pos`` (or before a space there) end a currency prefix ("$", "€", "RMB", "Rs.", not "was")."""
    reg = _REG
    i = pos - 1
    if i >= lo and text[i] in " \u00a0":                      # (?P<p>...)[ \u00a0]?\Z
        i -= 1
    if i < lo:
        return None
    c = text[i]
    if c not in reg.prefix_ends and (i == lo or text[i - 1 : i + 1] not in reg.prefix_ends):
        return None                                            # ends neither as "$" nor as "MB"
    return reg.prefix_re.search(text, lo, pos)


def _million_m(text: str, pos: int, end: int) -> bool:
    """After a glued "m": is it "million" ("35m of", "12.3m tonnes", "5m people") or metres?"""
    reg = _REG
    if _G.of_after.match(text, pos, end):
        return True
    um = reg.after_re.match(text, pos, end)
    if um and um.start() < um.end() and text[pos:um.start()].strip() == "":
        if um.group("w") or um.group("s"):
            return True
    w = _word_after(text, pos, end)
    if not w or not w.islower() or w in _DIMENSION_ADJ:
        return False                                           # "2m tall", "5m long pipes"
    np = noun_phrase(text, pos, plural=True)                   # "2.7m combined online sales"
    return np is not None and np.words[0] == w


_DIMENSION_ADJ: Final = frozenset("long wide high tall deep thick across away apart above below".split())


@dataclass(slots=True, init=False)
class _Unit:
    unit: str
    end: int
    rule: str

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(self, unit: str, end: int, rule: str) -> None:
        self.unit = unit
        self.end = end
        self.rule = rule


def _read_unit(text: str, pos: int, end: int, *, glued_ok: bool, lead: str | None = None,
               page: _Page | None = None) -> _Unit | None:
    """The unit or currency at ``pos``; ``lead``: ``_lead`` at ``pos`` if known; ``page``: this
    thread's ``_page()`` if known."""
    reg = _REG
    if glued_ok and text[pos : pos + 1] in reg.glued_first:
        gm = reg.glued_re.match(text, pos, end)
        if gm:
            return _Unit(reg.canonical(gm.group("g"), group="g"), gm.end(), "unit")
    if (_lead(text, pos, end) if lead is None else lead) not in reg.after_lead:
        return None
    # ``after_re``'s match: read first on the page's lower-cased image where there is one
    # (``UnitRegistry.after_b``: case-sensitive, ~2x faster than the IGNORECASE pattern)
    if page is None:
        page = _page()
    low = page.low
    ab = reg.after_b
    grp = ""
    ustart = uend = 0
    whole = False                                              # the unit word is one run of ASCII letters
    if low is not None and ab is not None and text is page.text and page.lo <= pos and end <= page.stop:
        lo = page.lo
        stop = end - lo
        run = _run_at(low, pos - lo, stop, False)
        if run is not None and run not in reg.after_runs:
            return None                                        # (nor does ``after_b`` match: ``_run_at``)
        nexts = reg.after_whole.get(run) if run is not None else None
        if nexts is not None and run is not None:
            # a unit word of letters ("percent", "yuan"): ``after_b``'s match is that run where no
            # digit follows it, nor blanks and the start of a longer word ("percent points"; see
            # ``UnitRegistry.after_whole``)
            us = low.find(run, pos - lo)                       # (only blanks before it)
            ue = us + len(run)
            if ue == stop or not 48 <= low[ue] <= 57 and not (
                nexts and _SKIP_B[low[ue]] == 1 and _run_at(low, ue, stop, False) in nexts
            ):
                grp, ustart, uend, whole = "w", us + lo, ue + lo, True
        if not grp:
            bm = ab.match(low, pos - lo, stop)
            if bm is None:
                return None                                    # (nor does ``after_re`` match)
            if bm.lastgroup == "w":
                us, ue = bm.span("w")
                if low.find(b"?", us, ue) < 0:                 # a word as written there
                    grp, ustart, uend = "w", us + lo, ue + lo
    if not grp:
        um = reg.after_re.match(text, pos, end)
        if not um:
            return None
        g = um.lastgroup                                       # "w" (a word) or "s" (a symbol)
        assert g is not None
        grp, ustart, uend = g, um.start(g), um.end()
    surface = text[ustart:uend]
    sep = text[pos:ustart]
    if "\n\n" in sep and "-" not in sep:
        return None
    # (a run of ASCII letters: ``_norm`` of it is it lower-cased, no blank to join)
    key = surface.lower() if whole else _norm(surface) if grp == "w" else ""
    if grp == "w" and reg.weak_names and key in reg.weak_names and not _weak_name_ok(text, pos):
        return None                                            # "in 2019 won": a verb
    if grp == "w":
        unit = reg.word_units.get(surface) or reg.word_units[key]   # (``canonical`` reads ``key``)
    else:
        unit = reg.canonical(surface, group=grp)
    if grp == "w" and key in _shared_names():
        unit = _page_currency(text, key, names=True)           # "pesos" on a page about Chile: CLP
    if unit in reg.minor_units:
        return _Unit(unit, uend, "minor")
    return _Unit(unit, uend, "currency" if reg.is_currency(unit) else "unit")


_RATE_AFTER: Final = re.compile(
    r"[ \t]+(?:to|per|against|versus)[ \t]+(?:the[ \t]+|one[ \t]+|a[ \t]+|each[ \t]+)?"
    r"(?:(?:US|U\.S\.|American)[ \t]+)?(?P<c>dollar|greenback|euro)\b",
    re.IGNORECASE,
)
_RATE_QUOTE: Final = {"dollar": "USD", "greenback": "USD", "euro": "EUR"}
# what ``_RATE_AFTER`` reads first (``_lead``)
_RATE_LEAD: Final = initials(("to", "per", "against", "versus"))
_RATE_BASE: Final = re.compile(r"\b[Tt]he[ \t]+((?:[A-Z][\w.]*[ \t]+)?[a-z]+)\b")


def _exchange_rate(text: str, q: _Q, end: int) -> str | None:
    """The unit of an exchange rate written as a bare number: "the baht traded at 35.6 to the US
    dollar" is THB/USD (the currency named before it per unit of the one after it)."""
    if _lead(text, q.end, end) not in _RATE_LEAD:
        return None                                            # (nor does ``_RATE_AFTER`` match)
    m = _RATE_AFTER.match(text, q.end, end)
    if m is None:
        return None
    window = text[max(0, q.start - 80) : q.start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
    reg = _REG
    for bm in reversed(list(_RATE_BASE.finditer(window))):
        name = _norm(bm.group(1))
        base = reg.word_units.get(name) or reg.word_units.get(name.split()[-1])
        if base in reg.currencies:
            quote = _RATE_QUOTE[m.group("c").lower()]
            return f"{base}/{quote}" if base != quote else None
    return None


@cache
def _shared_symbols() -> dict[str, dict[str, list[str]]]:
    return dict(load("currencies").get("shared_symbols") or {})


@cache
def _shared_names() -> dict[str, dict[str, list[str]]]:
    return dict(load("currencies").get("shared_names") or {})


@lru_cache(maxsize=8)  # keyed on whole texts: a few recent documents
def _page_currency(text: str, symbol: str, names: bool = False) -> str:
    """The currency a symbol (or with ``names``, a bare name) several currencies share stands for
    in ``text``: the one whose cue words occur most often there."""
    best, score = "", -1
    for code, cues in (_shared_names() if names else _shared_symbols())[symbol].items():
        n = sum(text.count(c) for c in cues)
        if n > score:
            best, score = code, n
    return best


def _weak_name_ok(text: str, pos: int) -> bool:
    """Whether the number ending at ``pos`` has a scale word ("3 trillion", "3bn") or thousands
    separators ("50,000"): only then is a name that is also a word ("won") its currency."""
    words = text[max(0, pos - 24) : pos].split()
    if not words:
        return False
    last = words[-1]
    if "," in last and last[-1].isdigit():
        return True
    tail = last.lstrip("0123456789.,")
    return bool(tail) and scale_of(tail) is not None


def _read_per(text: str, q: _Q, end: int, lead: str | None = None) -> int:
    """Reads a "per ..." tail after the quantity; returns the offset after it (span not extended).
    ``lead``: ``_lead`` at ``q.end`` if known."""
    reg = _REG
    if (_lead(text, q.end, end) if lead is None else lead) not in reg.per_lead:
        return q.end
    if "/" in q.unit:
        return q.end                                           # an exchange rate: "151 per dollar"
    m = reg.per_re.match(text, q.end, end)
    if not m:
        return q.end
    if m.group("adv"):
        if q.unit in _RATES:
            return q.end                                       # "7 percent annually": a rate
        q.per = reg.per_adverbs.get(" ".join(m.group("adv").lower().split()), "year")
        q.rules = [*(q.rules or ()), "per_adverb"]
        return m.end()
    den = m.group("den")
    kw = (m.group("kw") or "/").lower()
    dl = " ".join(den.lower().split())
    known = reg.word_units.get(dl)
    if kw in ("a", "an", "a-") and known is None:
        return q.end
    if kw in ("a", "an") and _word_after(text, m.end(), end).lower() in _LEX.time_after:
        return q.end                                           # "$6.78 billion a year earlier"
    if kw in ("a", "an", "a-") and known not in reg.time_units and q.unit in reg.time_units:
        return q.end
    den_unit = known if known is not None else singular(dl)
    q.rules = [*(q.rules or ()), "per"]
    if den_unit in reg.time_units:
        q.per = den_unit
    elif den_unit == "capita" or den_unit in reg.per_capita or dl in reg.per_capita:
        q.per = "capita"
        tail = _Q(q.start, m.end(), q.value, unit=q.unit)      # "per person a year": per year
        after = _read_per(text, tail, end)
        if tail.per in reg.time_units:
            q.per = tail.per
            return after
    else:
        q.per = den_unit
        if q.unit != "count":
            q.unit = f"{q.unit}/{den_unit}"
    return m.end()


# ---------------------------------------------------------------------------- handlers

def _h_cardinal(text: str, kind: str, s: int, e: int, end: int, opt: Options,
                page: _Page | None = None) -> _Q | int | None:
    """A cardinal number ("num", "wnum", "a") at [s, e); ``page``: this thread's ``_page()``
    (``scan`` hands it down: one thread-local read per page, not one per pattern read there)."""
    if page is None:
        page = _page()
    raw = text[s:e]
    g = _G
    reg = _REG
    value: float | None
    if kind == "num":
        try:                                                   # ``parse_number`` of digits, inline
            value = float(raw.replace(",", ""))
        except ValueError:
            value = None
        digits = raw
    elif kind == "a":
        value, digits = 1.0, ""
    else:
        value, digits = parse_words(raw), ""
    if value is None:
        return None
    if len(raw) == 4 and kind == "num" and _bare_year(text, s, e, end, raw):
        return None                                            # "in 2019,": the test below, early
    rules = [kind]
    num = _read_number(text, s, e, value, end, digits=digits, page=page)
    if kind == "a" and num.scaled:
        hm = _FRACTION_OF_A.search(text, max(0, s - 24), s)
        if hm:                                                 # "half a million tonnes" = 500,000
            frac = _LEX.fractions.get(hm.group("f").lower())
            assert frac is not None  # the pattern is built from the fraction table
            mult = parse_words(hm.group("n")) if hm.group("n") else 1.0
            num.value = _times(num.value, frac * (mult or 1.0) / 100)
            num.start = s = hm.start()
            rules.append("fraction_of_scale")
    approx0 = None
    if not num.currency:
        prev = text[s - 1] if s > 0 else ""
        if prev == " ":                                        # the usual case: only "minus 5" applies
            c2 = text[s - 2] if s > 1 else ""                  # what ends the window before the blanks
            if (c2 in _S or c2.isspace()) and _minus_before(text[s - 7 if s > 7 else 0 : s]):
                num.value = -num.value
        elif digits and (
            prev.isalpha() or (prev and prev in "_/⁄") or (prev == ":" and s > 1 and text[s - 2].isdigit())
        ):
            return None                                        # "S23", "1/16", "17:22"
        elif prev == "-" and s > 1 and text[s - 2].isalnum():
            if text[max(0, s - 4) : s].lower() == "sub-":
                approx0 = "<"                                  # "sub-7 nanometer"
            elif text[max(0, s - 6) : s].lower() == "minus-":
                num.value = -num.value
            else:
                return None                                    # "COVID-19", "TA-35", "production-four"
        elif digits and prev and prev in "-−" and (s < 2 or not text[s - 2].isalnum()):
            num.value = -num.value                             # "-5 yards", "$-50.8bn"
        elif s > 0 and text[s - 1].isspace() and _minus_before(text[max(0, s - 7) : s]):
            num.value = -num.value
    if digits:
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return None                                        # phone numbers, codes
        if text[e : e + 1] == ":" and text[e + 1 : e + 2].isdigit():
            return None                                        # clock times
        j = e + 1 if text[e : e + 1].isspace() else e
        if (
            text[j : j + 1] in _AM_PM_FIRST and text[j + 1 : j + 2] in _AM_PM_SECOND
            and _RX_H_CARDINAL_1.match(text[e : e + 5])
        ):
            return None                                        # "7 am", "10.30pm"
    lead = num.lead if num.lead is not None else _lead(text, num.end, end)
    if (
        len(digits) == 4 and lead not in _after_number_lead() and not lead.isalpha() and _looks_year(digits)
        and not num.currency and not num.scaled and text[e : e + 1] not in reg.glued_first
        and "age" not in text[max(0, s - 20) : s].lower()
    ):
        return None                                            # "in 2019,": see ``_after_number_lead``
    q = _Q(num.start, num.end, num.value, rules=rules)
    unit_from_prefix = num.currency
    # ages first: "15-year-old", "70 year-old", "400 million-year-old"
    lead_at = num.end                                          # ``lead`` is ``_lead`` there
    am = _age(text, num.end, end, page) if lead in reg.age_lead else None
    u = None
    unit: str | None
    if am and not unit_from_prefix:
        q.end = am.end()
        unit = _age_unit(am.group())
        rules.append("age")
    else:
        # unit right after the number (and scale)
        u = _read_unit(text, num.end, end, glued_ok=bool(digits) and not num.scaled, lead=lead, page=page)
        if u is None and lead in g.duration_lead:
            dm = _DURATION_ADJ.match(text, num.end, end)
            if dm and dm.group(1).lower() in _LEX.duration_adjectives:
                du = _read_unit(text, dm.end(), end, glued_ok=False, page=page)
                if du and du.unit in reg.time_units:
                    u = du                                     # "for 10 consecutive years"
        if u and unit_from_prefix and u.rule == "currency":
            q.end = u.end                                      # "$5 million USD": one currency
            unit = u.unit if u.unit != "USD" else unit_from_prefix
        elif unit_from_prefix:
            unit, u = unit_from_prefix, None
        else:
            unit = u.unit if u else None
            if u:
                q.end = u.end
                rules.append(u.rule)
        if unit_from_prefix:
            rules.append("currency")
        # a range: "160-400", "20 to 30 percent", "between 15 and 17", "$10 to $15 billion"
        if lead_at != q.end:
            lead_at, lead = q.end, _lead(text, q.end, end)
        rng = (
            _read_range(text, q, num, unit, u, end, opt)
            if lead in g.range_tail_lead and (not "a" <= lead <= "z" or _range_word_at(text, q.end, end))
            else None
        )
        if rng is False:                                       # "Oct 1 to 7", "(2016-20)": skip both
            rm = g.range_tail.match(text, q.end, end)
            return rm.end() if rm else None
        if rng is not None:
            unit = rng or None
            rules.append("range")
            am = _age(text, q.end, end, page)
            if am and unit is None:
                q.end = am.end()
                unit = _age_unit(am.group())
                rules.append("age")
        # a shared unit: "eight or nine euros", "15 and 17 percent"
        if unit is None and not num.scaled:
            if lead_at != q.end:
                lead_at, lead = q.end, _lead(text, q.end, end)
            unit = _shared_unit(text, q.end, end) if lead in _SHARED_SEP_LEAD else None
            if unit:
                rules.append("shared_unit")
        if unit is None:
            if q.end < len(text) and text[q.end].isalpha() and (digits or not num.scaled):
                return None                                    # "5G", "3D"
            hy = (
                _HYPHEN_WORD.match(text, q.end, end)
                if opt.hyphen_counts and text[q.end : q.end + 1] == "-" else None
            )
            approximators = (_LEX.hyphen_approximators or {}) if hy else {}
            if hy and hy.group(1).lower() in approximators:
                approx0 = approximators[hy.group(1).lower()]   # "50-plus dealers"
                np = noun_phrase(text, hy.end(), plural=True)
                if np is None:
                    return None                                # "a 40-odd crowd"
                q.counted = canonical_counted(np.head)
                rules.append("hyphen_approx")
            elif text[q.end : q.end + 1] == "-" and text[q.end + 1 : q.end + 2].isalpha():
                noun = _compound_noun(text, q, num, raw, end) if opt.hyphen_counts else None
                if noun is None:
                    return None                                # "30-odd", "six-speed" (NewsQuant)
                q.end, q.counted = noun
                rules.append("compound")                       # "a 12-room guesthouse"
        if unit == "year":
            if g.old_after.match(text, q.end, end) or _AGE_OF.search(text, max(0, q.start - 12), q.start):
                rules.append("age")                            # "5 years old", "under the age of 5 years"
        elif unit is None:
            if digits and text[q.end : q.end + 1] == " " and (rate := _exchange_rate(text, q, end)):
                unit = rate                                    # "the baht traded at 35.6 to the dollar"
                rules.append("exchange_rate")
            elif _appositive_age(text, q, num, end):
                unit = "year"
                rules.append("age")
            elif "age" in text[max(0, q.start - 20) : q.start].lower() and g.aged_before.search(
                text, max(0, q.start - 20), q.start
            ):
                unit = "year"
                rules.append("age")
    q.unit = unit or "count"
    if q.unit == "times":
        q.kind_hint = "change"
    if kind == "wnum" and q.unit == "count" and not num.scaled and not opt.singular_one and _is_one(raw):
        return None                                            # "one of the ...": what ``_keep`` says
    if lead_at != q.end:
        lead_at, lead = q.end, _lead(text, q.end, end)
    if not _keep(text, q, num, u, raw, kind, end, opt, lead):
        return None
    _approx(text, q, end, lead, page)
    if approx0 and q.approx == "=":
        q.approx = approx0
    q.rules = rules
    if lead in reg.per_lead:                                   # ``_read_per``'s own first test
        _read_per(text, q, end, lead)
    if q.per is None and reg.is_currency(q.unit):
        q.per = _annual(text, q, end, lead)
        if q.per:
            q.rules.append("per_annual")
    rules = q.rules
    if q.unit == "count" and q.counted is None:
        np = _counted(text, q, end, opt)
        if np is None and kind != "num" and _is_one(raw) and not num.scaled:
            np = _of_phrase(text, q.end, end)
            if np is None:
                return None
        if np is not None:
            q.counted = canonical_counted(np.head)
        elif "." in digits and _ratio_before(text, q.start):
            q.unit = "times"                                   # "the ratio of A to B narrowed to 2.19"
            rules.append("ratio")
        elif kind == "wnum":
            om = _NOUN_OR.search(text, max(0, q.start - 40), q.start)
            if om:                                             # "another pick or two", "a day or two"
                known = _REG.word_units.get(om.group("n").lower())
                if known is not None:
                    q.unit = known
                else:
                    q.counted = canonical_counted(singular(om.group("n")))
    q.rules = rules
    return q


def _age(text: str, pos: int, end: int, page: _Page | None = None) -> re.Match[str] | None:
    """``registry().age_re.match(text, pos, end)``: None at once on a page whose lower-cased
    image lacks what every match holds (``UnitRegistry.age_needs``: no "-old", no age)."""
    if page is None:
        page = _page()
    if not page.ages and page.low is not None and text is page.text and page.lo <= pos and end <= page.stop:
        return None
    return _REG.age_re.match(text, pos, end)


@cache
def _after_number_lead() -> frozenset[str]:
    """The leads (``_lead``) after a number with which ``_h_cardinal`` reads anything after it: a
    scale word, an age, a unit or currency, a duration, a range, a shared unit, a hyphen.

    A bare year in digits ("2019") whose lead is none of these nor a letter ("in 2019,", "(2019)",
    "by 2025.") is dropped by ``_keep``: nothing after it makes it other than a bare count (no
    glued unit right after it, no currency before it, no "aged" before it: tested apart), and
    the word after it, which ``_keep`` requires to be a lower-case word, is missing.
    """
    g, reg = _G, _REG
    return (g.scale_word_lead | reg.age_lead | reg.after_lead | g.duration_lead | g.range_tail_lead
            | _SHARED_SEP_LEAD | {"-"})


def _bare_year(text: str, s: int, e: int, end: int, digits: str) -> bool:
    """The bare-year test of ``_h_cardinal`` (which drops the number) made before the number is
    read: where no currency prefix can end before it (nor one with a sign after it: "$-2019"),
    the number has none; its lead being no letter, it has no scale either (a scale word or a
    glued suffix starts with one), so it ends at ``e`` with that lead. Every test between the
    reading and this one drops the number or only changes its value."""
    if not _looks_year(digits):
        return False
    c = text[s - 1 : s]
    if c and c in "-−":
        return False
    if c == " " or c == "\u00a0":
        c = text[s - 2 : s - 1] if s > 1 else ""
    reg = _REG
    if c in reg.prefix_last:
        return False
    lead = _lead(text, e, end)
    return (
        lead not in _after_number_lead() and not lead.isalpha() and text[e : e + 1] not in reg.glued_first
        and "age" not in text[max(0, s - 20) : s].lower()
    )


_HYPHEN_WORD: Final = re.compile(r"-([A-Za-z]+)\b(?!-)")
_DURATION_ADJ: Final = re.compile(r"[ \t]+([A-Za-z]+)(?=[ \t]+[A-Za-z])")
_COMPOUND: Final = re.compile(r"-([a-z]{2,})(?=[ \t]+(?:\n[ \t]*)?[a-z])")


def _compound_noun(text: str, q: _Q, num: _Num, raw: str, end: int) -> tuple[int, str] | None:
    """ "a 12-room guesthouse", "a 300-bed hospital": (end of the compound, counted noun)."""
    if num.scaled or _is_one(raw) or q.value_high is not None:
        return None
    m = _COMPOUND.match(text, q.end, end)
    if not m:
        return None
    w = m.group(1)
    if w in _LEX.compound_blockers or w in tables().stop or (len(w) > 4 and w.endswith(("ed", "ly"))):
        return None
    return m.end(1), canonical_counted(singular(w))


def _ratio_before(text: str, pos: int) -> bool:
    clause = _RX_RATIO_BEFORE_1.split(text[max(0, pos - 90) : pos])[-1].lower()
    return any(re.search(rf"\b{re.escape(w)}\b", clause) for w in _LEX.ratio_words)


_FRACTION_OF_A: Final = re.compile(
    r"(?<![\w-])(?:(?P<n>(?i:a|one|two|three))[ -])?(?P<f>(?i:half|quarters?|thirds?))(?:\s+of)?\s+\Z"
)
_NOUN_OR: Final = re.compile(r"\b(?i:a|an|another|one)\s+(?P<n>[a-z]+)\s+or\s+\Z")


_RATES: Final = frozenset({"percent", "percentage_point", "basis_point", "times"})
_ANNUAL_BEFORE: Final = re.compile(r"\b(?i:annual|yearly)\b[^,.;:!?()\n—]{0,60}\Z")
_ANNUAL_AFTER: Final = re.compile(r"\s+(?:in|of)\s+(?:\w+\s+)?(?i:annual|yearly)\b")
_ANNUAL_AFTER_LEAD: Final = frozenset("io")                           # its first letters (``_lead``)


def _annual(text: str, q: _Q, end: int, lead: str) -> str | None:
    """ "annual revenue of 20 million yuan", "100 billion yuan in annual output": per year."""
    lo = max(0, q.start - 60)
    pre = text[lo : q.start]
    window = pre.lower()                                       # a cheap test before the search
    if ("annual" in window or "yearly" in window) and _ANNUAL_BEFORE.search(text, lo, q.start):
        words_after = pre[window.rfind("annual") :].split()
        if len(words_after) <= 7:
            return "year"
    if lead in _ANNUAL_AFTER_LEAD and _ANNUAL_AFTER.match(text, q.end, end):
        return "year"
    return None


_AGE_OF: Final = re.compile(r"\b(?i:age)\s+of\s+\Z")
_APPOSED_FULL_NAME: Final = re.compile(r"(?<![\w.])[A-Z][a-z]+[ \t][A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?,[ \t]\Z")
_PLACE_PREP: Final = re.compile(r"\b(?i:in|at|from|to|of|near|into|across|around|outside)\s+\Z")
_AGE_END: Final = re.compile(r"[.;)](?:[\s\"”’']|\Z)|[.;)]?\Z")
_APPOSED_NAME: Final = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?,[ \t]\Z")


def _appositive_age(text: str, q: _Q, num: _Num, end: int) -> bool:
    """ "Maddon, 66, said": a whole number set off by commas right after a capitalised name."""
    if not num.digits or not num.digits.isdigit() or not 1 <= num.value <= 119:
        return False
    after = text[q.end : q.end + 1]
    if after == ",":
        m = _APPOSED_NAME.search(text, max(0, q.start - 30), q.start)
    elif _AGE_END.match(text, q.end):                          # "said director Asha Rao, 44."
        m = _APPOSED_FULL_NAME.search(text, max(0, q.start - 40), q.start)
        if m and _PLACE_PREP.search(text, max(0, m.start() - 12), m.start()):
            return False                                       # "a plant in North Dakota, 12."
    else:
        return False
    if not m:
        return False
    return m.group().rstrip(", \t").lower() not in _LEX.months


def _age_unit(s: str) -> str:
    s = s.lower()
    for u in ("month", "week", "day"):
        if u in s:
            return u
    return "year"


def _is_one(raw: str) -> bool:
    return raw.strip().lower() in ("one", "a", "an")


def _range_word_at(text: str, pos: int, end: int) -> bool:
    """Whether the first visible character after ``pos`` starts "to", "and" or "or" (as written):
    where it is a letter, every match of ``range_tail`` at ``pos`` starts with one of them there
    after its blanks ("to the", "of", "at" rule it out without the regex call)."""
    while pos < end and text[pos].isspace():
        pos += 1
    return text.startswith(_RANGE_WORDS, pos, end)


_RANGE_WORDS: Final[tuple[str, ...]] = ("to", "and", "or")


def _read_range(text: str, q: _Q, num: _Num, unit: str | None, u1: _Unit | None, end: int,
                opt: Options):
    """Extends ``q`` over a range tail; returns the range unit, None (no range) or False (drop)."""
    g = _G
    lex = _LEX
    rm = g.range_tail.match(text, q.end, end)
    if not rm:
        return None
    sep_raw = rm.group("sep")
    sep = sep_raw.strip().lower()
    n2raw = rm.group("n2")
    before = g.between_before.search(text, max(0, q.start - 12), q.start)
    before_word = before.group().strip().lower() if before else ""
    prev = _word_before(text, q.start).lower().rstrip(".")
    hyphen = sep in ("-", "–", "—", "~")
    if sep == "and" and before_word != "between":
        return None
    if sep == "or":
        return None
    if sep in ("to", "to-") and before_word == "from" and not opt.from_to_ranges:
        return None
    if sep in ("to", "to-") and prev == "by" and unit is not None:
        return None                                            # "increased by $43.6 billion to ..."
    if hyphen and not (num.digits and n2raw[0].isdigit()):
        return None
    if hyphen and (sep_raw[0].isspace() != sep_raw[-1].isspace()):
        return None                                            # "50 -1.3%": a sign, not a range
    if _looks_year(num.digits):
        if hyphen and _looks_year_tail(n2raw) or _looks_year(n2raw):
            return False                                       # "(2016-20)", "between 1600 and 1900"
        if unit is None:
            return None                                        # "in 2018 to 3.9 million"
    if prev in lex.months:
        return False                                           # "Sept. 20-24"
    if hyphen and unit is None and _era_before(text, q.start):
        return False                                           # "the Tang Dynasty (618-907)"
    v2 = parse_number(n2raw)
    if v2 is None:
        return None
    n2 = _read_number(text, rm.start("n2"), rm.end("n2"), v2, end,
                      digits=n2raw if n2raw[0].isdigit() else "")
    if rm.group("pre"):
        n2.currency = prefix_code(rm.group("pre"))
    u2 = _read_unit(text, n2.end, end, glued_ok=bool(n2.digits) and not n2.scaled)
    unit2 = n2.currency or (u2.unit if u2 else None)
    if unit is not None and unit2 is not None and unit != unit2:
        return None
    if (sep in ("to", "to-") and prev == "by" and unit is None and unit2 is None
            and n2.value > 3 * abs(num.value)):
        return None                                            # "rose by 9,600 to 682,300": change, level
    if unit is not None and unit2 is None and not num.currency:
        if not (opt.from_to_ranges and before_word == "from" and sep in ("to", "to-")):
            return None                                        # "rose 0.7 percent to 6,327.80"
    if hyphen and unit is None and unit2 is None:
        if n2.value <= num.value:
            return False                                       # "2-2" scores, "89-89"
        if _word_after(text, n2.end, end)[:1].isupper():
            return False                                       # "16-18 Industrial Avenue"
    if n2.digits and text[n2.end : n2.end + 1].isalpha() and not u2:
        return None
    lo = num.value
    if n2.scaled and not num.scaled:
        scale = n2.value / v2 if v2 else 1.0
        if lo * scale <= n2.value:
            lo *= scale
    q.value = lo
    q.value_high = n2.value
    q.end = u2.end if (u2 and not n2.currency) else n2.end
    if u2 and n2.currency and u2.rule == "currency":
        q.end = u2.end
    return unit or unit2 or ""


_SHARED_SEP: Final = re.compile(r"\s+(?:or|and|to)\s+")
_SHARED_SEP_LEAD: Final = frozenset("oat")                            # its first letters (``_lead``)


def _shared_unit(text: str, pos: int, end: int) -> str | None:
    """The unit of the next number in "eight or nine euros" / "5 and 6 percent"."""
    m = _SHARED_SEP.match(text, pos, end)
    if not m:
        return None
    g = _G
    pm = g.prefix_at.match(text, m.end(), end) if m.group().strip().lower() == "or" else None
    am = g.atom.match(text, pm.end() if pm else m.end(), end)
    if not am or am.lastgroup not in ("num", "wnum"):
        return None
    v = parse_number(am.group())
    if v is None:
        return None
    n2 = _read_number(text, am.start(), am.end(), v, end, digits=am.group() if am.lastgroup == "num" else "")
    if n2.currency:
        # "8 or $9": the symbol of the second number covers both (not after "and": "300 and $5")
        return n2.currency if m.group().strip().lower() == "or" and not n2.scaled else None
    u = _read_unit(text, n2.end, end, glued_ok=am.lastgroup == "num" and not n2.scaled)
    if u and u.unit not in ("count",):
        return u.unit
    return None


def _looks_year(d: str) -> bool:
    return len(d) == 4 and d.isdigit() and 1000 <= int(d) <= 2199


def _looks_year_tail(d: str) -> bool:
    return d.isdigit() and (len(d) == 2 or _looks_year(d))


_SOMEDAY: Final = re.compile(r",?[ \t]+(?:I|we|you|he|she|they|it|there)\b")
_QUOTE_OPEN: Final = re.compile(r"(?:[\"“‘]|(?<![A-Za-z])')(?:[A-Za-z-]+[ \t]+){0,2}\Z")
_QUOTE_CLOSE: Final = re.compile(r"[\"”’']")


def _quote_before(window: str) -> bool:
    """Whether ``window`` holds an opening quote, which any match of ``_QUOTE_OPEN`` starts with."""
    return '"' in window or "“" in window or "‘" in window or "'" in window


@cache
def _time_word_end_re() -> re.Pattern[str]:
    return re.compile(r"-\s*(?i:" + _G.time_words + r")$")


@cache
def _era_re() -> re.Pattern[str]:
    return re.compile(r"\b(?i:" + alternation(load("numbers")["era_words"]) + r")[ \t]*\([ \t]*\Z")


def _era_before(text: str, pos: int) -> bool:
    return bool(_era_re().search(text, max(0, pos - 30), pos))


def _keep(text: str, q: _Q, num: _Num, u: _Unit | None, raw: str, kind: str, end: int,
          opt: Options, lead: str | None = None) -> bool:
    """Filters out numbers that are dates, years, names, periods, not quantities. ``lead``:
    ``_lead`` at ``q.end`` if known (the word after is read only where it is a letter)."""
    lex = _LEX
    reg = _REG
    bare = q.unit == "count" and not num.currency and not num.scaled and q.value_high is None
    if not bare and kind != "wnum" and q.unit not in reg.time_units:
        # digits (or "a") with a unit, currency, scale or range: of the checks below, only the
        # frequency and the unit-name ones apply (the rest are for bare numbers, number words
        # and time units)
        if q.unit == "times" and _frequency_after(text, q.end, end):
            return False
        return not (u is not None and "-" in text[num.end : u.end] and _unit_name_after(text, q.end, end))
    if bare and num.digits or q.unit in reg.time_units or kind == "wnum":
        pw = _word_before(text, q.start)
        prev = pw.lower().rstrip(".")
        # ``word_after`` skips blanks (one line break at most) to an ASCII letter: where the first
        # visible character is none, it finds no word
        nxt = _word_after(text, q.end, end) if lead is None or "a" <= lead <= "z" else ""
    else:
        pw = prev = nxt = ""                                   # the words around are read only in those cases
    if bare and num.digits:
        if prev in lex.months or nxt.lower().rstrip(".") in lex.months:
            return False                                       # "April 30", "30 April"
        if _looks_year(num.digits) and (
            prev in lex.year_words or not nxt.islower() or noun_phrase(text, q.end, plural=True) is None
        ):
            return False                                       # "in 2019", "the 2019 Rich List"
        if pw and prev in lex.name_words:
            return False                                       # "Section 427", "Game 2"
        if prev == "top" and q.value in lex.ranking_list_sizes and _LIST_OWNER.search(
            text, max(0, q.start - 40), q.start
        ):
            return False                                       # "the world's top 500 companies"
        if pw and (
            pw[0].isupper() or not pw[1:].islower() and any(c.isupper() for c in pw[1:])   # islower: none
        ) and not _POSSESSIVE.search(pw):
            if pw.lower() not in lex.approximators and pw.lower() not in _FUNCTION_CAPS:
                return False                                   # "Fortune 100", "Trust 100"
        if nxt[:1].isupper() and noun_phrase(text, q.end, plural=True) is None:
            if nxt not in ("Chinese",):
                return False                                   # "100 Trust", "1033 BC"
    if q.unit in reg.time_units:
        span_text = text[q.start : q.end]
        if "-" in span_text and kind != "num" or "-" in span_text and _time_word_end_re().search(span_text):
            if "age" not in (q.rules or []):
                return False                                   # "five-month period", "13th Five-Year"
        if nxt.lower() in lex.time_after and not opt.period_durations:
            return False                                       # "nine years ago"
        if not opt.period_durations and (prev in lex.period_words or prev == "the"):
            return False                                       # "the first five months"
    if kind == "wnum" and raw[:1].isupper() and not _sentence_initial(text, q.start):
        return False                                           # "the Kick Six", "BBC One"
    if bare and text[q.start - 1 : q.start] == "(" and text[q.end : q.end + 1] == ")":
        return False                                           # "Dak Prescott (4)": a number worn
    if kind == "wnum" and prev == "other":
        return False                                           # "the other two"
    if kind == "wnum" and _is_one(raw) and q.unit == "day" and _SOMEDAY.match(text, q.end, end):
        return False                                           # "one day I will": some day
    if (
        bare
        and _quote_before(text[max(0, q.start - 30) : q.start])
        and _QUOTE_OPEN.search(text, max(0, q.start - 30), q.start)
        and _QUOTE_CLOSE.match(text, q.end, end)
    ):
        return False                                           # the "new three", the 'Big Four': a name
    if kind == "wnum" and _is_one(raw) and q.unit == "count" and not num.scaled:
        return opt.singular_one
    if q.unit == "times" and _frequency_after(text, q.end, end):
        return False                                           # "three times a week": a frequency
    if bare and kind == "wnum" and _clock_time(text, q.start, q.end, end):
        return False                                           # "opens at eight": a time of day
    if u is not None and "-" in text[num.end : u.end] and _unit_name_after(text, q.end, end):
        return False                                           # "twenty-foot equivalent units"
    if bare and kind == "wnum" and _ANAPHORIC_THE.search(text, max(0, q.start - 20), q.start) and (
        noun_phrase(text, q.end, plural=True) is None
    ) and not _G.of_after.match(text, q.end, end):
        return False                                           # "the ratio between the two": a pronoun
    return True


_ANAPHORIC_THE: Final = re.compile(r"\b(?i:between|of|for|and|both)\s+the\s+\Z")


_FREQUENCY: Final = re.compile(r"[ \t]+(?:(?:a|an|per|every|each)[ \t]+)?([A-Za-z]+)\b")


def _frequency_after(text: str, pos: int, end: int) -> bool:
    """ "twice a day", "three times per week", "twice weekly": how often, not how much."""
    lex = load("numbers")
    m = _FREQUENCY.match(text, pos, end)
    if not m:
        return False
    w = m.group(1).lower()
    if m.group(0).strip().lower() == w:                        # no article: only an adverb counts
        return w in lex.get("frequency_adverbs", [])
    if _word_after(text, m.end(), end).lower() in _LEX.time_after:
        return False                                           # "3.5 times a year earlier"
    return w in lex.get("frequency_units", [])


# the words around a number word that make it a time of day (numbers.yaml), read once: a set and
# a tuple for ``str.startswith`` (compiled: no generator made and run per number word)
_CLOCK_BEFORE: Final = frozenset(str(w) for w in load("numbers").get("clock_before", []))
_CLOCK_AFTER: Final[tuple[str, ...]] = tuple(str(w) for w in load("numbers").get("clock_after", []))


def _clock_time(text: str, start: int, stop: int, end: int) -> bool:
    if _word_before(text, start).lower() in _CLOCK_BEFORE:
        return True
    tail = " ".join(text[stop : min(end, stop + 24)].lower().split())
    return tail.startswith(_CLOCK_AFTER)


def _unit_name_after(text: str, pos: int, end: int) -> bool:
    return _word_after(text, pos, end).lower() in load("numbers").get("unit_name_after", [])


_LIST_OWNER: Final = re.compile(r"\w(?:['’]s|s['’])\s+(?i:top)\s+\Z")
_POSSESSIVE: Final = re.compile(r"(?:['’]s|s['’])\Z")   # "Spain's 17 autonomous communities"
_FUNCTION_CAPS: Final = frozenset(
    "the a an in on at for to from by with of and or but as with while since after before "
    "during totally nearly about some more than over up at least only just".split()
)


def _counted(text: str, q: _Q, end: int, opt: Options) -> NounPhrase | None:
    return noun_phrase(text, q.end, plural=(q.value or 0) != 1 or q.value_high is not None)


_OF_DET: Final = re.compile(
    r"\s+of\s+(?:(?:the|my|his|her|its|their|our|your|these|those)\s+)?(?:(?:most|more)\s+)?"
)


def _of_phrase(text: str, pos: int, end: int) -> NounPhrase | None:
    """ "one of the best wireless speakers": the plural phrase after "of (the) (most)"."""
    m = _OF_DET.match(text, pos, end)
    if not m:
        return None
    return noun_phrase(text, m.end() - 1, plural=True)


def counted_phrase(text: str, q: Quantity) -> NounPhrase | None:
    """The noun phrase counted by a count quantity, as written ("public housing properties")."""
    if q.unit != "count":
        return None
    g = _G
    pos = q.end
    m = g.of_after.match(text, pos)
    if m and ("vague" in q.rules or q.value == 1 or any(r == "scaled" for r in q.rules)):
        return _of_phrase(text, pos, len(text))
    np = noun_phrase(text, pos, plural=(q.value or 0) != 1 or q.value_high is not None)
    if np is None and (q.value == 1 or m):
        np = _of_phrase(text, pos, len(text))
    if np is None and q.value is not None and q.value != 1 and q.value_high is None:
        np = noun_phrase(text, pos, plural=False)              # "a three course meal": N + singular compound
        if np is not None and (len(np.words) < 2 or not np.words[0].islower()):
            np = None
    if np is not None and not m:
        pm = _PRE_MOD.search(text, max(0, q.start - 40), q.start)
        if pm and pm.group("m").lower() in tables().pre_modifiers:
            np = replace(np, words=(pm.group("m"), *np.words))   # "the top three seeds"
    return np


_PRE_MOD: Final = re.compile(
    r"\b(?i:the|a|an|its|their|his|her|our|my|your|these|those)\s+(?P<m>[A-Za-z]+)\s+\Z"
)


# ---------------------------------------------------------------------------- other atoms

def _h_ordinal(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    if not opt.ranks:
        return None
    raw = text[s:e]
    lex = _LEX
    base = _RX_H_FRACTION_1.split(raw, maxsplit=1)[0].lower()
    value = lex.ordinals.get(base)
    if value is None:
        digits = _RX_H_ORDINAL_1.match(base)
        if not digits:
            return None
        value = int(digits.group())
    superl = raw.lower() != base
    q = _Q(s, e, float(value), unit="rank", kind_hint="rank", rules=["ordinal"])
    if superl:
        q.rules.append("superlative")
        _approx(text, q, end)
        return q
    nxt = _word_after(text, e, end).lower()
    if nxt in lex.ordinal_blockers or text[e : e + 1] == "-":
        return None
    if _rank_verb_before(text, s):
        q.rules.append("rank_verb")
        return q
    prev = _word_before(text, s).lower()
    if prev != "the":
        return None
    # "the first province in China to ...", "the first in China"
    pos = e
    stops = {"in", "nationwide", "worldwide", "globally", "among", "across", "to", "on"}
    for _ in range(4):
        w = _word_after(text, pos, end)
        if not w:
            return None
        lw = w.lower()
        if lw in stops:
            q.rules.append("the_ordinal_in")
            return q
        if lw in _STOP_RANK:
            return None
        pos = text.index(w, pos) + len(w)
    return None


def _rank_verb_before(text: str, pos: int) -> bool:
    """Whether ``rank_before`` is found in the 40 characters before ``pos``: only where a blank
    ends them (its match ends with ``\\s+``), and searched from the first of their last
    ``rank_before_words`` runs of non-blanks (a match spans at most that many and ends the window;
    the regex reads the text before its start as before)."""
    if pos == 0 or not text[pos - 1].isspace():
        return False
    g = _G
    lo = max(0, pos - 40)
    parts = text[lo:pos].rsplit(None, g.rank_before_words)
    if len(parts) > g.rank_before_words:
        lo = text.find(parts[1], lo + len(parts[0]))           # (only blanks between)
    return g.rank_before.search(text, lo, pos) is not None


_STOP_RANK: Final = frozenset(
    "of that which who for from with by at as and or is was are were has have had".split()
)


def _h_top(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    if not opt.ranks:
        return None
    if not _rank_verb_before(text, s):
        return None
    if _word_before(text, s).lower() not in _LEX.rank_verbs:
        return None
    return _Q(s, e, 1.0, unit="rank", kind_hint="rank", rules=["top"])


_ONE_OF: Final = re.compile(
    r"\b(?i:(?:one|some|several|many|any|two|three|four|five|most|all)\s+of|among|amongst)\s+\Z"
)


def _h_superlative(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    """ "the UK's largest light rail system", "has been the largest exporter": rank 1."""
    if not opt.ranks:
        return None
    om = _owner_before(text, s)
    if not om or _ONE_OF.search(text, max(0, om.start() - 20), om.start()):
        return None                                            # "one of Spain's largest banks"
    if noun_phrase(text, e, plural=True) is not None:
        return None                                            # "the country's largest exporters"
    return _Q(
        s, e, 1.0, unit="rank", kind_hint="rank", rules=["superlative", "bare_superlative"]
    )


def _owner_before(text: str, pos: int) -> re.Match[str] | None:
    """``rank_owner`` searched in the 40 characters before ``pos``: only where they end, before
    the blanks, as each of its matches does there (an "'s" or "’s", or "the" in any case)."""
    lo = max(0, pos - 40)
    core = text[lo:pos].rstrip(" \t\n")
    if not core.endswith(("'s", "’s")) and core[-3:].lower() != "the":
        return None
    # a match spans at most ``rank_owner_words`` runs of non-blanks (``\s`` is ``str.isspace``) and
    # ends the window: it starts in one of its last that many, so the search starts at the first
    # of them (the same first match: the regex reads the text before its start as before)
    g = _G
    parts = core.rsplit(None, g.rank_owner_words)
    if len(parts) > g.rank_owner_words:
        lo = text.find(parts[1], lo + len(parts[0]))           # (only blanks between)
    return g.rank_owner.search(text, lo, pos)


def _h_fraction(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    lex = _LEX
    raw = text[s:e].lower()
    parts = _RX_H_FRACTION_1.split(raw)
    frac = lex.fractions.get(parts[-1])
    if frac is None:
        return None
    mult = 1.0
    if len(parts) > 1:
        mult = parse_words(parts[0]) or 1.0
    if _G.of_a_scale.match(text, e, end):
        return None                                            # "a quarter of a million": one number
    pm = _FRACTION_OF_A_POINT.match(text, e, end) if text[e : e + 1].isspace() else None
    if pm:                                                     # "half a percentage point" = 0.5 points
        unit = "percentage_point" if "point" in pm.group(1).lower() else "percent"
        q = _Q(s, pm.end(), round(frac * mult / 100, 4), unit=unit)
        q.rules = ["fraction", "fraction_of_unit"]
        _approx(text, q, end)
        return q
    prev = _word_before(text, s).lower()
    if prev in (
        "first", "second", "latter", "former", "last", "next", "this", "same", "other", "each", "the"
    ):
        return None
    # a share written as a fraction is read to one decimal, as reporters and annotators write it
    # ("a third" = 33.3, "two-thirds" = 66.7)
    q = _Q(s, e, round(frac * mult, 1), unit="percent", kind_hint="share", rules=["fraction"])
    _approx(text, q, end)
    return q


def _h_multiple(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    if not opt.multiples:
        return None
    lex = _LEX
    word = text[s:e].lower()
    v = lex.multiples.get(word)
    if v is None:
        return None
    if word in lex.multiple_adjectives:
        nxt = _NEXT_WORD.match(text, e, end)
        if not nxt or nxt.group(1).lower() not in lex.multiple_next:
            return None                                        # "double digits", "triple-A"
    if _frequency_after(text, e, end):
        return None                                            # "twice a day": a frequency
    q = _Q(s, e, v, unit="times", kind_hint="change", rules=["multiple"])
    _approx(text, q, end)
    return q


def _h_vague(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    lex = _LEX
    raw = text[s:e].lower()
    base = lex.vague.get(raw.split()[-1], 1.0)
    if raw.startswith(lex.vague_tens):
        base *= 10
    q = _Q(s, e, None, approx="~", rules=["vague", f"vague:{base:g}"])
    after = _G.of_after.match(text, e, end)
    if after:
        u = _read_unit(text, after.end() - 1, end, glued_ok=False)
        if u and _REG.is_time(u.unit):
            if _word_after(text, u.end, end).lower() in lex.time_after:
                return None                                    # "hundreds of years ago"
            q.unit = u.unit
        elif u and u.rule in ("currency", "unit"):
            q.unit = u.unit
        else:
            np = noun_phrase(text, after.end() - 1, plural=True)
            if np:
                q.counted = canonical_counted(np.head)
    _approx(text, q, end)
    return q


def _h_couple(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    """ "a couple of years" (about 2 years), "another couple of hires": an approximate number."""
    word = text[s:e].split()[-2].lower()
    value = (_LEX.approximate_numbers or {}).get(word)
    if value is None:
        return None
    q = _Q(s, e, value, approx="~", rules=["approximate_number"])
    u = _read_unit(text, e, end, glued_ok=False)
    if u and u.rule == "unit":
        q.unit, q.end = u.unit, u.end
    else:
        np = noun_phrase(text, e, plural=True)
        if np is None:
            return None
        q.counted = canonical_counted(np.head)
        q.end = s + len(text[s:e].rsplit(None, 1)[0])  # the span stops before "of"
    if _word_after(text, q.end, end).lower() in _LEX.time_after:
        return None                                            # "a couple of years ago"
    a = _approx_before(text, q.start)
    if a:
        q.approx = a[0]
    return q


def _h_aunit(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    a = _approx_before(text, s)
    if not a:
        return None
    u = _read_unit(text, e, end, glued_ok=False)
    if not u or u.unit not in _REG.time_units:
        return None
    if _word_after(text, u.end, end).lower() in _LEX.time_after:
        return None
    q = _Q(s, u.end, 1.0, unit=u.unit, approx=a[0], rules=["a_unit"])
    return q


_NEXT_WORD: Final = re.compile(r"[ \t]+(?:\n[ \t]*)?([A-Za-z]+)\b")

_SCI: Final = re.compile(r"(?P<m>\d+(?:\.\d+)?)\s*[×xX]\s*10\s*(?:\^|\*\*)?\s*(?P<e>[−-]?\s*\d{1,3})")


def _h_sci(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    """ "2.998×10−8 meters per second": scientific notation."""
    sm = _SCI.fullmatch(text[s:e])
    assert sm is not None  # the atom is this pattern
    exp = int(sm.group("e").replace("−", "-").replace(" ", ""))
    try:
        value = float(sm.group("m")) * 10.0**exp
    except OverflowError:
        return None  # "3x10^512": beyond any float, so no figure a report could mean
    q = _Q(s, e, value, rules=["scientific"])
    u = _read_unit(text, e, end, glued_ok=True)
    if u:
        q.unit, q.end = u.unit, u.end
    _approx(text, q, end)
    return q


def _h_fold(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    v = parse_number(_RX_H_FOLD_1.sub("", text[s:e]))
    if v is None:
        return None
    q = _Q(s, e, v, unit="times", kind_hint="change", rules=["fold"])
    _approx(text, q, end)
    return q


_OF_A_THE: Final = re.compile(r"\s+of\s+(?:an?|the)\b")


def _h_slash(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    """ "1/2 pound", "3/4 of a mile": a fraction with a unit (dates like 9/11 have none)."""
    a, b = _RX_H_SLASH_1.split(text[s:e])
    if int(b) == 0:
        return None
    pos = e
    om = _OF_A_THE.match(text, pos, end)
    u = _read_unit(text, om.end() if om else pos, end, glued_ok=False)
    if not u or u.rule not in ("unit", "currency"):
        return None
    q = _Q(s, e if om else u.end, int(a) / int(b), unit=u.unit, rules=["slash"])
    _approx(text, q, end)
    return q


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


# ---------------------------------------------------------------------------- pairs

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


# The tables, built once when the module is first imported (every ``scan`` needs them): module
# globals are read faster than the cached builder functions are called (~9 ns against ~35 ns,
# some 8,700 times per 100 kB of text).
_G: Final = grammar()
_REG: Final = registry()
_LEX: Final = lexicon()
