"""Caption words looked for in article text (tally.segment.articles._used): a word is found
exactly when splitting the text into words gives it."""

from __future__ import annotations

import random

import pytest

from tally.segment.articles import _FIND_MAX, _lower, _lower_words, _used

WORDS = ["abc", "ab-c", "ab'c", "abc-", "abc’", "cab", "bca", "xyz", "aab", "b-a", "a''b"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the abc here", {"abc"}),
        ("the xabc here", set()),  # inside a word
        ("abcd", set()),
        ("-abc.", {"abc"}),  # a word may follow a hyphen or quote
        ("x-abc", set()),  # ... but not a letter before them
        ("ABC!", {"abc"}),
        ("ab-cd ab'c", {"ab'c"}),
        ("CAB-", set()),  # the word is "cab-", not "cab"
    ],
)
def test_used(text: str, found: set[str]) -> None:
    assert _used(set(WORDS), text) == found == set(WORDS).intersection(_lower_words(text))


@pytest.mark.parametrize("seed", range(3))
def test_used_equals_splitting_into_words(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "abcXYZ'’- \n.İK-'’e"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        words = {w for w in WORDS if rng.random() < 0.5}
        words |= {w for w in _lower_words(text) if rng.random() < 0.5}
        assert len(words) <= _FIND_MAX  # the path that looks each word up
        assert _used(words, text) == words.intersection(_lower_words(text)), (text, words)


_LONG = "Output ROSE — by a THIRD “in March” 5.2%, Officials said. " * 12  # over fold's 512


@pytest.mark.parametrize(
    "text",
    [
        "", "Plain ASCII Text", _LONG, _LONG + "Σ OSAKA", _LONG + "café É", _LONG + "ı dotless",
        _LONG + "ſ long s", _LONG + "i\u0307 dot above", "short — Dash", _LONG + "\ud800 lone",
        _LONG.replace("—", "ǅ"),
    ],
)
def test_lower_is_str_lower(text: str) -> None:
    assert _lower(text) == text.lower()


@pytest.mark.parametrize("seed", range(2))
def test_lower_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    for n in range(300):
        alphabet = "aB —’“ıſ\u0307ΣéÉ." if n % 2 else "aBc —’“é."  # cased non-ASCII or not
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 700)))
        assert _lower(text) == text.lower(), text
