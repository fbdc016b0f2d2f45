from ._b import Builder

DOC = "dev06_catalonia.txt"
PUBLISHED = "2023-09-22"
SOURCE = "regional business supplement page, Catalonia (written for the Tally dev set)"

TEXT = r"""

Catalonia's summer crowds return, and then some



Foreign arrivals beat 2019 record; hoteliers warn of water shortages

By JORDI VIDAL

Catalonia welcomed [[8.9 million]] foreign tourists in the first seven months of the year, nearly [[12 percent]] more than in the same period of 2022 and slightly above the pre-pandemic record, according to the regional statistics institute Idescat.

Visitors spent [[€13.4 billion]], up [[18 percent]] year-on-year. France remained the largest source market, with more than [[1.6 million]] arrivals, followed by the United Kingdom.

Barcelona, Spain's [[second-largest]] city, drew about [[57 percent]] of the foreign visitors. Its cruise terminals handled [[1.9 million]] passengers in the period, almost [[three times]] the number in the first seven months of 2021.

Hotel prices in the city rose by [[20 to 25 percent]] in July and August compared with last summer, the hotel guild said.

"Demand is not the problem. Water and housing are," said Marta Puig, 38, who runs a guesthouse on Carrer de Mallorca 214.

The regional government has asked hotels to cut water use by up to [[15 percent]] after the longest drought on record.

Anna Soler contributed to this story.



Tourists queue outside the Sagrada Familia in Barcelona in August. PERE FONT / FOR EL PERIODICO REGIONAL

Vineyards shrink as drought bites

By ANNA SOLER

The Penedès wine region has lost more than [[1,200 hectares]] of vineyards since 2018, leaving about [[23,500 hectares]] in production, growers' union Unió de Pagesos said.

The harvest this autumn is expected to come in [[30 to 40 percent]] below average, and prices for some grape varieties have risen by up to [[60 percent]] since last year.

The government has set aside [[€40 million]] in drought aid for farmers this year, including [[2.3 million euros]] for irrigation ponds.

Away from the capital, Girona-Costa Brava airport handled [[1.2 million]] passengers from January to August, [[41 percent]] more than a year earlier, after low-cost carriers added [[six]] new routes for the summer. The airport expects to close the year with more than [[1.7 million]] passengers, its director told reporters.

Solar catches up, slowly

By JORDI VIDAL

Catalonia had [[1,150 megawatts]] of solar capacity installed at the end of June, [[doubled]] from two years earlier but still far behind Aragon and Castile-La Mancha.

The region has [[2,600 MW]] of wind power in [[49]] farms, and the government wants renewables to cover [[50 percent]] of electricity demand by 2030, up from about [[19 percent]] now.

Projects totaling [[4,300 MW]] are waiting for permits, said Joan Ferrer, head of the regional energy agency ICAEN.

A new [[38-km]] section of the C-32 motorway extension and [[12 kilometers]] of cycle lanes along the coast are due to open in 2025 at a cost of [[€310 million]].

Catalonia's economy, the [[second-largest]] among Spain's [[17]] autonomous communities after Madrid's, grew [[2.4 percent]] in the second quarter from a year earlier, and the unemployment rate fell to [[9.3 percent]].

Anna Soler contributed to this story.

nearly [[12 percent]] more than in the same period of 2022
"""

_b = Builder()
f = _b.f
_b.ent("Catalonia", "province")
J7 = "2023-01/2023-07"
f("8.9 million", 8.9e6, "count", "level", "population", J7, c="person", q={"scope": "foreign tourists"},
  n="Spanish autonomous community: entity_type province (closest type)")
f("12 percent", 12, "percent", "change", "population", J7, a="~", d="up", b="yoy", q={"scope": "foreign tourists"},
  n="'more than in the same period of 2022' = year-on-year")
f("€13.4 billion", 13.4e9, "EUR", "level", "revenue", J7, q={"sector": "tourism", "scope": "spending by foreign visitors"},
  n="visitor spending read as tourism revenue")
f("18 percent", 18, "percent", "change", "revenue", J7, d="up", b="yoy", q={"sector": "tourism", "scope": "spending by foreign visitors"})
f("1.6 million", 1.6e6, "count", "level", "population", J7, a=">", c="person", q={"scope": "foreign tourists", "partner": "France"},
  n="source market as partner; 'largest' (source market) is a rank of France, not of the entity: not annotated")
_b.ent("Barcelona", "city")
f("second-largest", 2, "rank", "rank", "population", None, q={"scope": "cities of Spain by population"},
  n="rank of the city by size; present tense, no time word")
f("57 percent", 57, "percent", "share", "population", J7, a="~", q={"scope": "share of Catalonia's foreign visitors"})
f("1.9 million", 1.9e6, "count", "level", "population", J7, c="passenger", q={"scope": "cruise passengers"},
  n="'in the period' = first seven months of 2023")
