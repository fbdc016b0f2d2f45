from ._b import Builder

DOC = "dev2_02_henan.txt"
PUBLISHED = "2022-03-22"
SOURCE = "regional newspaper supplement page, Henan (written for the Tally dev2 set)"

TEXT = r"""

Henan's trade starts year on strong note



Smartphones and air cargo through Zhengzhou lead growth in first two months

By SONG JIAYI

Henan province in Central China has made a brisk start in foreign trade this year, with smartphones and laptops leaving its capital Zhengzhou by air and by rail in greater numbers than ever.

Zhengzhou Customs said the province's imports and exports totaled [[142.7 billion yuan]] ([[\$22.5 billion]]) in January and February, up [[18.4 percent]] year-on-year. Exports came to [[89.6 billion yuan]], rising [[21.3 percent]], while imports reached [[53.1 billion yuan]], an increase of [[13.8 percent]].

The province shipped [[46.2 million]] mobile phones abroad during the period, worth [[52.8 billion yuan]] and making up [[58.9 percent]] of its exports.

Customs officers credit part of the growth to faster clearance. Companies can now declare goods before they arrive at the airport, and inspections of fresh food and medicine are handled around the clock.

"We used to keep trucks waiting outside the gate. Today the paperwork is usually finished before the plane lands," said Yang Min, an official at the customs office in the airport zone.

The strong start builds on a record year. Henan's foreign trade reached [[821.6 billion yuan]] last year, up [[22.9 percent]] year-on-year, and the total ranked [[ninth]] among the country's provincial-level regions.

Much of that trade passes through the Zhengzhou Airport Economy Zone, a [[415-square-kilometer]] area south of the city that combines an airport, bonded warehouses and electronics factories.

The zone's airport, Zhengzhou Xinzheng International Airport, handled [[704,000 metric tons]] of cargo last year, making it the [[sixth-busiest]] cargo airport on the Chinese mainland. It now has [[51]] international cargo routes, including direct flights to Luxembourg, Chicago and Budapest.

"Five years ago, we struggled to fill a plane to Europe every week. Now we worry about finding enough aircraft," said Guo Hong, a manager at an air freight company that moved to the zone in 2017.

Manufacturers in the zone produced [[165 million]] handsets last year, accounting for about [[12 percent]] of global output, according to the zone's administrative committee. More than [[200]] makers of screens, casings, batteries and other parts have set up plants around the main assembly factories, so that



Workers load cargo onto a freighter at Zhengzhou Xinzheng International Airport. LI PENG / FOR CHINA DAILY

most components are now sourced from suppliers nearby.

Under its 14th Five-Year Plan (2021-25), Henan aims to lift annual foreign trade to [[1 trillion yuan]] by 2025. The airport zone, for its part, wants its electronics industry to reach an output value of [[600 billion yuan]] by the same year.

Officials said the province will also open more freight routes to Southeast Asia, expand cross-border e-commerce and help small firms find buyers at online trade fairs, which have replaced many overseas exhibitions since the pandemic began.

Zhou Wen contributed to this story.

Trade up [[18.4%]] in first two months

Economy shakes off flood damage

By SONG JIAYI

Henan's economy kept growing last year despite the heavy rain that flooded Zhengzhou, Xinxiang and other cities in July, the provincial statistics bureau said.

The province's GDP reached [[5.89 trillion yuan]] in 2021, up [[6.3 percent]] year-on-year, keeping it [[fifth]] among China's provinces by economic size. In the first half of the year, before the floods took their toll, the economy had grown [[12.8 percent]].

The floods caused direct economic losses of about [[120 billion yuan]], according to the provincial emergency management department. The provincial government spent [[78.4 billion yuan]] on recovery and reconstruction last year, rebuilding roads, bridges, schools and more than [[9,000]] homes.

Industry recovered quickly once power and water supplies returned. Carmakers, food processors and electronics plants in Zhengzhou were back to normal output by the autumn, and several companies said they had moved warehouses and substations to higher ground to reduce the risk next time.

Farming, the backbone of the province, held up better than many feared. Henan harvested [[65.44 million metric tons]] of grain last year, ranking [[second]] nationwide, and its wheat fields, sown in the autumn after the water receded, are now turning green.

The province has built [[5.06 million hectares]] of high-standard farmland with irrigation and drainage and plans to add another [[1.1 million hectares]] by 2025.

Per capita disposable income of rural residents rose [[8.8 percent]] to [[17,533 yuan]] last year, growing faster than that of urban residents, which increased [[6.7 percent]] to [[37,095 yuan]].

"Farmers who lost their autumn crops got seed, fertilizer and cash support quickly, and most of them were back in the fields by October," said Ma Li, a researcher at the Henan Academy of Social Sciences.

Mining machinery maker digs deeper into overseas markets

By HAN XUE

Heluo Heavy Machinery, a maker of mining and tunneling equipment in the ancient city of Luoyang, had its best year on record in 2021.

The company's revenue rose [[24 percent]] year-on-year to [[9.3 billion yuan]], and over-

seas orders reached [[2.1 billion yuan]], said its chairman Du Zhiqiang. Its machines now work in mines in [[40]] countries, from Chile and Peru to Indonesia and Kazakhstan.

The company spent [[5.2 percent]] of its revenue on research and development last year. In 2019 it became the [[first]] company in China to build a full-face tunnel boring machine for coal mines, a machine that cut tunnel excavation time at one mine in Shanxi from several years to a few months.

"Our customers are asking for equipment that is safer and needs fewer people underground," Du said. "That means sensors, remote control and 5G networks. We put most of our research money there."

The company employs some [[6,800]] people and has moved part of its assembly into a new workshop covering [[86,000 square meters]], where robots weld the steel frames of hydraulic supports.

Engineers at the company said the biggest change of recent years is the way machines are serviced. Data from equipment working in South America is sent back to Luoyang, where technicians can spot a worn part before it breaks and ship a replacement in time.

Demand has stayed strong this year. In the first two months, the company signed new orders worth [[1.6 billion yuan]], up [[35 percent]] from a year earlier, and its order book stretches into next year, Du said. Luoyang is home to more than [[400]] equipment makers, whose combined output value topped [[300 billion yuan]] last year, the city government said.

Instrument makers strike the right note

By HAN XUE

In Lankao county, the tall paulownia trees that once held back the sand now provide the wood for guzheng, pipa and other Chinese musical instruments.

The county has [[218]] instrument makers, which produced about [[620,000]] instruments last year, and their output value reached [[2.4 billion yuan]], county officials said. Lankao now makes about [[30 percent]] of the country's guzheng.

The industry employs more than [[15,000]] people. Dai Chunmei, who sands and polishes soundboards at a workshop in Xuhe village, earns about [[5,000 yuan]] a month. "I used to go to Guangdong to work in a factory," she said. "Now I can work near home and look after my children."

Instrument making came to Lankao almost by accident. Tree planting to fight sandstorms, begun in the 1960s, left the county with plenty of paulownia, a light wood with an even grain that carries sound well. Craftsmen from other provinces came to buy it, and some stayed to open workshops.

Online sales have become a big part of the business. About [[100]] of the county's instrument companies sell through live-streaming, and their online sales reached [[800 million yuan]] last year, up [[40 percent]] year-on-year.

Lankao plans to build an instrument industrial park covering [[133 hectares]] during the 14th Five-Year Plan period, with investment of [[3 billion yuan]], and aims to raise the industry's output value to [[5 billion yuan]] by 2025.

County officials say the next step is to train more young craftsmen, so that the skills of the older masters are not lost as the workshops grow into factories.

Li Na contributed to this story.



A craftsman fits strings to a guzheng at a workshop in Lankao county. LI PENG / FOR CHINA DAILY

Learning kung fu and Chinese in Henan

By LUCAS FERREIRA

I came to Zhengzhou from Brazil because of a film. When I was a boy I watched an old kung fu movie set at the Shaolin Temple, and I told my mother that one day I would go there.

Now I study Chinese at Zhengzhou University, and on weekends I take the bus to Dengfeng to practice martial arts. I have been training for [[two years]], and my teacher says my stances are finally "not bad", which from him is high praise.

My class has [[23]] students from [[11]] countries. We speak Chinese to each other because it is the only language we all share. Our teachers are patient, and they take us to museums, tea houses and even a wheat farm, so that we understand how people here live.

Zhengzhou is a busy city, but its history is everywhere. The remains of Shang Dynasty walls stand in the middle of the city, and I walk along them on my way to the night market.

When the floods came in July, my classmates and I helped carry food and water to

neighbors in our building. I will never forget how people looked after strangers during those days.

My favorite time of the year is autumn, when the heat of summer is gone and the streets smell of roasted sweet potatoes. My friends and I ride shared bicycles along the Jinshui River and stop for bowls of hui mian, the thick noodles Zhengzhou is famous for.

After I graduate, I want to open a kung fu school in Sao Paulo and teach children what I learned in Henan.

My mother still laughs when she remembers the boy who promised to go to Shaolin. She plans to visit me next spring, and I have already planned the trip: the temple, the Longmen Grottoes in Luoyang and, of course, a bowl of noodles by the river.

The author is a student from Brazil at Zhengzhou University.

Trade up [[18.4%]] in first two months
"""

