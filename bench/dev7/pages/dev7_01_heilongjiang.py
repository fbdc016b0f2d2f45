from ._b import Builder

DOC = "dev7_01_heilongjiang.txt"
PUBLISHED = "2025-11-20"
SOURCE = "regional newspaper supplement page, Heilongjiang (written for the Tally dev7 set)"

TEXT = r"""Heilongjiang picks up speed as harvest, ice and trade pull together



Northeastern province beats expectations in the first three quarters, with border trade and winter tourism adding momentum

By SUN XIAOFENG in Harbin

Heilongjiang province's GDP grew [[5.1 percent]] year-on-year to [[1.18 trillion yuan]] ([[\$165.7 billion]]) in the first three quarters of this year, the provincial bureau of statistics said last week.

Growth in the third quarter alone reached [[5.6 percent]] from a year earlier, the quickest quarterly pace in four years, helped by an early harvest and a busy summer in the province's forests and lake resorts.

Fixed-asset investment rose [[7.4 percent]] in the nine months, with much of the new money going into grain storage, power lines and the upgrading of older plants.

"For a long time people summed us up as grain and oil. Those are still our foundations, but ice and snow and the Russian market are no longer side stories," said Wang Lihua, a researcher at the Heilongjiang Academy of Social Sciences.

Foreign trade totaled [[236.4 billion yuan]] in the first 10 months, up [[3.2 percent]] year-on-year, according to Harbin Customs. Russia accounted for [[68 percent]] of the total, and trade with the northern neighbor rose [[5.7 percent]] to [[160.8 billion yuan]].

Heilongjiang shares a [[3,045-kilometer]] border with Russia, and most of its ports open to foreign trade sit along the Heilongjiang and Wusuli rivers. Crude oil, timber, seafood and fertilizer come south; cars, machinery, clothing and fruit go north.

"We want trade with Russia to pass [[200 billion yuan]] a year by 2027, and we want more of it to be processed here rather than just passing through," said Zhou Yaping, deputy director of the provincial department of commerce.

Zhao Ming contributed to this story.

Black soil delivers another bumper year

By LIU QIAN in Qiqihar

Combines had finished their work across most of Heilongjiang by late October, and the province expects this year's grain output to top [[81 million metric tons]], the provincial department of agriculture and rural affairs said.

That would keep Heilongjiang [[first]] among China's provincial-level regions in grain production, a position it has held since 2011. Last year it produced [[80.01 million tons]], or [[11.3 percent]] of the national total.

Soybeans were planted on about [[3.6 million hectares]] this year, nearly [[half]] of the country's soybean area.

Much of the province's farmland lies on black soil, a deep layer rich in organic matter that took millennia to form and can be blown or washed away within a few decades of careless plowing. Conservation tillage, which leaves crop stalks on the fields over winter to shield the soil, covered [[3.2 million hectares]] this year, up from [[1.1 million hectares]] in 2020.

Keshan county, known across the northeast for its potatoes, harvested [[1.28 million tons]] of grain last year. In the county's Shuangfeng village, a farm machinery cooperative set up by Tian Baoshan, 49, works [[2,300 hectares]] of land leased from [[416]] households. It pays them rent of [[9,000 yuan]] a hectare a year, and members also share in its profits when the books are closed in December.

"Ten years ago every family worked its own strips with a small tractor. Now [[38]] big machines do the job, and most of the younger people have found work in town or at the county's food plants," Tian said. His corn yielded about [[11.2 tons]] a hectare this year, [[1.5 tons]] more than the county average.



Combine harvesters bring in corn on cooperative fields in Keshan county, Heilongjiang province. The province expects its grain output to top [[81 million metric tons]] this year. HAN BING / FOR CHINA DAILY

Chen Lu contributed to this story.

Harbin gears up for another crowded winter

By ZHANG MEI in Harbin

Work crews on the banks of the Songhua River are laying out the grid for this year's ice sculptures, waiting for the river to freeze thick enough to cut.

Last winter's season, which ran from November to March and included the Asian Winter Games in February, brought Harbin [[90.4 million]] tourist visits and tourism revenue of [[137.2 billion yuan]], up [[22 percent]] and [[28.5 percent]] respectively on the season before, the city's culture and tourism bureau said.

Harbin Ice and Snow World, the city's best-known attraction, will cover [[1.2 million square meters]] when it opens in mid-December, [[a fifth]] more than last winter.

The boom has reached factories, too. In Songbei district, Beiguo Snow Sports Equipment made [[186,000]] pairs of skis in the first 10 months, [[2.4 times]] as many as in the same period of 2023. Its sales are expected to reach [[650 million yuan]] this year, about [[a third]] of it from buyers in Russia, Kazakhstan and Mongolia.

"We had [[260]] workers in 2022. Now we have more than [[700]], and in autumn we still struggle to keep up with orders," said Qu Hongwei, the company's general manager. He said the company is testing skis made with flax fiber grown in the province.



Visitors pose among ice sculptures at Harbin Ice and Snow World last winter. The city received [[90.4 million]] tourist visits during the season. YANG JIAN / FOR CHINA DAILY

Oil city looks beyond the wellhead

By WANG HAORAN in Daqing

Daqing's oilfields pumped [[29.8 million metric tons]] of crude last year, down from a peak of [[56.2 million tons]] in 1997. Engineers now inject water, polymers and carbon dioxide to squeeze more out of ageing reservoirs.

Oil, gas and petrochemicals make up about [[58 percent]] of the city's industrial output value, compared with [[86 percent]] in 2015. The city government plans to raise the share of new materials, biomedicine and digital industries to [[40 percent]] by 2030.

Beihua New Materials, which turns ethane from the oilfield into high-grade polyethylene, started a line with annual capacity of [[1.2 million tons]] in March. Its revenue reached [[8.6 billion yuan]] in the first 10 months, up [[31 percent]] from a year earlier.

"A ton of our film-grade resin sells for about [[11,500 yuan]], almost [[twice]] what ordinary polyethylene fetches," said Meng Xiaodong, the company's deputy general manager. Most of it goes to makers of medical packaging and solar panel backsheets in the Yangtze River Delta.

The Daqing High-tech Industrial Development Zone, home to about [[1,150]] companies, reported industrial output value of [[126.7 billion yuan]] last year and expects growth of [[8 to 10 percent]] this year, zone officials said. Its newest tenants make drone parts, biodegradable plastics and feed additives from corn, a sign that the city's planners are trying to tie the petro-

chemical base to the farms around it.

Ma Jun contributed to this story.

Trucks keep a border bridge busy

By LI NA in Heihe

Cargo through Heihe's highway port, at the Chinese end of a bridge across the Heilongjiang River to the Russian city of Blagoveshchensk, reached [[412,000 tons]] in the first 10 months of this year, up [[46 percent]] year-on-year. Trucks made [[58,600]] crossings in the period, the port's customs office said.

Gao Xuemei opened a trading kiosk near the river in 2014. Her company, Jinhe Border Trade, now sells vegetables, fruit and furniture to Russian wholesalers.

"In autumn we send about [[120 tons]] of vegetables across the bridge every day," Gao said. "This year our sales will pass [[300 million yuan]], up from [[40 million yuan]] in 2019."

Chinese tomatoes sold for about [[250 rubles]] ([[\$3.10]]) a kilogram in Blagoveshchensk markets this autumn, roughly [[three times]] the price in Heihe, traders said.

Trade with Russia rises [[5.7 percent]] in first 10 months
"""

