from ._b import Builder

DOC = "dev8_02_bac_ninh.txt"
PUBLISHED = "2025-03-12"
SOURCE = "regional business page, Bac Ninh, Vietnam (written for the Tally dev8 set)"

TEXT = r"""NORTHERN VIETNAM BUSINESS

Bac Ninh bets on chips as phone boom matures

BAC NINH, Vietnam, March 11 (Reuters) - Bac Ninh, a province of about [[1.5 million]] people on the northern edge of Hanoi, is trying to move its factories from assembling phones to making the parts inside them, as growth in its biggest plants levels off.

The province's gross regional domestic product rose [[6.9%]] last year to [[251.6 trillion dong]] ([[\$9.9 billion]]), the provincial statistics office said, a long way below the double-digit rates it posted for most of the past decade.

Exports totalled [[\$54.2 billion]], up [[4.1%]] from 2023, with phones and electronic components making up about [[85%]] of the total.

Bac Ninh ranked [[third]] among Vietnam's provinces and cities for foreign direct investment last year, drawing [[\$4.6 billion]] in new and expanded projects, up from [[\$1.4 billion]] in 2019. The province aims to attract [[\$5 billion]] this year and wants at least [[30%]] of it to go into semiconductors and electronic components.

"We do not want to be known only as the place where phones are put together," said Nguyen Van Thanh, deputy director of the provincial department of planning and investment. "By 2030 chips and components should make up at least [[40%]] of our industrial output value. Today it is about [[12%]]."

Seorin Optics Vina, the Vietnamese arm of a South Korean camera module maker, said on Monday it would invest a further [[\$620 million]] in its plant in the Gia Binh Tech Park, lifting annual capacity to [[180 million]] modules by the end of 2026. The company, which had revenue of [[\$2.1 billion]] last year, plans to hire [[3,000]] more workers, taking its workforce to about [[11,000]].

"Our customers want modules made outside China, and they want them quickly," general director Park Ji-hoon told Reuters. "Orders for this year are already [[30%]] above last year's."

A line worker at the plant earns about [[9 million dong]] ([[\$354]]) a month with overtime, roughly [[twice]] Vietnam's minimum wage of [[4.96 million dong]] for the zone that includes Bac Ninh, which rose [[6%]] last July.

Industrial land is getting scarce. Rents for factory land in the province averaged [[\$158]] per square metre for the remaining lease term at the end of last year, up [[9%]] year-on-year, according to Red River Property Advisers, and about [[92%]] of the leasable land in its operating industrial parks has been taken.

Developers say the squeeze is pushing newer investors to neighbouring Bac Giang and Thai Nguyen, where land is cheaper but roads and power lines are thinner. Several companies in the province were forced to cut shifts during the power shortages of the summer of 2023, and managers still ask officials about grid upgrades before they sign anything.

(Reporting by Tran Minh Khoa; Editing by Sarah Lindqvist)

Bac Ninh Jan-Feb industrial output up [[9.5%]] y/y

HANOI, March 4 (Reuters) - Industrial production in Bac Ninh province rose [[9.5%]] in the first two months of 2025 from a year earlier, the provincial statistics office said on Tuesday.

Exports in the period fell [[2.1%]] to [[\$8.3 billion]] as factories closed for up to [[nine days]] over the Lunar New Year holiday, while imports rose [[5.4%]] to [[\$7.1 billion]], leaving a trade surplus of [[\$1.2 billion]].

Retail and services takings rose [[11.8%]] to [[VND24.7 trillion]] ([[\$972 million]]).

Officials said the fall in exports reflected the timing of the holiday, which came in late January this year, and pointed to stronger orders from phone and laptop makers for the second quarter.

(Reporting by Le Thu Trang; Editing by Ed Hardcastle)

Woodcarvers of Dong Ky look north for buyers

By Nguyen Thu Ha

TU SON - In Dong Ky, the furniture village on the edge of Tu Son city, the sound of saws starts before dawn. Trucks squeeze through lanes barely wide enough for a motorbike, and half-finished altars and wardrobes stand stacked against the walls of family homes, waiting for lacquer.

The village's [[400]]-odd workshops sold furniture and carvings worth [[VND4.2 trillion]] last year, up [[18 per cent]] on 2023, according to the Tu Son city people's committee. Buyers in China took about [[60 per cent]] of it, and the rest went to Vietnamese homes, hotels and temples.

Do Van Lam, who runs Phuc Lam Furniture with his sons, employs [[35]] carpenters. "A set of carved rosewood chairs and a table sells for [[VND80m to VND150m]], depending on the wood. Five years ago we sold mostly in Hanoi. Now [[half]] of our orders come from Guangxi and Yunnan," he said. "Our sales last year were about [[VND26bn]]."

Young carvers are hard to keep. Lam trains apprentices himself, but many leave for factory jobs with regular hours, health insurance and air-conditioned canteens. "My grandfather carved dragons for pagodas. My grandsons want to work at a desk," he said.

Timber costs have climbed. Lam said imported rosewood now costs him around [[VND45m]] a cubic metre, [[1.5 times]] what he paid in 2021.

The city wants to move the noisiest workshops out of the village's narrow lanes. It has set aside [[12 hectares]] for a woodworking cluster, and the provincial government has allocated [[VND450bn]] for roads, drainage and a fire station there, to be finished by the end of next year.

Finding workers is harder still. Bac Ninh's industrial parks employ about [[380,000]] people, more than [[70 per cent]] of them women from other provinces, and many of them rent rooms in villages around the parks for [[VND1.2-1.8 million]] a month.

The province plans to build [[25,000]] social housing flats for factory workers by 2030. Only [[3,600]] had been completed by the end of last year, the provincial construction department said.



A worker carves a rosewood panel in a workshop in Dong Ky village, Tu Son city. The village's workshops sold goods worth [[VND4.2 trillion]] last year.

Yen Phong, once rice fields, now an export powerhouse

By Nguyen Thu Ha

Twenty years ago Yen Phong district was mostly rice paddies. Last year it shipped goods worth [[\$31.5 billion]] abroad, about [[58 per cent]] of the province's exports and [[three times]] its 2015 level.

Its industrial parks now run almost to the edge of the Cau river dykes, and the old market town at their centre has filled with noodle shops, phone repair stalls and dormitories. The district's budget for schools and clinics will rise to [[VND1.3 trillion]] this year, from [[VND950 billion]], the district's chairman Ngo Quang Hieu said.

"Land for another park is ready. The companies in the queue want more than [[300 hectares]], and we can offer [[180]]," Hieu said. "We will have to say no to some of them, which is a new experience for us."

Trade surplus of [[\$1.2 billion]] in the first two months
"""

