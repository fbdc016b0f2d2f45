from ._b import Builder

DOC = "dev8_01_guangxi.txt"
PUBLISHED = "2023-08-17"
SOURCE = "regional newspaper supplement page, Guangxi (written for the Tally dev8 set)"

TEXT = r"""Guangxi turns its southern border into a front door



Region's ports, border crossings and car plants lift growth in the first half as trade with ASEAN neighbors deepens

By HUANG JINGWEN in Nanning

The Guangxi Zhuang autonomous region's GDP reached [[1.29 trillion yuan]] ([[\$179.4 billion]]) in the first half of this year, up [[4.3 percent]] year-on-year, the regional bureau of statistics said late last month.

Industrial added value of enterprises above designated size grew [[6.1 percent]] in the six months, and investment in infrastructure was up [[9.8 percent]], led by ports, rail links and power lines.

Foreign trade in the first seven months came to [[387.5 billion yuan]], [[11.6 percent]] more than a year earlier, according to Nanning Customs. Members of ASEAN took [[38.2 percent]] of it. Vietnam, which shares a long land border with the region, remained Guangxi's [[largest]] trading partner, with two-way trade of [[146.3 billion yuan]].

At Qinzhou, the Beibu Gulf Port handled [[3.6 million]] twenty-foot equivalent units of containers in the first half, up [[15.4 percent]], and rail-sea freight trains linking the port with Chongqing, Sichuan and Yunnan made [[4,720]] trips.

Work is also well under way on the Pinglu Canal, a [[134.7-kilometer]] waterway that will connect the Xijiang River system near Nanning with the sea at Qinzhou. With total investment of [[72.7 billion yuan]], it is among the biggest waterway projects the country has taken on in decades and is due to open to shipping in 2026.

"Cargo from the southwest now has to go down to Guangzhou by river and then around the coast. The canal will shorten that trip by about [[560 kilometers]]," said Lu Zhenhai, an official with the project's construction headquarters. "We have more than [[9,000]] workers on site right now, and the number will peak next spring."

Mo Lihua contributed to this story.

Fruit from the south rolls across the Friendship Pass

By TAN YUXIN in Pingxiang

A line of refrigerated trucks stretched several kilometers back from the Youyiguan border crossing one morning last week, most of them loaded with durians, dragon fruit and jackfruit from Vietnam and Thailand.

Fruit imports through the ports of Pingxiang, a county-level city in Chongzuo, totaled [[1.03 million metric tons]] in the first seven months of the year, up [[27 percent]] from the same period last year. Durians made up about [[a quarter]] of the total by weight.

Customs clearance for a truck of fresh fruit now takes less than [[three hours]], down from more than a day before an intelligent inspection lane opened in 2021, local officials said.

Nanyou Fresh Supply Chain, a Pingxiang trader, brings in up to [[40]] containers of durians a day during the peak season from May to August.

"Last year we sold [[1.6 billion yuan]] of fruit. This year we are aiming for [[2 billion yuan]], and we have opened cold stores in Wuhan and Xi'an to get there," said Li Qingsong, the company's general manager.

Prices have softened as supply has grown. A kilogram of Thai durian flesh sold for about [[45 yuan]] in Nanning's wholesale markets in July, down from [[60 yuan]] a year ago.



Trucks loaded with fruit from Southeast Asia wait to clear customs at the Youyiguan border crossing in Pingxiang. Fruit imports through the city's ports rose [[27 percent]] in the first seven months. WEI HONG / FOR CHINA DAILY

Small electric cars keep Liuzhou in the fast lane

By ZHOU PENG in Liuzhou

Liuzhou, Guangxi's biggest industrial city, built [[1.02 million]] vehicles in the first half of this year. New energy vehicles accounted for [[286,000]] of them, or about [[28 percent]], and their output rose [[21.5 percent]] year-on-year.

Hongjiang Motor, a carmaker in the city's Liudong New Area, sold [[153,000]] mini electric cars in the six months. It shipped [[21,400]] cars overseas, more than [[double]] the figure a year earlier, mainly to Indonesia, Thailand and South America.

"Our two-seater sells for [[32,800 yuan]] at home. For a family that needs a second car for the school run, that is less than a year of a factory worker's wages," said Qin Weidong, the company's vice-president. "We plan to build [[400,000]] vehicles this year, up from [[310,000]] in 2022."

The company and a battery maker from Fujian are investing [[5.6 billion yuan]] in a battery plant in the new area that will make enough batteries for [[300,000]] cars a year. It is expected to create about [[2,500]] jobs.

Auto parts suppliers have followed. The Liudong New Area is home to more than [[340]] parts makers, and its auto industry reported output value of [[128.6 billion yuan]] last year, the area's administrative committee said. Managers say local manu-

facturing can now supply about [[70 percent]] of the parts in a small electric car, up from [[45 percent]] in 2019.

Liang Xiaoyan contributed to this story.

Mango growers sell to the country by livestream

By NONG HAIYAN in Baise

Tiandong county, in the hills of western Guangxi, is the country's [[second-largest]] mango-growing county, with about [[36,700 hectares]] of orchards. It harvested [[412,000 tons]] of mangoes last year, and [[45 percent]] of them were sold online.

In Nabo village, a fruit cooperative set up by Huang Wenqiang in 2016 now has [[208]] member households. Their average income reached [[68,000 yuan]] last year, up from [[23,000 yuan]] in 2015.

"Traders used to pay us [[2 to 3 yuan]] a kilogram at the farm gate. Now buyers online pay [[8 to 12 yuan]] for our best Guire mangoes," Huang said.

Huang learned to sell online from his daughter, who came home from a job in Shenzhen during the pandemic and never went back. Now several young people in the village spend their evenings in front of phone cameras, peeling mangoes and answering questions about sweetness and ripening.

The regional government has allocated [[120 million yuan]] this year to build cold storage and sorting centers in the county. Tiandong now has [[14]] cold storage warehouses, [[62]] e-commerce companies and about [[1,300]] livestreamers selling its farm produce.



A farmer in Tiandong county, Baise, picks mangoes for online buyers. The county harvested [[412,000 tons]] of mangoes last year. LUO JIANFENG / FOR CHINA DAILY

Visitors return to Guilin's karst hills

By JIANG MEI in Guilin

Yangshuo county, famous for the limestone peaks along the Lijiang River, received [[9.8 million]] tourist visits in the first half of this year, about [[92 percent]] of the level in the same period of 2019. Tourism revenue reached [[11.2 billion yuan]], up [[68 percent]] year-on-year.

The county's hotels and guesthouses, many of which closed during the pandemic, have reopened and redecorated, and bamboo rafting on the Yulong River sold out on most weekends in spring.

"Our rooms were fully booked on every weekend from April to June. Foreign guests are still only about [[one in 10]], compared with about [[one in four]] in 2019," said Tang Jun, who runs a guesthouse in the county.

Trade with ASEAN takes [[38.2 percent]] of Guangxi's total
"""

