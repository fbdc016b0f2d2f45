from ._b import Builder

DOC = "dev3_01_jiangxi.txt"
PUBLISHED = "2022-06-23"
SOURCE = "regional newspaper supplement page, Jiangxi (written for the Tally dev3 set)"

TEXT = r"""Jiangxi's exports keep up their pace



Batteries, solar products and electronics lead shipments from inland province

By HUANG MINGYUAN

Jiangxi province in East China kept its foreign trade growing at a brisk clip in the first five months of this year, as factories turning out batteries, solar panels and electronic parts worked through a backlog of overseas orders.

Figures released by Nanchang Customs on June 20 show that the province's imports and exports totaled [[263.7 billion yuan]] ([[\$39.4 billion]]) from January to May, up [[31.6 percent]] from the same period last year. The growth rate ranked [[fourth]] among China's provincial-level regions.

Exports rose [[35.2 percent]] year-on-year to [[195.8 billion yuan]], while imports climbed [[22.1 percent]] to [[67.9 billion yuan]].

Trade with members of the Association of Southeast Asian Nations came to [[44.5 billion yuan]], accounting for [[16.9 percent]] of the province's total. Trade with countries taking part in the Belt and Road Initiative reached [[98.2 billion yuan]], an increase of [[40.3 percent]].

Mechanical and electrical products made up the bulk of the shipments. Their overseas sales reached [[112.4 billion yuan]] during the period, accounting for [[57.4 percent]] of the province's exports.

Exports of lithium-ion batteries grew [[1.6 times]] year-on-year to [[9.7 billion yuan]], and solar cells sold abroad were worth [[14.3 billion yuan]], up [[48.9 percent]].

The number of companies with import and export records in the province rose to [[6,315]] by the end of May, [[520]] more than a year earlier, customs officials said.

"Two years ago, many small factories here had never sold a single box abroad. Now they take orders from Europe through cross-border e-commerce platforms," said Tu Wenjie, an official at the provincial department of commerce.

Last year, Jiangxi's foreign trade passed [[500 billion yuan]] for the first time, reaching [[508.3 billion yuan]], up [[23.5 percent]] year-on-year.

Officials said the province would open more freight train services to Europe and Southeast Asia from Nanchang and Ganzhou this year, and help exporters lock in shipping space.

At a battery plant in Yichun, the packing line now runs in two shifts. Crates of cells are loaded onto trucks bound for the port of Xiamen in neighboring Fujian province, and from there they travel by sea to buyers in Germany, India and Vietnam.

"Our customers want shorter delivery times and stable quality. If we can give them both, the orders keep coming," said Luo Min, the plant's sales manager. She said the company had hired extra staff in its export department this spring to handle paperwork for new markets.

Smaller exporters have found help online. Customs officers in Nanchang have set up a service desk that answers questions from first-time exporters through a mobile app, and declarations for many goods can now be finished without a visit to the customs office.

Zhou Liang contributed to this story.



Workers assemble lithium battery packs at a factory in Yichun, Jiangxi province. ZHOU LIANG / FOR CHINA DAILY

Trade up [[31.6%]] in first five months

Province bets on bigger industrial base

Manufacturing given priority as economy recovers

By LIU XIAOFANG

Jiangxi's economy held steady in the first quarter, with manufacturing and investment doing most of the heavy lifting, the provincial bureau of statistics said.

The province's GDP grew [[5.8 percent]] year-on-year to [[692.1 billion yuan]] in the first three months. Last year, its economy expanded by [[8.7 percent]] to [[2.95 trillion yuan]], ranking [[15th]] in the country.

The added value of industrial enterprises above designated size rose [[8.1 percent]] in the first quarter, and that of high-tech manufacturing jumped [[19.4 percent]]. Fixed-asset investment increased by [[10.9 percent]].

Jiangxi started [[1,358]] major projects in the quarter, with a combined investment of [[421.6 billion yuan]], officials said. Most of them are factories, power lines and highways.

Under its plan for the 14th Five-Year Plan (2021-25), the province aims to build [[12]] industrial clusters by 2025, each with an output value of more than [[100 billion yuan]].

The electronic information industry, already the biggest, recorded revenue of [[786 billion yuan]] last year, and the province wants it to reach [[1 trillion yuan]] by 2025.

Jiangxi now has [[5,940]] high-tech enterprises, almost [[twice]] as many as in 2017. In the past, it was known mainly for rice, porcelain and copper, but the province's leaders have been keen to change that image. Nanchang, the capital, has drawn makers of camera modules and screens, while the cities of Ji'an and Ganzhou have become



An employee checks circuit boards at an electronics company in Ji'an, Jiangxi province. The city is home to more than [[300]] electronics manufacturers. CHEN PING / FOR CHINA DAILY

bases for printed circuit boards.

Many of the new plants use 5G networks to link their machines, and the province has opened industrial internet platforms that let small suppliers share design software and testing equipment they could not afford on their own.

"A company that makes cables in a county town can now work with the same data as a big phone maker in Shenzhen," said Xiong Yu, an economist at Jiangxi University of Finance and Economics. "That changes what a small inland factory can hope to do."

Officials said the province will keep cutting fees for small firms and speed up approvals for new plants, so that projects signed can start construction within [[three months]].

Lithium maker powers Yichun's rise

By LIU XIAOFANG

Yichun, a city in western Jiangxi long known for its hot springs and bamboo forests, has become one of China's busiest places for lithium, the metal at the heart of electric car batteries.

Ganxin Lithium Energy, a company founded in 2009 in the city's Yuanzhou district, is one of the producers that have grown with the boom. Its revenue reached [[14.6 billion yuan]] last year, up [[128 percent]] year-on-year, and it made [[31,000 tons]] of lithium carbonate.

The company has an annual production capacity of [[40,000 tons]] and employs more than [[2,800]] people. It plans to raise its capacity to [[100,000 tons]] a year by 2025, said its chairman, Yi Zhenhua.

"Five years ago we were a small refinery. Today carmakers send their engineers here to check our lines before they sign a contract," Yi said.

Yichun is home to [[167]] lithium battery companies above designated size, and the output value of the city's lithium battery industry reached [[93.7 billion yuan]] last year, according to the city government. The industry employs some [[52,000]] people.

The city wants the industry's output value to top [[300 billion yuan]] by 2025, and it has set aside [[2 billion yuan]] to help companies recycle used batteries and restore old mining sites.

The boom has also raised worries about the land. Officials said all new mines must submit plans for restoring the hills after the ore is gone, and that the city planted trees on [[1,200 hectares]] of former mining land last year.

Environmental groups have welcomed the rules but say checks on smaller pits need to be stricter, since the mud washed from the ore can cloud rivers downstream if it is not stored properly.

Rapeseed fields draw tourists to villages

By CHEN PING

Every March, the hills of Wuyuan county in Shangrao turn yellow as rapeseed flowers bloom around white-walled villages, and the roads fill with visitors carrying cameras.

The county received [[24.6 million]] tourist visits last year, and its tourism revenue reached [[23.1 billion yuan]], the county government said. Rapeseed is grown on about [[6,700 hectares]] across its [[16]] townships.

In Shitang village, where old houses with carved wooden beams line a small river, [[168]] of the [[213]] households run guesthouses, restaurants or tea shops. The villagers' per capita income reached [[38,000 yuan]] last year, about [[three times]] the level of 2015.

Wang Chunhua, 52, opened a guesthouse with [[eight]] rooms in her family home in 2014. "At first, only photographers came, and only in spring. Now the rooms are full on most weekends of the year," she said. She earns about [[150,000 yuan]] a year.

A tourism cooperative set up by [[46]] families in the village in 2016 now manages parking, boat rides and a shop selling local tea and dried bamboo shoots. Its members received dividends totaling [[1.1 million yuan]] last year.

The county has spent [[380 million yuan]] since 2018 on sewage treatment, roads and the repair of old buildings, and it trained [[5,600]] villagers to run homestays and cook for guests.

Tea farmers have benefited as well. Green tea from the county's hills is sold in the village shops and online, and young people who once left for jobs in Guangdong are coming back to film short videos of the harvest for their followers.

Local officials say they want visitors to stay longer, and are building hiking trails that link [[26]] villages across the hills. The trails will cover [[210 km]] when they are finished next year.

Shitang villagers hope the crowds will keep coming in every sea-

son, not just when the flowers bloom.



Visitors walk through rapeseed fields in Wuyuan county, Jiangxi province, in March. SHI JUN / FOR CHINA DAILY

Finding my rhythm in Nanchang

By KWAME ASANTE

When I landed in Nanchang on a rainy evening, I could not read a single sign at the airport. The taxi driver spoke to me kindly, but I only understood the word "university".

I am a master's student in civil engineering at Nanchang University, and I have lived in the city for [[three years]]. Our class has [[31]] students from [[14]] countries, and we often cook together on Friday nights.

Nanchang sits on the Ganjiang River, and I like to walk along its banks in the evening when the lights of the city come on. The Tengwang Pavilion, which has been rebuilt many times since it was first built in 653, is my favorite place to take visiting friends.

The food was a challenge at first. Jiangxi people love chili even more than we do in Ghana, and I still remember the first time I ate a bowl of Nanchang rice noodles with pickled beans. My eyes watered, but I finished it.

My professors have taught me a great deal about bridges. China builds them at a speed I could never have imagined, and I have visited construction sites where engineers work day and night.

When I go home, I want to help build better roads and bridges in my country. I will take with me the knowledge I gained here, and the friendship of the people of Jiangxi.

The author is a master's student from Ghana at Nanchang University.

Lithium maker powers Yichun's rise
"""

