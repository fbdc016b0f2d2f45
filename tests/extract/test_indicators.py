"""Indicator ids from units, counted nouns and cue words."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

import pytest

from tally.extract.facts import extract_facts
from tally.extract.indicators import indicator_of
from tally.model import Document, Quantity


def q(unit: str = "CNY", counted: str | None = None, text: str = "5 billion yuan") -> Quantity:
    return Quantity(start=0, end=len(text), text=text, value=1.0, unit=unit, counted=counted)


@pytest.mark.parametrize(
    ("before", "after", "quantity", "kind", "expected"),
    [
        ("The county's GDP reached ", " in 2020.", q(), "level", "gdp"),
        ("The import and export volume of the city reached ", ".", q(), "level", "trade"),
        ("Its foreign trade totaled ", ".", q(), "level", "trade"),
        ("Exports of the province rose to ", ".", q(), "level", "exports"),
        ("while its imports stood at ", ".", q(), "level", "imports"),
        ("The added value of the new energy sector rose by ", ".", q("percent"), "change", "value_added"),
        ("The zone's industrial output value reached ", ".", q(), "level", "output_value"),
        ("The firm delivered products worth ", ".", q(), "level", "revenue"),
        ("with a combined investment totaling ", ".", q(), "level", "investment"),
        ("Its export orders amounted to ", ".", q(), "level", "orders"),
        ("The per capita disposable income of rural residents reached ", ".", q(), "level", "income"),
        ("The new line can save costs of up to ", " a year.", q(), "level", "savings"),
        ("The city has invested more than ", " in improving livelihoods.", q(), "level", "public_funding"),
        ("Manufacturing grew by ", ".", q("percent"), "change", "value_added"),
        (
            "The mill phased out production capacity of ",
            ".",
            q("t", text="3 million tons"),
            "level",
            "capacity",
        ),
        ("The orchard covers ", ".", q("ha", text="200 hectares"), "level", "area"),
        ("The tunnel stretches ", ".", q("km", text="12 km"), "level", "length"),
        ("The works took about ", " to finish.", q("month", text="two months"), "level", "duration"),
        ("all residents above ", " old", q("year", text="12 years"), "level", "other"),
        ("The plan aims for ", " of the population to be vaccinated.", q("percent"), "share", "vaccination"),
        ("Doctoral admissions expanded by ", ".", q("percent"), "change", "enrollment"),
        ("The park is home to ", ".", q("count", "company", "80"), "level", "enterprises"),
        ("The town launched ", " new investment projects.", q("count", "project", "12"), "level", "projects"),
        ("The plant provides jobs for ", ".", q("count", "person", "900"), "level", "jobs"),
        ("The programme lifted ", " out of poverty.", q("count", "person", "7,000"), "level", "population"),
        ("The cooperative helps ", ".", q("count", "household", "120"), "level", "households"),
        ("The city has ", ".", q("count", "greenhouse", "40"), "level", "count"),
        ("The firm exported ", " last year.", q("count", "robot", "3,000"), "level", "exports"),
        ("The province shipped ", " of tea overseas.", q("t", text="6,000 tons"), "level", "exports"),
        ("The tea industry chain is worth ", ".", q(), "level", "output_value"),
        ("Its net profit grew by ", ".", q("percent"), "change", "other"),
        ("The first order involves ", ".", q("count", "robot", "300"), "level", "orders"),
    ],
)
def test_indicator(before: str, after: str, quantity: Quantity, kind: str, expected: str) -> None:
    ind, rule = indicator_of(quantity, before, after, kind)
    assert ind == expected, rule


def test_no_cue_gives_none() -> None:
    assert indicator_of(q("percent"), "It rose by ", ".", "change")[0] is None


def test_local_cue_wins_over_a_stronger_one_further_away() -> None:
    before = "Its export value rose 9 percent to 5 billion yuan while its imports stood at "
    assert indicator_of(q(), before, ".", "level", local=" while its imports stood at ")[0] == "imports"


@pytest.mark.parametrize(
    ("before", "after", "quantity", "kind", "expected"),
    [
        # the economy of a place is its GDP; of a sector its added value
        ("The region's economy grew ", " in the second quarter.", q("percent"), "change", "gdp"),
        ("Economic growth slowed to ", ".", q("percent"), "change", "gdp"),
        ("The city region's GVA reached ", ".", q("GBP"), "level", "value_added"),
        ("Services now generate ", " of the state's GDP.", q("percent"), "share", "value_added"),
        # rates
        ("The unemployment rate fell to ", " in May.", q("percent"), "share", "other"),
        ("Hotel occupancy averaged ", " in July.", q("percent"), "share", "other"),
        ("The employment rate of graduates reached ", ".", q("percent"), "share", "jobs"),
        # public money, tourism money, tax receipts
        ("The council awarded a grant of ", " to the firm.", q("USD"), "level", "public_funding"),
        ("The plan includes tax credits worth ", ".", q("USD"), "level", "public_funding"),
        ("The state will spend another ", " on roads.", q("USD"), "level", "public_funding"),
        ("Tourism spending rose to ", ".", q("EUR"), "level", "revenue"),
        ("Sales tax receipts totaled ", " in fiscal 2022.", q("USD"), "level", "revenue"),
        # trade with a named partner
        ("Shipments to Brazil climbed 9% to ", ".", q("USD"), "level", "exports"),
        ("Germany took ", " worth of the region's products.", q("EUR"), "level", "exports"),
        # pledges and facilities
        ("The state signed 30 MoUs worth ", ".", q("INR"), "level", "investment"),
        ("Among them is a ", " steel plant near the port.", q("USD"), "level", "investment"),
        # harvests and land
        ("Growers harvested ", " last year.", q("count", "bushel", "90 million"), "level", "production"),
        ("on some ", " of farmland", q("acre", text="3 million acres"), "level", "area"),
        # what is counted decides
        (
            "The county has ",
            " registered guesthouses.",
            q("count", "guesthouse", "900"),
            "level",
            "enterprises",
        ),
        ("The fair drew more than ", ".", q("count", "exhibitor", "1,200"), "level", "enterprises"),
        ("The province signed ", ".", q("count", "memorandums of understanding", "40"), "level", "projects"),
        ("The office approved ", ".", q("count", "housing development", "six"), "level", "projects"),
        ("The hotels offer ", ".", q("count", "bed", "8,000"), "level", "capacity"),
        (
            "The number of duty-free shoppers reached ",
            ".",
            q("count", None, "2 million"),
            "level",
            "population",
        ),
        (
            "It aims to raise the number of firms with export licences to ",
            ".",
            q("count", None, "3,000"),
            "level",
            "enterprises",
        ),
        ("The district hosts nearly ", " of the state's wind farms.", q("percent"), "share", "count"),
        # a cue in the figure's own clause beats a stronger one in an earlier clause
        ("Exports rose sharply; investment reached ", ".", q("USD"), "level", "investment"),
    ],
)
def test_indicator_generality(before: str, after: str, quantity: Quantity, kind: str, expected: str) -> None:
    ind, rule = indicator_of(quantity, before, after, kind)
    assert ind == expected, rule


def test_compared_thing_after_than_does_not_decide() -> None:
    got = indicator_of(q("percent"), ", ", " more than budget writers had forecast.", "ratio")
    assert got[0] is None  # the figure before decides (the caller carries it)


# One row per way English economic news names an indicator (own sentences, whole pipeline).
VOCABULARY = [
    ("The province's foreign trade reached 45 billion yuan in 2021.", "45 billion yuan", "trade"),
    ("Imports and exports of the city totaled $12 billion last year.", "$12 billion", "trade"),
    ("Two-way trade between the two countries hit $8.4 billion in 2022.", "$8.4 billion", "trade"),
    ("Total trade volume at the port rose 11 percent to 30 billion yuan.", "30 billion yuan", "trade"),
    ("Trade turnover with Russia climbed to $3.1 billion.", "$3.1 billion", "trade"),
    ("Bilateral trade grew 9.5 percent in the first half.", "9.5 percent", "trade"),
    ("The region's total imports and exports expanded by 14 percent.", "14 percent", "trade"),
    ("Cross-border e-commerce trade reached 2.3 billion yuan.", "2.3 billion yuan", "trade"),
    ("Outbound shipments of machinery rose 18 percent to $4 billion.", "$4 billion", "exports"),
    ("Foreign sales of the company's tractors reached $90 million.", "$90 million", "exports"),
    ("The firm sold $12 million worth of tea to buyers in Europe.", "$12 million", "exports"),
    ("Imports of crude oil fell 7 percent to 3 million tons.", "7 percent", "imports"),
    ("The city bought $2 billion of goods from abroad.", "$2 billion", "imports"),
    ("Inbound shipments rose to $2 billion.", "$2 billion", "imports"),
    ("Overseas shipments of solar panels surged 40 percent.", "40 percent", "exports"),
    ("The city's economic output reached 1.2 trillion yuan in 2021.", "1.2 trillion yuan", "gdp"),
    ("The economy grew 6.1 percent in the first three quarters.", "6.1 percent", "gdp"),
    ("Its gross regional product hit 2.5 trillion yuan.", "2.5 trillion yuan", "gdp"),
    ("The province's GRP rose 7 percent last year.", "7 percent", "gdp"),
    ("The state's GSDP is estimated at Rs 22 lakh crore.", "Rs 22 lakh crore", "gdp"),
    ("GDP per capita reached 85,000 yuan.", "85,000 yuan", "gdp"),
    ("Per capita GDP of the county stood at $12,500.", "$12,500", "gdp"),
    ("Gross state product expanded 3.2 percent in 2022.", "3.2 percent", "gdp"),
    ("The regional economy expanded by 4.4 percent in the second quarter.", "4.4 percent", "gdp"),
    ("Economic growth reached 5.8 percent in 2021.", "5.8 percent", "gdp"),
    ("The added value of the digital economy reached 300 billion yuan.", "300 billion yuan", "value_added"),
    ("Industrial added value rose 9 percent year-on-year.", "9 percent", "value_added"),
    ("Value-added of the service sector grew by 6 percent.", "6 percent", "value_added"),
    ("The area's GVA stood at £62 billion in 2020.", "£62 billion", "value_added"),
    ("Gross value added in manufacturing fell 2 percent.", "2 percent", "value_added"),
    ("The tertiary industry contributed 54 percent of GDP.", "54 percent", "value_added"),
    (
        "Industrial production at large firms increased 8.7 percent year-on-year.",
        "8.7 percent",
        "value_added",
    ),
    ("The park's output value reached 80 billion yuan.", "80 billion yuan", "output_value"),
    ("Gross industrial output of the zone reached 12 billion yuan.", "12 billion yuan", "output_value"),
    ("The tea industry chain is now worth 5 billion yuan.", "5 billion yuan", "output_value"),
    ("The total output value of agriculture grew to 60 billion yuan.", "60 billion yuan", "output_value"),
    ("The sector generated an output of 90 billion yuan last year.", "90 billion yuan", "output_value"),
    ("The company's operating income reached 3.2 billion yuan.", "3.2 billion yuan", "revenue"),
    ("Tourism revenue hit 80 billion yuan during the holiday.", "80 billion yuan", "revenue"),
    ("Tax revenue rose 12 percent to $40 billion.", "$40 billion", "revenue"),
    ("Retail sales of consumer goods reached 500 billion yuan.", "500 billion yuan", "revenue"),
    ("The firm posted turnover of £120 million.", "£120 million", "revenue"),
    ("Box office takings reached 30 million yuan.", "30 million yuan", "revenue"),
    ("The group's sales revenue topped 9 billion yuan.", "9 billion yuan", "revenue"),
    ("Hotels brought in 2 billion yuan during the festival.", "2 billion yuan", "revenue"),
    ("Online sales of farm produce reached 1.5 billion yuan.", "1.5 billion yuan", "revenue"),
    ("The operator reported revenue of $800 million.", "$800 million", "revenue"),
    ("Fiscal revenue of the county reached 3 billion yuan.", "3 billion yuan", "revenue"),
    ("Consumer spending during the Golden Week holiday reached 9 billion yuan.", "9 billion yuan", "revenue"),
    ("Fixed-asset investment rose 10 percent in the first half.", "10 percent", "investment"),
    ("Foreign direct investment in the province reached $2.3 billion.", "$2.3 billion", "investment"),
    ("The province attracted FDI of $1.8 billion.", "$1.8 billion", "investment"),
    (
        "The startup raised $50 million in a funding round led by local investors.",
        "$50 million",
        "investment",
    ),
    ("The utility's capital expenditure will reach $1.2 billion.", "$1.2 billion", "investment"),
    ("The company secured financing of 800 million yuan.", "800 million yuan", "investment"),
    ("Actual use of foreign capital reached $900 million.", "$900 million", "investment"),
    ("Investment in fixed assets grew by 8 percent.", "8 percent", "investment"),
    ("The project has a total investment of 5 billion yuan.", "5 billion yuan", "investment"),
    ("Private investors poured $300 million into the new hub.", "$300 million", "investment"),
    ("The carmaker will build a $1 billion factory in the state.", "$1 billion", "investment"),
    ("The firm committed £200 million to the new campus.", "£200 million", "investment"),
    ("The government allocated 2 billion yuan for rural roads.", "2 billion yuan", "public_funding"),
    ("Farmers received subsidies of 300 million yuan.", "300 million yuan", "public_funding"),
    ("The ministry earmarked $500 million for flood defenses.", "$500 million", "public_funding"),
    ("The council's budget for schools is £45 million.", "£45 million", "public_funding"),
    (
        "Central government funds of 1.2 billion yuan were appropriated for the project.",
        "1.2 billion yuan",
        "public_funding",
    ),
    ("The state set aside $80 million in drought relief.", "$80 million", "public_funding"),
    ("Grants worth €15 million went to 300 small firms.", "€15 million", "public_funding"),
    ("The province spent 40 billion yuan on education last year.", "40 billion yuan", "public_funding"),
    ("Public spending on health rose 9 percent.", "9 percent", "public_funding"),
    (
        "The city has been awarded £30 million from the government's levelling up fund.",
        "£30 million",
        "public_funding",
    ),
    ("The plant employs 3,000 people.", "3,000", "jobs"),
    ("The project created 5,000 new jobs.", "5,000", "jobs"),
    ("Non-farm payrolls increased by 12,000 in March.", "12,000", "jobs"),
    ("The firm hired 800 workers last year.", "800", "jobs"),
    ("The sector's workforce grew to 45,000.", "45,000", "jobs"),
    ("Employment in manufacturing rose 2 percent.", "2 percent", "jobs"),
    ("The city added 130,000 urban jobs in the first half.", "130,000", "jobs"),
    ("The industry provides employment for 20,000 local residents.", "20,000", "jobs"),
    ("Average wages rose 6 percent to 8,000 yuan a month.", "6 percent", "income"),
    ("Per capita disposable income of urban residents reached 45,000 yuan.", "45,000 yuan", "income"),
    ("Rural residents earned an average of 18,000 yuan last year.", "18,000 yuan", "income"),
    ("Median household income in the state is $62,000.", "$62,000", "income"),
    ("Average weekly earnings rose 4.2 percent.", "4.2 percent", "income"),
    ("The average salary of graduates reached 6,500 yuan.", "6,500 yuan", "income"),
    ("Teachers' pay rose 3 percent this year.", "3 percent", "income"),
    ("Each villager received a dividend of 1,200 yuan.", "1,200 yuan", "income"),
    ("The city has 9.4 million residents.", "9.4 million", "population"),
    ("The island received 6 million visitors in the first half.", "6 million", "population"),
    ("Tourist arrivals rose 25 percent to 3 million.", "25 percent", "population"),
    ("The airport handled 12 million passengers last year.", "12 million", "population"),
    ("The programme trained 20,000 people.", "20,000", "population"),
    ("The scheme has 50,000 beneficiaries.", "50,000", "population"),
    ("The hospital treated 80,000 patients in 2022.", "80,000", "population"),
    ("The province's population grew 0.5 percent to 35 million.", "0.5 percent", "population"),
    ("Visitor numbers climbed 30 percent.", "30 percent", "population"),
    ("Some 2,000 trainees completed the course.", "2,000", "population"),
    ("The region welcomed 4 million tourists.", "4 million", "population"),
    ("Ridership on the metro reached 900,000 a day.", "900,000", "population"),
    ("The park is home to 600 companies.", "600", "enterprises"),
    ("There are 1,200 high-tech enterprises in the city.", "1,200", "enterprises"),
    ("The number of registered businesses rose 12 percent.", "12 percent", "enterprises"),
    ("More than 300 startups have set up in the hub.", "300", "enterprises"),
    ("The province launched 120 major projects this year.", "120", "projects"),
    ("The city signed 45 investment agreements at the fair.", "45", "projects"),
    ("The programme helped 3,000 poor households.", "3,000", "households"),
    ("Some 500 families were relocated.", "500", "households"),
    ("Universities in the province enrolled 120,000 new students.", "120,000", "enrollment"),
    ("Undergraduate admissions rose 5 percent.", "5 percent", "enrollment"),
    ("The college recruited 3,000 students this year.", "3,000", "enrollment"),
    ("Average home prices rose 3 percent in May.", "3 percent", "price"),
    ("Pork sold at 30 yuan per kilogram.", "30 yuan", "price"),
    ("The tickets cost $25 each.", "$25", "price"),
    ("Consumer prices rose 2.1 percent in June.", "2.1 percent", "other"),
    ("Fares were capped at £2 a journey.", "£2", "price"),
    ("The average price of a new home reached 12,000 yuan per square meter.", "12,000 yuan", "price"),
    ("The park covers 30 square kilometers.", "30 square kilometers", "area"),
    ("The new line runs 120 km.", "120 km", "length"),
    ("The construction took 18 months.", "18 months", "duration"),
    ("Some 90 percent of adults have received a vaccine.", "90 percent", "vaccination"),
    ("The city administered 3 million doses.", "3 million", "vaccination"),
    ("The plant has an annual capacity of 500,000 tons.", "500,000 tons", "capacity"),
    ("The wind farm can generate 300 MW.", "300 MW", "capacity"),
    ("The port can handle 2 million containers a year.", "2 million", "capacity"),
    ("The new terminal will be able to handle 40 million passengers a year.", "40 million", "capacity"),
    ("The province installed 5 GW of solar power.", "5 GW", "capacity"),
    ("The province produced 3 million tons of grain.", "3 million tons", "production"),
    ("Grain output reached 13 million tons.", "13 million tons", "production"),
    ("Coal production fell 4 percent.", "4 percent", "production"),
    ("The factory turned out 200,000 cars last year.", "200,000", "production"),
    ("The mine yielded 8 million tons of ore.", "8 million tons", "production"),
    ("Steel output rose 5 percent.", "5 percent", "production"),
    ("Crude steel production reached 20 million tonnes.", "20 million tonnes", "production"),
    ("Electricity generation rose 7 percent.", "7 percent", "production"),
    ("The firm won contracts worth 2 billion yuan.", "2 billion yuan", "orders"),
    ("New orders rose 12 percent in March.", "12 percent", "orders"),
    ("The company has a backlog of orders worth $3 billion.", "$3 billion", "orders"),
    ("Deals worth $400 million were signed at the trade fair.", "$400 million", "investment"),
    ("The new system saves 2 million yuan a year.", "2 million yuan", "savings"),
    ("Bank deposits of residents reached 800 billion yuan.", "800 billion yuan", "savings"),
    ("The upgrade cut energy costs by 30 percent.", "30 percent", "savings"),
    ("Spending on research and development reached 2.5 percent of GDP.", "2.5 percent", "rd_spending"),
    ("R&D expenditure rose 15 percent to 40 billion yuan.", "40 billion yuan", "rd_spending"),
    ("The company invested 300 million yuan in research and development.", "300 million yuan", "rd_spending"),
    ("The province has 69 development zones.", "69", "count"),
    ("The city opened 12 new schools.", "12", "count"),
    ("The unemployment rate fell to 4.1 percent.", "4.1 percent", "other"),
    ("Inflation eased to 3 percent in June.", "3 percent", "other"),
    ("The consumer price index rose 1.8 percent.", "1.8 percent", "other"),
    ("The manufacturing PMI stood at 50.3 in May.", "50.3", "other"),
    ("The CPI rose 2 percent year-on-year.", "2 percent", "other"),
    ("Hotel occupancy averaged 78 percent.", "78 percent", "other"),
    ("The company's net profit rose 20 percent.", "20 percent", "other"),
    ("The jobless rate edged up to 5.2 percent.", "5.2 percent", "other"),
    ("The producer price index fell 0.5 percent.", "0.5 percent", "other"),
]

# a second wording of each indicator, in US, UK, Indian and Chinese styles
VOCABULARY += [
    ("Shipments abroad of electronics climbed to $7.2 billion.", "$7.2 billion", "exports"),
    ("The province's outbound trade hit 90 billion yuan.", "90 billion yuan", "exports"),
    ("Purchases of foreign goods rose 6 percent.", "6 percent", "imports"),
    ("Merchandise exports came to $41 billion.", "$41 billion", "exports"),
    ("Its trade surplus widened to $2 billion.", "$2 billion", "other"),
    ("The state's economy is worth $1.1 trillion.", "$1.1 trillion", "gdp"),
    ("Gross domestic product per person reached $70,000.", "$70,000", "gdp"),
    ("The city's GDP topped 2 trillion yuan for the first time.", "2 trillion yuan", "gdp"),
    ("Regional GDP growth came in at 5.5 percent.", "5.5 percent", "gdp"),
    # a cross-cutting "digital economy" is no sector of the accounts: its share of GDP stays gdp
    ("The digital economy contributed 40 percent of GDP.", "40 percent", "gdp"),
    ("Agriculture's added value grew 3 percent.", "3 percent", "value_added"),
    (
        "The county's manufacturing sector generated 12 billion yuan in added value.",
        "12 billion yuan",
        "value_added",
    ),
    ("The firm booked revenue of $1.3 billion in the quarter.", "$1.3 billion", "revenue"),
    ("Sales at the store rose to £9 million.", "£9 million", "revenue"),
    ("Ticket sales brought in 20 million euros.", "20 million euros", "revenue"),
    ("Visitors spent a record $4 billion.", "$4 billion", "revenue"),
    ("Tourist spending rose 18 percent.", "18 percent", "revenue"),
    ("The company will invest $500 million in the plant.", "$500 million", "investment"),
    ("Investors have put £40 million into the project.", "£40 million", "investment"),
    ("The zone drew 3 billion yuan of private capital.", "3 billion yuan", "investment"),
    ("Utilized foreign capital reached $1.2 billion.", "$1.2 billion", "investment"),
    ("Venture funding for startups hit $900 million.", "$900 million", "investment"),
    ("The Treasury provided a £100 million grant.", "£100 million", "public_funding"),
    ("The government will allocate 5 billion rupees to the scheme.", "5 billion rupees", "public_funding"),
    ("The county received 80 million yuan in special funds.", "80 million yuan", "public_funding"),
    ("The federal government contributed $60 million to the bridge.", "$60 million", "public_funding"),
    ("Rs 2,000 crore has been sanctioned for the highway.", "Rs 2,000 crore", "public_funding"),
    ("The factory has a workforce of 2,500.", "2,500", "jobs"),
    ("The plant will provide 700 jobs.", "700", "jobs"),
    ("Some 40,000 people work in tourism.", "40,000", "jobs"),
    ("The average monthly wage was 5,000 yuan.", "5,000 yuan", "income"),
    ("Per capita income reached $3,000.", "$3,000", "income"),
    ("Farmers' incomes rose 10 percent.", "10 percent", "income"),
    ("Pensions will rise 3 percent next year.", "3 percent", "income"),
    ("The city is home to 12 million people.", "12 million", "population"),
    ("Overnight stays rose to 4 million.", "4 million", "population"),
    ("The museum drew 800,000 visitors.", "800,000", "population"),
    ("More than 1,000 volunteers joined the effort.", "1,000", "population"),
    ("The metro carried 3 million riders a day.", "3 million", "population"),
    ("There are 3,500 registered cooperatives in the province.", "3,500", "enterprises"),
    ("The number of high-tech firms reached 900.", "900", "enterprises"),
    ("The fair attracted 2,000 exhibitors.", "2,000", "enterprises"),
    ("The state approved 35 industrial projects.", "35", "projects"),
    ("Some 200 poverty-stricken families received help.", "200", "households"),
    ("The school admitted 400 new pupils.", "400", "enrollment"),
    ("Enrolment at the university rose to 30,000.", "30,000", "enrollment"),
    ("Petrol prices climbed to $4 a gallon.", "$4", "price"),
    ("Apples sold for 8 yuan a kilogram.", "8 yuan", "price"),
    ("The average house price is £250,000.", "£250,000", "price"),
    ("Rents rose 7 percent.", "7 percent", "price"),
    ("The plant can produce 2 million tons of steel a year.", "2 million tons", "capacity"),
    ("The farm has 50 MW of installed capacity.", "50 MW", "capacity"),
    ("The hospital has 1,200 beds.", "1,200", "capacity"),
    ("Farmers harvested 500,000 tons of wheat.", "500,000 tons", "production"),
    ("The mine's output fell to 2 million tons.", "2 million tons", "production"),
    ("The plant makes 300,000 vehicles a year.", "300,000", "production"),
    ("The shipyard won orders for 12 vessels.", "12", "orders"),
    ("The firm signed contracts worth $200 million.", "$200 million", "orders"),
    ("The program saved taxpayers $30 million.", "$30 million", "savings"),
    ("Household savings rose 9 percent.", "9 percent", "savings"),
    ("R&D spending reached 2.4 percent of GDP.", "2.4 percent", "rd_spending"),
    ("The firm spends 8 percent of revenue on research.", "8 percent", "rd_spending"),
    ("The province opened 14 new airports.", "14", "count"),
    ("The company holds 1,300 patents.", "1,300", "count"),
    ("Inflation hit 9.1 percent in June.", "9.1 percent", "other"),
    ("The jobless rate stood at 3.5 percent.", "3.5 percent", "other"),
    ("The firm's profit rose to $300 million.", "$300 million", "other"),
    ("The bank cut its key interest rate to 4 percent.", "4 percent", "other"),
    ("Forest coverage reached 62 percent.", "62 percent", "other"),
    ("The bridge spans 1.5 km.", "1.5 km", "length"),
    ("The reserve covers 3,000 hectares.", "3,000 hectares", "area"),
    ("Nearly 80 percent of residents are fully vaccinated.", "80 percent", "vaccination"),
]

# Chinese statistical wording in English
VOCABULARY += [
    (
        "The added value of industrial enterprises above designated size rose 9.2 percent year-on-year.",
        "9.2 percent",
        "value_added",
    ),
    ("Total retail sales of consumer goods reached 350 billion yuan.", "350 billion yuan", "revenue"),
    ("Raw coal output of the province hit 1.2 billion tons.", "1.2 billion tons", "production"),
    ("The province received 80 million tourist visits during the holiday.", "80 million", "population"),
    ("Comprehensive tourism revenue stood at 60 billion yuan.", "60 billion yuan", "revenue"),
    ("Some 3.29 million rural residents have been lifted out of poverty.", "3.29 million", "population"),
    ("About 470,000 people were relocated from inhospitable areas.", "470,000", "population"),
    ("The province's foreign trade volume grew by 20 percent.", "20 percent", "trade"),
    ("The city added 150,000 new market entities last year.", "150,000", "enterprises"),
    ("The number of high-tech enterprises exceeded 3,000.", "3,000", "enterprises"),
    ("The province built 15,000 5G base stations.", "15,000", "count"),
    ("Grain output reached 14.2 million tons, a record high.", "14.2 million tons", "production"),
    ("Strategic emerging industries grew 12 percent.", "12 percent", "value_added"),
    ("The province completed afforestation of 270,000 hectares.", "270,000 hectares", "area"),
    ("Energy consumption per unit of GDP fell 3 percent.", "3 percent", "other"),
    ("The province's fiscal revenue rose 8 percent.", "8 percent", "revenue"),
    ("The general public budget revenue reached 230 billion yuan.", "230 billion yuan", "revenue"),
    ("The province invested 10 billion yuan in poverty alleviation.", "10 billion yuan", "public_funding"),
    ("The company's operating revenue surpassed 100 billion yuan.", "100 billion yuan", "revenue"),
    ("Its exports to Belt and Road countries rose 30 percent.", "30 percent", "exports"),
    ("The cooperative has 300 member households.", "300", "households"),
    ("The county's tea gardens cover 20,000 mu.", "20,000 mu", "area"),
    ("The city's urban registered unemployment rate was 4.2 percent.", "4.2 percent", "other"),
    (
        "The investment in research and development accounted for 2.1 percent of the province's GDP.",
        "2.1 percent",
        "rd_spending",
    ),
    ("The province's cultural tourism industry created 200,000 jobs.", "200,000", "jobs"),
    ("The province's rail freight volume hit 700 million tons.", "700 million tons", "production"),
    ("The service sector contributed 60 percent to economic growth.", "60 percent", "value_added"),
    ("The province's new energy vehicle production rose 80 percent.", "80 percent", "production"),
    ("Sales of new energy vehicles jumped 150 percent.", "150 percent", "revenue"),
    ("The local government issued special bonds worth 50 billion yuan.", "50 billion yuan", "public_funding"),
]

# logistics, farming, industry and people in provincial reports
VOCABULARY += [
    ("China-Europe freight trains made 4,000 trips from the city last year.", "4,000", "count"),
    ("The hub handled 1.2 million TEUs of containers.", "1.2 million", "production"),
    ("Wheat output in the province reached 37 million tons.", "37 million tons", "production"),
    ("The province's wheat planting area stood at 5.7 million hectares.", "5.7 million hectares", "area"),
    ("The province produced 500,000 new energy vehicles in 2022.", "500,000", "production"),
    ("The province's high-speed rail network exceeds 2,000 km.", "2,000 km", "length"),
    ("Cargo throughput at the airport rose 15 percent.", "15 percent", "production"),
    ("The airport's passenger throughput reached 30 million.", "30 million", "population"),
    ("The number of museums in the province reached 380.", "380", "count"),
    ("The province's online retail sales rose 18 percent.", "18 percent", "revenue"),
    (
        "The semiconductor industry's output value exceeded 100 billion yuan.",
        "100 billion yuan",
        "output_value",
    ),
    ("Actual utilized foreign investment grew 10 percent.", "10 percent", "investment"),
    (
        "The province signed 200 contracts with foreign investors worth $5 billion.",
        "$5 billion",
        "investment",
    ),
    ("The city's resident population reached 12.9 million.", "12.9 million", "population"),
    ("The urbanization rate of the permanent population rose to 57 percent.", "57 percent", "other"),
    ("Rural residents' per capita consumption expenditure rose 9 percent.", "9 percent", "other"),
    ("The province trained 1 million rural workers in new skills.", "1 million", "population"),
    ("Some 2.3 million migrant workers returned home to start businesses.", "2.3 million", "population"),
    ("The province's total power generation capacity reached 110 GW.", "110 GW", "capacity"),
    ("The output of crude steel was 30 million tons.", "30 million tons", "production"),
]


# money produced, an industry worth, government investment, losses, carrying capacity, mass sold,
# people engaged in an industry, energy demand, homes counted
VOCABULARY += [
    (
        "Its factories produced about 3 billion yuan worth of furniture in 2022.",
        "3 billion yuan",
        "output_value",
    ),
    (
        "The city aims to turn the battery sector into one worth 200 billion yuan.",
        "200 billion yuan",
        "output_value",
    ),
    ("The county government invested 500 million yuan in new roads.", "500 million yuan", "public_funding"),
    (
        "The program drew a total investment of 2 billion yuan from governments at various levels.",
        "2 billion yuan",
        "public_funding",
    ),
    ("The storm caused direct economic losses of about 5 billion yuan.", "5 billion yuan", "other"),
    ("The new line can carry 20 million tons of ore a year.", "20 million tons", "capacity"),
    ("She sold 300 kilograms of green tea last year.", "300 kilograms", "production"),
    ("About 3,000 people are engaged in sheep farming in the county.", "3,000", "jobs"),
    ("Hundreds of villagers are involved in the tourism industry.", "Hundreds", "jobs"),
    ("The region wants wind power to cover 40 percent of electricity demand by 2030.", "40 percent", "other"),
    ("The city spent 2 billion yuan rebuilding roads and more than 4,000 homes.", "4,000", "count"),
]

# round 5: parts of counted things, words broken across lines, students at a school, things installed,
# counts of their own noun, captions, comparisons with a named measure, a digital economy's share of GDP
VOCABULARY += [
    ("In one hamlet, 74 of the 120 households keep bees.", "74", "households"),
    ("The park hosts the offices of two of the nation's largest mobile operators.", "two", "enterprises"),
    (
        "The furniture industry had sales of 9 billion yuan last year, and it em-\nploys some 35,000 people.",
        "35,000",
        "jobs",
    ),
    ("There are 240 students from Laos at the college.", "240", "population"),
    (
        "The county wants its GDP to grow 6 percent by 2025, and to have 8,000 smart meters installed.",
        "8,000",
        "count",
    ),
    ("The port handled 300 ships last year. The operators own 2,500 containers.", "2,500", "count"),
    ("The buyer pays growers about 15 percent more than the market price.", "15 percent", "price"),
    (
        "The state closed the year with tax receipts of $9 billion, 4% more than officials had forecast.",
        "4%",
        "revenue",
    ),
    (
        "The service sector accounted for 58 percent of the county's GDP last year.",
        "58 percent",
        "value_added",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), VOCABULARY)
def test_indicator_vocabulary(sentence: str, figure: str, expected: str) -> None:
    facts, _ = extract_facts(_doc(sentence), [])
    got = {f.text: f for f in facts}
    assert figure in got, list(got)
    assert got[figure].indicator == expected, got[figure].rules


def _doc(text: str) -> Document:
    return Document(
        name="t.txt",
        source="-",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=dt.date(2021, 7, 20),
    )


# what a figure refers to decides: the measure of a rank, 'of them', the earlier value of a share,
# the same figure in the body for a headline, 'the cost of', quotas, output per head, places counted
REFERRING = [
    ("The company is the world's largest maker of drones.", "largest", "production"),
    ("The province ranked third nationwide in exports.", "third", "exports"),
    ("She runs a 12-room guesthouse near the lake.", "12-room", "capacity"),
    ("The city will build a 500-bed hospital.", "500-bed", "capacity"),
    ("In Leeds, a £600m regeneration scheme will add 2,000 homes.", "£600m", "investment"),
    ("The federal government contributed $60 million to the bridge.", "$60 million", "public_funding"),
    ("The lake, at 300 square kilometers, is the region's largest.", "largest", "area"),
    ("Lyon, France's third-largest city, drew 2 million visitors.", "third-largest", "population"),
    ("Texas is the largest state by area in the contiguous US.", "largest", "area"),
    ("The city signed 40 projects last week. Twelve of them are in the port zone.", "Twelve", "projects"),
    (
        "The share of services in GDP reached 55 percent, compared with about 48 percent in 2015.",
        "48 percent",
        "value_added",
    ),
    ("A 12 percent rise\n\nThe province's exports grew 12 percent in 2020.", "12 percent", "exports"),
    ("The county grows about 60 percent of the nation's tea.", "60 percent", "production"),
    ("The tunnel will cut the cost of shipping coal by 20 percent.", "20 percent", "price"),
    ("The bridge opened in May at a cost of $900 million.", "$900 million", "investment"),
    ("The annual duty-free quota is 50,000 yuan per person.", "50,000 yuan", "other"),
    ("Output per head in the region was £25,000.", "£25,000", "value_added"),
    ("The city's three universities teach 80,000 students.", "80,000", "enrollment"),
    ("Spain has 17 autonomous communities.", "17", "count"),
    # a cargo airport or a port is ranked by the freight it handles
    ("Its airport is the fifth-busiest cargo airport in Asia.", "fifth-busiest", "production"),
    # a pull-quote takes the indicator the body figure carried from the sentence before it
    (
        "The province's GDP reached 2 trillion yuan. Compared with 2019, output was 6.1 percent higher.\n\n"
        "Compared with 2019, output was 6.1 percent higher\n",
        "6.1 percent",
        "gdp",
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), REFERRING)
def test_indicator_from_what_the_figure_refers_to(text: str, figure: str, expected: str) -> None:
    facts, _ = extract_facts(_doc(text), [])
    got = [f for f in facts if f.text == figure]
    assert got, [f.text for f in facts]
    assert got[0].indicator == expected, got[0].rules


def test_pull_quote_takes_the_indicator_the_body_figure_carried() -> None:
    text = (
        "The province's GDP reached 2 trillion yuan in the first half. Compared with 2019, output was "
        "6.1 percent higher.\n\nCompared with 2019, output was 6.1 percent higher\n"
    )
    facts, _ = extract_facts(_doc(text), [])
    got = [f for f in facts if f.text == "6.1 percent"]
    assert len(got) == 2, [f.text for f in facts]
    assert [f.indicator for f in got] == ["gdp", "gdp"], [f.rules for f in got]


def test_caption_takes_no_indicator_from_the_headline() -> None:
    from tally.model import Article, Span

    head = "Factories hire as orders return"
    cap = "Solar panels on a hillside in Zhangye. The county has more than 9,000 panels. PHOTO BY LI NA"
    text = head + "\n\n" + cap
    c0 = len(head) + 2
    art = Article(
        index=0,
        start=0,
        end=len(text),
        headline=Span(start=0, end=len(head)),
        captions=[Span(start=c0, end=len(text))],
    )
    facts, _ = extract_facts(_doc(text), [art])
    f = [f for f in facts if f.text == "9,000"][0]
    assert f.indicator == "count", f.rules


def test_clauses_between_from_an_offset_counts_those_of_the_slice() -> None:
    """Counting from ``pos`` in the window gives what counting in the sliced window gives."""

    from tally.extract.indicators import _clauses_between

    rng = random.Random(3)
    pieces = [";", " while ", " but ", ", and ", ", which ", ". The", ". the", "x", " ", ",", "."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for pos in range(len(text) + 1):
            assert _clauses_between(text, pos) == _clauses_between(text[pos:]), (text, pos)


def _repeats_plain(facts: list, text: str) -> None:
    """``indicators_from_repeats`` without its early return (the two loops as they were)."""
    from tally.extract.indicators import _WEAK
    from tally.resolve.repeats import ended

    def in_sentence(f: object) -> bool:
        return ended(text[f.sentence_start : f.sentence_end])  # type: ignore[attr-defined]

    body: dict[tuple, str] = {}
    carried: dict[tuple, str] = {}
    for f in facts:
        if f.indicator and in_sentence(f):
            if _WEAK.isdisjoint(f.rules):
                body.setdefault((f.value, f.unit, f.text), f.indicator)
            elif "indicator:carried" in f.rules:
                carried.setdefault((f.value, f.unit, f.text), f.indicator)
    for f in facts:
        if in_sentence(f) or _WEAK.isdisjoint(f.rules):
            continue
        key = (f.value, f.unit, f.text)
        ind = body.get(key) or (carried.get(key) if "indicator:carried" not in f.rules else None)
        if ind:
            f.indicator = ind
            f.rules = [r for r in f.rules if not r.startswith("indicator:")] + ["indicator:repeated-figure"]


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
@pytest.mark.parametrize(
    "text",
    [
        "Wind power capacity hit 8 GW by June. Solar added another 3 GW.\n\nSolar added 3 GW\n",
        "Profits rose 12 percent last year, the firm said. Sales grew 9 percent.\nSales up 9 percent\n",
        "Tourists spent 4.5 billion yuan in the county, and hotels booked 2 million nights.\n",
        "Exports: 300 million dollars\nImports fell 5 percent in May. Exports rose 300 million dollars.\n",
        "Output climbed 7 percent in the quarter. Output climbed 7 percent\n\nThe plant hired 600 workers.",
        # unended lines no cue types, which take the body's indicator
        "A record 45 billion yuan\n\nRetail sales in the city reached 45 billion yuan in May.\n",
        "Up 18 percent\n\nThe province drew foreign investment of 9 billion dollars in the first half, "
        "up 18 percent.\n",
        "Sales grew to 2 billion dollars. The total rose again to 3.4 billion dollars in 2021.\n\n"
        "Now 3.4 billion dollars\n",
    ],
)
def test_indicators_from_repeats_returns_early_only_when_nothing_would_change(text: str) -> None:
    """The early return of ``indicators_from_repeats`` (no unended line left untyped) changes no
    fact: the plain two loops give the same facts, on pages with and without such lines."""
    import copy

    from tally.extract import facts as facts_module
    from tally.extract.indicators import indicators_from_repeats

    seen: list[tuple[list, list]] = []
    real = facts_module.indicators_from_repeats

    def spy(fs: list, t: str) -> None:
        before = copy.deepcopy(fs)
        real(fs, t)
        _repeats_plain(before, t)
        seen.append((fs, before))

    facts_module.indicators_from_repeats = spy  # type: ignore[assignment]
    try:
        extract_facts(_doc(text), [])
    finally:
        facts_module.indicators_from_repeats = real  # type: ignore[assignment]
    assert real is indicators_from_repeats and len(seen) == 1
    got, plain = seen[0]
    assert [(f.indicator, f.rules) for f in got] == [(f.indicator, f.rules) for f in plain]
    if "record" in text or text.startswith("Up"):
        assert any("indicator:repeated-figure" in f.rules for f in got)


def _by_cues_plain(
    before: str, after: str, *, kind: str, is_count: bool, money: bool = False
) -> tuple[str, str, float] | None:
    """``by_cues`` as plain as it can be: every usable cue searched in both whole windows, every
    match scored (no literal gates, no lower-case twins, no search offsets, no pruning)."""
    from tally.extract.indicators import (
        _NUMBER_OF,
        _clauses_between,
        _cues,
        _join_broken,
        _usable_cues,
        _weights,
        _yields,
    )

    pen, after_pen, clause_pen, window_before, window_after = _weights()
    b = _join_broken(before[-window_before:])
    a = _join_broken(after[:window_after])
    levels = bool(is_count) or _NUMBER_OF.rx.search(b[-80:]) is not None
    usable = {id(c) for c in _usable_cues(levels, kind, money, is_count)}
    cues = [c for c in _cues() if id(c) in usable]
    spans = [(m.start(), m.end(), c.w) for c in cues for m in c.rx.finditer(b)]
    best: tuple[float, str, str] | None = None
    for c in cues:
        if c.where != "after":
            for m in c.rx.finditer(b):
                if len(spans) > 1 and _yields(m.start(), m.end(), c.w, spans):
                    continue
                score = c.w - pen * (len(b) - m.end()) - clause_pen * _clauses_between(b, m.end())
                if best is None or score > best[0]:
                    best = (score, c.id, m.group(0))
        if c.where != "before":
            for m in c.rx.finditer(a):
                score = c.w - after_pen - pen * m.start()
                if best is None or score > best[0]:
                    best = (score, c.id, m.group(0))
    if best is None or best[0] <= 0:
        return None
    return best[1], f"indicator:cue:{best[2].lower()}", best[0]


_CUE_WORDS = [
    "exports", "Imports", "foreign trade", "import and export", "revenue", "sales", "GDP", "economy",
    "output value", "industrial output", "investment", "invested", "the number of", "tourists",
    "tourism revenue", "per capita", "disposable income", "profits", "jobs", "employed", "capacity",
    "installed", "wind power", "retail sales", "orders", "loans", "deposits", "tax", "budget", "worth",
    "students", "enterprises", "the government", "will", "could", "grew", "rose", "fell", "added value",
    "manufacturing", "population", "residents", "area", "hectares", "freight", "passengers", "visitors",
]
_FILLER = ["the", "of", "its", "in", "and", "while", "but", ",", ";", ".", "The", "a", "\n", "em-\nployed",
           "reached", "totaled", "by", "to", "Zhejiang's", "company", "ÉCLAT", "over"]


def _phrase(rng: random.Random, words: list[str], fewest: int, most: int) -> str:
    """From ``fewest`` to ``most`` words drawn from ``words``, joined by blanks."""
    return " ".join(rng.choice(words) for _ in range(rng.randint(fewest, most)))


@pytest.mark.parametrize("seed", range(8))
def test_by_cues_is_the_plain_search(seed: int) -> None:
    """The gated search of ``by_cues`` (literal gates, twins, offsets, skipped scores) gives what
    searching every usable cue in the whole windows gives."""

    from tally.extract.indicators import by_cues

    rng = random.Random(seed)
    words = _CUE_WORDS + _FILLER * 2
    for _ in range(150):
        before = _phrase(rng, words, 0, 40) + rng.choice(["", " "])
        after = rng.choice(["", " "]) + _phrase(rng, words, 0, 12)
        for kind in ("level", "change", "share", "ratio", "rank"):
            for is_count, money in ((False, False), (False, True), (True, False)):
                got = by_cues(before, after, kind=kind, is_count=is_count, money=money)
                plain = _by_cues_plain(before, after, kind=kind, is_count=is_count, money=money)
                assert got == plain, (before, after, kind, is_count, money)


# words of the cues whose matches may be wide but hold their literal near their start
_NEAR_START_WORDS = [
    "shipments to", "sold to the", "exports to", "Japan", "Vietnam", "the", "grew", "made about", "harvested",
    "tonnes", "the cost of", "unit costs of shipping", "living", "vaccinations", "inoculated", "doses",
    "soybeans", "rice", "of", "and", ",", "over", "some",
]


@pytest.mark.parametrize("seed", range(4))
def test_by_cues_from_near_the_literal_is_the_plain_search(seed: int) -> None:
    """Cues searched from ``back`` characters before their first literal (``_cue_widths``) find what
    the plain search of the whole windows finds."""

    from tally.extract.indicators import by_cues

    rng = random.Random(seed)
    for _ in range(150):
        before = _phrase(rng, _NEAR_START_WORDS, 0, 30) + " "
        after = " " + _phrase(rng, _NEAR_START_WORDS, 0, 10)
        for kind in ("level", "change"):
            for is_count, money in ((False, False), (True, False)):
                got = by_cues(before, after, kind=kind, is_count=is_count, money=money)
                plain = _by_cues_plain(before, after, kind=kind, is_count=is_count, money=money)
                assert got == plain, (before, after, kind, is_count, money)


def test_no_cue_literal_holds_the_joint_of_the_two_windows() -> None:
    """``_both_ends`` scans the two windows joined by "\\x00": no literal of the cues may hold it."""
    from tally.extract.indicators import _battery

    assert all("\x00" not in lit for lit, _rules in _battery().gated.by_literal)


@pytest.mark.parametrize("seed", range(4))
def test_both_ends_is_the_two_scans(seed: int) -> None:
    """One scan of the windows joined gives what scanning each gives (``_first_last_ends``, ``ends``)."""

    from tally.extract.indicators import _battery, _both_ends, _first_last_ends

    gated = _battery().gated
    assert gated.scan is not None
    rng = random.Random(seed)
    words = _CUE_WORDS + _FILLER * 2
    for _ in range(200):
        b = _phrase(rng, words, 0, 30)
        a = _phrase(rng, words, 0, 10)
        if not (b.isascii() and a.isascii()):
            continue
        first, last = _first_last_ends(gated, b)
        assert _both_ends(gated.scan, b.lower(), a.lower()) == (first, last, gated.ends(a) if a else {})


def test_size_adjective_opens_with_a_hyphen() -> None:
    """``indicator_of`` asks the size-adjective pattern only about a figure with a hyphen: each of
    its matches opens with one."""
    from tally.extract.indicators import _rx
    from tally.gates import _lead, literal_lead

    rx = _rx("capacity_adjective").rx
    lead = _lead(rx)
    assert literal_lead(rx) and lead is not None and lead[1] == ord("-")


@pytest.mark.parametrize(
    "counted",
    ["households", "memorandums of understanding", "projects in the pipeline", "  robots ", "wind farms",
     "students", "people\u2003on boats", "tourists\twith tickets"],
)
def test_counted_head_is_the_split_head(counted: str) -> None:
    """``by_counted`` splits a noun of several words only: the indicator is the one of the plain split."""
    from tally.extract.indicators import _HEAD_SPLIT, _counted_map, _singular, by_counted

    noun = _HEAD_SPLIT.split(counted.lower().strip(), maxsplit=1)[0]
    head = noun.split()[-1]
    cmap = _counted_map()
    ind = cmap.get(noun) or cmap.get(head) or cmap.get(_singular(head))
    got = by_counted(counted, "Officials said the city has ", " now.")
    if ind and got and got[1].startswith("indicator:counted:"):
        assert got == (ind, f"indicator:counted:{head}")
    elif got and got[1].startswith("indicator:counted:"):
        raise AssertionError(got)


@pytest.mark.parametrize("seed", range(4))
def test_search_cut_past_the_last_literal_is_the_whole_search(seed: int) -> None:
    """``by_cues`` searches a window before the figure only up to where a match starting before the
    last literal end can reach (``_Battery.reach``), and drops a match it finds starting later: for
    every cue with a reach, from every offset, the same first match as the search of the whole text."""

    from tally.extract.indicators import _battery, _first_last_ends

    t = _battery()
    rng = random.Random(seed)
    words = _CUE_WORDS + _NEAR_START_WORDS + _FILLER
    for _ in range(60):
        text = _phrase(rng, words, 1, 40)
        if not text.isascii():
            continue
        low = text.lower()
        _first, last = _first_last_ends(t.gated, text)
        assert last is not None
        for i, last_end in last.items():
            if t.reach[i] < 0:
                continue
            twin = t.twins[i]
            rx, on = (twin, low) if twin is not None else (t.cues[i].rx, text)
            stop = last_end - 1 + t.reach[i]
            for at in range(0, len(on) + 1, 3):
                whole = rx.search(on, at)
                cut = rx.search(on, at, stop)
                if cut is not None and cut.start() >= last_end:
                    cut = None
                assert (cut and cut.span()) == (whole and whole.span()), (i, text, at)


def test_reach_is_known_only_without_lookaheads_or_end_anchors() -> None:
    """A cue with a lookahead or an end anchor gets no reach (its search is never cut short); the
    others reach their widest match and two characters more."""
    from tally.extract.indicators import _battery
    from tally.gates import width

    t = _battery()
    assert any(r >= 0 for r in t.reach)
    for cue, reach in zip(t.cues, t.reach, strict=True):
        src = cue.rx.pattern
        if "(?=" in src or "(?!" in src or "$" in src:
            assert reach == -1
        elif reach >= 0:
            assert reach == width(cue.rx) + 2


@pytest.mark.parametrize(
    "text",
    ["Exports rose, but imports fell", "sales; and more", "The firm. It grew", "while", "WHEREAS it rose",
     "no mark here at all", "em-\nployed 3, a", "", "But", "x.\nY", "one , two"],
)
def test_no_clause_break_after_the_last_literal(text: str) -> None:
    """``by_cues`` counts the clause breaks after a cue only when a literal of the clause break's
    gate starts at or after the cue's end: else ``findall`` finds none."""
    from tally.extract.indicators import _battery, _last_literal

    t = _battery()
    assert t.clause_lits is not None
    last = _last_literal(text.lower(), t.clause_lits)
    for end in range(len(text) + 1):
        if end > last:
            assert t.clause_break.findall(text, end) == [], (text, end)
    assert _last_literal(text.lower(), None) == len(text)


