from ._b import Builder

DOC = "dev6_02_ontario.txt"
PUBLISHED = "2023-05-18"
SOURCE = "regional business page, Ontario, Canada (written for the Tally dev6 set)"

TEXT = r"""Windsor battery plant charges up Ontario's auto belt



Ottawa and the province back a new cell factory as work returns to the region's car plants

By CLAIRE MACDONALD in Windsor

Lakeshore Cell Manufacturing, a joint venture between a Detroit carmaker and a South Korean battery maker, is building a [[C\$5 billion]] ([[US\$3.7 billion]]) battery plant on the east side of Windsor, the biggest investment the city has ever seen.

The federal government has committed [[C\$700 million]] to the project and Ontario [[C\$500 million]], for combined public support of [[C\$1.2 billion]], officials said on Tuesday. The money will help pay for equipment and for training workers.

The plant is going up on a [[92-hectare]] site near the airport and is due to start making cells in 2025. It will employ about [[2,500]] people when it reaches full production in 2026, the company said.

"For a generation, people here watched factories close. Now we are arguing about where to put the new parking lots," said Maria Santos, a city councillor whose ward includes the site.

Windsor's unemployment rate stood at [[8.1 percent]] in April, the [[second-highest]] among Ontario's large cities. The city lost about [[11,000]] manufacturing jobs between 2005 and 2009, when car plants and many parts suppliers shut their doors.

Many of the plant's future workers are expected to come from parts manu-

facturers along Highway 401, where owners say they are already training staff to handle high-voltage components.

St. Clair College, the city's community college, has opened a course in battery assembly and plans to train [[1,200]] technicians for the plant by 2026. Instructors say many of the students are the sons and daughters of autoworkers who lost their jobs in the last downturn, and some are autoworkers themselves.

Not everyone is celebrating. Some residents of the farm roads east of the city worry about traffic and noise, and a few landowners held out for months before selling. The city has promised new bike lanes, a buffer of trees and a bus route to the site.

Ontario assembled [[1.49 million]] light vehicles last year, down from [[2.2 million]] in 2016. The province's auto industry employs about [[100,000]] people directly, and carmakers have promised to build electric models at several of its plants.

Just outside the city, greenhouse growers in Essex County farm about [[1,200 hectares]] under glass. They sold vegetables worth [[C\$1.1 billion]] last year, about [[80 percent]] of it to the United States. Tomatoes on the vine fetched about [[US\$1.35]] a pound at wholesale in April.

Mark Belanger contributed to this story.



Construction crews prepare the site of the Lakeshore Cell Manufacturing battery plant in Windsor, Ontario. The plant will employ about [[2,500]] people. JOHN TREMBLAY / FOR CHINA DAILY

Ontario economy holds up as interest rates bite

Jobs keep growing, but housing slows and forecasters trim their outlook

By DAVID CHEN in Toronto

Ontario added [[31,200]] jobs in April, Statistics Canada said this month, and the province's unemployment rate edged down to [[5.1 percent]] from [[5.3 percent]] in March.

The province's real GDP grew [[3.7 percent]] last year, but the Financial Accountability Office expects growth to slow to [[0.2 percent]] this year as higher interest rates weigh on home buying and consumer spending. Ontario's nominal GDP reached [[C\$1.05 trillion]] in 2022, about [[38 percent]] of Canada's total.

Trade with the United States remains the backbone of the economy. Ontario shipped goods worth [[C\$238 billion]] to its southern neighbor last year, about [[77 percent]] of its merchandise exports. Motor vehicles and parts made up about [[a quarter]] of those shipments.

In Toronto, housing starts fell [[19 percent]] year-on-year in April to [[3,412]] units, according to Canada Mortgage and Housing Corporation. The average price of a detached house in the city rose to [[C\$1.44 million]] in April, still [[14 percent]] below its peak in February last year.

The province wants [[1.5 million]] homes built by 2031, but builders started only about [[96,000]] last year. Developers blame high borrowing costs, slow approvals and a shortage of skilled trades.

"People still want to buy, but at these rates many first-time buyers simply cannot qualify for a mortgage," said Priya Nair, a senior economist at a Toronto bank. She expects the Bank of Canada to keep rates on hold through the summer and says the housing market will not recover until borrowing costs start to fall.

Toronto city council approved a [[C\$16.16 billion]] operating budget for 2023 in February, including a property tax increase of [[5.5 percent]] for homeowners. The city says it still needs help from Ottawa and the province to pay for shelters and public transit.

In the national capital, the Kanata North Technology Park is home to more than [[540]] companies employing about [[33,000]] people, from chip designers to makers of satellite antennas.

Ontario's minimum wage will rise to [[C\$16.55]] an hour on Oct 1, the province said last month.

Hamilton steelmaker swaps coal for electricity

By SARAH PATEL in Hamilton

Bayfront Steel reported revenue of [[C\$2.3 billion]] ([[US\$1.7 billion]]) for the first quarter, up [[12 percent]] from a year earlier, as car and appliance makers bought more flat-rolled steel. The company shipped [[610,000 tons]] of steel in the quarter.

It is spending [[C\$1.8 billion]] to replace its coal-fired blast furnaces with electric arc furnaces, a project that will cut the Hamilton plant's carbon emissions by about [[60 percent]] by 2028. Ottawa is contributing up to [[C\$400 million]] of the cost.

The company employs [[4,200]] people in Hamilton, down from about [[13,000]] in the 1970s. Production workers earn about [[C\$38]] an hour.

"The new furnaces will need fewer hands on the floor, so the union wants retraining written into the contract," said Mike Kowalski, 49, a crane operator and union steward at the plant.

Steel has been made on the shore of Hamilton's harbor since the early 1900s, and the mill's blast furnaces and coke ovens have long dominated the city's skyline and its air. Environmental groups have pushed for years for the coke ovens to close, and they welcomed the plan while urging the company to publish its emissions data every month.

City officials hope the project will keep steelmaking in Hamilton for decades, and that the cleaner air along the harbor will draw new residents to the neighborhoods around the mill.

Rachel Wong contributed to this story.



Steel coils wait for shipment at Bayfront Steel's plant in Hamilton, Ontario. The company shipped [[610,000 tons]] of steel in the first quarter. ANNE LEBLANC / FOR CHINA DAILY

Windsor battery plant gets [[C\$1.2 billion]] in public support
"""

