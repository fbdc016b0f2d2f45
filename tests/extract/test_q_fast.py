"""The fast paths of find_quantities give what the plain code gives."""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tally.extract import q_build, q_cardinal
from tally.extract import quantities as Q
from tally.model import Quantity

VALUES = st.one_of(st.none(), st.floats(allow_nan=False), st.integers(-5, 5).map(float))
OPT_STR = st.one_of(st.none(), st.text(max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.tuples(
    st.integers(0, 99), st.integers(0, 99), st.text(max_size=8), VALUES, st.text(max_size=5), VALUES,
    OPT_STR, st.sampled_from(["=", "~", ">"]), OPT_STR, OPT_STR, st.one_of(st.none(), st.integers(0, 9)),
    st.lists(st.text(max_size=5), max_size=3).map(tuple),
))
def test_quantity_builder_is_the_constructor(args):
    fast = Q._quantity(*args)
    slow = Quantity(**dict(zip(Q._Q_FIELDS, args, strict=True)))
    assert fast == slow
    assert repr(fast) == repr(slow)
    assert hash(fast) == hash(slow)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 1  # type: ignore[misc]


def test_quantity_fields_are_known():
    """The builder relies on this field order; a new field in model.Quantity takes the slow path."""
    assert tuple(f.name for f in dataclasses.fields(Quantity)) == Q._Q_FIELDS
    assert q_build._FAST


@pytest.mark.parametrize("text", [
    "Revenue hit 1 trillion yuan ($154.35 billion) in 2021, up from 900 billion yuan ($139 billion).",
    "It cost 5 million euros (about $5.4 million) per year, or 2% of sales.",
    "half a million tonnes, then 3,368 research projects and 12.5% (up 2 points)",
])
def test_pairs_and_order(text):
    qs = Q.find_quantities(text)
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for i, q in enumerate(qs):
        if q.paired_with is not None:
            assert qs[q.paired_with].paired_with == i


class _Everything:
    """A set holding every lead: turns the bare-year shortcut of ``_h_cardinal`` off."""

    def __contains__(self, item: object) -> bool:
        return True


YEAR_PIECES = st.sampled_from(
    [" ", "\n", ",", ".", ")", "(", ";", ":", "\"", "”", "'", "-", "$", "US$", "€", "RMB", "Rs.", "aged ",
     "age ", "in ", "of ", "by ", "since ", "the ", "2019", "1999", "2025", "2199", "999", "3000", "20199",
     "k", "m", "bn", "%", "°C", "million", "yuan", "years", "year-old", "to", "and", "or", "April",
     "Plan", "people", "projects", "quarter", "x", "K", "ſ", "\u00a0", "5", "5G"]
)
YEAR_TEXTS = st.one_of(
    st.lists(YEAR_PIECES, max_size=30).map("".join),
    st.lists(st.one_of(YEAR_PIECES, st.text(max_size=3)), max_size=20).map("".join),
)


def _slow(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Quantity]:
    with monkeypatch.context() as m:
        m.setattr(q_cardinal, "_after_number_lead", _Everything)
        return Q.find_quantities(text)


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
@settings(max_examples=500, deadline=None)
@given(YEAR_TEXTS)
def test_bare_year_shortcut_random(text):
    with pytest.MonkeyPatch.context() as mp:
        assert Q.find_quantities(text) == _slow(text, mp)


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
@pytest.mark.parametrize("text", [
    "Output rose in 2019, and again in 2020.", "The plan (2021) was set by 2025.", "By 2025; then 2030:",
    "Founded 1999", "aged 2019, he said", "It cost $2019.", "US$ 2019, paid", "2019k, 2019%.",
    "The 2019 Rich List", "in 2019 projects", "since 1990\n\nThe", "2019-20", "2019 to 2020.",
    "RMB2019, paid", "Rs 2019.", "$-2019,", "US$\u00a02019;", "€ 2019)", "-2019.", "−2019,", "aged\n2019.",
    "2019\u00a0million", "2019 - 2020", "x2019,", "2019\u00a0", "PS2019.", "(1999)",
])
def test_bare_year_shortcut_table(text, monkeypatch):
    assert Q.find_quantities(text) == _slow(text, monkeypatch)


def _times_decimal(value: float, scale: float) -> float:
    """``quantities._times`` as it was: the Decimal product for all but whole numbers."""
    from decimal import Decimal, InvalidOperation

    if value.is_integer() and scale.is_integer() and -Q._EXACT < value * scale < Q._EXACT:
        return value * scale
    try:
        return float(Decimal(repr(value)) * Decimal(repr(scale)))
    except (InvalidOperation, ValueError):
        return value * scale


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.floats(allow_nan=False), st.decimals(0, 10**6, places=4).map(float)),
       st.sampled_from([1e2, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12, 12.0, 1e22, 1e23, 2.5]))
