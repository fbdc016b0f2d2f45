from ._b import Builder

DOC = "dev2_03_anhui.txt"
PUBLISHED = "2022-08-11"
SOURCE = "regional newspaper supplement page, Anhui (written for the Tally dev2 set)"

TEXT = r"""

Electric cars drive Anhui's factory boom



Hefei becomes a magnet for carmakers and battery suppliers

By FANG YUQING

Hefei, the capital of East China's Anhui province, has rolled out more new energy vehicles this year than ever before, as carmakers and battery suppliers crowd into its industrial parks.

The city produced [[143,000]] new energy vehicles in the first half, up [[172 percent]] year-on-year, according to the Hefei bureau of industry and information technology. The output value of its auto industry reached [[86.5 billion yuan]] ([[\$12.8 billion]]) during the period.

Huaihe Auto, a carmaker based in the Hefei Economic and Technological Development Zone, is one of the main drivers. The company delivered [[61,200]] electric cars in the first six months, almost [[three times]] as many as a year earlier, and its revenue climbed to [[11.4 billion yuan]].

"Two years ago, people asked whether a company from Hefei could make a good car. Now dealers call us asking for more," said Cheng Bo, the company's vice-president.

The company has [[3,900]] employees, and about [[1,100]] of them work in research and development. It plans to lift its annual production capacity to [[300,000]] vehicles by 2025, when a second plant in the city's Feixi county is due to be completed.

Walking through the company's final assembly hall, visitors see few workers. Robotic arms fit windshields and doors, and driverless carts carry parts from the warehouse to the line, guided by sensors on the floor. Each car is checked by cameras before it rolls out to a test track behind the plant.

The company's engineers said the hardest part was not building the cars but the software inside them. Much of the team that writes the code for the driver assistance system and the dashboard screen came from universities in the city, and many of them had never worked for a carmaker before.

The carmakers have pulled suppliers along with them. More than [[120]] makers of batteries, motors, chips and seats have opened plants in Hefei since 2020, bringing total investment of about [[96 billion yuan]], city officials said.

The city's new energy vehicle industry now employs some [[68,000]] people, and the local government has set up a fund of [[10 billion yuan]] to back startups in the sector.

Economists say the city's approach has been unusual. Instead of only offering land and tax breaks, the Hefei government has taken stakes in promising companies through its investment platforms, then sold them once the firms were on their feet and used the money for the next round of projects.

"The government behaves a bit like a venture capitalist, but one that is patient and cares about jobs in the city," said Zhao Qing, a professor of economics at Hefei University of Technology.

Under the 14th Five-Year Plan (2021-25), Hefei aims to produce [[1 million]] new energy vehicles a year by 2025 and to turn the industry into one worth [[500 billion yuan]].

City officials said the next goal is to attract more makers of chips and sensors for cars, which are still largely bought from outside the province.

Xu Lan contributed to this story.



New cars come off the assembly line at a Huaihe Auto plant in Hefei. WU JIE / FOR CHINA DAILY

Carmakers pull suppliers into Hefei

Province's trade and output hold up in first half

Exports of the 'new three' products lead the way as RCEP opens markets

By FANG YUQING

Anhui's economy grew steadily in the first half of this year despite disruptions to supply chains in the spring, the provincial statistics bureau said.

The province's GDP reached [[2.16 trillion yuan]] in the first six months, up [[3.1 percent]] year-on-year. In the second quarter alone, growth slowed to [[1.9 percent]].

The added value of industrial enterprises above designated size rose [[5.6 percent]], with the output of new energy vehicles, solar cells and integrated circuits growing fastest.

Factories in the province faced shortages of parts in April and May, when logistics across the Yangtze River Delta were disrupted, but most production lines were running normally again by June, officials said. Consumption has been slower to recover, as shoppers remain cautious.

Anhui's foreign trade totaled [[370.4 billion yuan]] in the first half, up [[12.5 percent]] year-on-year. Exports grew [[18.7 percent]] to [[229.6 billion yuan]], while imports edged up [[3.6 percent]] to [[140.8 billion yuan]].

Exports of cars, solar cells and lithium batteries — what local officials call the "new three" — together reached [[39.3 billion yuan]], accounting for [[17.1 percent]] of the province's exports.

Trade with the member states of the Regional Comprehensive Economic Partnership, which took effect on Jan 1, came to [[83.2 billion yuan]], up [[15.4 percent]].

Exporters said shipping costs, which soared last year, have started to ease, but finding enough containers and booking space on ships remains a headache for smaller companies.

During the 13th Five-Year Plan (2016-20), Anhui's foreign trade grew by [[9.8 percent]] a year on average, and last year it reached [[686.2 billion yuan]], ranking [[13th]] in the country.

"Inland provinces used to depend on the coast to reach the world. Now we have our own rail routes to Europe and river ports on the Yangtze," said Wu Tao, a researcher at Anhui University.

Officials said the province will help exporters take part in trade fairs abroad again now that travel is easing, and will open more China-Europe freight train routes from Hefei and other cities.

Robots find a home in Wuhu

By XU LAN

Wuhu, a port city on the Yangtze River, has spent the past decade turning itself into one of China's centers for in-

dustrial robots.

The city's robot industrial park is home to [[182]] companies that make robots or their parts. They produced [[19,600]] industrial robots last year, up [[38 percent]] year-on-year, and the park's output value reached [[31.6 billion yuan]].

The industry ranks [[first]] in Anhui, and the city's output of industrial robots accounts for about [[5 percent]] of the national total, according to the Wuhu government.

Jiangcheng Robotics, one of the largest firms in the park, made [[4,300]] welding and painting robots last year. Its revenue rose [[45 percent]] to [[1.9 billion yuan]], and this year it expects sales to exceed [[2.5 billion yuan]].

"A few years ago almost every robot in Chinese car plants was imported. Now many of them are made here," said its general manager Peng Hao. The company's robots work on assembly lines in [[14]] countries, including Mexico, Turkey and Thailand.

Local officials say the key was to build the whole chain in one place. Makers of reducers, servo motors and controllers, the most expensive parts of a robot, were invited to set up next to the assembly plants, and a training center in the park teaches young workers how to program and repair the machines.

The park covers [[9.5 square kilometers]], and the city plans to expand it by another [[4 square kilometers]] by 2025.

Tea villages brew a better life

By XU LAN

In the hills of Qimen county, in the city of Huangshan, tea pickers start work before sunrise, when the leaves are still wet with dew.

Keemun black tea, as the county's most famous product is known abroad, has been grown here for more than [[140 years]]. Tea gardens cover [[11,300 hectares]], about [[a third]] of the county's farmland, and [[70 percent]] of local households make a living from tea.

The county produced [[8,600 tons]] of tea last year, and the comprehensive output value of its tea industry reached [[3.2 billion yuan]]. Per capita disposable income of rural residents rose to [[18,260 yuan]], up [[10.4 percent]] year-on-year.

The leaves are withered, rolled, fermented and dried in a process that takes most of a day, and the best teas are still finished by hand. Buyers from Europe and the Middle East prize the tea's sweet, slightly smoky aroma, and some of them visit the gardens every spring.

Wang Guiying, who runs a family tea workshop in the village of Huanglong, sold [[600 kilograms]] of black tea last spring at an average of [[800 yuan]] per kilogram. "When I was young, tea was something you drank at home. Now it pays for my son's university," she said.

The county government has spent [[120 million yuan]] over the past three years on roads, processing equipment and tea-quality testing, and it has trained more than [[8,000]] farmers. It hopes to raise the tea



A tea picker in Qimen county, Huangshan. The county's black tea is sold in more than [[30]] countries and regions. WU JIE / FOR CHINA DAILY

industry's output value to [[5 billion yuan]] by 2025.

Learning science in the city of ideas

By PRIYA NAIR

When I told my family in Kerala that I would study physics in Hefei, most of them had to look at a map. Today, when they read news about quantum computers or new fusion experiments, they call me to ask whether my university is involved.

I am a doctoral student at the University of Science and Technology of China, and I have lived in Hefei for [[four years]]. Our laboratory has [[26]] researchers from [[nine]] countries, and we work on materials for solar cells.

Hefei is not as famous abroad as Beijing or Shanghai, but it is full of energy. New metro lines open almost every year, and the lakeside parks are perfect for running in the evening.

I also love the food. Anhui cuisine uses a lot of wild herbs and bamboo shoots, and my favorite dish is stinky mandarin fish, which tastes much better than its name suggests.

On weekends I sometimes take the high-speed train to Huangshan to hike. The mountain was covered in fog the first time I went, and I understood why so many Chinese painters chose it as their subject.

What I value most is the way my professors push us to try new ideas. If an experiment fails, they ask what we learned and what we want to try next.

When I finish my degree, I hope to stay in China for a few more years as a postdoctoral researcher. My parents want me to come home, of course, but they also understand that a scientist has to go where the best work is being done. Maybe one day I will build a bridge between laboratories in Hefei and in Kerala.

The author is a doctoral student from India at the University of Science and Technology of China in Hefei.

Carmakers pull suppliers into Hefei
"""

