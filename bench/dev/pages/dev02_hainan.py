from ._b import Builder

DOC = "dev02_hainan.txt"
PUBLISHED = "2021-08-10"
SOURCE = "regional newspaper supplement page, Hainan (written for the Tally dev set)"

TEXT = r"""

Free trade port policies power Hainan rebound



Island's economy outpaces pre-pandemic level as services, investment surge

By LIN XIAOYU

Hainan's economy expanded at a brisk pace in the first half of this year as the free trade port policies rolled out over the past year began to bear fruit, official data show.

The island province's GDP reached [[303.4 billion yuan]] ([[\$46.9 billion]]) from January to June, up [[17.5 percent]] year-on-year, according to the Hainan Provincial Bureau of Statistics.

Compared with 2019, output was [[8.3 percent]] higher, an average growth of [[3.9 percent]] a year over the two years.

Growth slowed to [[11.2 percent]] in the second quarter, after a [[25.5 percent]] jump in the first quarter, when comparisons were flattered by the slump of early 2020.

The half-year growth rate was [[4.8 percentage points]] higher than the national average and ranked [[second]] among the country's provincial-level regions.

The service sector now generates [[61.9 percent]] of the province's GDP, up [[1.3 percentage points]] from a year earlier.

Fixed-asset investment grew [[19.6 percent]] year-on-year in the first six months, with investment in industrial projects soaring [[43.7 percent]].

Foreign direct investment in actual use reached [[\$1.76 billion]], up [[78 percent]] from a year earlier.

Residents' pockets also filled up. Per capita disposable income of urban residents rose [[11.9 percent]] to [[20,436 yuan]] in the half-year, while that of rural residents climbed [[15.1 percent]] to [[9,322 yuan]].

The ratio of urban to rural income narrowed to [[2.19]].

Chen Rui contributed to this story.



Shoppers pick cosmetics at a duty-free mall in Haikou, capital of Hainan province. SU LIANG / FOR CHINA DAILY

Duty-free sales keep visitors coming

By LIN XIAOYU

Offshore duty-free shops in Hainan posted sales of [[26.8 billion yuan]] in the first half, [[2.5 times]] the figure a year earlier, as the higher shopping quota of [[100,000 yuan]] per person a year continued to lure mainland visitors.

The number of duty-free shoppers reached [[3.9 million]] during the period.

The island received [[41.2 million]] tourist visits in the first six months, [[1.9 percent]] more than in the same period of 2019, and tourism revenue hit [[72.4 billion yuan]].

In the resort city of Sanya, hotel occupancy averaged [[68.5 percent]] in July, city tourism officials said. Sanya now has [[14]] duty-free and shopping complexes under construction or in operation.

Delegates at the Boao Forum for Asia Annual Conference 2021 in April were given shopping vouchers, and the first China International Consumer Products Expo, held in Haikou in May, drew

more than [[1,500]] exhibitors from [[70]] countries and regions, officials said.

"Five years ago, people came for the beaches. Now they also come with a shopping list," said Wu Ting, who manages a mall on Haitang Bay.



Yangpu zone plays its part

By CHEN RUI

The Yangpu Economic Development Zone on the island's northwestern coast has emerged as a pillar of Hainan's industrial economy.

The zone's industrial output value reached [[61.3 billion yuan]] in the first half, accounting for [[38 percent]] of the province's total, and up [[29.4 percent]] year-on-year.

It is home to more than [[2,900]] registered companies, and [[27]] of the world's top 500 companies have set up operations there.

At a signing ceremony in Haikou on Aug 2, the province signed [[62]] projects with combined investment of [[58.6 billion yuan]], the third such batch this year. [[Nine]] of them are in Yangpu.

Earlier batches were signed in March and June. So far this year, contracted foreign investment in the signed projects has come to about [[\$4.3 billion]], officials said.

Huang Wei, an official of the zone, said the Hainan Free Trade Port Law, which took effect on June 10, had given companies "the confidence to plan for the long term".

Plan sets sights on bigger econ-

omy

By LIN XIAOYU

Under the 14th Five-Year Plan (2021-25), Hainan expects its economy to grow by about [[9 percent]] a year on average and its GDP to exceed [[1 trillion yuan]] by 2025.

The plan also sets a target of [[50 percent]] for the share of the digital economy and other high-tech industries in GDP by the end of the period, compared with about [[30 percent]] last year.

Haikou, the provincial capital, plans to add [[100,000]] new residents a year through its talent programs during the plan period.

Chen Rui contributed to this story.

Compared with 2019, output was [[8.3 percent]] higher
"""

