"""Prefilters: whenever a rule matches a text, one of its prefilters matches the folded text."""

from __future__ import annotations

import random
import re

import pytest

from tally.extract.periods import _grammar
from tally.extract.prefilter import prefilter
from tally.gates import fold

_SPAN_TO = r"\b(?:year|twelve months|quarter|(?:\d{1,2}|six)\s+months)\s+(?:to|ending)\b"


def _passes(pf: tuple[re.Pattern[str], ...] | None, text: str) -> bool:
    return pf is None or any(p.search(fold(text)) for p in pf)


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (r"\bfiscal\s+year\s+(?:to|ending)\b", "the FISCAL \t year\nENDING in June", True),
        (r"\bfiscal\s+year\s+(?:to|ending)\b", "the fiscal year began", False),
        (r"(?<!\d)\b(?:19|20)\d\d\b(?!%)", "in 2019", True),
        (r"(?<!\d)\b(?:19|20)\d\d\b(?!%)", "in 1850", False),
        (r"\b(?:the\s+)?(?:first|second)\s+half\b", "In the Second Half,", True),
        (r"\b(?:the\s+)?(?:first|second)\s+half\b", "the second quarter", False),
        (r"\bJan(?:uary)?\.?\s+\d{1,2}\b", "on JAN. 5", True),
        (r"\bJan(?:uary)?\.?\s+\d{1,2}\b", "on June 5", False),
        (r"\bby\s+(?:the\s+end\s+of\s+)?20\d\d|\bwithin\s+\d+\s+years", "within 5 years", True),
        (r"\bby\s+(?:the\s+end\s+of\s+)?20\d\d|\bwithin\s+\d+\s+years", "by then", False),
        (r"\b\d{1,2}(?:st|nd|rd|th)\s+Five-Year\s+Plan", "the 14th five-year plan", True),
        (r"\bFY\s*'?\d\d\b", "fy'22", True),
        (r"\bFY\s*'?\d\d\b", "fx 22", False),
        # alternatives cut to their last words ("months" of "twelve months"): searched as strings
        (_SPAN_TO, "12  Months To", True),
        (_SPAN_TO, "twelve months ending", True),
        (_SPAN_TO, "six months of", False),
        # leading items dropped: the match of what is left lies inside the whole match
        (r"\b(?:\d{1,2}|a|three)\s+(?:years?|decades?)\s+ago\b", "three DECADES ago", True),
        (r"\b(?:\d{1,2}|a|three)\s+(?:years?|decades?)\s+ago\b", "years later", False),
        # a repeat of what may be empty: no expansion by first characters, still a prefilter
        (r"(?:x?y?)+zed\b", "ZED", True),
        (r"(?:x?y?)+zed\b", "zap", False),
    ],
)
def test_prefilter_passes_matches_and_drops_what_cannot_match(pattern: str, text: str, matches: bool) -> None:
    rx = re.compile(pattern, re.IGNORECASE)
    pf = prefilter(rx)
    assert pf is not None
    assert bool(rx.search(text)) == matches
    assert _passes(pf, text) == matches


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # \w is not translated: nothing required is left
        r"(?:a|b)?",  # may match the empty string
        r"x(?=y)",  # fine, but case-sensitive patterns are refused
    ],
)
def test_no_prefilter_when_none_is_safe(pattern: str) -> None:
    flags = 0 if pattern.startswith("x") else re.IGNORECASE
    assert prefilter(re.compile(pattern, flags)) is None


# pieces of time phrases: random joins of them (with odd case, spacing and punctuation) make
# texts on which many rules nearly match
_PIECES = (
    "in during over for by since from between to and through until ending ended the of a year years "
    "month months quarter first second half last next this past previous same period plan fiscal "
    "financial budget FY Five-Year 14th 2019 2020 2021 21 22 1998 1990s June Jan. Sept May March "
    "summer winter autumn ago decade decades end mid- early late beginning- compared with than level "
    "figure total its their 12 3 six twelve within coming recent now to date so far currently "
    "Monday Fridays yesterday week 500 BC AD - – / , . ( ) ’s already has have alone Café ſince İn €5"
).split()
_SPACES = (" ", "  ", "\n", "\t", "", " ")


