"""Literal gates (tally.gates): a rule is skipped only on a text where it cannot match."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_sentences import example_sentences
from threads import run_switching

from tally.gates import Gated, fold, gate_of


@pytest.mark.parametrize(
    ("pattern", "flags", "gate"),
    [
        (r"\bby\s+(?P<y>20\d\d)\b", re.I, {"20"}),  # a common word is the last choice
        (r"\b(?:from|to)\s+(?P<m>january|february)\b", re.I, {"january", "february"}),
        (r"\bthe same (?:period|month) (?:of|in) ", re.I, {"the same period of ", "the same period in ",
                                                          "the same month of ", "the same month in "}),
        (r"(?:1[89]|20)\d\d", 0, {"18", "19", "20"}),
        (r"\b(?:over|in)?\s*\d+", 0, None),  # an optional word and a digit class: no gate
        (r"(?:the\s+)?year", re.I, {"year"}),
        (r"(?:a|\w+) b", 0, {" b"}),
        (r"(?:abc|\w+)\s+x?", 0, None),  # one branch has no literal: no gate from the group
        (r"(?<=since )\d{4}", 0, None),  # a lookbehind consumes nothing: no gate
        (r"Ab(?=cd)", 0, {"ab"}),  # the lookahead's text is not part of the match
        (r"[^a]bc", 0, {"bc"}),
        (r"x{2}y", 0, {"xxy"}),
        (r"(?:big|bigger) one", 0, {"big one", "bigger one"}),
        (r"(?:the|them) ", 0, {"the ", "them "}),
        (r"Zürich", re.I, None),  # a cased non-ASCII letter folds in ways a substring cannot follow
        (r"\d+[-–]\d+", 0, {"-", "–"}),
        (r"\d+ – \d+", 0, {" – "}),  # an uncased non-ASCII character is plain
    ],
)
def test_gate_of(pattern: str, flags: int, gate: set[str] | None) -> None:
    got = gate_of(re.compile(pattern, flags))
    assert (set(got) if got is not None else None) == gate


def test_contained_literals_are_dropped() -> None:
    # "the" fires whenever "the same" does, so the longer one is redundant in one gate
    assert gate_of(re.compile(r"(?:the|the same) x")) == frozenset({"the x", "the same x"})
    assert gate_of(re.compile(r"(?:ab|xaby)")) == frozenset({"ab"})


def test_fold_keeps_every_ascii_ignorecase_match() -> None:
    """Every character that re (IGNORECASE) matches to an ASCII letter folds to that letter."""
    any_letter = re.compile("[a-z]", re.I)
    for cp in range(128, sys.maxunicode + 1):
        ch = chr(cp)
        if any_letter.fullmatch(ch):
            for a in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch(a, ch, re.I):
                    assert a in fold(ch), (hex(cp), a)


WORDS = ["the", "year", "by", "of", "in", "Jan", "end", "same", "period", "é", "–", "fiscal"]


@st.composite
def patterns(draw, depth: int = 0) -> str:
    """Small regexes made of words, classes, groups, alternations, repeats and assertions."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        # repeats only at the top (a repeat inside a repeat can backtrack for ever)
        top = ["word", "word", "class", "space", "digit", "group", "alt", "opt", "rep", "bound", "look"]
        inner = ["word", "class", "fixed", "alt"] if depth == 1 else ["word", "class", "fixed"]
        kind = draw(st.sampled_from(top if depth == 0 else inner))
        if kind == "word":
            parts.append(re.escape(draw(st.sampled_from(WORDS))))
        elif kind == "class":
            parts.append(draw(st.sampled_from(["[ab]", "[0-3]", "[^x]", "[xyz]", r"[\w]", "[-–]", "."])))
        elif kind == "fixed":
            parts.append(draw(st.sampled_from([" ", r"\d{2}", "20", "[ab]c", r"\b"])))
        elif kind == "space":
            parts.append(draw(st.sampled_from([" ", r"\s+", r"\s*", "[ \t]+"])))
        elif kind == "digit":
            parts.append(draw(st.sampled_from([r"\d", r"\d{2}", r"\d+", "20", r"1[89]"])))
        elif kind == "group":
            parts.append("(?:" + draw(patterns(depth + 1)) + ")")
        elif kind == "alt":
            alts = draw(st.lists(patterns(depth + 1), min_size=2, max_size=3))
            parts.append("(?:" + "|".join(alts) + ")")
        elif kind == "opt":
            parts.append("(?:" + draw(patterns(depth + 1)) + ")" + draw(st.sampled_from(["?", "*", "{0,2}"])))
        elif kind == "rep":
            rep = draw(st.sampled_from(["+", "{1,3}", "{2}"]))
            parts.append("(?:" + draw(patterns(depth + 1)) + ")" + rep)
        elif kind == "bound":
            parts.append(draw(st.sampled_from([r"\b", "^", "$"])))
        else:
            parts.append(draw(st.sampled_from(["(?=the)", "(?!of)", "(?<=y)", "(?<!x)"])))
    return "".join(parts)