_b = Builder()
f = _b.f
H = "2022-01/2022-06"
_b.ent("Hefei", "city")
f("143,000", 143000, "count", "level", "production", H, c="vehicle", q={"product": "new energy vehicles"})
f("172 percent", 172, "percent", "change", "production", H, d="up", b="yoy", q={"product": "new energy vehicles"})
f("86.5 billion yuan", 86.5e9, "CNY", "level", "output_value", H, q={"sector": "auto industry"})
f("\\$12.8 billion", 12.8e9, "USD", "level", "output_value", H, q={"sector": "auto industry"}, n="USD conversion")
_b.ent("Huaihe Auto", "company")
f("61,200", 61200, "count", "level", "production", H, c="car", q={"product": "electric cars", "scope": "deliveries"},
  n="vehicles delivered = shipments: production (revenue defensible)")
f("three times", 3, "times", "change", "production", H, a="~", d="up", b="yoy", q={"product": "electric cars", "scope": "deliveries"},
  n="'almost three times as many as a year earlier': multiple of the earlier value, kind change, basis yoy; 'almost' = ~")
f("11.4 billion yuan", 11.4e9, "CNY", "level", "revenue", H)
f("3,900", 3900, "count", "level", "jobs", None, c="person", q={"scope": "employees"})
f("1,100", 1100, "count", "level", "jobs", None, a="~", c="person", q={"scope": "employees working in research and development"})
f("300,000", 300000, "count", "level", "capacity", "2025", s="target", c="vehicle", q={"scope": "annual production capacity", "per": "year"})
_b.ent("Hefei", "city")
f("120", 120, "count", "level", "enterprises", "2020/2022", a=">", c="manufacturer", q={"sector": "new energy vehicle parts", "scope": "suppliers that opened plants since 2020"},
  n="'since 2020' up to publication: span 2020/2022 (null or 2022 defensible)")
