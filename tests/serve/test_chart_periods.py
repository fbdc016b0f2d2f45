"""Period length classes that keep a chart line to comparable periods."""

from __future__ import annotations

import pytest

from tally.serve.web.periods import class_label, class_order, months, period_class


@pytest.mark.parametrize(
    ("period", "n", "cls"),
    [
        ("2020", 12, "year"),
        ("2021-01/2021-05", 5, "5 months"),
        ("2021-06", 1, "month"),
        ("2020-12/2021-02", 3, "3 months"),
        ("2020-07/2021-06", 12, "12 months"),
        ("2016/2020", 60, "5 years"),
        ("2021-06-30", None, "date"),
        ("2021-01-01/2021-01-10", None, "10 days"),
        ("someday", None, None),
        (None, None, None),
    ],
)
def test_period_class(period: str | None, n: int | None, cls: str | None) -> None:
    assert months(period) == n
    assert period_class(period) == cls


@pytest.mark.parametrize(
    ("cls", "periods", "label"),
    [
        ("year", ["2019", "2020"], "annual"),
        ("month", ["2021-06"], "monthly"),
        ("5 months", ["2020-01/2020-05", "2021-01/2021-05"], "5 months (Jan–May)"),
        ("3 months", ["2021-01/2021-03", "2021-04/2021-06"], "3 months"),
        ("5 years", ["2016/2020"], "2016–2020 total"),
        ("5 years", ["2011/2015", "2016/2020"], "5-year totals"),
        (None, ["someday"], ""),
    ],
)
def test_class_label(cls: str | None, periods: list[str], label: str) -> None:
    assert class_label(cls, periods) == label


def test_class_order_shortest_first() -> None:
    classes = ["5 years", None, "year", "5 months", "month", "date", "10 days"]
    assert sorted(classes, key=class_order) == [
        "date", "10 days", "month", "5 months", "year", "5 years", None
    ]
