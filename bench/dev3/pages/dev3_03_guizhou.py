from ._b import Builder

DOC = "dev3_03_guizhou.txt"
PUBLISHED = "2023-03-16"
SOURCE = "regional newspaper supplement page, Guizhou (written for the Tally dev3 set)"

TEXT = r"""Data centers hum in Guizhou's cool hills



Mountain province bets on computing power to drive its digital economy

By TIAN XUEMEI

Guizhou, a mountainous province in Southwest China once known mainly for its poverty and its liquor, has become home to some of the country's largest data centers, drawn by cool summers, cheap electricity and stable rock.

The province's digital economy grew by [[14.2 percent]] last year, faster than its economy as a whole, and accounted for [[37.5 percent]] of its GDP, the Guizhou Big Data Development Administration said.

The Gui'an New Area, south of the capital Guiyang, now hosts [[25]] large data centers, including those of [[three]] of the country's biggest telecom operators. Together they have more than [[1.2 million]] servers.

Revenue of the province's software and information technology services reached [[86.4 billion yuan]] ([[\$12.5 billion]]) last year, up [[21.3 percent]] year-on-year.

"In summer the air outside stays mild, so we can cool the machines with fresh air for much of the year. That saves a lot of power," said Luo Jian, an engineer at a data center in Gui'an.

Many of the server halls are dug into hillsides or built inside former caves, where the temperature stays low all year round. Hydropower from the rivers of the province and coal-fired plants nearby keep electricity prices lower than in the crowded coastal cities.

Under a national plan to move computing work from the east to the west, known as "East Data, West Computing", Guizhou has been named one of the hubs that will process data sent from cities such as Guangzhou and Shenzhen. Companies store backups, train artificial intelligence models and run cloud services from the province, while users on the coast hardly notice the distance.

Local officials admit that data centers alone do not create many jobs. They are now trying to attract companies that write software, label data for artificial intelligence and run call centers, so that young people who study computing in Guiyang can find work without leaving home.

"Ten years ago nobody thought of Guizhou and the internet in the same sentence," said Chen Lu, a manager at a cloud services company in Guiyang. "Now clients from Beijing come to see our halls before they sign."

Under the 14th Five-Year Plan (2021-25), Guizhou aims to raise the share of its digital economy in GDP to about [[50 percent]] by 2025, and to have [[4 million]] servers installed.

The province has trained more than [[150,000]] people in digital skills since 2018, and [[4,600]] big data companies are registered there, officials said.

Zhou Wen contributed to this story.



Engineers inspect servers at a data center in Gui'an New Area, Guizhou province. ZHOU WEN / FOR CHINA DAILY

Province off to a solid start in first two months

By ZHOU WEN

Guizhou's foreign trade rose sharply in the first two months of the year, as shipments of tires, phosphate fertilizers and electronic products picked up after the Spring Festival holiday.

Imports and exports totaled [[11.6 billion yuan]] in January and February, up [[26.8 percent]] from a year earlier, Guiyang Customs said. Exports grew [[31.5 percent]] to [[8.2 billion yuan]], while imports rose [[16.9 percent]] to [[3.4 billion yuan]].

Tire makers in Guiyang said orders from Africa and the Middle East had picked up, while phosphate producers in the city of Fuquan shipped fertilizer to farms in South Asia ahead of the planting season. Customs officers have cut the time needed to clear goods at the dry port in Guiyang, and a new rail line to the sea port of Qinzhou in Guangxi gives exporters a faster route to Southeast Asia.

Trade with ASEAN countries accounted for [[28.4 percent]] of the total.

Last year, Guizhou's GDP grew [[1.2 percent]] to [[2.02 trillion yuan]], and its foreign trade reached [[80.6 billion yuan]], up [[12.1 percent]] year-on-year. The province started [[2,140]] new industrial projects last year, with investment totaling [[318 billion yuan]].

The province's per capita disposable income of rural residents was [[13,707 yuan]] last year, up [[6.4 percent]], outpacing the [[3.9 percent]] growth of urban residents' incomes.

Officials said Guizhou would build another [[400 km]] of expressways this year, bringing its total network to more than [[8,700 km]].

"Twenty years ago, it took a whole day to drive from Guiyang to some county towns. Now almost every county has an expressway," said Yang Xia, a researcher at Guizhou University.

She said better roads and rail links had helped farm products from remote villages reach supermarkets in the big cities within a day, and had made it easier for tourists to visit the province's waterfalls, caves and ethnic minority villages.

Factories in the province had a difficult year in 2022, when outbreaks of COVID-19 disrupted production and transport for weeks. Officials said consumption and tourism were recovering quickly this spring, and hotel bookings in Guiyang over the Spring Festival were close to their level before the pandemic.

Liquor maker toasts record year

By TIAN XUEMEI

In the town of Maotai, in the city of Renhuai, the air smells of fermenting sorghum. Along the Chishui River, distilleries large and small produce the strong, clear baijiu for which the area is famous.

Chishui Spring Liquor, one of the town's largest distillers, said its revenue rose [[18.5 percent]] last year to [[9.3 billion yuan]]. It produced [[26,000 tons]] of baijiu, and about [[8 percent]] of its sales came from overseas markets.

The company buys sorghum from [[12,000]] farming households, who grow the crop on [[8,700 hectares]] of land under contract, and pays them about [[10 percent]] more than the market price.

"A good baijiu needs good grain and patience. Some of our liquor sits in jars for [[five years]] before it is sold," said Wang Deqiang, its chief blender.

In the company's cellars, rows of brown clay jars stand in the half-dark, each marked with the year its liquor was made. Workers still turn the fermenting grain by hand, and the sorghum is steamed and cooled several times before it goes into the stills.

The company has opened a museum and a visitor center by the river, where tourists can watch the brewing process and taste young liquor straight from the still. Younger buyers, its managers say, want lighter drinks and smaller bottles, and the company has launched a line of liquor-flavored ice cream to catch their eye.

Renhuai's liquor industry had an output value of [[189 billion yuan]] last year, accounting for about [[60 percent]] of the city's industrial output, and it em-

ploys some [[110,000]] people.

The city plans to raise the industry's output value to [[300 billion yuan]] by 2025.

Tea and kiwis lift mountain villages

By ZHOU WEN

In Meitan county, rows of tea bushes wind around the hills like green ribbons. The county has [[26,000 hectares]] of tea gardens, the largest in the province, and [[380]] tea-processing companies.

Tea output reached [[81,000 tons]] last year, with a comprehensive output value of [[16.2 billion yuan]], the county government said.

In Xinglong village, [[296]] of the [[342]] households grow tea. Tian Xiuying, who joined the village tea cooperative in 2015, said her family earned about [[70,000 yuan]] from their [[1.3-hectare]] garden last year, "almost [[four times]] what we made from corn".

The cooperative has [[118]] member families and paid them dividends of [[2.3 million yuan]] last year.

Tian said her daughter, who studied marketing in Chongqing, came home to sell the family's tea through live-streaming. "She talks to buyers on her phone every evening. I just make sure the leaves are good," Tian said.

In Xiuwen county near Guiyang, kiwi fruit has done for farmers what tea did in Meitan. Orchards cover [[11,000 hectares]], and the fruit is sold in [[28]] provincial-level regions across China, as well as in Russia and Southeast Asia.

Farmers in the county earned an average of [[6,000 yuan]] per mu from kiwis last year, local officials said. One mu is about [[0.067 hectares]].

The province has moved [[1.92 million]] people from remote mountain areas to new homes in towns since 2016, and it has



Farmers pick tea leaves in Meitan county, Guizhou province. TIAN XUEMEI / FOR CHINA DAILY

built [[946]] resettlement sites with schools and clinics.

Guizhou set up [[3,000]] village basketball courts last year, and its "village BA" tournament in Taipan village drew crowds from across the country, officials said.

Chishui Spring's revenue rose [[18.5 percent]] last year

A home among the mountains

By AMARA OKAFOR

When I first told my friends in Lagos that I was going to study in Guiyang, they asked me whether it was a city or a mountain. The answer, I now know, is both.

I am a doctoral student in geology at Guizhou University, and I have lived here for [[four years]]. Our research group has [[18]] members, and [[five]] of us come from Africa.

Guizhou's landscape is a geologist's dream. The karst mountains, caves and waterfalls tell a very old story, and every field trip teaches me something new.

Huangguoshu Waterfall was the first place my professor took us. I stood in the mist and could hardly hear my own voice.

Learning Chinese was the hardest part of my first year. Scientific papers were fine, because the formulas are the same everywhere, but ordering lunch in the local dialect was another matter. My classmates laughed with me, not at me, and slowly I learned.

I have also come to enjoy the rain. Guiyang is famous for its cool, wet weather, and the city is greener than any place I have lived. On weekends my friends and I go hiking in the forest parks on the edge of the city, and we often meet families picking wild vegetables.

The people here are warm and generous. On a field trip to a Miao village, an old woman invited us into her house for sour fish soup, and refused to take any money.

The food is spicy and sour, and I have learned to love it. When I go home, I will miss the rice noodles I eat for breakfast every morning.

I hope to use what I have learned here to study the rocks and water of my own country, and to keep working with my friends in Guizhou.

The author is a doctoral student from Nigeria at Guizhou University.
"""

