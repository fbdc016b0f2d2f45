from ._b import Builder

DOC = "dev3_02_inner_mongolia.txt"
PUBLISHED = "2023-08-17"
SOURCE = "regional newspaper supplement page, Inner Mongolia (written for the Tally dev3 set)"

TEXT = r"""Wind and sun give the grasslands a new job



Region adds turbines and panels at record pace as it builds a clean power base for the north

By BAO LIJUN

The Inner Mongolia autonomous region, long one of China's biggest coal producers, is putting up wind turbines and solar panels faster than at any time before, as it tries to turn its vast open land into a clean energy base for the country.

The region's installed capacity of new energy reached [[78.6 gigawatts]] by the end of June, accounting for [[38.2 percent]] of its total power capacity, according to the Inner Mongolia Energy Bureau. It added [[9.4 GW]] of wind and solar capacity in the first half, up [[61 percent]] from a year earlier.

Investment in wind and solar projects reached [[52.6 billion yuan]] during the period, an increase of [[27.5 percent]].

Under the 14th Five-Year Plan (2021-25), the region aims to raise its new energy capacity to more than [[135 GW]] by 2025, when new energy should make up about [[half]] of its installed capacity.

Most of the new projects are being built on desert and on land damaged by mining, where the panels also shade the ground and help grass grow back. Between the rows of panels in some solar farms, sheep graze on the new grass.

Herders who lease their land to the power companies receive rent every year, and some of them have been hired to clean the panels and look after the fences. In the winter, when snow covers the panels after a storm, whole villages turn out with brooms.

"Here we have wind that never stops and sunshine for more than [[3,000 hours]] a year. The problem used to be that we could not use it all," said Su Yalan, an engineer at a grid company in Ordos.

Ultra-high voltage lines now carry power from the region to Beijing, Tianjin and provinces in East China. A [[1,000-kilovolt]] line that went into service in 2021 can move power over more than [[700 km]].

The region is also trying to use more of the power at home. It has approved [[37]] projects that use wind and solar power to make hydrogen, with a total investment of [[68 billion yuan]] ([[\$9.4 billion]]). They are expected to produce [[480,000 tons]] of green hydrogen a year once completed.

Ordos, the region's richest city, wants to replace diesel in its mining trucks with hydrogen. The city had [[1,260]] hydrogen-powered heavy trucks on its roads by the end of June, and it plans to raise the number to [[10,000]] by 2025.

Yang Haisheng contributed to this story.



Wind turbines stand on a grassland in Ulanqab, Inner Mongolia autonomous region. The city has more than [[4,000]] turbines. WANG NAN / FOR CHINA DAILY

Economy grows steadily in first half

Trade with Mongolia and Russia surges as ports get busier

By YANG HAISHENG

Inner Mongolia's GDP grew [[7.3 percent]] year-on-year to [[1.14 trillion yuan]] in the first half of the year, the region's statistics bureau said. The growth rate ranked [[third]] among China's provincial-level regions.

In the first quarter, the economy expanded by [[6.4 percent]] from a year earlier.

The added value of industrial enterprises above designated size rose [[8.2 percent]], led by coal, electricity and chemicals, while fixed-asset investment jumped [[22.6 percent]].

Foreign trade reached [[97.9 billion yuan]] in the first six months, up [[39.8 percent]] year-on-year, according to Hohhot Customs. Exports rose [[45.1 percent]] to [[38.5 billion yuan]], and imports increased by [[36.5 percent]] to [[59.4 billion yuan]].

Trade with Mongolia, the region's largest trading partner, came to [[31.2 billion yuan]], accounting for [[31.9 percent]] of the total. Imports of coal from Mongolia more than doubled, officials said, as trucks crossed the border day and night.

Erenhot, the largest land port on the border with Mongolia, handled [[9.6 million tons]] of freight in the first half, up [[54.3 percent]]. A total of [[1,470]] China-Europe freight trains passed through the port during the period, [[128]] more than a year earlier.

Last year, the region's economy grew [[4.2 percent]] to [[2.32 trillion yuan]].

"The ports are our front door now. Ten years ago they were a dusty back door," said Bayar, a customs broker in Erenhot who has worked at the port since 2006.

Officials said the region would open new lanes at the border crossings and speed up inspection of goods so that trucks spend less time waiting in line.

Traders in Erenhot said demand from Mongolia for Chinese building materials, vegetables and household appliances has been strong since the border reopened fully early this year. On the other side, Mongolian coal, copper concentrate and cashmere move south to factories across northern China.

"Before, a truck might wait for days. Now the drivers sleep at home more often," said Li Hongmei, who runs a logistics company in the city. Her firm has bought new trucks and hired drivers who can speak Mongolian.

Economists caution that the region still leans heavily on coal and on the prices of raw materials, which have fallen this year. They say the shift to new industries such as hydrogen, wind turbine making and dairy processing will take time.

Dairy giant milks the grasslands

By BAO LIJUN

On the edge of Hohhot, the regional capital, tanker trucks line up every morning to unload fresh milk at the factory of Qingcheng Dairy, one of the country's largest milk processors.

The company's revenue rose [[11.8 percent]] last year to [[41.7 billion yuan]], and its net profit reached [[3.2 billion yuan]]. It can process [[6,500 tons]] of raw milk a day at its [[14]] plants in the region.

Qingcheng buys milk from [[186]] ranches and about [[9,000]] farming households, and it has helped [[52]] dairy cooperatives buy cooling tanks and milking machines, said Han Yuemei, its vice-president.

"A farmer with [[20]] cows can now earn more than a factory worker in the city, as long as the milk is clean," she said.

Hohhot has set itself the goal of becoming "China's dairy capital". The city's dairy industry had an output value of [[152 billion yuan]] last year, and the city wants it to exceed [[300 billion yuan]] by 2025.

The region had [[1.6 million]] dairy cows at the end of last year, and its milk output reached [[7.3 million tons]], about [[one-fifth]] of the national total, the regional department of agriculture and animal husbandry said.

Scientists at the company's research center are breeding cows that give more milk in the cold winter months, and developing



Workers check packs of yogurt on a production line at Qingcheng Dairy's plant in Hohhot. BAO LIJUN / FOR CHINA DAILY

cheese and yogurt for buyers who want products other than liquid milk. The company said it would spend [[1.5 billion yuan]] on research over the next three years.

Planting trees to hold back the sand

By WANG NAN

For decades, winds from the Horqin Sandy Land in eastern Inner Mongolia carried dust as far as Beijing. Today, much of the sand in Tongliao city is held in place by shrubs, poplars and grass.

The city planted trees and grass on [[113,000 hectares]] last year, and its forest coverage rate reached [[21.8 percent]], up from [[12.1 percent]] in 2000, according to the local forestry bureau.

In Naiman Banner, herder Wurigen and his neighbors fenced off their pastures and planted sand willows on the dunes. His family earned about [[86,000 yuan]] last year from cattle and from selling willow cuttings to tree-planting projects.

"When I was a boy, we swept sand out of the house every morning. Now my son asks why the old photos look yellow," he said.

The banner's [[8,200]] herding households have received [[460 million yuan]] in grassland protection subsidies since 2016. Per capita disposable income of its rural and pastoral residents reached [[19,350 yuan]] last year, up [[7.1 percent]].

Scientists from Beijing and Hohhot have set up research stations on the sandy land to test which plants survive the dry summers best. They found that a mix of shrubs and local grasses holds the soil better than rows of poplars, which need more water than the land can give.

The work is far from done. Under the 14th Five-Year Plan, Tongliao plans to treat another [[400,000 hectares]] of sandy land, and officials want to turn the shrubs into fuel for biomass power plants and feed for cattle, so that the green belt pays for it-

self.



Sand willows planted by local herders in Naiman Banner, Tongliao, Inner Mongolia autonomous region. WANG NAN / FOR CHINA DAILY

Ordos wants [[10,000]] hydrogen trucks by 2025

Under a sky full of stars

By ENKHJARGAL BOLD

My grandmother used to tell me that the people on the other side of the border eat the same mutton and sing the same long songs as we do. When I came to Hohhot to study, I found that she was right.

I am a student from Ulaanbaatar, and I have studied veterinary medicine at Inner Mongolia Agricultural University for [[two years]]. There are [[63]] students from Mongolia at our university, and many of us plan to work on ranches at home after we graduate.

Before I came, I worried about the language. In my first months I attended Chinese classes every morning, and the shopkeepers near our campus were patient when I pointed at things I could not name. Some of them could even speak a little Mongolian, which made me feel at home.

The first thing I noticed in Hohhot was how quickly the city is growing. New apartment buildings and shopping malls appear every year, and the metro takes me across the city in minutes.

My classmates took me to the grassland in Xilingol last summer for the Naadam festival. We watched wrestling and horse racing, and at night I saw more stars than I had seen since I was a child in the countryside.

Our professors take us to dairy farms and sheep ranches, where we learn to use ultrasound machines and to keep records of each animal on a computer. I have learned that a healthy herd is not only about good grass, but also about data.

In Hohhot I have also come to love milk tea with millet and dried beef, just like at home, though here the tea is a little saltier.

I hope that one day the knowledge I gained here will help herders in Mongolia raise healthier animals and earn more from them.

The author is a student from Mongolia at Inner Mongolia Agricultural University in Hohhot.
"""

