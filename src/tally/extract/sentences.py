"""Sentences of an article: spans into the document text.

Page text from newspaper layouts breaks paragraphs across columns ("local admis-" / "sions
for ..."); a paragraph that does not end a sentence and is followed by one starting in lower
case is joined to it, so a sentence may contain a blank line. Captions are split on their own
and flagged, so facts in them take entities from the caption only.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Final

from tally.model import Article, Span

_ABBREV: Final = {
    "co",
    "ltd",
    "corp",
    "inc",
    "no",
    "nos",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "prof",
    "gov",
    "govt",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "vs",
    "etc",
    "approx",
    "est",
    "u.s",
    "u.k",
    "dept",
    "gen",
    "sen",
    "rep",
    "jr",
    "sr",
}
# abbreviations that end a company's name ("X Co.", "Y Co Ltd."): a word after them that never goes
# on a name opens the next sentence ("..., general manager of X Co. The company ...")
_NAME_ENDS: Final = frozenset({"co", "ltd", "corp", "inc"})
_SENTENCE_OPENERS: Final = frozenset(
    {"The", "It", "Its", "This", "These", "They", "Their", "He", "She", "His", "Her", "We", "Our", "In",
     "Last", "Since", "Now", "But", "And", "Founded", "Established", "According"}
)


def _opens_sentence(text: str, cut: int, end: int) -> bool:
    """Is the word after ``cut`` (past blanks) one that opens a sentence, not one going on a name?"""
    i = cut
    while i < end and text[i].isspace():
        i += 1
    j = i
    while j < end and text[j].isalpha():
        j += 1
    return text[i:j] in _SENTENCE_OPENERS


# a full stop, question or exclamation mark, closing quotes/brackets, then space and a new start
# (``[.!?][.!?]*``, not ``[.!?]+``: a pattern opening with a character class lets ``re`` skip to
# the next such character in C; one opening with a repeat is tried at every position, 3x slower)
_BOUNDARY: Final = re.compile(r"[.!?][.!?]*[\"'”’)\]*]*(?=\s+[\"“‘'(\[*]*[A-Z0-9\\$])")
# what may end a paragraph that is a whole one (before trailing space)
_END_CHARS: Final = frozenset(".!?:;\"”’)]*")
_WORD_BEFORE_STOP: Final = re.compile(r"([A-Za-z.]+)\.$")             # the word before a full stop
_WORD_BEFORE_CHARS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def _ends_ok(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end a sentence: is its last non-space character one of ``_END_CHARS``?"""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] in _END_CHARS


@dataclass(slots=True, init=False)
class Sentence:
    """A sentence's span (``start``, ``end``) in the document text, the paragraph it starts in,
    and whether it is in a caption or the headline.

    A record of the compiled module, not a named tuple: compiled, it is made by a direct call and
    its fields are read from its struct (a named tuple's are generic attribute look-ups, about 150
    instructions each, and it is made through a generic call of ``tuple.__new__``), and the facts
    loop reads them several times per sentence and per figure."""

    start: int
    end: int
    paragraph: int  # index of the paragraph (block) it starts in, within its article
    caption: bool = False
    headline: bool = False

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self, start: int, end: int, paragraph: int, caption: bool = False, headline: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.caption = caption
        self.headline = headline

    def __hash__(self) -> int:
        # the hash of the named tuple it was: of its fields, in order
        return hash((self.start, self.end, self.paragraph, self.caption, self.headline))

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def _replace(self, **changes: Any) -> Sentence:
        """A copy with ``changes`` to its fields (the named tuple's ``_replace``, which tests use)."""
        return dataclasses.replace(self, **changes)


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Blocks of ``text[start:end]`` separated by blank lines, stripped of surrounding space."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for m in _PARAGRAPH_BREAK.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        _add(text, pos, s, spans)
        pos = e
    _add(text, pos, end, spans)
    return spans


def _add(text: str, s: int, e: int, out: list[Span]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Span(start=s, end=e))


