import pytest
from verify_facts import fact

from tally.verify import run_checks


def growth(facts):
    return [c for c in run_checks(facts) if c.rule == "growth"]


def yoy(old: str, new: str, rate: str, *, direction="up", old_doc="r.txt", indicator="exports"):
    return [
        fact(old, start=900, doc=old_doc, period="2020-01/2020-05", indicator=indicator),
        fact(new, start=100, period="2021-01/2021-05", indicator=indicator),
        fact(rate, start=130, sentence=100, period="2021-01/2021-05", indicator=indicator, kind="change",
             direction=direction, basis="yoy"),
    ]


@pytest.mark.parametrize("old, new, rate, direction, status", [
    ("24.87 billion yuan", "56.11 billion yuan", "125.6 percent", "up", "ok"),        # 125.61 %
    # within rounding of the levels
    ("24.87 billion yuan", "56.11 billion yuan", "125.7 percent", "up", "ok"),
    ("24.87 billion yuan", "56.11 billion yuan", "125.8 percent", "up", "warning"),   # just outside
    # 2.4 pp off, < 10 % of the rate
    ("24.87 billion yuan", "56.11 billion yuan", "128 percent", "up", "warning"),
    ("24.87 billion yuan", "56.11 billion yuan", "163.3 percent", "up", "contradiction"),
    ("60 billion yuan", "56.11 billion yuan", "6.5 percent", "down", "ok"),           # -6.48 %
    ("60 billion yuan", "56.11 billion yuan", "6.5 percent", "up", "contradiction"),
])
def test_year_on_year_against_last_years_level(old, new, rate, direction, status):
    (c,) = growth(yoy(old, new, rate, direction=direction))
    assert c.status == status


def test_base_from_another_report_allows_revisions():
    (c,) = growth(yoy("24.87 billion yuan", "56.11 billion yuan", "128.5 percent", old_doc="s.txt"))
    assert c.status == "warning"


def test_real_growth_of_gdp_only_warns_when_close():
    (c,) = growth(yoy("400 billion yuan", "446.41 billion yuan", "17.3 percent", indicator="gdp"))
    assert c.status == "warning"     # nominal 11.6 % vs real 17.3 %


@pytest.mark.parametrize("old, new, rate, status", [
    ("100 billion yuan", "146.9 billion yuan", "8 percent", "ok"),     # 1.08^5 = 1.469
    ("100 billion yuan", "146.9 billion yuan", "10.4 percent", "contradiction"),
])
def test_average_annual_growth_over_a_span(old, new, rate, status):
    facts = [fact(old, start=900, period="2015"), fact(new, start=100, period="2020"),
             fact(rate, start=130, period="2016/2020", kind="change", direction="up", basis="annual_avg")]
    (c,) = growth(facts)
    assert c.status == status


@pytest.mark.parametrize("times, status", [
    ("3.5 times", "ok"),
    ("2.5 times", "ok"),
    ("6 times", "contradiction"),
])
def test_n_times_either_reading(times, status):
    facts = [fact("1,000", start=100, indicator="enterprises", period="2016", sentence=100),
             fact("3,500", start=150, indicator="enterprises", period="2020", sentence=100),
             fact(times, start=180, indicator="enterprises", period="2020", kind="change", direction="up",
                  basis="since", unit="times", sentence=100)]
    (c,) = growth(facts)
    assert c.status == status


def test_no_check_without_the_earlier_level():
    assert growth(yoy("24.87 billion yuan", "56.11 billion yuan", "125.8 percent")[1:]) == []


def test_targets_are_not_compared():
    facts = yoy("24.87 billion yuan", "56.11 billion yuan", "163.3 percent")
    facts[2].status = "target"
    assert growth(facts) == []
