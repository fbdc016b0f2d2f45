from ._b import Builder

DOC = "dev2_01_shaanxi.txt"
PUBLISHED = "2021-09-16"
SOURCE = "regional newspaper supplement page, Shaanxi (written for the Tally dev2 set)"

TEXT = r"""

Inland port powers Shaanxi's trade surge



Freight trains and chip exports lift figures for the first six months

By LIU XIAOMING

Shaanxi province in Northwest China recorded brisk growth in foreign trade in the first half of this year, as more freight trains left its capital for Central Asia and Europe and local chipmakers shipped more products abroad.

Figures released by Xi'an Customs show that the province's imports and exports reached [[228.6 billion yuan]] ([[\$35.4 billion]]) between January and June, up [[29.7 percent]] from the same period last year.

Exports jumped [[36.2 percent]] to [[131.5 billion yuan]], while imports grew [[21.8 percent]] to [[97.1 billion yuan]]. The growth of exports ranked [[fifth]] among China's provincial-level regions, customs officials said.

Integrated circuits remained the province's biggest export item. Overseas shipments of chips were worth [[58.4 billion yuan]] during the period, accounting for [[44.4 percent]] of Shaanxi's total exports.

Trade with countries and regions involved in the Belt and Road Initiative rose [[33.5 percent]] year-on-year to [[52.7 billion yuan]].

The Xi'an International Port, a dry port in the city's Baqiao district, has become the main gateway for these flows. In the first half, [[2,215]] China-Europe freight trips set out from the port, [[46 percent]] more than a year earlier, carrying [[1.87 million metric tons]] of cargo.

The port now runs [[16]] regular routes that reach [[45]] countries and regions, its management committee said.

[[2,215]] China-Europe freight trips set out

Logistics companies say the trains have become a reliable alternative to sea freight, whose rates have soared since last year. "A container to Duisburg takes about [[15 days]] by rail. By sea it can take much longer, and the price keeps changing," said Sun Peng, a manager at a freight forwarder in the port.

In June alone, the province's trade totaled [[43.2 billion yuan]], a monthly record.

During the 13th Five-Year Plan (2016-20), Shaanxi's foreign trade grew by an average of [[14.3 percent]] a year, according to the provincial commerce department. The province aims to lift its annual trade above [[500 billion yuan]] by 2025.

Officials said the province will keep simplifying customs procedures, expand bonded warehouses and encourage more small and medium-sized firms to sell abroad through cross-border e-commerce platforms.

Zhang Hui contributed to this story.



Containers are loaded onto a freight train bound for Almaty at the Xi'an International Port. ZHOU YANG / FOR CHINA DAILY

Economy keeps steady pace as industry rebounds

By LIU XIAOMING

Shaanxi's GDP reached [[1.41 trillion yuan]] in the first half, up [[11.5 percent]] year-on-year, the provincial statistics bureau said on July 23. In the first quarter, the economy had expanded [[14.9 percent]] to [[652.3 billion yuan]].

The added value of industrial enterprises above designated size rose [[12.6 percent]] during the six months. High-tech manufacturing grew even faster, by [[21.4 percent]], and its share of the province's industrial added value climbed to [[13.2 percent]].

Fixed-asset investment went up [[8.3 percent]], with spending on new infrastructure such as data centers and charging networks growing fastest, the bureau said. Consumer spending also picked up as restaurants, cinemas and scenic spots in Xi'an reopened to full crowds in the spring.

Per capita disposable income of urban residents was [[20,316 yuan]] in the first half, and that of rural residents [[6,842 yuan]], up [[9.2 percent]] and [[11.6 percent]] respectively.

"The recovery is broad-based, but we still need to watch coal prices and the supply of chips," said Gao Lin, an economist at Xi'an Jiaotong University.

Chipmaker builds on strong half-year

By WANG QIAN

Qinling Microelectronics, a maker of power semiconductors in the Xi'an High-tech Industries Development Zone, had its busiest six months since it was founded in 2009.

The company's operating revenue rose to [[1.26 billion yuan]] ([[\$195 million]]) in the first half, a year-on-year increase of [[62 percent]], said its president Ma Jianguo. It shipped [[380 million]] chips, most of them for electric cars and charging posts, and about [[30 percent]] of its sales came from customers in Germany, South Korea and Vietnam.

"Carmakers used to buy these parts from Europe and Japan. Now they come to Xi'an," Ma said, standing in a clean room where workers in white suits moved wafers between machines. "Our customers want supply they can rely on, and they want it close by."

The company spends about [[9 percent]] of its revenue on research and development. It employs [[1,450]] people, most of them graduates of universities in Xi'an, which turn out large numbers of engineers every year.

"When we started we had a single production line. Now we have [[four]]," Ma said. A fifth line, with an investment of [[3.8 billion yuan]], is expected to start production next year and will raise the company's annual capacity to [[240,000]] wafers.



Engineers test power chips at a Qinling Microelectronics workshop in Xi'an. ZHOU YANG / FOR CHINA DAILY

The high-tech zone is home to more than [[260]] semiconductor companies, which together generated an output value of [[116 billion yuan]] last year. By that measure its chip industry ranks [[third]] among China's national high-tech zones, the zone's administration said.

The zone plans to raise the figure to [[200 billion yuan]] by 2025, backed by a special fund of [[5 billion yuan]] set up by the Xi'an government.

Apple growers in Luochuan reap sweet rewards

By WANG QIAN

On the loess tableland of Luochuan county in the city of Yan'an, farmers have grown apples for more than [[70 years]], and the fruit is now the backbone of the local economy.

Walking between rows of trees heavy with red fruit, county officials like to say that Luochuan's soil, sunshine and cool nights give its apples a crisp bite and a sweetness that buyers across the country recognize at once.

Orchards in the county cover [[33,300 hectares]], and apple sales make up about [[95 percent]] of farmers' income, according to the county's agriculture bureau.

Last year, Luochuan harvested [[1.02 million metric tons]] of apples, and the output value of the apple industry reached [[7.6 billion yuan]]. The per capita disposable income of its rural residents rose to [[15,580 yuan]], up [[8.1 percent]] year-on-year.

To keep prices stable, the county has built [[386]] cold storage facilities with a combined capacity of [[520,000 tons]], so growers no longer have to sell all their fruit at harvest time.

Online sales have also taken off. More than [[1,700]] online stores now sell Luochuan apples, and their sales in the first seven months of this year reached [[1.9 billion yuan]], up [[27 percent]] from a year earlier. Young people who once left for jobs in Xi'an or Shenzhen are coming back to run live-streaming studios in the orchards.

Li Xiaoping, 46, a grower in the village of Gujia, tends [[0.8 hectares]] of trees. "Last year my family earned [[120,000 yuan]] from apples, more than [[three times]] what we made from wheat and millet," he said.

He now uses a smartphone app to check soil moisture and sends his best fruit to buyers in Guangzhou by express delivery. "My father never imagined selling apples to someone he had never met," he said.

Orchards in the county cover

Energy base looks beyond coal

By LIU XIAOMING

Yulin, a city in northern Shaanxi that mined [[560 million metric tons]] of coal last year, is turning to solar and wind power as it works to cut carbon emissions.

The city's installed new energy capacity reached [[8.2 gigawatts]] by the end of June, accounting for [[34 percent]] of its total power capacity, the city's development and reform commission said.

Under the 14th Five-Year Plan (2021-25), Yulin plans to add [[20 GW]] of wind and solar capacity and to build a hydrogen industrial park covering [[12 square kilometers]] in the Yushen Industrial Zone.

A new [[93-kilometer]] freight railway that links mines in Shenmu county to the national network opened in May. It can carry [[30 million tons]] of coal a year, easing truck traffic on local roads.

The new energy industry in the city employs some [[18,000]] people. This year the provincial government allocated [[1.5 billion yuan]] to help the city restore [[6,700 hectares]] of land damaged by mining.

Local officials admit that the shift will take time. Coal still supports a great many families, and the city is trying to turn more of it into chemicals and materials instead of burning it in power plants.

"We are not saying goodbye to coal. We are learning to use it better while we grow the new industries," said Ren Ping, a deputy director of the commission.

Yulin's GDP reached [[409.2 billion yuan]] last year, ranking [[second]] among the cities of Shaanxi, after Xi'an.

Chen Rui contributed to this story.

Ancient capital feels like home

By AIGERIM NURLANOVA

When I first arrived in Xi'an from Almaty, the city wall was the first thing I wanted to see. It stretches [[13.7 kilometers]] around the old town, and on my first weekend I cycled all the way around it with my classmates.

I have lived in Xi'an for [[three years]] now. I study Chinese language and literature at Northwest University, and every day I learn something new about the city that was the capital of the Tang Dynasty (618-907).

What surprised me most was how modern the city is. I pay for everything with my phone, and the metro takes me anywhere in minutes. My friends at home cannot believe that I have not used cash for so long.

Food is another reason I love Xi'an. Biangbiang noodles and roujiamo are my favorites, and on Huimin Street I found lamb dishes that remind me of my mother's

cooking. My Chinese friends laugh when I say the food here tastes like home.

I also learned that Xi'an people are patient teachers. When my Chinese was poor, shopkeepers would repeat prices slowly for me, and my neighbors invited me to eat dumplings with them at Spring Festival.

I hope to work for a company that trades between Kazakhstan and China after I graduate. Every week I see trains leaving for my country, and I want to be part of that bridge.

The author is a student from Kazakhstan at Northwest University in Xi'an.

Exports rise [[36.2%]] in first half
"""

