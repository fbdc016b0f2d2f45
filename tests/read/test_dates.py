"""Publication dates inferred from a report's text."""

from __future__ import annotations

import datetime as dt

import pytest

from tally.read.dates import infer_published

TODAY = dt.date(2024, 1, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated: June 25, 2021 | Linfen exports rose 5 percent.", dt.date(2021, 6, 25)),
        ("TAIYUAN, 3 March 2022 - Output grew.", dt.date(2022, 3, 3)),
        ("Posted 2023-07-26 08:00. The county added 1,200 jobs.", dt.date(2023, 7, 26)),
        ("Sept. 9, 2020: freight volume rose.", dt.date(2020, 9, 9)),
        ("Dec 1 2019 and later Jan. 5, 2020 figures", dt.date(2020, 1, 5)),
        ("The plan runs to 2025 and output doubled in 2021.", None),  # years alone are too vague
        ("Filed on February 30, 2021.", None),  # no such day
        ("Scheduled for June 1, 2031, the fair will open.", None),  # after today
        ("No date here at all.", None),
    ],
)
def test_infer_published(text, expected):
    assert infer_published(text, today=TODAY) == expected
