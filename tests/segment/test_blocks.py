"""Blocks of a page (tally.segment.blocks): the one-scan reading of one-line blocks gives what
reading chunk by chunk gives."""

from __future__ import annotations

import random
import re

import pytest

from tally.segment.blocks import _BLANK_SPLIT, Block, _blocks, split_blocks
from tally.segment.cues import Cues, cues

PIECES = ["Exports rose.", "By LI WEI", "# Title", "word", " ", "\t", "\n", "\n\n", "\n \n", "\n\u00a0\n",
          "\r\n", "\u2028", "\u00a0", "x"]


@pytest.mark.parametrize("seed", range(3))
def test_one_scan_equals_chunk_reading(seed: int) -> None:
    rng = random.Random(seed)
    c = cues()
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        assert split_blocks(text, c) == _blocks(text, c, [], 0), repr(text)


_LINE = re.compile(r"(\S(?:[^\n]*\S)?)(\s*)")
_TEXT = re.compile(r"\S")


def _by_line_scan(text: str, c: Cues) -> list[Block]:
    """``split_blocks`` as it was: one regex scan finding each line with text and the white space
    after it, a line a block of its own when the space before it holds a ``_BLANK_SPLIT``."""
    blocks: list[Block] = []
    first = _TEXT.search(text)
    pos = first.start() if first else 0
    space = ""
    for line, after in _LINE.findall(text):
        newlines = space.count("\n")
        if blocks and (newlines < 2 or ("\n\n" not in space and not _BLANK_SPLIT.search(space))):
            return _blocks(text, c, blocks, blocks.pop().start)
        end = pos + len(line)
        blocks.append(Block(len(blocks), pos, end, line, newlines if blocks else 0))
        pos, space = end + len(after), after
    return blocks


LINE_PIECES = [*PIECES, "\n\t\n", "\n\r\n", "\n\x0b\n", "\n\x1c\n", "\n \u2028\n", "\n\n\n", " \n", "\n "]


@pytest.mark.parametrize("seed", range(3))
def test_line_walk_equals_line_scan(seed: int) -> None:
    """The walk along the lines (``str.split``) gives what the regex scan of the lines gave, blank
    lines of every kind of white space included."""
    rng = random.Random(seed)
    c = cues()
    for _ in range(3000):
        text = "".join(rng.choice(LINE_PIECES) for _ in range(rng.randint(0, 14)))
        assert split_blocks(text, c) == _by_line_scan(text, c), repr(text)


@pytest.mark.parametrize(
    ("text", "gaps"),
    [
        ("A\n\nB", [0, 2]),
        ("  A  \n \t\n\n  B\n\n\nC", [0, 3, 3]),
        ("\n\n A\n\r\nB", [0, 2]),
        ("A\n\u00a0\nB", [0]),  # a line of no-break space breaks no block: one block of three lines
    ],
)
def test_line_walk_gaps(text: str, gaps: list[int]) -> None:
    got = split_blocks(text, cues())
    assert [b.gap for b in got] == gaps
    assert got == _by_line_scan(text, cues())
    assert all(text[b.start : b.end] == b.text for b in got)


def test_long_white_space() -> None:
    """Long runs of white space read as chunk by chunk (a line pattern opening with ``\\s*`` was
    tried at every space of a run, each try reading the run to its end: quadratic)."""
    c = cues()
    for text in ("Title" + " " * 50_000, " " * 50_000 + "Title\n" + "\n" * 50_000 + "Body"):
        assert [b.text for b in split_blocks(text, c)] == [b.text for b in _blocks(text, c, [], 0)]
