import pytest
from verify_facts import fact

from tally.verify import run_checks
from tally.verify.context import Context
from tally.verify.part_whole import check_part_whole


def _run(facts):
    ctx = Context.make().with_facts(facts)
    return check_part_whole(facts, ctx)


def trade(total: str, exports: str, imports: str, **kw):
    return [
        fact(total, start=100, indicator="trade", **kw),
        fact(exports, start=200, indicator="exports", sentence=200),
        fact(imports, start=250, indicator="imports", sentence=200),
    ]


@pytest.mark.parametrize("total, exports, imports, status", [
    # holds exactly
    ("90.46 billion yuan", "56.11 billion yuan", "34.35 billion yuan", "ok"),
    # within rounding (±0.015)
    ("90.47 billion yuan", "56.11 billion yuan", "34.35 billion yuan", "ok"),
    # 90.45..90.55 holds 90.46
    ("90.5 billion yuan", "56.11 billion yuan", "34.35 billion yuan", "ok"),
    # outside rounding, < 1 %
    ("90.6 billion yuan", "56.11 billion yuan", "34.35 billion yuan", "warning"),
    # breaks
    ("117.6 billion yuan", "56.11 billion yuan", "34.35 billion yuan", "contradiction"),
    ("90.46 billion yuan", "72.94 billion yuan", "34.35 billion yuan", "contradiction"),
])
def test_exports_plus_imports_make_the_trade_total(total, exports, imports, status):
    sums = [c for c in _run(trade(total, exports, imports)) if c.key.endswith("sum")]
    assert [c.status for c in sums] == [status]
    assert sums[0].explanation.startswith("Exports ")
    half = 5e6 if "." in total and len(total.split()[0].split(".")[1]) == 2 else 5e7
    assert sums[0].tolerance == pytest.approx(1e7 + half)


def test_explanation_shows_the_arithmetic():
    checks = _run(trade("90.46 billion yuan", "56.11 billion yuan", "34.35 billion yuan"))
    (c,) = [c for c in checks if c.key.endswith("sum")]
    assert c.explanation == ("Exports 56.11 bn yuan + imports 34.35 bn yuan = 90.46 bn yuan, equal to the "
                             "stated trade total 90.46 bn yuan (tolerance ±0.015 bn yuan).")
    assert c.facts == ["r.txt:200-218", "r.txt:250-268", "r.txt:100-118"]


def test_approximate_total_never_contradicts():
    cs = _run(trade("120 billion yuan", "56.11 billion yuan", "34.35 billion yuan", approx="~"))
    assert {c.status for c in cs if c.key.endswith("sum")} == {"warning"}


@pytest.mark.parametrize("part, status", [
    ("16.16 billion yuan", "ok"),
    ("56.12 billion yuan", "ok"),            # equal to the total within rounding
    ("58.55 billion yuan", "contradiction"),  # a part above its whole
    ("56.3 billion yuan", "warning"),          # above, but within 1 %
])
def test_a_partner_part_never_exceeds_the_total(part, status):
    facts = [fact("56.11 billion yuan", start=100, indicator="exports"),
             fact(part, start=300, indicator="exports", qualifiers={"partner": "United States"})]
    cs = _run(facts)
    assert [c.status for c in cs] == [status]


def test_a_scope_qualifier_is_not_a_part():
    facts = [fact("56.11 billion yuan", start=100, indicator="exports"),
             fact("60 billion yuan", start=300, indicator="exports", qualifiers={"scope": "per capita"})]
    assert _run(facts) == []


@pytest.mark.parametrize("change", [
    dict(entity="Taiyuan"), dict(period="2021-01/2021-06"), dict(status="target"), dict(period=None),
])
def test_no_check_across_entity_period_status(change):
    facts = [fact("56.11 billion yuan", start=100, indicator="exports"),
             fact("60 billion yuan", start=300, indicator="exports", qualifiers={"partner": "Japan"},
                  **change)]
    assert _run(facts) == []


def test_sub_periods_add_up_to_the_span():
    facts = [fact("113.03 billion yuan", start=100, period="2021-01/2021-06"),
             fact("90.81 billion yuan", start=300, period="2021-01/2021-05"),
             fact("22.24 billion yuan", start=500, period="2021-06")]
    (c,) = _run(facts)
    assert c.status == "warning"   # 113.05 vs 113.03: just outside rounding
    facts[1] = fact("90.79 billion yuan", start=300, period="2021-01/2021-05")
    assert [c.status for c in _run(facts)] == ["ok"]


def test_doubtful_figures_give_no_contradiction():
    # the report gives "exports" two other values: a qualifier was probably missed
    facts = [fact("21.6 billion yuan", start=100, indicator="trade"),
             fact("56.11 billion yuan", start=200, indicator="exports"),
             fact("8.93 billion yuan", start=900, indicator="exports", sentence=900)]
    assert {c.status for c in run_checks(facts) if c.rule == "part_whole"} <= {"warning"}


def _table(total: str, rows: list[str], *, prose_between: bool = False):
    """Cells of a GDP column, one row each (``table:cell``), then a "Total" row (``table:total``)."""
    cities = ["Taiyuan", "Datong", "Changzhi", "Jincheng"]
    out = []
    if prose_between:  # a figure of the prose before the table: it bounds the walk back
        out.append(fact("12 billion yuan", start=10, indicator="gdp", period="2022", entity="Yuci",
                        entity_type="city"))
    for i, (v, city) in enumerate(zip(rows, cities, strict=False)):
        out.append(fact(v, start=100 + 30 * i, indicator="gdp", period="2022", entity=city,
                        entity_type="city", rules=["table:cell"]))
    out.append(fact(total, start=100 + 30 * len(rows), indicator="gdp", period="2022",
                    rules=["table:cell", "table:total"]))
    return out


_ROWS = ["557.1 billion yuan", "183.2 billion yuan", "282.0 billion yuan"]


@pytest.mark.parametrize("total, rows, status", [
    ("1022.3 billion yuan", _ROWS, "ok"),
    ("1022.4 billion yuan", _ROWS, "ok"),        # within rounding
    ("1025 billion yuan", _ROWS, "warning"),       # beyond rounding, within 1 %
    ("1122.3 billion yuan", _ROWS, "contradiction"),
])
def test_a_table_total_row_is_the_sum_of_the_rows_above(total, rows, status):
    checks = [c for c in _run(_table(total, rows)) if c.key.endswith("table-total")]
    assert [c.status for c in checks] == [status]
    assert checks[0].explanation.startswith("Taiyuan 0.5571 trn yuan + Datong 0.1832 trn yuan + Changzhi")
    assert len(checks[0].facts) == 4


def test_a_table_total_reads_no_figure_of_the_prose_before_the_table():
    facts = _table("1022.3 billion yuan", ["557.1 billion yuan", "183.2 billion yuan", "282.0 billion yuan"],
                   prose_between=True)
    (c,) = [c for c in _run(facts) if c.key.endswith("table-total")]
    assert c.status == "ok" and len(c.facts) == 4


def test_no_table_total_check_without_a_total_row_or_with_one_part():
    facts = _table("1022.3 billion yuan", ["557.1 billion yuan", "183.2 billion yuan"])
    facts[-1].rules.remove("table:total")
    assert not [c for c in _run(facts) if c.key.endswith("table-total")]
    one = _table("557.1 billion yuan", ["557.1 billion yuan"])
    assert not [c for c in _run(one) if c.key.endswith("table-total")]