_b = Builder()
f = _b.f
M5 = "2022-01/2022-05"
Q1 = "2022-01/2022-03"
_b.ent("Jiangxi", "province")
f("263.7 billion yuan", 263.7e9, "CNY", "level", "trade", M5)
f("\\$39.4 billion", 39.4e9, "USD", "level", "trade", M5, n="USD conversion")
f("31.6 percent", 31.6, "percent", "change", "trade", M5, d="up", b="yoy", n="'from the same period last year' = yoy")
f("fourth", 4, "rank", "rank", "trade", M5, q={"scope": "year-on-year growth rate of foreign trade among China's provincial-level regions"},
  n="rank of the growth rate uses the level's indicator, as the visible gold does")
f("35.2 percent", 35.2, "percent", "change", "exports", M5, d="up", b="yoy")
f("195.8 billion yuan", 195.8e9, "CNY", "level", "exports", M5)
f("22.1 percent", 22.1, "percent", "change", "imports", M5, d="up", b="yoy", n="basis carried from the exports clause")
f("67.9 billion yuan", 67.9e9, "CNY", "level", "imports", M5)
f("44.5 billion yuan", 44.5e9, "CNY", "level", "trade", M5, q={"partner": "ASEAN members"}, n="period carried from the article's 'first five months'")
f("16.9 percent", 16.9, "percent", "share", "trade", M5, q={"partner": "ASEAN members"})
f("98.2 billion yuan", 98.2e9, "CNY", "level", "trade", M5, q={"partner": "Belt and Road Initiative countries"})
f("40.3 percent", 40.3, "percent", "change", "trade", M5, d="up", b="yoy", q={"partner": "Belt and Road Initiative countries"},
  n="'an increase of' with no comparison named; basis carried from the article (yoy); unspecified defensible")
