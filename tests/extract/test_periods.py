"""Time expressions: what they mean and how a fact may use them."""

from __future__ import annotations

import datetime as dt

import pytest

from tally.extract.facts import extract_facts
from tally.extract.periods import find_periods, fiscal_start
from tally.model import Document, Fact

PUB = dt.date(2021, 7, 28)


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Exports rose in 2020.", "2020", "explicit"),
        ("Sales grew in the first half of this year.", "2021-01/2021-06", "explicit"),
        ("Output rose in the first quarter.", "2021-01/2021-03", "explicit"),
        ("Trade reached a record in the first five months.", "2021-01/2021-05", "explicit"),
        ("Trade totaled 5 billion yuan from January to May.", "2021-01/2021-05", "explicit"),
        ("Trade reached 2 billion yuan from March to November.", "2020-03/2020-11", "explicit"),
        ("The county grew during the 13th Five-Year Plan (2016-20).", "2016/2020", "explicit"),
        ("The city plans more during the 14th Five-Year Plan.", "2021/2025", "explicit"),
        ("Income rose 4 percent last year.", "2020", "explicit"),
        ("Income will rise this year.", "2021", "explicit"),
        ("Growers expect to harvest 12 million tons of barley this season.", "2021", "explicit"),
        ("The mill crushed 3 million tons of cane last season.", "2020", "explicit"),
        ("The order was signed in June.", "2021-06", "explicit"),
        ("The order was signed in September.", "2020-09", "explicit"),
        ("The plan was issued on April 30.", "2021-04-30", "explicit"),
        ("Revenue rose in March 2019.", "2019-03", "explicit"),
        ("Output grew 6 percent annually between 2011-15.", "2011/2015", "explicit"),
        ("The industries grew over the past five years.", "2016/2020", "explicit"),
        ("The firm was founded nine years ago.", "2012", "explicit"),
        ("Vaccination began this month.", "2021-07", "explicit"),
        ("Revenue should top 1 trillion yuan by 2025.", "2025", "target"),
        ("Sales should double within three years.", "2024", "target"),
        ("The firm will invest more over the next five years.", "2022/2026", "target"),
        ("Income grew 7 percent a year over the past decade.", "2011/2020", "explicit"),
        ("We aim for 90 percent by the end of the year.", "2021", "target"),
        ("The zone now has 40 companies.", "2021", "now"),
        ("To date, the city has invested 9 billion yuan.", "2021", "now"),
        ("Enrolment in the welding course has already passed 300.", "2021", "now"),
        ("Since 2018, membership has grown to 500 families.", "2021", "now"),
        ("Exports rose during the period.", None, "anaphor"),
        ("That year, income reached 9,000 yuan.", None, "anaphor"),
        ("Exports rose over the past few years.", None, "vague"),
        ("Output doubled in recent years.", None, "vague"),
        ("Admissions rose compared with 2016.", "2016", "basis"),
        ("Exports jumped 20 percent from the same period last year.", None, "basis"),
    ],
)
def test_period_values(text: str, value: str | None, role: str) -> None:
    found = find_periods(text, published=PUB)
    assert found, text
    best = max(found, key=lambda t: t.end - t.start)
    assert (best.value, best.role) == (value, role)


@pytest.mark.parametrize(
    "text",
    [
        "The park covers 2020 hectares.",
        "It sold 2,021 robots.",
        "Prices rose 20.21 percent.",
    ],
)
def test_numbers_are_not_years(text: str) -> None:
    assert not [t for t in find_periods(text, published=PUB) if t.role == "explicit"]


def test_same_period_last_year_is_not_last_year() -> None:
    found = find_periods("Trade jumped 30 percent from the same period last year.", published=PUB)
    assert [t.role for t in found] == ["basis"]


def test_offsets_point_into_the_text() -> None:
    text = "Sales rose. In the first half of 2020, exports fell."
    (t,) = find_periods(text, published=PUB)
    assert text[t.start : t.end] == t.text
    assert t.value == "2020-01/2020-06"


