"""Shortcuts of ``visibility``: each gives what the search it replaces gives."""

from __future__ import annotations

import random

import pytest

from tally.resolve import coref_visibility as visibility

_PIECES = (
    ", a , an , one of , the company that , held , based , set up , located , south of , near , "
    "next to , close to , ; ; , 1,200 Shanxi plant x"
).split(" ")


@pytest.mark.parametrize("i", [i for i in range(len(visibility._ASIDE)) if visibility._COMMA_ENDED >> i & 1])
def test_comma_ended_patterns_end_so(i: int) -> None:
    """The patterns of ``_COMMA_ENDED`` end in a possessive run up to a comma, after words with none."""
    pattern = visibility._ASIDE[i].pattern
    tail = r"[^,;]*+(?=,)"
    assert pattern.endswith(tail)
    assert "," not in pattern[1 : -len(tail)] and ";" not in pattern[1 : -len(tail)]


@pytest.mark.parametrize("seed", range(3))
def test_no_match_without_a_comma_next(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice((" ", "  ", "")) for _ in range(rng.randint(1, 9)))
        for i, rx in enumerate(visibility._ASIDE):
            if not visibility._COMMA_ENDED >> i & 1:
                continue
            for at in range(len(text)):
                if text[at] == "," and rx.match(text, at) is not None:
                    assert visibility._comma_next(text, at), (text, at)
