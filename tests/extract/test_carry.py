"""carry: the small helpers that must agree with the patterns they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tally.extract.carry import _UNENDED, _ends_stopped


@pytest.mark.parametrize(
    ("sent", "stopped"),
    [
        ("Exports rose 5 percent.", True),
        ("Is it over?  ", True),
        ('He said "we grew."\n', True),
        ("Output rose (to 3.5 percent.)’ ", True),
        ("Output rose 3.5 percent", False),
        ("Output rose 3.5 percent. More", False),
        ("Growth ... slows", False),
        ("", False),
        (". ” x", False),
    ],
)
def test_ends_stopped(sent: str, stopped: bool) -> None:
    assert _ends_stopped(sent) is stopped
    assert bool(_UNENDED.search(sent)) is stopped


@given(st.text(alphabet=".!?\"'”’)( \n\t\u00a0\u2028\x1ca1“", max_size=10))
def test_ends_stopped_agrees_with_pattern(sent: str) -> None:
    assert _ends_stopped(sent) == bool(_UNENDED.search(sent))


# --- choose_period's end asks for a plan cue only where it changes the answer -----------------

_REPORT = (
    "Copper output in the province came to 120,000 tonnes in the first half of 2021. "
    "It rose 8 percent from a year earlier. "
    "The mines employ 4,300 workers. "
    "Smelters have processed 95,000 tonnes so far. "
    "The county plans to raise output to 150,000 tonnes, and exports grew 12 percent. "
    "By 2025 the region aims to build 30 new plants. "
    "The group expects revenue of 2 billion yuan. "
    "Sales were 40 million yuan, which is the highest on record. "
    "These account for 35 percent of the total. "
    "Their combined output surpasses 60,000 tonnes. "
    "The figure was 7 percent lower. "
    "Local firms will invest 500 million yuan and hired 200 people."
)


def _plain_tail(q, ctx, view, sent, before, carried, age, doc_year):
    """``_carry_tail`` as it was written first: the plan cue asked for before anything else."""
    from tally.extract import carry as C

    if C.K.status_of(before, ""):
        same_paragraph = ctx.target_paragraph == ctx.paragraph  # (a target's date stays in its paragraph)
        if ctx.target and age <= 3 and same_paragraph:
            return (ctx.target.value, "period:carried-target", "target"), False
        if (
            age <= 2
            and doc_year
            and C.end_year(carried) > doc_year
            and (ctx.period is not ctx.target or same_paragraph)
        ):
            return (carried, "period:carried-plan", "target"), False
        return C._NONE, False
    return C._carried_by_sentence(q, ctx, view, sent, carried, age, doc_year)


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
def test_carry_tail_agrees_with_asking_the_cue_first(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    import datetime as dt
    import hashlib

    from tally.extract import carry as C
    from tally.extract.facts import extract_facts
    from tally.extract.periods import TimeExpr
    from tally.model import Document

    seen: list[tuple] = []
    real = C._carry_tail

    def record(q, ctx, view, sent, before, carried, age, doc_year, *clause):
        seen.append((q, dataclasses.replace(ctx), view, sent, before))
        return real(q, ctx, view, sent, before, carried, age, doc_year, *clause)

    monkeypatch.setattr(C, "_carry_tail", record)
    text = _REPORT
    doc = Document(
        name="t.txt", source="-", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=dt.date(2021, 7, 20),
    )
    extract_facts(doc, [])
    monkeypatch.setattr(C, "_carry_tail", real)
    assert len(seen) >= 5  # the report reaches the end of choose_period often
    periods = [
        TimeExpr(start=0, end=4, text="2021", value="2021", role="explicit", rule="period:year"),
        TimeExpr(start=0, end=8, text="so far", value="2021", role="now", rule="period:now"),
        TimeExpr(start=0, end=7, text="by 2025", value="2025", role="target", rule="period:target_year"),
        TimeExpr(
            start=0, end=9, text="2016-2020", value="2016/2020", role="explicit", rule="period:year_span"
        ),
        TimeExpr(start=0, end=9, text="2021-2025", value="2021/2025", role="explicit", rule="period:fyp"),
    ]
    target = periods[2]
    outcomes: set[str] = set()
    cues = 0
    for q, ctx, view, sent, before in seen:
        for period in periods:
            for tgt, here in ((None, 0), (target, 0), (target, 1)):
                for age in range(5):
                    for year in (None, 2021):
                        a = dataclasses.replace(
                            ctx, period=period, target=tgt, period_age=age,
                            target_paragraph=ctx.paragraph - here,
                        )
                        b = dataclasses.replace(a)
                        assert period.value is not None
                        got = C._carry_tail(q, a, view, sent, before, period.value, age, year)
                        want = _plain_tail(q, b, view, sent, before, period.value, age, year)
                        assert got == want, (sent, period, tgt, age, year)
                        # the figure's clause passed in, as ``_untimed`` passes it: the same answer
                        clause = C._clause_at(view.text, q.start - view.start)[1]
                        c = dataclasses.replace(a)
                        assert C._carry_tail(q, c, view, sent, before, period.value, age, year, clause) == got
                        outcomes.add(got[0][1])
                        cues += bool(C.K.status_of(before, ""))
    # the cases reach every kind of answer, with and without a cue
    assert {"period:none", "period:carried-target", "period:carried-past-tense"} <= outcomes
    assert cues


_WORDS_BEFORE = ("rose", "the", "12.5", "1,200", "(new", "a_b", "x)", "Ünïted", "٣٤", "", ".", ",", "é")
_SPACES_AFTER = (" ", "\n", "  ", "\u2028", "\u00a0", "", "\t\n")


@given(st.lists(st.tuples(st.sampled_from(_WORDS_BEFORE), st.sampled_from(_SPACES_AFTER)), max_size=5))
def test_word_before_agrees_with_pattern(parts: list[tuple[str, str]]) -> None:
    from tally.extract.carry import _WORD_BEFORE, _word_before

    head = "".join(w + sp for w, sp in parts)
    found = _WORD_BEFORE.findall(head)
    assert _word_before(head) == (found[-1] if found else None), head


@pytest.mark.parametrize(
    "head", ["the newly ", "it rose\n", "sold 1,200 ", "x) ", "", " ", "end", "a b\n\n", "(new  ", "Ünïted "]
)
def test_word_before_cases(head: str) -> None:
    from tally.extract.carry import _WORD_BEFORE, _word_before

    found = _WORD_BEFORE.findall(head)
    assert _word_before(head) == (found[-1] if found else None)


_ANAPHORIC_REPORT = (
    "The 14th Five-Year Plan (2021-2025) sets the course. "
    "In 2021, grain output rose 3 percent to 12 million tonnes and sales reached 4 billion yuan. "
    "In the first half of the year, exports were 2.1 billion yuan, up 8 percent, and imports 900 million. "
    "During the period, 1,200 firms opened and 300 closed. "
    "Since then, the county has added 45 plants and 6,000 jobs. "
    "By the end of the plan period, output will reach 20 million tonnes and 500 firms. "
    "During the six months, revenue was 3 billion yuan and profit 200 million yuan. "
    "In fiscal 2022 the budget was 7 billion yuan; during the financial year, spending hit 6 billion."
)


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
def test_resolved_times_kept_for_the_sentence_give_the_same_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """``choose_period`` resolves a sentence's anaphors once for all its figures: the same facts as
    resolving them again for each figure."""
    import datetime as dt
    import hashlib

    import tally.extract.facts as F
    from tally.model import Document

    text = _ANAPHORIC_REPORT
    doc = Document(
        name="t.txt", source="-", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=dt.date(2022, 7, 20),
    )

    def run() -> list[tuple]:
        facts, _ = F.extract_facts(doc, [])
        return [(f.start, f.period, tuple(f.rules)) for f in facts]

    kept = run()
    real = F.choose_period
    calls = 0

    def afresh(q, s, times, view, ctx, *args, **kw):
        nonlocal calls
        calls += 1
        ctx.resolved = None  # each figure resolves the times again
        return real(q, s, times, view, ctx, *args, **kw)

    monkeypatch.setattr(F, "choose_period", afresh)
    assert run() == kept
    assert calls >= 12
    assert sum(1 for _, p, _ in kept if p) >= 10


def test_of_the_year_needs_year_in_lower_case() -> None:
    """``_resolve_anaphors`` asks ``_OF_THE_YEAR`` only where ``"year" in text.lower()``: every
    character re's IGNORECASE matches with a letter of "year" lower-cases to that letter."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "year":
        assert {c.lower() for c in re.findall(letter, every, re.IGNORECASE)} == {letter}