def test_times_is_the_decimal_product(value, scale):
    assert repr(Q._times(value, scale)) == repr(_times_decimal(value, scale))


CHARS = st.text(alphabet=" \t\n\u00a0aApPmM.sSſinu-5x", max_size=9)


@settings(max_examples=2000, deadline=None)
@given(CHARS)
def test_minus_gate(window):
    """``_h_cardinal`` calls ``_minus_before`` on a window ending in a blank only when the
    character before that blank is an "s" or a blank."""
    w = window + " "
    if Q._minus_before(w[-7:]):
        c2 = w[-2] if len(w) > 1 else ""
        assert c2 in Q._S or c2.isspace()


@settings(max_examples=2000, deadline=None)
@given(CHARS)
def test_am_pm_gate(after):
    """``_h_cardinal`` runs the "7 am" pattern only where its first two characters can match."""
    j = 1 if after[:1].isspace() else 0
    if Q._RX_H_CARDINAL_1.match(after[:5]):
        assert after[j : j + 1] in Q._AM_PM_FIRST and after[j + 1 : j + 2] in Q._AM_PM_SECOND


def _approx_before_plain(text: str, pos: int) -> tuple[str, int] | None:
    """``quantities._approx_before`` with the whole approximator pattern (no reduced one)."""
    from tally.data import load
    from tally.extract.numbers import lexicon
    from tally.extract.q_grammar import grammar

    m = grammar().approx_before.search(text, pos - 30 if pos > 30 else 0, pos)
    if not m:
        return None
    key = " ".join(m.group("a").lower().split())
    blockers = load("numbers").get("approximator_blockers", {}).get(key)
    if blockers and Q._word_before(text, m.start("a")).lower() in blockers:
        return None
    return lexicon().approximators.get(key, "~"), m.start("a")


def _approximators() -> list[str]:
    from tally.extract.numbers import lexicon

    return sorted(lexicon().approximators)


APPROX_PIECES = st.one_of(
    st.sampled_from(_approximators()),
    st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "x", "was", "rose", "edged", "spread", "Up", "TO",
                     "ſome",
                     "K", "(", "-", "1", "."]),
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(APPROX_PIECES, max_size=8).map(" ".join), st.sampled_from(["", " ", "  ", "\n", " \n "]))
def test_approx_before_reduced_pattern(text, blanks):
    text += blanks
    assert Q._approx_before(text + "5", len(text)) == _approx_before_plain(text + "5", len(text))


# Tokens around approximators: a letter or not right before one ("xabout", "(about", "2about"),
# words before the last one of a longer one ("no", "more", "Up"), non-ASCII in the token before
# ("ſome", "Mà"), and filler that pushes the start of the 30-character window into a word.
APPROX_TOKENS = st.one_of(
    st.sampled_from(_approximators()),
    st.sampled_from(["(", "x", "2", "-", "“", "é", "K"]).flatmap(
        lambda pre: st.sampled_from(_approximators()).map(lambda a: pre + a)
    ),
    st.sampled_from(["no", "not", "more", "less", "Up", "UP", "well", "just", "as", "much", "a", "an",
                     "in", "excess", "close", "ſome", "Mà", "rose", "was", "than", "to", "of", "tops",
                     "xxxxxxxxxx", "yyyyyyyyyyyyyyyyyyyy", "5", "(", "."]),
)
SEPARATORS = st.sampled_from([" ", " ", "  ", "\n", "\t", "\u00a0", " \n "])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(APPROX_TOKENS, SEPARATORS), max_size=7), st.sampled_from(["", " ", "\n", " \n "]))
def test_approx_before_two_token_gate(pieces, blanks):
    """The gate on the last two tokens and the search from the k-th last token find what the
    whole pattern searched over the whole window finds."""
    text = "".join(tok + sep for tok, sep in pieces).rstrip() + blanks
    assert Q._approx_before(text + "5", len(text)) == _approx_before_plain(text + "5", len(text))


