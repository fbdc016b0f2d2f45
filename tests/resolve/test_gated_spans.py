"""Asides and attributions found behind cheap substring gates: the same spans as every pattern
run on every sentence; and a sentence with no mention gives the same view, its spans found late."""

from __future__ import annotations

import pytest

from tally.resolve.coref import (
    _ASIDE,
    _ATTRIB,
    _COMMA_ASIDE_GATE,
    _GATE_ASIDES,
    _HARD_ASIDES,
    SentenceView,
    Tracker,
    _asides,
    attributions,
)
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
    "Lianhua, an exporter of tea, the firm that grew, one of the leaders, grew.",
    "The mill, where 40 work, whose owner, who said so, which grew, expanded.",
    "Jinbo, held by the state, located in Wusu, based in Hexi, built in 2001, opened in 2010, grew.",
    "Jinbo, launched in May, scheduled for June, headquartered in Wusu, set up in 2001, founded then, grew.",
    "Wusu, northeast of the capital, south-west of it, eastern of it, near the lake, outside town, grew.",
    "Wusu, next to the river, close to the sea, its largest town, the biggest in the region, grew.",
    "Wusu,\tthe busiest port, its top-ranked mill,\na village there, grew — fast.",
    "Wusu, and the others, as usual, grew — fast – they said.",
    # the said-pattern read from its lower bound: after the last period, semicolon or quote before
    # the last two characters, with a verb after it
    "Output rose 1.5 percent, the agency said.",
    "Officials said output rose 1.5 percent, up from 0.9 percent.",
    '"Sales doubled," he said; "we hired 40."',
    "Prices rose 2.1 percent, the bureau said!",
    'He noted, "costs rose."',
    "The firm added 40 jobs, it said.\n",
    '"It grew," she told reporters."',
    "Statistics from the bureau showed data from the region show growth.",
    "Metadata of the survey, data of the bureau, indicate growth.",
    "They released by-laws; the figures released by the city show more.",
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
def test_view_without_mentions_has_the_ungated_spans(sentence: str) -> None:
    text = "Intro. " + sentence
    view = Tracker(Lexicon()).read(text, 7, len(text))
    if view.mentions:
        return  # (a view with mentions has its spans from the start)
    side, hard = _ungated_asides(sentence, 7)
    expected = SentenceView(
        7, len(text), [], side, _ungated_attributions(sentence, 7), None, None,
        {s for s, _e in side[:hard]}, sentence,
    )
    assert view == expected
    assert view.asides == side


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_comma_aside_gate(sentence: str) -> None:
    """Every match of a comma pattern of ``_ASIDE`` is a match of the gate where it starts."""
    for i, rx in enumerate(_ASIDE[_HARD_ASIDES:], _HARD_ASIDES):
        for m in rx.finditer(sentence):
            g = _COMMA_ASIDE_GATE.match(sentence, m.start())
            assert g, (rx.pattern, m.group(0))
            assert _GATE_ASIDES[g.lastindex or 0] >> i & 1, (rx.pattern, m.group(0))  # (its group's bits)


def test_aside_openings() -> None:
    # what ``_asides`` tests before each pattern: a dash in it, a bracket, a comma opening it
    assert "[—–]" in _ASIDE[0].pattern
    assert _ASIDE[1].pattern.startswith(r"\(")
    assert len(_ASIDE) == 7 and all(rx.pattern.startswith(",") for rx in _ASIDE[2:])