_b = Builder()
f = _b.f
M2 = "2025-01/2025-02"
_b.ent("Bac Ninh", "province")
f("1.5 million", 1.5e6, "count", "level", "population", None, a="~", c="person",
  n="a Vietnamese province typed province; 'a province of about 1.5 million people': present appositive, null; 'March 11' in the dateline is a date")
f("6.9%", 6.9, "percent", "change", "gdp", "2024", d="up", b="yoy",
  n="gross regional domestic product (GRDP) = gdp; 'last year' in a 2025-03-12 page = 2024; 'rose ... last year' = growth on the year before, yoy")
f("251.6 trillion dong", 251.6e12, "VND", "level", "gdp", "2024", n="Vietnamese dong = VND")
f("\\$9.9 billion", 9.9e9, "USD", "level", "gdp", "2024", n="USD conversion carries the dong figure's fields; 'double-digit rates' and 'the past decade' are not numbers")
f("\\$54.2 billion", 54.2e9, "USD", "level", "exports", "2024", n="period carried from the paragraph before ('last year')")
f("4.1%", 4.1, "percent", "change", "exports", "2024", d="up", b="yoy", n="'up 4.1% from 2023' for a 2024 figure = yoy (bench/dev's 'up on 2020')")
f("85%", 85, "percent", "share", "exports", "2024", a="~", q={"product": "phones and electronic components", "scope": "share of exports"})
f("third", 3, "rank", "rank", "investment", "2024", q={"scope": "foreign direct investment among Vietnam's provinces and cities"})
f("\\$4.6 billion", 4.6e9, "USD", "level", "investment", "2024", q={"scope": "foreign direct investment, new and expanded projects"})
f("\\$1.4 billion", 1.4e9, "USD", "level", "investment", "2019", q={"scope": "foreign direct investment, new and expanded projects"},
  n="'up from ... in 2019': the earlier level")
