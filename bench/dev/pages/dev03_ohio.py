from ._b import Builder

DOC = "dev03_ohio.txt"
PUBLISHED = "2023-03-14"
SOURCE = "regional business supplement page, Ohio (written for the Tally dev set)"

TEXT = r"""

Chip plant anchors Ohio's manufacturing push



Suppliers line up near Columbus as state posts strongest hiring year in a decade

By MEGAN HOLT

Ohio employers added [[112,400]] jobs last year, the most since 2012, and the state's unemployment rate fell to [[3.9%]] in December from [[4.6%]] a year earlier, according to the Ohio Department of Job and Family Services.

In January, the rate edged up to [[4%]] as retailers trimmed seasonal staff.

Factories led the way. Manufacturing employment in the state rose by [[9,600]] to [[682,300]], its highest level since before the 2008 financial crisis. Ohio now ranks [[third]] among US states in factory jobs, behind only Texas and California.

Much of the momentum comes from a single site. Lakeshore Micro, a semiconductor maker based in Dayton, plans to invest [[$4.2 billion]] in a wafer plant in Licking County by 2026. The plant is expected to employ about [[1,800]] people, with an average salary of [[$96,000]] a year.

The state offered the company a performance-based grant of up to [[$150 million]] and will spend another [[$310 million]] on roads and water lines around the site along State Route 161, officials said.

At least [[14]] suppliers have announced plans to open facilities within an hour's drive of the plant.

"We haven't seen anything like this since the auto plants came in the 1980s," said Tom Reiner, 61, a township trustee.

Dana Ruiz contributed to this story.



Cranes tower over the Lakeshore Micro construction site in Licking County on March 2. ERIC LANE / FOR THE REPORT

Exports hit record as Canada buys more

By DANA RUIZ

Ohio's exports reached a record [[$58.4 billion]] in 2022, up [[8.6%]] from the previous year, with Canada taking [[37%]] of the total.

Shipments to Mexico, the state's [[second-largest]] market, climbed [[12%]] to [[$10.9 billion]].

Aircraft engines and parts remained the top export, at nearly [[$8 billion]].

Farm products added to the total. Ohio's soybean growers harvested [[262 million]] bushels on about [[5 million]] acres last year, and roughly [[half]] of the crop was shipped abroad, the Ohio Soybean Council said.

Budget plan leans on surplus

By MEGAN HOLT

The state closed fiscal 2022 on June 30 with general fund tax receipts of [[$28.7 billion]], [[7.8%]] more than budget writers had forecast.

Governor Mike Anders has proposed a two-year budget of [[$86.4 billion]] for fiscal years 2024 and 2025, which begin on July 1. It includes [[$1 billion]] for a new fund to prepare industrial sites and a cut in the income tax rate to [[3.5%]].

Columbus, which has added residents faster than any other big city in the Midwest, grew by [[1.1%]] to about [[2.16 million]] in its metropolitan area last year.

Licking County, east of the city, expects up to [[30,000]] new residents by 2035. Its planning office has approved [[six]] new housing developments since January.

Small businesses remain the backbone of the econ-

omy. The state's [[938,000]] small firms employ [[2.2 million]] people, or [[45.2%]] of the private workforce.

"Big projects grab headlines, but it's the machine shop down the street that keeps a town alive," said Karen Voss, who runs the state's small business development centers from an office at 77 South High Street in Columbus.

Hiring since January: the plant is expected to employ about [[1,800]] people
"""

_b = Builder()
f = _b.f
_b.ent("Ohio", "province")
f("112,400", 112400, "count", "level", "jobs", "2022", c="job", q={"scope": "net jobs added by employers"},
  n="US state: entity_type province (closest first-level division in the enum); 'the most since 2012' - 2012 is a year, not a fact")
f("3.9%", 3.9, "percent", "share", "other", "2022-12", q={"scope": "unemployment rate"},
  n="unemployment rate: no indicator id exists, so other; kind share (part of the labour force)")
f("4.6%", 4.6, "percent", "share", "other", "2021-12", q={"scope": "unemployment rate"}, n="'a year earlier' than December 2022")
f("4%", 4, "percent", "share", "other", "2023-01", q={"scope": "unemployment rate"}, n="January of the publication year")
f("9,600", 9600, "count", "level", "jobs", "2022", c="job", q={"sector": "manufacturing", "scope": "increase in manufacturing employment"},
  n="'rose by 9,600' is an absolute increase stated as a count; annotated as a level of jobs added, like '112,400 jobs added' (change/up defensible)")
f("682,300", 682300, "count", "level", "jobs", "2022", c="job", q={"sector": "manufacturing"})
f("third", 3, "rank", "rank", "jobs", "2023", q={"sector": "manufacturing", "scope": "factory jobs among US states"}, n="'now' resolved to the publication year")
_b.ent("Lakeshore Micro", "company")
f("$4.2 billion", 4.2e9, "USD", "level", "investment", "2026", s="target", q={"scope": "wafer plant in Licking County"})
f("1,800", 1800, "count", "level", "jobs", None, a="~", s="target", c="person", q={"scope": "employees of the planned wafer plant"},
  n="expected employment of the plant; no date in the sentence (2026, the plant's completion, defensible)")
