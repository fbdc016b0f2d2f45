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


@pytest.mark.parametrize(
    ("before", "after", "quantity", "kind", "expected"),
    [
        # the economy of a place is its GDP; of a sector its added value
        ("The region's economy grew ", " in the second quarter.", q("percent"), "change", "gdp"),
        ("Economic growth slowed to ", ".", q("percent"), "change", "gdp"),
        ("The city region's GVA reached ", ".", q("GBP"), "level", "value_added"),
        ("Services now generate ", " of the state's GDP.", q("percent"), "share", "value_added"),
        # rates
        ("The unemployment rate fell to ", " in May.", q("percent"), "share", "other"),
        ("Hotel occupancy averaged ", " in July.", q("percent"), "share", "other"),
        ("The employment rate of graduates reached ", ".", q("percent"), "share", "jobs"),
        # public money, tourism money, tax receipts
        ("The council awarded a grant of ", " to the firm.", q("USD"), "level", "public_funding"),
        ("The plan includes tax credits worth ", ".", q("USD"), "level", "public_funding"),
        ("The state will spend another ", " on roads.", q("USD"), "level", "public_funding"),
        ("Tourism spending rose to ", ".", q("EUR"), "level", "revenue"),
        ("Sales tax receipts totaled ", " in fiscal 2022.", q("USD"), "level", "revenue"),
        # trade with a named partner
        ("Shipments to Brazil climbed 9% to ", ".", q("USD"), "level", "exports"),
        ("Germany took ", " worth of the region's products.", q("EUR"), "level", "exports"),
        # pledges and facilities
        ("The state signed 30 MoUs worth ", ".", q("INR"), "level", "investment"),
        ("Among them is a ", " steel plant near the port.", q("USD"), "level", "investment"),
        # harvests and land
        ("Growers harvested ", " last year.", q("count", "bushel", "90 million"), "level", "production"),
        ("on some ", " of farmland", q("acre", text="3 million acres"), "level", "area"),
        # what is counted decides
        ("The county has ", " registered guesthouses.", q("count", "guesthouse", "900"), "level", "enterprises"),
        ("The fair drew more than ", ".", q("count", "exhibitor", "1,200"), "level", "enterprises"),
        ("The province signed ", ".", q("count", "memorandums of understanding", "40"), "level", "projects"),
        ("The office approved ", ".", q("count", "housing development", "six"), "level", "projects"),
        ("The hotels offer ", ".", q("count", "bed", "8,000"), "level", "capacity"),
        ("The number of duty-free shoppers reached ", ".", q("count", None, "2 million"), "level", "population"),
        (
            "It aims to raise the number of firms with export licences to ",
            ".",
            q("count", None, "3,000"),
            "level",
            "enterprises",
        ),
        ("The district hosts nearly ", " of the state's wind farms.", q("percent"), "share", "count"),
        # a cue in the figure's own clause beats a stronger one in an earlier clause
        ("Exports rose sharply; investment reached ", ".", q("USD"), "level", "investment"),
    ],
)
def test_indicator_generality(before: str, after: str, quantity: Quantity, kind: str, expected: str) -> None:
    ind, rule = indicator_of(quantity, before, after, kind)
    assert ind == expected, rule


def test_compared_thing_after_than_does_not_decide() -> None:
    got = indicator_of(q("percent"), ", ", " more than budget writers had forecast.", "ratio")
    assert got[0] is None  # the figure before decides (the caller carries it)
