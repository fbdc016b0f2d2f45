"""Indicator ids from units, counted nouns and cue words."""

from __future__ import annotations

import pytest

from tally.extract.indicators import indicator_of
from tally.model import Quantity


def q(unit: str = "CNY", counted: str | None = None, text: str = "5 billion yuan") -> Quantity:
    return Quantity(start=0, end=len(text), text=text, value=1.0, unit=unit, counted=counted)


@pytest.mark.parametrize(
    ("before", "after", "quantity", "kind", "expected"),
    [
        ("The county's GDP reached ", " in 2020.", q(), "level", "gdp"),
        ("The import and export volume of the city reached ", ".", q(), "level", "trade"),
        ("Its foreign trade totaled ", ".", q(), "level", "trade"),
        ("Exports of the province rose to ", ".", q(), "level", "exports"),
        ("while its imports stood at ", ".", q(), "level", "imports"),
        ("The added value of the new energy sector rose by ", ".", q("percent"), "change", "value_added"),
        ("The zone's industrial output value reached ", ".", q(), "level", "output_value"),
        ("The firm delivered products worth ", ".", q(), "level", "revenue"),
        ("with a combined investment totaling ", ".", q(), "level", "investment"),
        ("Its export orders amounted to ", ".", q(), "level", "orders"),
        ("The per capita disposable income of rural residents reached ", ".", q(), "level", "income"),
        ("The new line can save costs of up to ", " a year.", q(), "level", "savings"),
        ("The city has invested more than ", " in improving livelihoods.", q(), "level", "public_funding"),
        ("Manufacturing grew by ", ".", q("percent"), "change", "value_added"),
        (
            "The mill phased out production capacity of ",
            ".",
            q("t", text="3 million tons"),
            "level",
            "capacity",
        ),
        ("The orchard covers ", ".", q("ha", text="200 hectares"), "level", "area"),
        ("The tunnel stretches ", ".", q("km", text="12 km"), "level", "length"),
        ("The works took about ", " to finish.", q("month", text="two months"), "level", "duration"),
        ("all residents above ", " old", q("year", text="12 years"), "level", "other"),
        ("The plan aims for ", " of the population to be vaccinated.", q("percent"), "share", "vaccination"),
        ("Doctoral admissions expanded by ", ".", q("percent"), "change", "enrollment"),
        ("The park is home to ", ".", q("count", "company", "80"), "level", "enterprises"),
        ("The town launched ", " new investment projects.", q("count", "project", "12"), "level", "projects"),
        ("The plant provides jobs for ", ".", q("count", "person", "900"), "level", "jobs"),
        ("The programme lifted ", " out of poverty.", q("count", "person", "7,000"), "level", "population"),
        ("The cooperative helps ", ".", q("count", "household", "120"), "level", "households"),
        ("The city has ", ".", q("count", "greenhouse", "40"), "level", "count"),
        ("The firm exported ", " last year.", q("count", "robot", "3,000"), "level", "exports"),
        ("The province shipped ", " of tea overseas.", q("t", text="6,000 tons"), "level", "exports"),
        ("The tea industry chain is worth ", ".", q(), "level", "output_value"),
        ("Its net profit grew by ", ".", q("percent"), "change", "other"),
        ("The first order involves ", ".", q("count", "robot", "300"), "level", "orders"),
    ],
)
def test_indicator(before: str, after: str, quantity: Quantity, kind: str, expected: str) -> None:
    ind, rule = indicator_of(quantity, before, after, kind)
    assert ind == expected, rule


def test_no_cue_gives_none() -> None:
    assert indicator_of(q("percent"), "It rose by ", ".", "change")[0] is None


def test_local_cue_wins_over_a_stronger_one_further_away() -> None:
    before = "Its export value rose 9 percent to 5 billion yuan while its imports stood at "
    assert indicator_of(q(), before, ".", "level", local=" while its imports stood at ")[0] == "imports"
