from ._b import Builder

DOC = "dev6_01_hunan.txt"
PUBLISHED = "2024-10-31"
SOURCE = "regional newspaper supplement page, Hunan (written for the Tally dev6 set)"

TEXT = r"""Hunan economy picks up speed in third quarter



Machinery exports, rail equipment and tea keep the province on course for its 2025 goals

By ZHAO LEI in Changsha

Hunan province's GDP grew [[4.6 percent]] year-on-year to [[3.89 trillion yuan]] ([[\$547 billion]]) in the first three quarters of this year, the provincial statistics bureau said on Monday.

The growth rate was [[0.3 percentage points]] higher than in the first half, as factories in Changsha and Zhuzhou filled more overseas orders over the summer. By economic size, Hunan ranks [[ninth]] among the country's provincial-level regions.

Industrial added value of major industrial firms rose [[7.1 percent]] year-on-year in the nine months, with equipment manufacturing up [[11.3 percent]].

Hunan's foreign trade totaled [[428.6 billion yuan]] ([[\$60.3 billion]]) from January to September, down [[2.8 percent]] from a year earlier, according to Changsha Customs. Exports made up [[62 percent]] of the total.

"Demand from Europe has been soft this year, but our companies have worked hard to find buyers in new markets," said a customs official in Changsha, who asked not to be named.

Trade with Africa bucked the trend, rising [[18.5 percent]] to [[43.2 billion yuan]]. Africa is now Hunan's [[third-largest]] trading partner, after the Association of Southeast Asian Nations and the European Union.

Much of that trade passes through Changsha, where the China-Africa Economic and Trade Expo has been held since 2019. Traders from Kenya and Ethiopia now fly in to buy chili sauce, farm machinery and solar lamps, while coffee, sesame and cashews from the continent fill warehouses in the city's free trade zone.

The provincial government aims to lift annual foreign trade above [[700 billion yuan]] by 2025, with trade with Africa reaching [[70 billion yuan]].

Liu Fang contributed to this story.

Cranes and pumps from Changsha head abroad

Capital's machinery makers lean on exports as building work at home slows

By ZHAO LEI in Changsha

Construction machinery has long been the calling card of Changsha, the provincial capital. The city's machinery cluster generated output value of [[268 billion yuan]] last year, about [[29 percent]] of the national total, and it now has more than [[420]] manufacturers and parts suppliers.

With housing construction slowing across China, the city's makers of excavators, cranes and concrete pumps have turned abroad. Their exports rose [[23.7 percent]] year-on-year in the first three quarters to [[41.9 billion yuan]].

Xiangjiang Heavy Industry, a maker of concrete pumps and crawler cranes in the Changsha Economic and Technological Development Zone, reported revenue of [[31.4 billion yuan]] in the first three quarters, up [[9.6 percent]] year-on-year. Overseas sales accounted for [[58 percent]] of the total, compared with [[41 percent]] three years ago.

The company sold [[640]] crawler cranes abroad in the period, and its plant in the zone can turn out [[110]] of the machines a month.

"Ten years ago almost all our cranes stayed in China. Now they work at ports, wind farms and railway sites in more than [[90]] countries," said Liu Yanping, 45, the company's deputy general manager.

It plans to spend [[2.6 billion yuan]] on research and development this year, much of it on electric and remote-controlled machines that buyers in Europe and the Middle East now ask for, she said.

Liu said competition from Japanese and European rivals remains fierce in mature markets, but customers in Southeast Asia and Africa value quick delivery and a service engineer who can arrive within days. "When a pump stops on a building site, the customer does not care where it was made. He cares how fast we can fix it," she said.

The development zone itself, set up in 1992, reported industrial output value of [[315 billion yuan]] last year. Its companies employ about [[170,000]] people.



A crawler crane made by Xiangjiang Heavy Industry is tested at the company's plant in Changsha, Hunan province. The company sold [[640]] such cranes abroad in the first three quarters. ZHOU MIN / FOR CHINA DAILY

Zhuzhou keeps the trains rolling

By PENG LIN in Zhuzhou

Zhuzhou, about [[50 kilometers]] south of Changsha, likes to call itself the cradle of China's electric locomo-

tives. Today the city's factories also build metro cars, maglev trains and the motors that drive them.

On a recent morning, workers at a plant on the edge of the city were fitting seats into a metro car bound for a Latin American capital. Engineers said each export order is designed around local rules on fire safety, platform height and climate.

Lukou Rail Transit Equipment, a State-owned manufacturer, delivered [[1,260]] metro cars in the first nine months of this year, [[1.5 times]] the number a year earlier. Its order book stood at [[48 billion yuan]] at the end of September, including contracts from Mexico, Turkiye and Malaysia.

The city's rail transit equipment industry, with more than [[300]] companies, reached output value of [[148 billion yuan]] last year. The city government wants that figure to exceed [[200 billion yuan]] by 2025.

Ouyang Yi contributed to this story.

Dark tea brings bright returns to Anhua

By TAN XIN in Yiyang

Anhua county in Yiyang city produced [[92,000 tons]] of dark tea last year, and the comprehensive output value of its tea industry, covering planting, processing, sales and tea tourism, reached [[26 billion yuan]].

Dark tea, which is fermented after it is pressed into bricks, was once carried by mule caravans from Anhua to the northwest and on to Central Asia. Demand faded for decades before health-conscious buyers in big cities rediscovered it.

Tea gardens in the mountainous county cover about [[24,000 hectares]], and the industry employs some [[360,000]] people, or [[36 percent]] of the county's residents.

Fu brick tea, the county's best-known product, sells for [[120 to 200 yuan]] a kilogram in Changsha shops. The county aims to raise the comprehensive output value of the industry to [[30 billion yuan]] by 2025.

In Gaojia village, high in the hills, tea farmer Chen Xiuying, 52, set up a cooperative in 2017. It now has [[138]] member households.

Last year each household received a dividend of [[6,400 yuan]] on top of wages for picking and processing. The village's per capita disposable income reached [[21,800 yuan]] that year, up from [[9,600 yuan]] in 2016.

"We used to sell fresh leaves to traders for [[3 yuan]] a kilo. Now we process them ourselves and earn [[four times]] as much from the same leaves," Chen said.

Holiday crowds return to Zhangjiajie

By TAN XIN in Zhangjiajie

Zhangjiajie, known for its sandstone pillars, received [[2.36 million]] tourist visits during the National Day holiday from Oct 1 to 7, up [[11.2 percent]] year-on-year, the city's culture and tourism bureau said. Tourism revenue during the week reached [[2.05 billion yuan]].

Foreign visitors numbered about [[86,000]], nearly [[double]] the figure a year earlier, helped by the country's wider visa-free entry.

Hotel managers said bookings from South Korea, Malaysia and Thailand were strong, and several scenic spots added guides who speak Korean and English. Local officials said they would extend the opening hours of cable cars and shuttle buses during the next peak season.



Tourists take in the view from a glass walkway in Zhangjiajie, Hunan province. The city received [[2.36 million]] tourist visits during the National Day holiday. WU QING / FOR CHINA DAILY

Hunan's GDP grows [[4.6 percent]] in first three quarters
"""

