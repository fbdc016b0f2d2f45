"""The cheaper scans of ``tally.resolve.entities`` against the searches they replace."""

from __future__ import annotations

import re

import pytest

from tally.gates import fold
from tally.resolve.entities import (
    _SEQ,
    _SEQ_ASCII,
    _SEQ_OPENING,
    _SEQ_WIDE,
    _holds,
    _holds_word,
    _reference_point_gate_rx,
    _reference_point_words,
)

_TEXTS = [
    "",
    "nothing capitalised here",
    "Shanxi Province and the city of Taiyuan reported 2,035 new firms in 2021.",
    "The U.S. and J.P. Morgan; Xi'an High-tech Industries Development Zone; Taiyuan-based Jinbo",
    "5 Shanxi Coking Coal firms, 12-room inns, 3M and 7Eleven",
    "“Honghai” said São Paulo’s Bank of Brazil and Ürümqi — Dalian’s",
    "٣٥ Shanxi firms and ١٢٣Corp",  # Arabic-Indic digits open tokens as ASCII ones do
    "１２３ Wusu and ４Seasons",  # fullwidth digits
    "Ⅻ Beijing ² Hebei ½ Tianjin",  # a number letter, a superscript, a fraction: no digits
    "Zone\tof\nthe Ruhr\n\nValley",
    "ÉCOLE Ωmega ∑ Total",
]


def test_seq_variants_open_as_seq() -> None:
    # the variants replace ``_SEQ``'s opening class alone, and the lookbehinds after it tell
    # capitals from digits; every digit past ASCII is at U+0660 or later
    assert _SEQ.pattern.startswith(_SEQ_OPENING + "(?:(?<=[A-Z])")
    assert "|(?<=\\d)" in _SEQ.pattern
    assert min(c for c in range(0x80, 0x110000) if chr(c).isdecimal()) == 0x660
    assert all(re.fullmatch(r"\d", chr(c)) for c in range(0x660, 0x66A))


@pytest.mark.parametrize("text", _TEXTS)
def test_seq_scans_match(text: str) -> None:
    want = [m.regs for m in _SEQ.finditer(text)]
    assert [m.regs for m in _SEQ_WIDE.finditer(text)] == want
    if text.isascii():
        assert [m.regs for m in _SEQ_ASCII.finditer(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "260 kilometres east of ",
        "a two-hour DRIVE from ",
        "Kilometers",
        "a 3-KM walk",
        "just OUTSIDE the city",
        "a short ride",
        "flights from",
        "nothing",
        "",
        "İSTANBUL Mile",
        "an hour’s",
    ],
)
def test_holds_word_is_the_gate(text: str) -> None:
    assert _holds_word(_reference_point_words(), text) == _holds(_reference_point_gate_rx(), text)
    assert _holds_word(None, text)


_LEAD_SEGS = [
    "",
    "the",
    "The theory of the  city, and THE\tprovince; the 1,035-km line; the South Korean carmaker",
    "this company, This\tfirm and theThe the  the. other the",
    "breathe the air: tithe the zone, Athens the Zone's the_park",
    "the İstanbul city and the ſtate",  # not aligned: positions only
    "the Ürümqi  district, the ørsted company; the\t\tthe",
]


@pytest.mark.parametrize("seg", _LEAD_SEGS)
def test_leads_are_the_lead_scans(seg: str) -> None:
    from tally.gates import fold
    from tally.resolve.entities import (
        _LEAD_RX,
        _RX_BLANKS_RUN,
        _lead_positions,
        _Leads,
        _phrase_starts,
        _phrase_starts_after,
    )

    low = fold(seg)
    aligned = "\u0130" not in seg and "\u0307" not in seg
    leads = _Leads(seg, low, aligned)
    for lead in ("the", "this"):
        at = leads.of(lead)
        assert at == [m.start() for m in _LEAD_RX[lead].finditer(seg)]
        assert leads.of(lead) is at  # (found once)
        if not aligned:
            assert lead not in leads.runs
            continue
        assert at == _lead_positions(low, lead)
        qs, es = leads.runs[lead]
        for p, q, e in zip(at, qs, es, strict=True):
            b = _RX_BLANKS_RUN.match(seg, p + len(lead))
            assert (q, e) == (b.span(1) if b else (-1, -1))
        assert _phrase_starts_after(seg, lead, at, qs, es) == _phrase_starts(seg, lead, at)


