"""The fast paths of ``find_periods`` find what the plain scan finds.

The rules are opened by conjunctive gates (``tally.extract.conjunct``): compared with the gates
of ``Gated`` alone.

A rule is tried only where the patterns of ``prefilter.starts`` match (its prefilter, when it
leads): compared here with every rule scanned for over the whole span, on the table cases of
``test_periods`` and on random joins of pieces of time phrases (odd case, spacing, non-ASCII
letters whose folding is not plain, a combining dot that makes ``fold`` drop a character)."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from test_conjunct import longest_at_each_position

import tally.extract.periods as periods
from tally.extract.periods import _grammar, _rules, find_periods
from tally.extract.prefilter import leads, prefilter, starts
from tally.gates import fold

PUB = dt.date(2021, 7, 28)

_PIECES = (
    "in during over for by since from between to and through until ending ended the of a year years "
    "month months quarter first second half last next this past previous same period plan fiscal "
    "financial budget FY Five-Year 14th 2019 2020 2021 21 22 1998 1990s June Jan. Sept May March "
    "summer winter autumn ago decade decades end mid- early late beginning- compared with than level "
    "figure total its their 12 3 six twelve within coming recent now to date so far currently "
    "Monday Fridays yesterday week 500 BC AD - – / , . ( ) ’s already has have alone Café ſince İn €5 "
    "i\u0307n Σ market innovation trade already known on 7% 2,020 $2020 AD2019 2019BC alone"
).split()
_SPACES = (" ", "  ", "\n", "\t", "", " ", ", ", ". ")


def _random_text(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(2, 14)):
        w = rng.choice(_PIECES)
        if rng.random() < 0.2:
            w = w.upper() if rng.random() < 0.5 else w.capitalize()
        words.append(w + rng.choice(_SPACES))
    return "".join(words)


def _month_text(rng: random.Random, most: int) -> str:
    """From 1 to ``most`` month pieces, each followed by a blank of ``_SPACES``."""
    return "".join(rng.choice(_MONTH_PIECES) + rng.choice(_SPACES) for _ in range(rng.randint(1, most)))


def _plain(monkeypatch: pytest.MonkeyPatch):
    """``find_periods`` with no rule started late."""

    def find(text: str, start: int = 0, end: int | None = None) -> list:
        with monkeypatch.context() as m:
            m.setattr(periods, "_starts", lambda: [(None, False) for _ in _rules()])
            m.setattr(periods, "_conjunct", lambda: None)  # the gates of ``Gated`` alone
            periods._tables.cache_clear()  # (``find_periods`` reads them there)
            try:
                return find_periods(text, start, end, published=PUB)
            finally:
                periods._tables.cache_clear()

    return find


def test_leading_prefilters_start_where_their_rules_start() -> None:
    rng = random.Random(5)
    rules = [(rx, prefilter(rx)) for _, rx in _grammar()]
    leading = [(rx, pf) for rx, pf in rules if pf is not None and leads(rx)]
    assert len(leading) >= 10  # the hot rules ("year", "now", the month names) among them
    checked = 0
    for _ in range(3000):
        text = _random_text(rng)
        low = fold(text)
        if len(low) != len(text):
            continue
        for rx, pf in leading:
            for m in rx.finditer(text):
                assert any(p.match(low, m.start()) for p in pf), (rx.pattern[:60], text, m.start())
                checked += 1
    assert checked > 1000


def test_start_patterns_match_where_their_rules_start() -> None:
    rng = random.Random(9)
    rules = [(rx, starts(rx)) for _, rx in _grammar()]
    assert all(st is not None for _, st in rules)  # every rule of the grammar has them
    checked = 0
    for _ in range(3000):
        text = _random_text(rng)
        low = fold(text)
        if len(low) != len(text):
            continue
        for rx, st in rules:
            assert st is not None
            for m in rx.finditer(text):
                assert any(p.match(low, m.start()) for p in st), (rx.pattern[:60], text, m.start())
                checked += 1
    assert checked > 1500


@pytest.mark.parametrize(
    ("pattern", "text", "some"),
    [
        (r"\b(?:the\s+)?(?:early\s+|mid-)?(?:19|20)\d0s", "The  Mid-1990s, the 2020s and early 1980s", True),
        (r"\b(?:from|between)\s+\w+ to \d+", "from May to 5, between X to 12", True),  # \w cuts the start
        (r"(?:in|at)\s+(?:the\s+)?end|\bby\s+\d+", "in the end, by 2025 at end", True),
        # its prefilter (" to 2020") starts later, and its own start stops at \w: no start patterns
        (r"\b(?:the\s+)?\w+ to \d{4}", "The X to 2020, Y to 2021", False),
        (r"\b(?:the\s+)?[^x]\s+to \d{4}", "The 5 to 2020, the Y  to 2021", False),
    ],
)
def test_start_patterns_keep_optional_starts(pattern: str, text: str, some: bool) -> None:
    rx = re.compile(pattern, re.IGNORECASE)
    st = starts(rx)
    assert (st is not None) == some
    low = fold(text)
    found = [m.start() for m in rx.finditer(text)]
    assert found
    for x in found:
        assert st is None or any(p.match(low, x) for p in st), (pattern, x)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:the\s+)?year\s+ended",  # an optional start is trimmed: the prefilter starts later
        r"\bwithin\s+(?P<n>\d+)\s+years",  # a literal prefix cut from a later item
        r"(?:\w+\s+)?in 2020",  # an untranslatable start
    ],
)
def test_no_lead_when_the_prefilter_may_start_later(pattern: str) -> None:
    rx = re.compile(pattern, re.IGNORECASE)
    pf = prefilter(rx)
    if pf is not None and leads(rx):
        # then it must start at every match's start
        for text in ("the year ended", "Year ended", "within 3 years", "X in 2020"):
            for m in rx.finditer(text):
                assert any(p.match(fold(text), m.start()) for p in pf), (pattern, text)
    assert not leads(re.compile(r"\b(?:the\s+)?year\s+ended", re.IGNORECASE))


def test_fast_scan_finds_what_the_plain_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _plain(monkeypatch)
    rng = random.Random(23)
    found = 0
    for _ in range(2500):
        text = _random_text(rng) + _random_text(rng)
        start = rng.randint(0, len(text) // 2)
        end = rng.randint(start, len(text))
        want = plain(text, start, end)
        assert find_periods(text, start, end, published=PUB) == want, (text, start, end)
        found += len(want)
    assert found > 800


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose in 2020.",
        "Trade totaled 5 billion yuan from January to May.",
        "The plan was issued on April 30, and in June the market rose; 2019-20 was weak.",
        "Since 2018, membership has grown to 500 families, the most since 2012.",
        "Output grew 6 percent annually between 2011-15, up from 12.1 percent in 2000.",
        "Revenue fell over the past five years and now stands at the 2016 level.",
        "İn March 2019 the ſame period of 2018 saw 3 million tons; i\u0307n June 2020 it rose.",
    ],
)
def test_fast_scan_on_table_cases(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    plain = _plain(monkeypatch)
    for start in range(0, len(text), 7):
        assert find_periods(text, start, published=PUB) == plain(text, start)


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        # the prefilter's first hit ("xab" at 1) is no match of the rule (no word start there);
        # the next one, overlapping it ("ab" at 2), is
        (r"(?:\bxa|a)b", ["yxab", "xab xab", "XAB yXAb", "ab", "yxaab", ""]),
        (r"\b(?:the|in)\s+20\d\d", ["in 2020 in 2021", "tHe in 2020", "xin 2020", "the  in 2020in 2020"]),
    ],
)
def test_tried_at_every_prefilter_hit(pattern: str, texts: list[str]) -> None:
    from tally.extract.periods import _at_hits

    rx = re.compile(pattern, re.IGNORECASE)
    pf = prefilter(rx)
    assert pf is not None and len(pf) == 1 and leads(rx)
    for text in texts:
        for start in range(len(text) + 1):
            low = fold(text[start:])
            hit = pf[0].search(low)
            want = [m.span() for m in rx.finditer(text, start)]
            got = [m.span() for m in _at_hits(rx, pf, text, low, start, len(text), hit)] if hit else []
            assert [m.span() for m in _at_hits(rx, pf, text, low, start, len(text))] == want
            assert got == want, (pattern, text, start)


def test_every_part_gate_is_required() -> None:
    from tally.extract.periods import _conjunct

    cj = _conjunct()
    assert cj is not None
    assert sum(len(gs) > 1 for gs in cj.gates) >= 10  # many rules have more than one gate
    rng = random.Random(31)
    checked = 0
    for _ in range(3000):
        text = _random_text(rng)
        low = fold(text)
        opened = cj.opens(longest_at_each_position(cj, low))
        for i, (_, rx) in enumerate(_grammar()):
            if rx.search(text):
                for g in cj.gates[i]:
                    assert any(lit in low for lit in g), (rx.pattern[:60], text, sorted(g))
                assert i in opened, (rx.pattern[:60], text)
                checked += 1
    assert checked > 1000


def test_required_gates_of_parts() -> None:
    from tally.extract.conjunct import required

    rx = re.compile(r"\bwithin\s+(?P<n>\d+)\s+years\s+of\s+(?:\w+\s+)?(?P<y>20\d\d)\b", re.IGNORECASE)
    gates = required(rx)
    assert frozenset({"within"}) in gates and frozenset({"years"}) in gates and frozenset({"20"}) in gates
    assert all(any(lit in "within 3 years of x 2020" for lit in g) for g in gates)
    assert required(re.compile(r"(?:a|b)?c?", re.IGNORECASE)) == []  # nothing is required


def test_conjunct_sees_literals_under_longer_ones() -> None:
    from tally.extract.conjunct import Conjunct
    from tally.gates import gate_of

    patterns = (r"year", r"years ago", r"\bthe (?:past|coming) years", "x?")
    rxs = [re.compile(p, re.IGNORECASE) for p in patterns]
    cj = Conjunct.of(rxs, [gate_of(rx) for rx in rxs])
    assert cj is not None
    for text, want in (("Years ago", [0, 1, 3]), ("the past years", [0, 2, 3]), ("yea", [3])):
        low = fold(text)
        # at "years" the scan finds the longest literal only; "year" is there too
        assert list(cj.opens(longest_at_each_position(cj, low))) == want, text


def test_conjunct_found_is_the_scans_findall() -> None:
    """``Conjunct.found`` (the trie searched again after each hit) finds the set of literals the
    lookahead scan's ``findall`` finds, overlapping ones too ("last year" holds "year")."""
    from tally.extract.periods import _conjunct

    cj = _conjunct()
    assert cj is not None
    rng = random.Random(37)
    for text in ("", "x", "in the past few years", "last years-end year-to-date", "the year before last"):
        assert cj.found(fold(text)) == longest_at_each_position(cj, fold(text)), text
    hits = 0
    for _ in range(3000):
        low = fold(_random_text(rng))
        want = longest_at_each_position(cj, low)
        assert cj.found(low) == want, low
        hits += len(want)
    assert hits > 3000