OWNER_WORDS = st.sampled_from(
    ["the", "The", "THE", "tHe", "xthe", "world's", "country’s", "Spain's", "UK’s", "s", "'s", "has", "been",
     "is", "was", "made it", "one of", "(", "é", "K", "ſ", "Ltd.'s"]
)
OWNER_SEPS = st.sampled_from([" ", "  ", "\t", "\n", " \n ", "\n\n", "", "-"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(OWNER_WORDS, OWNER_SEPS), max_size=10))
def test_owner_before_gate(pieces):
    """``_owner_before`` finds what ``rank_owner`` searched in the same window finds."""
    from tally.extract.q_grammar import grammar

    text = "".join(w + sep for w, sep in pieces)
    pos = len(text)
    plain = grammar().rank_owner.search(text, max(0, pos - 40), pos)
    fast = Q._owner_before(text, pos)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


def _prefix_pieces() -> list[str]:
    from tally.extract.q_units import _prefix_forms, registry

    return sorted({f for p in registry().prefixes for f in _prefix_forms(p)})


PREFIX_PIECES = st.one_of(
    st.sampled_from(_prefix_pieces()),
    st.sampled_from(["was", "as", "x", "A", "s", " ", "\u00a0", "  ", "-", "(", "\\", "5", ".", "é"]),
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(PREFIX_PIECES, max_size=5).map("".join), st.sampled_from([0, 1, 3, 8, 9]))
def test_prefix_gate_keeps_every_prefix(text, width):
    """``_prefix_before`` skips the search only where no currency prefix can end."""
    from tally.extract.q_units import registry

    pos = len(text)
    text += "5"
    lo = max(0, pos - width)
    fast, plain = Q._prefix_before(text, lo, pos), registry().prefix_re.search(text, lo, pos)
    assert (fast and fast.span("p")) == (plain and plain.span("p"))


def _check_plain_number_end(text: str, end: int) -> None:
    from tally.extract.q_grammar import grammar

    atom = grammar().atom
    for s in range(end):
        e = Q._plain_number_end(text, s, end)
        if e >= 0:
            m = atom.match(text, s, end)
            assert m is not None and m.lastgroup == "num" and m.span() == (s, e), (text, s, end)


