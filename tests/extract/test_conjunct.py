"""conjunct: the literal scan, cut in parts by first characters, finds what the one scan finds."""

from __future__ import annotations

import random
import re

import pytest

from tally.extract.conjunct import Conjunct
from tally.gates import fold, gate_of

_PATTERNS = (
    r"\byears?\b",
    r"\blast\s+year\b",
    r"\bthe (?:past|coming) (?:few )?years",
    r"\bin the same period\b",
    r"\b(?:19|20)\d\d\b",
    r"\bago\b",
    r"\byear-end\b",
    r"\bend of (?:june|may)\b",
    r"\b(?:may|march|mar)\b",
)
_WORDS = (
    "year years the past coming few last in same period 2019 1998 20 ago end of June May March mar "
    "market innovation yearly lastly the-past agoing yearend year-end - , . ( ) Ünïted ſame İn"
).split()


def _conjunct(common: str) -> Conjunct:
    rxs = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]
    cj = Conjunct.of(rxs, [gate_of(rx) for rx in rxs], common)
    assert cj is not None
    return cj


_SPLITS = ["", " etaoinsrh", "y", "abcdefghijklmnopqrstuvwxyz 0123456789-", "e l1"]


@pytest.mark.parametrize("common", _SPLITS)
def test_found_is_the_scans_findall(common: str) -> None:
    cj = _conjunct(common)
    assert 1 <= len(cj.finds) <= 2
    rng = random.Random(len(common))
    hits = 0
    for _ in range(1500):
        n = rng.randint(0, 9)
        text = "".join(rng.choice(_WORDS) + rng.choice(("", " ", "  ", "\n")) for _ in range(n))
        low = fold(text)
        want = frozenset(cj.scan.findall(low))
        assert cj.found(low) == want, (common, text)
        hits += len(want)
    assert hits > 1500


def test_found_sees_literals_inside_and_across_others() -> None:
    cj = _conjunct(" etaoinsrh")
    # "last year" holds "year" (another part's first character), "years" follows "year" at once
    for text in ("last years-end", "the past few yearsago", "mayyear", "yyear", "la", ""):
        assert cj.found(fold(text)) == frozenset(cj.scan.findall(fold(text))), text
