import datetime as dt

import pytest
from verify_facts import PUBLISHED, fact

from tally.verify import run_checks
from tally.verify.rates import RateTable, default_rates


def pair(yuan: str, usd: str, *, gap: int = 2, **kw):
    a = fact(yuan, start=100, **kw)
    return [a, fact(usd, start=a.end + gap, **kw)]


def currency(facts, published=PUBLISHED):
    return [c for c in run_checks(facts, published=published) if c.rule == "currency"]


@pytest.mark.parametrize("yuan, usd, status", [
    ("90.46 billion yuan", "$13.99 billion", "ok"),          # 6.466, June 2021 6.425
    ("564 million yuan", "$87 million", "ok"),               # within rounding of $87 million
    ("90.46 billion yuan", "$13.2 billion", "warning"),      # 6.85: 6.6 % off
    ("117.6 billion yuan", "$13.99 billion", "contradiction"),
    ("90.46 billion yuan", "$18.19 billion", "contradiction"),
])
def test_pair_against_the_publication_month(yuan, usd, status):
    (c,) = currency(pair(yuan, usd))
    assert c.status == status
    # June 2021 average (published 2021-06-25), or the period's average when that fits better
    assert c.expected in (pytest.approx(6.425), pytest.approx(6.4778, abs=1e-4))


def test_explanation_names_rate_and_source():
    (c,) = currency(pair("90.46 billion yuan", "$13.99 billion"))
    assert c.explanation.startswith(
        "90.46 bn yuan / $13.99 bn = 6.466 yuan per dollar, within 3% of the reference rate 6.425"
    )
    assert "Federal Reserve" in c.explanation


def test_only_adjacent_spans_are_pairs():
    assert currency(pair("90.46 billion yuan", "$18.19 billion", gap=40)) == []


def test_without_publication_date_the_period_rate_is_used():
    (c,) = currency(pair("69.04 billion yuan", "$10 billion", period="2020"), published={})
    assert c.status == "ok" and "2020 average" in c.explanation


def test_disagreeing_facts_only_warn():
    facts = pair("117.6 billion yuan", "$13.99 billion")
    facts[1].indicator = "exports"
    (c,) = currency(facts)
    assert c.status == "warning"


@pytest.mark.parametrize("period, rate", [
    ("2021-06", 6.4250),
    ("2021", 6.4508),
    ("2021-01/2021-02", (6.4672 + 6.4601) / 2),
])
def test_rate_table(period, rate):
    assert default_rates().of_period("CNY", period)[0] == pytest.approx(rate)


def test_rate_table_euro_per_dollar():
    t = RateTable.load()
    assert 0.8 < t.of_date("EUR", dt.date(2021, 6, 1))[0] < 0.9