_b = Builder()
f = _b.f
Y = "2022"
JF = "2023-01/2023-02"
_b.ent("Guizhou", "province")
f("14.2 percent", 14.2, "percent", "change", "value_added", Y, d="up", b="unspecified", q={"sector": "digital economy"},
  n="'digital economy grew': measure not named, read as added value (share of GDP follows); no comparison named")
f("37.5 percent", 37.5, "percent", "share", "gdp", Y, q={"sector": "digital economy", "scope": "share of GDP"})
_b.ent("Gui'an New Area", "zone")
f("25", 25, "count", "level", "count", "2023", c="data center", q={"scope": "large data centers"}, n="'now' = publication year")
f("three", 3, "count", "level", "enterprises", "2023", c="operator", q={"scope": "biggest telecom operators with data centers in the area"})
f("1.2 million", 1.2e6, "count", "level", "count", "2023", a=">", c="server", q={"scope": "servers in the data centers"},
  n="'Together they have' continues the 'now' sentence")
_b.ent("Guizhou", "province")
f("86.4 billion yuan", 86.4e9, "CNY", "level", "revenue", Y, q={"sector": "software and information technology services"})
f("\\$12.5 billion", 12.5e9, "USD", "level", "revenue", Y, q={"sector": "software and information technology services"}, n="USD conversion")
f("21.3 percent", 21.3, "percent", "change", "revenue", Y, d="up", b="yoy", q={"sector": "software and information technology services"})
f("50 percent", 50, "percent", "share", "gdp", "2025", s="target", a="~", q={"sector": "digital economy", "scope": "share of GDP"})
f("4 million", 4e6, "count", "level", "count", "2025", s="target", c="server", q={"scope": "servers installed"})
f("150,000", 150000, "count", "level", "population", "2018/2023", a=">", c="person", q={"scope": "people trained in digital skills"},
  n="'since 2018' up to publication: 2018/2023")