_b = Builder()
f = _b.f
JF = "2022-01/2022-02"
_b.ent("Henan", "province")
f("142.7 billion yuan", 142.7e9, "CNY", "level", "trade", JF)
f("\\$22.5 billion", 22.5e9, "USD", "level", "trade", JF, n="USD conversion")
f("18.4 percent", 18.4, "percent", "change", "trade", JF, d="up", b="yoy")
f("89.6 billion yuan", 89.6e9, "CNY", "level", "exports", JF)
f("21.3 percent", 21.3, "percent", "change", "exports", JF, d="up", b="yoy", n="basis carried from the previous sentence")
f("53.1 billion yuan", 53.1e9, "CNY", "level", "imports", JF)
f("13.8 percent", 13.8, "percent", "change", "imports", JF, d="up", b="yoy", n="basis carried from the previous sentence")
f("46.2 million", 46.2e6, "count", "level", "exports", JF, c="phone", q={"product": "mobile phones"})
f("52.8 billion yuan", 52.8e9, "CNY", "level", "exports", JF, q={"product": "mobile phones"})
f("58.9 percent", 58.9, "percent", "share", "exports", JF, q={"product": "mobile phones"})
f("821.6 billion yuan", 821.6e9, "CNY", "level", "trade", "2021")
f("22.9 percent", 22.9, "percent", "change", "trade", "2021", d="up", b="yoy")
f("ninth", 9, "rank", "rank", "trade", "2021", q={"scope": "among China's provincial-level regions"})
_b.ent("Zhengzhou Airport Economy Zone", "zone")
f("415-square-kilometer", 415, "km2", "level", "area", None)
_b.ent("Zhengzhou Xinzheng International Airport", "company")
f("704,000 metric tons", 704000, "t", "level", "production", "2021", q={"scope": "air cargo handled"},
  n="cargo throughput; no freight indicator, production (shipments in tonnes) closest, other defensible; airport as company per dev README")
