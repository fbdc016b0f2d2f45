"""Blocks: the paragraphs of a page as spans, with the blank-line gap before each.

A block is a run of non-blank lines; blocks are separated by one or more blank lines. A line
inside a block that is a byline or a Markdown heading is split off into a block of its own, so
that "Headline\\nBy Jane Smith\\nBody..." still yields three blocks. Whitespace around a block
is left outside its span; the text itself is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from tally.model import Span
from tally.segment.cues import Cues
from tally.segment.spans import span as _span

_BLANK_SPLIT: Final = re.compile(r"\n[ \t\f\v\r]*\n")
# The text of a line, stripped (``\s`` is what ``str.strip`` drops), and the white space after
# it. (Not the space before it: a pattern opening with ``\s*`` would retry a long run of white
# space at each of its characters, quadratic time on a page ending with one.)
_LINE: Final = re.compile(r"(\S(?:[^\n]*\S)?)(\s*)")
_TEXT: Final = re.compile(r"\S")


# not frozen: a frozen one is made ~2.5x slower; made with positional arguments, 2x faster
@dataclass(slots=True, init=False)
class Block:
    """One paragraph of the page: its span, its stripped text and the newlines before it."""

    index: int
    start: int
    end: int
    text: str                  # text[start:end] (already stripped)
    gap: int                   # newlines between the previous block and this one (0 at the top)

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(self, index: int, start: int, end: int, text: str, gap: int) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.gap = gap

    @property
    def span(self) -> Span:
        return _span(self.start, self.end)


def split_blocks(text: str, cues: Cues) -> list[Block]:
    """The non-empty paragraphs of ``text`` in order.

    Most blocks are one line: one scan finds each line with text and the white space before
    it, and the line is a block of its own when that space holds a blank line
    (``_BLANK_SPLIT``: the space is all the text between the two lines, so a match there is a
    break between two blocks). From the first block of several lines on, the text is read
    chunk by chunk (``_blocks``)."""
    blocks: list[Block] = []
    first = _TEXT.search(text)
    pos = first.start() if first else 0  # where the next line starts
    space = ""  # the white space before it
    for line, after in _LINE.findall(text):
        newlines = space.count("\n")
        if blocks and (newlines < 2 or ("\n\n" not in space and not _BLANK_SPLIT.search(space))):
            return _blocks(text, cues, blocks, blocks.pop().start)  # the line continues a block
        end = pos + len(line)
        blocks.append(Block(len(blocks), pos, end, line, newlines if blocks else 0))
        pos, space = end + len(after), after
    return blocks


def _blocks(text: str, cues: Cues, blocks: list[Block], pos: int) -> list[Block]:
    """``blocks`` (the blocks before ``pos``) and the blocks of the text from ``pos`` on, where a
    chunk between blank lines starts."""
    prev_end = blocks[-1].end if blocks else 0
    ends = [(m.start(), m.end()) for m in _BLANK_SPLIT.finditer(text, pos)]
    ends.append((len(text), len(text)))
    for e, after in ends:
        chunk = text[pos:e]
        body = chunk.strip()  # str.strip drops exactly the characters str.isspace accepts
        if "\n" not in body:  # one line (or none): the chunk is one block
            pieces = [(pos + len(chunk) - len(chunk.lstrip()), body)] if body else []
        else:
            pieces = [_stripped(text, s, e2) for s, e2 in _split_lines(text, pos, e, cues)]
        for s, piece in pieces:
            if piece:
                gap = text.count("\n", prev_end, s) if blocks else 0
                prev_end = s + len(piece)
                blocks.append(Block(len(blocks), s, prev_end, piece, gap))  # index, span, text, gap
        pos = after
    return blocks


def _stripped(text: str, s: int, e: int) -> tuple[int, str]:
    """Where the text of ``text[s:e]`` starts once stripped, and that text."""
    piece = text[s:e]
    return s + len(piece) - len(piece.lstrip()), piece.strip()


def _split_lines(text: str, s: int, e: int, cues: Cues) -> list[tuple[int, int]]:
    """Split a chunk of several lines at lines that must stand alone (bylines, Markdown
    headings)."""
    chunk = text[s:e]
    out: list[tuple[int, int]] = []
    cur = s
    line_start = s
    for line in chunk.split("\n"):
        line_end = line_start + len(line)
        stripped = line.strip()
        if stripped and (cues.is_byline(stripped) or cues.is_markdown_heading(stripped)):
            if line_start > cur:
                out.append((cur, line_start))
            out.append((line_start, line_end))
            cur = line_end
        line_start = line_end + 1
    if cur < e:
        out.append((cur, e))
    return out