f("96 billion yuan", 96e9, "CNY", "level", "investment", "2020/2022", a="~", q={"sector": "new energy vehicle parts"},
  n="period carried from 'since 2020' in the same sentence")
f("68,000", 68000, "count", "level", "jobs", "2022", a="~", c="person", q={"sector": "new energy vehicles"}, n="'now' resolved to the publication year")
f("10 billion yuan", 10e9, "CNY", "level", "public_funding", None, q={"sector": "new energy vehicles", "scope": "fund to back startups"},
  n="present perfect with no time word: null")
f("1 million", 1e6, "count", "level", "production", "2025", s="target", c="vehicle", q={"product": "new energy vehicles", "per": "year"})
f("500 billion yuan", 500e9, "CNY", "level", "output_value", "2025", s="target", q={"sector": "new energy vehicles"},
  n="'an industry worth' read as output value")
_b.ent("Anhui", "province")
f("2.16 trillion yuan", 2.16e12, "CNY", "level", "gdp", H)
f("3.1 percent", 3.1, "percent", "change", "gdp", H, d="up", b="yoy")
f("1.9 percent", 1.9, "percent", "change", "gdp", "2022-04/2022-06", d="up", b="yoy", n="second quarter; basis carried from the previous sentence")
f("5.6 percent", 5.6, "percent", "change", "value_added", H, d="up", b="yoy", q={"scope": "industrial enterprises above designated size"},
  n="basis carried from the article context (year-on-year)")
f("370.4 billion yuan", 370.4e9, "CNY", "level", "trade", H)
f("12.5 percent", 12.5, "percent", "change", "trade", H, d="up", b="yoy")
f("18.7 percent", 18.7, "percent", "change", "exports", H, d="up", b="yoy", n="basis carried from the previous sentence")
f("229.6 billion yuan", 229.6e9, "CNY", "level", "exports", H)
f("3.6 percent", 3.6, "percent", "change", "imports", H, d="up", b="yoy", n="'edged up'; basis carried")
f("140.8 billion yuan", 140.8e9, "CNY", "level", "imports", H)
f("39.3 billion yuan", 39.3e9, "CNY", "level", "exports", H, q={"product": "cars, solar cells and lithium batteries"})
f("17.1 percent", 17.1, "percent", "share", "exports", H, q={"product": "cars, solar cells and lithium batteries"})
f("83.2 billion yuan", 83.2e9, "CNY", "level", "trade", H, q={"partner": "RCEP member states"},
  n="'Jan 1' is the date RCEP took effect, not a fact")
f("15.4 percent", 15.4, "percent", "change", "trade", H, d="up", b="yoy", q={"partner": "RCEP member states"}, n="basis carried from the article")
f("9.8 percent", 9.8, "percent", "change", "trade", "2016/2020", d="up", b="annual_avg")
f("686.2 billion yuan", 686.2e9, "CNY", "level", "trade", "2021")
f("13th", 13, "rank", "rank", "trade", "2021", q={"scope": "among China's provincial-level regions"})
_b.ent("Wuhu", "city")
f("182", 182, "count", "level", "enterprises", None, c="company", q={"sector": "industrial robots", "scope": "companies in the robot industrial park"},
  n="entity the city (the park is unnamed; 'Wuhu robot industrial park' defensible as zone)")
