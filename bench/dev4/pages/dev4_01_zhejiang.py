from ._b import Builder

DOC = "dev4_01_zhejiang.txt"
PUBLISHED = "2021-07-22"
SOURCE = "regional newspaper supplement page, Zhejiang (written for the Tally dev4 set)"

TEXT = r"""Zhejiang traders ride wave of overseas demand



Machinery, textiles and household goods lift shipments as coastal ports work around the clock

By ZHOU YINGJIE

Zhejiang province's exporters had one of their busiest half-years on record as buyers in Europe and North America restocked shelves and factories at home kept their lines running.

The province's foreign trade reached [[1.88 trillion yuan]] ([[\$290.7 billion]]) in the first half of the year, up [[29.6 percent]] year-on-year, according to figures released by Hangzhou Customs last week.

Exports rose [[27.4 percent]] to [[1.39 trillion yuan]], while imports jumped [[36.1 percent]] to [[490 billion yuan]]. The province's exports made up [[14.3 percent]] of the national total, ranking [[third]] among China's provincial-level regions.

Private companies, which run most of the province's export trade, contributed [[1.46 trillion yuan]], or [[77.7 percent]] of the total.

Trade with the other members of the Regional Comprehensive Economic Partnership grew [[24.8 percent]] to [[451 billion yuan]] during the period, while trade with the European Union rose [[31.2 percent]].

Overseas sales of mechanical and electrical products came to [[590 billion yuan]], up [[30.5 percent]]. Textiles and garments, long a staple of the province's factories, added [[233 billion yuan]] to the export total.

"Our order books are full until October. We have taken on [[120]] more workers since March and we are still short of hands," said Chen Lihua, 43, who runs a garment factory in Shaoxing's Keqiao district.

The port of Ningbo-Zhoushan handled [[15.6 million]] twenty-foot equivalent units of containers in the first six months, up [[21.3 percent]]. It now operates [[260]] container routes, and the province wants the port to move more than [[36 million]] TEUs a year by 2025.

Small traders have also found new channels. Cross-border e-commerce exports from Yiwu, the small commodities hub, grew [[38.5 percent]] to [[41.6 billion yuan]] in the first half, the city's commerce bureau said.

Officials in Hangzhou said shipping costs remained the biggest worry for exporters this summer. The provincial government has asked banks to speed up loans to small exporters and has arranged extra freight trains to Europe from Yiwu and Jinhua for companies that cannot find space on ships.

At a furniture factory in Huzhou, managers have started to print labels in Polish and Spanish as orders from new markets arrive. "A few years ago almost everything went to the United States. Now we spread the risk," said the factory's export manager, who declined to be named.

Economists warn that the strong figures partly reflect the weak base of last year, when the epidemic closed factories for weeks, and that growth is likely to slow in the second half as other exporting countries recover.

Yao Feng contributed to this story.



Containers are loaded onto a cargo ship at the port of Ningbo-Zhoushan in Zhejiang province. The port runs [[260]] container routes. YAO FENG / FOR CHINA DAILY

Trade up [[29.6%]] in first half

Common prosperity sets the pace

Province named as model for narrowing the income gap

By LIN JIAWEN

Zhejiang's economy grew [[19.5 percent]] year-on-year to [[1.58 trillion yuan]] in the first quarter, as factories and shops made up for the slump of early last year, the provincial bureau of statistics said.

Over the two years since the first quarter of 2019, the province's GDP grew at an average annual rate of [[6.8 percent]], above the national average.

Last year, the province's economy expanded by [[3.6 percent]] to [[6.46 trillion yuan]], the [[fourth-largest]] among the country's provinces.

The added value of the core industries of the digital economy reached [[702 billion yuan]] last year, up [[13 percent]], accounting for [[10.9 percent]] of the province's GDP. Officials said 5G networks now reach every town in the province, and that online retail and cloud services kept many small firms afloat during last year's lockdowns.

Per capita disposable income of urban residents came to [[63,120 yuan]] last year, and that of rural residents to [[31,480 yuan]]. The ratio between the two has narrowed to [[2.01]], the smallest among the provinces.

In June, the central authorities chose Zhejiang as a demonstration zone for common prosperity. Under the plan, the province aims to raise the per capita disposable income of its residents to [[75,000 yuan]] by 2025 and lift the share of families with an annual disposable income of [[100,000 to 500,000 yuan]] to [[80 percent]].

Officials have also promised to make it easier for migrant workers to settle in cities, to expand old-age care in rural areas and to let farmers earn more from the land and houses they own.

"We want farmers in the mountains to see their wallets grow as fast as those of office workers in Hangzhou," said Qian Weiming, a researcher at the provincial development and reform commission.

During the 14th Five-Year Plan (2021-25), the province will spend [[300 billion yuan]] of public money on roads, water supply and schools in its less-developed mountain counties, he said.

The gap between the coast and the hills has long been the province's weak spot. Young people from the mountain counties still leave for factory and office jobs in Hangzhou, Ningbo and Wenzhou, and many villages are left with elderly residents who farm small plots of bamboo and tea. Officials hope that better roads, faster internet and new tourist routes will bring some of the young back, or at least keep more of the money they earn flowing home.

Battery maker charges ahead in Huzhou

By ZHOU YINGJIE

Eight years ago, Taihu Lithium Power was a workshop with [[40]] employees assembling battery packs for electric bicycles. Today it supplies carmakers in China and Europe, and its factory in Huzhou's Changxing county runs day and night.

The company's sales revenue reached [[8.6 billion yuan]] in the first half, nearly [[double]] the figure a year earlier. It delivered [[310,000]] battery packs during the period.

The company employs [[5,800]] people, and its spending on research accounted for [[6.2 percent]] of revenue last year.

"A car battery must work in Harbin in January and in Dubai in August. That is why we test every new cell in cold rooms and hot rooms before it goes into a car," said Shen Jianhua, the company's chief engineer.

Taihu Lithium is building a [[12-billion-yuan]] plant next to its old site. When it is completed in 2023, the plant will be able to make [[600,000]] battery packs a year.

Engineers at the company say the hardest part of the job is not making a cell that stores more power, but making millions of cells that behave exactly the same. The production lines are fitted with cameras and sensors that flag any cell that looks or weighs slightly different from the rest.

Huzhou had [[1,320]] manufacturers of new energy vehicle parts by the end of June, and the city wants the output value of the industry to top [[200 billion yuan]] by 2025, said Xu Hong, deputy head of the city's bureau of economy and information technology.

The city has set aside a fund of [[2 billion yuan]] to help parts makers automate their production lines and hire engineers, he said. The battery industry is now the city's largest manu-

facturing employer, ahead of textiles and furniture.



Workers test battery packs at a plant of Taihu Lithium Power in Changxing county, Huzhou, Zhejiang province. XIE BIN / FOR CHINA DAILY

Tea hills turn into a tourist draw

By LIN JIAWEN

In the bamboo-covered hills of Anji county, the white tea harvest is over for the year, but the guesthouses are still full.

The county has [[11,300 hectares]] of white tea gardens, and the output value of its white tea reached [[3.2 billion yuan]] last year, according to the county's agriculture bureau. About [[16,000]] families grow tea for a living.

Shanxiang village, a cluster of whitewashed houses at the end of a winding road, received [[580,000]] tourists last year, generating tourism revenue of [[46 million yuan]]. Some [[63]] families in the village run homestays.

Per capita income of the villagers reached [[52,600 yuan]] last year, [[2.1 times]] the figure in 2015, said Pan Xiaoling, the village's Party secretary.

Wu Guoqiang, 58, turned his family home into a [[14-room]] guesthouse in 2016. He said he earned about [[300,000 yuan]] from it last year, even though tourists stayed away for



Visitors pick tea leaves at a tea garden in Shanxiang village, Anji county, Zhejiang province. XIE BIN / FOR CHINA DAILY

more than [[two months]] in the spring.

"When I was young, we sold bamboo shoots by the roadside. Now city people drive [[three hours]] to sleep in my house and drink my tea," he said.

Not everyone in the village welcomed the visitors at first. Older residents complained about the cars parked along the narrow lanes and the noise late at night. The village committee built a car park at the entrance, banned karaoke after ten in the evening and hired young villagers to guide tour groups along the tea terraces.

The village has set up a tourism cooperative with [[220]] member households, which pays dividends to its members at the end of each year.

The county will invest [[5 billion yuan]] during the 14th Five-Year Plan period in cycling paths, sewage treatment and cable car lines in its mountain townships, officials said.

Now city people drive [[three hours]] to sleep in my house
"""