# ``_PAST`` as it was first written: the words one by one
_PAST_PLAIN = re.compile(
    r"\b(?:was|were|\w{3,}ed|grew|rose|fell|took|stood|saw|made|won|sold|became|began|hit|reached|totaled|"
    r"totalled|recorded|reported|contributed|amounted|exported|imported|produced|earned|spent|paid|brought|"
    r"got|went|came|built|set|led|kept|held|drew|gave|rang|ran|shrank|sank|slid|swung|topped|bought|sought|"
    r"lost|sent|shed|dealt|lent)\b"
)
_PAST_PIECES = (
    "was were Was reported report reports sold soldier set settled setting hit hits hitting ran rang "
    "bed red ed fed need the firm's 1,200 led lending lent lentil shed sheds went wentworth a-ed "
    "increased increa-sed Ünïted rosé rose_ x_ed 3ed ébed"
).split()


_PAST_GAPS = (*_SPACES_AFTER, ", ", "-", "'")


@given(st.lists(st.tuples(st.sampled_from(_PAST_PIECES), st.sampled_from(_PAST_GAPS)), max_size=8))
def test_past_trie_finds_what_the_words_find(parts: list[tuple[str, str]]) -> None:
    from tally.extract.carry import _PAST

    text = "".join(w + sp for w, sp in parts)
    want = [(m.span(), m.group()) for m in _PAST_PLAIN.finditer(text)]
    assert [(m.span(), m.group()) for m in _PAST.finditer(text)] == want


