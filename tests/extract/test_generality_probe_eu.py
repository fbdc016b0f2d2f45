"""Generality rules found on regional economic reports about continental Europe and Latin America
(wire and business press style), with sentences of our own: countries in appositions, dateline
dashes, European legal forms of companies."""

from __future__ import annotations

import datetime as dt

import pytest
from report_facts import fact_of, quantity_of

from tally.resolve.entities import _gazetteer, classify_name

PUB = dt.date(2024, 8, 14)


@pytest.mark.parametrize(
    ("text", "span", "partner"),
    [
        # a country in an apposition ("X, Germany's largest state") owns the place: no partner
        ("Exports from Bavaria, Germany's largest state by area, fell 4.2 percent in 2023.",
         "4.2 percent", None),
        ("Agribusiness exports from Mato Grosso, Brazil's top grain state, rose to $32.1 billion in 2023.",
         "$32.1 billion", None),
        ("Exports from Lower Austria, Austria’s biggest province, rose 3 percent in 2023.",
         "3 percent", None),
        # a partner named after a comma in a list still is one
        ("Shanxi's exports to Japan, Germany and Italy rose 5 percent in 2023.", "5 percent", "Italy"),
        ("Bavaria's exports to China, its second-biggest market, fell 11 percent in 2023.",
         "11 percent", "China"),
    ],
)
def test_a_country_in_an_apposition_is_no_trade_partner(text: str, span: str, partner: str | None) -> None:
    assert fact_of(text, PUB, span).qualifiers.get("partner") == partner


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        # the word after a dateline's dash opens the sentence: capitalised, it is no company name
        ("SAO PAULO, Jan 18 (Reuters) - Agribusiness exports from Mato Grosso rose 8.4 percent in 2023.",
         "8.4 percent", "Mato Grosso"),
        ("MADRID (Bloomberg) -- Tourism revenue in Andalusia rose 7 percent to 26 billion euros in 2023.",
         "26 billion euros", "Andalusia"),
        ("LYON, France (AP) — Carmaking output in Auvergne-Rhone-Alpes fell 3 percent in 2023.", "3 percent",
         "Auvergne-Rhone-Alpes"),
    ],
)
def test_a_dateline_dash_opens_the_sentence(text: str, span: str, entity: str) -> None:
    assert fact_of(text, PUB, span).entity == entity


@pytest.mark.parametrize(
    "name",
    ["Siemens AG", "Stellantis NV", "Airbus SE", "Enel SpA", "Equinor ASA", "Volvo Car AB", "Nokia Oyj",
     "Robert Bosch GmbH", "Petrobras SA"],
)
def test_european_legal_forms_name_companies(name: str) -> None:
    assert classify_name(name) == (name, "company", None)


def test_a_company_with_a_legal_form_is_the_subject() -> None:
    text = "PARIS, March 5 (Reuters) - Stellantis NV will cut 600 jobs at its Mulhouse plant, it said."
    f = fact_of(text, PUB, "600")
    assert (f.entity, f.entity_type) == ("Stellantis NV", "company")


@pytest.mark.parametrize(
    ("name", "canonical", "parent", "typ"),
    [
        ("västra götaland", "Västra Götaland", "Sweden", "province"),
        ("vastra gotaland", "Vastra Gotaland", "Sweden", "province"),
        ("rogaland", "Rogaland", "Norway", "province"),
        ("uusimaa", "Uusimaa", "Finland", "province"),
        ("hajdu-bihar", "Hajdu-Bihar", "Hungary", "province"),
        ("pilsen region", "Pilsen Region", "Czech Republic", "province"),
        ("antioquia", "Antioquia", "Colombia", "province"),
        ("gothenburg", "Gothenburg", "Sweden", "city"),
        ("bergen", "Bergen", "Norway", "city"),
        ("monterrey", "Monterrey", "Mexico", "city"),
        ("são paulo", "São Paulo", "Brazil", "city"),
    ],
)
def test_gazetteer_knows_nordic_central_european_and_latin_american_places(
    name: str, canonical: str, parent: str, typ: str
) -> None:
    assert _gazetteer()[name] == (canonical, parent, typ)


NORDIC_PAGE = """County backs rail

By ERIK LINDQVIST

Vastra Gotaland, Sweden's second-most populous county, will invest 4.5 billion Swedish crowns in rail.
"""


def test_a_nordic_county_is_a_place_not_a_company() -> None:
    f = fact_of(NORDIC_PAGE, PUB, "4.5 billion Swedish crowns")
    assert (f.entity, f.entity_type) == ("Vastra Gotaland", "province")


