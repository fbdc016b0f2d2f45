"""Kind, direction, basis and status rules of tally.extract.kinds (own sentences, one rule a row)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import re

import pytest
from report_sentences import example_sentences

from tally.extract.facts import extract_facts
from tally.extract.kinds import (
    _FEW,
    _MID,
    _MID_LEN,
    Quick,
    _compiled,
    _few,
    _rx,
    basis_of,
    classify,
    status_of,
)
from tally.gates import gate_of
from tally.model import Document, Quantity


def _q(unit: str, hint: str | None = None) -> Quantity:
    return Quantity(start=0, end=1, text="x", value=1.0, unit=unit, kind_hint=hint)


@pytest.mark.parametrize(
    ("before", "after", "unit", "hint", "kind", "direction"),
    [
        # a share of a named whole, even after a verb of growth
        (
            "Trade with Asean rose to 40 billion yuan, making up ",
            " of the total.",
            "percent",
            None,
            "share",
            None,
        ),
        ("The county grows about ", " of the nation's tea.", "percent", None, "share", None),
        ("The firm shipped ", " of all its parts abroad.", "percent", None, "share", None),
        # a percentage of an earlier level is a ratio
        ("Hotel bookings reached ", " of the level seen in 2019.", "percent", None, "ratio", None),
        ("Footfall recovered to ", " of October 2019.", "percent", None, "ratio", None),
        # rates of a whole are shares, also after 'fell to'
        ("The jobless rate fell to ", " in May.", "percent", None, "share", None),
        ("Room occupancy averaged ", " in August.", "percent", None, "share", None),
        ("The employment rate of graduates reached ", ".", "percent", None, "share", None),
        # 'more than' an earlier time is a change; 'more than' something else a ratio
        (
            "Arrivals reached 2 million, ",
            " more than in the same period of 2019.",
            "percent",
            None,
            "change",
            "up",
        ),
        ("Output was ", " lower than a year earlier.", "percent", None, "change", "down"),
        ("Tax receipts came in ", " more than officials had forecast.", "percent", None, "ratio", None),
        (
            "Its growth rate was ",
            " higher than the national average.",
            "percentage_point",
            None,
            "ratio",
            None,
        ),
        # multiples: of an earlier value a change, of another thing a ratio
        ("Sales hit 9 billion yuan, ", " the figure a year earlier.", "times", "change", "change", "up"),
        ("The county now has ", " as many hotels as in 2001.", "times", "change", "change", "up"),
        ("Farmers earn ", " the income of rice growers.", "times", "change", "ratio", None),
        # a gap or ratio of two things
        (
            "The gap between urban and rural incomes narrowed to ",
            ".",
            "percentage_point",
            None,
            "ratio",
            None,
        ),
        # absolute amounts stay levels
        ("Factory employment rose by ", " to 600,000.", "count", None, "level", None),
        # growth rates as before
        ("Exports climbed ", " to 3 billion dollars.", "percent", None, "change", "up"),
        ("the rate edged down ", " points.", "percentage_point", None, "change", "down"),
    ],
)
def test_kind(before: str, after: str, unit: str, hint: str | None, kind: str, direction: str | None) -> None:
    info = classify(_q(unit, hint), before, after, before + after)
    assert (info.kind, info.direction) == (kind, direction), info.rules


@pytest.mark.parametrize(
    ("before", "after", "has_period", "expected"),
    [
        ("Shipments to Canada climbed ", " to $9 billion.", True, "yoy"),
        ("Shipments to Canada climbed ", " to $9 billion.", False, "unspecified"),
        ("Output rose ", " from the previous year.", True, "yoy"),
        ("Visitors were up ", " on a year earlier.", False, "yoy"),
        ("Bookings were ", " more than in the same period of 2019.", True, "since"),
        ("Passenger numbers were ", " higher than in 2019.", True, "since"),
    ],
)
def test_basis(before: str, after: str, has_period: bool, expected: str) -> None:
    assert basis_of(before, after, before + after, False, False, has_period=has_period)[0] == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The council plans to build 3,000 homes and is set to spend ", "target"),
        ("The governor has proposed a budget of ", "target"),
        ("The state signed 40 MoUs worth ", "target"),
        ("The firm plans to double its capacity by 2026 and has signed contracts with ", None),
        ("It aims to expand, and has already hired ", None),
        ("The mill, which plans to expand, pays growers who are paid a premium of ", None),
        ("Sales reached ", None),
    ],
)
def test_status(before: str, expected: str | None) -> None:
    got = status_of(before, "")
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize(
    ("prev_kind", "between", "expected"),
    [
        ("share", " in May from ", True),
        ("share", " and ", True),
        ("change", " from ", False),
        ("share", ", while exports reached ", False),
    ],
)
def test_same_kind_as_previous(prev_kind: str, between: str, expected: bool) -> None:
    from types import SimpleNamespace

    from tally.extract.kinds import same_kind_as_previous

    prev = SimpleNamespace(kind=prev_kind, unit="percent")
    assert same_kind_as_previous(prev, "percent", between) is expected


def _facts(text: str) -> dict:
    d = Document(
        name="t.txt",
        source="-",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=dt.date(2021, 7, 20),
    )
    return {f.text: f for f in extract_facts(d, [])[0]}


# plans, goals, expectations and forecasts are targets; completed results stay actual, also in a
# sentence that mentions a plan (own sentences, published 2021-07-20, whole pipeline)
STATUS = [
    ("The province plans to build 3,000 km of roads.", "3,000 km", "target"),
    ("The city aims to attract 10 million tourists.", "10 million", "target"),
    ("The county targets output of 5 billion yuan.", "5 billion yuan", "target"),
    ("The goal is to raise incomes by 8 percent.", "8 percent", "target"),
    ("The firm expects sales to reach $2 billion.", "$2 billion", "target"),
    ("Analysts forecast growth of 6 percent.", "6 percent", "target"),
    ("Exports are projected to rise 12 percent.", "12 percent", "target"),
    ("The harvest is estimated to reach 2 million tons.", "2 million tons", "target"),
    ("The plant is set to employ 1,500 people.", "1,500", "target"),
    ("The new line will carry 30,000 passengers a day.", "30,000", "target"),
    ("The project would create 2,000 jobs.", "2,000", "target"),
    ("Revenue should top $5 billion.", "$5 billion", "target"),
    ("The region will have 500 charging stations by 2025.", "500", "target"),
    ("Solar capacity is to reach 20 GW by 2030.", "20 GW", "target"),
    ("The company intends to invest $300 million.", "$300 million", "target"),
    ("The province hopes to raise GDP by 7 percent.", "7 percent", "target"),
    ("The city is on track to plant 40,000 trees.", "40,000", "target"),
    ("Officials anticipate 5 million visitors.", "5 million", "target"),
    ("The government pledged $80 million for schools.", "$80 million", "target"),
    ("The county is expected to produce 300,000 tons of apples this year.", "300,000 tons", "target"),
    ("The target for 2025 is 12 percent.", "12 percent", "target"),
    ("Sales are likely to exceed 9 billion yuan.", "9 billion yuan", "target"),
    ("The economy is forecast to grow 5.5 percent.", "5.5 percent", "target"),
    ("The province has set a target of 80 percent.", "80 percent", "target"),
    ("The firm seeks to double capacity to 400 MW.", "400 MW", "target"),
    ("Exports rose 10 percent to $4 billion in 2020.", "$4 billion", "actual"),
    ("Growth was 6.1 percent, higher than the 5 percent that was expected.", "6.1 percent", "actual"),
    ("Sales reached 3 billion yuan, beating forecasts.", "3 billion yuan", "actual"),
    ("The city planted 40,000 trees last year and plans to plant more.", "40,000", "actual"),
    ("The plant, which opened in 2019, employs 800 people.", "800", "actual"),
    ("Output grew 8 percent, faster than planned.", "8 percent", "actual"),
    ("GDP grew 7.9 percent, above the target of 6 percent.", "7.9 percent", "actual"),
    ("Exports were expected to reach $5 billion but came in at $4.2 billion.", "$4.2 billion", "actual"),
    ("The firm hired 300 workers in 2020 and will hire more this year.", "300", "actual"),
    ("The province completed 120 projects planned for 2020.", "120", "actual"),
    ("Under the plan, the county built 500 km of roads in 2020.", "500 km", "actual"),
    ("The province has already achieved 90 percent of its target.", "90 percent", "actual"),
    ("Tourism revenue reached 50 billion yuan, and the city aims to double it.", "50 billion yuan", "actual"),
    (
        "The city, which plans to build a new airport, received 9 million tourists last year.",
        "9 million",
        "actual",
    ),
    ("The project, expected to finish next year, has employed 2,000 workers so far.", "2,000", "actual"),
    (
        "The council wants solar to supply 40 percent of power by 2030, up from about 12 percent today.",
        "12 percent",
        "actual",
    ),
    ("The city has asked factories to cut emissions by up to 20 percent.", "20 percent", "target"),
    ("The county was asked to help its 900 poorest households.", "900", "actual"),
    ("Carmaker to build $2 billion plant", "$2 billion", "target"),
    ("Funds will go to the port, which at 14 km is the longest in the region.", "14 km", "actual"),
    (
        "Among the new projects is a $900 million mill near the river, which will open next year.",
        "$900 million",
        "target",
    ),
    ("Its orders amounted to 60 million yuan.", "60 million yuan", "actual"),
]

# more wordings: predictions, projections, 'planning a', goals met, asides with a plan
STATUS += [
    ("The county expects to harvest 40,000 tons of apples this autumn.", "40,000 tons", "target"),
    ("By 2027, the zone will be home to 500 companies.", "500", "target"),
    ("The city has pledged to cut emissions 45 percent by 2030.", "45 percent", "target"),
    ("Officials predict 3 million visitors next year.", "3 million", "target"),
    ("Budget writers project revenue of $38 billion in fiscal 2024.", "$38 billion", "target"),
    ("The company is planning a $2 billion expansion.", "$2 billion", "target"),
    ("The line, due to open in 2025, will cost $4 billion.", "$4 billion", "target"),
    (
        "Under the 14th Five-Year Plan, the province aims for GDP growth of about 6 percent a year.",
        "6 percent",
        "target",
    ),
    ("The target is to lift 10,000 people out of poverty.", "10,000", "target"),
    ("The scheme is meant to create 3,000 jobs.", "3,000", "target"),
    ("The province met its goal, creating 120,000 jobs in 2020.", "120,000", "actual"),
    ("Last year the city attracted 5 million tourists.", "5 million", "actual"),
    ("The plan, launched in 2019, has so far created 8,000 jobs.", "8,000", "actual"),
    ("GDP grew 8.1 percent, beating the government's target of about 6 percent.", "8.1 percent", "actual"),
    ("Exports reached $20 billion, exceeding expectations.", "$20 billion", "actual"),
    ("The plant, which will expand next year, now employs 600 people.", "600", "actual"),
    ("The firm, planning a listing, posted sales of 2 billion yuan last year.", "2 billion yuan", "actual"),
    ("The city said it had completed 90 percent of its annual target.", "90 percent", "actual"),
    ("Revenue hit $5 billion in 2020, and the firm expects more growth.", "$5 billion", "actual"),
]


# a result reached by a past date is not a plan; a purpose infinitive names a planned object
STATUS += [
    (
        "Wind capacity reached 6 gigawatts by the end of March, accounting for 25 percent of the total.",
        "25 percent",
        "actual",
    ),
    ("The province will have 300 charging stations by the end of the year.", "300", "target"),
    (
        "The state set aside 900 million yuan to help the county restore 3,000 hectares of wetland.",
        "3,000 hectares",
        "target",
    ),
]

# what is being built is a plan; what was built is a result
STATUS += [
    ("The county is building a tramway that will link 14 towns along the river.", "14", "target"),
    ("Engineers are now constructing a 60-km pipeline to the coast.", "60-km", "target"),
    ("The county built a tramway linking 14 towns along the river in 2019.", "14", "actual"),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), STATUS)
def test_status_vocabulary(sentence: str, figure: str, expected: str) -> None:
    got = _facts(sentence)
    assert figure in got, list(got)
    assert got[figure].status == expected, got[figure].rules


# share vs change vs ratio vs level, with direction (own sentences, whole pipeline)
KINDS = [
    ("Services accounted for 54 percent of GDP.", "54 percent", "share", None),
    ("Private firms made up 60 percent of exports.", "60 percent", "share", None),
    ("The sector represents 12 percent of the economy.", "12 percent", "share", None),
    ("Women hold 38 percent of the jobs in the industry.", "38 percent", "share", None),
    ("Renewables supplied 45 percent of the region's electricity.", "45 percent", "share", None),
    ("The share of high-tech products rose to 31 percent.", "31 percent", "share", None),
    ("About 70 percent of the residents live in cities.", "70 percent", "share", None),
    ("The province's share of national output is 8 percent.", "8 percent", "share", None),
    ("Tourism contributes 11 percent of the city's income.", "11 percent", "share", None),
    ("The urbanization rate reached 63 percent.", "63 percent", "share", None),
    ("Its proportion of total trade stood at 25 percent.", "25 percent", "share", None),
    ("Exports rose 12 percent to $9 billion.", "12 percent", "change", "up"),
    ("Exports fell 8 percent.", "8 percent", "change", "down"),
    ("Retail sales were up 5.2 percent from a year earlier.", "5.2 percent", "change", "up"),
    ("Output slipped 0.4 percent in March.", "0.4 percent", "change", "down"),
    ("Investment surged 30 percent.", "30 percent", "change", "up"),
    ("GDP expanded 6 percent in the first quarter.", "6 percent", "change", "up"),
    ("Income registered growth of 9 percent.", "9 percent", "change", "up"),
    ("The economy contracted by 2.1 percent.", "2.1 percent", "change", "down"),
    ("Sales posted a 15 percent gain.", "15 percent", "change", "up"),
    ("Imports recorded a 3 percent drop.", "3 percent", "change", "down"),
    ("Exports doubled to $4 billion.", "$4 billion", "level", None),
    ("Profits tumbled 40 percent.", "40 percent", "change", "down"),
    ("Revenue edged down 1 percent.", "1 percent", "change", "down"),
    ("Visitor numbers plunged 60 percent.", "60 percent", "change", "down"),
    ("The unemployment rate fell 0.3 percentage points.", "0.3 percentage points", "change", "down"),
    ("Prices went up 4 percent.", "4 percent", "change", "up"),
    ("Sales were 12 percent higher than a year earlier.", "12 percent", "change", "up"),
    ("Output was 7 percent lower year-on-year.", "7 percent", "change", "down"),
    ("Output increased 2.5 times from 2015.", "2.5 times", "change", "up"),
    ("Exports grew at an average annual rate of 8 percent.", "8 percent", "change", "up"),
    ("A 10 percent increase in tourist numbers was recorded.", "10 percent", "change", "up"),
    ("Output rebounded 9 percent.", "9 percent", "change", "up"),
    ("Sales slumped 20 percent.", "20 percent", "change", "down"),
    ("Employment shrank 3 percent.", "3 percent", "change", "down"),
    ("Car sales were down 11 percent.", "11 percent", "change", "down"),
    ("Urban incomes are 2.5 times those of rural residents.", "2.5 times", "ratio", None),
    (
        "Its growth rate was 1.2 percentage points higher than the national average.",
        "1.2 percentage points",
        "ratio",
        None,
    ),
    ("Wages are 20 percent higher than the national average.", "20 percent", "ratio", None),
    ("Farmers earn three times as much as factory workers.", "three times", "ratio", None),
    ("The tax rate is 25 percent.", "25 percent", "level", None),
    ("Exports reached $9 billion.", "$9 billion", "level", None),
    (
        "The new line will cut the cost of shipping grain from the farms to the port by 30 percent.",
        "30 percent",
        "change",
        "down",
    ),
    ("Prices have risen by up to 25 percent since May.", "25 percent", "change", "up"),
    (
        "Hotel bookings reached 88 percent of the number seen in the same month of 2019.",
        "88 percent",
        "ratio",
        None,
    ),
    ("Growth slowed to 4.5 percent in the third quarter.", "4.5 percent", "change", "up"),
    ("The ratio of urban to rural income narrowed to 2.3 times.", "2.3 times", "ratio", None),
    ("The jobless rate edged up to 4.4 percent.", "4.4 percent", "share", None),
]


# 'N times what ...' compares with another thing; an adverb may sit between a verb of change and 'by';
# a success or failure rate is a part of a whole
KINDS += [
    ("Herders now earn four times what their parents made from grain.", "four times", "ratio", None),
    (
        "Chip output grew even faster, by 30 percent, and its share of the total climbed.",
        "30 percent",
        "change",
        "up",
    ),
    ("Sales fell sharply, by 12 percent, as demand cooled.", "12 percent", "change", "down"),
    (
        "The pass rate of the new driving test is only about 40 percent, officials said.",
        "40 percent",
        "share",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "kind", "direction"), KINDS)
def test_kind_vocabulary(sentence: str, figure: str, kind: str, direction: str | None) -> None:
    got = _facts(sentence)
    assert figure in got, list(got)
    assert (got[figure].kind, got[figure].direction) == (kind, direction), got[figure].rules


@pytest.mark.parametrize(
    ("before", "after", "period", "expected"),
    [
        # against the year before the figure's own: year-on-year
        ("Value added reached 9 billion euros in 2021, up ", " on 2020.", "2021", "yoy"),
        ("Arrivals hit 3 million, ", " more than in the same period of 2022.", "2023-01/2023-06", "yoy"),
        ("Rents have climbed by ", " since last year.", "2023", "yoy"),
        # against an older year: since
        ("Output was ", " higher than in 2019.", "2021", "since"),
        ("The population grew by ", " between the 2010 and 2020 censuses.", "2020", "since"),
        # against something that is not a time: no basis
        ("The railway will cut freight costs by ", " compared with trucking.", "2021", "unspecified"),
        # an average in the next clause belongs to the next figure
        ("Compared with 2019, sales were ", " higher, an average growth of", "2021", "since"),
    ],
)
def test_basis_against_what(before: str, after: str, period: str, expected: str) -> None:
    has_since = "Compared with 2019" in before
    got = basis_of(before, after, before + after, has_since, False, has_period=True, period=period)
    assert got[0] == expected, got


@pytest.mark.parametrize(
    ("before", "after", "period", "expected"),
    [
        # a part of a year's growth is against the same part of the year before
        ("Freight volume climbed ", " to 40 million tons in the first half.", "2021-01/2021-06", "yoy"),
        # a whole year's growth that names no comparison: unspecified
        ("The county's revenue rose ", " last year to 4.2 billion yuan.", "2020", "unspecified"),
        ("Rural incomes were 12,400 yuan in 2020, up ", ".", "2020", "unspecified"),
        # the time of the figure is no comparison; an earlier time after 'than', 'from', 'the figure' is
        ("Tea sales rose ", " last year, the cooperative said.", "2020", "unspecified"),
        ("Tea sales were ", " higher than in 2016.", "2020", "since"),
        ("Wind capacity reached 9 GW in June, nearly ", " the level three years ago.", "2021-06", "since"),
    ],
)
def test_basis_whole_year_and_comparisons(before: str, after: str, period: str, expected: str) -> None:
    got = basis_of(before, after, before + after, False, False, has_period=True, period=period)
    assert got[0] == expected, got


@pytest.mark.parametrize(
    ("text", "figure", "basis"),
    [
        # a year-on-year of a sentence about another period does not carry to last year's growth
        (
            "Retail sales grew 6.1 percent year-on-year in the first half. "
            "Last year, the city's economy expanded by 7.4 percent to 90 billion yuan.",
            "7.4 percent",
            "unspecified",
        ),
        # it carries to the next sentence about the same period
        (
            "In the first half, exports rose 20.5 percent year-on-year to 3 billion yuan. "
            "Imports grew 11.2 percent in the first half.",
            "11.2 percent",
            "yoy",
        ),
        # a year-on-year in a later clause belongs to its own figure
        (
            "Last year, the county's output rose 3.3 percent to 5 billion yuan, and its exports reached "
            "2 billion yuan, up 9.1 percent year-on-year.",
            "3.3 percent",
            "unspecified",
        ),
        # coordinated figures share the year-on-year after the last of them
        (
            (
                "In the first half, sales and profits posted "
                "increases of 14 percent and 22 percent year-on-year."
            ),
            "14 percent",
            "yoy",
        ),
    ],
)
def test_yoy_discourse(text: str, figure: str, basis: str) -> None:
    got = _facts(text)
    assert got[figure].basis == basis, got[figure].rules


@pytest.mark.parametrize(
    ("before", "after", "kind", "direction"),
    [
        # an amount more or fewer than at an earlier time is the difference: a change
        (
            "Registered guesthouses numbered 1,900 at the end of June, ",
            " more than a year earlier.",
            "change",
            "up",
        ),
        ("The port handled 800 trains, ", " fewer than in 2019.", "change", "down"),
        # 'more than' before a figure is an approximator, and a plain amount stays a level
        ("The port handled more than ", " trains in the first half.", "level", None),
    ],
)
def test_amount_than_earlier(before: str, after: str, kind: str, direction: str | None) -> None:
    info = classify(_q("count"), before, after, before + after)
    assert (info.kind, info.direction) == (kind, direction), info.rules


@pytest.mark.parametrize(
    ("before", "after", "future", "expected"),
    [
        # a result reached by a past date, also when a figure with a thousands comma stands before 'by'
        (
            "The number of cooperatives rose to 4,318 by the end of March, ",
            " more than a year earlier",
            False,
            None,
        ),
        (
            "The number of cooperatives will rise to 4,318 by the end of 2025, ",
            " more than now",
            True,
            "target",
        ),
    ],
)
def test_result_by_a_past_date(before: str, after: str, future: bool, expected: str | None) -> None:
    got = status_of(before, after, rest=after, future=future)
    assert (got[0] if got else None) == expected, got


@pytest.mark.parametrize(
    ("text", "figure", "kept"),
    [
        # an ordinal with any superlative is a rank
        (
            "The port handled 9 million tons, making it the seventh-busiest port in Asia.",
            "seventh-busiest",
            True,
        ),
        ("Kenya is the country's second-biggest buyer of its tea.", "second-biggest", True),
        # a superlative of a place ranked among its peers is a rank
        ("Ghana's largest container terminal opened in Tema.", "largest", True),
        # a superlative ranking a part of the place's own economy is not
        ("Copper remained the province's biggest export item last year.", "biggest", False),
        ("Thailand, the region's largest trading partner, bought 2 billion yuan of fruit.", "largest", False),
        ("Germany remained the largest source market for its visitors.", "largest", False),
        # the first of a personal account is no ranking
        ("The first thing we saw in Lhasa was the palace.", "first", False),
        ("It was the first city in China to ban plastic bags.", "first", True),
    ],
)
def test_which_ranks_are_kept(text: str, figure: str, kept: bool) -> None:
    got = _facts(text)
    assert (figure in got and got[figure].unit == "rank") == kept, {k: v.unit for k, v in got.items()}


# The literal gate in front of each cue regex (kinds.Quick) only skips texts the regex cannot match:
# every method answers as the regex itself, also for upper case and text that folds specially.
_GATE_TEXTS = [
    "",
    "Exports rose 12 percent year-on-year",
    "EXPORTS ROSE BY",
    "the province plans to build a new plant by the end of 2025, which will",
    "İSTANBUL WİLL GROW",
    "ſhould reach",
    "the unemployment rate edged up to",
    "nothing to see here",
    "ﬁrst-half sales",
]


@pytest.mark.parametrize(
    "name",
    ["up", "down", "change_before", "target", "yoy", "share_rate", "than_after", "future_relative",
     "earlier_time", "compared_year"],
)
@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_gated_cue_answers_as_its_regex(name: str, text: str) -> None:
    quick, rx = _rx(name), _compiled(name)
    assert quick.gate is not None  # these cues all have literals a match must contain
    assert _span(quick.search(text)) == _span(rx.search(text))
    assert _span(quick.match(text)) == _span(rx.match(text))
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert quick.findall(text) == rx.findall(text)
    assert quick.has(text) == (rx.search(text) is not None)
    assert quick.span(text) == _span(rx.search(text))
    assert quick.starts(text) == (rx.match(text) is not None)
    assert quick.starts(text + " x" * 200) == (rx.match(text + " x" * 200) is not None)
    assert _span(quick.match(text + " x" * 200)) == _span(rx.match(text + " x" * 200))


def _all_cue_names() -> list[str]:
    from tally.data import load

    return [k for k, v in load("kind_cues").items() if isinstance(v, str) and k not in ("up_words",)]


def _every_cue() -> list[tuple[str, Quick, re.Pattern[str]]]:
    """Each kind cue that compiles: its name, its Quick and its plain regex."""
    names = []
    for name in _all_cue_names():
        try:
            names.append((name, _rx(name), _compiled(name)))
        except (KeyError, re.error):
            continue
    return names


def test_every_cue_and_twin_answer_as_the_regex_on_report_sentences() -> None:
    """The lower-case twin a Quick answers with on ASCII text finds what the cue regex finds."""
    names = _every_cue()
    assert any(q.twin is not None for _n, q, _rx_ in names)
    for sent in [*example_sentences(), *_GATE_TEXTS]:
        for cut in (sent, sent[: len(sent) // 2], sent[len(sent) // 2 :]):
            for name, quick, rx in names:
                assert quick.has(cut) == (rx.search(cut) is not None), (name, cut)
                assert quick.span(cut) == _span(rx.search(cut)), (name, cut)
                assert quick.starts(cut) == (rx.match(cut) is not None), (name, cut)


def _span(m: object) -> tuple[int, int] | None:
    return m.span() if isinstance(m, re.Match) else None


@pytest.mark.parametrize("name", ["up", "down", "share", "yoy", "change_before", "target"])
def test_match_starts_are_those_of_finditer(name: str) -> None:
    """``Quick.match_starts`` (the twin on ASCII text) gives the starts ``finditer`` gives."""
    quick = _rx(name)
    texts = [*example_sentences(), "GDP ROSE and Exports Fell", "İmports fell", "Growth slowed to ", ""]
    for text in texts:
        assert quick.match_starts(text) == [m.start() for m in quick.finditer(text)], text


@pytest.mark.parametrize(
    ("lits", "few"),
    [
        (None, None),
        (frozenset({"than", "above", "below"}), ("above", "below", "than")),
        # a literal containing another is present only where that one is: the shorter answers
        (frozenset({"as", "as much as", "than", "that of"}), ("as", "than", "that of")),
        (frozenset({"of"}), ("of",)),
        (frozenset(f"w{i}x" for i in range(_FEW + 1)), None),  # too many: the gate's regex answers
    ],
)
def test_few_gate_literals(lits: frozenset[str] | None, few: tuple[str, ...] | None) -> None:
    assert _few(lits) == few


def test_few_literal_gates_are_used() -> None:
    """Cues with a few gate literals test them with ``in`` (covered above: they answer as the regex)."""
    assert _rx("than_after").few == ("above", "below", "than")
    assert _rx("up").few is None


def test_mid_gate_literals() -> None:
    """A gate of more than ``_FEW`` literals, up to ``_MID``, is kept for ``_from``'s ``in`` tests."""
    many = frozenset(f"w{i}x" for i in range(_MID))
    assert _few(many) is None
    assert _few(many, _MID) == tuple(sorted(many))
    assert _few(many | {"w99x"}, _MID) is None
    for name in ("share_before", "target_met", "compared_earlier"):
        mid = _rx(name).mid
        assert mid is not None and _FEW < len(mid) <= _MID, name
    assert _rx("than_after").mid is None  # (``few`` answers)