_b = Builder()
f = _b.f
H = "2021-01/2021-06"
_b.ent("Zhejiang", "province")
f("1.88 trillion yuan", 1.88e12, "CNY", "level", "trade", H)
f("\\$290.7 billion", 290.7e9, "USD", "level", "trade", H, n="USD conversion")
f("29.6 percent", 29.6, "percent", "change", "trade", H, d="up", b="yoy")
f("27.4 percent", 27.4, "percent", "change", "exports", H, d="up", b="yoy", n="basis carried from the previous sentence")
f("1.39 trillion yuan", 1.39e12, "CNY", "level", "exports", H)
f("36.1 percent", 36.1, "percent", "change", "imports", H, d="up", b="yoy", n="basis carried")
f("490 billion yuan", 490e9, "CNY", "level", "imports", H)
f("14.3 percent", 14.3, "percent", "share", "exports", H, q={"scope": "share of China's national exports"})
f("third", 3, "rank", "rank", "exports", H, q={"scope": "exports among China's provincial-level regions"})
f("1.46 trillion yuan", 1.46e12, "CNY", "level", "trade", H, q={"scope": "private companies"},
  n="trade of private companies; period carried from the article")
f("77.7 percent", 77.7, "percent", "share", "trade", H, q={"scope": "private companies"}, n="'or N percent of the total': a share without 'accounting for'")
f("24.8 percent", 24.8, "percent", "change", "trade", H, d="up", b="yoy", q={"partner": "RCEP members"}, n="basis carried")
f("451 billion yuan", 451e9, "CNY", "level", "trade", H, q={"partner": "RCEP members"})
f("31.2 percent", 31.2, "percent", "change", "trade", H, d="up", b="yoy", q={"partner": "European Union"})
f("590 billion yuan", 590e9, "CNY", "level", "exports", H, q={"product": "mechanical and electrical products"})
f("30.5 percent", 30.5, "percent", "change", "exports", H, d="up", b="yoy", q={"product": "mechanical and electrical products"})
f("233 billion yuan", 233e9, "CNY", "level", "exports", H, q={"product": "textiles and garments"})
f("120", 120, "count", "change", "jobs", "2021-03/2021-07", d="up", b="since", c="worker", ent="Keqiao district", et="district",
  q={"sector": "garments", "scope": "workers hired by Chen Lihua's factory"},
  n="'taken on 120 more workers since March': an increase in workers since a named month (change/since; a level of jobs created defensible); the factory is not named, so the district; '43' is an age, not a fact")