_b = Builder()
f = _b.f
Q1 = "2023-01/2023-03"
PLANT = {"scope": "Windsor battery plant"}
_b.ent("Lakeshore Cell Manufacturing", "company")
f("C\\$5 billion", 5e9, "CAD", "level", "investment", None, q=PLANT,
  n="'C\\$' = Canadian dollars, the page's \\$ kept with its backslash and the prefix inside the span (as dev4's 'A\\$'); 'is building' with no time word: null (dev5 'is investing'); 'the biggest investment' has no number")
f("US\\$3.7 billion", 3.7e9, "USD", "level", "investment", None, q=PLANT, n="USD conversion carries the CAD figure's fields")
f("C\\$700 million", 700e6, "CAD", "level", "public_funding", None, ent="Canada", et="country",
  q={"scope": "federal support for the Lakeshore Cell Manufacturing plant in Windsor"},
  n="the giver is the sentence's subject (the federal government = Canada); 'has committed' with no time word: null ('on Tuesday' is when officials spoke; 2023 defensible)")
f("C\\$500 million", 500e6, "CAD", "level", "public_funding", None, ent="Ontario", et="province",
  q={"scope": "provincial support for the Lakeshore Cell Manufacturing plant in Windsor"}, n="elliptical 'and Ontario C\\$500 million'")
f("C\\$1.2 billion", 1.2e9, "CAD", "level", "public_funding", None, q={"scope": "combined federal and provincial support for the Windsor battery plant"},
  n="the sum is the support the project receives: entity the company (Canada or Ontario would split it); a part-and-total pair with the two figures before")
f("92-hectare", 92, "ha", "level", "area", None, q={"scope": "site of the Windsor battery plant"},
  n="adjective form, span as the gold's '0.4-hectare'; 'is going up' present: null; 2025 and 2026 are dates")
f("2,500", 2500, "count", "level", "jobs", "2026", s="target", a="~", c="person", q=PLANT,
  n="'will employ about 2,500 people when it reaches full production in 2026'")
_b.ent("Windsor", "city")
f("8.1 percent", 8.1, "percent", "level", "other", "2023-04", q={"scope": "unemployment rate"}, n="unemployment rate: other, a level (dev5 judgment call 9)")
f("second-highest", 2, "rank", "rank", "other", "2023-04", q={"scope": "unemployment rate among Ontario's large cities"},
  n="span the whole ordinal adjective, as the gold's 'fourth-largest'")
