from ._b import Builder

DOC = "dev5_01_hubei.txt"
PUBLISHED = "2023-08-17"
SOURCE = "regional newspaper supplement page, Hubei (written for the Tally dev5 set)"

TEXT = r"""Optics Valley lights the way for Hubei's tech firms



Lasers, fiber and chips keep Wuhan's hi-tech zone busy as overseas demand picks up

By ZHANG WEI in Wuhan

Hubei province's economy grew [[6.1 percent]] year-on-year in the first half of this year to [[2.62 trillion yuan]] ([[\$362.5 billion]]), the provincial bureau of statistics said on Monday. The growth rate ranked [[fifth]] among the country's provincial-level regions.

Much of the momentum came from the East Lake High-tech Development Zone, better known as Wuhan Optics Valley, which is home to more than [[16,000]] high-tech enterprises. The zone's operating revenue reached [[1.35 trillion yuan]] last year, up [[11.4 percent]] from a year earlier.

Optical fiber and cable makers in the zone produce about [[a quarter]] of the world's optical fiber, local officials said. In the first seven months, the zone signed [[63]] investment projects with a combined value of [[142.6 billion yuan]], most of them in lasers, displays and integrated circuits.

"Five years ago, most of our machines went to factories in Guangdong and Jiangsu. Now [[40 percent]] of our sales are overseas," said Hu Jiaming, 47, general manager of Chutian Laser Tech, a company based in the zone.

The company sold [[12,800]] laser cutting machines last year, and its revenue rose [[26 percent]] to [[3.7 billion yuan]]. It employs [[2,300]] people, and its engineers hold patents on cutting heads that once had to be bought from Germany.

Hu said customers in Turkey, Brazil and Vietnam were buying machines to make car parts and kitchen equipment, and the company had opened service centers in Istanbul and Sao Paulo so that technicians could reach a broken machine quickly.

Under the 14th Five-Year Plan (2021-25), the zone aims to raise the revenue of its optoelectronic information industry to [[1 trillion yuan]] by 2025.

Chen Bo contributed to this story.

Carmakers shift gears as electric models take off

By LI MING in Wuhan

For decades, the car plants along the Yangtze in Wuhan turned out gasoline sedans for families across central China. Now the assembly lines are being refitted for batteries and electric motors.

Hubei produced [[1.58 million]] vehicles in the first half, down [[4.2 percent]] year-on-year, as sales of gasoline cars slowed. But output of new energy vehicles jumped [[73.5 percent]] to [[214,000]] units, accounting for [[13.5 percent]] of the total.

The output value of the province's automobile industry reached [[902 billion yuan]] last year, the largest of any industry in Hubei.

At Jiangcheng Motor's new plant in the Wuhan Economic and Technological Development Zone, which cost [[12 billion yuan]] to build, robots weld car bodies while workers fit seats and dashboards. The plant can turn out [[300,000]] electric cars a year.

The company now has [[4,600]] workers at the plant, [[860]] more than at the start of the year, said Wang Fang, 39, a shift leader.

"We used to build gasoline sedans on this line and wait for orders. Now the orders wait for us," Wang said.

The province aims to raise its annual output of new energy vehicles to [[1 million]] by 2025. It has offered subsidies to companies that build charging stations along expressways and in rural towns.



Workers assemble electric cars at a plant in Wuhan, Hubei province. Output of new energy vehicles in the province rose [[73.5 percent]] in the first half. XIAO HE / FOR CHINA DAILY

Busier Yangtze brings cargo to river ports

By ZHOU LIN in Wuhan

Barges loaded with coal, soybeans and containers crowd the river at Wuhan's Yangluo port, where cranes work through the night.

Cargo throughput of Hubei's ports reached [[298 million tons]] in the first seven months, up [[9.6 percent]] year-on-year, the provincial department of transport said. Container throughput at Yangluo port, the largest on the middle reaches of the Yangtze, rose to [[1.46 million]] TEUs over the same period.

A direct river-sea shipping route between Wuhan and Yangshan port in Shanghai now takes about [[three days]], and shippers no longer have to move their boxes onto bigger vessels in Nanjing.

Freight trains between Wuhan and Europe made [[412]] trips in the first half, [[18 percent]] more than in the same period last year.

The province plans to spend [[35 billion yuan]] from 2023 to 2025 on deepening waterways and building new berths, officials said.

Crayfish and rice bring a rich harvest to Jianli

By XU HUI in Jingzhou

In the flat, wet fields of Jianli county, farmers grow rice and raise crayfish in the same paddies. The crayfish eat insects and weeds, and their droppings feed the rice.

The county has [[56,000 hectares]] of such fields. Its crayfish output reached [[168,000 tons]] last year, ranking [[first]] among the country's counties, and the crayfish industry, including processing, restaurants and transport, had an output value of about [[24 billion yuan]].

In Hongshi village, Liu Guiying, 52, runs a cooperative with [[213]] member households. A hectare of crayfish-rice field earns about [[45,000 yuan]] a year, [[two to three times]] as much as rice alone, she said.

"My neighbors laughed when I dug ditches around my paddies. Now they come to me to learn how to do it," Liu said.

Per capita disposable income of the county's rural residents rose [[8.3 percent]] year-on-year to [[11,450 yuan]] in the first half. The county aims to process [[70 percent]] of its crayfish locally by 2025, up from [[52 percent]] now, so that more of the profit stays in the county rather than going to processing plants in other prov-

inces.

Cool mountains draw summer crowds

By YANG TAO in Shennongjia

Hubei received [[336 million]] domestic tourist visits in the first half, up [[57.2 percent]] year-on-year, and tourism revenue reached [[318.5 billion yuan]], the provincial culture and tourism department said.

Shennongjia forestry district, a forested mountain area in the west of the province, has been one of the biggest winners. It received [[2.1 million]] visitors from January to July, [[1.4 times]] the figure in 2019, before the pandemic. Hotels in the district reported occupancy rates of [[85 to 95 percent]] in July, when families from Wuhan and Chongqing escaped the heat.

"People sit on our terrace in the evening and need a jacket. In Wuhan they are sitting under the air conditioner," said Tan Min, 44, who runs a homestay near the district's main scenic area.

Downstream, in Yichang, cruise ships to the Three Gorges are sailing full. Tickets for a cruise from Yichang to Chongqing start at [[1,980 yuan]].



Tourists walk on a plank road in Shennongjia forestry district, Hubei province. The district received [[2.1 million]] visitors from January to July. YANG TAO / FOR CHINA DAILY

Hubei's economy grew [[6.1 percent]] in the first half
"""