f("\\$5 billion", 5e9, "USD", "level", "investment", "2025", s="target", q={"scope": "foreign direct investment"},
  n="'aims to attract ... this year': target 2025")
f("30%", 30, "percent", "share", "investment", "2025", s="target", a=">=",
  q={"sector": "semiconductors and electronic components", "scope": "share of foreign direct investment"},
  n="'wants at least 30% of it to go into': a share of the targeted FDI, target 2025, 'at least' = >=")
f("40%", 40, "percent", "share", "output_value", "2030", s="target", a=">=",
  q={"sector": "chips and components", "scope": "share of industrial output value"},
  n="official's quote: 'By 2030 ... should make up at least'")
f("12%", 12, "percent", "share", "output_value", "2025", a="~",
  q={"sector": "chips and components", "scope": "share of industrial output value"},
  n="'Today it is about 12%': today = publication year 2025")
_b.ent("Seorin Optics Vina", "company")
f("\\$620 million", 620e6, "USD", "level", "investment", None, s="target", q={"scope": "expansion of its plant in the Gia Binh Tech Park"},
  n="'would invest a further': a planned investment, target; no date for the money itself: null ('by the end of 2026' dates the capacity; 2026 defensible)")
f("180 million", 180e6, "count", "level", "capacity", "2026-12", s="target", c="module", q={"product": "camera modules", "per": "year"},
  n="'lifting annual capacity to ... by the end of 2026' = 2026-12 (2026 defensible)")
f("\\$2.1 billion", 2.1e9, "USD", "level", "revenue", "2024", n="'which had revenue of ... last year'")
f("3,000", 3000, "count", "change", "jobs", None, d="up", b="unspecified", s="target", c="person", q={"scope": "workers"},
  n="'plans to hire 3,000 more workers': a planned increase, change up target (dev5 call 6 has a planned cut as change); no date: null")
f("11,000", 11000, "count", "level", "jobs", None, s="target", a="~", c="person", q={"scope": "workforce"},
  n="'taking its workforce to about 11,000': the planned level, target, null")
f("30%", 30, "percent", "change", "orders", "2025", d="up", b="yoy",
  n="quote: 'Orders for this year are already 30% above last year's' = orders for 2025 vs 2024, yoy; actual ('already'), the orders booked so far")
f("9 million dong", 9e6, "VND", "level", "income", None, a="~", q={"scope": "monthly earnings of a line worker with overtime", "per": "month"},
  n="monthly wage: plain currency with per: month (dev7 call 2); present tense: null")
f("\\$354", 354, "USD", "level", "income", None, a="~", q={"scope": "monthly earnings of a line worker with overtime", "per": "month"},
  n="USD conversion carries the dong figure's fields (approx included)")
f("twice", 2, "times", "ratio", "income", None, a="~", q={"scope": "line worker's earnings compared with the minimum wage"},
  n="'roughly twice the minimum wage': a multiple of another thing = ratio")
_b.ent("Vietnam", "country")
f("4.96 million dong", 4.96e6, "VND", "level", "income", "2024-07", q={"scope": "minimum wage in the zone that includes Bac Ninh", "per": "month"},
  n="the national minimum wage: entity Vietnam; its level since the rise 'last July' = 2024-07 (null defensible); 'a month' carried from the sentence")
f("6%", 6, "percent", "change", "income", "2024-07", d="up", b="unspecified", q={"scope": "minimum wage in the zone that includes Bac Ninh"},
  n="'which rose 6% last July': a step rise on a date, no comparison period named: unspecified (yoy defensible)")
