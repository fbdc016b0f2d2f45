"""``_Q.freeze`` keeps a finite value and drops any other (its inlined finiteness test)."""

import math

import pytest

from tally.extract.q_state import _Q

VALUES = [0.0, -0.0, 1.0, -2.5, 1e308, -1e308, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("high", [None, *VALUES])
def test_freeze_keeps_finite_values_only(value, high):
    q = _Q(0, 3, value, value_high=high).freeze("123")
    want = value if math.isfinite(value) else None
    assert q.value == want or (q.value is None and want is None)
    assert q.value_high == (high if high is not None and math.isfinite(high) else None)
    assert q.text == "123"


def test_freeze_keeps_none():
    q = _Q(0, 1, None).freeze("x")
    assert q.value is None and q.value_high is None
