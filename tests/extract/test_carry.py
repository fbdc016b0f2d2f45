"""carry: the small helpers that must agree with the patterns they replace."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tally.extract.carry import _UNENDED, _ends_stopped


@pytest.mark.parametrize(
    ("sent", "stopped"),
    [
        ("Exports rose 5 percent.", True),
        ("Is it over?  ", True),
        ('He said "we grew."\n', True),
        ("Output rose (to 3.5 percent.)’ ", True),
        ("Output rose 3.5 percent", False),
        ("Output rose 3.5 percent. More", False),
        ("Growth ... slows", False),
        ("", False),
        (". ” x", False),
    ],
)
def test_ends_stopped(sent: str, stopped: bool) -> None:
    assert _ends_stopped(sent) is stopped
    assert bool(_UNENDED.search(sent)) is stopped


@given(st.text(alphabet=".!?\"'”’)( \n\t\u00a0\u2028\x1ca1“", max_size=10))
def test_ends_stopped_agrees_with_pattern(sent: str) -> None:
    assert _ends_stopped(sent) == bool(_UNENDED.search(sent))
