"""The cheap tests of ``tally.resolve.ent_roles`` tried before a pattern, against the pattern."""

from __future__ import annotations

import random
import re

import pytest

from tally.resolve.ent_roles import (
    _POSSESSIVE_ENDS,
    _POSSESSIVE_HEADS,
    _RX_MARK_ROLES_2,
    _RX_MARK_ROLES_3,
    _RX_MARK_ROLES_7,
    _government_after_rx,
    _government_openings,
    _may_govern,
    _possessive_next,
)

_GOV_TEXTS = [
    "Hunan government",
    "Hunan  county\tgovernment said",
    "Hunan\nprovincial government",
    "Hunan authorities",
    "Hunan People's Congress",
    "Hunan GOVERNMENT",
    "Hunan CoUnTy Authorities",
    "Hunan ſtatistics",
    "Hunan city",
    "Hunan said",
    "Hunan ",
    "Hunan g",
    "Hunan                                          government",
    "Hunan Ġovernment",
    "Hunan lOcal government",
]


def _gov_cases() -> list[tuple[str, int]]:
    rng = random.Random(11)
    words = ["government", "authorities", "people's congress", "city", "county", "local", "go", "au", "pe"]
    words += ["Government", "AUTHORITIES", "said", "grew", "ci", "ı", "ſ", "é", "K", ""]
    cases = [(t, 5) for t in _GOV_TEXTS]
    for _ in range(3000):
        gaps = [rng.choice([" ", "  ", "\t", "\n", " \u3000", ""]) for _ in range(3)]
        picked = [rng.choice(words) for _ in range(3)]
        text = "Hunan" + "".join(g + w for g, w in zip(gaps, picked, strict=True))
        if text[5:6].isspace():
            cases.append((text, 5))
    return cases


def test_government_openings() -> None:
    openings = _government_openings()
    assert openings is not None  # (the shortcut is taken)
    assert {"go", "au", "pe", "ci", "co", "lo"} <= openings


def test_may_govern_holds_where_the_pattern_matches() -> None:
    # the cheap test is false only where the government pattern does not match
    rx, openings = _government_after_rx(), _government_openings()
    matched = skipped = 0
    for text, q in _gov_cases():
        hit = rx.match(text, q, q + 40) is not None
        may = _may_govern(text, q, openings)
        assert may or not hit, text
        matched += hit
        skipped += not may
    assert matched > 100 and skipped > 100


_TAILS = [
    "'s, the",
    "'s.",
    "’s and",
    "'s or",
    "'s  ;",
    "'s)",
    "'s new plant",
    "'s government",
    "’s People's Congress",
    "'S Statistics bureau",
    "'ſ ſtatistics",
    "'s\tdepartment",
    "'sgovernment",
    "'s",
    "'s ",
    "'",
    "'s And",
    "'t or",
    "'s Ġovernment",
]


def _tail_cases() -> list[str]:
    rng = random.Random(13)
    parts = ["'", "’", "s", "S", "ſ", " ", "\t", "\n", ",", ".", ";", ")", "and", "or", "government"]
    parts += ["Statistics", "people's", "DEPARTMENT", "x", "é", "a", "o", "g"]
    out = list(_TAILS)
    for _ in range(4000):
        out.append(rng.choice("'’") + "".join(rng.choice(parts) for _ in range(rng.randrange(6))))
        # (a possessive, blanks or none, then a word or a stop)
        blanks = rng.choice(["", " ", "  ", "\t", "\n "])
        out.append(rng.choice("'’") + rng.choice("sSſ") + blanks + rng.choice(parts) + rng.choice(parts))
    return out


def test_possessive_gates_hold_where_the_patterns_match() -> None:
    hits2 = hits3 = 0
    for tail in _tail_cases():
        k, c = _possessive_next(tail)
        may2 = bool(c) and c in _POSSESSIVE_ENDS
        may3 = k > 2 and (c > "\x7f" or c.lower() in _POSSESSIVE_HEADS)
        if _RX_MARK_ROLES_2.match(tail):
            hits2 += 1
            assert may2, tail
        if _RX_MARK_ROLES_3.match(tail):
            hits3 += 1
            assert may3, tail
    assert hits2 > 20 and hits3 > 20


@pytest.mark.parametrize("gap", [",", ", ", ",\n\t ", ",x", ", x", ",,", ",\u3000", ", and "])
def test_comma_gap(gap: str) -> None:
    # ``_RX_MARK_ROLES_7.fullmatch`` of a gap opening with a comma, as ``_mark_roles`` tests it
    assert (len(gap) == 1 or gap[1:].isspace()) is (_RX_MARK_ROLES_7.fullmatch(gap) is not None)


def test_possessive_tables() -> None:
    # the openings of each alternative of the two patterns
    assert re.search(r"\(\?:\[,\.;:\)\]\|and\\b\|or\\b\)", _RX_MARK_ROLES_2.pattern)
    assert set(_POSSESSIVE_ENDS) == set(",.;:)") | {"a", "o"}
    heads = re.search(r"\(\?:([a-z'|]+)\)", _RX_MARK_ROLES_3.pattern)
    assert heads is not None
    assert {w[0] for w in heads.group(1).split("|")} == set(_POSSESSIVE_HEADS)