def _swapcase_some(s: str, mask: list[bool]) -> str:
    return "".join(c.swapcase() if i < len(mask) and mask[i] else c for i, c in enumerate(s))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_gate_fires_on_every_match(data) -> None:
    """Hypothesis: for random patterns and random texts containing a match, the gate fires."""
    pattern = data.draw(patterns())
    flags = data.draw(st.sampled_from([0, re.I]))
    rx = re.compile(pattern, flags)
    gate = gate_of(rx)
    if gate is None:
        return
    try:
        text = data.draw(st.from_regex(rx, fullmatch=False))
    except Exception:  # a pattern hypothesis cannot generate from (an impossible lookaround)
        return
    if flags & re.I:
        mask = data.draw(st.lists(st.booleans(), max_size=len(text)))
        text = _swapcase_some(text, mask)
    for m in rx.finditer(text):
        assert any(lit in fold(m.group(0)) for lit in gate), (pattern, text, m.group(0), gate)
    assert Gated.of([rx]).open(text) == [True] or rx.search(text) is None


def _sentences() -> list[str]:
    return list(example_sentences())


def _batteries() -> dict[str, list[re.Pattern[str]]]:
    from tally.extract import indicators, periods
    from tally.resolve import entities

    return {
        "periods": [rx for _, rx in periods._grammar()],
        "indicator cues": [c.rx for c in indicators._cues()],
        "entity patterns": list(entities._battery()),
    }


@pytest.mark.parametrize("name", list(_batteries()))
def test_no_gated_rule_matches_where_skipped(name: str) -> None:
    """On real report sentences, a rule whose gate is shut never has a match."""
    rxs = _batteries()[name]
    gated = Gated.of(rxs)
    for sent in _sentences():
        for rx, may in zip(rxs, gated.open(sent), strict=True):
            if not may:
                assert rx.search(sent) is None, (rx.pattern[:60], sent)


@pytest.mark.parametrize("name", list(_batteries()))
def test_which_and_ends_agree_with_open(name: str) -> None:
    """``which`` lists the rules ``open`` marks; ``ends`` too, with an offset no later than where
    each match ends, from which the rule's search finds the same matches (given its widest match)."""
    from tally.gates import width

    rxs = _batteries()[name]
    gated = Gated.of(rxs)
    for sent in _sentences() + ["Exports rose, and İmports \u0130 fell by 5 percent", ""]:
        opened = [i for i, ok in enumerate(gated.open(sent)) if ok]
        assert gated.which(sent) == opened
        ends = gated.ends(sent)
        assert sorted(ends) == opened
        for i, end in ends.items():
            ms = [m.span() for m in rxs[i].finditer(sent)]
            assert all(end <= e for _s, e in ms), (rxs[i].pattern[:60], sent)
            lo = max(0, end - min(width(rxs[i]), 1 << 30))
            assert [m.span() for m in rxs[i].finditer(sent, lo)] == ms


def _occurrences(low: str, lit: str) -> list[int]:
    """Where ``lit`` occurs in ``low``, overlapping occurrences too (plain ``str.find``)."""
    out, at = [], low.find(lit)
    while at >= 0:
        out.append(at)
        at = low.find(lit, at + 1)
    return out