@pytest.mark.parametrize(
    "after",
    ["", " students", " new students at the school", "  Pupils of the town", " trainees and apprentices",
     " graduate students", " local firms", " freshmen", " teachers and STUDENTS", " people",
     "\u00e9l\u00e8ves", " employees, students", " undergraduates\u2003here", " of them"],
)
def test_students_after_is_the_anchored_match(after: str) -> None:
    """``_students_after`` answers what the anchored pattern's ``starts`` answers."""
    from tally.extract.indicators import _rx, _students_after

    assert _students_after(after) == _rx("students_after").starts(after)


@pytest.mark.parametrize("seed", range(2))
def test_cue_twins_find_the_cue_matches(seed: int) -> None:
    """Each cue's twin (lower-cased, its alternations regrouped by ``gates.trie_branches``) finds on
    the lower-cased ASCII text the spans the cue finds on the text."""

    from tally.extract.indicators import _battery

    t = _battery()
    rng = random.Random(seed)
    words = _CUE_WORDS + _NEAR_START_WORDS + _FILLER
    for _ in range(80):
        text = _phrase(rng, words, 1, 30)
        if not text.isascii():
            continue
        low = text.lower()
        for cue, twin in zip(t.cues, t.twins, strict=True):
            if twin is not None:
                assert [m.span() for m in twin.finditer(low)] == [m.span() for m in cue.rx.finditer(text)]