f("112.4 billion yuan", 112.4e9, "CNY", "level", "exports", M5, q={"product": "mechanical and electrical products"})
f("57.4 percent", 57.4, "percent", "share", "exports", M5, q={"product": "mechanical and electrical products"})
f("1.6 times", 1.6, "times", "change", "exports", M5, d="up", b="yoy", q={"product": "lithium-ion batteries"},
  n="'grew 1.6 times' kept as stated (multiple or +160 percent is ambiguous), as the visible gold does for '3.5 times'")
f("9.7 billion yuan", 9.7e9, "CNY", "level", "exports", M5, q={"product": "lithium-ion batteries"})
f("14.3 billion yuan", 14.3e9, "CNY", "level", "exports", M5, q={"product": "solar cells"})
f("48.9 percent", 48.9, "percent", "change", "exports", M5, d="up", b="yoy", q={"product": "solar cells"}, n="basis carried from the sentence")
f("6,315", 6315, "count", "level", "enterprises", "2022-05", c="company", q={"scope": "companies with import and export records"},
  n="'by the end of May' = 2022-05")
f("520", 520, "count", "change", "enterprises", "2022-05", d="up", b="yoy", c="company", q={"scope": "companies with import and export records"},
  n="'520 more than a year earlier': an absolute increase in a count, kind change with unit count")
