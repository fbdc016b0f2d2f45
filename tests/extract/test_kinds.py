"""Kind, direction, basis and status rules of tally.extract.kinds (own sentences, one rule a row)."""

from __future__ import annotations

import pytest

from tally.extract.kinds import basis_of, classify, status_of
from tally.model import Quantity


def _q(unit: str, hint: str | None = None) -> Quantity:
    return Quantity(start=0, end=1, text="x", value=1.0, unit=unit, kind_hint=hint)


@pytest.mark.parametrize(
    ("before", "after", "unit", "hint", "kind", "direction"),
    [
        # a share of a named whole, even after a verb of growth
        ("Trade with Asean rose to 40 billion yuan, making up ", " of the total.", "percent", None, "share", None),
        ("The county grows about ", " of the nation's tea.", "percent", None, "share", None),
        ("The firm shipped ", " of all its parts abroad.", "percent", None, "share", None),
        # a percentage of an earlier level is a ratio
        ("Hotel bookings reached ", " of the level seen in 2019.", "percent", None, "ratio", None),
        ("Footfall recovered to ", " of October 2019.", "percent", None, "ratio", None),
        # rates of a whole are shares, also after 'fell to'
        ("The jobless rate fell to ", " in May.", "percent", None, "share", None),
        ("Room occupancy averaged ", " in August.", "percent", None, "share", None),
        ("The employment rate of graduates reached ", ".", "percent", None, "share", None),
        # 'more than' an earlier time is a change; 'more than' something else a ratio
        ("Arrivals reached 2 million, ", " more than in the same period of 2019.", "percent", None, "change", "up"),
        ("Output was ", " lower than a year earlier.", "percent", None, "change", "down"),
        ("Tax receipts came in ", " more than officials had forecast.", "percent", None, "ratio", None),
        ("Its growth rate was ", " higher than the national average.", "percentage_point", None, "ratio", None),
        # multiples: of an earlier value a change, of another thing a ratio
        ("Sales hit 9 billion yuan, ", " the figure a year earlier.", "times", "change", "change", "up"),
        ("The county now has ", " as many hotels as in 2001.", "times", "change", "change", "up"),
        ("Farmers earn ", " the income of rice growers.", "times", "change", "ratio", None),
        # a gap or ratio of two things
        ("The gap between urban and rural incomes narrowed to ", ".", "percentage_point", None, "ratio", None),
        # absolute amounts stay levels
        ("Factory employment rose by ", " to 600,000.", "count", None, "level", None),
        # growth rates as before
        ("Exports climbed ", " to 3 billion dollars.", "percent", None, "change", "up"),
        ("the rate edged down ", " points.", "percentage_point", None, "change", "down"),
    ],
)
def test_kind(before: str, after: str, unit: str, hint: str | None, kind: str, direction: str | None) -> None:
    info = classify(_q(unit, hint), before, after, before + after)
    assert (info.kind, info.direction) == (kind, direction), info.rules


@pytest.mark.parametrize(
    ("before", "after", "has_period", "expected"),
    [
        ("Shipments to Canada climbed ", " to $9 billion.", True, "yoy"),
        ("Shipments to Canada climbed ", " to $9 billion.", False, "unspecified"),
        ("Output rose ", " from the previous year.", True, "yoy"),
        ("Visitors were up ", " on a year earlier.", False, "yoy"),
        ("Bookings were ", " more than in the same period of 2019.", True, "since"),
        ("Passenger numbers were ", " higher than in 2019.", True, "since"),
    ],
)
def test_basis(before: str, after: str, has_period: bool, expected: str) -> None:
    assert basis_of(before, after, before + after, False, False, has_period=has_period)[0] == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The council plans to build 3,000 homes and is set to spend ", "target"),
        ("The governor has proposed a budget of ", "target"),
        ("The state signed 40 MoUs worth ", "target"),
        ("The firm plans to double its capacity by 2026 and has signed contracts with ", None),
        ("It aims to expand, and has already hired ", None),
        ("The mill, which plans to expand, pays growers who are paid a premium of ", None),
        ("Sales reached ", None),
    ],
)
def test_status(before: str, expected: str | None) -> None:
    got = status_of(before, "")
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize(
    ("prev_kind", "between", "expected"),
    [
        ("share", " in May from ", True),
        ("share", " and ", True),
        ("change", " from ", False),
        ("share", ", while exports reached ", False),
    ],
)
def test_same_kind_as_previous(prev_kind: str, between: str, expected: bool) -> None:
    from types import SimpleNamespace

    from tally.extract.kinds import same_kind_as_previous

    prev = SimpleNamespace(kind=prev_kind, unit="percent")
    assert same_kind_as_previous(prev, "percent", between) is expected
