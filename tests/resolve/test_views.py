"""Shortcuts of ``views``: each gives what the search it replaces gives."""

from __future__ import annotations

import random

import pytest

from tally.resolve import views

_PIECES = (
    "nationwide Nationwide NATIONWIDE nationally NaTiOnAlLy across Across ACROSS aCROSS the country , ; "
    '" “ ( — _ 5 é ſ K İ ı a n N A An As And Also na nA ac aC Nat Acr x'
).split(" ")


@pytest.mark.parametrize("seed", range(3))
def test_nation_opening_is_the_match(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(4000):
        text = "".join(
            rng.choice(_PIECES) + rng.choice((" ", "", ",", "\t")) for _ in range(rng.randint(0, 5))
        )
        assert views._nation_opening(text) == (views._NATION_OPENING.match(text) is not None), text


@pytest.mark.parametrize(
    "text", ["", "N", "n,", "Nationwide, the rate", "ACROSS THE COUNTRY, x", "Aacross,", "Na"]
)
def test_nation_opening_examples(text: str) -> None:
    assert views._nation_opening(text) == (views._NATION_OPENING.match(text) is not None)