@pytest.mark.parametrize("name", list(_batteries()))
def test_scan_finds_every_literal_of_the_battery(name: str) -> None:
    """``open``, ``which`` and ``ends`` of a battery that scans (the automaton) give what looking
    every literal up gives: a rule opens where one of its literals occurs, and ``ends`` holds the
    earliest end of one of them."""
    gated = Gated.of(_batteries()[name])
    if gated.scan is None:
        pytest.skip("no scan")
    texts = _sentences() + [
        "exports rose; export-led imports of ton-kilometers", "yearyears ago, the past years", "a", " ", "",
    ]
    for sent in texts:
        low = fold(sent)
        want: dict[int, int] = {}
        for lit, rules in gated.by_literal:
            at = _occurrences(low, lit)
            for r in rules if at else ():
                want[r] = min(want.get(r, at[0] + len(lit)), at[0] + len(lit))
        opened = sorted({*want, *(i for i, a in enumerate(gated.always) if a)})
        assert [i for i, ok in enumerate(gated.open(sent)) if ok] == opened, sent
        assert gated.which(sent) == opened, sent
        if sent.isascii() and not gated.any_always:
            assert gated.ends(sent) == want, sent


def test_automaton_finds_overlapping_and_nested_literals() -> None:
    from tally.gates import automaton

    auto = automaton({"year": 1, "years": 2, "ears": 3, "a": 4})
    got = sorted((last, v) for last, v in auto.iter("yearsyear"))
    assert got == [(2, 4), (3, 1), (4, 2), (4, 3), (7, 4), (8, 1)]
    with pytest.raises(ValueError, match="empty"):
        automaton({"": 1})


def test_text_rank_orders_characters_by_text_order() -> None:
    from tally.gates import _TEXT_ORDER, text_rank

    # by the rank of each character in turn: a space before "e" before "t", the ones missing from
    # the order (here "é", "~", "Q") after all of those, by code
    words = ["t", "e", " x", "té", "t~", "ta", "te", "é", "Q"]
    assert sorted(words, key=text_rank) == [" x", "e", "t", "te", "ta", "t~", "té", "Q", "é"]
    assert all(text_rank(c) == (i,) for i, c in enumerate(_TEXT_ORDER))


@pytest.mark.parametrize("seed", range(4))
def test_automaton_answers_alike_whatever_the_order_literals_come_in(seed: int) -> None:
    """``automaton`` adds its literals by ``text_rank``: the occurrences it yields, in their order,
    are those of a pyahocorasick automaton of the same literals added in any other order."""
    import random

    import ahocorasick

    from tally.gates import automaton

    rng = random.Random(seed)
    alphabet = "aetn sTQé-"
    lits = list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(60)})
    values = {lit: i for i, lit in enumerate(lits)}
    rng.shuffle(lits)
    other = ahocorasick.Automaton()
    for lit in lits:
        other.add_word(lit, values[lit])
    other.make_automaton()
    ours = automaton(values)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert list(ours.iter(text)) == list(other.iter(text)), text


@pytest.mark.parametrize("name", list(_batteries()))
def test_lower_twin_finds_the_same_matches(name: str) -> None:
    """On the lower-cased ASCII sentence, a twin finds every match (and group) at the same span."""
    from tally.gates import lower_twin

    for rx in _batteries()[name]:
        twin = lower_twin(rx)
        if twin is None:
            continue
        for sent in _sentences() + ["EXPORTS ROSE BY 5 PERCENT; GDP Grew", "K", "Gdp MoUs", "[^_`]"]:
            if not sent.isascii():
                continue
            want = [[m.span(g) for g in range(rx.groups + 1)] for m in rx.finditer(sent)]
            got = [[m.span(g) for g in range(rx.groups + 1)] for m in twin.finditer(sent.lower())]
            assert got == want, (rx.pattern[:60], sent)