f("4,600", 4600, "count", "level", "enterprises", None, c="company", q={"sector": "big data", "scope": "registered companies"},
  n="present tense, no time word: null (2023 defensible)")
f("11.6 billion yuan", 11.6e9, "CNY", "level", "trade", JF)
f("26.8 percent", 26.8, "percent", "change", "trade", JF, d="up", b="yoy")
f("31.5 percent", 31.5, "percent", "change", "exports", JF, d="up", b="yoy", n="basis carried")
f("8.2 billion yuan", 8.2e9, "CNY", "level", "exports", JF)
f("16.9 percent", 16.9, "percent", "change", "imports", JF, d="up", b="yoy", n="basis carried")
f("3.4 billion yuan", 3.4e9, "CNY", "level", "imports", JF)
f("28.4 percent", 28.4, "percent", "share", "trade", JF, q={"partner": "ASEAN countries"}, n="period carried from the article")
f("1.2 percent", 1.2, "percent", "change", "gdp", Y, d="up", b="unspecified", n="'grew ... last year', no comparison named")
f("2.02 trillion yuan", 2.02e12, "CNY", "level", "gdp", Y)
f("80.6 billion yuan", 80.6e9, "CNY", "level", "trade", Y)
f("12.1 percent", 12.1, "percent", "change", "trade", Y, d="up", b="yoy")
f("2,140", 2140, "count", "level", "projects", Y, c="project", q={"scope": "new industrial projects started"})
f("318 billion yuan", 318e9, "CNY", "level", "investment", Y, q={"scope": "new industrial projects started"})
f("13,707 yuan", 13707, "CNY", "level", "income", Y, q={"scope": "per capita disposable income of rural residents"})
f("6.4 percent", 6.4, "percent", "change", "income", Y, d="up", b="unspecified", q={"scope": "per capita disposable income of rural residents"})
f("3.9 percent", 3.9, "percent", "change", "income", Y, d="up", b="unspecified", q={"scope": "per capita disposable income of urban residents"},
  n="the comparison figure ('outpacing the 3.9 percent growth of urban residents' incomes') is its own change fact")
f("400 km", 400, "km", "level", "length", "2023", s="target", q={"scope": "new expressways to be built"})
f("8,700 km", 8700, "km", "level", "length", "2023", s="target", a=">", q={"scope": "total expressway network"},
  n="'bringing its total network to more than': the resulting level is part of the plan, target 2023")
