"""The fast ``span`` builder makes what ``Span(...)`` makes."""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tally.model import Span
from tally.segment import spans


@settings(max_examples=300, deadline=None)
@given(st.integers(-5, 10**7), st.integers(-5, 10**7))
def test_span_is_the_constructor(start, end):
    fast, plain = spans.span(start, end), Span(start=start, end=end)
    assert type(fast) is Span
    assert fast == plain
    assert repr(fast) == repr(plain)
    assert hash(fast) == hash(plain)
    if start <= end:
        assert len(fast) == len(plain)
    assert fast.of("abcdefgh") == plain.of("abcdefgh")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 1  # type: ignore[misc]


def test_span_builder_is_the_fast_one():
    """``Span`` has the two fields the builder relies on; another field takes the constructor."""
    assert tuple(f.name for f in dataclasses.fields(Span)) == ("start", "end")
    assert spans._FAST
