"""Numbers as written: digits, number words, scale words."""

import math

import pytest

from tally.extract.numbers import finite, parse_digits, parse_number, parse_words, scale_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,368", 3368.0),
        ("90.46", 90.46),
        ("1,234,567.5", 1234567.5),
        ("3,52,410", 352410.0),         # Indian grouping
        ("12,00,000", 1200000.0),
        ("0.4", 0.4),
        (".5", 0.5),
    ],
)
def test_parse_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five", 5),
        ("Twelve", 12),
        ("twenty-five", 25),
        ("ninety nine", 99),
        ("two hundred", 200),
        ("two hundred and ten", 210),
        ("a hundred", 100),
        ("seventy", 70),
    ],
)
def test_parse_words(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize("text", ["many", "several", "fivefold", ""])
def test_parse_words_rejects_non_numbers(text):
    assert parse_words(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("42", 42.0), ("six", 6.0), ("1,000.25", 1000.25), ("", None), ("lots", None)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("word", "scale"),
    [
        ("thousand", 1e3),
        ("million", 1e6),
        ("Billion", 1e9),
        ("trillion", 1e12),
        ("bn", 1e9),
        ("mln", 1e6),
        ("k", 1e3),
        ("m", 1e6),
        ("dozen", 12),
        ("lakh", 1e5),
        ("Crore", 1e7),
        ("crores", 1e7),
        ("apples", None),
    ],
)
def test_scale_of(word, scale):
    assert scale_of(word) == scale


@pytest.mark.parametrize(("v", "out"), [(1.5, 1.5), (None, None), (math.inf, None), (math.nan, None)])
def test_finite(v, out):
    assert finite(v) == out


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("paid 4,07,250 in fees", "4,07,250"),      # Indian grouping is one number
        ("paid 12,345,678 in fees", "12,345,678"),  # western grouping still wins
        ("a 1,23 fragment", "1"),                   # "12,34"-like fragments are not grouped
    ],
)
def test_digits_regex_groupings(text, span):
    import re

    from tally.extract.numbers import DIGITS

    assert re.search(DIGITS, text).group() == span