@pytest.mark.parametrize(
    ("pattern", "flags", "twin"),
    [
        ("abc", re.I, True),
        ("abc", 0, False),  # case-sensitive: no twin
        ("aBc|GDP", re.I, True),  # upper-case literals are lower-cased in the twin
        ("[A-Z]x", re.I, True),
        ("[A-Za-z]x", re.I, True),
        ("[A-z]x", re.I, False),  # lower-cased, the class would lose "[", "^" ... and gain nothing
        (r"\S+", re.I, False),  # lower-casing would change the escape
        (r"\Ax", re.I, False),
        (r"\x4Ax", re.I, False),
        ("(?P<Name>a)", re.I, False),  # a group name would change
        ("it’s", re.I, True),  # an uncased curly quote matches no ASCII character either way
        (r"\bup\b(?!\s+to)", re.I, True),
        ("(?-i:a)b", re.I, False),  # scoped flags
        ("(?i)ab", 0, False),  # an inline flag keeps the twin case-blind
        ("ſ", re.I, False),  # non-ASCII
    ],
)
def test_lower_twin_only_when_safe(pattern: str, flags: int, twin: bool) -> None:
    from tally.gates import lower_twin

    rx = re.compile(pattern, flags)
    got = lower_twin(rx)
    assert (got is not None) == twin
    for text in ("abc", "ABC", "GDP gdp", "Zx zx [x ^x", "IT’S", "Name a", "J jx"):
        if got is not None:
            assert [m.span() for m in got.finditer(text.lower())] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "expected"), [("abc", 3), (r"\bab?c\b", 3), ("(?<=x)a(?=yy)", 1), ("a+", 1 << 30)]
)
def test_width(pattern: str, expected: int) -> None:
    from tally.gates import width

    assert min(width(re.compile(pattern)), 1 << 30) == expected


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        ("^a", 0, True),
        (r"\Aa", 0, True),
        (r"\Aa", re.MULTILINE, True),
        ("^a", re.MULTILINE, False),  # ^ matches after every newline
        ("^a|b", 0, False),  # a top-level alternation
        ("(?:^a)b", 0, True),
        ("a^", 0, False),
        ("", 0, False),
        (r"\bx", 0, False),
    ],
)
def test_anchored(pattern: str, flags: int, expected: bool) -> None:
    from tally.gates import anchored

    assert anchored(re.compile(pattern, flags)) is expected


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\(a", 0, True),
        ("ab", 0, True),
        ("ab", re.IGNORECASE, False),  # a cased letter: re looks for either case
        ("-a", re.IGNORECASE, True),
        ("[ab]c", 0, False),
        ("(a)", 0, False),
        ("a?b", 0, False),
        ("", 0, False),
    ],
)
def test_literal_lead(pattern: str, flags: int, expected: bool) -> None:
    from tally.gates import literal_lead

    assert literal_lead(re.compile(pattern, flags)) is expected


def test_a_common_word_with_spaces_round_it_is_a_last_resort_gate() -> None:
    """" to " is as common as "to": the goods before it are the better gate (only speed depends on it)."""
    from tally.gates import gate_of

    goods_to = re.compile(r"\b(?:sales|sold|exports?) to (?:the )?[A-Z]\w+", re.I)
    assert gate_of(goods_to) == {"sales", "sold", "export"}
    assert gate_of(re.compile(r"\bof\s+(?:the\s+)?(?:total|whole)\b", re.I)) == {"total", "whole"}


OPTION_PATTERNS = [
    r"\beach\s+(family|household|person)\b",
    r"\b(?:a|b)\s+x(?:yy|zz)",
    r"(?:foo|bar)\s+(?:baz\w+|qux)\s+end",
    r"^\s*of\s+(?:the\s+)?(\w+)\s+(?:growth|rise)",
    r"(?=look)\w+ing\b",
]


@pytest.mark.parametrize("pattern", OPTION_PATTERNS)
def test_gate_options_are_gates(pattern: str) -> None:
    """Each gate ``gate_options`` lists holds a literal of every match; ``gate_of``'s is among them."""
    import itertools

    from tally.gates import fold, gate_of, gate_options

    rx = re.compile(pattern, re.I)
    options = gate_options(rx)
    assert gate_of(rx) in options
    words = ["each", "family", "a", "b", "xyy", "xzz", "foo", "bar", "bazooka", "qux", "end", "of", "the",
             "steel", "growth", "rise", "looking", "person", "household"]
    for n in (2, 3, 4, 5):
        for combo in itertools.islice(itertools.permutations(words, n), 4000):
            text = " ".join(combo)
            for m in rx.finditer(text):
                for g in options:
                    assert any(lit in fold(m.group(0)) for lit in g), (pattern, text, g)


BACK_PATTERNS = [
    r"\b(?:rose|fell)\s+(\w+) by",
    r"(?:ab|b)c",
    r"x{2}(?:foo|barbaz)",
    r"(?:\w{0,3}|q)z(?:yyy|aaaa)",
    r"(?:abc|bcd|c)x",
    r"\b(?:will|memorand\w* of understanding|(?:is|are) (?:now )?building)\b",
    r"(?:the|a) costs? of (?:[\w-]+ing|living)",
]


