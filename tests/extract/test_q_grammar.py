"""The fast forms of the quantity grammar find what the plain forms find."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tally.extract.numbers import alternation, phrase, trie
from tally.extract.q_grammar import _WORDS_B, _bytes_of, _digit_starts, candidates, candidates_re, grammar

# Pieces the candidate scan reacts to, with the characters re folds onto ASCII letters
# ("ſ", "ı", "İ", "K") and non-ASCII digits.
PIECES = st.sampled_from(
    ["a", "an", "A", "An", "AN", "a-fold", "one", "Two", "ten-fold", "tenfold", "half", "quarter",
     "hundred", "million", "couple", "year", "hours", "top", "first", "largest", "dozens", "of",
     "the", "5", "2.5", ".5", ".", "..", "١", "_", "x", "é", "ſ", "ı", "İ", "K", " ", "  ", "\n",
     "-", ",", "(", "\t"]
)
TEXTS = st.one_of(st.lists(PIECES, max_size=30).map("".join),
                  st.lists(st.one_of(PIECES, st.text(max_size=2)), max_size=20).map("".join))


def _plain(text: str, start: int, end: int) -> list[int]:
    """Where the plain candidate pattern finds a start that an atom matches."""
    g = grammar()
    return [c.start() for c in g.candidate.finditer(text, start, end)
            if g.atom.match(text, c.start(), end)]


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.integers(0, 3))
def test_candidates_keep_every_atom_start(text, cut):
    g = grammar()
    for start, end in ((0, len(text)), (min(cut, len(text)), len(text))):
        fast = candidates(g, text, start, end)
        assert fast == sorted(set(fast))
        assert [c for c in fast if g.atom.match(text, c, end)] == _plain(text, start, end)


# What the byte scans of ``candidates`` read otherwise than the regexes over the text: blanks and
# digits beyond ASCII, characters lower-cased to ASCII, Latin-1 and "?" standing for the rest.
BYTE_PIECES = st.sampled_from(
    ["a", "An", "a-fold", "a fold", "an\u00a0million", "a\u2009year", "a\x1cmillion", "a\x85hour",
     "a?million", "a\u2014million", "a -- hour", "ten-fold", "one", "TWO", "fold", "5", ".5", "..",
     "9.", "\u0661", "\uff15", "\u212a", "\u0130", "\u017f", "\u0131", "\u00e9", "\u00c9", "\u00b2",
     "\u00ff", "\u0100", "\u2019", "\u20ac", "&#8212;", "&#8490;", " ", "\n", "-", "_", "("]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(BYTE_PIECES, PIECES), max_size=14).map("".join), st.integers(0, 3),
       st.integers(0, 2))
def test_candidates_over_bytes_find_what_the_regexes_find(text, cut, trim):
    g = grammar()
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    for s, e in ((0, len(text)), (start, end)):
        assert candidates(g, text, s, e) == candidates_re(g, text, s, e)


# The digit scans ``_digit_starts`` replaces: over the image with every digit a "0", a run's first
# digit with no digit nor "." before it, and a "." before a digit with neither before it.
_DIGITS_0 = bytes(0x30 if 0x30 <= i <= 0x39 else i for i in range(256))
_RUN_START = re.compile(rb"0(?<![0.].)0*+")
_DOT_START = re.compile(rb"\.0(?<![0.]..)")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([b"0", b"7", b"12", b".", b"..", b"a", b"A", b" ", b"\n", b"?", b"_", b"\xe9",
                                 b"-", b","]), max_size=16).map(b"".join), st.integers(0, 5))
def test_digit_starts_find_what_the_digit_regexes_find(b, lo):
    d = b.translate(_DIGITS_0)
    want = sorted(m.start() + lo for rx in (_RUN_START, _DOT_START) for m in rx.finditer(d))
    out: list[int] = []
    _digit_starts(b.translate(_WORDS_B), b, lo, out)
    assert out == want


@pytest.mark.parametrize(
    ("b", "starts"),
    [(b"5", [0]), (b".5", [0]), (b"3.5", [0]), (b"..5", []), (b"a.5 x", [1]), (b"1,234.5", [0, 2]),
     (b"v2.0.1", [1]), (b"5. 6", [0, 3]), (b"x\n.25", [2]), (b"", [])],
)
def test_digit_starts_table(b, starts):
    out: list[int] = []
    _digit_starts(b.translate(_WORDS_B), b, 0, out)
    assert out == starts


@pytest.mark.parametrize(
    ("text", "bytes_path"),
    [("a million", True), ("5\u2019s share?", True), ("\u201cten\u201d \u2014 a\u20acb", True),
     ("what? \U0001f600 two", True), ("&#8201; a year", True), ("a\u2009year", False),
     ("one \u0661", False), ("\u212a", False), ("\u0130", False), ("\u017f", False), ("\u0131", False),
     ("\u2019 \u2019 \u3000", False)],
)
def test_bytes_of_refuses_what_the_byte_scans_would_misread(text, bytes_path):
    b = _bytes_of(text)
    assert (b is not None) == bytes_path
    if b is not None:                                          # one byte per character
        assert len(b) == len(text)
        assert b == text.encode("latin-1", "replace")


@pytest.mark.parametrize(
    "text",
    ["a million tonnes", "about a year ago", "A quarter of the land", "an hour's drive",
     "a couple of years", "a hundred firms", "a firm", "A tram", "twofold rise", "Twenty-Five"],
)
def test_candidates_on_sentences(text):
    assert [c for c in candidates(grammar(), text, 0, len(text))
            if grammar().atom.match(text, c)] == _plain(text, 0, len(text))


SPACE = r"\s+"
WORDS = st.lists(st.text("abk s-", min_size=1, max_size=5).map(lambda w: " ".join(w.split())).filter(bool),
                 min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text("abkAKſs -x\n", max_size=12))
def test_trie_matches_like_the_longest_first_alternation(words, text):
    for flags in (0, re.I):
        lower = bool(flags)                                    # lower-cased words only under IGNORECASE
        for end in (r"(?![a-z])", r"\b", ""):
            plain = re.compile(rf"(?:{alternation(words)}){end}", flags)
            fast = re.compile(rf"(?:{trie(words, lower=lower)}){end}", flags)
            a, b = plain.match(text), fast.match(text)
            assert (a and a.span()) == (b and b.span())
            plain = re.compile(rf"(?:{phrase(words)}){end}", flags)
            fast = re.compile(rf"(?:{trie(words, lower=lower, space=SPACE)}){end}", flags)
            a, b = plain.match(text), fast.match(text)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize(
    ("words", "text"),
    [(["a", "ab", "abc"], "abcd"), (["a", "ab", "abc"], "abd"), (["a", "ab", "abc"], "ab c"),
     (["per", "per cent"], "per  cent."), (["k", "km", "km/h"], "km/hr"), (["a b", "a bc"], "a bc")],
)
def test_trie_prefers_the_longest_word(words, text):
    for end in ("", r"(?![a-z])"):
        plain = re.compile(rf"(?:{phrase(words)}){end}", re.I)
        fast = re.compile(rf"(?:{trie(words, space=SPACE)}){end}", re.I)
        a, b = plain.match(text), fast.match(text)
        assert (a and a.span()) == (b and b.span())


# What may follow a number: blanks, signs, scale words, units, age forms, range and "per" words,
# with upper case, the characters re folds onto ASCII letters and a non-ASCII dash.
FOLLOWERS = st.sampled_from(
    ["million", "Billion", "bn", "lakh", "percent", "per cent", "%", "yuan", "US$", "tonnes", "km",
     "MW", "year-old", "years", "months-old", "to", "and", "or", "-", "–", "~", "per", "a", "an",
     "annually", "each", "every", "/", "or more", "plus", "and above", "consecutive", "straight",
     "of", "in", "people", "the", "K", "ſ", "ı", "İ", "é", "5", ".", ",", ")", " ", "  ", "\n",
     "\t", "\u00a0"]
)
AFTER = st.lists(FOLLOWERS, max_size=6).map("".join)


def _gate_pairs() -> list[tuple[re.Pattern[str], frozenset[str]]]:
    from tally.extract.q_units import registry

    g, reg = grammar(), registry()
    return [(g.scale_word, g.scale_word_lead), (g.range_tail, g.range_tail_lead),
            (g.approx_after, g.approx_after_lead), (reg.after_re, reg.after_lead),
            (reg.age_re, reg.age_lead), (reg.per_re, reg.per_lead)]


@settings(max_examples=1500, deadline=None)
@given(AFTER)
def test_lead_sets_never_refuse_a_match(text):
    """A pattern tried after a number is skipped only where it cannot match (``_lead``)."""
    from tally.extract.quantities import _lead

    lead = _lead(text, 0, len(text))
    for rx, first in _gate_pairs():
        if rx.match(text):
            assert lead in first, (rx.pattern[:40], text)


# Pieces around a digit run: what each digit-led atom reads after the digits (ordinal suffixes,
# "×10", "-fold", "/"), the characters re folds onto them, and what ends plain numbers.
DIGIT_PIECES = st.sampled_from(
    ["5", "12", "2019", "3.5", ".5", "1,234", "2,41,930", "0", "١", "٣", "st", "ST", "ſt", "nd", "rd",
     "th", "Th", "x", "X", "×", "10", "^", "**", "−", "-", "fold", "Fold", "f", "/", "⁄", "K", "k",
     "m", "bn", " ", "\n", "\u00a0", ".", ",", "%", "a", "é", "_", "most", "largest", "(", ")"]
)
DIGIT_TEXTS = st.one_of(st.lists(DIGIT_PIECES, max_size=24).map("".join),
                        st.lists(st.one_of(DIGIT_PIECES, st.text(max_size=2)), max_size=16).map("".join))


def _atom_at(rx: re.Pattern[str], text: str, i: int) -> tuple[tuple[int, int], str | None] | None:
    m = rx.match(text, i)
    return (m.span(), m.lastgroup) if m else None


@settings(max_examples=1500, deadline=None)
@given(DIGIT_TEXTS)
def test_digit_led_guard_keeps_every_atom(text):
    """The atom with ``DIGIT_LED_GUARD`` matches what the atom without it matches, everywhere."""
    fast, plain = grammar().atom, grammar(guarded=False).atom
    assert fast.pattern != plain.pattern
    for i in range(len(text) + 1):
        assert _atom_at(fast, text, i) == _atom_at(plain, text, i), (text, i)


@pytest.mark.parametrize(
    "text",
    ["the 3rd largest", "2.998×10−8 m", "3x10^5", "a 2-fold rise", "2.5fold", "1/2 pound", "9/11",
     "5 percent", "1,234.5 yuan", "12th Five-Year Plan", "4ſt", "5th-most populous", "7 x 10",
     "3 x 10^5", "2.5 ×10−3 m", "6\u00a0x 10 4", "8\n× 10**2"],
)
def test_digit_led_guard_on_phrases(text):
    fast, plain = grammar().atom, grammar(guarded=False).atom
    for i in range(len(text) + 1):
        assert _atom_at(fast, text, i) == _atom_at(plain, text, i), (text, i)