_b.ent("Chishui Spring Liquor", "company")
f("18.5 percent", 18.5, "percent", "change", "revenue", Y, d="up", b="unspecified")
f("9.3 billion yuan", 9.3e9, "CNY", "level", "revenue", Y)
f("26,000 tons", 26000, "t", "level", "production", Y, q={"product": "baijiu"})
f("8 percent", 8, "percent", "share", "revenue", Y, a="~", q={"scope": "share of sales from overseas markets"})
f("12,000", 12000, "count", "level", "households", None, c="household", q={"scope": "farming households supplying sorghum"})
f("8,700 hectares", 8700, "ha", "level", "area", None, q={"product": "sorghum", "scope": "land under contract"})
f("10 percent", 10, "percent", "ratio", "price", None, a="~", q={"product": "sorghum", "scope": "premium over the market price"},
  n="a premium over another price, not a change over time: ratio")
f("five years", 5, "year", "level", "duration", None, q={"scope": "ageing of some liquor in jars before sale"}, n="duration of an activity")
_b.ent("Renhuai", "city")
f("189 billion yuan", 189e9, "CNY", "level", "output_value", Y, q={"sector": "liquor"})
f("60 percent", 60, "percent", "share", "output_value", Y, a="~", q={"sector": "liquor", "scope": "share of the city's industrial output"})
f("110,000", 110000, "count", "level", "jobs", None, a="~", c="person", q={"sector": "liquor"},
  n="'employs' in the present tense after a hyphen break: null (2022 from the same sentence defensible)")
f("300 billion yuan", 300e9, "CNY", "level", "output_value", "2025", s="target", q={"sector": "liquor"})
_b.ent("Meitan county", "county")
f("26,000 hectares", 26000, "ha", "level", "area", None, q={"product": "tea gardens"})
f("380", 380, "count", "level", "enterprises", None, c="company", q={"sector": "tea processing"})
f("81,000 tons", 81000, "t", "level", "production", Y, q={"product": "tea"})
f("16.2 billion yuan", 16.2e9, "CNY", "level", "output_value", Y, q={"sector": "tea", "scope": "comprehensive output value"})
_b.ent("Xinglong village", "village")
f("296", 296, "count", "level", "households", None, c="household", q={"scope": "households growing tea"})
f("342", 342, "count", "level", "households", None, c="household", q={"scope": "all households of the village"})
f("70,000 yuan", 70000, "CNY", "level", "income", Y, a="~", q={"product": "tea", "scope": "earnings of Tian Xiuying's family"})
f("1.3-hectare", 1.3, "ha", "level", "area", None, q={"product": "tea garden", "scope": "Tian Xiuying's family garden"})
f("four times", 4, "times", "ratio", "income", Y, a="~", q={"scope": "tea income vs income from corn"},
  n="comparison with another crop, not over time: ratio (as the visible gold's 'five times the income from corn farming')")
f("118", 118, "count", "level", "households", None, c="family", q={"scope": "member families of the village tea cooperative"})
f("2.3 million yuan", 2.3e6, "CNY", "level", "income", Y, q={"scope": "dividends paid to cooperative member families"})
_b.ent("Xiuwen county", "county")
f("11,000 hectares", 11000, "ha", "level", "area", None, q={"product": "kiwi fruit orchards"})
f("28", 28, "count", "level", "count", None, c="region", q={"product": "kiwi fruit", "scope": "provincial-level regions where the fruit is sold"})
f("6,000 yuan", 6000, "CNY/mu", "level", "income", Y, q={"product": "kiwi fruit", "scope": "average earnings of farmers", "per": "mu"},
  n="per-mu income kept in the stated unit (CNY/mu; ~90,000 CNY/ha)")
f("0.067 hectares", 0.067, "ha", "level", "other", None, a="~", q={"scope": "size of one mu (unit conversion)"},
  n="a unit definition, not a reported result; kept because it is a stated amount")
_b.ent("Guizhou", "province")
f("1.92 million", 1.92e6, "count", "level", "population", "2016/2023", c="person", q={"scope": "people relocated from remote mountain areas"},
  n="'since 2016' up to publication: 2016/2023 (the relocation programme itself ended by 2020)")
f("946", 946, "count", "level", "count", "2016/2023", c="site", q={"scope": "resettlement sites built"}, n="period carried from the same sentence")
f("3,000", 3000, "count", "level", "count", Y, c="court", q={"scope": "village basketball courts set up"})
_b.ent("Chishui Spring Liquor", "company")
f("18.5 percent", 18.5, "percent", "change", "revenue", Y, d="up", b="unspecified", n="pull quote repeating the body figure")
_b.ent("Guizhou University", "organization")
f("four years", 4, "year", "level", "duration", None, q={"scope": "Amara Okafor's time living in Guiyang"}, n="personal duration in a student essay")
f("18", 18, "count", "level", "population", None, c="researcher", q={"scope": "members of the author's research group"})
f("five", 5, "count", "level", "population", None, c="researcher", q={"scope": "members of the research group from Africa"})
FACTS = _b.facts