# words that make a window not ASCII: cased and uncased letters, quotes and dashes, and the four
# characters re matches case-blind to an ASCII letter (the cues' own regexes then answer)
_NON_ASCII = ["Zürich’s", "café", "ÉXPORTS", "—", "“record”", "Ölmarkt", "\u0130ncome", "\u0131nvested",
              "\u017fales", "\u212aWh", "Straße", "αβγ"]


@pytest.mark.parametrize("seed", range(6))
def test_by_cues_on_non_ascii_windows_is_the_plain_search(seed: int) -> None:
    """A window that is not ASCII is searched by the twins on its ASCII letters alone lower-cased
    (``kinds._ascii_lowered``): what searching every usable cue in the whole windows gives."""
    from tally.extract.indicators import by_cues

    rng = random.Random(100 + seed)
    words = _CUE_WORDS + _FILLER + _NON_ASCII * 2
    for _ in range(120):
        before = _phrase(rng, words, 1, 40) + rng.choice(["", " "])
        after = rng.choice(["", " "]) + _phrase(rng, words, 0, 12)
        for kind in ("level", "change", "share"):
            for is_count, money in ((False, False), (False, True), (True, False)):
                got = by_cues(before, after, kind=kind, is_count=is_count, money=money)
                plain = _by_cues_plain(before, after, kind=kind, is_count=is_count, money=money)
                assert got == plain, (before, after, kind, is_count, money)