_b = Builder()
f = _b.f
H1 = "2023-01/2023-06"
M7 = "2023-01/2023-07"
_b.ent("Guangxi", "province")
f("1.29 trillion yuan", 1.29e12, "CNY", "level", "gdp", H1,
  n="Guangxi Zhuang autonomous region: a provincial-level region, typed province and named Guangxi; 'the first half of this year' in a 2023-08-17 page")
f("\\$179.4 billion", 179.4e9, "USD", "level", "gdp", H1, n="USD conversion carries the yuan figure's fields")
f("4.3 percent", 4.3, "percent", "change", "gdp", H1, d="up", b="yoy")
f("6.1 percent", 6.1, "percent", "change", "value_added", H1, d="up", b="yoy",
  q={"scope": "industrial enterprises above designated size"},
  n="'in the six months' = the first half; no basis word, yoy carried from the paragraph before (dev6/dev7; unspecified defensible)")
f("9.8 percent", 9.8, "percent", "change", "investment", H1, d="up", b="yoy", q={"sector": "infrastructure"},
  n="'was up' with no basis word: yoy from the paragraph, as the sentence's first rate")
f("387.5 billion yuan", 387.5e9, "CNY", "level", "trade", M7, n="'the first seven months' = 2023-01/2023-07; 'came to'")
f("11.6 percent", 11.6, "percent", "change", "trade", M7, d="up", b="yoy",
  n="'11.6 percent more than a year earlier': a rate of change, yoy")