def _mangled(words: list[str], rng: random.Random) -> str:
    """A random short text of ``words`` (some of them cut short or upper-cased) and filler."""
    parts = []
    for _ in range(rng.randint(0, 12)):
        roll = rng.random()
        if roll < 0.35:
            w = rng.choice(words)
            w = w[: rng.randint(1, len(w))] if rng.random() < 0.3 else w
            parts.append(w.upper() if rng.random() < 0.2 else w)
        elif roll < 0.5:
            parts.append(rng.choice(["", ",", ".", "-", "\n", "é", "1.5", "%"]))
        else:
            parts.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 8))))
    return rng.choice([" ", "  ", ""]).join(parts)


@pytest.mark.parametrize("name", ["share_before", "target_met", "compared_earlier", "share", "growth_noun"])
def test_mid_literals_answer_as_the_gate(name: str) -> None:
    """``_from``, ``has``, ``span`` and ``search`` with the ``mid`` literals tested by ``in`` answer as
    with the gate's search (the same Quick without ``mid``), on random texts short and long."""
    quick = _rx(name)
    assert quick.mid is not None
    plain = dataclasses.replace(quick, mid=None)
    words = sorted(gate_of(quick.rx) or ()) + ["up", "by", "of", "the", "to", "year", "rate"]
    rng = random.Random(name)
    found = 0
    for _ in range(3000):
        text = _mangled(words, rng)
        if rng.random() < 0.1:
            text = text * (1 + _MID_LEN // max(len(text), 1))  # past ``_MID_LEN``: the gate searches
        low = text.lower()
        if text.isascii():
            assert (quick._from(low) < 0) == (plain._from(low) < 0), text
        assert quick.has(text) == plain.has(text) == (quick.rx.search(text) is not None), text
        assert quick.span(text) == plain.span(text), text
        m, n = quick.search(text), plain.search(text)
        assert (m and m.span()) == (n and n.span()), text
        found += m is not None
    assert found > 0  # (the texts do match now and then)


CLAUSE_TEXTS = ["", ",", ";", "a,b;c", "a;b,c", "abc", ",a", "a,", ";;", "x;y", "x,y", ",;", ";,", "a, b; c"]


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_clause_cuts_as_the_split(text: str) -> None:
    from tally.extract import kinds as K

    assert K._last_clause(text) == K._RX_STATUS_OF_2.split(text)[-1]
    assert K._first_clause(text) == K._RX_STATUS_OF_2.split(text, maxsplit=1)[0]


HEADLINE_WINDOWS = [
    "The county aims to create ",
    "The city will build up to ",
    "Officials urged the firms to hire ",
    "The mill ran at full tilt all year long and the town plans to build ",
    "Café owners in Zürich said they will invest ",
    "Café owners in Zürich want to build their ",
    "The builders added ",
    "Sales grew to ",
    "x",
]


@pytest.mark.parametrize("b", HEADLINE_WINDOWS)
def test_headline_cue_as_the_cue(b: str) -> None:
    """``_headline_cue`` (told by the plan scan what is in the window, asked again) answers as the cue."""
    from tally.extract import kinds as K

    want = K._rx("target_headline").has(b[-60:])
    for scan_first in (False, True):
        K._last_plan_window[0] = ("", False, False, -1)
        K._last_headline_window[0] = ("", False)
        if scan_first:
            K._plan_literal_in(b)
        assert K._headline_cue(b) == want
        assert K._headline_cue(b) == want


QUICK_TEXTS = [
    "each family earned about",
    "each of the families",
    "Each household in the village",
    "the families each",
    "ÉACH worker, and each resident",
    "",
]


@pytest.mark.parametrize("text", QUICK_TEXTS)
def test_quick_pre_gate_as_the_regex(text: str) -> None:
    """A Quick with a pre-gate (a few literals of another gate) answers as its regex."""
    from tally.extract.kinds import Quick

    nouns = "family|household|person|worker|villager|member|farmer|resident|student"
    rx = re.compile(rf"\beach\s+({nouns})\b", re.I)
    q = Quick.of(rx)
    assert q.pre == ("each",)
    assert q.has(text) == (rx.search(text) is not None)
    assert [m.span() for m in q.finditer(text)] == [m.span() for m in rx.finditer(text)]


def _cue_names() -> list[str]:
    from tally.data import load

    return sorted(k for k, v in load("kind_cues").items() if isinstance(v, str) and k not in ("up", "down"))


def test_quick_searches_from_the_gate_as_the_regex() -> None:
    """A Quick whose gate's search tells where a match may start (``back``) finds what its regex
    finds, on every sentence of the example reports cut into windows as the callers cut them."""
    from report_sentences import example_sentences

    from tally.extract.kinds import _rx

    quicks = [q for q in (_rx(n) for n in _cue_names() + ["up", "down"]) if q.back >= 0]
    assert len(quicks) >= 5
    texts = [
        s[i : i + n] for s in example_sentences()[:400] for i in range(0, len(s), 23) for n in (40, 90, 140)
    ]
    for q in quicks:
        for t in texts:
            m = q.rx.search(t)
            assert q.has(t) == (m is not None), (q.rx.pattern, t)
            assert q.span(t) == (None if m is None else m.span()), (q.rx.pattern, t)
            got = q.search(t)
            assert (None if got is None else got.span()) == (None if m is None else m.span())
            assert q.match_starts(t) == [x.start() for x in q.rx.finditer(t)]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose", "output edged up", "sales picked up by", "a markup of", "Group revenue GREW",
        "the company’s output rose", "profits Soared", "no change here", "", "up", "Up to", "setup grew",
    ],
)
def test_quick_open_span_as_the_regex(text: str) -> None:
    """``Quick.open_span`` (no gate) finds the span ``span`` and the cue regex itself find."""
    for name in ("change_before", "change_before_far", "change_by_far", "change_after", "yoy", "share"):
        q = _rx(name)
        m = q.rx.search(text)
        want = None if m is None else m.span()
        assert q.open_span(text) == want == q.span(text), (name, text)