def _past_by_search(sent: str) -> bool:
    """``carry._past`` as it was written: every match of ``_PAST`` in turn, with its tests."""
    from tally.extract import carry as C

    for m in C._PAST.finditer(sent):
        w = m.group(0).lower()
        if w in C._NOT_PAST:
            continue
        if w.endswith("ed") and w not in ("was", "were"):
            prev = C._word_before(sent[: m.start()])
            if prev and (prev.lower() in C._ADJ_BEFORE or C._FIGURE_WORD.fullmatch(prev)):
                continue
        return True
    return False


_PAST_WORDS_MORE = (
    *_PAST_PIECES, "the", "newly", "increased", "Increased", "REPORTED", "1,200", "12.5", "its", "more",
    "used", "hundred", "totaled", "Totalled", "speeded", "agreed", "ed_", "_ed", "sed", "ended", "sold_",
)


# (white space ``bytes.split`` does not cut at: a gap all the same, made a blank by the table)
_PAST_GAPS_MORE = (*_PAST_GAPS, ". ", "(", ")", "\n", "\t", "\x0b", "\x1c", "\x1f", "\x7f")


@given(
    st.lists(
        st.tuples(st.sampled_from(_PAST_WORDS_MORE), st.sampled_from(_PAST_GAPS_MORE)),
        max_size=10,
    )
)
def test_past_finds_what_the_search_finds(parts: list[tuple[str, str]]) -> None:
    from tally.extract import carry as C

    text = "".join(w + sp for w, sp in parts)
    assert C._past.__wrapped__(text) is _past_by_search(text), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sales climbed 5 percent", True),
        ("Sales increased 5 percent", False),  # not a past verb here (``_NOT_PAST``)
        ("the climbed output", False),  # an -ed word after an article: an adjective
        ("1,200 reported cases", False),  # after a figure
        ("It was 5 percent", True),
        ("a newly built road", True),  # "built": a past word, wherever it stands
        ("Prices are high", False),
        ("output led by exports", True),
        ("the led lights", False),  # "led" ends with "ed": after an article, an adjective
        ("REPORTED", False),  # "ed" in lower case only
        ("the firm shed jobs", True),
        ("Ünïon sales climbed", True),  # not ASCII: the search
        ("Ünïon: the climbed", False),
        ("", False),
    ],
)
def test_past_table(text: str, want: bool) -> None:
    from tally.extract import carry as C

    assert C._past.__wrapped__(text) is want
    assert _past_by_search(text) is want


# --- a figure with no time in its sentence skips the tests of the sentence's times ------------

_UNTIMED_REPORT = (
    "Tea exports from the county came to 8,400 tonnes in 2022. "
    "They earned 61 million dollars, and growers sold 900 tonnes at home. "
    "The plantations employ 12,000 pickers (about 3,000 of them seasonal). "
    "These made up 14 percent of the province's total. "
    "A co-op, which at 2,500 members is the largest, buys leaves from 40 villages. "
    "Prices fell 6 percent to 3.2 dollars a kilo; the harvest shrank by 1,100 tonnes."
)


def _plain_choose(q, s, times, view, ctx, sent, before, doc_year):
    """``choose_period`` for a figure with no time in its sentence, as its full path reads."""
    from tally.extract import carry as C
    from tally.resolve.coref import _inside

    assert not times
    carried = ctx.period.value if ctx.period else None
    if _inside(q.start, C._hard_asides(view)):
        return None, "period:aside-none", None
    if not carried or s.caption:
        return None, "period:none", None
    if C._present_clause(view, q, relative=True):
        return None, "period:none", None
    out, chained = C._carry_tail(q, ctx, view, sent, before, carried, ctx.period_age, doc_year)
    if chained:
        ctx.chained = True
    return out


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
def test_untimed_figures_take_what_the_full_path_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    import datetime as dt
    import hashlib

    from tally.extract import facts as F
    from tally.extract.periods import TimeExpr
    from tally.model import Document

    seen: list[tuple] = []
    real = F.choose_period

    def record(q, s, times, view, ctx, sent, before, doc_year=None, **kw):
        if not times:
            seen.append((q, s, view, dataclasses.replace(ctx), sent, before))
        return real(q, s, times, view, ctx, sent, before, doc_year, **kw)

    monkeypatch.setattr(F, "choose_period", record)
    text = _UNTIMED_REPORT
    doc = Document(
        name="t.txt", source="-", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=dt.date(2023, 3, 2),
    )
    F.extract_facts(doc, [])
    monkeypatch.undo()
    assert len(seen) >= 6
    periods = [
        None,
        TimeExpr(start=0, end=4, text="2022", value="2022", role="explicit", rule="period:year"),
        TimeExpr(start=0, end=3, text="now", value="2023", role="now", rule="period:now"),
        TimeExpr(start=0, end=7, text="by 2025", value="2025", role="target", rule="period:target_year"),
    ]
    outcomes: set[str] = set()
    for q, s, view, ctx, sent, before in seen:
        for period in periods:
            for age in (0, 1, 2, 4):
                for caption in (False, True):
                    s2 = s._replace(caption=caption)
                    a = dataclasses.replace(ctx, period=period, period_age=age, used=[])
                    b = dataclasses.replace(a, used=[])
                    got = real(q, s2, [], view, a, sent, before, 2023)
                    want = _plain_choose(q, s2, [], view, b, sent, before, 2023)
                    assert got == want, (sent, period, age, caption)
                    assert (a.chained, a.used) == (b.chained, b.used)
                    outcomes.add(got[1])
    assert {"period:none", "period:carried-past-tense", "period:aside-none"} <= outcomes