@pytest.mark.parametrize("pattern", BACK_PATTERNS)
def test_gate_backs_bound_where_a_literal_starts(pattern: str) -> None:
    """Every match holds an occurrence of a literal of the gate starting no more than that
    literal's back after the match's start (None: anywhere)."""
    import itertools

    from tally.gates import gate_backs, gate_of

    rx = re.compile(pattern, re.I)
    backs = gate_backs(rx)
    assert set(backs) == set(gate_of(rx) or ())
    words = ["rose", "FELL", "by", "abc", "bc", "xx", "foo", "barbaz", "qz", "wzyyy", "zaaaa", "bcdx", "cx",
             "will", "memoranda of understanding", "are now building", "the cost of", "living", "a"]
    for combo in itertools.islice(itertools.product(words, repeat=3), 7000):
        for sep in (" ", ""):
            text = sep.join(combo)
            low = fold(text)
            for m in rx.finditer(text):
                ok = False
                for lit, back in backs.items():
                    at = low.find(lit, m.start())
                    while 0 <= at and at + len(lit) <= m.end():
                        if back is None or at <= m.start() + back:
                            ok = True
                        at = low.find(lit, at + 1)
                assert ok, (pattern, text, m.span(), backs)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ASCII Text",
        "The Province’s “New” Exports — Up 5 Percent In The First Half Of The Year, Officials Said",
        "ZÜRICH Exports Of Machinery Rose In The First Half Of The Year, The Statistics Office Said",
        "İSTANBUL’s port handled more Containers than Any other in the Region during the Year 2023",
        "Long ſ and dotless ı and a combining dot i\u0307 in a Text long enough for the Fast Path here",
        "A lone surrogate \ud800 in a Text long enough for the Fast Path of fold to be taken here ok",
        "Kelvin sign \u212a and ΣΊΣΥΦΟΣ and ẞ in a Text long enough for the Fast Path of fold, yes",
        "日本の輸出は増加した — Exports Rose In Japan During The First Half Of The Year, It Said",
    ],
)
def test_fold_as_lower_casing_the_whole_text(text: str) -> None:
    """``fold`` (the ASCII bytes of a long non-ASCII text lower-cased) equals ``str.lower`` and the
    replacements it makes."""
    from tally.gates import _fold_plain

    for t in (text, text[:40], text * 2):
        assert fold(t) == _fold_plain(t)


@pytest.mark.parametrize(
    "text",
    [
        "Exports Rose 12% In The First Half",
        "Exports rose 12% — the fastest pace, officials said",
        "Long ſ and dotless ı and a combining dot i\u0307 here",
        "İSTANBUL’s port",
        "Kelvin sign \u212a only",
        "ΣΊΣΥΦΟΣ and ẞ",
        "",
    ],
)
def test_fold_lower_is_fold_of_the_lower_cased_text(text: str) -> None:
    """``fold_lower(text.lower())`` (for a caller that lower-cased the text) is ``fold(text)``."""
    from tally.gates import fold_lower

    for t in (text, text * 40):
        assert fold_lower(t.lower()) == fold(t)


def test_fold_lower_every_character() -> None:
    from tally.gates import fold_lower

    for cp in range(128, 0x110000, 5):
        t = "Ab " + chr(cp) + " Cd"
        assert fold_lower(t.lower()) == fold(t), hex(cp)