_b = Builder()
f = _b.f
H = "2021-01/2021-06"
_b.ent("Shaanxi", "province")
f("228.6 billion yuan", 228.6e9, "CNY", "level", "trade", H)
f("\\$35.4 billion", 35.4e9, "USD", "level", "trade", H, n="USD conversion of the yuan figure")
f("29.7 percent", 29.7, "percent", "change", "trade", H, d="up", b="yoy")
f("36.2 percent", 36.2, "percent", "change", "exports", H, d="up", b="yoy",
  n="basis carried from the previous sentence")
f("131.5 billion yuan", 131.5e9, "CNY", "level", "exports", H)
f("21.8 percent", 21.8, "percent", "change", "imports", H, d="up", b="yoy", n="basis carried from the previous sentence")
f("97.1 billion yuan", 97.1e9, "CNY", "level", "imports", H)
f("fifth", 5, "rank", "rank", "exports", H, q={"scope": "export growth among China's provincial-level regions"},
  n="rank of the growth rate, not of the level")
f("58.4 billion yuan", 58.4e9, "CNY", "level", "exports", H, q={"product": "integrated circuits"})
f("44.4 percent", 44.4, "percent", "share", "exports", H, q={"product": "integrated circuits"})
f("33.5 percent", 33.5, "percent", "change", "trade", H, d="up", b="yoy", q={"partner": "BRI-involved countries and regions"},
  n="period from the article context (first half)")