# --- update_context: a sentence with no time that dated nothing only ages the context -----------


@pytest.mark.parametrize("seed", [0, 1])
def test_update_context_agrees_with_its_full_path(seed: int) -> None:
    import dataclasses
    import random

    from tally.extract import carry as C
    from tally.extract.periods import TimeExpr

    rng = random.Random(seed)
    pool = [
        TimeExpr(start=0, end=4, text="2022", value="2022", role="explicit", rule="period:year"),
        TimeExpr(start=5, end=8, text="now", value="2023", role="now", rule="period:now"),
        TimeExpr(start=0, end=7, text="by 2025", value="2025", role="target", rule="period:target_year"),
        TimeExpr(
            start=3, end=9, text="in June", value="2023-06", role="explicit", rule="period:in_month@alone"
        ),
        TimeExpr(start=0, end=9, text="lately", value=None, role="vague", rule="period:vague"),
        TimeExpr(start=0, end=5, text="2021", value="2021", role="basis", rule="period:basis_compared"),
        TimeExpr(start=0, end=8, text="a year earlier", value="2022", role="prior", rule="period:prior_year"),
        TimeExpr(
            start=0, end=9, text="2021-2025", value="2021/2025", role="explicit", rule="period:fyp"
        ),
        TimeExpr(
            start=0, end=9, text="H1", value="2023-01/2023-06", role="explicit", rule="period:year_part"
        ),
    ]
    fast = 0
    for _ in range(3000):
        a = C.PeriodContext(
            period=rng.choice([None, *pool]),
            target=rng.choice([None, pool[2]]),
            period_age=rng.choice([0, 1, 2, 3, 99]),
            used=rng.sample(pool, rng.choice([0, 0, 1, 2])),
            history=rng.sample(pool, rng.randint(0, 2)),
            dated=rng.random() < 0.5,
            chained=rng.random() < 0.3,
            resolved=([], None, []) if rng.random() < 0.5 else None,
        )
        b = dataclasses.replace(a, used=list(a.used), history=list(a.history))
        times = rng.sample(pool, rng.choice([0, 0, 0, 1, 2]))
        fast += not times and not a.used and not a.chained
        C.update_context(a, list(times))
        C._update(b, list(times))
        assert a == b, (times, a, b)
    assert fast > 300


# --- choose_period filters a sentence's times in one pass per step ------------------------------

_TIMED_REPORT = (
    "Sales at the mill rose 12 percent to 4.5 billion yuan in 2022, and this year it expects 5 billion. "
    "The port, which handled 80 million tonnes last year, now has 14 berths and 3,100 workers. "
    "The plan aims to lift output to 9 million tonnes by 2027 (up from 6 million in 2021). "
    "Farmers earn 2,300 dollars a year now, and the county wants 3,000 by 2030. "
    "The cooperative has 210 member households and sold 40 tonnes of pears last autumn. "
    "In the first quarter, exports were 1.2 billion dollars - against 900 million in 2020 - "
    "and imports fell. "
    "The firm, whose revenue reached 700 million yuan in 2019, employs 2,000 people at present. "
    "Output was 3.4 million tonnes in 2021, a year earlier it was 3.1 million. "
    "By the end of 2025 the line will carry 60,000 passengers a day, compared with 41,000 in 2023."
)