f("38.2 percent", 38.2, "percent", "share", "trade", M7, q={"partner": "ASEAN", "scope": "share of foreign trade"},
  n="'Members of ASEAN took 38.2 percent of it': a share with partner")
f("largest", 1, "rank", "rank", "trade", M7, q={"partner": "Vietnam", "scope": "rank among trading partners"},
  n="a bare superlative = rank 1 (bench/dev conventions); the entity is Guangxi, whose partner Vietnam ranks first; 'remained' in the seven-month paragraph: the period of the trade figures (null defensible)")
f("146.3 billion yuan", 146.3e9, "CNY", "level", "trade", M7, q={"partner": "Vietnam"})
_b.ent("Beibu Gulf Port", "company")
f("3.6 million", 3.6e6, "count", "level", "production", H1, c="TEU", q={"scope": "container throughput"},
  n="container throughput in TEUs = production counted TEU, the port typed company (dev4/dev5)")
f("15.4 percent", 15.4, "percent", "change", "production", H1, d="up", b="yoy", q={"scope": "container throughput"},
  n="'up 15.4 percent' with no basis word in a year-on-year page: yoy (unspecified defensible)")
f("4,720", 4720, "count", "level", "count", H1, c="trip", q={"scope": "rail-sea freight train trips"},
  n="train trips: count of things; entity the port the trains link (Guangxi defensible)")
_b.ent("Pinglu Canal", "programme")
f("134.7-kilometer", 134.7, "km", "level", "length", None,
  n="adjective form spanned whole; a project typed programme (as bench/dev's China-Laos Railway); 'will connect' describes the design, but the length is stated as the canal's own: null, actual ('in 2026' is a date; 'among the biggest ... in decades' has no number)")
f("72.7 billion yuan", 72.7e9, "CNY", "level", "investment", None, q={"scope": "total investment"},
  n="'With total investment of': the project's budgeted total, no time word: null, actual (target defensible)")
f("560 kilometers", 560, "km", "change", "length", "2026", d="down", b="unspecified", s="target", a="~",
  q={"scope": "shortening of the route from the southwest to the sea"},
  n="'The canal will shorten that trip by about 560 kilometers': a future cut in a distance = change down, target dated by the opening in 2026 from the paragraph before (null defensible); the hardest call of the page")
f("9,000", 9000, "count", "level", "jobs", "2023", a=">", c="person", q={"scope": "workers on site"},
  n="'right now' in a quote = 2023")
_b.ent("Pingxiang", "city")
f("1.03 million metric tons", 1.03e6, "t", "level", "imports", M7, q={"product": "fruit"},
  n="a county-level city typed city; imports through its ports")
f("27 percent", 27, "percent", "change", "imports", M7, d="up", b="yoy", q={"product": "fruit"})
f("a quarter", 25, "percent", "share", "imports", M7, a="~", q={"product": "durians", "scope": "share of fruit imports by weight"},
  n="'about a quarter' = 25 percent, ~")
f("three hours", 3, "hour", "level", "duration", "2023", a="<", q={"scope": "customs clearance of a truck of fresh fruit"},
  n="'now takes less than three hours' = 2023; 'more than a day' (no number) and 'in 2021' (a date) are not facts")
_b.ent("Nanyou Fresh Supply Chain", "company")
f("40", 40, "count", "level", "imports", None, a="<=", c="container", q={"product": "durians", "per": "day"},
  n="'brings in up to 40 containers ... a day during the peak season from May to August': habitual, no year: null; 'up to' = <=")