def test_fold_every_character_as_lower_casing() -> None:
    """Every character, in a text long enough for the byte shortcut, folds as ``str.lower`` folds it."""
    from tally.gates import _FAST_FOLD_MIN, _fold_plain

    pad = "The Quick Brown Fox Jumps " * (1 + _FAST_FOLD_MIN // 26)
    for cp in range(128, 0x110000, 7):
        t = pad + chr(cp) + "Ab"
        assert fold(t) == _fold_plain(t), hex(cp)


@pytest.mark.parametrize(
    ("pattern", "most", "cover"),
    [
        (r"\b(?:year-on-year|y-o-y|(?:a|one) year ago|from last year)\b", 6, {"year", "y-o-y"}),
        (r"(?:foo|barn)", 6, {"foo", "barn"}),
        (r"\d+|abc", 6, None),  # a branch with no gate
        (r"abc", 6, None),  # no alternation
        (r"alpha|beta|gamma|delta", 3, None),  # more parts than allowed
        (r"(?:the|of) year|of the month", 6, {" year", " the mon"}),  # the longest parts that cover
    ],
)
def test_cover_gate(pattern: str, most: int, cover: set[str] | None) -> None:
    from tally.gates import cover_gate

    got = cover_gate(re.compile(pattern, re.I), most)
    assert (None if got is None else set(got)) == cover


def test_cover_gate_holds_on_report_sentences() -> None:
    """Every match of a cue with a cover gate holds one of its parts (folded)."""
    from tally.extract.kinds import _compiled
    from tally.gates import cover_gate

    rx = _compiled("yoy")
    cover = cover_gate(rx, 6)
    assert cover == {"year", "yoy", "y-o-y"}
    texts = [*example_sentences(), "Exports rose 5% y-o-y", "up 3% YoY", "a Year Ago", "on-year"]
    found = 0
    for t in texts:
        for m in rx.finditer(t):
            found += 1
            assert any(p in fold(m.group(0)) for p in cover), m.group(0)
    assert found >= 10


_TRIE_PATTERNS = [
    r"\b(?:rise|rose|(?:edg(?:ed|es)|tick) up|jump)\b",
    r"a|ab|abc|b",
    r"ab|a|abc",
    r"(?:a|ab)c|abd",
    r"(?:x|xy)(z)|xyz",  # a capturing group after a spread group: left as it is
    r"(?P<w>rose|rise|ran)\s+(?:by|to)\b",
    r"\b(?:up(?!\s+to\b)|upswing|down|dip(?:ped)?|drop(?:s|ped)?)\s*$",
    r"(?:r|ro|ros|rose)+e",
    r"^(?:the|that|those|this)\b",
    r"[ab]x|ay|bz",
    r"(?:cat|car)|(?:cab)",
    # a greedy optional opening spread as itself and the rest, then the rest alone
    r"\b(?:(?:from |than )?(?:a|one) year|abc|ago)\b",
    r"(?:ab)?c|ac|abd",
    r"(?:ab|a)?bc|bd",
    r"(?:x)?(y)|xz",  # a capturing group after it: left as it is
    r"(?:a?)?b|ab",  # an optional part that may match empty: left as it is
    r"(?:ab)??c|ac",  # lazy: left as it is
]
_TRIE_TEXTS = [
    "", "a", "ab", "abc", "abd", "abcd", "xyz", "xz", "xyzz", "prices rose by 5", "it ran to", "rise",
    "edged up", "ticks up", "jumped", "upswing up to", "the dip", "dropped  ", "rrrose", "rosee", "the that",
    "those", "ax ay bz", "cab car cat", "drops", "up", "up to",
    "from a year ago", "than one year", "a year", "one yearly", "from one year", "abcd", "ac", "abc",
    "abbc", "bc", "bd", "xy", "xz", "y", "aab",
]


@pytest.mark.parametrize("pattern", _TRIE_PATTERNS)
def test_trie_branches_match_as_the_pattern(pattern: str) -> None:
    """The regrouped pattern finds the matches (spans and groups) the pattern finds."""
    from tally.gates import trie_branches

    rx = re.compile(pattern)
    tr = trie_branches(rx)
    for t in _TRIE_TEXTS:
        for start in range(len(t) + 1):
            a, b = rx.search(t, start), tr.search(t, start)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, t, start)
            a, b = rx.match(t, start), tr.match(t, start)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, t, start)
        assert [m.span() for m in rx.finditer(t)] == [m.span() for m in tr.finditer(t)]


def test_trie_branches_built_in_threads_as_alone() -> None:
    """Patterns regrouped by several threads at once (a Dask worker's threads each building their
    tables) find what the same patterns regrouped alone find: the parser state the regrouping reads
    is the thread's own."""
    from tally.gates import trie_branches

    def spans(rx: re.Pattern[str]) -> list[list[tuple[int, int]]]:
        return [[m.span() for m in rx.finditer(t)] for t in _TRIE_TEXTS]

    alone = {p: spans(trie_branches(re.compile(p))) for p in _TRIE_PATTERNS}
    wrong: list[str] = []

    def run(offset: int) -> None:
        for n in range(40):
            p = _TRIE_PATTERNS[(offset + n) % len(_TRIE_PATTERNS)]
            if spans(trie_branches(re.compile(p))) != alone[p]:
                wrong.append(p)

    run_switching(run, [(i,) for i in range(8)])
    assert not wrong