NUMBER_PIECES = st.sampled_from(
    ["1", "5", "12", "2019", "0", "3.5", ".", ",", "1,234", "12,34,567", " ", "  ", "\n", "\u00a0", "\u2009",
     "x", "X", "\u00d7", "10", "^", "-", "f", "F", "fold", "-fold", "st", "ST", "nd", "rd", "th", "/",
     "\u2044", "bn", "m", "%", "_", "a", "k", "s", "\u017f", "\u212a", "\u0663", "\u00b2", "é", "’", "–",
     "$", "(", ")", ",00", ",000", ",0000", ",5", "1,234,567.8", "2,41,930",
     "ten", "years"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(NUMBER_PIECES, max_size=12).map("".join), st.integers(0, 3))
def test_plain_number_end_is_the_atom(text, cut):
    """Where ``_plain_number_end`` reads a number, ``atom`` matches that "num" there (also with
    the end of the scan before the end of the text)."""
    _check_plain_number_end(text, max(0, len(text) - cut))


@pytest.mark.parametrize(("text", "s", "e"), [
    ("rose 5 percent", 5, 6), ("3.5% of", 0, 3), ("in 2019, the", 3, 7), ("a 12-room inn", 2, 4),
    ("2019-20", 0, 4), ("5bn yuan", 0, 1), ("5.5bn", 0, 3), ("5.", 0, 1), ("1.2.3", 0, 3), ("7", 0, 1),
    ("10_000", 0, 2), ("5’s", 0, 1), ("5–6", 0, 1), ("5\u00a0km", 0, 1), ("3.5, 4.2", 0, 3),
    ("(12)", 1, 3), ("$40", 1, 3), ("5 xylophones", -1, -1), ("5 x 10^3", -1, -1), ("3rd", -1, -1),
    ("5th", -1, -1), ("3-fold", -1, -1), ("3fold", -1, -1), ("1/2", -1, -1), ("1\u20442", -1, -1),
    ("1,234", 0, 5), ("1,234,567.89 yuan", 0, 12), ("2,41,930 rupees", 0, 8), ("12,34,567", 0, 9),
    ("1,2345", 0, 1), ("1,23", 0, 1), ("12,34,56", 0, 2), ("1,234,56", 0, 5), ("2,41,930,000", 0, 1),
    ("1234,567", 0, 4), ("1,234.5\u0663", -1, -1), ("1,23\u0663", -1, -1), ("1,234x", 0, 5),
    ("1,234rd", 0, 5), ("1,234-fold", 0, 5), ("5, 6", 0, 1), ("5,", 0, 1), ("5,x", 0, 1), ("3.5x", -1, -1),
    ("3.5-fold", -1, -1), ("5\u00d710", -1, -1), ("5\u0663", -1, -1),
    ("5\u017ft", -1, -1), ("1.\u0663", -1, -1), ("1.5\u0663", -1, -1), ("S23", 1, 3), (".5", -1, -1),
    ("12s", -1, -1), ("5\u2009x", -1, -1),
])
def test_plain_number_end_table(text, s, e):
    start = s if s >= 0 else next(i for i, c in enumerate(text) if c in "0123456789")
    got = Q._plain_number_end(text, start, len(text))
    assert got == e
    _check_plain_number_end(text, len(text))


def test_noun_phrase_hash_is_the_frozen_one():
    """``NounPhrase`` writes its own ``__init__`` (not frozen): its hash stays the frozen one's."""
    from tally.extract.q_nouns import NounPhrase

    np = NounPhrase(("research", "projects"), "project", 20)
    assert hash(np) == hash((("research", "projects"), "project", 20))
    assert np == NounPhrase(("research", "projects"), "project", 20)


APPROX_CORES = st.lists(
    st.one_of(st.sampled_from(_approximators()), st.sampled_from(
        ["ſome", "topſ", "ABOUT", "Than", "(about", "xabout", "2about", "é", "Mà", "K", "e.g.", ".", "~", "5",
         "-"])),
    min_size=1, max_size=4,
).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(APPROX_CORES, st.sampled_from(["", "x", "(", "é", ".", " "]))
def test_approximator_gate(core, glue):
    """``_may_end_approximator`` is false only where the reversed approximator pattern finds none."""
    from tally.extract.q_grammar import grammar

    core = (core + glue).rstrip()
    if grammar().approx_before_rev.match(core[::-1]):
        assert Q._may_end_approximator(core)


RANK_WORDS = st.sampled_from(
    ["ranked", "Ranked", "RANKS", "came", "is", "was", "the", "The", "placed", "finished", "world's", "in",
     "a", "x-ray", "’s", "(", "é", "K", "ſ", "rank-", "well", "second", "top", "xranked", "5"]
)
RANK_SEPS = st.sampled_from([" ", "  ", "\t", "\n", " \n ", "\n\n", "", "-", "\u00a0", "\u2009"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(RANK_WORDS, RANK_SEPS), max_size=10))
def test_rank_verb_before_is_the_search(pieces):
    """``_rank_verb_before`` holds where ``rank_before`` searched in the 40 characters before finds one."""
    from tally.extract.q_grammar import grammar

    text = "".join(w + sep for w, sep in pieces)
    for pos in (len(text), max(0, len(text) - 1)):
        plain = grammar().rank_before.search(text, max(0, pos - 40), pos)
        assert Q._rank_verb_before(text, pos) is (plain is not None), (text, pos)


def _read_word_by_regex(text: str, i: int, t, *, opening_ok: bool):
    """``q_nouns._read_word`` as it was: the word pattern asked everywhere, its group read in three calls."""
    from tally.extract.q_nouns import _BROKEN_HYPHEN, _WORD

    m = _WORD.match(text, i)
    if not m or m.start(1) == i:
        return None
    w = m.group(1)
    if "\n" in w:
        w = _BROKEN_HYPHEN.sub("-", w)
    lw = w.lower()
    if lw in t.stop and lw != "and" and lw != "&" and not (opening_ok and lw in t.opening):
        return None
    return w, m.end(1)


WORD_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "-", "-\n", ",", ".", "5", "the", "of", "and", "&",
     "projects", "Long", "term", "’s", "'", "é", "\u017f", "K", "a", "people"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(WORD_PIECES, max_size=8).map("".join), st.booleans())
def test_read_word_is_the_regex_reading(text, opening_ok):
    """``_read_word`` asks ``_WORD`` only where a blank is at ``i`` (elsewhere its word would start
    there: none), and reads the group's bounds in one call: the same words as before."""
    from tally.extract.q_nouns import _read_word, tables

    t = tables()
    for i in range(len(text) + 1):
        assert _read_word(text, i, t, opening_ok=opening_ok) == _read_word_by_regex(
            text, i, t, opening_ok=opening_ok
        ), (text, i)


