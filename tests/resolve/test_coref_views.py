"""Shortcuts of ``views``: each gives what the search it replaces gives."""

from __future__ import annotations

import random

import pytest

from tally.resolve import coref_views as views

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


_NATIONAL_PIECES = (
    "national NATIONAL nAtIoNaL natıonal natİonal nati\u0307onal nation al average rate of inflation "
    "jobless , ; ſ K İ ı Σ é 5 the a"
).split(" ")


@pytest.mark.parametrize("seed", range(3))
def test_national_window_implies_the_sentence_gate(seed: int) -> None:
    """``entity_for`` asks ``_national`` of the 40 characters before a figure alone: the sentence's
    gate (``_holds_folded`` of the whole text), once asked first, held whenever the window's match did."""
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(
            rng.choice(_NATIONAL_PIECES) + rng.choice((" ", "", "  ")) for _ in range(rng.randint(0, 12))
        )
        for at in range(0, len(text) + 1, 3):
            if views._national(text[max(0, at - 40) : at]):
                assert views._holds_folded(text, views._NATIONAL_WORDS), (text, at)


def test_country_patterns_open_with_a_possessive() -> None:
    """``_country_subject`` answers False at once when the text after a country opens with neither
    quote: both patterns (each branch) open with ``['’]s``."""
    assert views._QUOTES == ("'", "’")
    assert views._RX_COUNTRY_SUBJECT_2.pattern.startswith("['’]s")
    branches = views._RX_COUNTRY_SUBJECT_1.pattern.split("|['’]s")
    assert len(branches) == 2 and branches[0].startswith("['’]s")


_TAIL_PIECES = "'s ’s s ' ’ largest most populous richest interest GDP grew , the \" x".split(" ")


@pytest.mark.parametrize("seed", range(3))
def test_country_tails_without_a_quote_match_neither(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        tail = "".join(
            rng.choice(_TAIL_PIECES) + rng.choice((" ", "", "\t")) for _ in range(rng.randint(0, 6))
        )
        if tail[:1] not in views._QUOTES:
            assert views._RX_COUNTRY_SUBJECT_1.match(tail) is None, tail
            assert views._RX_COUNTRY_SUBJECT_2.match(tail) is None, tail