def _joined(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Merge column-broken paragraphs (``blocks``: their spans as (start, end)): (start, end,
    index of first block)."""
    out: list[tuple[int, int, int]] = []
    for i, (b_start, b_end) in enumerate(blocks):
        first = text[b_start]
        if out:
            ps, pe, pi = out[-1]
            if first.islower() and b_start - pe < 400 and not _ends_ok(text, ps, pe):
                out[-1] = (ps, b_end, pi)
                continue
        out.append((b_start, b_end, i))
    return out


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    pos = start
    for at, cut in _boundaries(text, start, end):
        if text[at] == ".":  # an abbreviation's full stop ("Co.", "Dr.", "U.S.") ends no sentence
            word = _word_before_stop(text, max(start, at - 12), at)
            if word:
                w = word.lower().rstrip(".")
                # (an initial, not the scale or unit letter of a figure: "£612m.", "45p.")
                if w in _ABBREV or (len(w) == 1 and w.isalpha() and not text[at - 2 : at - 1].isdigit()):
                    if not (w in _NAME_ENDS and _opens_sentence(text, cut, end)):
                        continue
        _capped(text, pos, cut, spans)
        pos = cut
    _capped(text, pos, end, spans)
    return spans


def _word_before_stop(text: str, lo: int, at: int) -> str:
    """The group of ``_WORD_BEFORE_STOP.search(text[lo : at + 1])`` for the full stop at ``at``
    ("" for no match), read backwards: the run of letters and dots ending there."""
    k = at
    while k > lo and text[k - 1] in _WORD_BEFORE_CHARS:
        k -= 1
    return text[k:at]


def _boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``_BOUNDARY.finditer(text, start, end)``, tried only at each run of stops
    (found by a pattern opening with a class: ``re`` skips to it in C) and once per run: a match
    starts with its first stop and holds no space, and when none starts at a run's first stop none
    starts later in it (it would go on as that one). finditer tries every stop of a run, each
    reading the run to its end: quadratic in the run's length ("......", "!?!?!?"). Each is
    tried by ``_boundary_at`` (the pattern read in place, no regex call)."""
    out: list[tuple[int, int]] = []
    dots_only = text.find("!", start, end) < 0 and text.find("?", start, end) < 0
    i = _next_stop(text, start, end, dots_only)
    while i >= 0:
        e = _boundary_at(text, i, end)
        if e >= 0:
            out.append((i, e))
            i = e
        else:
            i += 1
            while i < end and text[i] in ".!?":
                i += 1
        i = _next_stop(text, i, end, dots_only)
    return out


def _boundary_at(text: str, i: int, end: int) -> int:
    """Where ``_BOUNDARY.match(text, i, end)`` ends, or -1, for the stop ``text[i]``: its run of
    stops, then of closing quotes and brackets, then at least one space, opening ones, and a
    capital, digit, backslash or dollar. (Read greedily: a shorter run would be followed by a stop
    or closer, not the space the lookahead needs; an opener is none of the characters after it.)"""
    j = i + 1
    while j < end and text[j] in ".!?":
        j += 1
    while j < end and text[j] in _CLOSERS:
        j += 1
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k == j:
        return -1
    while k < end and text[k] in _OPENERS:
        k += 1
    return j if k < end and text[k] in _OPENS_SENTENCE else -1


_CLOSERS: Final = frozenset("\"'”’)]*")                                 # ``_BOUNDARY``'s classes
_OPENERS: Final = frozenset("\"“‘'([*")
_OPENS_SENTENCE: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\\$")


def _next_stop(text: str, i: int, end: int, dots_only: bool) -> int:
    """Where ``_STOP.search(text, i, end)`` finds a stop, or -1. ``dots_only``: ``text[i:end]``
    holds no "!" or "?" (the usual paragraph), so its full stops are found by ``str.find``, far
    faster than re's scan for a class, and each is tested as ``_STOP``'s lookahead tests it."""
    if not dots_only:
        m = _STOP.search(text, i, end)
        return m.start() if m else -1
    j = text.find(".", i, end)
    while j >= 0:
        if j + 1 < end:
            c = text[j + 1]
            if c in _AFTER_STOP or c.isspace():               # [\s.!?"'”’)\]*]
                return j
        j = text.find(".", j + 1, end)
    return -1


# a sentence longer than this is a table or a list run together, not prose: it is cut at a line
# break or else a space before the limit, so each figure's work in a sentence stays bounded
# (the longest sentences of reports and papers seen so far are ~600 characters)
MAX_SENTENCE: Final = 1500
# a stop that may open a run matched by ``_BOUNDARY``: its next character is one that a match
# reads after the first stop (another stop, a closing quote or bracket, "*") or the space its
# lookahead needs. A stop followed by anything else ("5.3", "U.S", a paragraph's last stop,
# whose next character is past ``end``) starts no match, and neither does the rest of its run
# (it has none), so it is skipped in C instead of being tried in Python.
_STOP: Final = re.compile(r"[.!?](?=[\s.!?\"'”’)\]*])")
_AFTER_STOP: Final = frozenset(".!?\"'”’)]*")                          # its lookahead's class but \s


def _capped(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    """``_add_pair(text, s, e, out)``, in pieces of at most ``MAX_SENTENCE`` characters."""
    while e - s > MAX_SENTENCE:
        lim = s + MAX_SENTENCE
        cut = text.rfind("\n", s + MAX_SENTENCE // 2, lim)
        if cut < 0:
            cut = max(text.rfind(" ", s + 1, lim), text.rfind("\t", s + 1, lim))
        if cut <= s:
            cut = lim  # no space at all: cut anywhere
        _add_pair(text, s, cut, out)
        s = cut
    _add_pair(text, s, e, out)


def _add_pair(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def sentences(text: str, article: Article) -> list[Sentence]:
    """Sentences of an article's headline, body and captions, in text order."""
    out: list[Sentence] = []
    # (``out.append`` called as such: a bound method kept in a local is called generically in the
    # compiled build)
    if article.headline:
        for s, e in split(text, article.headline.start, article.headline.end):
            out.append(Sentence(s, e, -1, False, True))  # start, end, paragraph, caption, headline
    # (each block's start and end read once: each read of a ``Span`` is a generic attribute
    # look-up in the compiled build)
    body = [(b.start, b.end) for b in (article.body or paragraphs(text, article.start, article.end))]
    cap_spans = [(c.start, c.end) for c in article.captions]
    if cap_spans:
        body = [b for b in body if not _in_a_caption(b, cap_spans)]
    for ps, pe, pi in _joined(text, body):
        for s, e in split(text, ps, pe):
            out.append(Sentence(s, e, pi, False, False))
    for ci, (cs, ce) in enumerate(cap_spans):
        for s, e in split(text, cs, ce):
            out.append(Sentence(s, e, 1000 + ci, True, False))
    # (sorted only when out of order: most articles' headline and body come in text order, and
    # a stable sort of a sorted list leaves it as it is)
    for k in range(1, len(out)):
        if out[k].start < out[k - 1].start:
            out.sort(key=_START)
            break
    return out


_START: Final = attrgetter("start")  # a Sentence's start (the key ``lambda x: x.start`` is, without a call)


def _in_a_caption(block: tuple[int, int], caps: list[tuple[int, int]]) -> bool:
    """Does one of the captions' spans ``caps`` hold the whole block (its start and end)?"""
    s, e = block
    for cs, ce in caps:
        if cs <= s and e <= ce:
            return True
    return False