@pytest.mark.parametrize(
    "seg",
    [
        *_LEAD_SEGS,
        "They said their firms, and theirs; THEY and Their\tthey're other they",
        "it its itself we our us: theyy, their_s, atheir, the they",
        "Théy thé their ÿ they",
    ],
)
def test_pronoun_matches_at_leads(seg: str) -> None:
    # a group of pronouns opening with "the" tried where a word opens with "the" finds what its
    # scan finds
    from tally.resolve.entities import _Leads, _pronoun_folded_rx, _pronoun_matches

    low = fold(seg)
    if len(low) != len(seg):
        return  # (not aligned: ``_found`` leaves the pronouns to their own pattern)
    want = [m.regs for m in _pronoun_folded_rx().finditer(low)]
    assert [m.regs for m in _pronoun_matches(low)] == want
    assert [m.regs for m in _pronoun_matches(low, _Leads(seg, low, True))] == want


_AFTER_NAME = [
    ", based in Wanrong county, is one of the leading farming companies",
    " is a glassware company",
    ",\n  was one of the largest carmakers",
    " has been a cooperative since",
    ", located at the port, remains an exporter",
    ", headquartered in Oslo, is a firm",
    " invested 2 million yuan",
    " has  also  launched",
    " will also build a plant",
    " plans to hire 300 people",
    " is set to open",
    " handled by the port",
    "\treports record sales",
    ", which said",
    " said it was a company",
    "is a company",  # (no blank before the word)
    "",
    " ",
]


@pytest.mark.parametrize("after", _AFTER_NAME)
def test_word_after_blanks_gates(after: str) -> None:
    # the cheap test before each apposition/business pattern is shut only where the pattern fails
    from tally.resolve.entities import (
        _COP_INDEX,
        _apposition_rx,
        _business_index,
        _business_verb_rx,
        _opens_after_blanks,
    )

    text = "Honghai" + after
    pe = len("Honghai")
    cop = _apposition_rx()[2].match(text[pe : pe + 90]) is not None
    if not _opens_after_blanks(text, pe + 1 if after[:1] == "," else pe, _COP_INDEX):
        assert not cop
    verb = _business_verb_rx().match(text[pe : pe + 40]) is not None
    if not _opens_after_blanks(text, pe, _business_index()):
        assert not verb
    if after in (" is a glassware company", _AFTER_NAME[0]):
        assert cop
    if after in (" invested 2 million yuan", " will also build a plant", "\treports record sales"):
        assert verb


def test_plain_fold() -> None:
    # every character whose fold is ASCII while it is not is one ``_plain_fold`` looks for
    from tally.resolve.entities import _FOLDED_TO_ASCII, _plain_fold

    odd = [chr(c) for c in range(0x80, 0x110000) if fold(chr(c)).isascii()]
    assert sorted(odd) == sorted(_FOLDED_TO_ASCII)
    assert _plain_fold("the Ürümqi city") and not _plain_fold("the \u212aorean firm")


@pytest.mark.parametrize("seg", [*_LEAD_SEGS, "the \u212aorean firm, the Ärger, the ßtate", "The Korean"])
def test_phrase_starts_read_from_the_fold(seg: str) -> None:
    from tally.resolve.entities import _Leads, _phrase_starts, _phrase_starts_after, _plain_fold

    low = fold(seg)
    if len(low) != len(seg) or not _plain_fold(seg):
        return
    leads = _Leads(seg, low, True)
    for lead in ("the", "this"):
        at = leads.of(lead)
        qs, es = leads.runs[lead]
        assert _phrase_starts_after(seg, lead, at, qs, es, low) == _phrase_starts(seg, lead, at)


_NUMBERED = [
    *_TEXTS,
    "1,035 km, 12-room inns, 2021 Shanxi, 3.5 percent, 12A and A380 in 2021.",
    "x2021 y 2021\n Shanxi 12 of 34 and 56 the Hebei 7—8 ٣٤ Wusu ٣٤٥ and ١٢٣Corp",
    "U.S.5 5U.S. 12’s 1990s 4G 5 G 6\tof\n7 the Zone 8-Z 9-based 10-tech Zone",
    "0", "00 0", "Q1 2021 H2 FY2020 COVID-19 No.1 No. 2",
]