f("500 billion yuan", 500e9, "CNY", "level", "trade", "2021", a=">",
  n="'passed 500 billion yuan for the first time': a threshold crossed, kept as a fact ('passed' = >); 'last year' = 2021")
f("508.3 billion yuan", 508.3e9, "CNY", "level", "trade", "2021")
f("23.5 percent", 23.5, "percent", "change", "trade", "2021", d="up", b="yoy")
f("31.6%", 31.6, "percent", "change", "trade", M5, d="up", b="unspecified",
  n="pull quote repeating the body figure; period from the body; no basis word in the pull quote (yoy from the body defensible)")
f("5.8 percent", 5.8, "percent", "change", "gdp", Q1, d="up", b="yoy")
f("692.1 billion yuan", 692.1e9, "CNY", "level", "gdp", Q1)
f("8.7 percent", 8.7, "percent", "change", "gdp", "2021", d="up", b="unspecified", n="'expanded by ... last year' with no comparison named; yoy defensible")
f("2.95 trillion yuan", 2.95e12, "CNY", "level", "gdp", "2021")
f("15th", 15, "rank", "rank", "gdp", "2021", q={"scope": "among China's provincial-level regions"},
  n="rank of the GDP level (the sentence's last figure) rather than of its growth")
f("8.1 percent", 8.1, "percent", "change", "value_added", Q1, d="up", b="yoy", q={"scope": "industrial enterprises above designated size"},
  n="basis carried from the GDP sentence")
f("19.4 percent", 19.4, "percent", "change", "value_added", Q1, d="up", b="yoy", q={"sector": "high-tech manufacturing"},
  n="'that of' = added value of industrial enterprises above designated size; basis carried")
f("10.9 percent", 10.9, "percent", "change", "investment", Q1, d="up", b="yoy", q={"scope": "fixed-asset investment"}, n="basis carried")
f("1,358", 1358, "count", "level", "projects", Q1, c="project", q={"scope": "major projects started"}, n="'in the quarter' = 2022 Q1")
f("421.6 billion yuan", 421.6e9, "CNY", "level", "investment", Q1, q={"scope": "major projects started"})
f("12", 12, "count", "level", "count", "2025", s="target", c="cluster", q={"scope": "industrial clusters with output value above 100 billion yuan each"},
  n="'14th Five-Year Plan (2021-25)' is a plan name, not a fact; 'by 2025' dates the target")
f("100 billion yuan", 100e9, "CNY", "level", "output_value", "2025", s="target", a=">", q={"scope": "output value of each industrial cluster (threshold)"},
  n="a threshold inside the target, kept as a stated amount as the visible gold keeps '20 million yuan or more'")
f("786 billion yuan", 786e9, "CNY", "level", "revenue", "2021", q={"sector": "electronic information"})
f("1 trillion yuan", 1e12, "CNY", "level", "revenue", "2025", s="target", q={"sector": "electronic information"})
f("5,940", 5940, "count", "level", "enterprises", "2022", c="enterprise", q={"scope": "high-tech enterprises"}, n="'now' = publication year")
f("twice", 2, "times", "change", "enterprises", "2022", a="~", d="up", b="since", q={"scope": "high-tech enterprises"},
  n="'almost twice as many as in 2017': multiple of the 2017 number, change with basis since (as dev2's 'three times as many as a year earlier')")
f("300", 300, "count", "level", "enterprises", None, a=">", c="manufacturer", q={"sector": "electronics"},
  ent="Ji'an", et="city", n="photo caption breaking the paragraph; present tense, no time word: null")
f("three months", 3, "month", "level", "duration", None, s="target", a="<=", q={"scope": "time from signing a project to start of construction"},
  n="'within three months' = at most; a policy goal ('will ... so that'): target; no date, null")
_b.ent("Ganxin Lithium Energy", "company")
f("14.6 billion yuan", 14.6e9, "CNY", "level", "revenue", "2021")
f("128 percent", 128, "percent", "change", "revenue", "2021", d="up", b="yoy")
f("31,000 tons", 31000, "t", "level", "production", "2021", q={"product": "lithium carbonate"})
f("40,000 tons", 40000, "t", "level", "capacity", None, q={"product": "lithium carbonate", "per": "year"},
  n="'annual production capacity' in the present tense: null (2022 defensible)")