f("52.7 billion yuan", 52.7e9, "CNY", "level", "trade", H, q={"partner": "BRI-involved countries and regions"})
_b.ent("Xi'an International Port", "zone")
f("2,215", 2215, "count", "level", "count", H, c="trip", q={"scope": "China-Europe freight train trips departed"})
f("46 percent", 46, "percent", "change", "count", H, d="up", b="yoy", q={"scope": "China-Europe freight train trips departed"},
  n="'more than a year earlier' = year-on-year; 'more than' is the comparison, not an approximator")
f("1.87 million metric tons", 1.87e6, "t", "level", "production", H, q={"scope": "cargo carried by China-Europe freight trains"},
  n="freight volume carried; no freight indicator in the vocabulary, production (shipments in tonnes) closest, other defensible")
f("16", 16, "count", "level", "count", "2021", c="route", q={"scope": "regular freight train routes"}, n="'now' resolved to the publication year")
f("45", 45, "count", "level", "count", "2021", c="country", q={"scope": "countries and regions reached by the routes"},
  n="'now' carried from the same sentence")
f("2,215", 2215, "count", "level", "count", H, c="trip", q={"scope": "China-Europe freight train trips departed"},
  n="pull-quote fragment repeating the body figure; period from the body")
f("15 days", 15, "day", "level", "duration", None, a="~", q={"scope": "rail transit time of a container from Xi'an to Duisburg"},
  n="duration stated in a quote (present tense, no time word: null)")
_b.ent("Shaanxi", "province")
f("43.2 billion yuan", 43.2e9, "CNY", "level", "trade", "2021-06")
f("14.3 percent", 14.3, "percent", "change", "trade", "2016/2020", d="up", b="annual_avg")
f("500 billion yuan", 500e9, "CNY", "level", "trade", "2025", s="target", a=">", q={"per": "year"},
  n="'lift above' read as more than")
f("1.41 trillion yuan", 1.41e12, "CNY", "level", "gdp", H)
f("11.5 percent", 11.5, "percent", "change", "gdp", H, d="up", b="yoy")
f("14.9 percent", 14.9, "percent", "change", "gdp", "2021-01/2021-03", d="up", b="yoy",
  n="basis carried from the half-year figure")
