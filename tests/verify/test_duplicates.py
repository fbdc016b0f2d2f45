import pytest
from verify_facts import fact

from tally.verify import run_checks


def dups(facts):
    return [c for c in run_checks(facts) if c.rule == "duplicate"]


def twice(a: str, b: str, *, same_sentence=False, b_kw=None, **kw):
    kw = {"indicator": "projects", "period": "2020", "unit": "count", "counted": "project", **kw}
    return [fact(a, start=100, **kw),
            fact(b, start=3000, sentence=100 if same_sentence else 3000, **{**kw, **(b_kw or {})})]


@pytest.mark.parametrize("a, b, b_kw, status", [
    ("3,368", "3,368", None, "ok"),
    ("90.46", "90.5", None, "ok"),                        # 90.45..90.55 holds 90.46
    ("3,368", "4,378", None, "contradiction"),
    ("3,368", "4,378", {"approx": "~"}, "warning"),        # approximate
    ("3,368", "9,000", None, "warning"),                   # over twice apart: likely two things
])
def test_same_figure_twice(a, b, b_kw, status):
    (c,) = dups(twice(a, b, b_kw=b_kw))
    assert c.status == status


def test_disagreeing_figures_in_one_sentence_are_not_compared():
    # "55.37 percent and 76.70 percent respectively": two things whose qualifiers went unread.
    assert dups(twice("3,368", "4,378", same_sentence=True)) == []


def test_agreeing_figures_in_one_sentence_are_ok():
    (c,) = dups(twice("3,368", "3,368", same_sentence=True))
    assert c.status == "ok"


def test_across_reports():
    facts = twice("3,368", "4,378")
    facts[1].doc = "s.txt"
    (c,) = dups(facts)
    assert c.status == "contradiction" and "s.txt@3000" in c.explanation


@pytest.mark.parametrize("b_kw", [
    {"qualifiers": {"scope": "commissioned"}}, {"period": "2019"}, {"period": None}, {"status": "target"},
    {"entity": "Taiyuan"},
])
def test_different_keys_are_not_duplicates(b_kw):
    assert dups(twice("3,368", "4,378", b_kw=b_kw)) == []


def test_vague_indicator_without_qualifiers_only_warns():
    (c,) = dups(twice("14", "18", indicator="count", counted=None))
    assert c.status == "warning"