_b.ent("Ningbo-Zhoushan port", "company")
f("15.6 million", 15.6e6, "count", "level", "production", H, c="TEU", q={"scope": "container throughput"},
  n="container throughput = shipments handled (production), as freight tonnage in dev2/dev3; the port typed company as airports are in bench/dev")
f("21.3 percent", 21.3, "percent", "change", "production", H, d="up", b="yoy", q={"scope": "container throughput"}, n="basis carried")
f("260", 260, "count", "level", "count", "2021", c="route", q={"scope": "container routes"}, n="'now' = publication year")
f("36 million", 36e6, "count", "level", "production", "2025", s="target", a=">", c="TEU", q={"scope": "container throughput", "per": "year"},
  ent="Zhejiang", et="province", n="the province's goal for the port; entity the province that sets it (the port defensible)")
_b.ent("Yiwu", "city")
f("38.5 percent", 38.5, "percent", "change", "exports", H, d="up", b="unspecified", q={"scope": "cross-border e-commerce exports"},
  n="'grew ... in the first half' with no comparison named")
f("41.6 billion yuan", 41.6e9, "CNY", "level", "exports", H, q={"scope": "cross-border e-commerce exports"})
_b.ent("Ningbo-Zhoushan port", "company")
f("260", 260, "count", "level", "count", None, c="route", q={"scope": "container routes"}, n="photo caption, present tense with no time word: null (2021 defensible)")
_b.ent("Zhejiang", "province")
f("29.6%", 29.6, "percent", "change", "trade", H, d="up", b="yoy", n="headline-foot pull quote repeating the body figure")
f("19.5 percent", 19.5, "percent", "change", "gdp", "2021-01/2021-03", d="up", b="yoy")
f("1.58 trillion yuan", 1.58e12, "CNY", "level", "gdp", "2021-01/2021-03")
f("6.8 percent", 6.8, "percent", "change", "gdp", "2021-01/2021-03", d="up", b="annual_avg",
  q={"scope": "two-year average growth since the first quarter of 2019"},
  n="two-year average growth rate; period of the newer value (Q1 2021); 2019/2021 defensible")