f("1.6 billion yuan", 1.6e9, "CNY", "level", "revenue", "2022", n="quote: 'Last year we sold ... of fruit' = 2022 sales")
f("2 billion yuan", 2e9, "CNY", "level", "revenue", "2023", s="target", n="'This year we are aiming for': target 2023")
_b.ent("Nanning", "city")
f("45 yuan", 45, "CNY/kg", "level", "price", "2023-07", a="~", q={"product": "Thai durian flesh", "scope": "wholesale price"},
  n="'A kilogram of ... sold for about 45 yuan ... in July' = 2023-07; the market city as entity")
f("60 yuan", 60, "CNY/kg", "level", "price", "2022-07", q={"product": "Thai durian flesh", "scope": "wholesale price"},
  n="'down from 60 yuan a year ago': the earlier level, a year before July 2023")
_b.ent("Pingxiang", "city")
f("27 percent", 27, "percent", "change", "imports", M7, d="up", b="yoy", q={"product": "fruit"},
  n="photo caption repeating the body figure, with the body's period and basis")
_b.ent("Liuzhou", "city")
f("1.02 million", 1.02e6, "count", "level", "production", H1, c="vehicle")
f("286,000", 286000, "count", "level", "production", H1, c="vehicle", q={"product": "new energy vehicles"})
f("28 percent", 28, "percent", "share", "production", H1, a="~", q={"product": "new energy vehicles", "scope": "share of vehicle output"})
f("21.5 percent", 21.5, "percent", "change", "production", H1, d="up", b="yoy", q={"product": "new energy vehicles"})
_b.ent("Hongjiang Motor", "company")
f("153,000", 153000, "count", "level", "production", H1, c="car", q={"product": "mini electric cars", "scope": "cars sold"},
  n="cars sold: units sold of a product = production (dev5 call 8; revenue defensible)")
f("21,400", 21400, "count", "level", "exports", H1, c="car", n="'shipped ... cars overseas' = exports")
f("double", 2, "times", "change", "exports", H1, d="up", b="yoy", a=">",
  n="'more than double the figure a year earlier': a multiple of the same thing a year before = change/yoy (dev6 call 5), '>'")
f("32,800 yuan", 32800, "CNY", "level", "price", None, q={"product": "two-seater electric car"},
  n="'sells for ... at home': a price per car, stated in plain yuan (per-car); present tense: null")
f("400,000", 400000, "count", "level", "production", "2023", s="target", c="vehicle", n="'We plan to build ... this year'")
f("310,000", 310000, "count", "level", "production", "2022", c="vehicle", n="'up from 310,000 in 2022': the earlier level")
f("5.6 billion yuan", 5.6e9, "CNY", "level", "investment", None, q={"scope": "battery plant in the Liudong New Area, with a battery maker from Fujian"},
  n="'are investing' with no time word: null; entity the named partner (the unnamed battery maker cannot be one)")
f("300,000", 300000, "count", "level", "capacity", None, s="target", c="car", q={"product": "batteries", "per": "year"},
  n="'will make enough batteries for 300,000 cars a year': capacity counted in cars (dev5 call 8), a plant being built: target, no date: null")
f("2,500", 2500, "count", "level", "jobs", None, s="target", a="~", c="job",
  n="'It is expected to create about 2,500 jobs': target, no date: null (dev5 call 6)")
_b.ent("Liudong New Area", "zone")
f("340", 340, "count", "level", "enterprises", None, a=">", c="company", q={"sector": "auto parts"},
  n="'is home to more than 340 parts makers': present, null")
f("128.6 billion yuan", 128.6e9, "CNY", "level", "output_value", "2022", q={"sector": "auto industry"})
f("70 percent", 70, "percent", "share", "other", "2023", a="~", q={"sector": "auto parts", "scope": "share of a small electric car's parts supplied locally"},
  n="'can now supply about 70 percent of the parts': a local-sourcing share, no listed indicator: other; 'now' = 2023; 'manu-/facturing' is the page's word hyphenated across a blank line")
f("45 percent", 45, "percent", "share", "other", "2019", q={"sector": "auto parts", "scope": "share of a small electric car's parts supplied locally"},
  n="'up from 45 percent in 2019': the earlier share")
