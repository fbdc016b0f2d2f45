"""The shortcuts of ``tally.resolve.entities``'s name scan and role marks against what they replace."""

from __future__ import annotations

import random
import re

import pytest

from tally.resolve.entities import (
    _COP_OPENINGS,
    _after_blanks,
    _business_openings,
    _Openings,
    _opens_after_blanks,
    _stands_alone,
)


def _word_after_blanks(text: str, q: int, words: tuple[str, ...]) -> bool:
    """The plain test ``_opens_after_blanks`` stands for: blanks at ``q``, then one of ``words``
    (``str.startswith`` of the whole tuple)."""
    q = _after_blanks(text, q)
    return q >= 0 and text.startswith(words, q)

_WORD_LISTS = [
    _COP_OPENINGS,
    _business_openings(),
    ("",),  # (the empty word: every text opens with it)
    ("a", "an", "and", "has been"),  # a one-letter word: buckets of one character
    ("is",),
    (),
]

_TAILS = [
    " is a glassware company",
    ",\n  was one of the largest carmakers",
    " has been a cooperative",
    " hasn't",
    " h",
    " a",
    " an exporter",
    "\t\treports record sales",
    " invested 2 million yuan",
    " also launched",
    "  ",
    "",
    "is a company",
    " Is a company",
    " i",
]


@pytest.mark.parametrize("words", _WORD_LISTS)
@pytest.mark.parametrize("tail", _TAILS)
def test_opens_after_blanks_is_word_after_blanks(words: tuple[str, ...], tail: str) -> None:
    index = _Openings(words)
    text = "Honghai" + tail
    for q in range(len(text) + 2):
        assert _opens_after_blanks(text, q, index) == _word_after_blanks(text, q, words), (text, q)


def test_opens_after_blanks_random() -> None:
    rng = random.Random(5)
    pieces = ["is", "was", "has", "have", "ha", "h", "", "based", "also", "x", " ", "\n", ",", "\t"]
    for words in _WORD_LISTS:
        index = _Openings(words)
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(6))
            for q in range(len(text) + 1):
                assert _opens_after_blanks(text, q, index) == _word_after_blanks(text, q, words), (text, q)


_DOCS = [
    "Oil city looks beyond the wellhead. The oil price rose.",
    "Oil city looks beyond the wellhead. Soil and oily rags.",
    "oil",
    "oil_price and oil2 and oil-based",
    "Ürümqi's ürümqi and naïve naïveté",
    "x.y and .y, y. and y.z",
    "",
]


@pytest.mark.parametrize("text", _DOCS)
@pytest.mark.parametrize("word", ["oil", "ürümqi", "naïve", ".y", "y.", "y", "oil-based", "_"])
def test_stands_alone_is_search(text: str, word: str) -> None:
    want = re.search(rf"\b{re.escape(word)}\b", text) is not None
    assert _stands_alone(text, word) is want


def test_taken_searches_from_the_last_place_as_bisect() -> None:
    # ``_Taken`` tries the place its last search ended first: the answers are bisect's, in any order
    from bisect import bisect_left

    from tally.resolve.entities import _Taken

    rng = random.Random(7)
    for _ in range(200):
        taken = _Taken([], [], [], "", None)
        spans: list[tuple[int, int]] = []
        for _ in range(40):
            s = rng.randrange(200)
            e = s + rng.randrange(1, 12)
            i = bisect_left([a for a, _b in spans], e)
            want = i == 0 or spans[i - 1][1] <= s
            assert taken.free(s, e) is want
            if want and rng.random() < 0.7:
                taken.take(s, e)
                spans.append((s, e))
                spans.sort()
                assert taken.starts == [a for a, _b in spans] and taken.ends == [b for _a, b in spans]
            assert 0 <= taken.at <= len(taken.starts)


def test_scanned_inside_searches_from_the_last_place_as_bisect() -> None:
    from bisect import bisect_right

    from tally.resolve.entities import _Found, _Scanned

    rng = random.Random(3)
    for _ in range(100):
        los, his = [], []
        x = 0
        for _ in range(rng.randrange(0, 12)):
            x += rng.randrange(1, 9)
            los.append(x)
            x += rng.randrange(1, 9)
            his.append(x)
        sc = _Scanned("", 0, 0, (0, 0), [], [], [], los, his, _Found(battery=(), seq=(), refs=()))
        xs = list(range(-1, x + 3))
        for y in xs + rng.sample(xs, len(xs)) + sorted(xs, reverse=True):
            i = bisect_right(los, y)
            assert sc.inside(y) is (i > 0 and y < his[i - 1]), (los, his, y)