_b = Builder()
f = _b.f
Q3 = "2024-01/2024-09"
HOL = "2024-10-01/2024-10-07"
_b.ent("Hunan", "province")
f("4.6 percent", 4.6, "percent", "change", "gdp", Q3, d="up", b="yoy",
  n="'the first three quarters of this year' in a 2024-10-31 page; 'on Monday' is the release date")
f("3.89 trillion yuan", 3.89e12, "CNY", "level", "gdp", Q3)
f("\\$547 billion", 547e9, "USD", "level", "gdp", Q3, n="USD conversion carries the yuan figure's fields")
f("0.3 percentage points", 0.3, "percentage_point", "change", "gdp", Q3, d="up", b="since",
  q={"scope": "GDP growth rate compared with the first half"},
  n="the growth rate set against the same rate for an earlier period (the first half), not against another thing: change/since (ratio defensible, as the gold's gap between two rates)")
f("ninth", 9, "rank", "rank", "gdp", None, q={"scope": "economic size among China's provincial-level regions"},
  n="present tense with no time word: null (2024 defensible)")
f("7.1 percent", 7.1, "percent", "change", "value_added", Q3, d="up", b="yoy", q={"scope": "major industrial firms"},
  n="'in the nine months' = the first three quarters")
f("11.3 percent", 11.3, "percent", "change", "value_added", Q3, d="up", b="yoy",
  q={"scope": "major industrial firms", "sector": "equipment manufacturing"}, n="measure and basis carried from the clause before")
f("428.6 billion yuan", 428.6e9, "CNY", "level", "trade", Q3)
f("\\$60.3 billion", 60.3e9, "USD", "level", "trade", Q3, n="USD conversion")
f("2.8 percent", 2.8, "percent", "change", "trade", Q3, d="down", b="yoy", n="'down ... from a year earlier' = yoy")
f("62 percent", 62, "percent", "share", "exports", Q3, q={"scope": "share of foreign trade"})
f("18.5 percent", 18.5, "percent", "change", "trade", Q3, d="up", b="yoy", q={"partner": "Africa"},
  n="no 'year-on-year' in this clause; basis carried from the paragraph before (as the gold)")