f("2,800", 2800, "count", "level", "jobs", None, a=">", c="person", q={"scope": "employees"})
f("100,000 tons", 100000, "t", "level", "capacity", "2025", s="target", q={"product": "lithium carbonate", "per": "year"})
_b.ent("Yichun", "city")
f("167", 167, "count", "level", "enterprises", None, c="company", q={"sector": "lithium battery", "scope": "companies above designated size"})
f("93.7 billion yuan", 93.7e9, "CNY", "level", "output_value", "2021", q={"sector": "lithium battery"})
f("52,000", 52000, "count", "level", "jobs", None, a="~", c="person", q={"sector": "lithium battery"}, n="present tense, no time word: null")
f("300 billion yuan", 300e9, "CNY", "level", "output_value", "2025", s="target", a=">", q={"sector": "lithium battery"}, n="'top' = more than")
f("2 billion yuan", 2e9, "CNY", "level", "public_funding", None, q={"scope": "battery recycling and restoration of old mining sites"},
  n="'has set aside' with no time word: null")
f("1,200 hectares", 1200, "ha", "level", "area", "2021", q={"scope": "former mining land planted with trees"})
_b.ent("Wuyuan county", "county")
f("24.6 million", 24.6e6, "count", "level", "population", "2021", c="visit", q={"scope": "tourist visits"})
f("23.1 billion yuan", 23.1e9, "CNY", "level", "revenue", "2021", q={"sector": "tourism"})
f("6,700 hectares", 6700, "ha", "level", "area", None, a="~", q={"product": "rapeseed"})
f("16", 16, "count", "level", "count", None, c="township", q={"scope": "townships of the county"})
_b.ent("Shitang village", "village")
f("168", 168, "count", "level", "households", None, c="household", q={"scope": "households running guesthouses, restaurants or tea shops"})
f("213", 213, "count", "level", "households", None, c="household", q={"scope": "all households of the village"})
f("38,000 yuan", 38000, "CNY", "level", "income", "2021", q={"scope": "per capita income of villagers"})
f("three times", 3, "times", "change", "income", "2021", a="~", d="up", b="since", q={"scope": "per capita income of villagers"},
  n="'about three times the level of 2015': change since 2015 ('ratio' defensible)")
f("eight", 8, "count", "level", "count", "2014", c="room", q={"scope": "rooms of Wang Chunhua's guesthouse"},
  n="'52' is an age after a name, not a fact; the guesthouse opened with eight rooms in 2014")
f("150,000 yuan", 150000, "CNY", "level", "income", None, a="~", q={"scope": "Wang Chunhua's earnings from her guesthouse", "per": "year"},
  n="present tense, no time word: null")
f("46", 46, "count", "level", "households", "2016", c="family", q={"scope": "founding families of the village tourism cooperative"})
f("1.1 million yuan", 1.1e6, "CNY", "level", "income", "2021", q={"scope": "dividends paid to members of the tourism cooperative"})
_b.ent("Wuyuan county", "county")
f("380 million yuan", 380e6, "CNY", "level", "public_funding", "2018/2022", q={"scope": "sewage treatment, roads and repair of old buildings"},
  n="'since 2018' up to publication: 2018/2022")
f("5,600", 5600, "count", "level", "population", "2018/2022", c="villager", q={"scope": "villagers trained to run homestays"},
  n="period carried from 'since 2018' in the same sentence")
f("26", 26, "count", "level", "count", None, s="target", c="village", q={"scope": "villages linked by hiking trails under construction"},
  n="trails 'are building'; count of villages they will link, target, no date given in this sentence")
f("210 km", 210, "km", "level", "length", "2023", s="target", q={"scope": "hiking trails"}, n="'when they are finished next year' = 2023")
_b.ent("Nanchang University", "organization")
f("three years", 3, "year", "level", "duration", None, q={"scope": "Kwame Asante's time living in Nanchang"}, n="personal duration in a student essay")
f("31", 31, "count", "level", "population", None, c="student", q={"scope": "students in the author's class"})
f("14", 14, "count", "level", "count", None, c="country", q={"scope": "home countries of the class's students"})
FACTS = _b.facts