def _plain_filters(times, q, view, before):
    """The times, usable times and seen times as choose_period's filters read one after the other."""
    from tally.extract import carry as C

    times = [
        t
        for t in times
        if not (t.start >= q.end and t.role != "target" and C._opens_next_clause(t, q, view))
        and not (view.asides and C._in_relative_clause(t, q, view))
        and not (
            t.start >= q.end
            and C._COMPARED_FIGURE.search(view.text, q.end - view.start, t.start - view.start)
        )
        and not (t.start < q.start and C.measured_against(view.text, t.start - view.start))
    ]
    usable = [
        t
        for t in times
        if t.role in ("explicit", "target", "now", "prior")
        and t.value
        and not (C._inside(t.start, view.attrib) and not C._inside(q.start, view.attrib))
    ]
    seen = []
    if usable:
        hard = C._hard_asides(view)
        seen = [t for t in usable if C._visible(t, q, hard)] if hard else list(usable)
    if seen and C._HAS_BEFORE.search(before[-60:]):
        seen = [
            t
            for t in seen
            if t.start < q.start
            or not C._OTHER_PAST.search(view.text[q.end - view.start : t.start - view.start])
        ]
    seen = [
        t
        for t in seen
        if not (t.role == "target" and not C._reaches(t, q, view))
        and not (
            t.role == "now"
            and (C._NEW_CLAUSE.search(C._between(t, q, view)) or C._opens_own_clause(t, q, view))
        )
        and not C._later_clause_of_present(t, q, view)
    ]
    return times, usable, seen


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
def test_time_filters_in_one_pass_agree_with_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    import datetime as dt
    import hashlib

    from tally.extract import carry as C
    from tally.extract import facts as F
    from tally.model import Document

    seen_calls: list[tuple] = []
    real = F.choose_period

    def record(q, s, times, view, ctx, sent, before, doc_year=None, **kw):
        if times:
            seen_calls.append((q, list(times), view, before))
        return real(q, s, times, view, ctx, sent, before, doc_year, **kw)

    monkeypatch.setattr(F, "choose_period", record)
    text = _TIMED_REPORT
    doc = Document(
        name="t.txt", source="-", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=dt.date(2024, 5, 14),
    )
    F.extract_facts(doc, [])
    monkeypatch.undo()
    assert len(seen_calls) >= 12
    dropped = 0
    for q, times, view, before in seen_calls:
        # each time with each role, so that every test of the filters is reached
        roles = ("explicit", "target", "now", "vague")
        variants = [times] + [[dataclasses.replace(t, role=role) for t in times] for role in roles]
        for ts in variants:
            for bef in (before, before + " The mill has"):
                want_times, want_usable, want_seen = _plain_filters(ts, q, view, bef)
                kept, usable = C._kept_usable(ts, q, view)
                assert (kept, usable) == (want_times, want_usable)
                got_seen = C._seen(usable, q, view, bef, C._hard_asides(view)) if usable else []
                assert got_seen == want_seen
                dropped += len(ts) - len(want_seen)
    assert dropped > 0


_EDGE_SENTENCES = (
    "Output rose 5 percent, and the mill employs 300 workers; exports fell: imports did not.",
    "The port, which handled 80 million tonnes, has 14 berths, but its cranes stand idle.",
    "Sales grew, the firm's profits rose 4 percent, while its rivals lost ground,and,the,",
    "Prices fell, whereas wages rose, who knows, where the farms sell their crops cheaply.",
    ",;:, and, but, the costs rises, its plants close, their owners sells, and the the s",
    "Revenue was 3 billion yuan, and the group units rise 12 percent, whose staff earn more",
    "No edges at all in this one",
    "Farmers, growers and traders, and\tthe  fruits  sells well,which pleased them.",
)


@pytest.mark.parametrize("text", _EDGE_SENTENCES)
def test_clause_at_agrees_with_scanning_the_slice(text: str) -> None:
    from tally.extract import carry as C

    for rel in range(len(text) + 1):
        edges = list(C._CLAUSE_EDGE.finditer(text[:rel]))
        start = edges[-1].end() if edges else 0
        after_relative = bool(edges and C._RELATIVE_EDGE.search(edges[-1].group(0)))
        m = C._CLAUSE_EDGE.search(text, rel)
        want = (after_relative, text[start : m.start() if m else len(text)])
        assert C._clause_at.__wrapped__(text, rel) == want
        # the marks found by ``str.find`` give the scan's edges
        got = C._edge_from(text, rel)
        assert (got and got.span()) == (m and m.span())
        last = C._edge_before(text, rel)
        assert (last and last.span()) == (edges[-1].span() if edges else None)


_STATE_CLAUSES = (
    "is the largest mill in the county",
    "the county has 40 mills and employs 3,000 people",
    "this mill's output will remain high",
    "which would have stood empty",
    "the plant, which now houses 200 machines",
    "runs",
    "Its fleet serves 12 towns and covers 900 km",
    "tHis basis hasn't anything; owns-it, (operates) 'hosts' \u201cteaches\u201d",
    "the port can serve ships, must cover costs, to run lines, should own land",
    "étais is; naïvehas has_ boasts_ _lies lies",
    "the farms stands remains counts",
    "nothing here at all",
    # the verbs only inside other words, or capitalised (no word of the clause is one)
    "this crisis hashes the owners' runways; Is Has ARE Owns, haves arena",
    # ASCII with blanks of Unicode's white space only, digits and "_" beside the verbs (read with
    # ``re.ASCII`` as without it)
    "is\x1chas\x1fowns\x0bruns; x_is 9has is9 has_ 3covers covers3 will  is, may\tis, to\x1cown",
    "",
)


def _plain_present_state() -> re.Pattern[str]:
    """``carry._present_state`` with its words as a plain alternation, in the table's order."""
    from tally.data import load

    words = "|".join(load("periods")["present_states"])
    modal = r"(?<!\bwill )(?<!\bwould )(?<!\bto )(?<!\bcan )(?<!\bmay )(?<!\bshould )(?<!\bmust )"
    return re.compile(rf"\b{modal}(?:{words})\b")