@pytest.mark.parametrize(
    ("text", "span", "entity", "typ"),
    [
        # "the <division> of X" names X, it does not refer back to the last place of that type
        ("Volvo Cars is based in Gothenburg.\n\nIn Norway, the municipality of Bergen approved a budget of "
         "19.8 billion Norwegian crowns for 2025.", "19.8 billion Norwegian crowns", "Bergen", "city"),
        ("Tesla has a plant in Texas.\n\nExports from the state of Nuevo Leon rose 9 percent in 2023.",
         "9 percent", "Nuevo Leon", "province"),
        ("Milan hosted the fair.\n\nThe region of Lombardy spent 3 billion euros on hospitals in 2023.",
         "3 billion euros", "Lombardy", "province"),
    ],
)
def test_the_division_of_a_name_is_that_name(text: str, span: str, entity: str, typ: str) -> None:
    f = fact_of(text, PUB, span)
    assert (f.entity, f.entity_type) == (entity, typ)


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        # the day of a dateline is when the report was filed, not a time of its figures
        ("MUNICH, Aug 14 (Reuters) - Bavaria, Germany's largest state by area, has 13 million people.",
         "13 million", None),
        ("NEW DELHI, Feb 15 (Reuters) - India's exports rose 5 percent in January.", "5 percent", "2024-01"),
        ("MONTERREY, Mexico, Feb 20 (Reuters) - Nuevo Leon attracted $10.5 billion of investment in 2023.",
         "$10.5 billion", "2023"),
        ("PARIS, March 5 (Bloomberg) -- Stellantis NV will cut about 600 jobs, it said.", "600", None),
        # a day in the text still dates its figure
        ("Exports rose 5 percent on Feb 15 from a day earlier.", "5 percent", "2024-02-15"),
    ],
)
def test_a_datelines_day_dates_no_figure(text: str, span: str, period: str | None) -> None:
    assert fact_of(text, PUB, span).period == period


STATE_PAGE = """Nearshoring lifts Nuevo Leon

Nuevo Leon, the northern Mexican state bordering Texas, attracted $10.5 billion in investment in 2023.

Tesla announced a plant near Monterrey.

The state expects investment of $15 billion in 2024.
"""


def test_a_place_named_in_an_apposition_is_not_what_the_state_refers_to() -> None:
    assert fact_of(STATE_PAGE, PUB, "$15 billion").entity == "Nuevo Leon"


BATTERY_PAGE = """Battery plants reshape Debrecen

CATL will employ 9,000 people at its new plant in Debrecen.

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "span", "entity"),
    [
        # the page's own country opening a sentence as its subject owns the figure
        ("Hungary aims to produce 250 gigawatt-hours of battery cells a year by 2030.", "250 gigawatt-hours",
         "Hungary"),
        ("Hungary exported battery cells worth 7.1 billion euros in 2023.", "7.1 billion euros", "Hungary"),
        # another country opening the sentence is a buyer or a source: the figure stays the place's
        ("China bought about 30 percent of the city's battery cells.", "30 percent", "Debrecen"),
    ],
)
def test_the_pages_own_country_as_subject_owns_the_figure(sentence: str, span: str, entity: str) -> None:
    assert fact_of(BATTERY_PAGE.format(sentence=sentence), PUB, span).entity == entity


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("Volvo Cars made a profit of 6.4 billion kronor.", "6.4 billion kronor", 6.4e9, "SEK"),
        ("The county will spend 4.5 billion Swedish kronor.", "4.5 billion Swedish kronor", 4.5e9, "SEK"),
    ],
)
def test_bare_kronor_are_swedish(sentence: str, span: str, value: float, unit: str) -> None:
    q = quantity_of(sentence, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "span", "indicator"),
    [
        # goods a plant or company built are its production
        ("The Mulhouse plant, which built 182,000 vehicles in 2023, runs shifts.", "182,000", "production"),
        ("Skoda Auto builds 1,500 cars a day at Mlada Boleslav.", "1,500", "production"),
    ],
)
def test_goods_built_are_production(text: str, span: str, indicator: str) -> None:
    assert fact_of(text, PUB, span).indicator == indicator


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # staff are people employed: a count of jobs
        ("The Mulhouse plant is the region's largest employer, with some 5,000 staff.", "5,000"),
        ("The hospital has 1,200 staff.", "1,200"),
    ],
)
def test_staff_are_jobs(text: str, span: str) -> None:
    assert fact_of(text, PUB, span).indicator == "jobs"


@pytest.mark.parametrize(
    "text",
    [
        "The Andalusian government forecasts growth of 2.3 percent this year.",
        "Economists are forecasting growth of 2.3 percent this year.",
        "The Bank of Italy forecast growth of 2.3 percent this year.",
    ],
)
def test_a_forecast_is_a_target(text: str) -> None:
    assert fact_of(text, PUB, "2.3 percent").status == "target"


SEATED_PAGE = """County backs rail