def test_trie_branches_regroups_word_alternations() -> None:
    from tally.gates import trie_branches

    assert trie_branches(re.compile(r"\b(?:rise|rose|jump)\b")).pattern is None  # regrouped
    assert trie_branches(re.compile(r"\b(?:rise|jump)\b")).pattern is not None  # nothing shared
    assert trie_branches(re.compile(r"rise|rose", re.I)).pattern is not None  # case-blind: left
    assert trie_branches(re.compile(r"(?:x|xy)(z)|xyz")).pattern is not None
    assert trie_branches(re.compile(r"(?:from )?a year|ago")).pattern is None  # an optional opening
    assert trie_branches(re.compile(r"(?:a?)?b|ab")).pattern is not None  # it may match empty


def test_kind_cue_twins_regrouped_find_what_the_cues_find() -> None:
    """Every kind cue's twin, regrouped, finds on lower-cased report sentences what the cue finds."""
    from tally.data import load
    from tally.extract.kinds import _compiled
    from tally.gates import lower_twin, trie_branches

    regrouped = 0
    for name, v in load("kind_cues").items():
        if not isinstance(v, str) or name == "up_words":
            continue
        try:
            rx = _compiled(name)
        except (KeyError, re.error):
            continue
        twin = lower_twin(rx)
        if twin is None:
            continue
        tr = trie_branches(twin)
        regrouped += tr is not twin
        for sent in example_sentences()[:300]:
            if not sent.isascii():
                continue
            low = sent.lower()
            assert [(m.span(), m.groups()) for m in tr.finditer(low)] == [
                (m.span(), m.groups()) for m in rx.finditer(sent)
            ], (name, sent)
    assert regrouped >= 3


BOUNDARY_TWINS = [
    (r"\b[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){1,5}\s*/\s*[A-Z]+", 0, True),
    (r"\bfoo(?P<n>\d+)?", re.IGNORECASE, True),  # a literal opening, a named group kept
    (r"\b[a-z_0-9]\w*\b", re.ASCII, True),
    (r"\b[kK]m\b", re.IGNORECASE, True),  # case-blind: 'K' (Kelvin) is a word character too
    (r"\b(?:ab|cd)", 0, False),  # an alternation opens it
    (r"\b[^a]x", 0, False),  # a negated class may match a non-word character
    (r"\b[\w-]x", 0, False),  # a category, and "-"
    (r"\b-x", 0, False),
    (r"foo\b", 0, False),
    (r"\B[a-z]", 0, False),
]

BOUNDARY_TEXTS = [
    '',
    'x',
    'ABC DEF / XYZ',
    'a ABC DEF/XYZ',
    'xABC DEF / Q',
    '_ABC D/E',
    'é',
    'éABC DE/F',
    'foo7 foo',
    'xfoo1 Foo2',
    'FOO_',
    'a_b c9',
    'k m Km',
    'Km xKm',
    '\nAB CD/EF',
    'L’AB CD / EF',
    '1ABC DEF / G',
]


@pytest.mark.parametrize(("pattern", "flags", "made"), BOUNDARY_TWINS)
def test_boundary_twin_finds_the_same_matches(pattern: str, flags: int, made: bool) -> None:
    """``boundary_twin`` is made only for a pattern opening with ``\\b`` and a word character, and
    finds every match (span and group spans) the pattern finds, also searched from any place."""
    from tally.gates import boundary_twin

    rx = re.compile(pattern, flags)
    twin = boundary_twin(rx)
    assert (twin is not None) == made
    if twin is None:
        return
    assert twin.groupindex == rx.groupindex
    rng = __import__("random").Random(pattern)
    pieces = [*"ABCDakKmfo1_ /-’é\n", "\u212a"]
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(400)]
    texts = BOUNDARY_TEXTS + randoms
    for text in texts:
        assert [m.regs for m in twin.finditer(text)] == [m.regs for m in rx.finditer(text)], text
        for at in range(len(text) + 1):
            a, b = twin.search(text, at), rx.search(text, at)
            assert (a and a.regs) == (b and b.regs), (text, at)


def test_is_ascii_is_str_isascii() -> None:
    from tally.gates import is_ascii

    for text in ("", "abc", "a’b", "\x7f", "\x80", "İ"):
        assert is_ascii(text) == text.isascii()
