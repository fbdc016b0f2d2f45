"""Generality rules of UK, Indian, Australian and African reporting, with sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from report_facts import fact_of, facts_of, quantity_of

from tally.extract.quantities import find_quantities

PUB = dt.date(2023, 9, 20)


def _facts(text: str, published: dt.date = PUB):
    return facts_of(text, published)


def _fact(text: str, span: str, published: dt.date = PUB):
    return fact_of(text, published, span)


# African currencies: Kenyan "Sh"/"KSh", Nigerian "N"/"₦", South African "R", Ghanaian "GH₵"
@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("Diaspora remittances rose to KSh 450 billion last year.", "KSh 450 billion", 450e9, "KES"),
        ("The county set aside Sh2.5 billion for new clinics.", "Sh2.5 billion", 2.5e9, "KES"),
        ("Lagos collected N650 billion in taxes in 2022.", "N650 billion", 650e9, "NGN"),
        ("The state budget is ₦1.2trn this year.", "₦1.2trn", 1.2e12, "NGN"),
        ("The province will spend R1.2 billion on roads.", "R1.2 billion", 1.2e9, "ZAR"),
        ("A room costs R850 a night in Durban.", "R850", 850, "ZAR"),
        ("Cocoa earned GH₵3.1 billion for farmers.", "GH₵3.1 billion", 3.1e9, "GHS"),
        ("Farmers were paid 400 million naira.", "400 million naira", 400e6, "NGN"),
        ("Uganda's coffee fetched USh 900 billion.", "USh 900 billion", 900e9, "UGX"),
    ],
)
def test_african_currencies(sentence: str, span: str, value: float, unit: str) -> None:
    q = quantity_of(sentence, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    ["Traffic on the N2 highway was slow.", "The R21 road was closed for repairs.", "He bought a PS5."],
)
def test_letter_prefixes_before_short_numbers_are_names(sentence: str) -> None:
    assert all(q.unit == "count" for q in find_quantities(sentence)), find_quantities(sentence)


# a local council stands for the place it governs
@pytest.mark.parametrize(
    ("sentence", "span", "entity", "etype"),
    [
        ("Kent County Council will cut spending by £40m next year.", "£40m", "Kent", "county"),
        ("Tameside Metropolitan Borough Council will spend £61m on roads.", "£61m", "Tameside", "district"),
        ("Brisbane City Council approved a A$4.1 billion budget.", "A$4.1 billion", "Brisbane", "city"),
        ("Oldcastle Borough Council will spend £9m on parks.", "£9m", "Oldcastle", "district"),
    ],
)
def test_council_is_its_place(sentence: str, span: str, entity: str, etype: str) -> None:
    f = _fact(sentence, span)
    assert (f.entity, f.entity_type) == (entity, etype)


def test_a_council_of_no_place_is_no_place() -> None:
    assert _fact("The Arts Council will spend £61m on theatres.", "£61m").entity is None


# a pronoun opening a reported clause is the speaker: "X said its budget ...", "X said it would ..."
@pytest.mark.parametrize(
    ("sentence", "span", "entity"),
    [
        ("Leeds City Council said its budget for 2024-25 would rise to £612m.", "£612m", "Leeds"),
        ("Qixian county said that its exports rose 20 percent.", "20 percent", "Qixian county"),
        ("Kisumu said it would spend Sh300 million on markets.", "Sh300 million", "Kisumu"),
    ],
)
def test_pronoun_after_said_is_the_speaker(sentence: str, span: str, entity: str) -> None:
    assert _fact(sentence, span).entity == entity


# central banks and statistics offices are bodies, never the place their name holds; places of
# Africa and Australia are known
@pytest.mark.parametrize(
    ("sentences", "span", "entity"),
    [
        (["Gauteng's economy grew 1.1 per cent in 2022.", "The Bank of England held rates at 5.25 per cent."],
         "5.25 per cent", "Gauteng"),
        (["Kano earned N120 billion in 2022.", "The Reserve Bank of India held the rate at 6.5 per cent."],
         "6.5 per cent", "Kano"),
        (["Accra's port handled 1.2 million containers in 2022."], "1.2 million", "Accra"),
        (["Townsville exported A$3.4 billion of minerals in 2022."], "A$3.4 billion", "Townsville"),
    ],
)
def test_known_places_and_bodies(sentences: list[str], span: str, entity: str) -> None:
    assert _fact(" ".join(sentences), span).entity == entity


# people counted by sex, age or role are people
@pytest.mark.parametrize(
    ("sentence", "span", "indicator"),
    [
        ("The scheme pays Rs 1,000 a month to 1.15 crore women.", "1.15 crore", "population"),
        ("About 40,000 youths joined the programme in 2023.", "40,000", "population"),
        ("Gauteng has 2.1 million learners enrolled in public schools.", "2.1 million", "enrollment"),
    ],
)
def test_people_nouns(sentence: str, span: str, indicator: str) -> None:
    assert _fact(sentence, span).indicator == indicator


# "per head" is part of the figure: a per-head amount of the aggregate named before it, a price
# only where a price is named
@pytest.mark.parametrize(
    ("sentence", "span", "indicator"),
    [
        ("Gross value added in the region reached £134.7bn last year, equivalent to £24,350 per head.",
         "£24,350", "value_added"),
        ("Tickets to the festival cost £40 per head.", "£40", "price"),
        ("Admission to the park costs R250 per person.", "R250", "price"),
    ],
)
def test_per_head_amounts(sentence: str, span: str, indicator: str) -> None:
    assert _fact(sentence, span).indicator == indicator


# a deficit or debt, also as a share of GDP, is neither the output nor the spending
@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The fiscal deficit is estimated at 3.44 per cent of GSDP in 2024-25.", "3.44 per cent"),
        ("Kenya's public debt rose to KSh 10.2 trillion in June.", "KSh 10.2 trillion"),
        ("The budget deficit narrowed to 5.8 per cent of GDP last year.", "5.8 per cent"),
    ],
)
def test_deficit_and_debt(sentence: str, span: str) -> None:
    assert _fact(sentence, span).indicator == "other"


# "X were worth £N": the noun X names the measure; remittances are no output
@pytest.mark.parametrize(
    ("sentence", "span", "indicator"),
    [
        ("Exports from the region were worth £18.6bn in the year to March.", "£18.6bn", "exports"),
        ("Tea exports to Pakistan were worth KSh 38 billion last year.", "KSh 38 billion", "exports"),
        ("Remittances from the diaspora were worth $4.2 billion in 2023.", "$4.2 billion", "other"),
        ("The county's dairy industry is worth £2bn.", "£2bn", "output_value"),
    ],
)
def test_worth_takes_the_noun(sentence: str, span: str, indicator: str) -> None:
    assert _fact(sentence, span).indicator == indicator


# a future period (a budget's or a plan's year) is not carried to a result reported in the past tense
@pytest.mark.parametrize(
    ("text", "span", "period", "status"),
    [
        ("The Treasury plans to cut the deficit to 4.4 per cent of GDP in the financial year to June 2025. "
         "Tourist arrivals climbed 31.5 per cent to 1.95 million.", "1.95 million", None, "actual"),
        ("The council's budget for 2024-25 will rise to £612m. "
         "Visitors spent £9.4bn in the city, the tourist board said.", "£9.4bn", None, "actual"),
    ],
)
def test_future_period_not_carried_into_past(text: str, span: str, period: str | None, status: str) -> None:
    f = _fact(text, span, dt.date(2024, 5, 10))
    assert (f.period, f.status) == (period, status)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The budget will rise to £612m. Visitors spent £9.4bn in the city.", 2),
        ("Milk sold for 45p. Farmers said prices were too low.", 2),
        ("The report by J. Smith was published.", 1),
    ],
)
def test_a_figure_letter_ends_a_sentence(text: str, n: int) -> None:
    from tally.extract.sentences import split

    assert len(split(text, 0, len(text))) == n


# the day of a statement ("said on Friday") dates the statement, not the figures it reports
@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Officials said on Monday that exports rose 8 per cent to $2.1 billion.", "$2.1 billion", None),
        ("The economy grew 5.6 per cent in 2023, the statistics bureau said on Friday, helped by farming. "
         "Tea earnings rose to Sh180.6 billion.", "Sh180.6 billion", "2023"),
        ("Factories shut on Monday, and 2,000 workers lost their jobs.", "2,000", "2024-05-06"),
    ],
)
def test_statement_day_dates_no_figure(text: str, span: str, period: str | None) -> None:
    assert _fact(text, span, dt.date(2024, 5, 10)).period == period


# a central bank's rate is a level of 'other', neither a share nor money raised
@pytest.mark.parametrize(
    "sentence",
    [
        "The Central Bank of Kenya raised its benchmark rate to 12.5 per cent in December.",
        "The Reserve Bank of Australia lifted the cash rate to 4.35 per cent.",
        "The Reserve Bank of India kept the repo rate unchanged at 6.5 per cent.",
    ],
)
def test_central_bank_rates(sentence: str) -> None:
    f = [f for f in _facts(sentence) if f.unit == "percent"][0]
    assert (f.kind, f.indicator) == ("level", "other")
