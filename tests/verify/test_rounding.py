import math

import pytest
from verify_facts import fact

from tally.verify.rounding import Interval, decimals, half_unit, interval


@pytest.mark.parametrize("text, k", [
    ("90.46 billion yuan", 2), ("3,368", 0), ("110.3 percent", 1), ("\\$13.99 billion", 2),
    ("five", None), ("1 trillion yuan", 0),
])
def test_decimals(text, k):
    assert decimals(text) == k


@pytest.mark.parametrize("text, half", [
    ("90.46 billion yuan", 5e6), ("3,368", 0.5), ("23.9 percent", 0.05), ("34.35 billion yuan", 5e6),
    ("750 million yuan", 5e5), ("2 million yuan", 5e5),
])
def test_half_unit_of_last_digit(text, half):
    assert math.isclose(half_unit(fact(text, start=0)), half)


@pytest.mark.parametrize("approx, lo, hi", [
    ("=", 23.85, 23.95), (">", 23.85, math.inf), ("<=", -math.inf, 23.95),
])
def test_interval_follows_the_approximator(approx, lo, hi):
    iv = interval(fact("23.9 percent", start=0, approx=approx))
    assert math.isclose(iv.lo, lo) if not math.isinf(lo) else iv.lo == lo
    assert math.isclose(iv.hi, hi) if not math.isinf(hi) else iv.hi == hi


def test_about_widens_the_interval():
    iv = interval(fact("60 percent", start=0, approx="~"))
    assert iv.lo < 59 and iv.hi > 61


@pytest.mark.parametrize("a, b, meets, gap", [
    ((1, 2), (2, 3), True, 0.0), ((1, 2), (2.5, 3), False, 0.5), ((4, 5), (1, 3), False, 1.0),
])
def test_interval_meets_and_distance(a, b, meets, gap):
    x, y = Interval(*a), Interval(*b)
    assert x.meets(y) is meets
    assert math.isclose(x.distance(y), gap)
