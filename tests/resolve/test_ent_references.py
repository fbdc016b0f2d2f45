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
    # ``_Leads._both`` finds, by str.find and tests in place, what ``_LEAD_RUN_BOTH``'s scan finds
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


def _groups_by_regex(low: str) -> list[tuple[int, int]]:
    from tally.resolve.ent_references import _pronoun_groups, _pronoun_led_rxs

    return sorted(
        m.span()
        for rx, group in zip(_pronoun_led_rxs(), _pronoun_groups(), strict=True)
        if group is not None
        for m in rx.finditer(low)
    )


def _groups_by_find(low: str) -> list[tuple[int, int]]:
    import re

    from tally.resolve.ent_references import _pronoun_groups, _pronoun_led_rxs, _whole_words_at

    hits: list[re.Match[str]] = []
    for rx, group in zip(_pronoun_led_rxs(), _pronoun_groups(), strict=True):
        if group is not None:
            _whole_words_at(low, rx, group[0], group[1], hits)
    return sorted(m.span() for m in hits)


@pytest.mark.parametrize("text", _PRONOUN_TEXTS)
def test_pronoun_groups_found(text: str) -> None:
    # each group's matches, tried where its lead stands after no word character: its finditer's
    from tally.resolve.ent_references import _pronoun_groups

    assert any(g is not None for g in _pronoun_groups())
    low = fold(text)
    assert _groups_by_find(low) == _groups_by_regex(low)


def test_pronoun_groups_found_random() -> None:
    rng = random.Random(5)
    parts = ["it", "its", "itself", "s", "self", "we", "our", "us", "ou", "r", "e", "w", "u", "i", "_", "1"]
    parts += [" ", "\t", "é", ",", "x", "ٹ"]
    for _ in range(3000):
        low = "".join(rng.choice(parts) for _ in range(rng.randrange(12)))
        assert _groups_by_find(low) == _groups_by_regex(low), repr(low)