def _random_text(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(2, 9)):
        w = rng.choice(_PIECES)
        if rng.random() < 0.2:
            w = w.upper() if rng.random() < 0.5 else w.capitalize()
        words.append(w + rng.choice(_SPACES))
    return "".join(words)


def test_every_grammar_rule_prefilter_is_necessary() -> None:
    rng = random.Random(7)
    rules = [(name, rx, prefilter(rx)) for name, rx in _grammar()]
    hits = 0
    for _ in range(4000):
        text = _random_text(rng)
        for name, rx, pf in rules:
            if rx.search(text):
                hits += 1
                assert _passes(pf, text), (name, text)
    assert hits > 1000  # the texts do exercise the rules


def test_ascii_twins_find_what_the_rules_find() -> None:
    from tally.extract.periods import _ascii_window, _matches, _twins

    rng = random.Random(11)
    rules = [rx for _, rx in _grammar()]
    twins = _twins()
    assert all(t is not None for t in twins)  # every rule of the grammar has one
    checked = 0
    for _ in range(3000):
        text = _random_text(rng) + _random_text(rng)
        start = rng.randint(0, len(text) // 2)
        end = rng.randint(start, len(text))
        window = _ascii_window(text, start, end)
        for rx, twin in zip(rules, twins, strict=True):
            want = [(m.span(), m.groupdict()) for m in rx.finditer(text, start, end)]
            got = [(m.span(), m.groupdict()) for m in _matches(rx, twin, text, start, end, window)]
            assert got == want, (rx.pattern[:60], text, start, end)
            checked += bool(want) and isinstance(window, tuple)
    assert checked > 500


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"^in 20\d\d", re.IGNORECASE),  # an anchor sees the text's edges, not a window's
        (r"in 20\d\d$", re.IGNORECASE),
        (r"[0-Z]+", re.IGNORECASE),  # a range of capitals and other characters
        (r"In 2020", 0),  # not case-insensitive
    ],
)
def test_no_ascii_twin_when_none_is_safe(pattern: str, flags: int) -> None:
    from tally.extract.prefilter import ascii_lowered

    assert ascii_lowered(re.compile(pattern, flags)) is None


def test_ascii_twin_lowers_literals_not_escapes_or_names() -> None:
    from tally.extract.prefilter import ascii_lowered

    twin = ascii_lowered(re.compile(r"\bFY\s*(?P<Y>\d\d)\B[A-C]", re.IGNORECASE))
    assert twin is not None
    assert twin.pattern == r"\bfy\s*(?P<Y>\d\d)\B[a-c]"


# alternations none of whose runs as a whole starts with a literal: each alternative's own
_PER_ALTERNATIVE = (
    r"\b\d{1,3}\s*(?:km|kms)\b|\bno\.\s*\d+\b|\b\d+\s*(?:km|kms)\s*[-–]\s*no\.\s*\d+",
    r"\b(?:\d+\s*bc|ad\s*\d+)\b",
    r"(?:\d\d?\s*hrs|ca\.?\s*\d{1,4})",
)
_PA_WORDS = (
    "12", "3", "2020", "km", "KMS", "no.", "No", "bc", "BCE", "ad", "AD", "hrs", "ca.", "Ca", "-", "–", "x"
)


def test_alternatives_searched_for_by_their_own_literals() -> None:
    for pattern in _PER_ALTERNATIVE[:2]:
        pf = prefilter(re.compile(pattern, re.IGNORECASE))
        assert pf is not None
        # each pattern starts with a literal (sre searches for it as a string), none with a class
        assert all(p.pattern[:2].isalpha() or p.pattern.startswith("no") for p in pf), [p.pattern for p in pf]


@pytest.mark.parametrize("seed", [0, 1])
def test_alternatives_prefilters_pass_every_match(seed: int) -> None:
    rng = random.Random(seed)
    rxs = [re.compile(p, re.IGNORECASE) for p in _PER_ALTERNATIVE]
    pfs = [prefilter(rx) for rx in rxs]
    hits = misses = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PA_WORDS) + rng.choice(_SPACES) for _ in range(rng.randint(1, 6)))
        for rx, pf in zip(rxs, pfs, strict=True):
            if rx.search(text):
                hits += 1
                assert _passes(pf, text), (rx.pattern, text)
            elif not _passes(pf, text):
                misses += 1
    assert hits > 500 and misses > 500  # matches pass; many texts are dropped without running the rule
