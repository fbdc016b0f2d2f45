"""Time expressions: what they mean and how a fact may use them."""

from __future__ import annotations

import datetime as dt

import pytest

from tally.extract.periods import find_periods

PUB = dt.date(2021, 7, 28)


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Exports rose in 2020.", "2020", "explicit"),
        ("Sales grew in the first half of this year.", "2021-01/2021-06", "explicit"),
        ("Output rose in the first quarter.", "2021-01/2021-03", "explicit"),
        ("Trade reached a record in the first five months.", "2021-01/2021-05", "explicit"),
        ("Trade totaled 5 billion yuan from January to May.", "2021-01/2021-05", "explicit"),
        ("Trade reached 2 billion yuan from March to November.", "2020-03/2020-11", "explicit"),
        ("The county grew during the 13th Five-Year Plan (2016-20).", "2016/2020", "explicit"),
        ("The city plans more during the 14th Five-Year Plan.", "2021/2025", "explicit"),
        ("Income rose 4 percent last year.", "2020", "explicit"),
        ("Income will rise this year.", "2021", "explicit"),
        ("The order was signed in June.", "2021-06", "explicit"),
        ("The order was signed in September.", "2020-09", "explicit"),
        ("The plan was issued on April 30.", "2021-04-30", "explicit"),
        ("Revenue rose in March 2019.", "2019-03", "explicit"),
        ("Output grew 6 percent annually between 2011-15.", "2011/2015", "explicit"),
        ("The industries grew over the past five years.", "2016/2020", "explicit"),
        ("The firm was founded nine years ago.", "2012", "explicit"),
        ("Vaccination began this month.", "2021-07", "explicit"),
        ("Revenue should top 1 trillion yuan by 2025.", "2025", "target"),
        ("Sales should double within three years.", "2024", "target"),
        ("The firm will invest more over the next five years.", "2022/2026", "target"),
        ("Income grew 7 percent a year over the past decade.", "2011/2020", "explicit"),
        ("We aim for 90 percent by the end of the year.", "2021", "target"),
        ("The zone now has 40 companies.", "2021", "now"),
        ("To date, the city has invested 9 billion yuan.", "2021", "now"),
        ("Since 2018, membership has grown to 500 families.", "2021", "now"),
        ("Exports rose during the period.", None, "anaphor"),
        ("That year, income reached 9,000 yuan.", None, "anaphor"),
        ("Exports rose over the past few years.", None, "vague"),
        ("Output doubled in recent years.", None, "vague"),
        ("Admissions rose compared with 2016.", "2016", "basis"),
        ("Exports jumped 20 percent from the same period last year.", None, "basis"),
    ],
)
def test_period_values(text: str, value: str | None, role: str) -> None:
    found = find_periods(text, published=PUB)
    assert found, text
    best = max(found, key=lambda t: t.end - t.start)
    assert (best.value, best.role) == (value, role)


@pytest.mark.parametrize(
    "text",
    [
        "The park covers 2020 hectares.",
        "It sold 2,021 robots.",
        "Prices rose 20.21 percent.",
    ],
)
def test_numbers_are_not_years(text: str) -> None:
    assert not [t for t in find_periods(text, published=PUB) if t.role == "explicit"]


def test_same_period_last_year_is_not_last_year() -> None:
    found = find_periods("Trade jumped 30 percent from the same period last year.", published=PUB)
    assert [t.role for t in found] == ["basis"]


def test_offsets_point_into_the_text() -> None:
    text = "Sales rose. In the first half of 2020, exports fell."
    (t,) = find_periods(text, published=PUB)
    assert text[t.start : t.end] == t.text
    assert t.value == "2020-01/2020-06"


def test_without_publication_date_relative_times_are_unknown() -> None:
    (t,) = find_periods("Income rose last year.", published=None)
    assert t.value is None