f("3.6 percent", 3.6, "percent", "change", "gdp", "2020", d="up", b="unspecified", n="'expanded by ... last year', no comparison named; yoy defensible")
f("6.46 trillion yuan", 6.46e12, "CNY", "level", "gdp", "2020")
f("fourth-largest", 4, "rank", "rank", "gdp", "2020", q={"scope": "GDP among China's provinces"})
f("702 billion yuan", 702e9, "CNY", "level", "value_added", "2020", q={"sector": "core industries of the digital economy"})
f("13 percent", 13, "percent", "change", "value_added", "2020", d="up", b="unspecified", q={"sector": "core industries of the digital economy"})
f("10.9 percent", 10.9, "percent", "share", "gdp", "2020", q={"sector": "core industries of the digital economy"},
  n="share of GDP: indicator gdp, as dev3's digital-economy share")
f("63,120 yuan", 63120, "CNY", "level", "income", "2020", q={"scope": "per capita disposable income of urban residents"})
f("31,480 yuan", 31480, "CNY", "level", "income", "2020", q={"scope": "per capita disposable income of rural residents"})
f("2.01", 2.01, "times", "ratio", "income", "2020", q={"scope": "urban-rural per capita income ratio"},
  n="a bare ratio between two incomes: kind ratio, unit times; period from the neighbouring 'last year' (null defensible)")
f("75,000 yuan", 75000, "CNY", "level", "income", "2025", s="target", q={"scope": "per capita disposable income of residents"})
f("100,000 to 500,000 yuan", 100000, "CNY", "level", "income", "2025", s="target", vh=500000,
  q={"scope": "annual disposable income band defining middle-income families", "per": "year"},
  n="income band defining the group in the target (like the gold's age threshold in a goal); range span with value_high")
f("80 percent", 80, "percent", "share", "households", "2025", s="target", q={"scope": "share of families in the middle-income band"})
f("300 billion yuan", 300e9, "CNY", "level", "public_funding", "2021/2025", s="target", q={"scope": "roads, water supply and schools in less-developed mountain counties"},
  n="'During the 14th Five-Year Plan (2021-25)': plan span; the plan name and '2021-25' are not facts")