_b = Builder()
f = _b.f
Q3 = "2025-01/2025-09"
M10 = "2025-01/2025-10"
SEASON = "2024-11/2025-03"
_b.ent("Heilongjiang", "province")
f("5.1 percent", 5.1, "percent", "change", "gdp", Q3, d="up", b="yoy",
  n="'the first three quarters of this year' in a 2025-11-20 page; 'last week' is the release date")
f("1.18 trillion yuan", 1.18e12, "CNY", "level", "gdp", Q3)
f("\\$165.7 billion", 165.7e9, "USD", "level", "gdp", Q3, n="USD conversion carries the yuan figure's fields")
f("5.6 percent", 5.6, "percent", "change", "gdp", "2025-07/2025-09", d="up", b="yoy",
  n="'in the third quarter alone ... from a year earlier'; 'in four years' is a time frame, not a fact")
f("7.4 percent", 7.4, "percent", "change", "investment", Q3, d="up", b="yoy", q={"scope": "fixed-asset investment"},
  n="'in the nine months' = the first three quarters; no basis word in the sentence, yoy carried from the paragraph before (as dev6; unspecified defensible)")
f("236.4 billion yuan", 236.4e9, "CNY", "level", "trade", M10, n="'the first 10 months' of 2025")
f("3.2 percent", 3.2, "percent", "change", "trade", M10, d="up", b="yoy")
f("68 percent", 68, "percent", "share", "trade", M10, q={"partner": "Russia", "scope": "share of foreign trade"})
f("5.7 percent", 5.7, "percent", "change", "trade", M10, d="up", b="yoy", q={"partner": "Russia"},
  n="'the northern neighbor' = Russia; no basis word in the clause, yoy carried from the sentence before (as dev6's Africa trade)")
