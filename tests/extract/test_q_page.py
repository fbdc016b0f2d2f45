"""The patterns read on a page's lower-cased Latin-1 image (``quantities._Page``) give what the
IGNORECASE patterns give on the text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from threads import run_switching

from tally.extract import quantities as Q
from tally.extract.q_grammar import candidates, candidates_in, grammar, image
from tally.extract.q_units import registry


def _after_re(text: str, pos: int, end: int) -> tuple[str, int, int] | None:
    m = registry().after_re.match(text, pos, end)
    if m is None:
        return None
    g = m.lastgroup
    assert g is not None
    return g, m.start(g), m.end()


def _after_b(text: str, pos: int, end: int) -> tuple[str, int, int] | None | str:
    """What ``_read_unit`` takes from the image: a word's span, None, or "re" (ask ``after_re``)."""
    b = image(text, 0, end)
    if b is None:
        return "re"
    low = b.lower()
    ab = registry().after_b
    assert ab is not None
    m = ab.match(low, pos, end)
    if m is None:
        return None
    if m.lastgroup == "w" and b"?" not in m.group("w"):
        return "w", m.start("w"), m.end()
    return "re"


def _same(text: str, pos: int) -> None:
    fast = _after_b(text, pos, len(text))
    if fast != "re":
        assert fast == _after_re(text, pos, len(text)), (text, pos)


def test_image_pattern_is_built():
    assert registry().after_b is not None


PIECES = st.sampled_from([
    " ", "  ", "\t", "\n", "\u00a0", " - ", "-", "–", ",", ".", "(", "%", "$", "?", "'", "’", "5", "x",
    "percent", "Percent", "PER CENT", "per  cent", "per\ncent", "yuan", "Yuan", "tonnes", "metric tons",
    "metric\u00a0tons", "km", "KM", "kmh", "km/h", "MW", "mw", "GW", "Gbps", "bn", "złoty", "ZŁOTY", "zł",
    "kč", "KČ", "-fold", "-cylinder", "fold", "won", "pesos", "euros", "é", "É", "ş", "ſ", "K", "İ", "ı",
    "hectares", "people", "USD", "usd", "US$", "cents", "p", "m²", "°C", "degrees",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=7))
def test_after_image_is_after_re_random(pieces):
    text = "5" + "".join(pieces)
    _same(text, 1)


@pytest.mark.parametrize("text", [
    "5 percent", "5 Percent of", "5 PER  CENT", "5 per\ncent", "5 - percent", "5-fold", "5 -fold",
    "5 metric\u00a0tons", "5 metric  tons", "5 kmh", "5 km/h", "5 KM.", "5 złoty", "5 ZŁ,", "5 kč",
    "5 percenté", "5 percentş", "5 yuanK", "5 ſ", "5 \u00a0 - \t yuan", "5 \n\n yuan", "5 people",
    "5 MW", "5 mw", "5 Gbps", "5 - MW", "5 won", "5 pesos", "5 °C", "5 m²", "5 cents", "5 p", "5 ?",
])
def test_after_image_is_after_re_table(text):
    _same(text, 1)


@pytest.mark.parametrize("text", [
    "It sold 5 percent more, 3 metric tons and 12 złoty, 4 MW and 7 km/h on 5 ZŁ.",
    "Prices rose 3 PER CENT to 40 Yuan; 2 \u00a0-\u00a0 fold; 9 °C and 7 m² in 5 kč",
    "In İstanbul 5 percent, 6 yuan",   # no image: the IGNORECASE pattern only
])
def test_read_unit_with_and_without_image(text, monkeypatch):
    with_image = Q.find_quantities(text)
    monkeypatch.setattr(Q, "image", lambda text, start, end: None)
    assert Q.find_quantities(text) == with_image


@pytest.mark.parametrize("text", [
    "a million and an hour, A Billion, a-thousand, a\u00a0year, an\thour, a (million), a fold",
    "Half a dozen, a couple of, an 11-fold rise, a’million",
])
@pytest.mark.parametrize("start", [0, 1, 3])
def test_candidates_with_the_lower_cased_image(text, start):
    b = image(text, start, len(text))
    assert b is not None
    assert candidates_in(grammar(), text, start, len(text), b, b.lower()) == candidates(
        grammar(), text, start, len(text)
    )