@pytest.mark.parametrize("clause", _STATE_CLAUSES)
def test_present_state_tried_at_verbs_agrees_with_the_search(clause: str) -> None:
    from tally.extract import carry as C

    plain = _plain_present_state()
    for k in range(len(clause) + 1):
        # every cut of the clause, so that verbs meet each edge of it
        for part in (clause[:k], clause[k:]):
            found = bool(plain.search(part))
            assert bool(C._present_state().search(part)) == found
            assert C._has_present_state(part) == found


def _plain_periods_from_repeats(facts: list, text: str) -> None:
    """``periods_from_repeats`` as its rule reads: every test for every figure, in order."""
    from tally.extract.carry import _UNENDED

    body: dict[tuple, str] = {}
    for f in facts:
        if f.period and _UNENDED.search(text[f.sentence_start : f.sentence_end]):
            body.setdefault((f.value, f.unit), f.period)
    for f in facts:
        carried = any(r.startswith("period:carried") for r in f.rules)
        if (f.period is None or carried) and not _UNENDED.search(text[f.sentence_start : f.sentence_end]):
            p = body.get((f.value, f.unit))
            if p:
                f.period = p
                f.rules = [r for r in f.rules if not r.startswith("period:")] + ["period:repeated-figure"]


_RULE_SETS = ([], ["period:year"], ["period:carried"], ["period:carried-headline", "x"])


def test_periods_from_repeats_agrees_with_its_plain_reading() -> None:
    import copy
    import random
    from dataclasses import dataclass, field

    from tally.extract.carry import periods_from_repeats

    @dataclass
    class Fig:
        value: float
        unit: str
        period: str | None
        sentence_start: int
        sentence_end: int
        rules: list[str] = field(default_factory=list)

    lines = [
        "Grain output hits 12 million tonnes\n",
        "Output rose to 12 million tonnes in 2021.\n",
        "Exports: 4.5 billion dollars\n",
        "The port handled 80 million tonnes last year!\n",
        "\u201cWe sold 40 tonnes,\u201d she said.\u201d\n",
        "Sales of 900 million yuan (up 3 percent)\n",
        "Is 7 percent enough?  \n",
    ]
    rng = random.Random(11)
    changed = 0
    for _ in range(300):
        picked = [rng.choice(lines) for _ in range(rng.randint(1, 6))]
        text = "".join(picked)
        facts, at = [], 0
        for line in picked:
            for _ in range(rng.randint(0, 3)):
                rules = rng.choice(_RULE_SETS)
                facts.append(
                    Fig(
                        value=rng.choice([12.0, 4.5, 80.0, 40.0]), unit=rng.choice(["t", "USD"]),
                        period=rng.choice([None, "2021", "2022-06"]), sentence_start=at,
                        sentence_end=at + len(line), rules=list(rules),
                    )
                )
            at += len(line)
        want = copy.deepcopy(facts)
        _plain_periods_from_repeats(want, text)
        before = copy.deepcopy(facts)
        periods_from_repeats(facts, text)
        assert facts == want, text
        changed += facts != before
    assert changed > 30


def _plain_caption_periods(facts: list, captions: list[tuple[int, int]]) -> None:
    """``_caption_periods`` as its rule reads: a figure of a caption asked about for each test."""

    def in_caption(f) -> bool:
        return any(a <= f.start < b for a, b in captions)

    body: dict[tuple, str] = {}
    for f in facts:
        if f.period and not in_caption(f):
            body.setdefault((f.text, f.value, f.unit), f.period)
    for f in facts:
        if f.period is None and len(f.text) >= 4 and any(c.isdigit() for c in f.text) and in_caption(f):
            p = body.get((f.text, f.value, f.unit))
            if p:
                f.period = p
                f.rules = [r for r in f.rules if not r.startswith("period:")] + ["period:repeated-in-caption"]


def test_caption_periods_agree_with_their_plain_reading() -> None:
    import copy
    import random
    from dataclasses import dataclass, field

    from tally.extract.carry import _caption_periods

    @dataclass
    class Fig:
        start: int
        text: str
        value: float
        unit: str
        period: str | None
        rules: list[str] = field(default_factory=list)

    rng = random.Random(13)
    changed = 0
    for _ in range(400):
        captions = [(a, a + rng.randint(0, 40)) for a in rng.sample(range(60), rng.randint(0, 3))]
        facts = [
            Fig(
                start=rng.randrange(80), text=rng.choice(["2.36 million", "10", "first", "4,500"]),
                value=rng.choice([2.36, 4500.0]), unit="count",
                period=rng.choice([None, None, "2021", "2022-06"]), rules=list(rng.choice(_RULE_SETS)),
            )
            for _ in range(rng.randint(0, 10))
        ]
        want = copy.deepcopy(facts)
        _plain_caption_periods(want, captions)
        before = copy.deepcopy(facts)
        _caption_periods(facts, captions)
        assert facts == want
        changed += facts != before
    assert changed > 15


# --- the compared figure before a time: its words looked up before the search -------------------