f("160.8 billion yuan", 160.8e9, "CNY", "level", "trade", M10, q={"partner": "Russia"})
f("3,045-kilometer", 3045, "km", "level", "length", None, q={"scope": "border with Russia"},
  n="adjective form spanned whole (as dev6's '92-hectare'); present tense, no time word: null")
f("200 billion yuan", 200e9, "CNY", "level", "trade", "2027", s="target", a=">", q={"partner": "Russia", "per": "year"},
  n="a goal in an official's quote: 'want ... to pass ... a year by 2027'")
f("81 million metric tons", 81e6, "t", "level", "production", "2025", s="target", a=">", q={"product": "grain"},
  n="'expects this year's grain output to top': a forecast, target 2025, 'top' = >")
f("first", 1, "rank", "rank", "production", "2025", s="target", q={"product": "grain", "scope": "rank among China's provincial-level regions"},
  n="'That would keep Heilongjiang first': the rank that follows from the forecast, target 2025 (actual with null defensible: it has held the place since 2011); 'since 2011' is a time frame")
f("80.01 million tons", 80.01e6, "t", "level", "production", "2024", q={"product": "grain"}, n="'Last year' = 2024")
f("11.3 percent", 11.3, "percent", "share", "production", "2024", q={"product": "grain", "scope": "share of the national total"})
f("3.6 million hectares", 3.6e6, "ha", "level", "area", "2025", a="~", q={"product": "soybeans", "scope": "planted area"})
f("half", 50, "percent", "share", "area", "2025", a="~", q={"product": "soybeans", "scope": "share of the country's soybean area"},
  n="'nearly half' = 50 percent, approx ~, as the gold's 'half'")
f("3.2 million hectares", 3.2e6, "ha", "level", "area", "2025", q={"scope": "farmland under conservation tillage"})
f("1.1 million hectares", 1.1e6, "ha", "level", "area", "2020", q={"scope": "farmland under conservation tillage"}, n="'up from ... in 2020': the earlier level")
_b.ent("Keshan county", "county")
f("1.28 million tons", 1.28e6, "t", "level", "production", "2024", q={"product": "grain"}, n="'last year' = 2024")
_b.ent("Shuangfeng village", "village")
f("2,300 hectares", 2300, "ha", "level", "area", None, q={"scope": "land farmed by Tian Baoshan's farm machinery cooperative"},
  n="unnamed cooperative: entity the village (dev4-dev6); present tense: null; '49' after Tian Baoshan is an age")
f("416", 416, "count", "level", "households", None, c="household", q={"scope": "households leasing land to the cooperative"})
f("9,000 yuan", 9000, "CNY/ha", "level", "income", None, q={"scope": "land rent paid by the cooperative to households", "per": "year"},
  n="rent received by households: income per hectare (dev5: CNY/ha with per: year); price defensible")
f("38", 38, "count", "level", "count", "2025", c="machine", q={"scope": "large farm machines of the cooperative"},
  n="'Now' in a quote = 2025; 'Ten years ago' is a time frame")