_b.ent("Tiandong county", "county")
f("second-largest", 2, "rank", "rank", "area", None, q={"product": "mangoes", "scope": "rank among China's mango-growing counties"},
  n="ordinal adjective spanned whole; 'mango-growing county' ranked by orchard size, present tense: null (production defensible as the indicator)")
f("36,700 hectares", 36700, "ha", "level", "area", None, a="~", q={"product": "mangoes", "scope": "orchards"})
f("412,000 tons", 412000, "t", "level", "production", "2022", q={"product": "mangoes"}, n="'last year' = 2022")
f("45 percent", 45, "percent", "share", "revenue", "2022", q={"product": "mangoes", "scope": "share of the harvest sold online"},
  n="a share of the harvest sold through e-commerce: revenue share (production defensible)")
_b.ent("Nabo village", "village")
f("208", 208, "count", "level", "households", "2023", c="household", q={"scope": "member households of Huang Wenqiang's fruit cooperative"},
  n="unnamed cooperative: entity the village (dev4-dev7); 'now' = 2023; 'in 2016' is a date")
f("68,000 yuan", 68000, "CNY", "level", "income", "2022", q={"scope": "average income per member household"})
f("23,000 yuan", 23000, "CNY", "level", "income", "2015", q={"scope": "average income per member household"},
  n="'up from ... in 2015': the earlier level")
f("2 to 3 yuan", 2, "CNY/kg", "level", "price", None, vh=3, q={"product": "mangoes", "scope": "farm-gate price paid by traders"},
  n="'Traders used to pay us': a past habit with no date: null; range with value_high")
f("8 to 12 yuan", 8, "CNY/kg", "level", "price", "2023", vh=12, q={"product": "Guire mangoes", "scope": "price paid by online buyers"},
  n="'Now' = 2023; the unit 'a kilogram' is carried from the first range of the quote")
_b.ent("Guangxi", "province")
f("120 million yuan", 120e6, "CNY", "level", "public_funding", "2023", q={"scope": "cold storage and sorting centers in Tiandong county"},
  n="the giver (the regional government) as entity (dev6 call 3); 'this year' = 2023; Tiandong county as recipient defensible")
_b.ent("Tiandong county", "county")
f("14", 14, "count", "level", "count", "2023", c="warehouse", q={"scope": "cold storage warehouses"},
  n="a table-free list of counts: 'now' = 2023 for all three")
f("62", 62, "count", "level", "enterprises", "2023", c="company", q={"sector": "e-commerce"})
f("1,300", 1300, "count", "level", "population", "2023", a="~", c="person", q={"scope": "livestreamers selling farm produce"})
f("412,000 tons", 412000, "t", "level", "production", "2022", q={"product": "mangoes"}, n="photo caption repeating the body figure")
_b.ent("Yangshuo county", "county")
f("9.8 million", 9.8e6, "count", "level", "population", H1, c="tourist visit")
f("92 percent", 92, "percent", "ratio", "population", H1, a="~", q={"scope": "tourist visits compared with the first half of 2019"},
  n="a level as a percentage of an earlier level = ratio (bench/dev call 5; change/since defensible)")
f("11.2 billion yuan", 11.2e9, "CNY", "level", "revenue", H1, q={"sector": "tourism"})
f("68 percent", 68, "percent", "change", "revenue", H1, d="up", b="yoy", q={"sector": "tourism"})
f("one in 10", 10, "percent", "share", "population", "2023", a="~",
  q={"scope": "share of foreign guests at a guesthouse"},
  n="'only about one in 10' = 10 percent; 'still' now = 2023; entity the county (the guesthouse is unnamed; Tang speaks of his own guests, county-wide reading defensible); 'April to June' is a time frame")
f("one in four", 25, "percent", "share", "population", "2019", a="~", q={"scope": "share of foreign guests at a guesthouse"},
  n="'compared with about one in four in 2019': the earlier share, 25 percent")
_b.ent("Guangxi", "province")
f("38.2 percent", 38.2, "percent", "share", "trade", M7, q={"partner": "ASEAN", "scope": "share of foreign trade"},
  n="headline-foot pull quote repeating the body figure")
FACTS = _b.facts
