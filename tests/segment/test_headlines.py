# ruff: noqa: E501  (synthetic pages keep their paragraphs on one line, like the corpus)
"""Headlines above a byline: a deck is longer than its title; a shorter line above the title is a cut sentence."""

from __future__ import annotations

import pytest

from tally.segment import segment

CUT_LINE = """\
Tea town brews a richer future

By HE LINA

Growers in the hills sold 3,000 tons of green tea last year, the county said.

Terraces on the slopes now stretch

Wind farms rise on the grassland

By MA JUN

The banner added 2 gigawatts of wind power last year, its energy bureau said.
"""

HEAD_AND_DECK = """\
Wind farms rise on the grassland

The banner adds turbines as herders lease land to power companies

By MA JUN

The banner added 2 gigawatts of wind power last year, its energy bureau said.
"""


@pytest.mark.parametrize(
    ("page", "headlines"),
    [
        (CUT_LINE, ["Tea town brews a richer future", "Wind farms rise on the grassland"]),
        (HEAD_AND_DECK, ["Wind farms rise on the grassland"]),
    ],
)
def test_headline_above_byline(page: str, headlines: list[str]) -> None:
    arts = segment(page)
    assert [page[a.headline.start : a.headline.end] for a in arts if a.headline] == headlines