_b = Builder()
f = _b.f
H = "2023-01/2023-06"
_b.ent("Inner Mongolia", "province")
f("78.6 gigawatts", 78.6, "GW", "level", "capacity", "2023-06", q={"sector": "new energy", "scope": "installed capacity"},
  n="'by the end of June' = 2023-06; the autonomous region is typed province (provincial-level region)")
f("38.2 percent", 38.2, "percent", "share", "capacity", "2023-06", q={"sector": "new energy", "scope": "share of total installed power capacity"})
f("9.4 GW", 9.4, "GW", "level", "capacity", H, q={"sector": "wind and solar power", "scope": "capacity added"})
f("61 percent", 61, "percent", "change", "capacity", H, d="up", b="yoy", q={"sector": "wind and solar power", "scope": "capacity added"})
f("52.6 billion yuan", 52.6e9, "CNY", "level", "investment", H, q={"sector": "wind and solar power"})
f("27.5 percent", 27.5, "percent", "change", "investment", H, d="up", b="yoy", q={"sector": "wind and solar power"},
  n="'an increase of' with no comparison named; basis carried from the previous sentence")
f("135 GW", 135, "GW", "level", "capacity", "2025", s="target", a=">", q={"sector": "new energy", "scope": "installed capacity"})
f("half", 50, "percent", "share", "capacity", "2025", s="target", a="~", q={"sector": "new energy", "scope": "share of installed power capacity"},
  n="'half' = 50 percent as in the visible gold")