f("sixth-busiest", 6, "rank", "rank", "production", "2021", q={"scope": "cargo airports on the Chinese mainland by cargo handled"})
f("51", 51, "count", "level", "count", "2022", c="route", q={"scope": "international cargo routes"}, n="'now' resolved to the publication year")
_b.ent("Zhengzhou Airport Economy Zone", "zone")
f("165 million", 165e6, "count", "level", "production", "2021", c="handset", q={"product": "mobile phones"})
f("12 percent", 12, "percent", "share", "production", "2021", a="~", q={"product": "mobile phones", "scope": "share of global output"})
f("200", 200, "count", "level", "enterprises", None, a=">", c="manufacturer", q={"scope": "makers of phone parts around the assembly factories"},
  n="present perfect with no time word: null (2022 defensible)")
_b.ent("Henan", "province")
f("1 trillion yuan", 1e12, "CNY", "level", "trade", "2025", s="target", q={"per": "year"})
f("600 billion yuan", 600e9, "CNY", "level", "output_value", "2025", s="target", q={"sector": "electronics"},
  ent="Zhengzhou Airport Economy Zone", et="zone", n="'by the same year' = 2025")
f("18.4%", 18.4, "percent", "change", "trade", JF, d="up", b="yoy", n="pull-quote fragment repeating the body figure; period from the body")
f("5.89 trillion yuan", 5.89e12, "CNY", "level", "gdp", "2021")
f("6.3 percent", 6.3, "percent", "change", "gdp", "2021", d="up", b="yoy")
f("fifth", 5, "rank", "rank", "gdp", "2021", q={"scope": "among China's provinces by economic size"})
f("12.8 percent", 12.8, "percent", "change", "gdp", "2021-01/2021-06", d="up", b="yoy",
  n="'the first half of the year' refers to 2021 (the year of the preceding sentence), not the publication year; basis carried")
f("120 billion yuan", 120e9, "CNY", "level", "other", "2021-07", a="~", q={"scope": "direct economic losses from the July floods"})
f("78.4 billion yuan", 78.4e9, "CNY", "level", "public_funding", "2021", q={"scope": "flood recovery and reconstruction"})
f("9,000", 9000, "count", "level", "count", "2021", a=">", c="home", q={"scope": "homes rebuilt after the floods"},
  n="homes (housing units), not households; count")
f("65.44 million metric tons", 65.44e6, "t", "level", "production", "2021", q={"product": "grain"})
f("second", 2, "rank", "rank", "production", "2021", q={"product": "grain", "scope": "nationwide"})
f("5.06 million hectares", 5.06e6, "ha", "level", "area", None, q={"scope": "high-standard farmland built"},
  n="present perfect with no time word: null (2022 defensible)")
