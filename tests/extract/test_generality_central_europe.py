"""Generality rules found on pages about Central Europe and inland China (session 6), with
sentences of our own: more currencies and first-level divisions, quotes over several sentences,
speakers placed where they work, national rates, founding years and per-unit prices with a
conversion in brackets."""

from __future__ import annotations

import datetime as dt

import pytest
from report_facts import fact_of, quantity_of

from tally.extract.quantities import find_quantities
from tally.resolve.entities import _gazetteer

PUB = dt.date(2022, 11, 24)


def _fact(text: str, span: str, published: dt.date = PUB):
    return fact_of(text, published, span)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("The mine sold coal worth 2.35 billion zloty.", "2.35 billion zloty", 2.35e9, "PLN"),
        ("Wages reached 7,400 zł in March.", "7,400 zł", 7400, "PLN"),
        ("The plant cost 120 billion forints to build.", "120 billion forints", 120e9, "HUF"),
        ("Brno spent 3.1 billion koruna on trams.", "3.1 billion koruna", 3.1e9, "CZK"),
        ("The county received 900 million lei from the fund.", "900 million lei", 900e6, "RON"),
        ("Remittances reached PKR 2.1 trillion.", "PKR 2.1 trillion", 2.1e12, "PKR"),
        ("The port invested 4 billion dirhams.", "4 billion dirhams", 4e9, "AED"),
    ],
)
def test_more_currencies(sentence: str, span: str, value: float, unit: str) -> None:
    q = quantity_of(sentence, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates met at COP15 in Kunming.",
        "Drivers paid more for RON 95 petrol.",
        "The site runs on PHP 8 now.",
    ],
)
def test_codes_before_short_numbers_are_names(sentence: str) -> None:
    assert all(q.unit in ("count", "percent") for q in find_quantities(sentence)), find_quantities(sentence)


@pytest.mark.parametrize(
    ("name", "canonical", "parent", "typ"),
    [
        ("silesia", "Silesia", "Poland", "province"),
        ("masovia", "Masovia", "Poland", "province"),
        ("styria", "Styria", "Austria", "province"),
        ("katowice", "Katowice", "Poland", "city"),
        ("campania", "Campania", "Italy", "province"),
        ("romania", "Romania", None, "country"),
    ],
)
def test_gazetteer_knows_more_divisions(name: str, canonical: str, parent: str | None, typ: str) -> None:
    assert _gazetteer()[name] == (canonical, parent, typ)


REGION_PAGE = """Steel towns look beyond coal

By EWA NOWAK in Katowice

Steel output in Silesia fell 3.1 percent to 4.2 million tons in the first nine months. The region's
mills employ about 22,000 people.
"""


def test_a_region_of_another_country_is_its_own_subject() -> None:
    assert _fact(REGION_PAGE, "4.2 million tons").entity == "Silesia"
    assert _fact(REGION_PAGE, "22,000").entity == "Silesia"


QUOTE = """Lasers keep the park busy

By LI MING in Wuhan

The Donghu Science Park is home to 900 high-tech firms.

"Most of our machines went to Guangdong. Now 35 percent of our sales are overseas," said Wang Fei,
52, general manager of Jinghua Photonics Tech, a company based in the park.

The company sold 8,100 cutting machines last year.
"""


def test_a_quote_over_two_sentences_speaks_for_the_speakers_company() -> None:
    assert _fact(QUOTE, "35 percent").entity == "Jinghua Photonics Tech"
    assert _fact(QUOTE, "8,100").entity == "Jinghua Photonics Tech"


def test_the_first_sentence_of_a_quote_speaks_for_the_speaker_named_after_the_last() -> None:
    text = QUOTE.replace('"Most of our machines', '"Five years ago, 80 percent of our machines')
    assert _fact(text, "80 percent").entity == "Jinghua Photonics Tech"


WORKS_IN = """Orders pour in

By CHEN YU in Hangzhou

Exports of the province rose 12 percent in the first half.

"Our order books are full. We have hired 150 more workers since May," said Lin Tao, who runs a
shoe factory in Wenzhou's Lucheng district.

The port handled 3.2 million containers in the first six months.
"""


def test_a_place_the_speaker_works_in_is_not_whom_they_speak_for() -> None:
    assert _fact(WORKS_IN, "3.2 million").entity != "Wenzhou"
    assert _fact(WORKS_IN, "3.2 million").entity != "Lucheng district"


def test_national_inflation_is_the_countrys() -> None:
    text = (
        "Jobs in Silesia\n\nBy EWA NOWAK in Katowice\n\nWages in Silesia rose 14 percent in September, "
        "just ahead of national inflation, which hit 15.9 percent in the same month.\n"
    )
    assert _fact(text, "15.9 percent").entity == "Poland"


def test_what_a_factory_cost_is_its_companys_investment() -> None:
    text = (
        "Batteries\n\nBy EWA NOWAK in Gliwice\n\nIn Gliwice, Odra Cells opened a factory in June. "
        "The factory cost 1.9 billion zloty and employs 1,100 people.\n"
    )
    f = _fact(text, "1.9 billion zloty")
    assert (f.entity, f.indicator) == ("Odra Cells", "investment")
    assert _fact(text, "1,100").entity == "Odra Cells"


