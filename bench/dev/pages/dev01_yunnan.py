from ._b import Builder

DOC = "dev01_yunnan.txt"
PUBLISHED = "2021-11-18"
SOURCE = "regional newspaper supplement page, Yunnan (written for the Tally dev set)"

TEXT = r"""

Border trade hums as Yunnan looks south



Shipments to Southeast Asia drive growth in first three quarters, customs data show

By HE MINGYUAN

Yunnan province in Southwest China kept its foreign trade on a firm upward path in the first three quarters of this year, helped by busier land ports on its borders and strong overseas demand for its farm produce.

Figures from Kunming Customs show the province's imports and exports totaled [[231.4 billion yuan]] ([[\$35.9 billion]]) from January to September, up [[18.6 percent]] year-on-year.

Exports rose [[24.1 percent]] to [[128.7 billion yuan]], while imports came to [[102.7 billion yuan]], an increase of [[12.5 percent]].

Trade with member states of the Association of Southeast Asian Nations reached [[98.3 billion yuan]] during the period, making up [[42.5 percent]] of the province's total.

Fruit and vegetables, now the province's [[second-largest]] export category after mechanical and electrical products, saw overseas sales grow [[31 percent]] to [[21.6 billion yuan]]. Flowers were another bright spot: the province sold [[1.1 billion]] cut stems abroad, mostly to Japan, Thailand and Singapore.

In September alone, exports hit [[16.2 billion yuan]], a monthly high.

Officials at the Yunnan Department of Commerce said the opening of the China-Laos Railway, scheduled for early December, is expected to cut the cost of moving goods from Kunming to Vientiane by [[40 to 50 percent]] compared with road haulage.

The [[1,035-km]] line will link the provincial capital with the Lao capital in about [[10 hours]].

Zhao Ping contributed to this story.



Trucks wait to clear customs at the Mohan port in Xishuangbanna on the border with Laos. LIU RAN / FOR CHINA DAILY

Trade with ASEAN makes up [[42.5 percent]] of total

Lijiang visitors return as holiday crowds swell



By HE MINGYUAN

Tourists have come back to the old town of Lijiang in large numbers this autumn, giving a lift to innkeepers, guides and restaurant owners who struggled through the quiet months after the COVID-19 outbreak.

During the National Day holiday from Oct 1 to 7, the city received [[1.86 million]] tourist visits, [[87 percent]] of the level of the same period in 2019, according to the city's culture and tourism bureau. Tourism revenue over the holiday reached [[2.31 billion yuan]] ([[\$358 million]]).

In the first 10 months, Lijiang received [[24.5 million]] domestic tourist visits, up [[32.8 percent]] year-on-year, while its tourism revenue climbed [[35.2 percent]] to [[41.6 billion yuan]].

Much of the new money is flowing to the countryside. In neighboring Yulong county, home to the Jade Dragon Snow Mountain scenic area, more than [[3,600]] rural residents now work in guesthouses, as drivers or as mountain guides, county officials said.

The county has [[1,280]] registered guesthouses with some [[21,000]] beds. Average annual income for people working in them reached [[46,000 yuan]] last year.

"Five years ago all I had was a corn field," said He Xiulan, 52, who runs a [[12-room]] guesthouse near the village of Yuhu. "Now my daughter handles the bookings online and we are full most weekends."

Li Qiang contributed to this story.

Pu'er beans find new buyers overseas

By ZHAO PING

Simao Highland Coffee, a grower and processor based in Pu'er city, has become one of the busiest ex-

porters in the coffee belt of southern Yunnan.

The company sold [[5,200 metric tons]] of green coffee beans in the first three quarters, and [[38 percent]] of them went abroad, its general manager Yang Wei said. Its revenue grew [[27 percent]] year-on-year to [[486 million yuan]] during the period.

Buyers include roasters in Germany, Belgium and South Korea. The company plans to raise its annual processing capacity to [[12,000 tons]] by 2025 and has signed contracts with more than [[4,000]] farming households, who are paid a premium of [[2 yuan]] a kilogram for beans that meet its quality standard.

Yunnan grows about [[98 percent]] of China's coffee, on plantations covering more than [[130,000 hectares]].

"Speciality coffee from Yunnan was almost unknown in Europe 10 years ago," Yang said. "Now buyers come to us."



A worker sorts coffee cherries at a processing plant in Pu'er. YANG
JUN / FOR CHINA DAILY

Plan sets sights on gateway role

By HE MINGYUAN

Yunnan has laid out an ambitious opening-up agenda for the 14th Five-Year Plan (2021-25), hoping to turn its position on the border into an advantage as a gateway to South and Southeast Asia.

Under the plan, the province aims to raise its annual foreign trade to [[400 billion yuan]] by 2025, and to increase the number of enterprises with import and export records to [[5,000]].

It will build [[six]] cross-border logistics hubs during the plan period, with total investment estimated at [[68 billion yuan]]. Kunming, which hosted the COP15 biodiversity conference in October, is to become a regional center for trade finance.

The province's foreign trade grew by an average of [[9.4 percent]] a year over the previous five years, and reached [[239 billion yuan]] in 2020, provincial officials said.

"The border is no longer the end of the road," said Wang Lin, a researcher at the Yunnan Academy of Social Sciences. "It is where the road begins."

Li Qiang contributed to this story.

Trade with ASEAN makes up [[42.5 percent]] of total
"""