@pytest.mark.parametrize("text", _NUMBERED)
def test_named_seq_scans(text: str) -> None:
    # ``_found``'s capitalised sequences are ``_SEQ``'s matches but the bare numbers, in order
    from tally.resolve.entities import _SEQ_NAMED_ASCII, _SEQ_NAMED_WIDE, _seq_rx

    want = [m.regs for m in _SEQ.finditer(text) if not m[0].isdecimal()]
    assert [m.regs for m in _SEQ_NAMED_WIDE.finditer(text)] == want
    assert [m.regs for m in _seq_rx(text).finditer(text)] == want
    if text.isascii():
        assert [m.regs for m in _SEQ_NAMED_ASCII.finditer(text)] == want
    # (no match of ``_SEQ`` opens at a digit after a digit)
    starts = [m.start() for m in _SEQ.finditer(text)]
    assert not any(s and text[s].isdecimal() and text[s - 1].isdecimal() for s in starts)


def test_named_seq_scans_random() -> None:
    import random

    from tally.resolve.entities import _seq_rx

    rng = random.Random(7)
    words = "12 3 4,5 6.7 A B Shanxi of the and 8A x9 ٣ 2021s - ' ’s U.S. \n \t , .".split(" ")
    for _ in range(400):
        text = "".join(rng.choice(words) + rng.choice(("", " ", "  ", "\n", "-", ",")) for _ in range(12))
        want = [m.regs for m in _SEQ.finditer(text) if not m[0].isdecimal()]
        assert [m.regs for m in _seq_rx(text).finditer(text)] == want, text


def test_named_seq_is_built_from_seq() -> None:
    # ``_SEQ_NAMED`` is cut from ``_SEQ``'s own parts: a change of ``_TOKEN``'s shape shows here
    from tally.resolve.entities import _CAPITAL_REST, _DIGIT_REST, _SEQ_TAIL, _TOKEN

    assert _TOKEN == f"{_SEQ_OPENING}(?:{_CAPITAL_REST}|{_DIGIT_REST})"
    assert _SEQ.pattern == f"{_TOKEN}{_SEQ_TAIL}*"


def test_named_seq_is_possessive_seq() -> None:
    # ``_SEQ_NAMED``'s possessive parts are ``_SEQ``'s parts with their repeats made possessive,
    # its blank runs ``_SP``'s longest, its connectors ``_CONNECT``'s words
    from tally.resolve.entities import (
        _CAPITAL_REST,
        _CAPITAL_REST_P,
        _CONNECT,
        _CONNECT_TRIE,
        _DIGIT_REST,
        _DIGIT_REST_P,
        _SP,
        _SP_WHOLE,
    )

    assert _CAPITAL_REST_P.count(")*+") == 2 and _CAPITAL_REST_P.replace(")*+", ")*") == _CAPITAL_REST
    assert _DIGIT_REST_P.replace(")?+", ")?") == _DIGIT_REST
    words = _CONNECT.removeprefix("(?:").removesuffix(")").split("|")
    trie = re.compile(rf"{_CONNECT_TRIE}\Z")
    assert all(trie.match(w) for w in words)
    assert not any(trie.match(w[:k]) for w in words for k in range(len(w)) if w[:k] not in words)
    whole = re.compile(_SP_WHOLE)
    for gap in (" ", "\t \t", "\n", "  \n\t ", " \n \n ", "\n\n", "x", ""):
        ends = [k for k in range(len(gap) + 1) if re.fullmatch(_SP, gap[:k])]
        longest = max(ends, default=None)
        got = whole.match(gap)
        assert (got.end() if got else None) == longest, repr(gap)


_CONNECTED = [
    "Bank of \nChina and the \n\nState of Shanxi del  \t Monte della Casa dos Santos",
    "Port of\tRotterdam & Co, Banco do Brasil, Casa de\n  Campo, Van der Valk, Leon di Roma",
    "Gulf of the dels Shanxi; 5 of the Hebei; 7 della\n\nRoma; A dos B das C da D du E des F den G",
    "X’s Y's Z-based Shanxi-Coal Mid-level Shanxi-owned Wusu-tech Zone U.S. J.P.M 12’s 3’x 4-Z 5 -Z",
]