def test_by_unit_as_the_table() -> None:
    """``by_unit`` (the table's units read once into a dict) answers as the table for every unit
    it names, and None for others."""
    from tally.extract import indicators as I

    units = I._table()["units"]
    assert units
    for unit, ind in units.items():
        assert I.by_unit(unit) == ind
    for unit in ("count", "percent", "USD", "", "no-such-unit"):
        assert I.by_unit(unit) == units.get(unit)


NUMBER_OF_WINDOWS = [
    "the number of visitors rose, and the Number of  hotel beds",
    "NUMBERS OF tourists and numbers of the residents' cars",
    "renumber of items, a number of the new wind farms",
    "the number of, numbered of",
    "the café's number of guests",
    "no count here",
    "",
]


@pytest.mark.parametrize("window", NUMBER_OF_WINDOWS)
def test_number_of_matches_as_the_pattern(window: str) -> None:
    """``_number_of_matches`` (the pattern matched only where "number" starts) finds the matches of
    the cue's ``finditer``, on every suffix of the window."""
    from tally.extract import indicators as I

    rx = I._rx("number_of").rx
    for i in range(len(window) + 1):
        w = window[i:]
        want = [(m.span(), m.groups()) for m in rx.finditer(w)]
        assert [(m.span(), m.groups()) for m in I._number_of_matches(w)] == want, w


_UNITS = "USD EUR/t CNY/kWh usd US USDX USD/ U/S /US count percent GBP/m2/y A/B/C ABC/ AB/C km MWh ÉUR"


@pytest.mark.parametrize("unit", [*_UNITS.split(), "", "USD/t/y"])
def test_is_money_as_the_split(unit: str) -> None:
    """``_is_money`` (sliced) answers as the test it replaces: the part before the first "/" is
    three characters, all cased ones capitals."""
    from tally.extract.indicators import _is_money

    code = unit.split("/")[0]
    assert _is_money(unit) == (len(code) == 3 and code.isupper())