f("19,600", 19600, "count", "level", "production", "2021", c="robot", q={"product": "industrial robots"})
f("38 percent", 38, "percent", "change", "production", "2021", d="up", b="yoy", q={"product": "industrial robots"})
f("31.6 billion yuan", 31.6e9, "CNY", "level", "output_value", "2021", q={"sector": "industrial robots", "scope": "robot industrial park"})
f("first", 1, "rank", "rank", "output_value", None, q={"sector": "industrial robots", "scope": "in Anhui"},
  n="'ranks first in Anhui' — measure not named, read as output value; present tense with no time word: null")
f("5 percent", 5, "percent", "share", "production", None, a="~", q={"product": "industrial robots", "scope": "share of national output"})
_b.ent("Jiangcheng Robotics", "company")
f("4,300", 4300, "count", "level", "production", "2021", c="robot", q={"product": "welding and painting robots"})
f("45 percent", 45, "percent", "change", "revenue", "2021", d="up", b="unspecified", n="'rose ... last year' with no comparison named; yoy defensible")
f("1.9 billion yuan", 1.9e9, "CNY", "level", "revenue", "2021")
f("2.5 billion yuan", 2.5e9, "CNY", "level", "revenue", "2022", s="target", a=">", q={"scope": "expected sales"})
f("14", 14, "count", "level", "count", None, c="country", q={"scope": "countries where its robots work"})
_b.ent("Wuhu", "city")
f("9.5 square kilometers", 9.5, "km2", "level", "area", None, q={"scope": "robot industrial park"})
f("4 square kilometers", 4, "km2", "level", "area", "2025", s="target", q={"scope": "planned expansion of the robot industrial park"})
_b.ent("Qimen county", "county")
f("140 years", 140, "year", "level", "duration", None, a=">", q={"product": "Keemun black tea", "scope": "time tea has been grown"})
f("11,300 hectares", 11300, "ha", "level", "area", None, q={"product": "tea gardens"})
f("a third", 33.3, "percent", "share", "area", None, a="~", q={"product": "tea gardens", "scope": "share of the county's farmland"},
  n="'a third' recorded as 33.3 percent, as 'half' is 50 in the visible gold")
f("70 percent", 70, "percent", "share", "households", None, q={"sector": "tea", "scope": "share of local households living from tea"})
f("8,600 tons", 8600, "t", "level", "production", "2021", q={"product": "tea"})
f("3.2 billion yuan", 3.2e9, "CNY", "level", "output_value", "2021", q={"sector": "tea", "scope": "comprehensive output value"})
f("18,260 yuan", 18260, "CNY", "level", "income", "2021", q={"scope": "per capita disposable income of rural residents"},
  n="'rose to ... last year': period 2021 carried from the previous sentence")
f("10.4 percent", 10.4, "percent", "change", "income", "2021", d="up", b="yoy", q={"scope": "per capita disposable income of rural residents"})
_b.ent("Huanglong village", "village")
f("600 kilograms", 0.6, "t", "level", "production", "2022-03/2022-05", q={"product": "black tea", "scope": "sold by Wang Guiying's family workshop"},
  n="600 kg recorded in tonnes (facts.md lists t, not kg); 'last spring' from August 2022 = spring 2022, read as March-May (2022 defensible)")
f("800 yuan", 800, "CNY/kg", "level", "price", "2022-03/2022-05", q={"product": "black tea", "scope": "average price, Wang Guiying's workshop"})
_b.ent("Qimen county", "county")
f("120 million yuan", 120e6, "CNY", "level", "public_funding", "2019/2022", q={"sector": "tea", "scope": "roads, processing equipment and tea-quality testing"},
  n="'over the past three years' before August 2022: 2019/2022 or 2020/2022 both defensible")
f("8,000", 8000, "count", "level", "population", "2019/2022", a=">", c="person", q={"scope": "farmers trained"}, n="period carried from the same sentence")
f("30", 30, "count", "level", "count", None, a=">", c="country", q={"product": "black tea", "scope": "export destinations (countries and regions), photo caption"})
f("5 billion yuan", 5e9, "CNY", "level", "output_value", "2025", s="target", q={"sector": "tea"}, n="sentence continued after the photo caption")
_b.ent("University of Science and Technology of China", "organization")
f("four years", 4, "year", "level", "duration", None, q={"scope": "Priya Nair's time living in Hefei"}, n="personal duration in a student essay")
f("26", 26, "count", "level", "population", None, c="researcher", q={"scope": "researchers in the author's laboratory"})
f("nine", 9, "count", "level", "count", None, c="country", q={"scope": "home countries of the laboratory's researchers"})
FACTS = _b.facts
