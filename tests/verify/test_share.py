import pytest
from verify_facts import fact

from tally.verify import run_checks


def bri(total: str, part: str, share: str, *, share_kw=None, part_kw=None):
    partner = {"partner": "BRI countries"}
    return [
        fact(total, start=100, indicator="trade"),
        fact(part, start=500, indicator="trade", qualifiers=partner, **{"sentence": 480, **(part_kw or {})}),
        fact(share, start=540, sentence=480, indicator="trade", kind="share", qualifiers=partner,
             **(share_kw or {})),
    ]


def shares(facts):
    return [c for c in run_checks(facts) if c.rule == "share"]


@pytest.mark.parametrize("total, part, share, status", [
    ("90.46 billion yuan", "21.6 billion yuan", "23.9 percent", "ok"),            # 23.88 %
    # within rounding of 21.6 (±0.05)
    ("90.46 billion yuan", "21.6 billion yuan", "23.8 percent", "ok"),
    ("90.46 billion yuan", "21.6 billion yuan", "24.4 percent", "warning"),       # outside, within 3 %
    ("90.46 billion yuan", "21.6 billion yuan", "31.1 percent", "contradiction"),  # breaks
    ("90.46 billion yuan", "28.1 billion yuan", "23.9 percent", "contradiction"),
])
def test_share_against_part_over_total(total, part, share, status):
    (c,) = shares(bri(total, part, share))
    assert c.status == status
    assert c.facts == ["r.txt:500-517", "r.txt:100-118", "r.txt:540-552"]


def test_explanation():
    (c,) = shares(bri("90.46 billion yuan", "21.6 billion yuan", "23.9 percent"))
    assert c.explanation.startswith(
        "Trade (partner: BRI countries) 21.6 bn yuan / total trade 90.46 bn yuan = 23.88%"
    )
    assert c.expected == pytest.approx(23.878, abs=1e-3) and c.observed == 23.9


def test_approximate_share_only_warns():
    (c,) = shares(bri("90.46 billion yuan", "21.6 billion yuan", "31 percent", share_kw={"approx": "~"}))
    assert c.status == "warning"


def test_part_in_another_sentence_is_not_used():
    facts = bri("90.46 billion yuan", "21.6 billion yuan", "31.1 percent", part_kw={"sentence": 300})
    assert shares(facts) == []


def test_total_from_another_report_only_warns():
    facts = bri("90.46 billion yuan", "21.6 billion yuan", "31.1 percent")
    facts[0] = fact("90.46 billion yuan", start=100, doc="s.txt", indicator="trade")
    (c,) = shares(facts)
    assert c.status == "warning"


def test_share_of_another_whole_is_not_checked():
    # "half of China's output": the share's own qualifiers are not on the level fact
    facts = [fact("47 billion yuan", start=100, indicator="output_value"),
             fact("12 billion yuan", start=500, sentence=480, indicator="output_value",
                  qualifiers={"product": "glass"}),
             fact("50 percent", start=540, sentence=480, indicator="output_value", kind="share",
                  qualifiers={"product": "glass", "scope": "share of China's total output"})]
    assert shares(facts) == []