def test_quick_open_span_on_example_windows() -> None:
    from report_sentences import example_sentences

    q = _rx("change_before")
    for s in example_sentences()[:400]:
        for i in range(0, len(s), 17):
            t = s[max(0, i - 60) : i]
            assert q.open_span(t) == q.span(t), t


TAIL_TEXTS = [
    "the rate rose to", "the rate rose to about ", "rose to more than\n", "fell by", "fell by roughly  \n",
    "nearby", "went into", "up to almost", "by some", "toabout", "moved to 9", "to\n\n", "by  more than ",
    "", " ", "grew by over\t", "rose to over 5", "a photo by", "into", "tomorrow",
]


@pytest.mark.parametrize("text", TAIL_TEXTS)
def test_tail_pretests_as_the_patterns(text: str) -> None:
    from tally.extract import kinds as K

    assert K._ends_to(text) == (K._RX_CLASSIFY_1.search(text) is not None)
    assert K._ends_by(text) == (K._RX_CLASSIFY_3.search(text) is not None)


DIRECTION_TEXTS = [
    "rose", "fell", "rose after it fell", "fell after it rose", "", "steady", "down from a rise",
    "dropped, then climbed", "up", "down",
]


@pytest.mark.parametrize("text", DIRECTION_TEXTS)
def test_direction_of_as_both_cues(text: str) -> None:
    """``direction_of`` (the rises looked for only after a fall) answers as comparing both cues."""
    from tally.extract.kinds import direction_of

    ups, downs = _rx("up").match_starts(text), _rx("down").match_starts(text)
    assert direction_of(text) == ("down" if downs and (not ups or max(downs) > max(ups)) else "up")