f("1.1 million hectares", 1.1e6, "ha", "level", "area", "2025", s="target", q={"scope": "additional high-standard farmland"})
f("8.8 percent", 8.8, "percent", "change", "income", "2021", d="up", b="unspecified",
  q={"scope": "per capita disposable income of rural residents"}, n="'rose ... last year' with no comparison named; yoy defensible")
f("17,533 yuan", 17533, "CNY", "level", "income", "2021", q={"scope": "per capita disposable income of rural residents"})
f("6.7 percent", 6.7, "percent", "change", "income", "2021", d="up", b="unspecified",
  q={"scope": "per capita disposable income of urban residents"}, n="as above; yoy defensible")
f("37,095 yuan", 37095, "CNY", "level", "income", "2021", q={"scope": "per capita disposable income of urban residents"})
_b.ent("Heluo Heavy Machinery", "company")
f("24 percent", 24, "percent", "change", "revenue", "2021", d="up", b="yoy")
f("9.3 billion yuan", 9.3e9, "CNY", "level", "revenue", "2021")
f("2.1 billion yuan", 2.1e9, "CNY", "level", "orders", "2021", q={"scope": "overseas orders"})
f("40", 40, "count", "level", "count", "2022", c="country", q={"scope": "countries where its machines work"}, n="'now' resolved to the publication year")
f("5.2 percent", 5.2, "percent", "share", "rd_spending", "2021", q={"scope": "share of revenue"})
f("first", 1, "rank", "rank", "other", "2019", q={"scope": "first company in China to build a full-face tunnel boring machine for coal mines"},
  n="first-mover rank, as in the visible gold")
f("6,800", 6800, "count", "level", "jobs", None, a="~", c="person", q={"scope": "employees"})
f("86,000 square meters", 86000, "m2", "level", "area", None, q={"scope": "new assembly workshop"})
f("1.6 billion yuan", 1.6e9, "CNY", "level", "orders", JF, q={"scope": "new orders signed"})
f("35 percent", 35, "percent", "change", "orders", JF, d="up", b="yoy", q={"scope": "new orders signed"})
_b.ent("Luoyang", "city")
f("400", 400, "count", "level", "enterprises", None, a=">", c="manufacturer", q={"sector": "equipment manufacturing"})
f("300 billion yuan", 300e9, "CNY", "level", "output_value", "2021", a=">", q={"sector": "equipment manufacturing"},
  n="'topped' = more than")
_b.ent("Lankao county", "county")
f("218", 218, "count", "level", "enterprises", None, c="manufacturer", q={"sector": "musical instruments"})
f("620,000", 620000, "count", "level", "production", "2021", a="~", c="instrument", q={"product": "musical instruments"})
f("2.4 billion yuan", 2.4e9, "CNY", "level", "output_value", "2021", q={"sector": "musical instruments"})
f("30 percent", 30, "percent", "share", "production", "2022", a="~", q={"product": "guzheng", "scope": "share of China's guzheng output"},
  n="'now' resolved to the publication year")
f("15,000", 15000, "count", "level", "jobs", None, a=">", c="person", q={"sector": "musical instruments"})
_b.ent("Xuhe village", "village")
f("5,000 yuan", 5000, "CNY", "level", "income", None, a="~", q={"scope": "Dai Chunmei's monthly pay", "per": "month"},
  n="monthly pay of one worker; entity the village named (Lankao county defensible)")
_b.ent("Lankao county", "county")
f("100", 100, "count", "level", "enterprises", None, a="~", c="company", q={"sector": "musical instruments", "scope": "companies selling through live-streaming"})
f("800 million yuan", 800e6, "CNY", "level", "revenue", "2021", q={"sector": "musical instruments", "scope": "online sales"})
f("40 percent", 40, "percent", "change", "revenue", "2021", d="up", b="yoy", q={"sector": "musical instruments", "scope": "online sales"})
f("133 hectares", 133, "ha", "level", "area", "2021/2025", s="target", q={"scope": "planned instrument industrial park"})
f("3 billion yuan", 3e9, "CNY", "level", "investment", "2021/2025", s="target", q={"scope": "planned instrument industrial park"})
f("5 billion yuan", 5e9, "CNY", "level", "output_value", "2025", s="target", q={"sector": "musical instruments"})
_b.ent("Zhengzhou University", "organization")
f("two years", 2, "year", "level", "duration", None, q={"scope": "Lucas Ferreira's kung fu training"},
  n="personal duration in a student essay, as in the visible gold")
f("23", 23, "count", "level", "population", None, c="student", q={"scope": "students in the author's class"})
f("11", 11, "count", "level", "count", None, c="country", q={"scope": "home countries of the students in the author's class"})
_b.ent("Henan", "province")
f("18.4%", 18.4, "percent", "change", "trade", JF, d="up", b="yoy", n="pull-quote repeated at the page foot")
FACTS = _b.facts