def _on_page(text: str) -> None:
    """Makes ``text`` the page ``scan`` last read (its image kept in this thread's ``quantities._page()``)."""
    Q.scan(text)
    assert Q._page().text is text


APPROX_TOKENS = st.one_of(
    st.sampled_from(sorted(Q._LEX.approximators)),
    st.sampled_from(["(", "x", "2", "-", "“", "é", "K", "ſ"]).flatmap(
        lambda pre: st.sampled_from(sorted(Q._LEX.approximators)).map(lambda a: pre + a)
    ),
    st.sampled_from(["no", "NOT", "More", "less", "Up", "UP", "well", "just", "as", "much", "a", "an", "in",
                     "excess", "close", "ſome", "Mà", "rose", "than", "to", "tops", "ABOUT", "Approx.", "~",
                     "xxxxxxxxxx", "yyyyyyyyyyyyyyyyyyyy", "5", "(", ".", "é", "’"]),
)
SEPARATORS = st.sampled_from([" ", " ", "  ", "\n", "\t", "\u00a0", " \n ", "\u2009"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(APPROX_TOKENS, SEPARATORS), max_size=7), st.sampled_from(["", " ", "\n"]))
def test_approx_before_on_the_image_random(pieces, blanks):
    text = "".join(tok + sep for tok, sep in pieces).rstrip() + blanks + "5"
    plain = Q._approx_before(text, len(text) - 1)             # (no page yet: the text's own pattern)
    _on_page(text)
    assert Q._approx_before(text, len(text) - 1) == plain


SCALE_PIECES = st.sampled_from([
    " ", "  ", "\t", "\u00a0", "\n", " \n ", "-", " - ", "million", "Million", "MILLION", "mln", "bn", "BN",
    "Bn", "billion", "lakh", "Lakhs", "crore", "dozen", "thousand", "tn", "trillion", "mil", "bil", "s", "é",
    "ş", "’", "_", "1", "x", ".", ",", "ſ", "K", "ı", "people", "?",
])


@settings(max_examples=1500, deadline=None)
@given(st.lists(SCALE_PIECES, min_size=1, max_size=6))
def test_scale_word_on_the_image_random(pieces):
    text = "5" + "".join(pieces)
    m = grammar().scale_word.match(text, 1, len(text))
    _on_page(text)
    assert Q._scale_word(text, 1, len(text)) == (m.span("sc") if m else None)
    for end in range(1, len(text)):
        m = grammar().scale_word.match(text, 1, end)
        assert Q._scale_word(text, 1, end) == (m.span("sc") if m else None)


@pytest.mark.parametrize("text", [
    "5 million", "5 Million people", "5 MILLIONS", "5 millioné", "5 millionş", "5 million’s", "5 mln_", "5bn",
    "5 -\tbn", "5\n  billion", "5 \u00a0lakh", "5 lakhs.", "5 crore-rupee", "5 thousand1", "5 milſ", "5 tn?",
])
def test_scale_word_on_the_image_table(text):
    m = grammar().scale_word.match(text, 1, len(text))
    _on_page(text)
    assert Q._scale_word(text, 1, len(text)) == (m.span("sc") if m else None)


@pytest.mark.parametrize("text", [
    "a 15-year-old", "a 15-Year-OLD", "15 - years-old", "15 year-old", "15\tmonth-old", "15 days-old",
    "15 years old", "15-year-olds", "15-week-old-ish", "15 ſ-year-old", "15 years", "15-yearold",
])
def test_age_on_the_image(text):
    i = text.index("15") + 2
    m = registry().age_re.match(text, i, len(text))
    _on_page(text)
    assert Q._age(text, i, len(text)) == m or Q._age(text, i, len(text)).span() == m.span()


POST_PIECES = st.sampled_from([
    " ", "  ", "\t", "\n", "\u00a0", "\u2009", "or", "OR", "Or", "so", "So", "more", "MORE", "plus", "Plus",
    "and", "above", "over", "below", "less", "ore", "plusé", "soş", "so’", "so_", "so1", "-", ".", "ſo", "K",
])


@settings(max_examples=1500, deadline=None)
@given(st.lists(POST_PIECES, min_size=1, max_size=6))
def test_approx_after_on_the_image_random(pieces):
    text = "5" + "".join(pieces)
    g = grammar()
    _on_page(text)
    for end in range(1, len(text) + 1):
        m = g.approx_after.match(text, 1, end)
        assert Q._word_at(text, 1, end, g.approx_after_b, g.approx_after) == (m.span(1) if m else None)