_BASE_PIECES = (
    "the its their that those number numbers figure figures level levels total amount value count "
    "it they saw had recorded reported seen in of for during from than compared with against about "
    "some 12.1 3,000 $5 percent tons at the end İn ın ſeen ſaw FOR Of DURİNG outputs within begin"
).split()


def test_as_base_agrees_with_its_patterns() -> None:
    """``_as_base`` tests the last two words before the time before its patterns: the same answer
    as the patterns alone, on words of theirs in odd case, spacing and folding."""
    from tally.extract.periods import _BASE_BEFORE, _FROM_FIGURE_BEFORE, TimeExpr, _as_base

    def basis(t: TimeExpr, tag: str) -> TimeExpr:
        return TimeExpr(start=t.start, end=t.end, text=t.text, value=t.value, role="basis", rule=t.rule + tag)

    def plain(text: str, t: TimeExpr) -> TimeExpr:
        if t.role != "explicit":
            return t
        before = text[max(0, t.start - 60) : t.start]
        if t.rule == "period:year" and _FROM_FIGURE_BEFORE.search(before):
            return basis(t, "@from-figure")
        if _BASE_BEFORE.search(before):
            return basis(t, "@base")
        return t

    shapes = (
        ("the its their", "number figures level total count", "in of for during"),
        ("their", "saw had recorded seen reported", "in for"),
        ("from than against", "12.1 3,000 $5", "percent tons in"),
    )
    rng = random.Random(41)
    spaces = (" ", " ", "  ", "\n", "\t", "\u2028", "\u00a0", "", " \n")
    changed = 0
    for _ in range(6000):
        if rng.random() < 0.6:  # a phrase of the patterns' own shape, perhaps spoilt
            words = [rng.choice(part.split()) for part in rng.choice(shapes)]
        else:
            words = []
        words += [rng.choice(_BASE_PIECES) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.5:
            rng.shuffle(words)
        words = [w.upper() if rng.random() < 0.1 else w for w in words]
        head = "".join(w + rng.choice(spaces) for w in words)
        text = head + "2020 and more"
        for rule in ("period:year", "period:first_months"):
            at = len(head)
            t = TimeExpr(start=at, end=at + 4, text="2020", value="2020", role="explicit", rule=rule)
            want = plain(text, t)
            assert _as_base(text, t) == want, (text, rule)
            changed += want is not t
    assert changed > 150  # the patterns match often enough to be tested


def test_from_figure_gates_agree_with_the_searches() -> None:
    """``_as_base`` and ``_from_figure_in`` search their comparison patterns only where the folded
    window holds a literal of each of their gates (``conjunct.required``): the same answer as the
    searches alone, on words in odd case and folding ('ſ', 'K', 'İ')."""
    from tally.extract.periods import (
        _FROM_FIGURE_BEFORE,
        _FROM_FIGURE_IN,
        _FROM_FIGURE_RULES,
        TimeExpr,
        _as_base,
        _from_figure_in,
    )

    words = (
        "from than compared with to against versus FROM Than COMPARED agaiſt verſus K froṁ "
        "about nearly 12.1 3,000 $5 US$4 7% 1.5 percent tons a b in at the end of In İn"
    ).split()
    spaces = (" ", " ", "  ", "\n", "\t", "\u00a0", "")
    rng = random.Random(57)
    hits = [0, 0]
    for _ in range(6000):
        parts = [rng.choice(words) for _ in range(rng.randint(0, 5))]
        if rng.random() < 0.5:  # the patterns' own shape, perhaps spoilt
            parts += [rng.choice(words[:12]), rng.choice(words[16:23]), rng.choice(words[23:27]), "in"]
        head = "".join(w + rng.choice(spaces) for w in parts)
        text = head + " 2020 and more"
        at = len(head) + 1
        t = TimeExpr(start=at, end=at + 4, text="2020", value="2020", role="explicit", rule="period:year")
        before = text[max(0, at - 60) : at]
        got = _as_base(text, t)
        if got.rule.endswith("@from-figure"):
            hits[0] += 1
            assert _FROM_FIGURE_BEFORE.search(before)
        elif got is t and before.rstrip() != before:
            words_ = before.rstrip().rsplit(None, 2)
            if len(words_) >= 2 and words_[-1].lower() in ("in", "of", "for", "during"):
                assert not _FROM_FIGURE_BEFORE.search(before), text
        for rule in sorted(_FROM_FIGURE_RULES):
            m = TimeExpr(start=at, end=at + 4, text="in May", value="2020-05", role="explicit", rule=rule)
            window = before + "in "
            want = bool(_FROM_FIGURE_IN.search(window)) and any(c.isdigit() for c in window[-30:])
            assert (_from_figure_in(before, m) is not m) is want, text
            hits[1] += want
    assert hits[0] > 50 and hits[1] > 50  # the patterns match often enough to be tested


def test_alone_agrees_with_its_pattern() -> None:
    from tally.extract.periods import _ALONE, TimeExpr, _alone

    tails = [" alone", "  Alone,", "\nALONE", "alone", ",alone", " alones", "\u2028alone", "", " a"]
    tails += ["\u00a0alone", "\u200balone"]
    for tail in tails:
        text = "in June" + tail
        t = TimeExpr(start=3, end=7, text="June", value="2021-06", role="explicit", rule="period:in_month")
        assert _alone(text, t).rule.endswith("@alone") is bool(_ALONE.match(text, t.end)), tail


_MONTH_PIECES = (
    "May may mayor Mayday Mar. March market marched Dec decline Dec. December decade innovation Nov. "
    "November novel Sept sept. separate Jun junior June Jan. jane in by to from between early mid- "
    "late the end of 5 12th 2021 last year next year - – , . ( ) 3rd Maya MAY MARCH5 March_ ſept MAȲ"
).split() + ["in May", "May 5,", "March 2021", "Dec. 3", "from Jan. to March", "by mid-June", "in decline"]


def test_month_gate_skips_only_rules_that_cannot_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules that need a month name ending a word are skipped where none does: the same times
    as with every rule tried (month names inside words, at the text's end, before "_" or a digit)."""
    from tally.extract.periods import _month_words

    rules, _ = _month_words()
    names = {name for i, (name, _) in enumerate(_grammar()) if i in rules}
    assert {"in_month", "month_day", "month_span", "day_span", "month_year"} <= names
    assert not names & {"year", "fiscal_named", "first_months", "rel_month"}

    def plain(text: str, start: int, end: int) -> list:
        with monkeypatch.context() as m:
            m.setattr(periods, "_month_words", lambda: (frozenset(), {}))
            periods._tables.cache_clear()  # (``find_periods`` reads them there)
            try:
                return find_periods(text, start, end, published=PUB)
            finally:
                periods._tables.cache_clear()

    rng = random.Random(43)
    found = 0
    for _ in range(2000):
        text = _month_text(rng, 8)
        start = rng.randint(0, len(text) // 3)
        end = rng.randint(start, len(text))
        want = plain(text, start, end)
        assert find_periods(text, start, end, published=PUB) == want, (text, start, end)
        found += len(want)
    assert found > 300


@pytest.mark.parametrize(
    ("pattern", "ends"),
    [
        (r"(?P<m>may|march)\b", True),
        (r"(?P<m>may|march)\.?\s+\d", True),
        (r"(?P<m>may|march)\.?,?\s+\d", True),
        (r"(?P<m>may|march)(?:\s|-)", True),
        (r"(?P<m>may|march)(?=\s)\s", True),
        (r"(?P<m>may|march)", False),  # the match may end with the name
        (r"(?P<m>may|march)\.?\s*(?:to|-)", False),  # "mayto"
        (r"(?P<m>may|march)\d", False),
        (r"(?P<m>may|march)(?:\s|_)", False),
        (r"(?P<m>may|march)[^a]", False),
        (r"(?P<m>may|march)\w", False),
    ],
)
def test_month_after(pattern: str, ends: bool) -> None:
    from re import _parser as parser  # type: ignore[attr-defined]

    from tally.extract.periods import _month_after

    items = list(parser.parse(pattern, re.IGNORECASE))
    assert _month_after(items[1:]) is ends


def test_every_occurrence_opens_what_the_longest_ones_open() -> None:
    """``find_periods`` asks ``opens`` with every literal the scan finds (not only the longest at
    each position) and looks for month names at every occurrence: the same rules, the same answer."""
    from tally.data import load
    from tally.extract.periods import _conjunct, _month_word, _word_char

    cj = _conjunct()
    assert cj is not None
    names = list(load("periods")["months"])
    rng = random.Random(57)
    texts = [_random_text(rng) for _ in range(600)]
    texts += [_month_text(rng, 6) for _ in range(600)]
    texts += ["Septembers", "in mayday", "junes june", "the decembre 2019-20 fiscal", "marchés march"]
    months = 0
    for text in texts:
        low = fold(text)
        occ = cj.occurrences(low)
        assert sorted(occ) == sorted(cj.scan.iter(low))
        every = frozenset(lit for _, lit in occ)
        assert every >= cj.found(low)
        assert cj.opens(every) == cj.opens(cj.found(low)), text
        # a month name ending a word, by a plain search
        want = any(
            low.startswith(n, x) and (x + len(n) == len(low) or not _word_char(low[x + len(n)]))
            for n in names
            for x in range(len(low))
        )
        assert _month_word(low, occ) == want, text
        months += want
    assert months > 300


def test_fast_time_is_the_dataclass_made_plainly() -> None:
    """``_time`` (the hot loop's constructor) makes the same ``TimeExpr`` as its ``__init__``, which
    sets every field; equal times hash alike, as a frozen dataclass's do (the hash of its fields)."""
    import dataclasses

    from tally.extract.periods import TimeExpr, _time

    args = {"start": 3, "end": 7, "text": "2021", "value": "2021", "role": "explicit", "rule": "period:year"}
    fast, plain = _time(**args), TimeExpr(**args)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert dataclasses.asdict(fast) == args
    assert hash(fast) == hash(tuple(args.values()))
    assert fast != dataclasses.replace(fast, rule="period:year@alone")
    with pytest.raises(TypeError):
        TimeExpr(3, 7, "2021", "2021", "explicit", "period:year")  # type: ignore[misc]  # keyword-only


_YEARISH = ("2021", "1998", "20", "19", "2,020", "20.5", "1850s", "the 2010s", "200", "1990-2000", "FY20",
            "fiscal 2019-20", "since 1996", "by 2030", "2020/21", "19 20", "200 19", "18th")


def test_rules_that_need_a_year_find_none_where_no_year_is() -> None:
    """``find_periods`` skips the rules that need a year (``_year_rules``) where no literal of
    ``_YEAR_LITS`` is followed by two digits: none of them matches such a text."""
    from tally.extract.periods import _conjunct, _year_in, _year_rules, _year_starts

    _year_rules.cache_clear()  # (another test may have asked for them with no conjunct)
    rules = {_grammar()[i][0] for i in _year_rules()}
    assert {"year", "decade", "year_span", "basis_compared", "month_year"} <= rules
    assert not rules & {"since_year", "fiscal_named", "basis_same_period", "rel_year", "now"}
    cj = _conjunct()
    assert cj is not None
    rng = random.Random(71)
    texts = [_random_text(rng) for _ in range(300)]
    words = (*_YEARISH, "in", "by", "the", "from", "compared with", "to", "May")
    texts += [" ".join(rng.choice(words) for _ in range(6)) for _ in range(1500)]
    seen = 0
    for text in texts:
        low = fold(text)
        has = _year_in(low, cj.occurrences(low))
        assert has == bool(re.search(r"(?:18|19|20)\d\d", low)), text
        want = sorted(m.start() for m in re.finditer(r"(?=(?:18|19|20)\d\d)", low))
        assert sorted(_year_starts(low, cj.occurrences(low))) == want, text
        for i in _year_rules():
            if _grammar()[i][1].search(text):
                assert has, (text, _grammar()[i][0])
                seen += 1
    assert seen > 500


@pytest.mark.parametrize(
    ("pattern", "want"),
    [
        (r"jan|feb(?:ruary)?\s+\d", {"jan", "feb"}),
        (r"\b(?:18|19)\d\d", {"18", "19"}),
        (r"2[0]\d\d|1[89]\d\d", {"20", "18", "19"}),
        (r"(?:in\s+)?jan", None),  # "jan" alone, or after "in": no literal starts "in"
        (r"x?since", None),  # "x" starts no literal
        (r"[\d]since", None),
        (r"(?:since){1,3}", {"since"}),
        (r"(?i:since)", None),  # flags of its own
        (r"", None),
    ],
)
def test_lead_literals(pattern: str, want: set[str] | None) -> None:
    from re import _parser as parser  # type: ignore[attr-defined]

    from tally.extract.periods import _lead

    lits = frozenset({"jan", "feb", "18", "19", "20", "since", "in the"})
    got = _lead(list(parser.parse(pattern)), lits)
    assert got == (None if want is None else frozenset(want))


def test_rules_tried_at_the_scans_places_match_as_at_every_start() -> None:
    """A rule whose start pattern's matches each start with a literal of the scan (``_leads``) is
    tried only where the scan found one: the matches ``_at_hits`` finds, searching."""
    from tally.extract.periods import _at_hits, _at_places, _conjunct, _leads, _plan, _year_led, _year_starts

    # (another test may have made them with no conjunct or no start patterns)
    _plan.cache_clear()
    _leads.cache_clear()
    _year_led.cache_clear()
    year_leads = _year_led()[0]
    index = {row[0]: i for i, row in enumerate(_plan())}
    assert {row[0] for row, y in zip(_plan(), year_leads, strict=True) if y} == {"year"}
    year_found = 0
    cj = _conjunct()
    assert cj is not None
    leads = _leads()
    names = {p[0] for p, lead in zip(_plan(), leads, strict=True) if lead}
    assert {"year", "month_day", "anaphor"} <= names
    rng = random.Random(83)
    texts = [_random_text(rng) for _ in range(800)]
    texts += [_month_text(rng, 6) for _ in range(400)]
    found = 0
    for text in texts:
        low = fold(text)
        if len(low) != len(text):
            continue  # (offsets of ``low`` not the text's: not tried at places)
        hits = cj.occurrences(low)
        memo: dict[frozenset[str], list[int]] = {}  # (one per text, shared by its rules)
        for (_rule, _label, rx, _one, _pf, pats, _same, _musts), lead in zip(_plan(), leads, strict=True):
            if lead is None:
                continue
            assert pats is not None and len(pats) == 1
            want = [m.span() for m in _at_hits(rx, pats, text, low, 0, len(text))]
            assert [m.span() for m in _at_places(rx, pats[0], lead, hits, text, low, 0, len(text))] == want
            got = _at_places(rx, pats[0], lead, hits, text, low, 0, len(text), memo)
            assert [m.span() for m in got] == want
            if year_leads[index[_rule]] and text.isascii():
                # a pattern opening with a year, tried only where the years start
                years = _year_starts(low, hits)
                got = _at_places(rx, pats[0], lead, hits, text, low, 0, len(text), None, years)
                assert [m.span() for m in got] == want, (_rule, text)
                year_found += len(want)
            found += len(want)
    assert found > 300
    assert year_found > 100


@pytest.mark.parametrize(
    ("hits", "gates", "want"),
    [
        ([(3, "2020")], (frozenset({"2020"}),), 0),
        ([(3, "2020"), (12, "in the")], (frozenset({"2020", "in the"}),), 7),
        # the latest start, not the latest end: a longer literal ending later starts earlier
        ([(9, "now"), (10, "during the")], (frozenset({"now", "during the"}),), 7),
        # each gate bounds the starts: the earliest of their last places
        ([(3, "2020"), (12, "in the")], (frozenset({"2020"}), frozenset({"in the"})), 0),
        ([(3, "2020")], (frozenset({"2020"}), frozenset({"since"})), -1),
        ([(3, "2020")], (), periods._NO_LIMIT),
    ],
)
def test_last_start(hits: list[tuple[int, str]], gates: tuple[frozenset[str], ...], want: int) -> None:
    from tally.extract.periods import _last_start

    assert _last_start(hits, gates) == want


def test_at_hits_stopped_at_the_gates_last_place_finds_every_match() -> None:
    """``_at_hits`` stops searching after the last place a literal of each gate of the rule
    starts (``_last_start``): the matches ``rx.finditer`` finds all the same."""
    from tally.extract.periods import _at_hits, _conjunct, _last_start, _plan, _rule_gates

    # (another test may have made them with no conjunct or no start patterns)
    _plan.cache_clear()
    _rule_gates.cache_clear()
    cj = _conjunct()
    assert cj is not None
    rng = random.Random(59)
    texts = [_random_text(rng) for _ in range(600)] + [_month_text(rng, 6) for _ in range(300)]
    texts += list(_LEAD_TEXTS)
    found = stopped = 0
    for text in texts:
        low = fold(text)
        if len(low) != len(text):
            continue  # (offsets of ``low`` not the text's: ``_at_hits`` is not used)
        hits = cj.occurrences(low)
        for row, gates in zip(_plan(), _rule_gates(), strict=True):
            rx, pats = row[2], row[5]
            if pats is None:
                continue
            limit = _last_start(hits, gates)
            want = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in _at_hits(rx, pats, text, low, 0, len(text), None, (), limit)] == want
            found += len(want)
            stopped += 0 <= limit < len(low) - 1
    assert found > 300 and stopped > 1000


_YEAR_WORD_PIECES = (
    "compared with to than in as that of from the level end on figure number total amount value "
    "its their for 2019 2020 1998 1850s 20 19 - , . ; ) levels to2020 on2019 intothe by five 10 years "
    "decade ending ended through same period month week"
).split() + ["compared to", "than in", "as in", "the end of", "that of", "2020 figure", "its 2021 level",
             "the same period of", "up to", "the decade to", "by the end of"]


def test_year_rules_searched_only_after_their_words() -> None:
    """``basis_compared``, ``basis_figure_of`` and the other rules with words before their year
    (``_year_words``, read from their patterns) are searched only where a year stands after white
    space after one of their words: every text one of them matches has one."""
    from tally.extract.periods import _conjunct, _grammar, _year_after_word, _year_starts, _year_words

    _year_words.cache_clear()
    cj = _conjunct()
    assert cj is not None
    rules = {
        rule: (rx, words) for (rule, rx), words in zip(_grammar(), _year_words(), strict=True) if words[0]
    }
    assert {"basis_compared", "basis_figure_of", "basis_same_of", "target_year", "years_to"} <= set(rules)
    assert not set(rules) & {"year", "month_year", "year_span", "decade", "since_year"}
    rng = random.Random(61)
    matched = shut = 0
    for _ in range(3000):
        text = "".join(
            (w.upper() if rng.random() < 0.1 else w) + rng.choice(_SPACES)
            for w in rng.choices(_YEAR_WORD_PIECES, k=rng.randint(2, 10))
        )
        low = fold(text)
        if not text.isascii() or len(low) != len(text):
            continue
        starts = _year_starts(low, cj.occurrences(low))
        for rx, (words, longest) in rules.values():
            ok = _year_after_word(low, starts, words, longest)
            if rx.search(text):
                assert ok, (rx.pattern[:40], text)
                matched += 1
            shut += not ok
    assert matched > 300 and shut > 1000


@pytest.mark.parametrize(
    ("pattern", "want"),
    [
        (r"(?:1[89]\d\d|20\d\d)", True),
        (r"(?<![\d,])\b(?:19|20)\d\d(?!%)", True),  # what consumes nothing is passed over
        (r"1(?:[89]\d0'?s)|2(?:0\d0'?s)", True),  # a decade's prefilter
        (r"20[0-3]\d", True),
        (r"20\d{2,}", True),
        (r"(?:1[89]|20)\d", False),  # three characters may be all
        (r"2[01]\d\d", False),  # "21" opens no year
        (r"19\w\d", False),  # a letter may stand third
        (r"(?:the\s+)?20\d\d", False),  # the match may open with "the"
        (r"(?i:20\d\d)", False),  # flags of its own: unsure
        (r"[12][09]\d\d", False),  # "10", "29": no year's opening
    ],
)
def test_year_first(pattern: str, want: bool) -> None:
    from re import _parser as parser  # type: ignore[attr-defined]

    from tally.extract.periods import _year_first

    assert _year_first(list(parser.parse(pattern))) is want


@pytest.mark.parametrize(
    ("pattern", "want"),
    [
        (r"\bcompared (?:with|to)\s+(?P<y>(?:1[89]\d\d|20\d\d))", {"compared with", "compared to"}),
        (r"\b(?:from|on)\s+(?:the end of\s+)?(?P<y>(?:1[89]\d\d|20\d\d))", {"from", "on", "the end of"}),
        (r"\bby\s+(?:the\s+end\s+of\s+)?(?P<y>(?:1[89]\d\d|20\d\d))\b", {"by", "of"}),
        (r"(?<=[\d%t] )ON (?P<y>(?:1[89]\d\d|20\d\d))", {"on"}),  # folded; the look-behind reads nothing
        (r"\d+ years to\s(?P<y>(?:1[89]\d\d|20\d\d))", {" years to"}),  # the run stops at the digits
        (r"\b(?:by\s+)?(?P<y>(?:1[89]\d\d|20\d\d))", None),  # the year may open the match
        (r"\bfrom(?P<y>(?:1[89]\d\d|20\d\d))", None),  # no white space before it
        (r"\bfrom\s*(?P<y>(?:1[89]\d\d|20\d\d))", None),  # white space that may be missing
        (r"[a-z]+\s+(?P<y>(?:1[89]\d\d|20\d\d))", None),  # no literal before the white space
        (r"\bin\s+(?P<y>(?:1[89]\d\d|20\d\d|this year))", None),  # no group of the year alone
        (r"\bin\s+(?:1[89]\d\d|20\d\d)", {"in"}),  # the year's own pattern, as a group
    ],
)
def test_words_before_year(pattern: str, want: set[str] | None) -> None:
    from re import _parser as parser  # type: ignore[attr-defined]

    from tally.extract.periods import _YEAR_PATTERNS, _shape, _words_before_year

    flags = re.IGNORECASE
    shapes = frozenset(_shape(list(parser.parse(p, flags))) for p in _YEAR_PATTERNS)
    got = _words_before_year(list(parser.parse(pattern, flags)), shapes)
    assert got == (None if want is None else frozenset(want))


@pytest.mark.parametrize(
    ("text", "rule", "want"),
    [
        ("up 5% compared with  2019 levels", "basis_compared", True),
        ("up 5% compared with the end of\n2019", "basis_compared", True),
        ("up 5% than in 2019", "basis_compared", True),
        ("it rose in 2019", "basis_compared", False),
        ("the end of2019", "basis_compared", False),
        ("its 2019 figure.", "basis_figure_of", True),
        ("the level of 2015.", "basis_figure_of", True),
        ("output in 2019.", "basis_figure_of", False),
        ("the 12019 total", "basis_figure_of", False),
        ("to reach 5 GW by\t2030", "target_year", True),
        ("by the end of 2030", "target_year", True),
        ("nearby 2030", "target_year", True),  # (the test asks for a word's end, not its start)
        ("by2030 and in 2031", "target_year", False),
        ("in the 10 years to 2020", "years_to", True),
        ("in the same period of 2019", "basis_same_of", True),
        ("in the same period, 2019", "basis_same_of", False),
    ],
)
def test_year_after_word(text: str, rule: str, want: bool) -> None:
    from tally.extract.periods import _conjunct, _year_after_word, _year_starts, _year_words

    cj = _conjunct()
    assert cj is not None
    low = fold(text)
    words, longest = _year_words()[[name for name, _ in _grammar()].index(rule)]
    assert _year_after_word(low, _year_starts(low, cj.occurrences(low)), words, longest) is want


_LEAD_TEXTS = (
    "output 2020-21 and 2019 to 2021, the 1990s, in the 2010’s",
    "from March to May, June 3-5, mid-2020, end-June 2021, Sept. 4 through 9",
    "the same period of 2020, the same month last year, in the first quarter and H1",
    "market innovation may rise; 2,020 tonnes, 19 or 20 units, 1850s 1999/2000",
    "",
    "İn Σ Café: Q1 q2 FIRST HALF of 2021, Sept 30 - Oct 2, 2021",
)


def test_prefilters_tried_at_the_scans_places_find_what_the_search_finds() -> None:
    """A prefilter each match of which starts with one of several literals of the scan
    (``_one_leads``) is matched at the places the scan found them: the first match the search
    finds, or None."""
    from tally.extract.periods import _conjunct, _first_at, _one_leads, _plan, _year_led, _year_starts

    _plan.cache_clear()
    _one_leads.cache_clear()
    _year_led.cache_clear()
    year_ones = _year_led()[1]
    index = {row[0]: i for i, row in enumerate(_plan())}
    assert {row[0] for row, y in zip(_plan(), year_ones, strict=True) if y} == {
        "year", "decade", "year_span", "fiscal_after"
    }
    year_found = 0
    cj = _conjunct()
    assert cj is not None
    one_leads = _one_leads()
    names = {p[0] for p, lead in zip(_plan(), one_leads, strict=True) if lead}
    assert {"decade", "year_span", "month_span", "day_span"} <= names
    rng = random.Random(41)
    texts = list(_LEAD_TEXTS) + [_random_text(rng) for _ in range(800)]
    texts += [_month_text(rng, 6) for _ in range(400)]
    found = 0
    for text in texts:
        low = fold(text)
        hits = cj.occurrences(low)
        memo: dict[frozenset[str], list[int]] = {}  # (one per text, shared by its rules)
        for row, lead in zip(_plan(), one_leads, strict=True):
            one = row[3]
            if lead is None:
                continue
            assert one is not None and len(lead) >= 2
            want = one.search(low)
            tries = [_first_at(one, lead, hits, low), _first_at(one, lead, hits, low, memo)]
            if year_ones[index[row[0]]] and text.isascii():
                # a prefilter opening with a year, matched only where the years start
                tries.append(_first_at(one, lead, hits, low, None, _year_starts(low, hits)))
                year_found += want is not None
            for got in tries:
                assert (got.span() if got else None) == (want.span() if want else None), (row[0], text)
            found += want is not None
    assert found > 300
    assert year_found > 50


@pytest.mark.parametrize(
    ("pattern", "musts", "texts"),
    [
        (r"by\s+(?:the\s+end\s+of\s+)?20\d\d", (("by",), ("20",)), ["by 2020", "in 2020", "bye  2021", ""]),
        (r"ad\s*\d{1,4}|bc", (("ad", "bc"),), ["ad 12", "bc", "x"]),  # a literal of either branch
        (r"a\s*\d|bc", (), ["a 1", "bc"]),  # a gate with a literal of one character: seldom shuts
        (r"(?:its|that of)\s+20\d\d", (("its", "that of"), ("20",)), ["its 2020", "that of 2021", "2020"]),
        (r"fiscal\s+20\d\d", (("fiscal",), ("20",)), ["fiscal 2020", "Fiscal 2020", "fiscal"]),
        (r"Fiscal\s+20\d\d", (), ["Fiscal 2020"]),  # a capital: not the gates' lower-cased literals
        (r"the\s+19\d\d", (("19",),), ["the 2020", "the 1990"]),  # a common word: seldom shuts
    ],
)
def test_must_gates(pattern: str, musts: tuple, texts: list[str]) -> None:
    """``_must``: the gates a prefilter's every match needs, tested with ``in`` before it is
    searched; a text that lacks one has no match."""
    from tally.extract.periods import _must

    def _may(low: str, musts: tuple) -> bool:  # a literal of each gate in ``low``
        return all(any(lit in low for lit in g) for g in musts)

    rx = re.compile(pattern)
    assert _must(rx, ()) == musts
    for text in texts:
        if not _may(text, musts):
            assert rx.search(text) is None


def test_must_gates_shut_only_what_cannot_match() -> None:
    """Every prefilter and start pattern of the grammar, on random texts: where its ``_need`` is
    missing the search finds nothing (and the literals shut some searches)."""
    from tally.extract.periods import _plan

    _plan.cache_clear()
    rng = random.Random(29)
    texts = [fold(_random_text(rng)) for _ in range(1500)]
    shut = 0
    for _rule, _label, _rx, one, pf, pats, _same, (one_need, pf_need, pats_need) in _plan():
        pairs = [(one, one_need)] if one is not None else []
        pairs += list(zip(pf or (), pf_need, strict=True)) + list(zip(pats or (), pats_need, strict=True))
        for p, need in pairs:
            for low in texts:
                if need and need not in low:
                    shut += 1
                    assert p.search(low) is None, (p.pattern, low)
    assert shut > 1000