_b = Builder()
f = _b.f
_b.ent("Yunnan", "province")
JS = "2021-01/2021-09"
f("231.4 billion yuan", 231.4e9, "CNY", "level", "trade", JS)
f("\\$35.9 billion", 35.9e9, "USD", "level", "trade", JS, n="USD conversion of the yuan figure")
f("18.6 percent", 18.6, "percent", "change", "trade", JS, d="up", b="yoy")
f("24.1 percent", 24.1, "percent", "change", "exports", JS, d="up", b="yoy",
  n="no 'year-on-year' in this sentence; basis carried from the previous sentence")
f("128.7 billion yuan", 128.7e9, "CNY", "level", "exports", JS)
f("102.7 billion yuan", 102.7e9, "CNY", "level", "imports", JS)
f("12.5 percent", 12.5, "percent", "change", "imports", JS, d="up", b="yoy",
  n="basis carried from the trade total (year-on-year)")
f("98.3 billion yuan", 98.3e9, "CNY", "level", "trade", JS, q={"partner": "ASEAN"}, n="'during the period' = January to September")
f("42.5 percent", 42.5, "percent", "share", "trade", JS, q={"partner": "ASEAN"})
f("second-largest", 2, "rank", "rank", "exports", JS, q={"product": "fruit and vegetables", "scope": "export categories of the province"},
  n="'now' in an article about January-September figures: period taken from the article context (2021 defensible)")
f("31 percent", 31, "percent", "change", "exports", JS, d="up", b="yoy", q={"product": "fruit and vegetables"},
  n="basis carried from the neighbouring year-on-year figures")
f("21.6 billion yuan", 21.6e9, "CNY", "level", "exports", JS, q={"product": "fruit and vegetables"})
f("1.1 billion", 1.1e9, "count", "level", "exports", JS, c="stem", q={"product": "cut flowers"},
  n="count of cut stems exported; period from the article context")
f("16.2 billion yuan", 16.2e9, "CNY", "level", "exports", "2021-09")
f("40 to 50 percent", 40, "percent", "change", "price", None, vh=50, d="down", b="unspecified", s="target",
  q={"scope": "cost of moving goods from Kunming to Vientiane, railway vs road haulage"},
  n="expected effect of the railway; no target date stated, period null (2021-12, the opening, defensible); comparison of two modes, ratio also defensible")
f("1,035-km", 1035, "km", "level", "length", None, ent="China-Laos Railway", et="programme",
  n="attribute of the railway line; entity_type programme is the closest type for an infrastructure project")
f("10 hours", 10, "hour", "level", "duration", None, a="~", s="target", ent="China-Laos Railway", et="programme",
  n="planned travel time Kunming-Vientiane on a line not yet open ('will link'): target, no date; unit hour (facts.md lists day/month/year only)")
_b.ent("Yunnan", "province")
f("42.5 percent", 42.5, "percent", "share", "trade", JS, q={"partner": "ASEAN"},
  n="pull-quote fragment repeating the body figure; period taken from the body")
_b.ent("Lijiang", "city")
f("1.86 million", 1.86e6, "count", "level", "population", "2021-10-01/2021-10-07", c="visit", q={"scope": "tourist visits during the National Day holiday"})
f("87 percent", 87, "percent", "ratio", "population", "2021-10-01/2021-10-07", q={"scope": "tourist visits vs the same holiday in 2019"},
  n="level as a share of the 2019 level: kind ratio (a comparison with 2019, not a part of a whole)")
