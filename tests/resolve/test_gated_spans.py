"""Asides and attributions found behind cheap substring gates: the same spans as every pattern
run on every sentence; and a sentence with no mention gives the same view, its spans found late."""

from __future__ import annotations

import pytest

from tally.resolve.coref import _ASIDE, _ATTRIB, SentenceView, Tracker, _asides, attributions
from tally.resolve.entities import Lexicon

_SENTENCES = [
    "According to the bureau, output rose 5 percent.",
    "The mill, according to its owner, employs 300 people.",
    "Data from the customs office show exports rose 12 percent.",
    "Figures released by the ministry indicate a slowdown.",
    "Statistics of the region revealed growth of 3 percent.",
    '"Sales are up," the manager said.',
    "Output rose 4 percent, the agency noted.",
    "Exports fell, officials told reporters.",
    "Farm incomes rose, he added.",
    "Retailers in the city say that orders picked up in May.",
    "A report released by the council shows 40 new firms.",
    "The park — opened in 2019 — hosts 40 firms.",
    "The park – opened in 2019 – hosts 40 firms.",
    "The port (the busiest in the region) handled 2 million tonnes.",
    "Hexi, a village near the river, earned 3 million yuan, which funds 12 schools.",
    "ACCORDING TO the bureau, output rose.",
    "The data, from the bureau, SAID nothing.",
    "Nothing here names a source at all.",
    "Output — up 5 percent on the year — beat forecasts, which were low.",
    "Sales (up 5 percent) beat forecasts, the best in years.",
    "",
]


def _ungated_attributions(sentence: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for rx in _ATTRIB for m in rx.finditer(sentence)]


def _ungated_asides(sentence: str, offset: int) -> tuple[list[tuple[int, int]], int]:
    out: list[tuple[int, int]] = []
    hard = 0
    for i, rx in enumerate(_ASIDE):
        out.extend((offset + m.start(), offset + m.end()) for m in rx.finditer(sentence))
        if i < 2:
            hard = len(out)
    return out, hard


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_gated_spans_are_the_ungated_ones(sentence: str) -> None:
    assert attributions(sentence, 7) == _ungated_attributions(sentence, 7)
    assert _asides(sentence, 7) == _ungated_asides(sentence, 7)


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_view_without_mentions_finds_its_spans_late(sentence: str) -> None:
    text = "Intro. " + sentence
    view = Tracker(Lexicon()).sentence(text, 7, len(text))
    if view.mentions:
        return  # (a view with mentions has its spans from the start)
    side, hard = _ungated_asides(sentence, 7)
    expected = SentenceView(
        7, len(text), [], side, _ungated_attributions(sentence, 7), None, None,
        {s for s, _e in side[:hard]}, sentence,
    )
    assert view == expected
    assert view.asides == side


def test_aside_openings() -> None:
    # what ``_asides`` tests before each pattern: a dash in it, a bracket, a comma opening it
    assert "[—–]" in _ASIDE[0].pattern
    assert _ASIDE[1].pattern.startswith(r"\(")
    assert len(_ASIDE) == 7 and all(rx.pattern.startswith(",") for rx in _ASIDE[2:])
