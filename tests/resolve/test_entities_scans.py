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


# numbers before what may go on a match (a capital, blanks then a token or a connector) and
# before what may not; non-ASCII digits and letters next to ASCII digits; "?" and "\x01" in the text
_SEQ_MATCH_TEXTS = [
    *_NUMBERED,
    *_CONNECTED,
    "in 2021 the Shanxi plant, 2021 and Hebei, 5 million yuan, 12 percent. 7\n\nof 8 \t& Co 9 \nZ",
    "12٣ Wusu, ٣12 Hebei, 4é 5 é 6 É 7 ١ 8\u00a0Shanxi 9?Z 10\x01A \x01B ?C 11 ?",
    "1 2 3 4 of 5 de 6 la 7 van 8 the 9 z 10 o 11 a",
    "99", "9 ", "9 \n", "A", "?", "\x01", "x 1,035-km line in Q3, 2021a 2021B 3 M",
]


@pytest.mark.parametrize("text", _SEQ_MATCH_TEXTS)
def test_seq_matches(text: str) -> None:
    # tried only at the marked places, numbers that cannot go on passed over: finditer's matches
    from tally.resolve.entities import _seq_marks, _seq_matches, _seq_rx

    assert len(_seq_marks(text)) == len(text)
    want = [m.regs for m in _seq_rx(text).finditer(text)]
    assert [m.regs for m in _seq_matches(text, _seq_marks(text))] == want


def test_seq_matches_random() -> None:
    import random

    from tally.resolve.entities import _seq_marks, _seq_matches, _seq_rx

    rng = random.Random(5)
    words = (
        "12 3 4,5 6.7 A B Shanxi of the and & de van la 8A x9 ٣ 2021s - ' ’s U.S. ? \x01 é Ünal z o"
    ).split(" ")
    gaps = ("", " ", "  ", "\n", " \n ", "\n\n", "\t", "-", ",", "’", "\u00a0")
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(10))
        got = [m.regs for m in _seq_matches(text, _seq_marks(text))]
        assert got == [m.regs for m in _seq_rx(text).finditer(text)], text


def test_connect_firsts() -> None:
    # every connector of ``_CONNECT`` opens with one of ``_CONNECT_FIRSTS``
    from tally.resolve.entities import _CONNECT, _CONNECT_FIRSTS

    for w in ("of", "and", "&", "de", "della", "van", "von", "the", "la", "dos", "for"):
        assert re.fullmatch(_CONNECT, w) and w[0] in _CONNECT_FIRSTS
    assert not any(re.fullmatch(_CONNECT, c + "x" * k) for c in "bcegz" for k in range(4))


def _token_heads_before_scanned(seg: str, rev: str, starts: list[int], words: int) -> list[int]:
    # the scan ``_token_heads_before`` replaces: every character of each window read by
    # ``_RX_TOKEN_HEAD``
    from tally.resolve.entities import _RX_TOKEN_HEAD, _back_rx

    n = len(seg)
    out: set[int] = set()
    for x in starts:
        m = _back_rx(words).match(rev, n - x)
        a = x - (m.end() - (n - x)) if m else x
        out.update(h.start() for h in _RX_TOKEN_HEAD.finditer(seg, a, x))
    return sorted(out)


_TYPED_SEGS = [
    *_SEQ_MATCH_TEXTS,
    "Qixian county, the Penedès wine region, ٣Wusu ١٢ Shanxi city, 12A-B district and Ü-Ürümqi region",
    "X Y Z W county; 1 2 3 4 5 city; ? ?A \x01B prefecture; Ⅻ ² ½ county ١٢٣ ４ city",
]


@pytest.mark.parametrize("seg", _TYPED_SEGS)
def test_token_heads_before_marks(seg: str) -> None:
    # the capitals and digits read at the marked places are those the scan of every character finds
    from tally.resolve.entities import _seq_marks, _token_heads_before

    rev = seg[::-1]
    starts = [k for k in range(1, len(seg) + 1) if seg[k - 1] in " \t"]
    for words in (1, 3, 6):
        want = _token_heads_before_scanned(seg, rev, starts, words)
        assert _token_heads_before(seg, rev, starts, words, _seq_marks(seg)) == want


_PRONOUN_TEXTS = [
    "it its itself itsy wit it_ it1 itè éit 'it' (its) it.",
    "we wed owe we_ 2we we; our ours your four our- ourself us use bus us_ Us US",
    "their they theirs them the they'd they’re",
    "it", "us", "ou", "our", "i", "", "we\nwe\twe",
]


@pytest.mark.parametrize("text", _PRONOUN_TEXTS)
def test_pronoun_matches_found(text: str) -> None:
    # the pronouns found group by group are the alternation's matches
    from tally.resolve.entities import _Leads, _pronoun_folded_rx, _pronoun_matches

    low = fold(text)
    want = [m.regs for m in _pronoun_folded_rx().finditer(low)]
    assert [m.regs for m in _pronoun_matches(low)] == want
    if len(low) == len(text):
        assert [m.regs for m in _pronoun_matches(low, _Leads(text, low, True))] == want


def test_pronoun_matches_random() -> None:
    import random

    from tally.resolve.entities import _pronoun_folded_rx, _pronoun_matches

    rng = random.Random(3)
    words = "it its itself itsy wit we wed owe our ours your us use bus their they them the x _ 1 é".split()
    for _ in range(1500):
        text = "".join(rng.choice(words) + rng.choice(("", " ", "-", "_", ".", "é", "1")) for _ in range(8))
        want = [m.regs for m in _pronoun_folded_rx().finditer(text)]
        assert [m.regs for m in _pronoun_matches(text)] == want, text


@pytest.mark.parametrize(
    "text",
    [
        *_LEAD_SEGS,
        "the theory this thesis, thisthe thethis athis athe the_ this_ this\tthe  this\nthe",
        "th the this thi thee this's the’s (the) [this] thé théis", "", "the", "this", "th",
    ],
)
def test_lead_run_both(text: str) -> None:
    # one scan for both articles: each article's own scan's matches, with their runs
    from tally.resolve.entities import _LEAD_RUN, _LEAD_RUN_BOTH

    both = [(m.start(), m.span(1)) for m in _LEAD_RUN_BOTH.finditer(text)]
    for lead in ("the", "this"):
        want = [(m.start(), m.span(1)) for m in _LEAD_RUN[lead].finditer(text)]
        assert [b for b in both if text.startswith(lead, b[0])] == want
    assert len(both) == sum(len(list(_LEAD_RUN[w].finditer(text))) for w in ("the", "this"))


@pytest.mark.parametrize(
    "text",
    [
        "", "capital", "Capital capita", "capital’s capital-city",
        "capitals capital, capital_ capitalé capital1 capitalcapital the capital\tcity",
    ],
)
def test_capital_starts(text: str) -> None:
    # "capital" found by str.find, a word boundary after it: the pattern's matches
    from tally.resolve.entities import _RX_CAPITAL, _capital_starts

    assert _capital_starts(text) == [m.start() for m in _RX_CAPITAL.finditer(text)]


def test_tails_open_with_blanks() -> None:
    # ``_head_words`` tries a tail only where a blank follows the head word
    from tally.resolve.entities import _OF_TAIL, _TAILS_OPEN, _ZONE_TAIL

    assert _OF_TAIL.startswith(_TAILS_OPEN) and _ZONE_TAIL.startswith(_TAILS_OPEN)
    assert re.fullmatch(_TAILS_OPEN, " \t ") and not re.match(_TAILS_OPEN, "\n")
