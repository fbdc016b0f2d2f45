"""Caption words looked for in article text (tally.segment.articles._used): a word is found
exactly when splitting the text into words gives it."""

from __future__ import annotations

import random

import pytest

from tally.segment.articles import _FIND_MAX, _ascii_lower, _lower_words, _used, _words

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


_LONG = "Output ROSE — by a THIRD “in March” 5.2%, Officials said. " * 12


@pytest.mark.parametrize(
    "text",
    [
        "", "Plain ASCII Text", _LONG, _LONG + "Σ OSAKA", _LONG + "café É", _LONG + "ı dotless",
        _LONG + "ſ long s", _LONG + "i\u0307 dot above", "short — Dash", _LONG + "\ud800 lone",
        _LONG.replace("—", "ǅ"), "China’s EXPORTS’ ‘rise’ ?",
    ],
)
def test_ascii_lower_is_str_lower_with_non_ascii_as_question_marks(text: str) -> None:
    """``_ascii_lower``: ``text.lower()`` with each non-ASCII character "?" but "’", made "'"."""
    want = "".join(
        c.lower() if c.isascii() else "'" if c == "’" else "?" for c in text
    )
    assert _ascii_lower(text) == want
    assert len(text.lower()) == len(text) or "\u0130" in text


@pytest.mark.parametrize("seed", range(3))
def test_used_on_non_ascii_text_equals_splitting_into_words(seed: int) -> None:
    """On a text that is not ASCII (read through ``_ascii_lower``), words with and without either
    apostrophe are found exactly when splitting the lower-cased text into words gives them."""
    rng = random.Random(seed)
    alphabet = "abcABC'’- \n.éÉΣ—“?-'’"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) + "—"
        words = {w for w in WORDS if rng.random() < 0.5}
        words |= {w for w in _lower_words(text) if rng.random() < 0.5}
        words |= {w.replace("'", "’") for w in words if rng.random() < 0.3}
        words |= {w.replace("’", "'") for w in words if rng.random() < 0.3}
        assert _used(words, text) == words.intersection(_lower_words(text)), (text, words)


@pytest.mark.parametrize("seed", range(2))
def test_words_of_each_caption_make_the_words_of_them_joined(seed: int) -> None:
    """``_vocabularies`` takes the words asked about as the union of each scored caption's
    ``_words`` (found once, kept for scoring): the words of the captions joined by line breaks."""
    rng = random.Random(seed)
    alphabet = "abcXYZ'’- .İKéΣ—"
    for _ in range(2000):
        caps = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(rng.randint(1, 4))
        ]
        union: set[str] = set()
        for c in caps:
            union |= _words(c)
        assert union == set(_lower_words("\n".join(caps))), caps