f("3,000 hours", 3000, "hour", "level", "other", None, a=">", q={"scope": "hours of sunshine a year", "per": "year"},
  ent="Ordos", et="city", n="a climate attribute quoted by an engineer in Ordos; present tense: null")
f("1,000-kilovolt", 1000, "kV", "level", "other", None, q={"scope": "ultra-high voltage power line"}, n="voltage of a line is 'other'")
f("700 km", 700, "km", "level", "length", None, a=">", q={"scope": "distance the ultra-high voltage line can carry power"},
  n="'can move power over': capacity of the line stated as a length; present tense: null")
f("37", 37, "count", "level", "projects", None, c="project", q={"sector": "green hydrogen", "scope": "approved projects making hydrogen from wind and solar power"},
  n="present perfect with no time word: null (2023 defensible)")
f("68 billion yuan", 68e9, "CNY", "level", "investment", None, q={"sector": "green hydrogen"})
f("\\$9.4 billion", 9.4e9, "USD", "level", "investment", None, q={"sector": "green hydrogen"}, n="USD conversion")
f("480,000 tons", 480000, "t", "level", "capacity", None, s="target", q={"product": "green hydrogen", "per": "year"},
  n="'are expected to produce ... a year once completed': annual output of the projects as a forecast, read as capacity (production defensible); no date")