f("11,000", 11000, "count", "level", "jobs", "2005/2009", a="~", c="job", q={"sector": "manufacturing", "scope": "jobs lost"},
  n="an amount lost, as a level (bench/dev README call 7; change down defensible); 'Highway 401' below is a name with a number, not a fact")
_b.ent("Ontario", "province")
_b.ent("St. Clair College", "organization")
f("1,200", 1200, "count", "level", "population", "2026", s="target", c="person", q={"scope": "technicians to be trained for the Windsor battery plant"},
  n="people trained = population (dev5); 'plans to train ... by 2026': target")
_b.ent("Ontario", "province")
f("1.49 million", 1.49e6, "count", "level", "production", "2022", c="vehicle", q={"product": "light vehicles"}, n="'last year' = 2022")
f("2.2 million", 2.2e6, "count", "level", "production", "2016", c="vehicle", q={"product": "light vehicles"}, n="'down from ... in 2016': the earlier level")
f("100,000", 100000, "count", "level", "jobs", None, a="~", c="person", q={"sector": "auto industry", "scope": "people employed directly"},
  n="present tense, no time word: null")
_b.ent("Essex County", "county")
f("1,200 hectares", 1200, "ha", "level", "area", None, a="~", q={"product": "greenhouses", "scope": "greenhouse area under glass"},
  n="Ontario county: county; present tense: null")
f("C\\$1.1 billion", 1.1e9, "CAD", "level", "revenue", "2022", q={"product": "greenhouse vegetables"}, n="'They sold ... worth': sales = revenue")
f("80 percent", 80, "percent", "share", "exports", "2022", a="~", q={"product": "greenhouse vegetables", "partner": "United States"},
  n="'about 80 percent of it to the United States': share of sales exported to the US")
f("US\\$1.35", 1.35, "USD/lb", "level", "price", "2023-04", a="~", q={"product": "tomatoes on the vine", "scope": "wholesale price"},
  n="'a pound' after the span gives the per-unit form (facts.md 'USD/lb')")
_b.ent("Lakeshore Cell Manufacturing", "company")
f("2,500", 2500, "count", "level", "jobs", "2026", s="target", a="~", c="person", q=PLANT,
  n="photo caption repeating the body figure, with the body's period")
_b.ent("Ontario", "province")
f("31,200", 31200, "count", "level", "jobs", "2023-04", c="job", q={"scope": "jobs added"},
  n="an absolute increase stated as a count: jobs created, level (bench/dev README call 7)")
f("5.1 percent", 5.1, "percent", "level", "other", "2023-04", q={"scope": "unemployment rate"})
f("5.3 percent", 5.3, "percent", "level", "other", "2023-03", q={"scope": "unemployment rate"}, n="'from 5.3 percent in March': the earlier level")
f("3.7 percent", 3.7, "percent", "change", "gdp", "2022", d="up", b="yoy", q={"scope": "real GDP"},
  n="annual growth of a year = yoy")
f("0.2 percent", 0.2, "percent", "change", "gdp", "2023", d="up", b="yoy", s="target", q={"scope": "real GDP"},
  n="a forecast ('expects growth to slow to'): target; 'this year' = 2023; 'slow to' names the rate, which is still a rise")
f("C\\$1.05 trillion", 1.05e12, "CAD", "level", "gdp", "2022", q={"scope": "nominal GDP"})
f("38 percent", 38, "percent", "share", "gdp", "2022", a="~", q={"scope": "share of Canada's GDP"})
f("C\\$238 billion", 238e9, "CAD", "level", "exports", "2022", q={"partner": "United States"},
  n="'its southern neighbor' resolved to the United States")
f("77 percent", 77, "percent", "share", "exports", "2022", a="~", q={"partner": "United States", "scope": "share of merchandise exports"})
f("a quarter", 25, "percent", "share", "exports", "2022", a="~", q={"product": "motor vehicles and parts", "partner": "United States"},
  n="'a quarter' recorded as 25 percent, as the gold's 'half' = 50")
_b.ent("Toronto", "city")
f("19 percent", 19, "percent", "change", "production", "2023-04", d="down", b="yoy", q={"scope": "housing starts"},
  n="housing starts (units started) are physical construction output: production (count defensible)")
