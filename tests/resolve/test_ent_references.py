"""The scans of ``tally.resolve.ent_references`` that replace a regex search, against that search."""

from __future__ import annotations

import random

import pytest

from tally.gates import fold
from tally.resolve.ent_references import _LEAD_RUN_BOTH, _Leads

_LEAD_TEXTS = [
    "",
    "th",
    "the",
    "this",
    "the theory this thesis, thisthe thethis athis athe the_ this_ this\tthe  this\nthe",
    "th the this thi thee this's the’s (the) [this] thé théis the\t\t  run_1é next",
    "The city of Taiyuan and THIS zone: the  \t élan, the 12-room inn, the",
    "with the other three of them, this is that; bathe the_th thethe",
]


def _by_regex(low: str) -> tuple[list[int], list[int], list[int], list[int], list[int], list[int]]:
    out: tuple[list[int], list[int], list[int], list[int], list[int], list[int]] = ([], [], [], [], [], [])
    for m in _LEAD_RUN_BOTH.finditer(low):
        k = 0 if low[m.start() + 2] == "e" else 3
        q, e = m.span(1)
        out[k].append(m.start())
        out[k + 1].append(q)
        out[k + 2].append(e)
    return out


def _by_leads(text: str, low: str) -> tuple[list[int], ...]:
    leads = _Leads(text, low, True)
    the, this = leads.of("the"), leads.of("this")
    return (the, *leads.runs["the"], this, *leads.runs["this"])


@pytest.mark.parametrize("text", _LEAD_TEXTS)
def test_lead_runs_found(text: str) -> None:
    # ``_Leads._both`` reads from the matches' ``regs`` what their ``start()`` and ``span(1)`` give
    low = fold(text)
    assert _by_leads(text, low) == _by_regex(low)


def test_lead_runs_found_random() -> None:
    rng = random.Random(17)
    parts = ["th", "the", "this", "e", "is", "i", "t", "h", " ", "\t", "\n", "_", "1", "é", "x", ","]
    parts += ["’", "ٹ"]
    for _ in range(3000):
        low = "".join(rng.choice(parts) for _ in range(rng.randrange(12)))
        assert _by_leads(low, low) == _by_regex(low), repr(low)


_PRONOUN_TEXTS = [
    "",
    "it its itself itsy wit it_ it1 itè éit 'it' (its) it.",
    "we wed owe we_ 2we we; our ours your four our- ourself us use bus us_ us",
    "ititself itsits wewe usus ourour it\tits\nitself, _it it_s",
]


@pytest.mark.parametrize("text", _PRONOUN_TEXTS)
def test_pronoun_matches_as_one_scan(text: str) -> None:
    # the groups' scans, merged by where they start, are the one alternation's matches
    from tally.resolve.ent_references import _pronoun_folded_rx, _pronoun_matches

    rx = _pronoun_folded_rx()
    assert rx is not None
    low = fold(text)
    want = [m.regs for m in rx.finditer(low)]
    assert want or not text.strip()
    assert [m.regs for m in _pronoun_matches(low)] == want
    assert [m.regs for m in _pronoun_matches(low, _Leads(text, low, True))] == want


def test_pronoun_matches_random() -> None:
    from tally.resolve.ent_references import _pronoun_folded_rx, _pronoun_matches

    rx = _pronoun_folded_rx()
    assert rx is not None
    rng = random.Random(5)
    parts = ["it", "its", "itself", "s", "self", "we", "our", "us", "ou", "r", "e", "w", "u", "i", "_", "1"]
    parts += ["the", "their", "them", "this", "th", " ", "\t", "é", ",", "x", "ٹ"]
    for _ in range(3000):
        low = "".join(rng.choice(parts) for _ in range(rng.randrange(12)))
        want = [m.regs for m in rx.finditer(low)]
        assert [m.regs for m in _pronoun_matches(low, _Leads(low, low, True))] == want, repr(low)