def test_without_publication_date_relative_times_are_unknown() -> None:
    (t,) = find_periods("Income rose last year.", published=None)
    assert t.value is None


PUB23 = dt.date(2023, 1, 20)


@pytest.mark.parametrize(
    ("text", "fiscal", "value", "role"),
    [
        ("The county closed fiscal 2022 with a surplus.", 7, "2021-07/2022-06", "explicit"),
        ("Lawmakers passed a budget for fiscal years 2024 and 2025.", 7, "2023-07/2025-06", "explicit"),
        ("Federal fiscal 2022 receipts rose.", 7, "2021-10/2022-09", "explicit"),
        ("Exports rose to 4 trillion rupees in 2021-22.", 4, "2021-04/2022-03", "explicit"),
        ("Steel output grew in FY22.", 4, "2021-04/2022-03", "explicit"),
        ("Business rates rose in 2021/22.", 4, "2021-04/2022-03", "explicit"),
        ("Road spending rose in the 2019-20 financial year.", 4, "2019-04/2020-03", "explicit"),
        ("The mill grew 9 percent in 2016-17.", 1, "2016/2017", "explicit"),
        (
            "Wool sales fell in the 2018-19 financial year that ended in June.",
            10,
            "2018-07/2019-06",
            "explicit",
        ),
        ("Timber output rose in fiscal 2020, which ended on March 31.", 7, "2019-04/2020-03", "explicit"),
        ("Port fees rose in the 2015/16 fiscal year that ended in December.", 4, "2016", "explicit"),
        ("Spending rose in the year to March 2022.", 4, "2021-04/2022-03", "explicit"),
        ("Sales slipped in the three months to September.", 4, "2022-07/2022-09", "explicit"),
        ("Hotels were full from Oct 1 to 7.", None, "2022-10-01/2022-10-07", "explicit"),
        ("The fair ran from Sept 28 to Oct 3.", None, "2022-09-28/2022-10-03", "explicit"),
        ("Capacity hit 900 MW at the end of December.", None, "2022-12", "explicit"),
        ("Builders started 40 homes since January.", None, "2023-01", "explicit"),
        ("The half-year growth rate was high.", None, "2022-01/2022-06", "explicit"),
        ("Sales were 8 tonnes in January-September.", None, "2022-01/2022-09", "explicit"),
        ("Jobs rose, the most since 2012.", None, None, "basis"),
        ("Wages rose 5 percent from a year earlier.", None, None, "basis"),
        ("Visits were 87 percent of the level of the same period in 2019.", None, None, "basis"),
        ("Capacity was double the figure five years ago.", None, None, "basis"),
        ("The jobless rate was 4 percent a year earlier.", None, "2022", "prior"),
        ("Hotels filled up during the holiday.", None, None, "anaphor"),
        ("It will build six hubs during the plan period.", None, None, "anaphor"),
    ],
)
def test_fiscal_years_spans_and_bases(text: str, fiscal: int | None, value: str | None, role: str) -> None:
    found = find_periods(text, published=PUB23, fiscal=fiscal)
    assert found, text
    best = max(found, key=lambda t: t.end - t.start)
    assert (best.value, best.role) == (value, role)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Exports reached Rs 4,500 crore, up from 3 lakh tonnes.", 4),
        ("The council raised £42m from business rates.", 4),
        ("The governor signed the state budget.", 7),
        ("Output reached 3 billion yuan under the Five-Year Plan.", 1),
        ("Wool exports reached A\\$3.1 billion, or A\\$2.2 billion in wheat.", 7),
        ("Output rose.", None),
    ],
)
def test_fiscal_calendar_from_cue_words(text: str, start: int | None) -> None:
    assert fiscal_start(text) == start


