"""The rounding model shared by every rule.

A value stated with ``k`` decimals tallies within half a unit of its last digit: "90.46
billion yuan" stands for anything in 90.455..90.465 billion, "3,368" for 3,367.5..3,368.5,
"23.9 percent" for 23.85..23.95. Approximators widen or open the interval: "about" adds 2 %
of the value on each side, "more than"/"at least" leave it open above, "less than"/"up to"
open below. Rules combine these intervals with interval arithmetic, so every check can say
which tolerance it used.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tally.model import Fact

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
ABOUT = 0.02          # relative slack of "about", "around", "nearly"
INF = math.inf


def decimals(text: str) -> int | None:
    """Decimals of the first number written in digits in ``text`` (None when there is none)."""
    m = _NUMBER.search(text)
    if not m:
        return None
    return len(m.group(1) or "")


def _written(text: str) -> float | None:
    m = _NUMBER.search(text)
    if not m:
        return None
    try:
        return float(m.group(0).replace(",", ""))
    except ValueError:
        return None


def half_unit(fact: Fact) -> float:
    """Half a unit of the last stated digit, in the fact's unit ("90.46 billion" → 5 million)."""
    if fact.value is None:
        return 0.0
    written = _written(fact.text)
    k = decimals(fact.text)
    if written is None or k is None or written == 0:
        # a word number ("five", "half"): exact to the unit of its value
        return 0.5 if float(fact.value).is_integer() else 0.0
    ratio = abs(fact.value) / written
    scale = 10 ** round(math.log10(ratio)) if ratio > 0 else 1.0
    if not math.isclose(ratio, scale, rel_tol=1e-6):
        scale = 1.0   # value not a power-of-ten multiple of the digits (e.g. "half"): unit 1
    return 0.5 * 10.0 ** (-k) * scale


@dataclass(slots=True, frozen=True)
class Interval:
    """A closed interval of possible true values."""

    lo: float
    hi: float

    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.lo if math.isinf(self.hi) else self.hi
        return (self.lo + self.hi) / 2

    @property
    def half_width(self) -> float | None:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return None
        return (self.hi - self.lo) / 2

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def scale(self, k: float) -> Interval:
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def over(self, other: Interval) -> Interval | None:
        """``self / other`` for a positive denominator (None if it may be zero or negative)."""
        if other.lo <= 0:
            return None
        cands = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        cands = [c for c in cands if not math.isnan(c)]
        return Interval(min(cands), max(cands))

    def meets(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def distance(self, other: Interval) -> float:
        """0 when the intervals meet, else the gap between them."""
        if self.meets(other):
            return 0.0
        return other.lo - self.hi if self.hi < other.lo else self.lo - other.hi


def interval(fact: Fact, *, exact: bool = False, plain: bool = False) -> Interval:
    """The values a stated fact allows: rounding, approximator and range taken into account.

    ``exact`` ignores the rounding of the figure (the original of a currency pair); ``plain``
    ignores the approximator (both members of a pair share it: "more than A yuan ($B)").
    """
    v = float(fact.value or 0.0)
    hi_v = float(fact.value_high) if fact.value_high is not None else v
    h = 0.0 if exact else half_unit(fact)
    lo, hi = v - h, hi_v + h
    if plain:
        return Interval(lo, hi)
    if fact.approx == "~":
        lo, hi = lo - ABOUT * abs(v), hi + ABOUT * abs(hi_v)
    elif fact.approx in (">", ">="):
        hi = INF
    elif fact.approx in ("<", "<="):
        lo = -INF
    return Interval(lo, hi)


def is_exact(fact: Fact) -> bool:
    return fact.approx == "="


def relative_gap(expected: Interval, observed: Interval) -> float:
    """The gap between two intervals relative to the observed value (0 when they tally)."""
    gap = expected.distance(observed)
    base = abs(observed.mid) if not math.isinf(observed.mid) else abs(expected.mid)
    return gap / base if base else (0.0 if gap == 0 else INF)


def tolerance(*parts: Interval) -> float | None:
    """The combined half-widths of the intervals compared (None if one is open)."""
    total = 0.0
    for p in parts:
        hw = p.half_width
        if hw is None:
            return None
        total += hw
    return total
