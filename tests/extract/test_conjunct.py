"""conjunct: the literal scan (an automaton) finds, at each position, the longest literal there."""

from __future__ import annotations

import random
import re

import pytest

from tally.extract.conjunct import Conjunct
from tally.gates import automaton, fold, gate_of, trie

_PATTERNS = (
    r"\byears?\b",
    r"\blast\s+year\b",
    r"\bthe (?:past|coming) (?:few )?years",
    r"\bin the same period\b",
    r"\b(?:19|20)\d\d\b",
    r"\bago\b",
    r"\byear-end\b",
    r"\bend of (?:june|may)\b",
    r"\b(?:may|march|mar)\b",
)
_WORDS = (
    "year years the past coming few last in same period 2019 1998 20 ago end of June May March mar "
    "market innovation yearly lastly the-past agoing yearend year-end - , . ( ) Ünïted ſame İn"
).split()


def _conjunct() -> Conjunct:
    rxs = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]
    cj = Conjunct.of(rxs, [gate_of(rx) for rx in rxs])
    assert cj is not None
    return cj


def longest_at_each_position(cj: Conjunct, low: str) -> frozenset[str]:
    """The plain definition of ``Conjunct.found``: a trie of the literals in a lookahead, matched at
    every position (a trie alternation takes the longest literal there)."""
    return frozenset(re.findall(f"(?=({trie(cj.prefixes, lower=False)}))", low))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_found_is_the_longest_literal_at_each_position(seed: int) -> None:
    cj = _conjunct()
    rng = random.Random(seed)
    hits = 0
    for _ in range(1500):
        n = rng.randint(0, 9)
        text = "".join(rng.choice(_WORDS) + rng.choice(("", " ", "  ", "\n")) for _ in range(n))
        low = fold(text)
        want = longest_at_each_position(cj, low)
        assert cj.found(low) == want, text
        hits += len(want)
    assert hits > 1500


def test_found_sees_literals_inside_and_across_others() -> None:
    cj = _conjunct()
    # "last year" holds "year" (another part's first character), "years" follows "year" at once
    for text in ("last years-end", "the past few yearsago", "mayyear", "yyear", "la", ""):
        assert cj.found(fold(text)) == longest_at_each_position(cj, fold(text)), text


_ALTERNATIONS = (
    r"\b(?:(?:last|next)\s+(?:spring|summer)|(?:in|during)\s+(?:the\s+)?(?:spring|summer)|(?:summer|spring)\s+of\s+20\d\d)\b",
    r"(?:(?P<a>early|late)\s+(?:may|june)|(?:may|june)\s+(?:\d+|end))",
    r"\b(?:the (?:past|coming) \d+ years|\d+ years (?:ago|earlier))\b",
    r"(?:x|y(?:ab|cd))z",
    r"(?:(?:ab|cd)|(?:ab))?q",
)
_ALT_WORDS = (
    "last next in during the spring summer of 2020 1999 early late may june 12 end past coming years "
    "ago earlier x yab ycd z ab cd q SUMMER Spring"
).split()


def test_required_gates_inside_alternations() -> None:
    from tally.extract.conjunct import required

    rx = re.compile(_ALTERNATIONS[0], re.IGNORECASE)
    assert frozenset({"spring", "summer"}) in required(rx)  # each alternative names a season
    assert frozenset({"may", "june"}) in required(re.compile(_ALTERNATIONS[1], re.IGNORECASE))
    # " years ago" and " years earlier" each hold " years", which the other alternative needs
    assert frozenset({" years"}) in required(re.compile(_ALTERNATIONS[2], re.IGNORECASE))
    # an optional group requires nothing of its own; a flagged group is not looked into
    assert required(re.compile(_ALTERNATIONS[4])) == [frozenset({"q"})]
    assert frozenset({"spring"}) not in required(re.compile(r"(?i:spring|summer)|spring"))


@pytest.mark.parametrize("seed", [0, 1])
def test_required_gates_hold_in_every_match(seed: int) -> None:
    from tally.extract.conjunct import required

    rng = random.Random(seed)
    rxs = [re.compile(p, re.IGNORECASE) for p in _ALTERNATIONS]
    checked = 0
    for _ in range(3000):
        text = " ".join(rng.choice(_ALT_WORDS) for _ in range(rng.randint(1, 6)))
        for rx in rxs:
            for m in rx.finditer(text):
                low = fold(m.group(0))
                for g in required(rx):
                    assert any(lit in low for lit in g), (rx.pattern, text, sorted(g))
                checked += 1
    assert checked > 500