_b.ent("Ordos", "city")
f("1,260", 1260, "count", "level", "count", "2023-06", c="truck", q={"scope": "hydrogen-powered heavy trucks on the roads"})
f("10,000", 10000, "count", "level", "count", "2025", s="target", c="truck", q={"scope": "hydrogen-powered heavy trucks"})
f("4,000", 4000, "count", "level", "count", None, a=">", c="turbine", q={"scope": "wind turbines"}, ent="Ulanqab", et="city",
  n="photo caption; present tense: null")
_b.ent("Inner Mongolia", "province")
f("7.3 percent", 7.3, "percent", "change", "gdp", H, d="up", b="yoy")
f("1.14 trillion yuan", 1.14e12, "CNY", "level", "gdp", H)
f("third", 3, "rank", "rank", "gdp", H, q={"scope": "GDP growth rate among China's provincial-level regions"})
f("6.4 percent", 6.4, "percent", "change", "gdp", "2023-01/2023-03", d="up", b="yoy", n="'from a year earlier' = yoy")
f("8.2 percent", 8.2, "percent", "change", "value_added", H, d="up", b="yoy", q={"scope": "industrial enterprises above designated size"},
  n="period and basis carried from the article's first half")
f("22.6 percent", 22.6, "percent", "change", "investment", H, d="up", b="yoy", q={"scope": "fixed-asset investment"})
f("97.9 billion yuan", 97.9e9, "CNY", "level", "trade", H)
f("39.8 percent", 39.8, "percent", "change", "trade", H, d="up", b="yoy")
f("45.1 percent", 45.1, "percent", "change", "exports", H, d="up", b="yoy", n="basis carried")
f("38.5 billion yuan", 38.5e9, "CNY", "level", "exports", H)
f("36.5 percent", 36.5, "percent", "change", "imports", H, d="up", b="yoy", n="basis carried")
f("59.4 billion yuan", 59.4e9, "CNY", "level", "imports", H)
f("31.2 billion yuan", 31.2e9, "CNY", "level", "trade", H, q={"partner": "Mongolia"})
f("31.9 percent", 31.9, "percent", "share", "trade", H, q={"partner": "Mongolia"})
_b.ent("Erenhot", "city")
f("9.6 million tons", 9.6e6, "t", "level", "production", H, q={"scope": "freight handled at the land port"},
  n="freight tonnage handled = shipments (production), as dev2; entity the port city Erenhot")
f("54.3 percent", 54.3, "percent", "change", "production", H, d="up", b="yoy", q={"scope": "freight handled at the land port"}, n="basis carried")
f("1,470", 1470, "count", "level", "count", H, c="train", q={"scope": "China-Europe freight trains passing through the port"})
f("128", 128, "count", "change", "count", H, d="up", b="yoy", c="train", q={"scope": "China-Europe freight trains passing through the port"},
  n="'128 more than a year earlier': absolute increase, kind change with unit count")
_b.ent("Inner Mongolia", "province")
f("4.2 percent", 4.2, "percent", "change", "gdp", "2022", d="up", b="unspecified", n="'grew ... last year' with no comparison named; yoy defensible")
f("2.32 trillion yuan", 2.32e12, "CNY", "level", "gdp", "2022")
_b.ent("Qingcheng Dairy", "company")
f("11.8 percent", 11.8, "percent", "change", "revenue", "2022", d="up", b="unspecified", n="'rose ... last year', no comparison named")
f("41.7 billion yuan", 41.7e9, "CNY", "level", "revenue", "2022")
f("3.2 billion yuan", 3.2e9, "CNY", "level", "other", "2022", q={"scope": "net profit"}, n="net profit has no indicator id: other")
f("6,500 tons", 6500, "t", "level", "capacity", None, q={"product": "raw milk", "scope": "processing capacity", "per": "day"})
f("14", 14, "count", "level", "count", None, c="plant", q={"scope": "dairy plants in the region"})
f("186", 186, "count", "level", "count", None, c="ranch", q={"scope": "ranches supplying milk"})
f("9,000", 9000, "count", "level", "households", None, a="~", c="household", q={"scope": "farming households supplying milk"})
f("52", 52, "count", "level", "enterprises", None, c="cooperative", q={"scope": "dairy cooperatives helped to buy equipment"},
  n="cooperatives are enterprises per indicators.yaml; present perfect: null")