f("43.2 billion yuan", 43.2e9, "CNY", "level", "trade", Q3, q={"partner": "Africa"})
f("third-largest", 3, "rank", "rank", "trade", "2024", q={"partner": "Africa", "scope": "Africa's rank among Hunan's trading partners"},
  n="'now' = publication year; span the whole ordinal adjective, as the gold's 'fourth-largest'")
f("700 billion yuan", 700e9, "CNY", "level", "trade", "2025", s="target", a=">", q={"per": "year"},
  n="'aims to lift annual foreign trade above ... by 2025'")
f("70 billion yuan", 70e9, "CNY", "level", "trade", "2025", s="target", q={"partner": "Africa"}, n="same goal, same date")
_b.ent("Changsha", "city")
f("268 billion yuan", 268e9, "CNY", "level", "output_value", "2023", q={"sector": "construction machinery"}, n="'last year' = 2023")
f("29 percent", 29, "percent", "share", "output_value", "2023", a="~", q={"sector": "construction machinery", "scope": "share of the national total"})
f("420", 420, "count", "level", "enterprises", "2024", a=">", c="company", q={"sector": "construction machinery", "scope": "manufacturers and parts suppliers"},
  n="'it now has': the cluster of the city; 'now' = 2024")
f("23.7 percent", 23.7, "percent", "change", "exports", Q3, d="up", b="yoy", q={"sector": "construction machinery"})
f("41.9 billion yuan", 41.9e9, "CNY", "level", "exports", Q3, q={"sector": "construction machinery"})
_b.ent("Xiangjiang Heavy Industry", "company")
f("31.4 billion yuan", 31.4e9, "CNY", "level", "revenue", Q3)
f("9.6 percent", 9.6, "percent", "change", "revenue", Q3, d="up", b="yoy")
f("58 percent", 58, "percent", "share", "exports", Q3, q={"scope": "overseas sales as a share of revenue"},
  n="'Overseas sales' = sold overseas: exports (indicators.yaml cue), a share of the revenue just given")
f("41 percent", 41, "percent", "share", "exports", "2021", q={"scope": "overseas sales as a share of revenue"},
  n="'three years ago' from a 2024 page = 2021 (the earlier share, a share of its own)")
f("640", 640, "count", "level", "exports", Q3, c="crane", q={"product": "crawler cranes"}, n="'sold abroad in the period' = exports in units")
f("110", 110, "count", "level", "capacity", None, c="crane", q={"product": "crawler cranes", "per": "month"},
  n="'can turn out 110 of the machines a month': monthly capacity, present tense, null")
f("90", 90, "count", "level", "count", "2024", a=">", c="country", q={"scope": "countries where its cranes work"},
  n="'Now' = 2024; 'Ten years ago' is a time frame; '45' after Liu Yanping is an age")
f("2.6 billion yuan", 2.6e9, "CNY", "level", "rd_spending", "2024", s="target", n="'plans to spend ... this year': a plan, target 2024")
_b.ent("Changsha Economic and Technological Development Zone", "zone")
f("315 billion yuan", 315e9, "CNY", "level", "output_value", "2023", n="'set up in 1992' is a date, not a fact")
f("170,000", 170000, "count", "level", "jobs", None, a="~", c="person", n="present tense, no time word: null")
_b.ent("Xiangjiang Heavy Industry", "company")
f("640", 640, "count", "level", "exports", Q3, c="crane", q={"product": "crawler cranes"}, n="photo caption repeating the body figure")
_b.ent("Zhuzhou", "city")
f("50 kilometers", 50, "km", "level", "length", None, a="~", q={"scope": "distance south of Changsha"},
  n="a stated distance (length); 'locomo-/tives' is the page's word hyphenated across a blank line")
_b.ent("Lukou Rail Transit Equipment", "company")
f("1,260", 1260, "count", "level", "production", Q3, c="metro car", q={"product": "metro cars", "scope": "delivered"},
  n="units delivered: production (physical shipments)")
f("1.5 times", 1.5, "times", "change", "production", Q3, d="up", b="yoy", q={"product": "metro cars", "scope": "delivered"},
  n="'1.5 times the number a year earlier' = change/yoy in times (dev4 judgment call 7)")
