"""Generality rules of Southeast and East Asian and Gulf reporting, with sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from report_facts import fact_of, facts_of, quantity_of

from tally.extract.quantities import find_quantities

PUB = dt.date(2024, 4, 1)


def _facts(text: str, published: dt.date = PUB):
    return facts_of(text, published)


def _fact(text: str, span: str, published: dt.date = PUB):
    return fact_of(text, published, span)


# Asian and Gulf money: Malaysian "RM12.4bil", Philippine "P210 billion", Saudi "SR32 billion",
# Korean "622 trillion won"
@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("Penang approved RM12.4bil in investments.", "RM12.4bil", 12.4e9, "MYR"),
        ("The state spent RM 3.2 bil on roads.", "RM 3.2 bil", 3.2e9, "MYR"),
        ("Remittances to the region hit P210 billion.", "P210 billion", 210e9, "PHP"),
        ("Household income averaged P342,000 a year.", "P342,000", 342000, "PHP"),
        ("The city will borrow Php 5 billion.", "Php 5 billion", 5e9, "PHP"),
        ("Neom awarded contracts worth SR32 billion.", "SR32 billion", 32e9, "SAR"),
        ("Samsung will invest 500 trillion won in Yongin.", "500 trillion won", 500e12, "KRW"),
        ("A ticket costs 50,000 won.", "50,000 won", 50000, "KRW"),
        ("The firm lost 3bn won.", "3bn won", 3e9, "KRW"),
    ],
)
def test_asian_and_gulf_currencies(sentence: str, span: str, value: float, unit: str) -> None:
    q = quantity_of(sentence, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The party, founded in 2019 won the election.",
        "Of the 12 races, 7 won by a length.",
        "Huawei sold its P40 phones.",
        "Traffic on SR 520 was slow.",
    ],
)
def test_currency_words_and_letters_that_are_not_money(sentence: str) -> None:
    assert all(q.unit == "count" for q in find_quantities(sentence)), find_quantities(sentence)


# first-level divisions of Southeast and East Asia and the Gulf are places the gazetteer knows
@pytest.mark.parametrize(
    ("text", "span", "entity", "etype"),
    [
        ("HANOI - Bac Ninh drew $4.6 billion in FDI in 2023.", "$4.6 billion", "Bac Ninh", "province"),
        ("Central Sulawesi grew 11.9 percent in 2023.", "11.9 percent", "Central Sulawesi", "province"),
        ("Central Luzon's economy expanded 6.1 percent in 2023.", "6.1 percent", "Central Luzon", "province"),
        ("BANGKOK - Phuket earned 389 billion baht in 2023.", "389 billion baht", "Phuket", "province"),
        ("Aichi Prefecture's shipments rose 5.1% in 2023.", "5.1%", "Aichi", "province"),
        ("TOKYO -- Aichi's population fell to 7.47 million in 2023.", "7.47 million", "Aichi", "province"),
        ("Gyeonggi Province's exports hit $145.6 billion in 2023.", "$145.6 billion", "Gyeonggi", "province"),
        ("Kochi Prefecture's output fell 2% in 2023.", "2%", "Kochi Prefecture", "province"),
        ("Korea's chip exports rose 56.2 percent in March.", "56.2 percent", "South Korea", "country"),
        ("KUALA LUMPUR: Terengganu drew RM2bil in investments in 2023.", "RM2bil", "Terengganu", "province"),
    ],
)
def test_asian_divisions_are_known_places(text: str, span: str, entity: str, etype: str) -> None:
    f = _fact(text, span)
    assert (f.entity, f.entity_type) == (entity, etype)


# Korean and American wire copy: "on-year", "year-over-year" are year-on-year
@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The province's exports reached $145.6 billion last year, down 8.2 percent on-year.", "8.2 percent"),
        ("Chip sales rose 4% year-over-year in 2023.", "4%"),
    ],
)
def test_on_year_is_year_on_year(sentence: str, span: str) -> None:
    assert _fact(sentence, span).basis == "yoy"


# "in the second quarter of 2023" is the figure's own period, not an earlier time compared with
@pytest.mark.parametrize(
    ("sentence", "span", "basis"),
    [
        ("Central Sulawesi grew 11.9 percent in the second quarter of 2023.", "11.9 percent", "yoy"),
        ("Exports rose 24 percent in the first half of 2023.", "24 percent", "yoy"),
        ("Arrivals rose 28% in the first ten months of 2023.", "28%", "yoy"),
        ("Sales rose 4% compared with the level of 2019.", "4%", "since"),
    ],
)
def test_quarter_of_a_year_is_the_figures_own_period(sentence: str, span: str, basis: str) -> None:
    assert _fact(sentence, span, dt.date(2023, 11, 20)).basis == basis


# Japan names a fiscal year by the calendar year it starts in: fiscal 2022 is April 2022-March 2023
@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Aichi's shipments hit 52.3 trillion yen in fiscal 2022.", "52.3 trillion yen", "2022-04/2023-03"),
        ("Okayama's GDP was 8 trillion yen in fiscal 2020.", "8 trillion yen", "2020-04/2021-03"),
        ("Toyota made 3.1 million cars in the year to March 2023.", "3.1 million", "2022-04/2023-03"),
        ("India's output rose 7% to Rs 5 lakh crore in fiscal 2023.", "7%", "2022-04/2023-03"),
    ],
)
def test_japanese_fiscal_years_are_named_by_their_start(text: str, span: str, period: str) -> None:
    assert _fact(text, span).period == period


# FDI reporting: the capital of licensed projects is investment
@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Newly registered capital reached $3.1 billion across 112 projects.", "$3.1 billion"),
        ("Disbursed capital rose 8.2% to $10.8 billion in the first half.", "8.2%"),
        ("Vietnam drew $13.4 billion in pledged capital in 2023.", "$13.4 billion"),
    ],
)
def test_registered_capital_is_investment(sentence: str, span: str) -> None:
    assert _fact(sentence, span).indicator == "investment"



# "the kingdom" (Saudi Arabia, Thailand, Bahrain) is the country named before it; opening a
# sentence, a reference to the country is the subject that owns the figure
@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        ("Thailand's exports rose 5 percent in 2023. Phuket's arrivals rose 20 percent. "
         "The kingdom's tourism revenue reached 1.2 trillion baht.", "1.2 trillion baht", "Thailand"),
        ("Saudi Arabia's Neom, in Tabuk province, awarded contracts worth SR32 billion in 2023. "
         "The kingdom plans to raise tourism's share of GDP to 10 percent by 2030.", "10 percent",
         "Saudi Arabia"),
        ("Malaysia's Penang drew RM12bil in 2023. The country aims to attract RM300bil by 2030.", "RM300bil",
         "Malaysia"),
    ],
)
def test_the_kingdom_is_the_country(text: str, span: str, entity: str) -> None:
    assert _fact(text, span).entity == entity


# a verb of saying or expecting before "industry" is no part of the sector's name
@pytest.mark.parametrize(
    ("sentence", "span", "sector"),
    [
        ("The association expects industry revenues to grow 7 percent this year.", "7 percent", None),
        ("Analysts see tourism industry revenue rising 7 percent this year.", "7 percent", "tourism"),
    ],
)
def test_verbs_are_no_sector(sentence: str, span: str, sector: str | None) -> None:
    assert _fact(sentence, span).qualifiers.get("sector") == sector


# a share of the economy ("of gross domestic product") takes the measure named before it, not
# that of counted "products" or "economies"; a sector's share of it is that sector's added value
@pytest.mark.parametrize(
    ("sentence", "span", "indicator"),
    [
        ("Remittances were equivalent to 8.5 percent of gross domestic product.", "8.5 percent", "other"),
        ("Mining and quarrying accounted for 31.4 percent of the economy.", "31.4 percent", "value_added"),
        ("Mining made up 12 percent of gross regional domestic product.", "12 percent", "value_added"),
        ("The state's 16 cities make up 20 percent of the country's cities.", "20 percent", "count"),
    ],
)
def test_share_of_the_economy(sentence: str, span: str, indicator: str) -> None:
    assert _fact(sentence, span).indicator == indicator


# in Japan "the prefecture" is the prefecture named (a province), not the dateline's city
@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        ("NAGOYA -- Aichi's shipments rose 5.1% in 2022. The prefecture's population fell to 7.47 million.",
         "7.47 million", "Aichi"),
        ("Linxia Hui Autonomous Prefecture grew 5 percent. The prefecture's output reached 3 billion yuan.",
         "3 billion yuan", "Linxia Hui Autonomous Prefecture"),
    ],
)
def test_the_prefecture_in_japan(text: str, span: str, entity: str) -> None:
    assert _fact(text, span).entity == entity


# an exchange rate written as a bare number: the currency named before it per unit of the one after
@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("The baht traded at 35.6 to the US dollar on Friday.", "35.6", "THB/USD"),
        ("The ringgit was quoted at 4.68 against the US dollar.", "4.68", "MYR/USD"),
        ("The yen weakened to 151 per dollar on Tuesday.", "151", "JPY/USD"),
        ("The won fell to 1,350 per dollar.", "1,350", "KRW/USD"),
        ("The dirham is pegged at 3.6725 to the dollar.", "3.6725", "AED/USD"),
    ],
)
def test_exchange_rates(sentence: str, span: str, unit: str) -> None:
    f = _fact(sentence, span)
    assert (f.unit, f.indicator) == (unit, "price")


def test_a_count_before_to_the_dollar_store_stays_a_count() -> None:
    assert [q.unit for q in find_quantities("The firm sold 30 to the dollar store.")] == ["count"]


@pytest.mark.parametrize(
    ("sentence", "span", "indicator"),
    [
        ("East Java's GRDP hit Rp 3,000 trillion, or 14.2 percent of the national economy.", "14.2 percent",
         "gdp"),
        ("Remittances were equivalent to 8.9 percent of the country's gross domestic product.", "8.9 percent",
         "other"),
    ],
)
def test_share_of_the_whole_economy(sentence: str, span: str, indicator: str) -> None:
    assert _fact(sentence, span).indicator == indicator


# a sentence opening "Nationwide," is the country's (of the page's main place), every figure of it
# before a name, with or without "the" after the comma
_NATIONWIDE = (
    "Binh Duong drew $1.1 billion in FDI in the first four months. Binh Duong's exports rose 12.3%. "
    "Nationwide, FDI disbursement hit $6.28 billion in the period, up 7.4%, while Binh Duong's rose 9%."
)


@pytest.mark.parametrize(
    ("span", "entity"), [("$6.28 billion", "Vietnam"), ("7.4%", "Vietnam"), ("9%", "Binh Duong")]
)
def test_nationwide_opening_a_sentence(span: str, entity: str) -> None:
    assert _fact(_NATIONWIDE, span).entity == entity


# "..., followed by X at N%": a gapped clause after a share is a share too
@pytest.mark.parametrize(
    ("span", "kind"), [("30.2 percent", "share"), ("18.6 percent", "share"), ("11.3 percent", "share")]
)
def test_followed_by_at_is_a_share_like_the_one_before(span: str, kind: str) -> None:
    text = ("Manufacturing accounted for 30.2 percent of the economy, followed by trade at 18.6 percent "
            "and agriculture at 11.3 percent.")
    assert _fact(text, span).kind == kind


# a place after "after", "behind" is what a figure or its rank is compared with, not its owner
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Aichi's population fell to 7.47 million. The prefectural budget totals 2.9 trillion yen, "
         "the second highest after Tokyo.", "2.9 trillion yen"),
        ("Aichi's population fell to 7.47 million. The prefectural budget totals 2.9 trillion yen, "
         "ranking third behind Tokyo and Osaka.", "2.9 trillion yen"),
    ],
)
def test_a_place_after_behind_is_no_owner(text: str, span: str) -> None:
    assert _fact(text, span).entity == "Aichi"


# an age inside the noun phrase ("residents aged 65 or older") does not cut the figure off from
# "the share of" before it
@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The share of residents aged 65 or older reached 25.6%.", "25.6%"),
        ("The proportion of people aged 60 and above rose to 21 percent.", "21 percent"),
    ],
)
def test_an_age_inside_a_share(sentence: str, span: str) -> None:
    assert _fact(sentence, span).kind == "share"


# "¥" is the yen on a page about Japan, the yuan on one about China
@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("SAPPORO -- Rapidus will receive ¥590 billion in subsidies from Japan's government.", "JPY"),
        ("Shanxi's coal exports to Japan reached ¥5 billion, China's customs said.", "CNY"),
        ("The plant cost ¥3 billion.", "CNY"),
    ],
)
def test_yen_sign_by_page(sentence: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(sentence) if q.text.startswith("¥")] == [unit]


# a company's spending is investment; public funding is a government's
@pytest.mark.parametrize(
    ("text", "span", "indicator"),
    [
        ("Samsung Electronics will spend 500 trillion won to build 13 fabs in Yongin.", "500 trillion won",
         "investment"),
        ("The state government will spend RM2bil on roads.", "RM2bil", "public_funding"),
    ],
)
def test_company_spending_is_investment(text: str, span: str, indicator: str) -> None:
    assert _fact(text, span).indicator == indicator