f("20", 20, "count", "level", "count", None, c="cow", q={"scope": "herd size of a farmer in a quoted example"},
  n="a hypothetical example in a quote, kept as a stated count; ambiguous whether a figure at all")
_b.ent("Hohhot", "city")
f("152 billion yuan", 152e9, "CNY", "level", "output_value", "2022", q={"sector": "dairy"})
f("300 billion yuan", 300e9, "CNY", "level", "output_value", "2025", s="target", a=">", q={"sector": "dairy"})
_b.ent("Inner Mongolia", "province")
f("1.6 million", 1.6e6, "count", "level", "count", "2022", c="cow", q={"scope": "dairy cows"}, n="'at the end of last year' = 2022")
f("7.3 million tons", 7.3e6, "t", "level", "production", "2022", q={"product": "milk"})
f("one-fifth", 20, "percent", "share", "production", "2022", a="~", q={"product": "milk", "scope": "share of national output"},
  n="'one-fifth' recorded as 20 percent")
f("1.5 billion yuan", 1.5e9, "CNY", "level", "rd_spending", "2023/2026", s="target", ent="Qingcheng Dairy", et="company", q={"scope": "research spending over the next three years"},
  n="sentence continued after the photo caption; 'over the next three years' from August 2023 read as 2023/2026 (null defensible)")
_b.ent("Tongliao", "city")
f("113,000 hectares", 113000, "ha", "level", "area", "2022", q={"scope": "land planted with trees and grass"})
f("21.8 percent", 21.8, "percent", "share", "area", "2022", q={"scope": "forest coverage rate"},
  n="coverage rate as a share of land area")
f("12.1 percent", 12.1, "percent", "share", "area", "2000", q={"scope": "forest coverage rate"}, n="the earlier level, dated 'in 2000'")
_b.ent("Naiman Banner", "county")
f("86,000 yuan", 86000, "CNY", "level", "income", "2022", a="~", q={"scope": "earnings of herder Wurigen's family"},
  n="a banner is a county-level division: entity_type county")
f("8,200", 8200, "count", "level", "households", None, c="household", q={"scope": "herding households"})
f("460 million yuan", 460e6, "CNY", "level", "public_funding", "2016/2023", q={"scope": "grassland protection subsidies"},
  n="'since 2016' up to publication: 2016/2023")
f("19,350 yuan", 19350, "CNY", "level", "income", "2022", q={"scope": "per capita disposable income of rural and pastoral residents"})
f("7.1 percent", 7.1, "percent", "change", "income", "2022", d="up", b="unspecified", q={"scope": "per capita disposable income of rural and pastoral residents"})
_b.ent("Tongliao", "city")
f("400,000 hectares", 400000, "ha", "level", "area", "2021/2025", s="target", q={"scope": "sandy land to be treated"},
  n="'Under the 14th Five-Year Plan' with no date: the plan span 2021/2025")
_b.ent("Ordos", "city")
f("10,000", 10000, "count", "level", "count", "2025", s="target", c="truck", q={"scope": "hydrogen-powered heavy trucks"},
  n="pull quote repeating the body figure")
_b.ent("Inner Mongolia Agricultural University", "organization")
f("two years", 2, "year", "level", "duration", None, q={"scope": "Enkhjargal Bold's time studying in Hohhot"}, n="personal duration in a student essay")
f("63", 63, "count", "level", "population", None, c="student", q={"scope": "students from Mongolia at the university"})
FACTS = _b.facts