WORD_PIECES = st.sampled_from([
    "first", "First", "FIRST", "second", "largest", "Largest", "second-largest", "first largest", "biggest",
    "one", "One", "two", "twenty", "twenty-five", "two hundred", "two hundred and five", "a hundred",
    "half", "Half", "a quarter", "three quarters", "twofold", "two-fold", "double", "twice", "dozens",
    "hundreds", "thousands", "of", "the", "a", "an", "A", "million", "Million", "year", "hour", "couple",
    "top", "Top", "busiest", "percent", "per cent", "point", "people", "most", "5", "1,200", "é", "ş", "’",
    "_", "-", "—", "ſ", "K", "?", "(", ".", ",", "x",
])
WORD_SEPS = st.sampled_from([" ", " ", "  ", "-", "\n", "\t", "\u00a0", "", ", "])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(WORD_PIECES, WORD_SEPS), min_size=1, max_size=8))
def test_word_atom_on_the_image_random(pieces):
    """``scan`` finds the same quantities with the image (the word atom read there first) as
    with ``atom`` alone."""
    text = "".join(w + sep for w, sep in pieces)
    with_image = Q.find_quantities(text)
    real = Q.image
    try:
        Q.image = lambda text, start, end: None
        assert Q.find_quantities(text) == with_image
    finally:
        Q.image = real


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(WORD_PIECES, WORD_SEPS), min_size=1, max_size=8))
def test_word_atom_pattern_holds_atom(pieces):
    """Where ``atom`` matches at a word, ``word_atom_b`` matches on the image (it never refuses
    what ``atom`` takes), with the same group and span where it read only ASCII."""
    text = "".join(w + sep for w, sep in pieces)
    b = image(text, 0, len(text))
    if b is None:
        return
    low = b.lower()
    g = grammar()
    assert g.word_atom_b is not None
    for i, c in enumerate(text):
        if not ("a" <= c.lower() <= "z" and c.isascii()):
            continue
        m = g.atom.match(text, i)
        bm = g.word_atom_b.match(low, i)
        if m is not None:
            assert bm is not None
        if bm is not None and bm.lastgroup not in Q._LOOK_ON:
            seg = low[bm.start() : bm.end() + 1]
            if seg.isascii() and b"?" not in seg:
                assert m is not None and (m.lastgroup, m.span()) == (bm.lastgroup, bm.span())


def test_threads_scanning_at_once_read_their_own_page() -> None:
    """Each thread keeps its own page image: scans of different pages in several threads at once
    find what each finds alone (a Dask worker runs tasks in threads)."""
    pages = [
        "Exports rose 12.5 percent to 3.4 billion yuan, about 480 million U.S. dollars, in 2022.",
        "Some 1,200 firms and nearly 36,000 jobs: a 25-year-old plan worth two billion euros.",
        "Fängt an: über 7,5 Millionen Euro und rund 40 Prozent mehr — roughly 9 billion yuan.",
        "The county's output topped 800 million yuan, up 6 percent from 750 million a year earlier.",
    ]
    alone = {text: Q.scan(text) for text in pages}
    wrong: list[str] = []

    def run(text: str) -> None:
        for _ in range(200):
            if Q.scan(text) != alone[text]:
                wrong.append(text)
                return

    run_switching(run, [(t,) for t in pages * 2])
    assert not wrong
    assert Q._page() is Q._page()


def _runs_hold(twin, runs, low: bytes, pos: int, dash: bool) -> None:
    """Where ``_run_at`` rules ``twin`` out (a run not in ``runs``), ``twin`` matches nowhere there."""
    for end in range(pos, len(low) + 1):
        run = Q._run_at(low, pos, end, dash)
        if run is not None and run not in runs:
            assert twin.match(low, pos, end) is None, (low, pos, end, run)


# (what the pieces are drawn from, the image pattern and the runs that may start its matches, dash)
_RUN_FILTERS = [
    (st.lists(PIECES, min_size=1, max_size=7), lambda: (registry().after_b, registry().after_runs), False),
    (
        st.lists(SCALE_PIECES, min_size=1, max_size=6),
        lambda: (grammar().scale_word_b, grammar().scale_word_runs),
        True,
    ),
    (
        st.lists(POST_PIECES, min_size=1, max_size=6),
        lambda: (grammar().approx_after_b, grammar().approx_after_runs),
        False,
    ),
]


