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


def _reference(text: str, today: dt.date) -> dt.date | None:
    """Every match of the three date patterns, scanned in full (what infer_published must equal)."""
    from tally.read.dates import _DMY, _ISO, _MDY, _MONTHS, _mk

    found: list[dt.date] = []
    for m in _MDY.finditer(text):
        found += _mk(m.group(3), _MONTHS[m.group(1).casefold()], m.group(2))
    for m in _DMY.finditer(text):
        found += _mk(m.group(3), _MONTHS[m.group(2).casefold()], m.group(1))
    for m in _ISO.finditer(text):
        found += _mk(m.group(1), m.group(2), m.group(3))
    found = [d for d in found if d <= today]
    return max(found) if found else None


_PIECES = (
    "June JUNE jun Sept. sep September ſeptember İn May may mar March dec. Dec Jan. janUARY Oct Nov "
    "1 5 12 25 31 123 7th 2019 2021 2023 1999 2031 2020-06-25 2019-13-01 x2021-01-05 - , . : | "
    "Updated Posted the a junk 19 20 201 1920 20211 ١٢ _ ,, .."
).split()
_GAPS = (" ", "  ", "\n", "\t", "\u00a0", "", ", ", ". ", ",", ".", "\u2028", "_", " \n ")


@pytest.mark.parametrize("seed", range(4))
def test_infer_published_equals_a_full_scan(seed):
    import random

    rng = random.Random(seed)
    for _ in range(500):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 14)))
        assert _outcome(infer_published, text) == _outcome(_reference, text), text


def _outcome(fn, text):
    """The date found, or the kind of error raised."""
    try:
        return fn(text, today=TODAY) if fn is infer_published else fn(text, TODAY)
    except KeyError as e:
        return type(e)


def test_long_s_month_is_read_not_a_crash():
    # case-insensitive matching takes "ſeptember" for "september"; its table lookup once raised KeyError
    assert infer_published("Posted ſeptember 3, 2022", today=TODAY) == dt.date(2022, 9, 3)


def test_dotted_capital_i_month_is_read():
    assert infer_published("Posted APRİL 3, 2022", today=TODAY) == dt.date(2022, 4, 3)