f("652.3 billion yuan", 652.3e9, "CNY", "level", "gdp", "2021-01/2021-03")
f("12.6 percent", 12.6, "percent", "change", "value_added", H, d="up", b="yoy", q={"scope": "industrial enterprises above designated size"},
  n="basis carried from the article (year-on-year)")
f("21.4 percent", 21.4, "percent", "change", "value_added", H, d="up", b="yoy", q={"sector": "high-tech manufacturing"})
f("13.2 percent", 13.2, "percent", "share", "value_added", H, q={"sector": "high-tech manufacturing", "scope": "share of industrial added value"})
f("8.3 percent", 8.3, "percent", "change", "investment", H, d="up", b="yoy", q={"scope": "fixed-asset investment"})
f("20,316 yuan", 20316, "CNY", "level", "income", H, q={"scope": "per capita disposable income of urban residents"})
f("6,842 yuan", 6842, "CNY", "level", "income", H, q={"scope": "per capita disposable income of rural residents"})
f("9.2 percent", 9.2, "percent", "change", "income", H, d="up", b="yoy", q={"scope": "per capita disposable income of urban residents"},
  n="'respectively' pairs the two rates with the two incomes")
f("11.6 percent", 11.6, "percent", "change", "income", H, d="up", b="yoy", q={"scope": "per capita disposable income of rural residents"})
_b.ent("Qinling Microelectronics", "company")
f("1.26 billion yuan", 1.26e9, "CNY", "level", "revenue", H)
f("\\$195 million", 195e6, "USD", "level", "revenue", H, n="USD conversion")
f("62 percent", 62, "percent", "change", "revenue", H, d="up", b="yoy")
f("380 million", 380e6, "count", "level", "production", H, c="chip", q={"scope": "chips shipped"})
f("30 percent", 30, "percent", "share", "exports", H, a="~", q={"scope": "share of sales from overseas customers"},
  n="share of sales from overseas customers: exports; revenue defensible")
f("9 percent", 9, "percent", "share", "rd_spending", None, a="~", q={"scope": "share of revenue"},
  n="present tense, no time word: null")
f("1,450", 1450, "count", "level", "jobs", None, c="person", q={"scope": "employees"})
f("four", 4, "count", "level", "count", "2021", c="line", q={"scope": "production lines"},
  n="'Now' in a quote resolved to the publication year")
f("3.8 billion yuan", 3.8e9, "CNY", "level", "investment", None, q={"scope": "fifth production line"},
  n="investment in a line under construction: stated amount, actual; no time word for the investment itself, null")
f("240,000", 240000, "count", "level", "capacity", "2022", s="target", c="wafer", q={"scope": "annual capacity", "per": "year"},
  n="'expected to start production next year' = 2022")
_b.ent("Xi'an High-tech Industries Development Zone", "zone")
f("260", 260, "count", "level", "enterprises", None, a=">", c="company", q={"sector": "semiconductor"},
  n="'is home to' with no time word: null")
f("116 billion yuan", 116e9, "CNY", "level", "output_value", "2020", q={"sector": "semiconductor"})
f("third", 3, "rank", "rank", "output_value", "2020", q={"sector": "semiconductor", "scope": "among China's national high-tech zones"},
  n="'by that measure' = last year's output value, so 2020")
f("200 billion yuan", 200e9, "CNY", "level", "output_value", "2025", s="target", q={"sector": "semiconductor"})
f("5 billion yuan", 5e9, "CNY", "level", "public_funding", None, q={"scope": "special fund set up by the Xi'an government for the chip industry"},
  ent="Xi'an", et="city", n="the fund is set up by the city government: entity Xi'an (the zone defensible); no time word, null")
_b.ent("Luochuan county", "county")
f("70 years", 70, "year", "level", "duration", None, a=">", q={"product": "apples", "scope": "time apples have been grown"},
  n="duration of an activity kept as a fact, like the gold's 'about 60 years'")