@pytest.mark.parametrize("kind", sorted(k for k in Q._HANDLERS if k not in ("num", "wnum", "a")))
def test_handle_is_the_table(kind, monkeypatch):
    """``scan``'s direct dispatch (``_handle``) calls the handler ``_HANDLERS`` lists for each kind."""
    name = Q._HANDLERS[kind].__name__
    for k, f in list(Q._HANDLERS.items()):                       # each handler answers its own name
        monkeypatch.setattr(Q, f.__name__, lambda *a, _n=f.__name__: _n)
        monkeypatch.setitem(Q._HANDLERS, k, lambda *a, _n=f.__name__: _n)
    assert Q._handle("", kind, 0, 0, 0, Q.DEFAULT) == name


LEAD_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\n\n", "\t", "\r", "\u00a0", "\u2009", "a", "Z", "5", "-", "’", "é", "\u017f", "K",
     "word", "(", "."]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(LEAD_PIECES, max_size=8).map("".join), st.integers(0, 2))
def test_word_after_needs_a_letter_lead(text, cut):
    """``_keep`` reads the word after a number only where ``_lead`` there is an ASCII letter: elsewhere
    ``word_after`` finds none."""
    end = max(0, len(text) - cut)
    for pos in range(end + 1):
        lead = Q._lead(text, pos, end)
        if not "a" <= lead <= "z":
            assert Q._word_after(text, pos, end) == "", (text, pos)


def test_whole_unit_word_key_is_its_norm():
    """``_read_unit`` keys a unit word of one run of ASCII letters by the word lower-cased: what
    ``_norm`` gives for it, in any case."""
    from tally.extract.q_units import _norm, registry

    for run in registry().after_whole:
        w = run.decode("ascii")
        for s in (w, w.upper(), w.title(), w[:1] + w[1:].upper()):
            assert _norm(s) == s.lower()


@settings(max_examples=3000, deadline=None)
@given(st.lists(PREFIX_PIECES, max_size=5).map("".join), st.integers(0, 9))
def test_prefix_trie_is_the_alternation(text, width):
    """``prefix_re`` (a trie of every text a prefix matches) finds what the longest-first alternation
    of the prefixes found: the same place and the same prefix span."""
    import re

    from tally.extract.q_units import registry

    reg = registry()
    old = re.compile(rf"(?<![A-Za-z])(?P<p>{reg.prefix_alt})[ \u00a0]?\Z")
    pos = len(text)
    lo = max(0, pos - width)
    new, was = reg.prefix_re.search(text, lo, pos), old.search(text, lo, pos)
    assert (new and (new.span(), new.span("p"))) == (was and (was.span(), was.span("p")))


@pytest.mark.parametrize("text", [
    "US$", "US $", "US \\$", "$", "\\$", "$US", "HK$ ", "RMB\u00a0", "Rs.", "Rs", "aUS$", "CN¥", "€", "A$",
    "AU $", "C$", "Can$", "U.S.$", "was", "S$", "$A ",
])
def test_prefix_trie_table(text):
    import re

    from tally.extract.q_units import registry

    reg = registry()
    old = re.compile(rf"(?<![A-Za-z])(?P<p>{reg.prefix_alt})[ \u00a0]?\Z")
    for lo in range(len(text) + 1):
        new, was = reg.prefix_re.search(text, lo), old.search(text, lo)
        assert (new and (new.span(), new.span("p"))) == (was and (was.span(), was.span("p")))


@pytest.mark.parametrize(("text", "start", "stop"), [
    ("opens at eight tonight", 9, 14), ("at eight o'clock", 3, 8), ("eight o’clock sharp", 0, 5),
    ("eight in the morning", 0, 5), ("eight people", 0, 5), ("until nine", 6, 10), ("the nine", 4, 8),
    ("nine  in the\\nevening", 0, 4), ("eight", 0, 5),
])
def test_clock_time_is_the_table_reading(text, start, stop):
    """``_clock_time`` with the clock words read once: what the tables' lists give."""
    from tally.data import load

    lex = load("numbers")
    want = Q._word_before(text, start).lower() in lex.get("clock_before", []) or any(
        " ".join(text[stop : min(len(text), stop + 24)].lower().split()).startswith(w)
        for w in lex.get("clock_after", [])
    )
    assert Q._clock_time(text, start, stop, len(text)) == want
