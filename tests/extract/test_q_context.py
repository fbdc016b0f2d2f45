"""The readers of ``q_context`` give what the patterns they stand for give."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tally.extract.q_context import _word_after, _word_before

# the patterns the hand readers stand for (the grammar used them before the readers replaced them)
WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][\w&’'.-]*)[ \t]*(?:\n[ \t]*)?\Z")
WORD_AFTER = re.compile(r"[ \t]*(?:\n[ \t]*)?(?P<w>[A-Za-z][\w’'-]*)")

WORD_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\n\n", "\r", "\u00a0", "a", "Z", "k", "5", "_", "-", "’", "'", ".", ",", "é",
     "\u017f", "K", "\u212a", "ß", "²", "٣", "word", "Million", "per", "—", "(", "x"]
)


def _by_regex(text: str, pos: int, end: int) -> str:
    m = WORD_AFTER.match(text, pos, end)
    return m.group("w") if m else ""


@settings(max_examples=3000, deadline=None)
@given(st.lists(WORD_PIECES, max_size=10).map("".join), st.integers(0, 3), st.integers(-2, 2))
def test_word_after_is_the_pattern(text, cut, over):
    """``_word_after`` reads by hand what ``word_after`` matches, at every place and end (one past the
    text's end too, where the regex clips)."""
    for end in {max(0, len(text) - cut), len(text) + max(0, over)}:
        for pos in range(len(text) + 2):
            assert _word_after(text, pos, end) == _by_regex(text, pos, end), (text, pos, end)


@given(st.text(max_size=12), st.integers(0, 14), st.integers(0, 14))
def test_word_after_on_any_text(text, pos, end):
    assert _word_after(text, pos, end) == _by_regex(text, pos, end)


def _before_by_regex(text: str, pos: int, lo: int) -> str:
    m = WORD_BEFORE.search(text, max(lo, pos - 40), pos)
    return m.group("w") if m else ""


BEFORE_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\n\n", "\r", "\u00a0", "a", "Z", "5", "_", "&", "-", "’", "'", ".", ",", "é",
     "\u017f", "\u212a", "²", "٣", "word", "Rs.", "U.S.", "—", "(", "x" * 30]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(BEFORE_PIECES, max_size=10).map("".join), st.integers(0, 50))
def test_word_before_is_the_search(text, lo):
    """``_word_before`` reads backwards what ``word_before`` finds searched in the 40 characters
    before ``pos`` (and from ``lo`` on)."""
    for pos in range(len(text) + 1):
        for low in (0, min(lo, pos)):
            assert _word_before(text, pos, low) == _before_by_regex(text, pos, low), (text, pos, low)