_BEFORE_NAMES = [
    "the papermaking company ",
    "glassmaker\t \n",
    "the chipmaker  \n",
    "chipmaker\n\n",
    "a steel-maker ",
    "company",
    "  ",
    "\n",
    "",
    "Her company, ",
    "in the county of ",
    "makers ",
]


@pytest.mark.parametrize("before", _BEFORE_NAMES)
def test_ends_with_head_at_is_ends_with_head(before: str) -> None:
    from tally.resolve.entities import _ends_with_head, _ends_with_head_at, _heads_before, _heads_by_end

    texts = [before, "x" * 40 + before, *(f"{h}{before[-3:]}" for h in _heads_before()[:8])]
    for text in texts:
        for lo in range(len(text) + 1):
            got = _ends_with_head_at(text, lo, len(text), _heads_by_end())
            assert got == _ends_with_head(text[lo:]), (text, lo)


# (pattern, the words ``_final_words`` tells every match ends with, or None)
_FINAL_WORDS = [
    (r"a\s+(?:the\s+)?$", ("a", "the")),
    (r"(?:of|in)\s*$", ("in", "of")),
    (r"(?:North|northeast)[ \t]+\Z", ("north", "northeast")),
    (r"(?:north|northeast)\s+$", ("east", "north")),  # (re factors out "north")
    (r"x[ab]$", ("a", "b")),
    (r"xyz(?:q|)$", ("q", "xyz")),
    (r"\b(?:just|right)\s+(?:outside|beyond)\s+(?:\w+\s+of\s+)?$", ("beyond", "of", "outside")),
    (r"\s*$", None),  # blanks alone may match
    (r"(?:of)?$", None),  # nothing may match
    (r"of\s+\w+$", None),  # a class at the end
    (r"of(?=\s)\s*$", None),  # a lookahead
    (r"ofé$", None),  # a non-ASCII letter
    (r"of\s+", None),  # not anchored at the end
    (r"(?m)of\s+$", None),  # ``$`` before any line break
]


@pytest.mark.parametrize(("pattern", "words"), _FINAL_WORDS)
def test_final_words(pattern: str, words: tuple[str, ...] | None) -> None:
    from tally.resolve.entities import _final_words

    assert _final_words(re.compile(pattern, re.IGNORECASE)) == words


_END_PIECES = [
    "of", "OF", "from", "outſide", "outside", "beyond", "the", "The", "just", "right", "immediately",
    "km", "kilometres", "a", "east", "north", "xyz", "q", "in", "İn", "x", "b", "two-hour", "drive", "walk",
    "é", "",
]


@pytest.mark.parametrize("seed", range(3))
def test_may_end_with_wherever_an_anchored_pattern_matches(seed: int) -> None:
    """Where a pattern of ``_FINAL_WORDS`` (or the reference point's) matches a text anchored at its
    end (a search, IGNORECASE), ``_may_end_with`` holds for that text with the pattern's words."""
    from tally.resolve.entities import _EndWords, _final_words, _may_end_with, _reference_point_rx

    rng = random.Random(seed)
    rxs = [_reference_point_rx(), *(re.compile(p, re.IGNORECASE) for p, w in _FINAL_WORDS if w)]
    hits = 0
    for _ in range(4000):
        text = "".join(
            rng.choice(_END_PIECES) + rng.choice([" ", " ", "  ", "\n", "\t", "\xa0", ""])
            for _ in range(rng.randint(1, 7))
        )
        for rx in rxs:
            words = _final_words(rx)
            assert words is not None
            ends = _EndWords(words)
            if rx.search(text):
                hits += 1
                for lo in range(len(text) + 1):
                    if rx.search(text[lo:]):
                        assert _may_end_with("xx" + text, lo + 2, len(text) + 2, ends), (rx, text, lo)
    assert hits > 100


def test_reference_point_ends() -> None:
    from tally.resolve.entities import _final_words, _reference_point_ends, _reference_point_rx, _role_tables

    ends = _reference_point_ends()
    assert ends is not None and ends.words == _final_words(_reference_point_rx())  # (the shortcut is taken)
    assert ends.words == ("beyond", "from", "of", "outside", "the")
    assert ends.lasts == frozenset(map(ord, "dmefDMEF")) and ends.tail == 7
    assert _role_tables()[3] is ends