_COMPARED_SENTENCES = (
    "sales rose to 40 tonnes, up from 31 tonnes in 2020",
    "58 percent of the total, compared with 41 percent three years ago",
    "4,200 people, down from 13,000 in the 1970s",
    "output 0.3 points higher than in the first half",
    "prices 14 percent below its peak in February last year",
    "up 18 percent on the same period last year",
    "12 units versus 9 units vs. 7 in May, as against 5 in June",
    "exports grew 6 percent over the year; imports fell",
    "Compared with 2019, FROM 3 tonnes, Than in, SAME period",
    "a record high of 5 in 2021, a level of 3, lower than at",
    # last words that only end with one of the words, white space of other kinds
    "higher than atin 2020, down from\t5, above its peak of\u2003x, more than during\x1c2",
    "a level; same quarter\nof\n, lower than\u00a0in ",
    "",
)


@pytest.mark.parametrize("text", _COMPARED_SENTENCES)
def test_compared_figure_agrees_with_the_search(text: str) -> None:
    from tally.extract import carry as C

    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert C._compared_figure(text, a, b) == bool(C._COMPARED_FIGURE.search(text, a, b)), (a, b)


_CUT_SENTENCES = (
    "Sales rose 5 percent, reaching 40 tonnes in 2021, ranking 13th; exports grew: imports fell",
    "It grew while prices fell but output rose whereas costs, falling, stayed flat",
    ", opening\tthe year,  rising sharply ,ending",
    "no cut here at all",
    "",
    "a mark then odd spaces:\u00a0one;\u2009two,\nthree,\tfour,five; ",
    "Butter rose, But wheat fell;\u00a0butter; a  but\tb, whereas\nc while\u00a0d,",
    # runs of marks, marks at the end, a mark before a mark, white space of other kinds
    ",, ;; :: ,;: x,\x1c y:\u2028z;\x85w, ,",
    ":",
)


@pytest.mark.parametrize("text", _CUT_SENTENCES)
def test_cuts_read_the_pieces_split_gives(text: str) -> None:
    from tally.extract import carry as C

    starts, ends = C._cuts(text)
    cuts = [m.span() for m in C._CLAUSE_CUT.finditer(text)]
    assert list(zip(starts, ends, strict=True)) == cuts  # (the pattern, or its twin with no words)
    pieces = C._CLAUSE_CUT.split(text)
    assert len(pieces) == len(starts) + 1
    for seg in range(1, len(pieces)):
        b = starts[seg] if seg < len(starts) else len(text)
        assert text[ends[seg - 1] : b] == pieces[seg]
        want = C._PARTICIPLE_CLAUSE.match(pieces[seg])
        got = C._PARTICIPLE_CLAUSE.match(text, ends[seg - 1], b)
        assert bool(got) == bool(want)


_AGAINST_TEXTS = (
    "output was 0.3 points higher than in the first half",
    "prices stood 14 percent below its peak in February last year",
    "prices stood below the record high set in\t2019",
    "sales rose 18 percent on the same period of last year",
    "up 18 percent from the same months of 2020 and than in May, lower than during  the",
    "down 5 percent compared with the same quarter last year, off its low of 3 at the end",
    "Higher Than In the past; below a level\nin 2020, same time; than for\n",
    # a last word that only ends with one of the words ("atin", "offor"), a wide space at the end
    "higher than atin 2020, lower than offor 2021, above its peak of\u2003x; more than during\x1c",
    "",
)


@pytest.mark.parametrize("text", _AGAINST_TEXTS)
def test_measured_against_agrees_with_the_search(text: str) -> None:
    from tally.extract import carry as C

    hits = 0
    for at in range(len(text) + 1):
        want = C._MEASURED_AGAINST.search(text[max(0, at - 60) : at]) is not None
        assert C.measured_against(text, at) is want, at
        hits += want
    assert hits or not text.strip() or "Higher" in text


def _nearest_plain(times: list, q: object, view: object) -> object:
    """``carry._nearest`` as it was written first: ``_segment`` per time, ``min`` with a closure."""
    from bisect import bisect_right

    from tally.extract import carry as C

    def segment(pos: int) -> int:
        return bisect_right(C._cuts(view.text)[1], max(0, pos - view.start))  # type: ignore[attr-defined]

    def dist(t: object) -> int:
        return min(abs(t.start - q.end), abs(q.start - t.end))  # type: ignore[attr-defined]

    seg = segment(q.start)  # type: ignore[attr-defined]
    own = [t for t in times if segment(t.start) == seg and segment(t.end) == seg]
    if own:
        return min(own, key=dist)
    starts, ends = C._cuts(view.text)  # type: ignore[attr-defined]
    if 0 < seg <= len(starts) and C._PARTICIPLE_CLAUSE.match(
        view.text, ends[seg - 1], starts[seg] if seg < len(starts) else len(view.text)  # type: ignore[attr-defined]
    ):
        prev = [t for t in times if segment(t.start) == seg - 1 and segment(t.end) == seg - 1]
        if prev:
            return min(prev, key=dist)
    m = C._PREP_OPENING.match(view.text)  # type: ignore[attr-defined]
    if m and q.start >= view.start + m.end():  # type: ignore[attr-defined]
        opening = [t for t in times if t.end <= view.start + m.end()]  # type: ignore[attr-defined]
        if opening:
            return min(opening, key=dist)
    return min(times, key=dist)