_b.ent("Taihu Lithium Power", "company")
f("40", 40, "count", "level", "jobs", "2013", c="employee", n="'Eight years ago' from 2021 = 2013; the time frame itself is not a fact")
f("8.6 billion yuan", 8.6e9, "CNY", "level", "revenue", H)
f("double", 2, "times", "change", "revenue", H, d="up", b="yoy", a="~", n="'nearly double the figure a year earlier' = 2 times, approx ~")
f("310,000", 310000, "count", "level", "production", H, c="battery pack", n="'delivered' units read as shipments (production); revenue indicator is for money")
f("5,800", 5800, "count", "level", "jobs", None, c="person", n="present tense: null")
f("6.2 percent", 6.2, "percent", "share", "rd_spending", "2020", q={"scope": "share of revenue"})
f("12-billion-yuan", 12e9, "CNY", "level", "investment", None, q={"scope": "new battery plant"}, n="hyphenated modifier; present progressive, no date: null")
f("600,000", 600000, "count", "level", "capacity", "2023", s="target", c="battery pack", q={"scope": "annual capacity of the new plant", "per": "year"},
  n="'When it is completed in 2023, the plant will be able to make': target capacity dated 2023")
_b.ent("Huzhou", "city")
f("1,320", 1320, "count", "level", "enterprises", "2021-06", c="manufacturer", q={"sector": "new energy vehicle parts"})
f("200 billion yuan", 200e9, "CNY", "level", "output_value", "2025", s="target", a=">", q={"sector": "new energy vehicle parts"})
f("2 billion yuan", 2e9, "CNY", "level", "public_funding", None, q={"scope": "fund for parts makers' automation and hiring"},
  n="'has set aside a fund': no time word, null")
_b.ent("Anji county", "county")
f("11,300 hectares", 11300, "ha", "level", "area", None, q={"product": "white tea gardens"})
f("3.2 billion yuan", 3.2e9, "CNY", "level", "output_value", "2020", q={"product": "white tea"})
f("16,000", 16000, "count", "level", "households", None, a="~", c="family", q={"sector": "tea growing"})
_b.ent("Shanxiang village", "village")
f("580,000", 580000, "count", "level", "population", "2020", c="tourist", q={"scope": "tourist visits"})
f("46 million yuan", 46e6, "CNY", "level", "revenue", "2020", q={"sector": "tourism"})
f("63", 63, "count", "level", "households", None, a="~", c="family", q={"scope": "families running homestays"}, n="'Some' = about")
f("52,600 yuan", 52600, "CNY", "level", "income", "2020", q={"scope": "per capita income of villagers"})
f("2.1 times", 2.1, "times", "change", "income", "2020", d="up", b="since", q={"scope": "per capita income of villagers"},
  n="'2.1 times the figure in 2015': change since 2015, value as stated")
f("14-room", 14, "count", "level", "count", None, c="room", q={"scope": "Wu Guoqiang's guesthouse"}, n="'58' is an age and '2016' a year, not facts")
f("300,000 yuan", 300000, "CNY", "level", "income", "2020", a="~", q={"scope": "Wu Guoqiang's earnings from his guesthouse"})
f("two months", 2, "month", "level", "duration", "2020", a=">", q={"scope": "period tourists stayed away in the spring"},
  n="sentence continued after the photo caption; spring of 'last year' = 2020 (2020-03/2020-05 defensible)")
f("three hours", 3, "hour", "level", "duration", None, q={"scope": "drive from the city to the village"})
f("220", 220, "count", "level", "households", None, c="household", q={"scope": "member households of the village tourism cooperative"})
_b.ent("Anji county", "county")
f("5 billion yuan", 5e9, "CNY", "level", "investment", "2021/2025", s="target", q={"scope": "cycling paths, sewage treatment and cable cars in mountain townships"})
_b.ent("Shanxiang village", "village")
f("three hours", 3, "hour", "level", "duration", None, q={"scope": "drive from the city to the village"}, n="repeated pull-quote fragment")
FACTS = _b.facts