def test_a_closing_day_after_a_fiscal_year_is_dropped() -> None:
    found = find_periods("The state closed fiscal 2022 on June 30 with receipts.", published=PUB23, fiscal=7)
    assert [t.value for t in found] == ["2021-07/2022-06"]


def test_a_budget_share_is_not_a_fiscal_year() -> None:
    assert not find_periods("The budget 20 percent larger.", published=PUB23)


def _facts(text: str, published: dt.date = PUB23) -> dict[str, Fact]:
    document = Document(
        name="t.txt",
        source="t.txt",
        text=text,
        sha256="0" * 64,
        published=published,
        size=len(text.encode("utf-8")),
    )
    facts, _ = extract_facts(document, [])
    return {f.text: f for f in facts}


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        # a figure "a year earlier" is a year before the period reported on
        (
            "Oregon's jobless rate fell to 3.1 percent in December from 4.2 percent a year earlier.",
            "4.2 percent",
            "2020-12",
        ),
        (
            "Rice output rose to 40 tonnes in the 2022 season from 31 tonnes a year earlier.",
            "31 tonnes",
            "2021",
        ),
        # the comparison base is not the period; the sentence's time phrase is
        ("Jobs in Oregon rose by 9,600 last year, the most since 2012.", "9,600", "2021"),
        # a time phrase opening the sentence dates figures outside a clause with its own time
        (
            "At a ceremony in Salem on Aug 2, Oregon signed 62 projects worth 58.6 billion yuan, "
            "the third batch this year.",
            "58.6 billion yuan",
            "2022-08-02",
        ),
        # a deadline does not reach across a clause boundary
        (
            "The firm plans to raise capacity to 900 tons by 2025 and has signed up 4,000 farmers.",
            "4,000",
            None,
        ),
        (
            "The county has drawn 45 parts makers, and it aims to lift sales to 80 billion yuan by 2027.",
            "45",
            None,
        ),
        ("Spread over 7,000 hectares, the park is to generate 30 GW by 2026.", "7,000 hectares", None),
        # "the plan period" is the plan named before
        (
            "Oregon set goals for the 14th Five-Year Plan (2021-25). "
            "It will build six hubs during the plan period.",
            "six",
            "2021/2025",
        ),
        (
            "Oregon set goals for the 14th Five-Year Plan (2021-25). "
            "The plan sets a target of 50 percent by the end of the period.",
            "50 percent",
            "2025",
        ),
        # "now" in a report on this year's first half is that half when it reports a result
        (
            "Oregon's GDP grew 9 percent in the first half of this year. "
            "Services now generate 61 percent of GDP, up 2 percentage points from a year earlier.",
            "61 percent",
            "2022-01/2022-06",
        ),
        (
            "Oregon's GDP grew 9 percent in the first half of this year. Salem now has 14 malls.",
            "14",
            "2022",
        ),
        # a time of a side remark does not become the context
        (
            "Growth slowed to 11 percent in the second quarter, after a slump in early 2020. "
            "Exports rose 5 percent.",
            "5 percent",
            "2022-04/2022-06",
        ),
        # "It is home to" states what stands today, it does not refer back to the period
        (
            "Oregon's GDP grew 9 percent in the first half. It is home to 2,900 companies.",
            "2,900",
            None,
        ),
        # a total added up since a year runs from that year to publication; a stock reached does not
        ("The county has lost more than 300 hectares of farmland since 2015.", "300 hectares", "2015/2022"),
        ("Since 2018, the club has grown to 400 members.", "400", "2022"),
        (
            (
                "The city opened the fund in 2012. Since then, it "
                "has granted a total of 90 million yuan to startups."
            ),
            "90 million yuan",
            "2012/2022",
        ),
        ("Over the past eight years, the scheme has helped more than 9,000 families.", "9,000", "2014/2022"),
        (
            "Exports have grown at an average annual rate of 6 percent over the past five years.",
            "6 percent",
            "2017/2021",
        ),
        # a time in a past relative clause does not date the standing figure before it
        (
            "The town has more than 800 people working in tea, which earned 30 million yuan last year.",
            "800",
            None,
        ),
        # only a cumulative 'to date' carries into a perfect-tense sentence
        ("Ana now works at a mill in the town. The county has invested a total of 5 million yuan in it.", "5 million yuan", None),  # noqa: E501
        ("To date, the county has trained 900 farmers. It has also built 40 greenhouses.", "40", "2022"),
        # a perfect-tense total right after a span of years sums up that span
        ("The county rebuilt 6,000 homes from 2015 to 2020. A total of 20,000 people have benefited.", "20,000", "2015/2020"),  # noqa: E501
        # a present-tense relative clause takes no carried plan period
        (
            "The city will spend 2 billion yuan by 2027. Part of it goes to the tram, which at 40 km is the longest in the region.",  # noqa: E501
            "40 km",
            None,
        ),
        # 'their ...' after a 'now' sentence is still now
        ("The region now has 40 industrial parks. Their combined output surpasses 90 billion yuan.", "90 billion yuan", "2022"),  # noqa: E501
        # a pull-quote takes the period of the same figure in the body
        (
            "Oregon's trade reached 9 billion yuan in the first half, "
            "making up 42.5 percent of the total.\n\n"
            "Trade with Japan makes up 42.5 percent of total",
            "42.5 percent",
            "2022-01/2022-06",
        ),
        # a perfect with an irregular participle is no simple past: nothing is carried
        ("Last year the city sold 9,000 cars. The city has built 75 charging depots.", "75", None),
        (
            "Last year the port handled 3 million tons. Over 50 shippers have set up offices there.",
            "50",
            None,
        ),
        # a deadline after 'and plans to' dates only that clause
        (
            "The county has planted 4,000 hectares of tea and plans to add 900 more by 2026.",
            "4,000 hectares",
            None,
        ),
        # 'as many as a year earlier' is the base of the comparison, not the period
        (
            "The plant made 8,000 trucks in the first half, twice as many as a year earlier, and its sales rose to 3 billion yuan.",  # noqa: E501
            "3 billion yuan",
            "2022-01/2022-06",
        ),
        # a part singled out with 'alone' does not replace the period reported on
        (
            "Oregon's output rose 6 percent in the first six months. In May alone, it rose 2 percent. "
            "Retail sales climbed 4 percent.",
            "4 percent",
            "2022-01/2022-06",
        ),
        # 'during the six months' is the latest six-month period named
        (
            "Oregon's GDP grew 8 percent in the first half. In the first quarter, it had grown 9 percent. "
            "Exports rose 11 percent during the six months.",
            "11 percent",
            "2022-01/2022-06",
        ),
        # 'of the year' after a year that dated figures is that year
        (
            "Oregon's GDP rose 4 percent in 2021. In the first half of the year, it had grown 7 percent.",
            "7 percent",
            "2021-01/2021-06",
        ),
        # a time opening the next clause does not date the figure before it
        (
            (
                "The mill made 500 tons of paper last year. Its profit "
                "rose 30 percent, and this year it hopes for more."
            ),
            "30 percent",
            "2021",
        ),
        # a time in a relative clause dates that clause only
        (
            "Oregon's exports grew 9 percent in the first half. "
            "Trade with Peru, whose tariff cut began on March 1, reached 2 billion yuan.",
            "2 billion yuan",
            "2022-01/2022-06",
        ),
        # a participle clause takes the time of the clause it hangs from
        (
            "During the 13th Five-Year Plan (2016-20), the county grew fast, and last year its output hit 5 billion yuan, ranking fourth in the province.",  # noqa: E501
            "fourth",
            "2021",
        ),
        # a pull-quote takes the body's period of its figure rather than one carried across the headline
        (
            "In the first half, 2,100 freight trains left the port. The port now runs 16 routes.\n\n"
            "2,100 freight trains left the port",
            "2,100",
            "2022-01/2022-06",
        ),
        # a time in a later clause with its own subject does not date a present-tense figure
        (
            "Some 300 of the town's farms sell online, and their sales reached 9 million yuan last year.",
            "300",
            None,
        ),
        (
            "Farmers harvested 300 tons of pears, and their sales reached 9 million yuan last year.",
            "300 tons",
            "2021",
        ),
        # counted subjects of a perfect since a year are totals to publication
        ("More than 60 firms have moved to the park since 2019.", "60", "2019/2022"),
        # a spending total over the past N years runs to publication
        (
            "The town has spent 40 million yuan over the past four years on roads.",
            "40 million yuan",
            "2018/2022",
        ),
        # a size joined to its noun by hyphens describes the thing, dated by no period
        (
            (
                "Farmers in the county earned 9 million yuan last "
                "year, and one of them keeps a 2.5-hectare orchard."
            ),
            "2.5-hectare",
            None,
        ),
        # ... unless the thing is what the sentence reports on
        ("A new 60-kilometer expressway opened in March.", "60-kilometer", "2022-03"),
        # "up from X in 2010": the year dates the earlier figure, not the newer one
        ("Green cover reached 35 percent last year, up from 18 percent in 2010.", "35 percent", "2021"),
        ("Green cover reached 35 percent last year, up from 18 percent in 2010.", "18 percent", "2010"),
        # a time in a later clause with a past verb after 'and' dates that clause only
        ("The cooperative has 64 members and paid them 1.2 million yuan last year.", "64", None),
        (
            (
                "The park is home to 90 firms above designated size, "
                "and their output reached 8 billion yuan last year."
            ),
            "90",
            None,
        ),
        # a deadline does not reach past ", and it has ...", nor "since" past a clause with a counted
        # subject of its own
        (
            (
                "The city wants sales to top 90 billion yuan by 2025, "
                "and it has set aside 1 billion yuan for loans."
            ),
            "1 billion yuan",
            None,
        ),
        (
            "The county has trained 9,000 farmers since 2018, and 350 cooperatives are registered there.",
            "350",
            None,
        ),
        # a run of results in the simple past goes on reporting the period named at its head
        (
            "Retail sales totaled 80 billion yuan in the first half. Online sales rose 9 percent. "
            "Rural sales gained 4 percent. Sales of cars fell 2 percent. "
            "Catering revenue climbed 12 percent.",
            "12 percent",
            "2022-01/2022-06",
        ),
    ],
)
def test_period_of_a_figure(text: str, span: str, period: str | None) -> None:
    pub = dt.date(2022, 8, 10)
    facts = _facts(text, published=pub)
    got = [f for f in facts.values() if f.text == span]
    assert got, list(facts)
    assert got[-1].period == period, got[-1].rules