_b = Builder()
f = _b.f
_b.ent("Hainan", "province")
H1 = "2021-01/2021-06"
f("303.4 billion yuan", 303.4e9, "CNY", "level", "gdp", H1)
f("\\$46.9 billion", 46.9e9, "USD", "level", "gdp", H1, n="USD conversion")
f("17.5 percent", 17.5, "percent", "change", "gdp", H1, d="up", b="yoy")
f("8.3 percent", 8.3, "percent", "change", "gdp", H1, d="up", b="since",
  n="'Compared with 2019': basis since; period of the newer value (first half of 2021)")
f("3.9 percent", 3.9, "percent", "change", "gdp", H1, d="up", b="annual_avg",
  n="two-year average growth vs 2019; period of the newer value (first half of 2021), 2020-01/2021-06 defensible")
f("11.2 percent", 11.2, "percent", "change", "gdp", "2021-04/2021-06", d="up", b="yoy",
  n="quarterly growth; basis carried (year-on-year)")
f("25.5 percent", 25.5, "percent", "change", "gdp", "2021-01/2021-03", d="up", b="yoy")
f("4.8 percentage points", 4.8, "percentage_point", "ratio", "gdp", H1, q={"scope": "GDP growth gap over the national average"},
  n="gap between two growth rates (comparison with the national average): kind ratio, as in the visible gold")
f("second", 2, "rank", "rank", "gdp", H1, q={"scope": "GDP growth rate among provincial-level regions"})
f("61.9 percent", 61.9, "percent", "share", "value_added", H1, q={"sector": "services", "scope": "share of GDP"},
  n="'now' in a first-half report: period from the article context (2021 defensible)")
f("1.3 percentage points", 1.3, "percentage_point", "change", "value_added", H1, d="up", b="yoy", q={"sector": "services", "scope": "share of GDP"},
  n="change of a share, in percentage points: kind change")
f("19.6 percent", 19.6, "percent", "change", "investment", H1, d="up", b="yoy", q={"scope": "fixed-asset investment"})
f("43.7 percent", 43.7, "percent", "change", "investment", H1, d="up", b="yoy", q={"scope": "investment in industrial projects"},
  n="basis carried from the same sentence")
f("\\$1.76 billion", 1.76e9, "USD", "level", "investment", H1, q={"scope": "foreign direct investment in actual use"},
  n="a dollar figure with no yuan figure beside it; period carried from the previous sentence")
f("78 percent", 78, "percent", "change", "investment", H1, d="up", b="yoy", q={"scope": "foreign direct investment in actual use"})
f("11.9 percent", 11.9, "percent", "change", "income", H1, d="up", b="yoy", q={"scope": "per capita disposable income of urban residents"},
  n="basis not stated; year-on-year is the reading of a half-year statistics release")
f("20,436 yuan", 20436, "CNY", "level", "income", H1, q={"scope": "per capita disposable income of urban residents"})
f("15.1 percent", 15.1, "percent", "change", "income", H1, d="up", b="yoy", q={"scope": "per capita disposable income of rural residents"})
f("9,322 yuan", 9322, "CNY", "level", "income", H1, q={"scope": "per capita disposable income of rural residents"})
f("2.19", 2.19, "times", "ratio", "income", H1, q={"scope": "urban to rural per capita disposable income"},
  n="a bare number that is a ratio of two incomes: unit times, kind ratio")
f("26.8 billion yuan", 26.8e9, "CNY", "level", "revenue", H1, q={"sector": "offshore duty-free shopping"})
f("2.5 times", 2.5, "times", "change", "revenue", H1, d="up", b="yoy", q={"sector": "offshore duty-free shopping"},
  n="'2.5 times the figure a year earlier': a multiple of last year's value, so change/yoy (a comparison with another thing would be ratio)")
f("100,000 yuan", 100000, "CNY", "level", "other", None, q={"scope": "offshore duty-free shopping quota per person", "per": "year"},
  n="a policy limit, not a result; kept because it is a stated amount (like the 'designated size' threshold in the visible gold); present tense, no time word")