f("33,300 hectares", 33300, "ha", "level", "area", None, q={"product": "apple orchards"})
f("95 percent", 95, "percent", "share", "income", None, a="~", q={"product": "apples", "scope": "share of farmers' income from apple sales"})
f("1.02 million metric tons", 1.02e6, "t", "level", "production", "2020", q={"product": "apples"})
f("7.6 billion yuan", 7.6e9, "CNY", "level", "output_value", "2020", q={"sector": "apple industry"})
f("15,580 yuan", 15580, "CNY", "level", "income", "2020", q={"scope": "per capita disposable income of rural residents"})
f("8.1 percent", 8.1, "percent", "change", "income", "2020", d="up", b="yoy", q={"scope": "per capita disposable income of rural residents"})
f("386", 386, "count", "level", "count", None, c="facility", q={"scope": "cold storage facilities"},
  n="present perfect with no time word: null (2021 defensible)")
f("520,000 tons", 520000, "t", "level", "capacity", None, q={"scope": "combined cold storage capacity"})
f("1,700", 1700, "count", "level", "enterprises", "2021", a=">", c="store", q={"scope": "online stores selling Luochuan apples"},
  n="'now' resolved to the publication year; online stores are businesses (count defensible)")
f("1.9 billion yuan", 1.9e9, "CNY", "level", "revenue", "2021-01/2021-07", q={"scope": "online sales of Luochuan apples"})
f("27 percent", 27, "percent", "change", "revenue", "2021-01/2021-07", d="up", b="yoy", q={"scope": "online sales of Luochuan apples"})
_b.ent("Gujia village", "village")
f("0.8 hectares", 0.8, "ha", "level", "area", None, q={"product": "apple orchard", "scope": "Li Xiaoping's orchard"},
  n="the age '46' after the name is not a fact")
f("120,000 yuan", 120000, "CNY", "level", "income", "2020", q={"product": "apples", "scope": "Li Xiaoping's family"})
f("three times", 3, "times", "ratio", "income", "2020", a=">", q={"scope": "apple income vs income from wheat and millet"},
  n="multiple of another thing (income from grain), so ratio")
_b.ent("Yulin", "city")
f("560 million metric tons", 560e6, "t", "level", "production", "2020", q={"product": "coal"})
f("8.2 gigawatts", 8.2, "GW", "level", "capacity", "2021-06", q={"sector": "new energy", "scope": "installed capacity"},
  n="'by the end of June' = 2021-06")
f("34 percent", 34, "percent", "share", "capacity", "2021-06", q={"sector": "new energy", "scope": "share of total installed power capacity"})
f("20 GW", 20, "GW", "level", "capacity", "2021/2025", s="target", q={"sector": "wind and solar power", "scope": "capacity to be added"},
  n="'under the 14th Five-Year Plan' with no end date: plan span (2025 defensible)")
f("12 square kilometers", 12, "km2", "level", "area", "2021/2025", s="target", q={"scope": "hydrogen industrial park in the Yushen Industrial Zone"},
  n="entity the city that plans the park (Yushen Industrial Zone defensible)")
f("93-kilometer", 93, "km", "level", "length", "2021-05", q={"scope": "freight railway linking Shenmu county mines to the national network"},
  n="the line opened in May; period of the opening (null defensible)")
f("30 million tons", 30e6, "t", "level", "capacity", None, q={"product": "coal", "scope": "annual transport capacity of the new railway", "per": "year"})
f("18,000", 18000, "count", "level", "jobs", None, a="~", c="person", q={"sector": "new energy"})
f("1.5 billion yuan", 1.5e9, "CNY", "level", "public_funding", "2021", q={"scope": "restoration of land damaged by mining"},
  n="allocated by the provincial government for Yulin; entity the city that receives it (Shaanxi defensible)")
f("6,700 hectares", 6700, "ha", "level", "area", "2021", s="target", q={"scope": "mining-damaged land to be restored"},
  n="land the funds are meant to restore: target, dated by the allocation year")
f("409.2 billion yuan", 409.2e9, "CNY", "level", "gdp", "2020")
f("second", 2, "rank", "rank", "gdp", "2020", q={"scope": "among the cities of Shaanxi"})
_b.ent("Xi'an", "city")
f("13.7 kilometers", 13.7, "km", "level", "length", None, q={"scope": "city wall around the old town"})
f("three years", 3, "year", "level", "duration", "2021", q={"scope": "Aigerim Nurlanova's time living in Xi'an"},
  n="personal duration in a student essay, as in the visible gold; 'now' gives the publication year (null defensible); the dynasty span 618-907 is not a fact")
_b.ent("Shaanxi", "province")
f("36.2%", 36.2, "percent", "change", "exports", H, d="up", b="yoy", n="pull-quote at the page foot repeating the body figure")
FACTS = _b.facts
