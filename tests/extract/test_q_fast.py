"""The fast paths of find_quantities give what the plain code gives."""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tally.extract import quantities as Q
from tally.model import Quantity

VALUES = st.one_of(st.none(), st.floats(allow_nan=False), st.integers(-5, 5).map(float))
OPT_STR = st.one_of(st.none(), st.text(max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.tuples(
    st.integers(0, 99), st.integers(0, 99), st.text(max_size=8), VALUES, st.text(max_size=5), VALUES,
    OPT_STR, st.sampled_from(["=", "~", ">"]), OPT_STR, OPT_STR, st.one_of(st.none(), st.integers(0, 9)),
    st.lists(st.text(max_size=5), max_size=3).map(tuple),
))
def test_quantity_builder_is_the_constructor(args):
    fast = Q._quantity(*args)
    slow = Quantity(**dict(zip(Q._Q_FIELDS, args, strict=True)))
    assert fast == slow
    assert repr(fast) == repr(slow)
    assert hash(fast) == hash(slow)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 1  # type: ignore[misc]


def test_quantity_fields_are_known():
    """The builder relies on this field order; a new field in model.Quantity takes the slow path."""
    assert tuple(f.name for f in dataclasses.fields(Quantity)) == Q._Q_FIELDS
    assert Q._quantity is not Q._slow_quantity


@pytest.mark.parametrize("text", [
    "Revenue hit 1 trillion yuan ($154.35 billion) in 2021, up from 900 billion yuan ($139 billion).",
    "It cost 5 million euros (about $5.4 million) per year, or 2% of sales.",
    "half a million tonnes, then 3,368 research projects and 12.5% (up 2 points)",
])
def test_pairs_and_order(text):
    qs = Q.find_quantities(text)
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for i, q in enumerate(qs):
        if q.paired_with is not None:
            assert qs[q.paired_with].paired_with == i