TARGET_WINDOWS = [
    "The company said it would add 300 jobs and plans to invest ",
    "Exports reached ",
    "The memorandum of understanding signed on Monday aims to raise output by the end of ",
    "Officials expect the plant, which May open in spring, to produce ",
    "the firm may well reach ",
    "By the end of the year the mill had hired ",
    "The city Could see a rise of ",
    "Café owners in Zürich plan to spend ",
    "sales could well double and might rise, the firm is likely to hire ",
    "the board were unlikely to approve a projection of ",
    "",
]


@pytest.mark.parametrize("b", TARGET_WINDOWS)
def test_target_matches_after_the_plan_scan_as_the_cue(b: str) -> None:
    """``_target_matches`` searching from where the plan scan found the first gate word of ``target``
    finds what the cue finds (and what it finds without the scan)."""
    from tally.extract import kinds as K

    want = [(m.span(), m.group(0).lower()) for m in K._compiled("target").finditer(b)]
    for scan_first in (False, True):
        K._last_plan_window[0] = ("", False, False, -1)
        if scan_first:
            K._plan_literal_in(b)
        got = [(m.span(), m.group(0).lower()) for m in K._target_matches(b)]
        assert got == want


def test_checked_twin_regrouped_as_the_plain_twin() -> None:
    """The checked twin of ``target`` (its ``(?-i:...)`` groups plain, its words regrouped by first
    letter) finds on lower-cased report sentences what the lower-cased cue, case-sensitive, finds."""
    from tally.extract import kinds as K

    src = K._compiled("target").pattern.lower()
    plain = re.compile(src)
    twin = K._checked_twin("target")
    assert twin is not None and twin.pattern != src
    texts = [s.lower() for s in example_sentences()] + [b.lower() for b in TARGET_WINDOWS]
    for text in texts:
        for at in (0, len(text) // 3):
            assert [m.span() for m in twin.finditer(text, at)] == [m.span() for m in plain.finditer(text, at)]


@pytest.mark.parametrize(
    ("after", "status"),
    [
        ("", None),
        (" by 2030", "target"),
        (" (in 2022 prices) by the end of 2027", "target"),
        (" for the year", None),
        ("by2030", None),
        (" By 2030", None),
        (" bay 2030", None),
    ],
)
def test_status_by_year_pretest(after: str, status: str | None) -> None:
    """The "by" test before the by-a-year regex (``status_of``) rejects only what the regex rejects."""
    from tally.extract import kinds as K

    if "by" not in after:
        assert K._RX_STATUS_OF_1.match(after) is None
    got = K.status_of("Output of the mill is ", after)
    assert (got[0] if got else None) == status


@pytest.mark.parametrize(
    ("local", "period"),
    [
        ("up 7.2 per cent on 2020 ", "2021"),
        ("up 7.2 per cent on 2019 ", "2021"),
        ("up from 2020 levels", "2021-03"),
        ("compared with 2022, when", "2022/2023"),
        ("than in 2020", "2021"),
        ("no year here", "2021"),
        ("since 2020", None),
    ],
)
def test_year_before_as_the_cue(local: str, period: str | None) -> None:
    """``_year_before`` (the prior year looked for in the text first) answers as the cue's search."""
    from tally.extract import kinds as K

    want = False
    if period:
        m = K._RX_YEAR_BEFORE_1.match(period.split("/")[-1])
        if m:
            prior = str(int(m.group(1)) - 1)
            want = any(y == prior for y in K._compiled("compared_year").findall(local))
    assert K._year_before(local, period) == want


# non-ASCII texts: curly quotes, dashes, accented and non-Latin letters, cased ones among them, and
# the four characters re matches case-blind to an ASCII letter (then the cue's own regex answers)
_MIXED_EDITS = [
    ("'", "’"), (" - ", " — "), ("e", "é"), ("E", "É"), ("o", "ö"), ("a", "α"), ("s", "ß"),
    ("i", "\u0130"), ("i", "\u0131"), ("s", "\u017f"), ("k", "\u212a"), ("K", "\u212a"),
]


def test_mixed_twin_answers_as_the_regex_on_non_ascii_text() -> None:
    """On a non-ASCII text a Quick's twin answers on the text with its ASCII letters alone
    lower-cased (``_ascii_lowered``): it finds what the cue regex finds, span for span."""
    from tally.extract.kinds import _ascii_lowered

    names = _every_cue()
    assert any(q.mixed for _n, q, _rx_ in names)
    texts = []
    for sent in [*example_sentences()[:120], *_GATE_TEXTS, *TARGET_WINDOWS]:
        for old, new in _MIXED_EDITS:
            texts.append(sent.replace(old, new, 3))
        texts.append("Zürich " + sent.upper())
    for text in texts:
        lowered = _ascii_lowered(text)
        assert lowered is None or len(lowered) == len(text)
        for cut in (text, text[len(text) // 2 :], text[-40:]):
            for name, quick, rx in names:
                assert quick.has(cut) == (rx.search(cut) is not None), (name, cut)
                assert quick.span(cut) == _span(rx.search(cut)), (name, cut)
                assert quick.open_span(cut) == _span(rx.search(cut)), (name, cut)
                assert quick.starts(cut) == (rx.match(cut) is not None), (name, cut)
                assert quick.match_starts(cut) == [m.start() for m in rx.finditer(cut)], (name, cut)


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("ABC", "abc"),
        ("Zürich ÉTÉ", "zürich ÉtÉ"),
        ("CAFÉ – ÖL", "cafÉ – Öl"),
        ("İstanbul", None),
        ("ıI", None),
        ("ſS", None),
        ("\u212aK", None),
        ("a\ud800b", None),  # a lone surrogate: no UTF-8 form
        ("", ""),
    ],
)
def test_ascii_lowered(text: str, lowered: str | None) -> None:
    from tally.extract.kinds import _ascii_lowered

    assert _ascii_lowered(text) == lowered


def test_no_mixed_twin_with_a_backreference() -> None:
    from tally.extract.kinds import Quick

    assert not Quick.of(re.compile(r"\b(\w)\1 grows\b", re.IGNORECASE)).mixed
    assert Quick.of(re.compile(r"\bprices? (?:rose|fell)\b", re.IGNORECASE)).mixed


def test_word_starts_and_matches_at_words() -> None:
    """``word_starts`` gives every start of every word once, in order; ``matches_at_words`` and
    ``search_at_words`` find what ``finditer`` and ``search`` find for a pattern whose matches open
    with the words (also overlapping and adjacent ones)."""
    from tally.extract import kinds as K

    assert K.word_starts("abab ab", ("ab", "b", "abab")) == [0, 1, 2, 3, 5, 6]
    assert K.word_starts("", ("ab",)) == []
    rx = re.compile(r"\b(?:ab|aba)\w*\s*", re.IGNORECASE)
    for text in ("ab aba Abab xab ab", "abab", "ABA ab", "xx", "", "ab ab ab"):
        for i in range(len(text) + 1):
            t = text[i:]
            want = [m.span() for m in rx.finditer(t)]
            assert [m.span() for m in K.matches_at_words(rx, t, t.lower(), ("ab", "aba"))] == want, t
            first = rx.search(t)
            got = K.search_at_words(rx, t, t.lower(), ("ab", "aba"))
            assert (got.span() if got else None) == (first.span() if first else None), t