f("11.2 tons", 11.2, "t/ha", "level", "production", "2025", a="~", q={"product": "corn", "scope": "yield of the cooperative"},
  n="'yielded about 11.2 tons a hectare': a yield, t/ha")
f("1.5 tons", 1.5, "t/ha", "ratio", "production", "2025", q={"product": "corn", "scope": "yield above the county average"},
  n="a comparison with something else (the county average): ratio, as dev3's 'more than the market price'")
_b.ent("Heilongjiang", "province")
f("81 million metric tons", 81e6, "t", "level", "production", "2025", s="target", a=">", q={"product": "grain"},
  n="photo caption repeating the body figure")
_b.ent("Harbin", "city")
f("90.4 million", 90.4e6, "count", "level", "population", SEASON, c="tourist visit", q={"scope": "tourist visits during the ice-and-snow season"},
  n="'Last winter's season, which ran from November to March' in a November 2025 page = 2024-11/2025-03")
f("137.2 billion yuan", 137.2e9, "CNY", "level", "revenue", SEASON, q={"sector": "tourism"}, n="tourism revenue: revenue")
f("22 percent", 22, "percent", "change", "population", SEASON, d="up", b="yoy", q={"scope": "tourist visits during the ice-and-snow season"},
  n="'up ... respectively on the season before': the same season a year earlier = yoy; first of a 'respectively' pair")
f("28.5 percent", 28.5, "percent", "change", "revenue", SEASON, d="up", b="yoy", q={"sector": "tourism"})
_b.ent("Harbin Ice and Snow World", "zone")
f("1.2 million square meters", 1.2e6, "m2", "level", "area", "2025-12", s="target",
  n="'will cover ... when it opens in mid-December': a planned size, target dated by the opening month; a theme park typed zone (company defensible)")
f("a fifth", 20, "percent", "change", "area", "2025-12", d="up", b="yoy", s="target",
  n="'a fifth more than last winter' = 20 percent rise on the previous season: change/yoy, target like the level")
_b.ent("Beiguo Snow Sports Equipment", "company")
f("186,000", 186000, "count", "level", "production", M10, c="pair", q={"product": "skis"})
f("2.4 times", 2.4, "times", "change", "production", M10, d="up", b="since", q={"product": "skis"},
  n="'2.4 times as many as in the same period of 2023': a multiple of a named earlier period two years back, change/since")
f("650 million yuan", 650e6, "CNY", "level", "revenue", "2025", s="target", n="'are expected to reach ... this year': target 2025")
f("a third", 33.3, "percent", "share", "exports", "2025", s="target", a="~",
  q={"partner": "Russia, Kazakhstan and Mongolia", "scope": "share of expected sales from foreign buyers"},
  n="'a third' = 33.3 percent (dev2); part of the expected sales, so target like them")
f("260", 260, "count", "level", "jobs", "2022", c="person", q={"scope": "workers"}, n="quote: 'We had 260 workers in 2022'")
f("700", 700, "count", "level", "jobs", "2025", a=">", c="person", q={"scope": "workers"}, n="'Now we have more than 700': now = 2025")
_b.ent("Harbin", "city")
f("90.4 million", 90.4e6, "count", "level", "population", SEASON, c="tourist visit", q={"scope": "tourist visits during the ice-and-snow season"},
  n="photo caption repeating the body figure, with the body's period")
_b.ent("Daqing", "city")
f("29.8 million metric tons", 29.8e6, "t", "level", "production", "2024", q={"product": "crude oil"}, n="'last year' = 2024")
f("56.2 million tons", 56.2e6, "t", "level", "production", "1997", q={"product": "crude oil", "scope": "peak output"},
  n="'down from a peak of ... in 1997': the earlier level, dated by its year")
f("58 percent", 58, "percent", "share", "output_value", None, a="~", q={"sector": "oil, gas and petrochemicals", "scope": "share of industrial output value"},
  n="present tense with no time word: null (2025 defensible)")
f("86 percent", 86, "percent", "share", "output_value", "2015", q={"sector": "oil, gas and petrochemicals", "scope": "share of industrial output value"},
  n="'compared with 86 percent in 2015': the earlier share, a share of its own")
