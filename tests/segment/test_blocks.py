"""Blocks of a page (tally.segment.blocks): the one-scan reading of one-line blocks gives what
reading chunk by chunk gives."""

from __future__ import annotations

import random

import pytest

from tally.segment.blocks import _blocks, split_blocks
from tally.segment.cues import cues

PIECES = ["Exports rose.", "By LI WEI", "# Title", "word", " ", "\t", "\n", "\n\n", "\n \n", "\n\u00a0\n",
          "\r\n", "\u2028", "\u00a0", "x"]


@pytest.mark.parametrize("seed", range(3))
def test_one_scan_equals_chunk_reading(seed: int) -> None:
    rng = random.Random(seed)
    c = cues()
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        assert split_blocks(text, c) == _blocks(text, c, [], 0), repr(text)


def test_long_white_space() -> None:
    """Long runs of white space read as chunk by chunk. The line pattern opens with a non-space:
    one opening with ``\\s*`` is tried at every space of a run, each try reading the run to its
    end (quadratic; 50k spaces took minutes)."""
    from tally.segment.blocks import _LINE

    assert _LINE.pattern.startswith(r"(\S")
    c = cues()
    for text in ("Title" + " " * 50_000, " " * 50_000 + "Title\n" + "\n" * 50_000 + "Body"):
        assert [b.text for b in split_blocks(text, c)] == [b.text for b in _blocks(text, c, [], 0)]
