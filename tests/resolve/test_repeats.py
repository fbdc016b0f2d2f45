"""Lines that end a sentence, and figures restated on unended lines (tally.resolve.repeats)."""

from __future__ import annotations

import re

import pytest

from tally.resolve.repeats import ended

_ENDED = re.compile(r"[.!?][\"'”’)]*\s*$")  # the rule ``ended`` reads from the line's end


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("Exports rose 8 percent.", True),
        ("Is it growing?", True),
        ('"We will hire 300 people."', True),
        ("The plant opened (in 2019).)\n", True),
        ("Sales hit a record!  \n\t", True),
        ("Robot maker to build £42m plant", False),
        ("Output rose 5 percent. ", True),
        ('It grew. "', False),  # a space before the quote: the quote opens something new
        ("It grew. x", False),
        ("It grew.  )", False),
        ("", False),
        ("   ", False),
        ("...", True),
        ("ends with a non-breaking space.\u00a0", True),
    ],
)
def test_ended(line: str, closed: bool) -> None:
    assert ended(line) is closed
    assert bool(_ENDED.search(line)) is closed