f("40 percent", 40, "percent", "share", "output_value", "2030", s="target",
  q={"sector": "new materials, biomedicine and digital industries", "scope": "share of industrial output value"},
  n="'plans to raise the share ... to 40 percent by 2030'")
_b.ent("Beihua New Materials", "company")
f("1.2 million tons", 1.2e6, "t", "level", "capacity", "2025-03", q={"product": "polyethylene", "per": "year"},
  n="a line 'with annual capacity of' started 'in March' (2025): capacity added, dated by the start")
f("8.6 billion yuan", 8.6e9, "CNY", "level", "revenue", M10)
f("31 percent", 31, "percent", "change", "revenue", M10, d="up", b="yoy", n="'from a year earlier' = yoy")
f("11,500 yuan", 11500, "CNY/t", "level", "price", None, a="~", q={"product": "film-grade polyethylene resin"},
  n="'A ton of our ... resin sells for about': price per ton; present tense: null")
f("twice", 2, "times", "ratio", "price", None, a="~", q={"product": "film-grade polyethylene resin", "scope": "compared with ordinary polyethylene"},
  n="'almost twice what ordinary polyethylene fetches': a multiple of another thing's price, ratio (dev3/dev4)")
_b.ent("Daqing High-tech Industrial Development Zone", "zone")
f("1,150", 1150, "count", "level", "enterprises", None, a="~", c="company", n="appositive 'home to about': present state, null")
f("126.7 billion yuan", 126.7e9, "CNY", "level", "output_value", "2024", q={"scope": "industrial output value"})
f("8 to 10 percent", 8, "percent", "change", "output_value", "2025", vh=10, d="up", b="yoy", s="target", q={"scope": "industrial output value"},
  n="'expects growth of 8 to 10 percent this year': a forecast range; basis: the year's growth on last year's figure, yoy (unspecified defensible); 'petro-/chemical' is the page's word hyphenated across a blank line")
_b.ent("Heihe", "city")
f("412,000 tons", 412000, "t", "level", "production", M10, q={"scope": "cargo through the highway port"},
  n="port cargo tonnage: production of the port city (dev3 call 6)")
f("46 percent", 46, "percent", "change", "production", M10, d="up", b="yoy", q={"scope": "cargo through the highway port"})
f("58,600", 58600, "count", "level", "count", M10, c="truck crossing", q={"scope": "truck crossings of the bridge to Blagoveshchensk"},
  n="'in the period' = the first 10 months")
_b.ent("Jinhe Border Trade", "company")
f("120 tons", 120, "t", "level", "exports", None, a="~", q={"product": "vegetables", "partner": "Russia", "per": "day"},
  n="'In autumn we send about ... across the bridge every day': habitual, no dated period: null; sent across the border = exports")
f("300 million yuan", 300e6, "CNY", "level", "revenue", "2025", s="target", a=">",
  n="'This year our sales will pass': target 2025, '>'; '2014' (kiosk opened) is a date")
f("40 million yuan", 40e6, "CNY", "level", "revenue", "2019", n="'up from ... in 2019': the earlier level")
_b.ent("Blagoveshchensk", "city")
f("250 rubles", 250, "RUB/kg", "level", "price", "2025", a="~", q={"product": "Chinese tomatoes"},
  n="rubles = RUB; 'a kilogram' after the conversion gives the per-unit form; 'this autumn' = 2025 (season of the publication year); the Russian city is the market")
f("\\$3.10", 3.1, "USD/kg", "level", "price", "2025", a="~", q={"product": "Chinese tomatoes"}, n="USD conversion carries the ruble figure's fields")
f("three times", 3, "times", "ratio", "price", "2025", a="~", q={"product": "Chinese tomatoes", "scope": "compared with the price in Heihe"},
  n="'roughly three times the price in Heihe': a multiple of another place's price, ratio")
_b.ent("Heilongjiang", "province")
f("5.7 percent", 5.7, "percent", "change", "trade", M10, d="up", b="yoy", q={"partner": "Russia"},
  n="headline-foot pull quote repeating the body figure")
FACTS = _b.facts