f("3,412", 3412, "count", "level", "production", "2023-04", c="home", q={"scope": "housing starts"}, n="'units' of housing counted as homes")
f("C\\$1.44 million", 1.44e6, "CAD", "level", "price", "2023-04", q={"product": "detached house", "scope": "average price"})
f("14 percent", 14, "percent", "change", "price", "2023-04", d="down", b="since", q={"product": "detached house", "scope": "average price below its February 2022 peak"},
  n="'still 14 percent below its peak in February last year': the April level against a named earlier month: change down / since (ratio defensible)")
_b.ent("Ontario", "province")
f("1.5 million", 1.5e6, "count", "level", "production", "2031", s="target", c="home", q={"scope": "new homes built"}, n="'wants ... built by 2031'")
f("96,000", 96000, "count", "level", "production", "2022", a="~", c="home", q={"scope": "housing starts"}, n="'started only about 96,000 last year'")
_b.ent("Toronto", "city")
f("C\\$16.16 billion", 16.16e9, "CAD", "level", "public_funding", "2023", q={"scope": "operating budget"},
  n="a city's budget is public spending; dated by the budget year ('in February' is the approval)")
f("5.5 percent", 5.5, "percent", "change", "other", "2023", d="up", b="unspecified", q={"scope": "property tax for homeowners"},
  n="a tax increase: change of a tax with no indicator id: other; base not named: unspecified (yoy defensible)")
_b.ent("Kanata North Technology Park", "zone")
f("540", 540, "count", "level", "enterprises", None, a=">", c="company",
  n="'In the national capital' = Ottawa; a technology park is a zone; present tense: null")
f("33,000", 33000, "count", "level", "jobs", None, a="~", c="person")
_b.ent("Ontario", "province")
f("C\\$16.55", 16.55, "CAD/hour", "level", "income", "2023-10-01", s="target", q={"scope": "minimum wage"},
  n="'will rise to ... an hour on Oct 1': a scheduled wage, target dated by the day; hourly wage as dev4's AUD/hour")
_b.ent("Bayfront Steel", "company")
f("C\\$2.3 billion", 2.3e9, "CAD", "level", "revenue", Q1)
f("US\\$1.7 billion", 1.7e9, "USD", "level", "revenue", Q1, n="USD conversion")
f("12 percent", 12, "percent", "change", "revenue", Q1, d="up", b="yoy", n="'from a year earlier' = yoy")
f("610,000 tons", 610000, "t", "level", "production", Q1, q={"product": "steel", "scope": "shipments"}, n="shipments in tonnes: production")
f("C\\$1.8 billion", 1.8e9, "CAD", "level", "investment", None, q={"scope": "electric arc furnaces replacing blast furnaces"},
  n="'is spending' with no time word: null")
f("60 percent", 60, "percent", "change", "other", "2028", d="down", b="unspecified", s="target", a="~",
  q={"scope": "carbon emissions of the Hamilton plant"}, n="'will cut ... by about 60 percent by 2028': planned change, target 2028")
f("C\\$400 million", 400e6, "CAD", "level", "public_funding", None, a="<=", ent="Canada", et="country",
  q={"scope": "federal contribution to Bayfront Steel's electric furnace project"},
  n="'Ottawa' here is the federal government, not the city: entity Canada; 'up to' = <=")
f("4,200", 4200, "count", "level", "jobs", None, c="person", q={"scope": "employees in Hamilton"}, n="present tense: null")
f("13,000", 13000, "count", "level", "jobs", "1970/1979", a="~", c="person", q={"scope": "employees in Hamilton"},
  n="'in the 1970s' = the decade span")
f("C\\$38", 38, "CAD/hour", "level", "income", None, a="~", q={"scope": "wage of production workers"},
  n="hourly wage, present tense: null; '49' after Mike Kowalski is an age")
f("610,000 tons", 610000, "t", "level", "production", Q1, q={"product": "steel", "scope": "shipments"}, n="photo caption repeating the body figure")
_b.ent("Lakeshore Cell Manufacturing", "company")
f("C\\$1.2 billion", 1.2e9, "CAD", "level", "public_funding", None, q={"scope": "combined federal and provincial support for the Windsor battery plant"},
  n="headline-foot pull quote repeating the body figure")
FACTS = _b.facts