@pytest.mark.parametrize("text", _CONNECTED)
def test_named_seq_scans_connectors(text: str) -> None:
    from tally.resolve.entities import _SEQ_NAMED_ASCII, _SEQ_NAMED_WIDE

    want = [m.regs for m in _SEQ.finditer(text) if not m[0].isdecimal()]
    assert [m.regs for m in _SEQ_NAMED_WIDE.finditer(text)] == want
    if text.isascii():
        assert [m.regs for m in _SEQ_NAMED_ASCII.finditer(text)] == want


def test_named_seq_scans_random_connectors() -> None:
    import random

    from tally.resolve.entities import _SEQ_NAMED_ASCII, _SEQ_NAMED_WIDE

    rng = random.Random(11)
    words = "12 3 A Bb Shanxi of the and & de del della do dos d di la van von x Ü 8A U.S. ’s 's -Z".split()
    gaps = ("", " ", "  ", "\n", " \n ", "\n\n", "\t", "-", ",", "’")
    for _ in range(600):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(10))
        want = [m.regs for m in _SEQ.finditer(text) if not m[0].isdecimal()]
        assert [m.regs for m in _SEQ_NAMED_WIDE.finditer(text)] == want, text
        if text.isascii():
            assert [m.regs for m in _SEQ_NAMED_ASCII.finditer(text)] == want, text


_BUCKET_SEGS = [
    *_LEAD_SEGS,
    "the company and the Company's, the  firm; THE 12-room hotel, the 1,035-km line and the German carmaker",
    "the Ürümqi city, the naïve firm, the province—the county; the_city, the 3M company, the _firm",
    "this city, this  province of the state; the Sino-Japanese venture, the sino firm, the",
    "the “company” the (city), the\tcity\tof the\u00a0city, the ‘firm’ the city’s",
    "the\n\ncompany the   the company the South   Korean lender",
]


@pytest.mark.parametrize("seg", _BUCKET_SEGS)
def test_bucket_starts_are_the_phrase_starts_looked_up(seg: str) -> None:
    # the starts whose run is a bucket's are those of ``_phrase_starts_after`` whose run is one,
    # with its rows
    from tally.resolve.entities import (
        _bucket_starts,
        _bucketed_plan,
        _Leads,
        _phrase_starts_after,
        _plain_fold,
    )

    low = fold(seg)
    if len(low) != len(seg) or not _plain_fold(seg):
        return
    leads = _Leads(seg, low, True)
    for lead, buckets in _bucketed_plan().items():
        at = leads.of(lead)
        qs, es = leads.runs[lead]
        want = [
            (p, q, buckets[low[q:e]])
            for p, q, e in _phrase_starts_after(seg, lead, at, qs, es, low)
            if low[q:e] in buckets
        ]
        for ascii_low in {False, low.isascii()}:
            assert _bucket_starts(seg, low, lead, at, qs, es, buckets, ascii_low) == want


def test_bucket_starts_random() -> None:
    import random

    from tally.resolve.entities import _bucketed_plan

    rng = random.Random(5)
    keys = [w for buckets in _bucketed_plan().values() for w in buckets]
    words = ["the", "The", "this", "THE", "12-room", "1,035-km", "German", "South Korean", "Ürümqi", "naïve"]
    gaps = [" ", "  ", "\t", ", ", "\n", "—", "’s "]
    for _ in range(200):
        seg = "".join(rng.choice(words + keys) + rng.choice(gaps) for _ in range(10))
        test_bucket_starts_are_the_phrase_starts_looked_up(seg)


def test_pronoun_the_fourths() -> None:
    # each group of pronouns opening with "the" has its fourth characters (or None)
    from tally.resolve.entities import _pronoun_the_fourths, _pronoun_the_words

    for words, fourths in zip(_pronoun_the_words(), _pronoun_the_fourths(), strict=True):
        if fourths is not None:
            assert words is not None and sorted(fourths) == sorted({w[3] for w in words})
