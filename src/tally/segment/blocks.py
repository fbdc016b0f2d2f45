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
_BREAK_SPACE: Final = " \t\f\v\r"  # what a blank line of ``_BLANK_SPLIT`` may hold


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

    Most blocks are one line: the text is read line by line (split at "\\n": ``str.split`` in C,
    not a regex scan of every character), and a line with text is a block of its own when a
    line between it and the line with text before it is blank (``_BLANK_SPLIT``: empty, or only
    ``[ \\t\\f\\v\\r]``; a line of other white space, U+00A0 or U+2028, is no break). From the first
    block of several lines on, the text is read chunk by chunk (``_blocks``)."""
    blocks: list[Block] = []
    ls = 0  # where the line starts
    k = 0  # the line's index
    last = 0  # the index of the last line with text
    broken = False  # a blank line lies between that line and this one
    for raw in text.split("\n"):
        body = raw.strip()  # (``str.strip`` drops what ``\\s`` matches: ``str.isspace``)
        if not body:
            if not broken and (not raw or not raw.strip(_BREAK_SPACE)):
                broken = True
        elif not blocks:
            s = ls + raw.find(body[0])  # (the first character that is no space)
            blocks.append(Block(0, s, s + len(body), body, 0))
            last, broken = k, False
        elif not broken:
            return _blocks(text, cues, blocks, blocks.pop().start)  # the line continues a block
        else:
            s = ls + raw.find(body[0])
            # the newlines between the two lines' texts: one after each line from ``last`` on
            blocks.append(Block(len(blocks), s, s + len(body), body, k - last))
            last, broken = k, False
        ls += len(raw) + 1
        k += 1
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