_b = Builder()
f = _b.f
H1 = "2023-01/2023-06"
J7 = "2023-01/2023-07"
_b.ent("Hubei", "province")
f("6.1 percent", 6.1, "percent", "change", "gdp", H1, d="up", b="yoy", n="'the economy grew' = gdp")
f("2.62 trillion yuan", 2.62e12, "CNY", "level", "gdp", H1)
f("\\$362.5 billion", 362.5e9, "USD", "level", "gdp", H1, n="USD conversion of the yuan figure")
f("fifth", 5, "rank", "rank", "gdp", H1, q={"scope": "GDP growth rate among China's provincial-level regions"},
  n="rank of a growth rate uses the level's indicator with a scope (dev2 judgment call 10)")
_b.ent("Wuhan Optics Valley", "zone")
f("16,000", 16000, "count", "level", "enterprises", None, a=">", c="enterprise", q={"scope": "high-tech enterprises"},
  n="East Lake High-tech Development Zone, 'better known as Wuhan Optics Valley'; either name as entity; present tense, null")
f("1.35 trillion yuan", 1.35e12, "CNY", "level", "revenue", "2022", q={"scope": "operating revenue"})
f("11.4 percent", 11.4, "percent", "change", "revenue", "2022", d="up", b="yoy", q={"scope": "operating revenue"}, n="'up ... from a year earlier' = yoy")
f("a quarter", 25, "percent", "share", "production", None, a="~", q={"product": "optical fiber", "scope": "share of world output"},
  n="'a quarter' = 25 percent share; present tense, null")