# a rule that is one alternation opens only where all the gates of one alternative have a literal
_ONE_OF = (
    r"\b(?:in the \d+ (?:years|months)|in the meantime|during the (?:holiday|break)|that year)\b",
    r"(?:over the past (?:few|many) years|in recent years|for decades)",
    r"\b(?:last|next) (?:week|month)\b",
    r"\b(?:years|months) ago\b",  # (literals starting with "y" and "m" are cheap to scan for)
)
_ONE_OF_WORDS = (
    "in the 5 3 years months meantime during holiday break that year over past few many recent for "
    "decades last next week month IN The Years x , . ago"
).split()


def test_alternatives_gates() -> None:
    from tally.extract.conjunct import alternatives

    alts = alternatives(re.compile(_ONE_OF[0], re.IGNORECASE))
    assert alts is not None and len(alts) == 4
    assert frozenset({"in the "}) in alts[0] and frozenset({" years", " months"}) in alts[0]
    assert alternatives(re.compile(r"\bin the \d+ years", re.IGNORECASE)) is None  # no alternation


@pytest.mark.parametrize("seed", [0, 1])
def test_alternation_rules_open_wherever_they_match(seed: int) -> None:
    rxs = [re.compile(p, re.IGNORECASE) for p in _ONE_OF]
    cj = Conjunct.of(rxs, [gate_of(rx) for rx in rxs])
    assert cj is not None and cj.alts[0] is not None
    rng = random.Random(seed)
    matched = shut = 0
    for _ in range(3000):
        text = " ".join(rng.choice(_ONE_OF_WORDS) for _ in range(rng.randint(1, 8)))
        opened = cj.opens(cj.found(fold(text)))
        for i, rx in enumerate(rxs):
            if rx.search(text):
                assert i in opened, (rx.pattern, text)
                matched += 1
            elif i not in opened and all(any(lit in fold(text) for lit in g) for g in cj.gates[i]):
                shut += 1  # its own gates pass; no alternative's do
    assert matched > 50 and shut > 10, (matched, shut)


def _plain_opens(cj: Conjunct, found: frozenset[str]) -> tuple[int, ...]:
    """``Conjunct.opens`` by its definition: intersections of the gates with the literals present."""
    present: set[str] = set()
    for lit in found:
        present |= cj.prefixes[lit]
    alts = cj.alts or (None,) * len(cj.gates)
    return tuple(
        i
        for i, (gs, alt) in enumerate(zip(cj.gates, alts, strict=True))
        if all(g & present for g in gs) and (alt is None or any(all(g & present for g in a) for a in alt))
    )


@pytest.mark.parametrize("seed", [0, 1])
def test_opens_agrees_with_its_definition(seed: int) -> None:
    rxs = [re.compile(p, re.IGNORECASE) for p in (*_PATTERNS, *_ONE_OF, *_ALTERNATIONS)]
    cj = Conjunct.of(rxs, [gate_of(rx) for rx in rxs])
    assert cj is not None
    rng = random.Random(seed)
    words = (*_WORDS, *_ONE_OF_WORDS, *_ALT_WORDS)
    opened = 0
    for _ in range(2000):
        low = fold(" ".join(rng.choice(words) for _ in range(rng.randint(0, 8))))
        found = cj.found(low)
        cj._cache.clear()  # worked out afresh each time
        assert cj.opens(found) == _plain_opens(cj, found), low
        opened += len(cj.opens(found))
    assert opened > 2000


@pytest.mark.parametrize("seed", [0, 1])
def test_scan_order_changes_no_occurrence(seed: int) -> None:
    """The literals are added to the automaton commonest characters first (``gates.text_rank``):
    the occurrences it yields are those of an automaton of the same literals added in any order."""
    cj = _conjunct()
    rng = random.Random(seed)
    lits = list(cj.prefixes)
    rng.shuffle(lits)
    other = automaton({lit: lit for lit in lits})
    for _ in range(800):
        n = rng.randint(0, 9)
        text = "".join(rng.choice(_WORDS) + rng.choice(("", " ", "  ", "\n")) for _ in range(n))
        low = fold(text)
        assert cj.occurrences(low) == list(other.iter(low)), text