Vastra Gotaland will invest 4.5 billion Swedish kronor in rail.

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "span", "entity", "typ"),
    [
        # "X, based in Y, [apposition,] reported ...": a company with its seat, doing business
        ("Volvo Cars, based in Gothenburg, the county's largest city, reported operating profit of "
         "6.4 billion kronor in the third quarter.", "6.4 billion kronor", "Volvo Cars", "company"),
        ("Scania Trucks, based in Sodertalje, raised $1.2 billion in 2023.", "$1.2 billion", "Scania Trucks",
         "company"),
        # a person based somewhere who speaks is no company
        ("Anna Berg, based in Stockholm, said the county's exports rose 5 percent in 2023.", "5 percent",
         "Vastra Gotaland", "province"),
    ],
)
def test_a_name_based_somewhere_doing_business_is_a_company(
    sentence: str, span: str, entity: str, typ: str
) -> None:
    f = fact_of(SEATED_PAGE.format(sentence=sentence), PUB, span)
    assert (f.entity, f.entity_type) == (entity, typ)


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        # "X, Brazil's richest": any superlative after a country's possessive scopes it, it owns nothing
        ("The economy of Sao Paulo state, Brazil's richest, grew 3.4% in the second quarter.", "3.4%",
         "Sao Paulo"),
        ("The economy of Sao Paulo state, Brazil's most populous, grew 3.4% in the second quarter.", "3.4%",
         "Sao Paulo"),
        ("Spending in Andalusia, Spain's poorest region, rose 3% in 2023.", "3%", "Andalusia"),
        # a possessive of a country before other words still owns the figure
        ("Brazil's interest payments rose 3% in 2023.", "3%", "Brazil"),
    ],
)
def test_a_superlative_after_a_countrys_possessive_is_a_scope(text: str, span: str, entity: str) -> None:
    assert fact_of(text, PUB, span).entity == entity


LG_PAGE = """Lower Silesia draws investment

Lower Silesia attracted 9.8 billion zlotys in foreign direct investment last year.

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "span", "entity"),
    [
        # "X, which operates ...": a name doing business in a relative clause is a company
        ("LG Energy Solution, which operates a large battery cell plant near Wroclaw, accounted for about "
         "a third of the total.", "a third", "LG Energy Solution"),
        ("Volvo Buses, which produces coaches in Wroclaw, employs 2,600 people.", "2,600", "Volvo Buses"),
    ],
)
def test_a_name_doing_business_in_a_relative_clause_is_a_company(
    sentence: str, span: str, entity: str
) -> None:
    assert fact_of(LG_PAGE.format(sentence=sentence), PUB, span).entity == entity


NATION_PAGE = """Battery maker expands

Lower Silesia attracted 9.8 billion zlotys in foreign direct investment last year.

LG Energy Solution, which operates a battery plant near Wroclaw, raised output. {sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # "the South Korean company", "the German carmaker": a company's reference with its nationality
        ("The South Korean company employs around 11,000 people in the province.", "11,000"),
        ("The Korean firm invested 2 billion zlotys in the province in 2023.", "2 billion zlotys"),
    ],
)
def test_a_company_reference_may_carry_a_nationality(sentence: str, span: str) -> None:
    f = fact_of(NATION_PAGE.format(sentence=sentence), PUB, span)
    assert (f.entity, f.entity_type) == ("LG Energy Solution", "company")


@pytest.mark.parametrize(
    ("text", "span", "indicator"),
    [
        # "Polish" is the nationality; the verb of production is lower-case
        ("Silesia wants to be the first Polish region to reach 100% of the EU average.", "100%", "other"),
        ("Workers in Antwerp polished 20,000 carats of diamonds in 2023.", "20,000", "production"),
    ],
)
def test_polish_the_nationality_is_no_production_verb(text: str, span: str, indicator: str) -> None:
    assert fact_of(text, PUB, span).indicator == indicator


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        # "the Polish province": a nationality before a place word names no place
        ("Silesia mines coal.\n\nThe Polish province produced 5 million tonnes of coal in 2023.",
         "5 million tonnes", "Silesia"),
        ("Jalisco makes chips.\n\nThe Mexican state exported $2 billion of chips in 2023.", "$2 billion",
         "Jalisco"),
    ],
)
def test_a_nationality_before_a_place_word_names_no_place(text: str, span: str, entity: str) -> None:
    assert fact_of(text, PUB, span).entity == entity


@pytest.mark.parametrize(
    "text",
    [
        "The state government expects growth of 3% for the full year.",
        "The region expects tourism revenue to rise 3% over the whole year.",
    ],
)
def test_the_full_year_is_the_publication_year(text: str) -> None:
    assert fact_of(text, PUB, "3%").period == "2024"


@pytest.mark.parametrize(
    ("sentence", "span", "entity"),
    [
        # a name with a planned business verb ("will employ", "plans to build") is a company
        ("China's CATL will employ up to 9,000 people at its plant in Debrecen.", "9,000", "CATL"),
        ("Samsung SDI plans to build a plant worth 1.2 billion euros in Goed.", "1.2 billion euros",
         "Samsung SDI"),
    ],
)
def test_a_name_with_a_planned_business_verb_is_a_company(sentence: str, span: str, entity: str) -> None:
    f = fact_of("Battery plants reshape Hungary\n\n" + sentence + "\n", PUB, span)
    assert (f.entity, f.entity_type) == (entity, "company")
