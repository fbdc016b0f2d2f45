"""Generality rules found on a US state budget story of our own (session 6): a fiscal year named
by the day it ended, and a target's date kept to its own paragraph."""

from __future__ import annotations

import datetime as dt

import pytest
from report_facts import fact_of

PUB = dt.date(2022, 11, 15)

BUDGET = """Oregon revenue beats forecast

By JANE DOE

SALEM, Ore. (AP) — Income tax revenue rose 9.5% to $11.2 billion in the fiscal year that ended June 30,
state economists said. Corporate taxes brought in $1.4 billion, up from $1.1 billion a year earlier.

The state's reserve fund is expected to reach $3.6 billion by 2025, they said.

Portland faces a $40 million gap in its own budget. The mayor has proposed cutting 120 vacant
positions.
"""


@pytest.mark.parametrize(
    ("span", "period"),
    [
        ("9.5%", "2021-07/2022-06"),
        ("$11.2 billion", "2021-07/2022-06"),
        ("$1.4 billion", "2021-07/2022-06"),  # carried: the same year's result
        ("$1.1 billion", "2020-07/2021-06"),  # "a year earlier": the fiscal year before
        ("$3.6 billion", "2025"),
        ("120", None),  # a plan of another paragraph (and subject) takes no date from "by 2025"
    ],
)
def test_fiscal_year_that_ended_and_targets_kept_to_their_paragraph(span: str, period: str | None) -> None:
    assert fact_of(BUDGET, PUB, span).period == period


def test_a_target_date_still_carries_within_its_paragraph() -> None:
    text = (
        "Plans\n\nThe province aims to raise output to 50 billion yuan by 2025. It plans to build "
        "300 new plants.\n"
    )
    assert fact_of(text, dt.date(2022, 5, 1), "300").period == "2025"