PUB_MAY = dt.date(2023, 5, 16)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        # seasons are dated by their year
        ("Hotel bookings slumped last summer.", "2022", "explicit"),
        ("Wheat prices spiked in the spring of 2022.", "2022", "explicit"),
        ("Gas demand peaked in winter 2021.", "2021", "explicit"),
        ("Orders picked up this spring.", "2023", "explicit"),
        ("Rents climbed in the autumn.", "2022", "explicit"),
        ("Hotel stays rose 4 percent compared with last summer.", None, "basis"),
        # rolling and whole periods
        ("Home sales rose 5 percent in the past 12 months.", "2022-05/2023-05", "explicit"),
        ("Steel output fell over the last two months.", "2023-03/2023-05", "explicit"),
        ("Median pay doubled over the past decade.", "2013/2022", "explicit"),
        ("Mill jobs vanished in the 1990s.", "1990/1999", "explicit"),
        ("Tech firms multiplied in the 2010s.", "2010/2019", "explicit"),
        ("Car sales are up 4 percent year to date.", "2023", "now"),
        ("Card spending rose 3 percent so far this year.", "2023", "explicit"),
        ("Today the port handles 90 ships a week.", "2023", "now"),
        # months, quarters and halves
        ("Exports rose in the January-April period.", "2023-01/2023-04", "explicit"),
        ("Shipments grew 8 percent in Jan-Apr.", "2023-01/2023-04", "explicit"),
        ("Profit rose in H1 2022.", "2022-01/2022-06", "explicit"),
        ("GDP grew in Q3 2022.", "2022-07/2022-09", "explicit"),
        ("GDP grew in the third quarter.", "2022-07/2022-09", "explicit"),
        ("Imports rose in the first 11 months.", "2022-01/2022-11", "explicit"),
        ("GDP grew in the fourth quarter of last year.", "2022-10/2022-12", "explicit"),
        ("Retail sales rose in the last three months of 2022.", "2022-10/2022-12", "explicit"),
        ("The jobless rate was 5 percent in May last year.", "2022-05", "explicit"),
        ("In March this year, car sales rose.", "2023-03", "explicit"),
        ("Debt stood at 5 billion as of end-June.", "2022-06", "explicit"),
        ("Prices peaked in mid-2022.", "2022", "explicit"),
        ("Reserves should reach 9 tonnes by end-2024.", "2024", "target"),
        ("Revenue rose in the year ended June 30, 2022.", "2021-07/2022-06", "explicit"),
        # spans of years
        ("Output rose between 2016 and 2020.", "2016/2020", "explicit"),
        ("Output rose from 2015 to 2020.", "2015/2020", "explicit"),
        ("Turnout fell between the 2015 and 2019 elections.", "2019", "explicit"),
        ("Output rose in 2016-2020.", "2016/2020", "explicit"),
        ("Farm income rose in the five years to 2022.", "2018/2022", "explicit"),
        ("Rail freight fell in the decade to 2020.", "2011/2020", "explicit"),
        # relative to publication
        ("The plant opens early next year.", "2024", "explicit"),
        ("Sales will top 5 billion by the end of this year.", "2023", "target"),
        ("The city aims for 5 GW by 2030.", "2030", "target"),
        ("The firm will invest 5 billion in the coming five years.", "2024/2028", "target"),
        ("Grid spending will rise over the next decade.", "2024/2033", "target"),
        ("Sales fell the previous year.", "2022", "prior"),
        ("Output was half that a decade ago.", "2013", "explicit"),
        ("Rents rose last month.", "2023-04", "explicit"),
        ("Listings rose last week.", "2023-05-08/2023-05-14", "explicit"),
        ("The board approved the deal on Friday.", "2023-05-12", "explicit"),
        ("Shares fell yesterday.", "2023-05-15", "explicit"),
        # anaphors and vague times
        ("Sales rose over the same period.", None, "anaphor"),
        ("In the meantime, sales rose.", None, "anaphor"),
        ("Revenue fell during the pandemic.", None, "vague"),
        ("Demand will grow in the years ahead.", None, "vague"),
        # a weekday in the plural or with "every" is a habit, not a date
        ("The market opens on Saturday mornings.", None, "vague"),
        ("Buses run every Sunday.", None, "vague"),
        # "May" after "the end of" is the month, not the modal
        ("Deposits reached 8 billion yuan by the end of May.", "2023-05", "explicit"),
    ],
)
def test_english_time_expressions(text: str, value: str | None, role: str) -> None:
    found = find_periods(text, published=PUB_MAY, fiscal=7)
    assert found, text
    best = max(found, key=lambda t: t.end - t.start)
    assert (best.value, best.role) == (value, role), found