f("63", 63, "count", "level", "projects", J7, c="project", q={"scope": "investment projects signed"})
f("142.6 billion yuan", 142.6e9, "CNY", "level", "investment", J7, q={"scope": "combined value of projects signed"})
_b.ent("Chutian Laser Tech", "company")
f("40 percent", 40, "percent", "share", "revenue", "2023", q={"scope": "overseas share of sales"},
  n="'Now' = publication year; '47' after Hu Jiaming is an age; 'Five years ago' is a time frame")
f("12,800", 12800, "count", "level", "production", "2022", c="machine", q={"product": "laser cutting machines", "scope": "sold"},
  n="units sold: production (shipments), revenue defensible only for money")
f("26 percent", 26, "percent", "change", "revenue", "2022", d="up", b="unspecified", n="'rose ... last year', no comparison named")
f("3.7 billion yuan", 3.7e9, "CNY", "level", "revenue", "2022")
f("2,300", 2300, "count", "level", "jobs", None, c="person", n="present tense: null")
_b.ent("Wuhan Optics Valley", "zone")
f("1 trillion yuan", 1e12, "CNY", "level", "revenue", "2025", s="target", q={"sector": "optoelectronic information"},
  n="'(2021-25)' is a plan span, not a fact")
_b.ent("Hubei", "province")
f("1.58 million", 1.58e6, "count", "level", "production", H1, c="vehicle")
f("4.2 percent", 4.2, "percent", "change", "production", H1, d="down", b="yoy", q={"product": "vehicles"})
f("73.5 percent", 73.5, "percent", "change", "production", H1, d="up", b="yoy", q={"product": "new energy vehicles"},
  n="basis carried from the previous sentence")
f("214,000", 214000, "count", "level", "production", H1, c="vehicle", q={"product": "new energy vehicles"}, n="counted noun 'units' outside the span")
f("13.5 percent", 13.5, "percent", "share", "production", H1, q={"product": "new energy vehicles"})
f("902 billion yuan", 902e9, "CNY", "level", "output_value", "2022", q={"sector": "automobile industry"},
  n="'the largest of any industry' has no number: not a fact")
_b.ent("Jiangcheng Motor", "company")
f("12 billion yuan", 12e9, "CNY", "level", "investment", None, q={"scope": "cost of the new plant in Wuhan"}, n="no time stated: null")
f("300,000", 300000, "count", "level", "capacity", None, c="car", q={"product": "electric cars", "per": "year"}, n="'can turn out ... a year' = annual capacity")
f("4,600", 4600, "count", "level", "jobs", "2023", c="worker", q={"scope": "workers at the Wuhan plant"}, n="'now' = publication year")
f("860", 860, "count", "change", "jobs", "2023", d="up", b="since", c="worker", q={"scope": "workers at the Wuhan plant"},
  n="'N more than at the start of the year': absolute change vs an earlier point, basis since (dev4 judgment call 6; 2023-01/2023-08 defensible); '39' after Wang Fang is an age")
_b.ent("Hubei", "province")
f("1 million", 1e6, "count", "level", "production", "2025", s="target", c="vehicle", q={"product": "new energy vehicles", "per": "year"},
  n="'aims to raise its annual output ... to 1 million by 2025'; capacity defensible")
f("73.5 percent", 73.5, "percent", "change", "production", H1, d="up", b="yoy", q={"product": "new energy vehicles"}, n="photo caption repeating the body figure")
f("298 million tons", 298e6, "t", "level", "production", J7, q={"scope": "cargo throughput of ports"}, n="port cargo tonnage = production (dev2/dev4)")
f("9.6 percent", 9.6, "percent", "change", "production", J7, d="up", b="yoy", q={"scope": "cargo throughput of ports"})
f("1.46 million", 1.46e6, "count", "level", "production", J7, c="TEU", ent="Yangluo port", et="company", q={"scope": "container throughput"},
  n="'over the same period' carries the first seven months; ports typed company (dev4 judgment call 1); 'the largest' has no number")
f("three days", 3, "day", "level", "duration", "2023", a="~", q={"scope": "river-sea shipping time from Wuhan to Yangshan port"},
  n="'now' = publication year; entity the province (the route is unnamed), Wuhan defensible")