_b.ent("Bac Ninh", "province")
f("\\$158", 158, "USD/m2", "level", "price", "2024-12", q={"scope": "average industrial land rent for the remaining lease term"},
  n="'per square metre' = USD/m2; 'at the end of last year' = 2024-12")
f("9%", 9, "percent", "change", "price", "2024-12", d="up", b="yoy", q={"scope": "average industrial land rent"})
f("92%", 92, "percent", "share", "area", "2025", a="~", q={"scope": "share of leasable land in operating industrial parks that is taken"},
  n="'has been taken' (present perfect) = now, 2025 (null defensible)")
f("9.5%", 9.5, "percent", "change", "output_value", M2, d="up", b="yoy", q={"scope": "industrial production"},
  n="headline of the short item: 'Jan-Feb' in a March 2025 item = 2025-01/2025-02, 'y/y' = yoy; industrial production index: output_value (value_added defensible)")
f("9.5%", 9.5, "percent", "change", "output_value", M2, d="up", b="yoy", q={"scope": "industrial production"},
  n="'in the first two months of 2025 from a year earlier'")
f("2.1%", 2.1, "percent", "change", "exports", M2, d="down", b="yoy", n="'in the period' = the first two months; yoy carried from the paragraph before")
f("\\$8.3 billion", 8.3e9, "USD", "level", "exports", M2)
f("nine days", 9, "day", "level", "duration", M2, a="<=", q={"scope": "factory closures over the Lunar New Year holiday"},
  n="'up to nine days' = <=; the holiday falls in the period")
f("5.4%", 5.4, "percent", "change", "imports", M2, d="up", b="yoy")
f("\\$7.1 billion", 7.1e9, "USD", "level", "imports", M2)
f("\\$1.2 billion", 1.2e9, "USD", "level", "trade", M2, q={"scope": "trade surplus"},
  n="a trade surplus: trade with scope (other defensible)")
f("11.8%", 11.8, "percent", "change", "revenue", M2, d="up", b="yoy", q={"sector": "retail and services"},
  n="retail and services takings = revenue of the sector")
f("VND24.7 trillion", 24.7e12, "VND", "level", "revenue", M2, q={"sector": "retail and services"},
  n="'VND' prefix spanned with the number and scale word")
f("\\$972 million", 972e6, "USD", "level", "revenue", M2, q={"sector": "retail and services"}, n="USD conversion")
_b.ent("Dong Ky village", "village")
f("400", 400, "count", "level", "enterprises", None, a="~", c="workshop", q={"sector": "furniture"},
  n="'400-odd workshops': '-odd' = about, outside the span (a counted-noun-style suffix); present description: null")
f("VND4.2 trillion", 4.2e12, "VND", "level", "revenue", "2024", q={"product": "furniture and carvings"})
f("18 per cent", 18, "percent", "change", "revenue", "2024", d="up", b="yoy", q={"product": "furniture and carvings"},
  n="'up 18 per cent on 2023' for a 2024 figure = yoy")
f("60 per cent", 60, "percent", "share", "exports", "2024", a="~", q={"partner": "China", "scope": "share of sales"},
  n="'Buyers in China took about 60 per cent of it': a share of sales sold abroad = exports share with partner (dev6 call 6)")
_b.ent("Phuc Lam Furniture", "company")
f("35", 35, "count", "level", "jobs", None, c="person", q={"scope": "carpenters"}, n="present tense: null; 'his two sons' not annotated (family description)")
f("VND80m to VND150m", 80e6, "VND", "level", "price", None, vh=150e6, q={"product": "set of carved rosewood chairs and a table"},
  n="a price range per set, spanned whole with value_high, 'depending on the wood'; 'm' = million; present tense: null")
f("half", 50, "percent", "share", "orders", "2025", q={"partner": "China (Guangxi and Yunnan)", "scope": "share of orders"},
  n="'Now half of our orders come from Guangxi and Yunnan': now = 2025; orders from abroad, indicator orders (exports defensible); 'Five years ago' is a time frame")