@pytest.mark.parametrize(
    "text",
    [
        "Exports saw a sharp fall last year in volume.",  # "fall" the noun is no season
        "Museums draw today's visitors with apps.",  # "today's" describes, it does not date
        "The boom may last years.",
    ],
)
def test_words_that_are_not_seasons_or_now(text: str) -> None:
    found = find_periods(text, published=PUB_MAY)
    assert not [t for t in found if t.rule in ("period:season", "period:now", "period:month_rel")], found


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Turnover reached £9bn in 2021, up 4 per cent on 2020.", "2020", "basis"),
        ("That put output 2 per cent above its 2019 level.", "2019", "basis"),
        ("The town has 9,000 residents, twice as many as in 2001.", "2001", "basis"),
        ("Footfall was 80 per cent of the number it saw in the same month of 2019.", "2019", "basis"),
        ("Berths handled 2 million people, twice the number in the first seven months of 2021.", None, None),
        ("The firm expects revenue of £20m within two years of opening in 2024.", "2026", "target"),
        ("The port expects to close the year with 3 million boxes.", "2023", "explicit"),
        ("Carriers added four routes for the spring.", "2023", "explicit"),
        ("Rents have risen 9 percent since last year.", "2023", "now"),
    ],
)
def test_comparisons_and_deadlines(text: str, value: str | None, role: str | None) -> None:
    found = find_periods(text, published=PUB_MAY, fiscal=4)
    if role is None:  # the compared period is a base, not a period of the figure
        assert all(t.role == "basis" for t in found if t.value and "2021" in t.value), found
        return
    best = max(found, key=lambda t: t.end - t.start)
    assert (best.value, best.role) == (value, role), found


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        # the compared period is not the figure's: "in the period" refers back
        (
            "Ferry traffic rose sharply from January to July. Its terminals handled 2 million "
            "passengers in the period, twice the number in the first seven months of 2021.",
            "2 million",
            "2023-01/2023-07",
        ),
        # a change "on 2020" is dated by the sentence's year
        ("Output reached £9bn in 2021, up 4 per cent on 2020.", "4 per cent", "2021"),
        # "now" in another clause does not date a present-tense figure
        (
            "The region has 2,600 MW of wind power, and the state wants 50 percent by 2030, "
            "up from about 19 percent now.",
            "2,600 MW",
            None,
        ),
    ],
)
def test_period_of_a_figure_relative(text: str, span: str, period: str | None) -> None:
    facts = _facts(text, published=dt.date(2023, 9, 22))
    got = [f for f in facts.values() if f.text == span]
    assert got, list(facts)
    assert got[-1].period == period, got[-1].rules


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        # a clause stating what stands now takes no carried period
        (
            (
                "Output rose 5 percent in 2021. Tech firms contributed "
                "£5bn, and the sector employs 80,000 people."
            ),
            "80,000",
            None,
        ),
        ("Output rose 5 percent in 2021. Tech firms contributed £5bn, and the sector employs 80,000 people.",
         "£5bn", "2021"),
        ("Output rose 5 percent in 2021. Its three colleges teach 40,000 students.", "40,000", None),
    ],
)
def test_present_clause_takes_no_carried_period(text: str, span: str, period: str | None) -> None:
    facts = _facts(text, published=dt.date(2022, 11, 24))
    got = [f for f in facts.values() if f.text == span]
    assert got, list(facts)
    assert got[-1].period == period, got[-1].rules


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Li looks after his mother and two sons, and his farm earns 30,000 yuan a year.",
            "30,000 yuan",
            "two",
        ),
        ("The clinic treated 6 children and 40 adults last week.", "6", None),
    ],
)
def test_family_members_are_not_figures(text: str, kept: str, dropped: str | None) -> None:
    facts = _facts(text)
    assert kept in facts
    if dropped:
        assert dropped not in facts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # re's IGNORECASE reads 'ſ' as s and 'İ' as i: the month table is looked up the same way
        # (these raised KeyError and stopped the whole document)
        ("Exports rose on ſeptember 3, 2021.", "2021-09-03"),
        ("Sales rose in APRİL 2021.", "2021-04"),
    ],
)
def test_months_matched_through_case_folding(text: str, value: str) -> None:
    assert [t.value for t in find_periods(text, published=PUB)] == [value]