_b.ent("Wuhan", "city")
f("412", 412, "count", "level", "count", H1, c="trip", q={"scope": "freight train trips between Wuhan and Europe"})
f("18 percent", 18, "percent", "change", "count", H1, d="up", b="yoy", q={"scope": "freight train trips between Wuhan and Europe"},
  n="'more than in the same period last year' = yoy; the percent is exact ('more than' is the comparison, not an approximator)")
_b.ent("Hubei", "province")
f("35 billion yuan", 35e9, "CNY", "level", "public_funding", "2023/2025", s="target", q={"scope": "deepening waterways and building new berths"},
  n="provincial spending plan: public_funding (investment defensible); 'from 2023 to 2025' = 2023/2025")
_b.ent("Jianli county", "county")
f("56,000 hectares", 56000, "ha", "level", "area", None, q={"scope": "crayfish-rice paddy fields"})
f("168,000 tons", 168000, "t", "level", "production", "2022", q={"product": "crayfish"})
f("first", 1, "rank", "rank", "production", "2022", q={"product": "crayfish", "scope": "among China's counties"})
f("24 billion yuan", 24e9, "CNY", "level", "output_value", "2022", a="~", q={"sector": "crayfish industry"}, n="'last year' carried within the sentence")
_b.ent("Hongshi village", "village")
f("213", 213, "count", "level", "households", None, c="household", q={"scope": "member households of Liu Guiying's cooperative"},
  n="unnamed cooperative: entity the village (as dev4); '52' after Liu Guiying is an age")
f("45,000 yuan", 45000, "CNY/ha", "level", "income", None, a="~", q={"product": "crayfish-rice", "per": "year"},
  n="earnings per hectare a year: CNY/ha with per=year; revenue defensible")
f("two to three times", 2, "times", "ratio", "income", None, vh=3, q={"product": "crayfish-rice", "scope": "earnings per hectare vs rice alone"},
  n="comparison with something else: ratio; range 2-3")
_b.ent("Jianli county", "county")
f("8.3 percent", 8.3, "percent", "change", "income", H1, d="up", b="yoy", q={"scope": "per capita disposable income of rural residents"})
f("11,450 yuan", 11450, "CNY", "level", "income", H1, q={"scope": "per capita disposable income of rural residents"})
f("70 percent", 70, "percent", "share", "production", "2025", s="target", q={"product": "crayfish", "scope": "share processed locally"})
f("52 percent", 52, "percent", "share", "production", "2023", q={"product": "crayfish", "scope": "share processed locally"}, n="'now' = publication year")
_b.ent("Hubei", "province")
f("336 million", 336e6, "count", "level", "population", H1, c="tourist visit", q={"scope": "domestic tourist visits"})
f("57.2 percent", 57.2, "percent", "change", "population", H1, d="up", b="yoy", q={"scope": "domestic tourist visits"})
f("318.5 billion yuan", 318.5e9, "CNY", "level", "revenue", H1, q={"sector": "tourism"})
_b.ent("Shennongjia forestry district", "district")
f("2.1 million", 2.1e6, "count", "level", "population", J7, c="visitor", q={"scope": "visitors"},
  n="forestry district (county-level) typed district; county defensible")
f("1.4 times", 1.4, "times", "change", "population", J7, d="up", b="since", q={"scope": "visitors, vs 2019"},
  n="'1.4 times the figure in 2019' = change/since (dev4 judgment call 7)")
f("85 to 95 percent", 85, "percent", "level", "other", "2023-07", vh=95, q={"scope": "hotel occupancy rate"}, n="range; occupancy rate has no indicator id: other")
_b.ent("Yichang", "city")
f("1,980 yuan", 1980, "CNY", "level", "price", None, a=">=", q={"product": "Three Gorges cruise ticket to Chongqing"},
  n="'start at' = at least; '44' after Tan Min is an age")
_b.ent("Shennongjia forestry district", "district")
f("2.1 million", 2.1e6, "count", "level", "population", J7, c="visitor", q={"scope": "visitors"}, n="photo caption repeating the body figure")
_b.ent("Hubei", "province")
f("6.1 percent", 6.1, "percent", "change", "gdp", H1, d="up", b="yoy", n="headline-foot pull quote; basis from the body")
FACTS = _b.facts