f("$96,000", 96000, "USD", "level", "income", None, s="target", q={"scope": "average salary at the planned wafer plant", "per": "year"})
f("$150 million", 150e6, "USD", "level", "public_funding", None, a="<=", ent="Ohio", et="province",
  q={"scope": "performance-based state grant to Lakeshore Micro"},
  n="grant offered by the state: entity Ohio (the funder); the company as entity defensible; offer made, so actual; no time word")
f("$310 million", 310e6, "USD", "level", "public_funding", None, s="target", ent="Ohio", et="province",
  q={"scope": "roads and water lines around the plant site"}, n="'will spend': target, no date; 'State Route 161' is a road name, not a fact")
f("14", 14, "count", "level", "enterprises", None, a=">=", c="supplier", q={"scope": "suppliers announcing facilities near the plant"},
  n="'an hour's drive' is not a fact (a vague distance); the age '61' after a name is not a fact; '77 South High Street' (address) is not a fact")
_b.ent("Ohio", "province")
f("$58.4 billion", 58.4e9, "USD", "level", "exports", "2022")
f("8.6%", 8.6, "percent", "change", "exports", "2022", d="up", b="yoy", n="'up from the previous year' = year-on-year")
f("37%", 37, "percent", "share", "exports", "2022", q={"partner": "Canada"})
f("second-largest", 2, "rank", "rank", "exports", "2022", q={"partner": "Mexico", "scope": "export markets of the state"})
f("12%", 12, "percent", "change", "exports", "2022", d="up", b="yoy", q={"partner": "Mexico"}, n="period and basis carried from the previous sentence")
f("$10.9 billion", 10.9e9, "USD", "level", "exports", "2022", q={"partner": "Mexico"})
f("$8 billion", 8e9, "USD", "level", "exports", "2022", a="~", q={"product": "aircraft engines and parts"}, n="'nearly' = ~")
f("262 million", 262e6, "bushel", "level", "production", "2022", q={"product": "soybeans"},
  n="US unit kept as stated: unit bushel (not in facts.md's list; no conversion)")
f("5 million", 5e6, "acre", "level", "area", "2022", a="~", q={"product": "soybeans", "scope": "harvested area"},
  n="unit acre kept as stated (no conversion to ha)")
f("half", 50, "percent", "share", "exports", "2022", a="~", q={"product": "soybeans", "scope": "share of the crop shipped abroad"},
  n="'roughly half' recorded as 50 percent, as the visible gold does for 'half'")
f("$28.7 billion", 28.7e9, "USD", "level", "revenue", "2021-07/2022-06", q={"scope": "general fund tax receipts of the state government"},
  n="Ohio's fiscal 2022 runs July 2021 - June 2022, so the period is that span ('2022' defensible); tax receipts read as revenue")
f("7.8%", 7.8, "percent", "ratio", "revenue", "2021-07/2022-06", q={"scope": "tax receipts vs the budget forecast"},
  n="comparison with a forecast, not with an earlier time: kind ratio")
f("$86.4 billion", 86.4e9, "USD", "level", "public_funding", "2023-07/2025-06", s="target", q={"scope": "proposed two-year state budget"},
  n="fiscal years 2024 and 2025 = July 2023 - June 2025; a proposal, so target")
f("$1 billion", 1e9, "USD", "level", "public_funding", "2023-07/2025-06", s="target", q={"scope": "fund to prepare industrial sites"})
f("3.5%", 3.5, "percent", "level", "other", "2023-07/2025-06", s="target", q={"scope": "proposed income tax rate"},
  n="a tax rate (not a share of a whole): kind level, indicator other")
_b.ent("Columbus", "city")
f("1.1%", 1.1, "percent", "change", "population", "2022", d="up", b="yoy", q={"scope": "metropolitan area"})
f("2.16 million", 2.16e6, "count", "level", "population", "2022", a="~", c="person", q={"scope": "metropolitan area"})
_b.ent("Licking County", "county")
f("30,000", 30000, "count", "level", "population", "2035", a="<=", s="target", c="person", q={"scope": "new residents expected"})
f("six", 6, "count", "level", "projects", "2023-01/2023-03", c="development", q={"scope": "new housing developments approved"},
  n="'since January' up to publication (March 2023); 2023 defensible")
_b.ent("Ohio", "province")
f("938,000", 938000, "count", "level", "enterprises", None, c="business", q={"scope": "small businesses"})
f("2.2 million", 2.2e6, "count", "level", "jobs", None, c="person", q={"scope": "employed by small businesses"})
f("45.2%", 45.2, "percent", "share", "jobs", None, q={"scope": "small businesses' share of the private workforce"})
_b.ent("Lakeshore Micro", "company")
f("1,800", 1800, "count", "level", "jobs", None, a="~", s="target", c="person", q={"scope": "employees of the planned wafer plant"},
  n="pull-quote fragment at the page foot repeating the body figure")
FACTS = _b.facts