f("VND26bn", 26e9, "VND", "level", "revenue", "2024", a="~", n="'Our sales last year were about': 'bn' = billion")
f("VND45m", 45e6, "VND/m3", "level", "price", "2025", a="~", q={"product": "imported rosewood"},
  n="'now costs him around ... a cubic metre' = VND/m3 (per-unit form), now = 2025")
f("1.5 times", 1.5, "times", "change", "price", "2025", d="up", b="since", q={"product": "imported rosewood"},
  n="'1.5 times what he paid in 2021': a multiple of the same price at a named earlier time = change/since")
_b.ent("Tu Son", "city")
f("12 hectares", 12, "ha", "level", "area", None, q={"scope": "land set aside for a woodworking cluster"},
  n="'has set aside': no time word, null (2025 defensible)")
_b.ent("Bac Ninh", "province")
f("VND450bn", 450e9, "VND", "level", "public_funding", None, q={"scope": "roads, drainage and a fire station for the Tu Son woodworking cluster"},
  n="the giver (the provincial government) as entity (dev6 call 3); 'has allocated' with no time word: null; 'to be finished by the end of next year' dates the works, not the money (2026 defensible)")
f("380,000", 380000, "count", "level", "jobs", None, a="~", c="person", q={"scope": "employees of industrial parks"},
  n="present tense: null")
f("70 per cent", 70, "percent", "share", "jobs", None, a=">", q={"scope": "share of industrial-park workers who are women from other provinces"},
  n="'more than 70 per cent of them' = >")
f("VND1.2-1.8 million", 1.2e6, "VND", "level", "price", None, vh=1.8e6, q={"product": "rented rooms near industrial parks", "per": "month"},
  n="a range written with a hyphen before one scale word, spanned whole: low 1.2 million, high 1.8 million; rent paid each month: plain currency with per: month (dev7's Calama rents)")
f("25,000", 25000, "count", "level", "production", "2030", s="target", c="home", q={"scope": "social housing flats for factory workers"},
  n="homes to be built = production counted home (dev6 call 7), target 2030")
f("3,600", 3600, "count", "level", "production", "2024-12", c="home", q={"scope": "social housing flats completed"},
  n="'Only 3,600 had been completed by the end of last year' = 2024-12 (cumulative)")
_b.ent("Dong Ky village", "village")
f("VND4.2 trillion", 4.2e12, "VND", "level", "revenue", "2024", q={"product": "furniture and carvings"},
  n="photo caption repeating the body figure (this page has no photo credit: a wire/local-paper page)")
_b.ent("Yen Phong district", "district")
f("\\$31.5 billion", 31.5e9, "USD", "level", "exports", "2024", n="'shipped goods worth ... abroad' = exports; 'Twenty years ago' is a time frame")
f("58 per cent", 58, "percent", "share", "exports", "2024", a="~", q={"scope": "share of the province's exports"})
f("three times", 3, "times", "change", "exports", "2024", d="up", b="since",
  n="'three times its 2015 level': a multiple of the same thing's earlier level = change/since (bench/dev)")
f("VND1.3 trillion", 1.3e12, "VND", "level", "public_funding", "2025", s="target", q={"scope": "budget for schools and clinics"},
  n="'will rise to ... this year': a budget set for 2025, target")
f("VND950 billion", 950e9, "VND", "level", "public_funding", "2024", q={"scope": "budget for schools and clinics"},
  n="'from VND950 billion': the earlier level, last year's budget (2024)")
f("300 hectares", 300, "ha", "level", "area", None, a=">", q={"scope": "land wanted by companies waiting for a new industrial park"},
  n="quote, present tense: null")
f("180", 180, "ha", "level", "area", None, q={"scope": "land the district can offer in its next industrial park"},
  n="a bare number whose unit (hectares) is carried from the same sentence; span the number alone")
_b.ent("Bac Ninh", "province")
f("\\$1.2 billion", 1.2e9, "USD", "level", "trade", M2, q={"scope": "trade surplus"}, n="pull quote at the foot of the page repeating the body figure")
FACTS = _b.facts