f("2.31 billion yuan", 2.31e9, "CNY", "level", "revenue", "2021-10-01/2021-10-07", q={"sector": "tourism"})
f("\\$358 million", 358e6, "USD", "level", "revenue", "2021-10-01/2021-10-07", q={"sector": "tourism"}, n="USD conversion")
f("24.5 million", 24.5e6, "count", "level", "population", "2021-01/2021-10", c="visit", q={"scope": "domestic tourist visits"})
f("32.8 percent", 32.8, "percent", "change", "population", "2021-01/2021-10", d="up", b="yoy", q={"scope": "domestic tourist visits"})
f("35.2 percent", 35.2, "percent", "change", "revenue", "2021-01/2021-10", d="up", b="yoy", q={"sector": "tourism"},
  n="basis carried from the same sentence")
f("41.6 billion yuan", 41.6e9, "CNY", "level", "revenue", "2021-01/2021-10", q={"sector": "tourism"})
_b.ent("Yulong county", "county")
f("3,600", 3600, "count", "level", "jobs", "2021", a=">", c="person", q={"sector": "tourism", "scope": "rural residents working in guesthouses, as drivers or guides"},
  n="'now' resolved to the publication year")
f("1,280", 1280, "count", "level", "enterprises", None, c="guesthouse", q={"sector": "tourism", "scope": "registered guesthouses"},
  n="guesthouses are businesses: enterprises (count defensible); present tense, no time word: null")
f("21,000", 21000, "count", "level", "capacity", None, a="~", c="bed", q={"scope": "beds in registered guesthouses"},
  n="'some' = about; accommodation capacity; present tense, no time word: null")
f("46,000 yuan", 46000, "CNY", "level", "income", "2020", q={"scope": "average annual income of guesthouse workers", "per": "year"})
f("12-room", 12, "count", "level", "capacity", None, c="room", q={"scope": "He Xiulan's guesthouse near Yuhu village"},
  n="size of one guesthouse; the age '52' next to the name is not a fact")
_b.ent("Simao Highland Coffee", "company")
f("5,200 metric tons", 5200, "t", "level", "production", JS, q={"product": "green coffee beans", "scope": "sold"},
  n="physical quantity sold (shipments): production, as the vocabulary puts shipments there")
f("38 percent", 38, "percent", "share", "exports", JS, q={"product": "green coffee beans", "scope": "share of beans sold that went abroad"})
f("27 percent", 27, "percent", "change", "revenue", JS, d="up", b="yoy")
f("486 million yuan", 486e6, "CNY", "level", "revenue", JS)
f("12,000 tons", 12000, "t", "level", "capacity", "2025", s="target", q={"scope": "annual processing capacity", "per": "year"})
f("4,000", 4000, "count", "level", "households", None, a=">", c="household", q={"scope": "farming households under contract"},
  n="present perfect with no time word: null (2021 defensible)")
f("2 yuan", 2, "CNY/kg", "level", "price", None, q={"product": "coffee beans", "scope": "quality premium paid to farmers"},
  n="premium per kilogram: per-unit currency CNY/kg")
_b.ent("Yunnan", "province")
f("98 percent", 98, "percent", "share", "production", None, a="~", q={"product": "coffee", "scope": "share of China's coffee"})
f("130,000 hectares", 130000, "ha", "level", "area", None, a=">", q={"product": "coffee plantations"})
f("400 billion yuan", 400e9, "CNY", "level", "trade", "2025", s="target", q={"per": "year"})
f("5,000", 5000, "count", "level", "enterprises", "2025", s="target", c="enterprise", q={"scope": "enterprises with import and export records"},
  n="target year carried from the same sentence ('by 2025')")
f("six", 6, "count", "level", "count", "2021/2025", s="target", c="hub", q={"scope": "cross-border logistics hubs"},
  n="'during the plan period' = the 14th Five-Year Plan span")
f("68 billion yuan", 68e9, "CNY", "level", "investment", "2021/2025", s="target", q={"scope": "cross-border logistics hubs"},
  n="'estimated' investment in planned hubs: target")
f("9.4 percent", 9.4, "percent", "change", "trade", "2016/2020", d="up", b="annual_avg",
  n="'over the previous five years' before the 2021-25 plan = 2016-20")
f("239 billion yuan", 239e9, "CNY", "level", "trade", "2020")
f("42.5 percent", 42.5, "percent", "share", "trade", JS, q={"partner": "ASEAN"},
  n="pull-quote fragment repeated at the page foot; period taken from the body")
FACTS = _b.facts
