"""Properties of find_quantities on arbitrary text."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from tally.extract.quantities import find_quantities

# Text made of the pieces the grammar reacts to, plus arbitrary characters.
PIECES = st.sampled_from(
    [" ", "\n", "\n\n", "-", ",", ".", "(", ")", "$", "\\$", "%", "/", "~", "5", "12", "3,368",
     "0.4", "2019", "1e999", "9" * 40, "million", "billion", "yuan", "percent", "times", "more than",
     "about", "up to", "between", "and", "to", "from", "or", "a", "half", "of", "the", "first",
     "fourth-largest", "top", "ranks", "dozens", "tens", "thousands", "years", "year-old", "per",
     "hectare", "km", "kilometers per hour", "one", "twenty-five", "people", "households", "US",
     "HK$", "€", "RM", "minus", "sub-", "fold", "1/2", "pound", "April", "COVID-19", "5G", "pov-\n\nerty"]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=40).map("".join),
                  st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_spans_values_and_order(text):
    qs = find_quantities(text)
    starts = [q.start for q in qs]
    assert starts == sorted(starts)
    for i, q in enumerate(qs):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        for v in (q.value, q.value_high):
            assert v is None or math.isfinite(v)
        assert q.approx in ("=", "~", ">", ">=", "<", "<=")
        if q.paired_with is not None:
            assert 0 <= q.paired_with < len(qs)
            assert qs[q.paired_with].paired_with == i
    for a, b in zip(qs, qs[1:], strict=False):
        assert a.end <= b.start


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=220), st.integers(min_value=0, max_value=220))
def test_window_is_respected(text, a, b):
    start, end = min(a, b), max(a, b)
    for q in find_quantities(text, start, end):
        assert start <= q.start and q.end <= min(end, len(text))