FOUNDED = """Zone grows

By EWA NOWAK in Gliwice

Since it was set up in 2005, the zone has drawn investment of more than 30 billion zloty. It covers
1,800 hectares in three subzones.
"""


def test_since_a_founding_year_runs_to_publication_and_a_present_state_after_it_is_undated() -> None:
    assert _fact(FOUNDED, "30 billion zloty").period == "2005/2022"
    assert _fact(FOUNDED, "1,800 hectares").period is None


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Coal sold for about 1,200 zloty (€256) a ton in October.", "1,200 zloty", "PLN/t"),
        ("Coal sold for about 1,200 zloty (€256) a ton in October.", "€256", "EUR/t"),
        ("Rents hit 80 yuan (\\$11) per square meter in June.", "80 yuan", "CNY/m2"),
        ("Output hit 9 billion yuan (\\$1.2 billion) a year earlier.", "9 billion yuan", "CNY"),
    ],
)
def test_a_per_unit_after_a_bracketed_conversion_is_both_amounts(sentence: str, span: str, unit: str) -> None:
    assert _fact("Prices\n\n" + sentence + "\n", span).unit == unit


PORTS = """Ports busy

By LI MING in Wuhan

Yangluo port handled 1.46 million TEUs in the first half, up 12 percent.

The port of Ningbo-Zhoushan handled 15.6 million TEUs in the first half. It now operates 260
container routes.
"""


@pytest.mark.parametrize(
    ("span", "entity"),
    [
        ("1.46 million", "Yangluo port"),
        ("12 percent", "Yangluo port"),
        ("15.6 million", "Ningbo-Zhoushan port"),
        ("260", "Ningbo-Zhoushan port"),
    ],
)
def test_a_named_port_is_an_operator_of_its_own(span: str, entity: str) -> None:
    f = _fact(PORTS, span, dt.date(2023, 8, 17))
    assert (f.entity, f.entity_type) == (entity, "company")


@pytest.mark.parametrize(
    ("name", "sentence", "span"),
    [
        ("Pilbara Lithium", "Pilbara Lithium, which runs the mine, reported revenue of A$2.1 billion.",
         "A$2.1 billion"),
        ("Odra Cells", "Odra Cells, based in Gliwice, reported sales of 1.2 billion zloty.",
         "1.2 billion zloty"),
        ("Kestrel Resources", "Kestrel Resources, which owns two pits, reported a profit of A$90 million.",
         "A$90 million"),
    ],
)
def test_a_name_ending_in_a_commodity_or_trade_word_is_a_company(name: str, sentence: str, span: str) -> None:
    f = _fact("Miners\n\n" + sentence + "\n", span)
    assert (f.entity, f.entity_type) == (name, "company")


STATE = """Exports slip

By KLAUS WEBER in Munich

Exports from Bavaria fell 3.2 percent in the first half. Germany has 16 states.
Nationwide, the rate stood at 5.5 percent in June.

BMW, which is based in Munich, said its sales in China fell 7 percent in the first six months.
"""


def test_nationwide_figures_are_the_countrys_and_a_rate_takes_no_counts_indicator() -> None:
    f = _fact(STATE, "5.5 percent", dt.date(2023, 8, 10))
    assert (f.entity, f.indicator) == ("Germany", "other")


def test_an_acronym_based_somewhere_is_a_company() -> None:
    f = _fact(STATE, "7 percent", dt.date(2023, 8, 10))
    assert (f.entity, f.entity_type) == ("BMW", "company")


def test_a_gapped_clause_keeps_the_kind_of_the_clause_before() -> None:
    text = (
        "Survey\n\nManufacturing accounted for 22% of the state's output in 2022, and the services "
        "sector for 53%.\n"
    )
    f = _fact(text, "53%", dt.date(2023, 3, 20))
    assert (f.kind, f.indicator) == ("share", "value_added")


def test_the_region_after_a_city_of_another_country_is_the_wider_place_named() -> None:
    text = (
        "Tech boom\n\nBy JOHN SMITH in Manchester\n\nGreater Manchester's digital sector employs 88,000 "
        "people. Salford, a city in the region, has attracted 40 new firms this year.\n\n"
        "The region's economy grew 2.1 percent last year.\n"
    )
    assert _fact(text, "2.1 percent", dt.date(2023, 6, 1)).entity == "Greater Manchester"


LIQUOR = """Liquor makers toast strong sales

By WANG XIN in Chengdu

Wuliangye Group, based in Yibin, posted revenue of 147.6 billion yuan last year, while Luzhou
Laojiao generated 30.1 billion yuan.

"We sold 30 percent more bottles to buyers abroad in the first quarter than a year ago," said Zhao
Dong, a manager at a distillery.
"""


def test_an_unknown_name_that_generated_money_is_a_company() -> None:
    assert _fact(LIQUOR, "30.1 billion yuan", dt.date(2023, 5, 10)).entity == "Luzhou Laojiao"


def test_more_of_a_noun_than_a_year_ago_is_a_yearly_change() -> None:
    f = _fact(LIQUOR, "30 percent", dt.date(2023, 5, 10))
    assert (f.kind, f.direction, f.basis) == ("change", "up", "yoy")
