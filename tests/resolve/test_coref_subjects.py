"""Shortcuts of ``subjects``: each gives what the search it replaces gives."""

from __future__ import annotations

import random

import pytest

from tally.resolve import coref_subjects as subjects

_PIECES = (
    "that which who whose where when while because although though if as such As That thatch whoever "
    "what whole whe wh thou ough alt al though2 athough _though has was ifs _as éas asas rose in Shanxi , ;"
).split()
_GAPS = (" ", "  ", "\t", "\n", "", ",", "\u00a0")


def test_stems_find_every_word() -> None:
    """Each word of ``_SUBORDINATE_WORDS`` is under one piece, holding it where it says."""
    words = [w for _stem, ws in subjects._SUBORDINATE_STEMS for w, _back in ws]
    assert sorted(words) == sorted(subjects._SUBORDINATE_WORDS)
    for stem, ws in subjects._SUBORDINATE_STEMS:
        for w, back in ws:
            assert w[back : back + len(stem)] == stem, (stem, w)


@pytest.mark.parametrize("seed", range(3))
def test_subordinate_is_the_search(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(4000):
        lead = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(0, 8)))
        assert subjects._subordinate(lead) == (subjects._SUBORDINATE.search(lead) is not None), lead


@pytest.mark.parametrize(
    "lead",
    ["although ", "though ", "falthough ", "al though ", "whose ", "somewhere ", "who\t", "such as ", "as"],
)
def test_subordinate_examples(lead: str) -> None:
    assert subjects._subordinate(lead) == (subjects._SUBORDINATE.search(lead) is not None)