f("48 billion yuan", 48e9, "CNY", "level", "orders", "2024-09", q={"scope": "order book"}, n="'at the end of September' = 2024-09")
_b.ent("Zhuzhou", "city")
f("300", 300, "count", "level", "enterprises", None, a=">", c="company", q={"sector": "rail transit equipment"},
  n="appositive 'with more than 300 companies' on a past-tense sentence: present state, null (2023 defensible), as the gold's 'more than 160' businesses")
f("148 billion yuan", 148e9, "CNY", "level", "output_value", "2023", q={"sector": "rail transit equipment"})
f("200 billion yuan", 200e9, "CNY", "level", "output_value", "2025", s="target", a=">", q={"sector": "rail transit equipment"},
  n="'wants that figure to exceed ... by 2025'")
_b.ent("Anhua county", "county")
f("92,000 tons", 92000, "t", "level", "production", "2023", q={"product": "dark tea"})
f("26 billion yuan", 26e9, "CNY", "level", "output_value", "2023", q={"sector": "tea", "scope": "comprehensive output value incl. planting, processing, sales and tea tourism"})
f("24,000 hectares", 24000, "ha", "level", "area", None, a="~", q={"product": "tea gardens"})
f("360,000", 360000, "count", "level", "jobs", None, a="~", c="person", q={"sector": "tea"}, n="'some' = ~")
f("36 percent", 36, "percent", "share", "jobs", None, q={"sector": "tea", "scope": "share of the county's residents"})
f("120 to 200 yuan", 120, "CNY/kg", "level", "price", None, vh=200, q={"product": "Fu brick tea"},
  n="range; 'a kilogram' after the span gives the per-unit form (bench/dev README: CNY/kg)")
f("30 billion yuan", 30e9, "CNY", "level", "output_value", "2025", s="target", q={"sector": "tea", "scope": "comprehensive output value"})
_b.ent("Gaojia village", "village")
f("138", 138, "count", "level", "households", "2024", c="household", q={"scope": "member households of Chen Xiuying's tea cooperative"},
  n="'It now has': now = 2024; '52' is an age; 'in 2017' a date")
f("6,400 yuan", 6400, "CNY", "level", "income", "2023", q={"scope": "dividend of each member household of the cooperative", "per": "household"},
  n="'each household' as the gold's per-family income ('per': 'family')")
f("21,800 yuan", 21800, "CNY", "level", "income", "2023", q={"scope": "per capita disposable income"}, n="'that year' refers back to 'Last year' = 2023")
f("9,600 yuan", 9600, "CNY", "level", "income", "2016", q={"scope": "per capita disposable income"}, n="'up from ... in 2016': the earlier level")
f("3 yuan", 3, "CNY/kg", "level", "price", None, q={"product": "fresh tea leaves"},
  n="'used to sell ... for 3 yuan a kilo': an undated past price, null")
f("four times", 4, "times", "change", "income", "2024", d="up", b="unspecified", q={"scope": "earnings from the same leaves after processing them"},
  n="a multiple of the earlier earnings ('used to' vs 'Now'): change; earlier time unnamed: unspecified; 'Now' = 2024")
_b.ent("Zhangjiajie", "city")
f("2.36 million", 2.36e6, "count", "level", "population", HOL, c="tourist visit", q={"scope": "tourist visits during the National Day holiday"},
  n="'from Oct 1 to 7' in a 2024 page: a span of days; dates are not facts")
f("11.2 percent", 11.2, "percent", "change", "population", HOL, d="up", b="yoy", q={"scope": "tourist visits during the National Day holiday"})
f("2.05 billion yuan", 2.05e9, "CNY", "level", "revenue", HOL, q={"sector": "tourism"}, n="tourism revenue: revenue (bench/dev README call 6)")
f("86,000", 86000, "count", "level", "population", HOL, a="~", c="person", q={"scope": "foreign visitors during the holiday"})
f("double", 2, "times", "change", "population", HOL, d="up", b="yoy", a="~", q={"scope": "foreign visitors during the holiday"},
  n="'nearly double the figure a year earlier' = 2 times change/yoy ~ (dev4 judgment call 7)")
f("2.36 million", 2.36e6, "count", "level", "population", HOL, c="tourist visit", q={"scope": "tourist visits during the National Day holiday"},
  n="photo caption repeating the body figure")
_b.ent("Hunan", "province")
f("4.6 percent", 4.6, "percent", "change", "gdp", Q3, d="up", b="yoy", n="headline-foot pull quote repeating the body figure")
FACTS = _b.facts