@pytest.mark.parametrize(
    ("pieces_of", "patterns", "dash"), _RUN_FILTERS, ids=["unit", "scale_word", "approx_after"]
)
@settings(max_examples=1500, deadline=None)
@given(data=st.data())
def test_run_filter_holds_random(pieces_of, patterns, dash, data):
    text = "5" + "".join(data.draw(pieces_of))
    b = image(text, 0, len(text))
    if b is not None:
        twin, runs = patterns()
        _runs_hold(twin, runs, b.lower(), 1, dash)


@pytest.mark.parametrize(("text", "dash", "run"), [
    ("5 percent", False, b"percent"), ("5  Per cent", False, b"per"), ("5\u00a0\nkm2", False, b"km"),
    ("5 -fold", False, None), ("5 %", False, b""), ("5 é", False, b""), ("5", False, b""),
    ("5 - million", True, b"million"), ("5--bn", True, b"bn"), ("5 \n mln_", True, b"mln"),
    ("5 z?oty", False, b"z"),
])
def test_run_at_table(text, dash, run):
    low = text.lower().encode("latin-1")
    assert Q._run_at(low, 1, len(low), dash) == run


@pytest.mark.parametrize("text", [
    "It cost 5 people 3 percent, 4 more, 7 tonnes, 2 - fold and 9 -cylinder; 6 per cent of 8 Won",
    "Some 5 million or so, 3 bn plus, 7 more than 2 trillion, 4 - mln and 8 Lakhs",
])
def test_run_filter_leaves_quantities(text, monkeypatch):
    with_filter = Q.find_quantities(text)
    monkeypatch.setattr(Q, "_run_at", lambda low, p, stop, dash: None)
    assert Q.find_quantities(text) == with_filter


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([" ", "\t", "\n", "to", "TO", "per", "Per", "against", "versus", "VERSUS",
                                 "the", "US", "U.S.", "dollar", "Dollar", "euro", "greenback", "a", "x", "5",
                                 "ſ", "K", "é", "-"]), min_size=1, max_size=7))
def test_rate_lead_holds(pieces):
    """Where ``_RATE_AFTER`` matches after a number, its ``_lead`` is one ``_exchange_rate`` asks."""
    text = "5" + "".join(pieces)
    if Q._RATE_AFTER.match(text, 1, len(text)):
        assert Q._lead(text, 1, len(text)) in Q._RATE_LEAD


@pytest.mark.parametrize("text", [
    "5 to the dollar", "5 TO THE US DOLLAR", "5 per euro", "5 against the greenback", "5 versus one dollar",
    "5\tto\tAmerican dollar",
])
def test_rate_lead_table(text):
    assert Q._RATE_AFTER.match(text, 1, len(text))
    assert Q._lead(text, 1, len(text)) in Q._RATE_LEAD


@pytest.mark.parametrize(("words", "whole"), [
    (["percent", "per cent", "tons", "metric tons", "km", "km/h", "yuan", "a-b", "x2", ""],
     {b"percent": set(), b"tons": set(), b"yuan": set()}),
    (["square", "square metres", "square  km/h", "metres"],
     {b"square": {b"metres", b"km"}, b"metres": set()}),
    (["percent", "percent points", "percent pts."], {b"percent": {b"points", b"pts"}}),
    (["zł", "złoty", "won", "per", "per cent", "per-cent"], {b"won": set()}),
])
def test_whole_runs_table(words, whole):
    from tally.extract.q_units import whole_runs

    assert whole_runs(words) == whole


def test_whole_runs_of_the_registry_are_after_b_words():
    reg = registry()
    assert reg.after_whole and set(reg.after_whole) <= reg.after_runs
    assert b"points" in reg.after_whole[b"percent"] and b"per" not in reg.after_whole


UNIT_PIECES = st.sampled_from([
    " ", "  ", "\t", "\n", "\u00a0", "-", " - ", ",", ".", "5", "_", "x", "é", "’", "?", "ſ", "K",
    "percent", "Percent", "PERCENT", "percentage", "percentage points", "per cent", "per", "yuan", "Yuan",
    "tons", "metric tons", "tonnes", "years", "year", "months", "hectares", "kilometers", "per hour",
    "square", "square meters", "km", "km/h", "won", "pesos", "euros", "złoty", "people", "times", "points",
    "pts", "point", "percent points", "meters", "hour",
])