f("three times", 3, "times", "change", "population", J7, a="~", d="up", b="since", q={"scope": "cruise passengers vs January-July 2021"},
  n="'almost three times the number in ... 2021': multiple of an earlier period, change/since")
f("20 to 25 percent", 20, "percent", "change", "price", "2023-07/2023-08", vh=25, d="up", b="yoy", q={"sector": "hotels"},
  n="range; 'compared with last summer' = year-on-year; the address number '214' and the age '38' are not facts")
_b.ent("Catalonia", "province")
f("15 percent", 15, "percent", "change", "other", None, a="<=", d="down", b="unspecified", s="target", q={"scope": "water use by hotels"},
  n="requested cut (a goal): target, change down; no date")
_b.ent("Penedès", "zone")
f("1,200 hectares", 1200, "ha", "level", "area", "2018/2023", a=">", q={"product": "vineyards", "scope": "vineyard area lost since 2018"},
  n="wine region: entity_type zone; loss since 2018 as an amount (level), like 'phased out' capacity in the visible gold; change/down defensible")
f("23,500 hectares", 23500, "ha", "level", "area", "2023", a="~", q={"product": "vineyards", "scope": "in production"}, n="current state after the loss: publication year")
f("30 to 40 percent", 30, "percent", "ratio", "production", "2023", vh=40, s="target", q={"product": "grapes", "scope": "harvest vs average"},
  n="forecast below the average (comparison with an average, not a time): ratio, status target; direction kept in scope")
f("60 percent", 60, "percent", "change", "price", "2023", a="<=", d="up", b="yoy", q={"product": "some grape varieties"},
  n="'since last year' for a 2023 price = year-on-year")
_b.ent("Catalonia", "province")
f("€40 million", 40e6, "EUR", "level", "public_funding", "2023", q={"scope": "drought aid for farmers"})
f("2.3 million euros", 2.3e6, "EUR", "level", "public_funding", "2023", q={"scope": "irrigation ponds"})
_b.ent("Girona-Costa Brava airport", "company")
f("1.2 million", 1.2e6, "count", "level", "population", "2023-01/2023-08", c="passenger", q={"scope": "passengers handled"},
  n="an airport as entity: entity_type company (operator), organization defensible")
f("41 percent", 41, "percent", "change", "population", "2023-01/2023-08", d="up", b="yoy", q={"scope": "passengers handled"})
f("six", 6, "count", "level", "count", "2023", c="route", q={"scope": "new summer routes added by low-cost carriers"})
f("1.7 million", 1.7e6, "count", "level", "population", "2023", a=">", s="target", c="passenger", q={"scope": "passengers expected for the year"})
_b.ent("Catalonia", "province")
f("1,150 megawatts", 1150, "MW", "level", "capacity", "2023-06", q={"sector": "solar", "scope": "installed"})
f("doubled", 2, "times", "change", "capacity", "2023-06", d="up", b="since", q={"sector": "solar", "scope": "installed capacity vs two years earlier"},
  n="'doubled' = value 2, unit times, change/since")
f("2,600 MW", 2600, "MW", "level", "capacity", None, q={"sector": "wind"})
f("49", 49, "count", "level", "count", None, c="farm", q={"sector": "wind", "scope": "wind farms"})
f("50 percent", 50, "percent", "share", "other", "2030", s="target", q={"sector": "renewable energy", "scope": "share of electricity demand"})
f("19 percent", 19, "percent", "share", "other", "2023", a="~", q={"sector": "renewable energy", "scope": "share of electricity demand"}, n="'now' = publication year")
f("4,300 MW", 4300, "MW", "level", "capacity", None, q={"sector": "renewable energy", "scope": "projects waiting for permits"})
f("38-km", 38, "km", "level", "length", "2025", s="target", q={"scope": "C-32 motorway extension section"}, n="'C-32' is a road name, not a fact")
f("12 kilometers", 12, "km", "level", "length", "2025", s="target", q={"scope": "coastal cycle lanes"})
f("€310 million", 310e6, "EUR", "level", "investment", "2025", s="target", q={"scope": "motorway section and cycle lanes"},
  n="cost of public works: investment (public_funding defensible)")
f("second-largest", 2, "rank", "rank", "gdp", None, q={"scope": "economies of Spain's autonomous communities"})
f("17", 17, "count", "level", "count", None, ent="Spain", et="country", c="community", q={"scope": "autonomous communities"})
f("2.4 percent", 2.4, "percent", "change", "gdp", "2023-04/2023-06", d="up", b="yoy")
f("9.3 percent", 9.3, "percent", "share", "other", "2023-04/2023-06", q={"scope": "unemployment rate"}, n="period carried from the same sentence")
f("12 percent", 12, "percent", "change", "population", J7, a="~", d="up", b="yoy", q={"scope": "foreign tourists"},
  n="pull-quote fragment; 'nearly' is outside the span")
FACTS = _b.facts