_NEAREST_SENTENCES = _CUT_SENTENCES + (
    "In 2020, output rose 5 percent, ranking 13th in the country in May, and sales fell in June",
    "During the first half, 20 firms opened; by 2025, 30 more, while in 2019 only 3",
)


@pytest.mark.parametrize("text", _NEAREST_SENTENCES)
def test_nearest_agrees_with_its_plain_reading(text: str) -> None:
    import random
    from types import SimpleNamespace

    from tally.extract import carry as C
    from tally.extract.periods import _time

    rng = random.Random(text)
    for base in (0, 17):
        view = SimpleNamespace(text=text, start=base)
        n = len(text)
        for _ in range(200):
            times = []
            for _k in range(rng.randint(1, 4)):
                a = rng.randint(0, n)
                b = rng.randint(a, n)
                times.append(_time(base + a, base + b, text[a:b], "2020", "explicit", "period:year"))
            a = rng.randint(0, n)
            b = rng.randint(a, n)
            q = SimpleNamespace(start=base + a, end=base + b)
            assert C._nearest(times, q, view) is _nearest_plain(times, q, view)  # type: ignore[arg-type]


_WORD_SENTENCES = (
    "The mill is the largest; its mills are old.",
    "this crisis isn't theirs: share prices, arena, Is, ARE, is_ _are 9is are9",
    "is",
    "are",
    "isis areare this",
    "Output has risen, they've grown and we\u2019ve seen it; the firms have not yet.",
    "he hasn't, haste, shave, behave, overhaul: no perfect here",
    "\u00e9is is\u00e9 \u0661is are\u00b2 \u00bdare is\u0301 caf\u00e9 are",
    "",
)


@pytest.mark.parametrize("sent", _WORD_SENTENCES)
def test_word_shortcuts_agree_with_their_patterns(sent: str) -> None:
    from tally.extract import carry as C

    for k in range(len(sent) + 1):
        for part in (sent[:k], sent[k:]):
            assert C._is_are.__wrapped__(part) == (C._IS_ARE.search(part) is not None)
            assert C._perfect.__wrapped__(part) == (C._PERFECT.search(part) is not None)


# --- the stretch of a sentence a time lies in, read without ``bisect`` ------------------------


@pytest.mark.parametrize(
    "ends",
    [[], [5], [3, 9], [1, 2, 3], [4, 10, 17, 30], [7, 8, 40]],
)
def test_stretches_agree_with_bisect(ends: list[int]) -> None:
    """``_stretch`` is ``bisect_right`` of the cuts' ends, and ``_in_segment`` keeps the times both
    of whose ends have the stretch asked for: the times ``bisect_right`` kept."""
    from bisect import bisect_right

    from tally.extract import carry as C
    from tally.extract.periods import TimeExpr

    base = 100
    for at in range(-3, 45):
        assert C._stretch(ends, at) == bisect_right(ends, at), (ends, at)
    times = [
        TimeExpr(start=base + a, end=base + b, text="x", value="2020", role="explicit", rule="period:year")
        for a in range(-2, 42, 3)
        for b in range(a, a + 12, 4)
    ]
    for seg in range(len(ends) + 1):
        want = [
            t
            for t in times
            if bisect_right(ends, max(0, t.start - base)) == seg
            and bisect_right(ends, max(0, t.end - base)) == seg
        ]
        assert C._in_segment(times, ends, base, seg) == want, (ends, seg)


_HAS_PIECES = (
    "has", "have", "is", "are", "owns", "boasts", "employs", "this", "hash", "Has", "IS", "it", "some",
    "5,000", "x_has", "his", "own", "boast", "employ", "ares", "behave", "",
)
_HAS_GAPS = (" ", "  ", "\n", ", ", "-", "\t", "\u2003")


@given(
    st.lists(
        st.tuples(st.sampled_from(_HAS_PIECES), st.sampled_from(_HAS_GAPS)),
        max_size=24,
    )
)
def test_has_before_agrees_with_the_search(parts: list[tuple[str, str]]) -> None:
    from tally.extract import carry as C

    text = "".join(w + sp for w, sp in parts)
    for cut in range(len(text) + 1):
        before = text[:cut]
        assert C._has_before(before) is (C._HAS_BEFORE.search(before[-60:]) is not None), before


_NEXT_CLAUSE_TEXTS = (
    "output rose 5 percent, and in 2021 it fell, but during the year, while\nby the end, whereas for",
    "sales grew,and  in\n2020 ,  but\tduring; x, band in y, forin z, and bye, whereas\u2003for\n",
    "",
)


@pytest.mark.parametrize("text", _NEXT_CLAUSE_TEXTS)
def test_next_clause_time_agrees_with_the_search(text: str) -> None:
    from tally.extract import carry as C

    for end in range(len(text) + 1):
        got = C._next_clause_time(text, end)
        want = C._NEXT_CLAUSE_TIME.search(text, 0, end)
        assert (got.span() if got else None) == (want.span() if want else None), end