@settings(max_examples=1500, deadline=None)
@given(st.lists(UNIT_PIECES, min_size=1, max_size=6))
def test_read_unit_whole_word_random(pieces):
    """``_read_unit`` on the page's image (a whole unit word taken without ``after_b``) reads what
    it reads with no image (``after_re`` alone)."""
    text = "5" + "".join(pieces)
    _on_page(text)
    for end in range(1, len(text) + 1):
        fast = Q._read_unit(text, 1, end, glued_ok=False, page=Q._page())
        plain = Q._read_unit(text, 1, end, glued_ok=False, page=Q._Page())   # (a page with no image)
        assert ((fast.unit, fast.end, fast.rule) if fast else None) == (
            (plain.unit, plain.end, plain.rule) if plain else None
        ), (text, end)


RANGE_PIECES = st.sampled_from([
    " ", "  ", "\t", "\n", "\u00a0", "-", "–", "~", "to", "To", "TO", "and", "or", "Or", "of", "on", "at",
    "the", "a", "toe", "order", "andes", "to-", "5", "5.5", "$", "US$", "five", "Five", "é", "ſ", "K", "x",
])


@settings(max_examples=2000, deadline=None)
@given(st.lists(RANGE_PIECES, min_size=1, max_size=6))
def test_range_word_gate_random(pieces):
    """Where ``range_tail`` matches after a number whose lead is a letter, ``_range_word_at`` holds."""
    text = "5" + "".join(pieces)
    g = grammar()
    for end in range(1, len(text) + 1):
        lead = Q._lead(text, 1, end)
        if g.range_tail.match(text, 1, end) and "a" <= lead <= "z":
            assert Q._range_word_at(text, 1, end), (text, end)


@pytest.mark.parametrize(("text", "holds"), [
    ("5 to 6", True), ("5 and 6", True), ("5\n or six", True), ("5 to-6", True), ("5 the 6", False),
    ("5 of 6", False), ("5 To 6", False), ("5 at", False), ("5", False),
])
def test_range_word_gate_table(text, holds):
    assert Q._range_word_at(text, 1, len(text)) is holds


AUNIT_PIECES = st.sampled_from([
    "a", "an", "A", "AN", "a year", "an hour", "A Year", "a day", "a decade", "a minute", "a month",
    "a week", " ", "  ", "\t", "\n", "\u00a0", "year", "years", "hour", "day-long", "-", "é", "?", "’", "ſ",
    "K", "x", "5", "_", ".", ",", "earlier", "ago", "per", "million", "yearé", "dayş",
])


@settings(max_examples=2000, deadline=None)
@given(st.lists(AUNIT_PIECES, min_size=1, max_size=7))
def test_aunit_exact_is_the_atom(pieces):
    """Where ``word_atom_b`` finds "aunit" on the image and ``_aunit_exact`` holds, ``atom`` finds the
    same "aunit" match in the text."""
    text = " " + "".join(pieces)
    b = image(text, 0, len(text))
    if b is None:
        return
    low = b.lower()
    g = grammar()
    assert g.word_atom_b is not None
    for i in range(1, len(text)):
        for end in (len(text), min(len(text), i + 7)):
            bm = g.word_atom_b.match(low, i, end)
            if bm is not None and bm.lastgroup == "aunit" and Q._aunit_exact(low, bm.end(), end):
                m = g.atom.match(text, i, end)
                assert m is not None and m.lastgroup == "aunit" and m.span() == bm.span(), (text, i, end)


@pytest.mark.parametrize("text", [
    "1.2.3 and .5, 3..5, 12,345.67 or 0.5% of 7", "x.5 (.25) 10.5.2", "..5 5.. 5,5 5.5.5 .5.",
])
@pytest.mark.parametrize("start", [0, 1, 3])
def test_digit_candidates_by_runs(text, start):
    b = image(text, start, len(text))
    assert b is not None
    assert candidates_in(grammar(), text, start, len(text), b, b.lower()) == candidates(
        grammar(), text, start, len(text)
    )