f("3.9 million", 3.9e6, "count", "level", "population", H1, c="person", q={"scope": "offshore duty-free shoppers"})
f("41.2 million", 41.2e6, "count", "level", "population", H1, c="visit", q={"scope": "tourist visits"})
f("1.9 percent", 1.9, "percent", "change", "population", H1, d="up", b="since", q={"scope": "tourist visits vs the same period of 2019"})
f("72.4 billion yuan", 72.4e9, "CNY", "level", "revenue", H1, q={"sector": "tourism"})
_b.ent("Sanya", "city")
f("68.5 percent", 68.5, "percent", "share", "other", "2021-07", q={"sector": "hotels", "scope": "average occupancy rate"},
  n="occupancy rate (occupied share of rooms): kind share, indicator other")
f("14", 14, "count", "level", "count", "2021", c="complex", q={"scope": "duty-free and shopping complexes under construction or in operation"},
  n="'now' resolved to the publication year")
_b.ent("Hainan", "province")
f("1,500", 1500, "count", "level", "enterprises", "2021-05", a=">", c="exhibitor",
  q={"scope": "exhibitors at the first China International Consumer Products Expo"},
  n="the expo held in May: period 2021-05; entity the host province (the expo as a programme defensible); 'Conference 2021' and 'first' (edition of an event) are not facts")
f("70", 70, "count", "level", "count", "2021-05", c="country", q={"scope": "countries and regions of expo exhibitors"})
_b.ent("Yangpu Economic Development Zone", "zone")
f("61.3 billion yuan", 61.3e9, "CNY", "level", "output_value", H1, q={"scope": "industrial output value"})
f("38 percent", 38, "percent", "share", "output_value", H1, q={"scope": "share of Hainan's industrial output value"},
  n="the zone's share of the province's total: entity stays the zone")
f("29.4 percent", 29.4, "percent", "change", "output_value", H1, d="up", b="yoy", q={"scope": "industrial output value"})
f("2,900", 2900, "count", "level", "enterprises", None, a=">", c="company", q={"scope": "registered companies"})
f("27", 27, "count", "level", "enterprises", None, c="company", q={"scope": "Fortune Global 500 companies with operations in the zone"},
  n="'top 500' is part of a name, not a fact; 27 is the count")
_b.ent("Hainan", "province")
f("62", 62, "count", "level", "projects", "2021-08-02", c="project", q={"scope": "third batch of centralized project signings"},
  n="dated by the signing day named in the sentence; 'third' (batch number) is an ordinal label, not a fact")
f("58.6 billion yuan", 58.6e9, "CNY", "level", "investment", "2021-08-02", q={"scope": "projects signed in the third batch"})
f("Nine", 9, "count", "level", "projects", "2021-08-02", c="project", ent="Yangpu Economic Development Zone", et="zone",
  q={"scope": "projects of the third batch located in the zone"})
f("\\$4.3 billion", 4.3e9, "USD", "level", "investment", "2021", a="~", q={"scope": "contracted foreign investment in projects signed this year"},
  n="'So far this year' resolved to the publication year (2021-01/2021-08 defensible)")
_b.ent("Hainan", "province")
f("9 percent", 9, "percent", "change", "gdp", "2021/2025", d="up", b="annual_avg", a="~", s="target",
  n="average annual growth expected over the 14th Five-Year Plan: period = the plan span")
f("1 trillion yuan", 1e12, "CNY", "level", "gdp", "2025", a=">", s="target")
f("50 percent", 50, "percent", "share", "value_added", "2025", s="target", q={"sector": "digital economy and other high-tech industries", "scope": "share of GDP"},
  n="'by the end of the period' = end of the 14th Five-Year Plan (2025)")
f("30 percent", 30, "percent", "share", "value_added", "2020", a="~", q={"sector": "digital economy and other high-tech industries", "scope": "share of GDP"})
f("100,000", 100000, "count", "level", "population", "2021/2025", s="target", c="person", ent="Haikou", et="city",
  q={"scope": "new residents attracted by talent programs", "per": "year"})
f("8.3 percent", 8.3, "percent", "change", "gdp", H1, d="up", b="since",
  n="pull-quote fragment repeating the body figure; period from the body")
FACTS = _b.facts
