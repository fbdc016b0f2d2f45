"""Fast paths of the facts loop (round 8) give what the plain calls give, on sentences of our own."""

from __future__ import annotations

import itertools
from functools import partial

import pytest

from tally.extract.indicators import previous_indicator
from tally.extract.kinds import basis_of
from tally.model import Fact, Quantity

# (before, after) windows of a change, in the style of trade and output reports
WINDOWS = [
    ("Grain output rose ", " from a year earlier to 62 million tonnes."),
    ("Average annual growth of freight was ", " over the five years."),
    ("Exports climbed ", " year-on-year in the first half, the bureau said."),
    ("Retail sales were up ", " compared with 2019 levels."),
    ("Tourist arrivals jumped ", ", while hotel bookings fell 3 percent."),
    ("The index gained ", " on the year before."),
    ("Its revenue increased ", " between 2018 and 2021."),
    ("Steel output grew an annual average of ", " in the period."),
    ("Imports slid ", " than in the same month of last year."),
    ("Profits were up ", " from the previous quarter."),
    ("Fish catches dropped ", " compared with other provinces."),
    ("Sales rose ", "."),
]
DISCOURSE = [
    "Output in the first quarter grew strongly. ",
    "The figures were year-on-year, officials said. ",
    "The annual average pace slowed. ",
    "",
]
PERIODS = [None, "2021", "2021-Q1", "2016/2020"]


@pytest.mark.parametrize(("before", "after"), WINDOWS)
def test_basis_of_reads_built_texts_as_given_ones(before: str, after: str) -> None:
    """``basis_of`` given functions that build its texts answers as given the texts."""
    for sentence, yoy, period, since, span in itertools.product(
        DISCOURSE, DISCOURSE, PERIODS, (False, True), (False, True)
    ):
        whole = before + "X" + after + " " + sentence
        dated = period is not None
        plain = basis_of(before, after, whole, since, span, dated, period, yoy + whole)
        built = partial(str, yoy + whole)
        lazy = basis_of(before, after, partial(str, whole), since, span, dated, period, built)
        assert lazy == plain
        default = basis_of(before, after, whole, since, span, dated, period)
        assert basis_of(before, after, partial(str, whole), since, span, dated, period) == default


def _fact(unit: str, kind: str, rules: list[str], indicator: str = "other") -> Fact:
    f = Fact(doc="d", start=0, end=1, text="x", value=1.0, unit=unit, approx="=", value_high=None,
             counted=None, article=0, sentence_start=0, sentence_end=1, rules=list(rules))
    f.kind, f.indicator = kind, indicator
    return f


REST = [
    " of them were exported.",
    " of the 40 households run guesthouses.",
    " by area in the province.",
    " largest port in the country.",
    " percent of all exports.",
    " tonnes of tea this year.",
]


@pytest.mark.parametrize("unit", ["percent", "currency", "tonne", "times", "percentage_point", "area"])
def test_previous_indicator_finds_nothing_for_other_figures(unit: str) -> None:
    """The facts loop calls ``previous_indicator`` only for a rank, a count or a coordinated share:
    for every other figure it answers nothing, whatever the figure before."""
    prevs: list[Fact | None] = [
        None,
        _fact("count", "level", [], "employment"),
        _fact(unit, "level", [], "exports"),
        _fact(unit, "level", []),
    ]
    q = Quantity(start=0, end=1, text="x", value=1.0, unit=unit)
    for kind, rest, prev, before in itertools.product(
        ("level", "change", "share", "ratio"), REST, prevs, ("Of the workers, ", "Exports rose to ")
    ):
        f = _fact(unit, kind, ["number"])
        assert previous_indicator(f, q, prev, prevs[1], before, rest) == (None, "")


# window pieces with plan words, and words that hold a plan word inside them
OPENINGS = [
    "The total amount of loans reached ",
    "The plant, which added a second line, shipped ",
    "Investors developed the site and planted ",
    "The city will invest ",
    "The group plans to build ",
    "Under the MoU signed last week, the firms will add ",
    "Officials are asked by the council to develop ",
    "The county aims to create ",
    "Output at the planetarium's gift shop, the amount of ",
    "In May the developers said the addition of ",
    "Exports are expected to reach ",
    "The firm must hire ",
    "By the end of June the plant had ",
    "Sales grew to ",
]
PADS = ["", "Last year the mill ran well, and the harbour was busy with ships loading grain. "]
AFTERS = ["", " next year.", " by 2030.", " last year.", " from 19 percent now."]
RESTS = ["", " will follow.", " in the first half."]


@pytest.mark.parametrize("opening", OPENINGS)
def test_status_of_plan_gate_as_full_checks(opening: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``status_of`` stops early when no plan cue matches in reach; the full checks answer the same."""
    from tally.extract import kinds as K

    cases = [
        (pad + opening, after, rest, future)
        for pad, after, rest, future in itertools.product(PADS, AFTERS, RESTS, (False, True))
    ]
    fast = [K.status_of(b, a, rest=r, future=f) for b, a, r, f in cases]
    monkeypatch.setattr(K, "_plan_cues", K._target_matches)  # never None: every check runs
    assert [K.status_of(b, a, rest=r, future=f) for b, a, r, f in cases] == fast


PLAN_WORDS = ["develop", "invest", "add", "plan", "mou", "will", "must", "hire", "amount"]


@pytest.mark.parametrize("word", PLAN_WORDS)
def test_plan_word_scan_as_the_two_gates(word: str) -> None:
    """One scan of the plan gate words tells what the ``target`` gate on the window and the
    ``target_headline`` gate on its last 60 characters tell, wherever the word stands."""
    from tally.extract import kinds as K

    fillers = ["x", "The mill ran at full tilt all year long and ", "Café owners in Zürich said "]
    for filler, n, tail in itertools.product(fillers, range(0, 90, 7), ["", " ", "s of the ", "ed "]):
        for b in ((filler * 4)[:n] + word + tail, word.upper() + tail + (filler * 4)[:n]):
            b = b[-140:]
            K._last_plan_window[0] = ("", False, False, -1)
            plain = K._any_gate("target").may(b) or K._any_gate("target_headline").may(b[-60:])
            assert K._plan_literal_in(b) == plain, b


@pytest.mark.parametrize("opening", OPENINGS)
def test_target_matches_after_the_plan_scan_as_the_cue(opening: str) -> None:
    """``_target_matches`` (told by the plan scan whether a word of ``target`` is in the window) finds
    the cue's own matches, asked first or after the scan, and asked again."""
    from tally.extract import kinds as K

    rx = K._rx("target").rx
    for pad, tail in itertools.product(PADS + ["Zürich: "], ["", " the plant of 2030 ", " in May "]):
        b = (pad + opening + tail)[-140:]
        want = [(m.span(), m.group(0).lower()) for m in rx.finditer(b)]
        for scan_first in (False, True):
            K._last_plan_window[0] = ("", False, False, -1)
            if scan_first:
                K._plan_literal_in(b)
            for _ in range(2):  # asked again about the same window
                assert [(m.span(), m.group(0).lower()) for m in K._target_matches(b)] == want, b
