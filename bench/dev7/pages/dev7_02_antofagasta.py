from ._b import Builder

DOC = "dev7_02_antofagasta.txt"
PUBLISHED = "2024-09-19"
SOURCE = "regional business page, Antofagasta, Chile (written for the Tally dev7 set)"

TEXT = r"""Chile's copper heartland digs deeper as prices climb



Antofagasta's mines, lithium brine and desert sun draw fresh money, while water and housing strain the north

By MARCELA ROJAS in Antofagasta

The Antofagasta region produced [[2.61 million metric tons]] of copper last year, [[52 percent]] of the [[5.02 million tons]] mined in Chile, according to the Chilean Copper Commission.

Output rose [[4.2 percent]] year-on-year to [[1.36 million tons]] in the first half of this year, as a new concentrator near Calama reached full speed and the long decline in ore grades at older pits slowed.

Mining makes up about [[half]] of the region's GDP, which reached [[31.6 trillion pesos]] ([[\$37.6 billion]]) in 2023. Measured per person, the region ranks [[first]] among Chile's [[16]] regions, though officials point out that much of the profit leaves with the companies' shareholders.

The Atacama is among the driest places on Earth, and water has become the industry's tightest constraint. Most of the big mines now pump desalinated seawater up from the coast through pipelines that climb over the coastal range, an expensive business that adds heavily to their power bills.

Minera Cerro Quimal has spent [[\$1.9 billion]] on the new concentrator, which lifts the plant's capacity to [[185,000 tons]] of ore a day. The company produced [[212,000 tons]] of copper in concentrate in the first half, up [[18 percent]] on the same period last year, and sold it at an average of [[\$4.18]] a pound, up from [[\$3.86]] a year earlier.

"Our ore grade is now [[0.52 percent]] copper, down from [[0.9 percent]] when the mine opened in 2006. The rock is poorer, so we have to be smarter with every ton we move," said Andrés Saavedra, the mine's general manager.

The mine employs [[4,800]] people, about [[a third]] of them from Calama.

Mine workers in the region earn an average of [[2.3 million pesos]] ([[\$2,470]]) a month, more than [[four times]] Chile's minimum wage of [[500,000 pesos]], which took effect in July.

Companies plan to invest [[\$21.5 billion]] in mining projects in the region between 2024 and 2033, about [[32 percent]] of the national pipeline, the commission said in its latest survey.



Trucks haul ore at the Cerro Quimal open-pit mine near Calama, in Chile's Antofagasta region. The region produced [[2.61 million metric tons]] of copper last year. CRISTOBAL MENA / FOR CHINA DAILY

Paula Henriquez contributed to this story.

Lithium producer promises to go easy on the water

By DIEGO ARANCIBIA in San Pedro de Atacama

Chile is the world's [[second-largest]] producer of lithium after Australia, and almost all of it comes from brine pumped out from under the Atacama salt flat and left to evaporate in vast turquoise ponds.

Salinas del Loa Lithium produced [[46,000 tons]] of lithium carbonate equivalent last year, up [[9 percent]] from the year before. But the price slump has hit hard. The company now gets about [[\$10,800]] a ton for battery-grade lithium carbonate, down from more than [[\$70,000]] at the end of 2022, and its revenue in the first half fell [[61 percent]] to [[\$392 million]].

The company says it has cut the fresh water it draws from wells by [[40 percent]] since 2019 and is testing a process that returns the brine to the salt flat after the lithium is taken out.

Under its lease with the state development agency, it pays [[3.5 percent]] of its sales to the municipality of San Pedro de Atacama and [[18]] indigenous communities around the salt flat.

"The money has helped, nobody denies it. But the flamingos need the lagoons, and so do we," said Rosa Cruz, a community leader in the village of Toconao.

The government wants the state to take a controlling role in new lithium contracts, and companies in the salt flat are negotiating terms that will decide how they operate for decades. Managers say they expect prices to recover as electric car sales in China and Europe keep growing.

Desert sun powers a clean-energy push

By MARCELA ROJAS in Mejillones

The Antofagasta region had [[5.1 gigawatts]] of solar capacity at the end of June, about [[40 percent]] of the national total, the national grid operator said.

Not all of that power reaches customers. About [[6 percent]] of the solar and wind electricity generated in Chile in the first half was wasted because the lines carrying it south were full, up from [[2.4 percent]] in the same period of 2022.

Sol de Tocopilla Energy is building a [[480-megawatt]] solar plant near Maria Elena at a cost of [[\$560 million]]. Its batteries will let the plant sell power for [[five hours]] after sunset, when prices are highest, said Javiera Munoz, the company's project director. "The sun here is free and reliable. What we are short of is trans-

mission," she said.

In Mejillones, a consortium has applied for permits for a green hydrogen and ammonia plant that would produce [[160,000 tons]] of hydrogen a year by 2030. It would employ about [[1,200]] people once running.



Workers install panels at the site of Sol de Tocopilla Energy's [[480-megawatt]] solar plant near Maria Elena. CRISTOBAL MENA / FOR CHINA DAILY

Port keeps pace with the mines

By TOMAS ORTIZ in Mejillones

Down the coast road, Mejillones Bulk Terminal loads copper concentrate and cathodes for smelters and wire makers in China, Japan and South Korea. It handled [[3.4 million tons]] of cargo last year, up [[12 percent]] on the year before, and China took about [[58 percent]] of the copper that left through its berths.

"When I started here, most of our ships sailed for Europe. Today almost all of them head across the Pacific," said Luis Carrasco, the terminal's operations manager. The company plans to add a second berth by 2027, lifting capacity to [[5 million tons]] a year.

Mining boom pushes up rents in Calama

By TOMAS ORTIZ in Calama

Calama, a city of about [[190,000]] people set [[2,260 meters]] above sea level, lives by the copper mines that ring it.

Rents for a two-bedroom apartment run from [[650,000 to 900,000 pesos]] a month, among the highest outside Santiago. [[A fifth]] of the city's mine workers fly in from the capital and other cities and sleep in company camps, leaving little of their wages in local shops.

Shop owners on the main street say business follows the copper price. When it rose last spring, restaurants filled up again and car dealers ran short of pickup trucks.

"My rent has gone up [[35 percent]] since 2022, and my wages have not," said Patricio Vega, a bus driver.

The housing ministry plans to build [[3,400]] social housing units in Calama by 2026, at a cost of [[96 billion pesos]] ([[\$103 million]]). Local officials say land is the main obstacle: most of it around the city belongs to mining companies or the state.

Antofagasta copper output up [[4.2 percent]] in first half
"""

_b = Builder()
f = _b.f
H1 = "2024-01/2024-06"
_b.ent("Antofagasta", "province")
f("2.61 million metric tons", 2.61e6, "t", "level", "production", "2023", q={"product": "copper"},
  n="a Chilean region typed province (first-level division, as dev4-dev6); 'last year' = 2023")
f("52 percent", 52, "percent", "share", "production", "2023", q={"product": "copper", "scope": "share of Chile's output"})
f("5.02 million tons", 5.02e6, "t", "level", "production", "2023", q={"product": "copper"}, ent="Chile", et="country",
  n="the whole of which the region's output is part: Chile's own output, same year")
f("4.2 percent", 4.2, "percent", "change", "production", H1, d="up", b="yoy", q={"product": "copper"})
f("1.36 million tons", 1.36e6, "t", "level", "production", H1, q={"product": "copper"})
f("half", 50, "percent", "share", "gdp", "2023", a="~", q={"sector": "mining", "scope": "share of regional GDP"},
  n="'Mining makes up about half of the region's GDP, which reached ... in 2023': present tense but tied to the 2023 GDP in the same sentence (null defensible)")
f("31.6 trillion pesos", 31.6e12, "CLP", "level", "gdp", "2023", n="Chilean pesos = CLP")
f("\\$37.6 billion", 37.6e9, "USD", "level", "gdp", "2023", n="USD conversion carries the peso figure's fields")
f("first", 1, "rank", "rank", "gdp", None, q={"scope": "GDP per capita among Chile's regions"},
  n="'Measured per person, the region ranks first': present tense, null (2023 defensible from the sentence before)")
f("16", 16, "count", "level", "count", None, c="region", ent="Chile", et="country", n="the number of Chile's regions, a stated count")
_b.ent("Minera Cerro Quimal", "company")
f("\\$1.9 billion", 1.9e9, "USD", "level", "investment", None, q={"scope": "new concentrator near Calama"},
  n="'has spent' with no time word: null (2024 defensible)")
f("185,000 tons", 185000, "t", "level", "capacity", None, q={"product": "ore", "per": "day"},
  n="'lifts the plant's capacity to ... a day': present, null; daily capacity in t with per: day (bench/dev)")
f("212,000 tons", 212000, "t", "level", "production", H1, q={"product": "copper in concentrate"})
f("18 percent", 18, "percent", "change", "production", H1, d="up", b="yoy", q={"product": "copper in concentrate"},
  n="'on the same period last year' = yoy")
f("\\$4.18", 4.18, "USD/lb", "level", "price", H1, q={"product": "copper", "scope": "average selling price"},
  n="'a pound' after the span: USD/lb (facts.md)")
f("\\$3.86", 3.86, "USD/lb", "level", "price", "2023-01/2023-06", q={"product": "copper", "scope": "average selling price"},
  n="'up from ... a year earlier': the earlier level, the first half of 2023")
f("0.52 percent", 0.52, "percent", "level", "other", "2024", q={"scope": "copper ore grade"},
  n="ore grade (copper content of the ore): a rate with no indicator id, other, level (share defensible); 'now' in a quote = 2024")
f("0.9 percent", 0.9, "percent", "level", "other", "2006", q={"scope": "copper ore grade"},
  n="'down from ... when the mine opened in 2006': the earlier level, dated by the opening year")
f("4,800", 4800, "count", "level", "jobs", None, c="person", n="present tense: null")
f("a third", 33.3, "percent", "share", "jobs", None, a="~", q={"scope": "share of employees from Calama"},
  n="'a third' = 33.3 percent (dev2)")
_b.ent("Antofagasta", "province")
f("2.3 million pesos", 2.3e6, "CLP", "level", "income", None, q={"sector": "mining", "scope": "average wage of mine workers", "per": "month"},
  n="monthly wage: currency with per: month (dev2, dev5); present tense: null")
f("\\$2,470", 2470, "USD", "level", "income", None, q={"sector": "mining", "scope": "average wage of mine workers", "per": "month"},
  n="USD conversion")
f("four times", 4, "times", "ratio", "income", None, a=">", q={"sector": "mining", "scope": "mine wages compared with the national minimum wage"},
  n="'more than four times Chile's minimum wage': a multiple of another thing, ratio")
f("500,000 pesos", 500000, "CLP", "level", "income", "2024-07", ent="Chile", et="country", q={"scope": "minimum wage", "per": "month"},
  n="'which took effect in July' (2024): dated by the month it took effect (null defensible)")
f("\\$21.5 billion", 21.5e9, "USD", "level", "investment", "2024/2033", s="target", q={"sector": "mining", "scope": "planned mining investment"},
  n="'Companies plan to invest ... between 2024 and 2033': a plan, dated by its span")
f("32 percent", 32, "percent", "share", "investment", "2024/2033", s="target", a="~", q={"sector": "mining", "scope": "share of the national mining investment pipeline"})
f("2.61 million metric tons", 2.61e6, "t", "level", "production", "2023", q={"product": "copper"}, n="photo caption repeating the body figure")
_b.ent("Chile", "country")
f("second-largest", 2, "rank", "rank", "production", None, q={"product": "lithium", "scope": "rank among the world's producers"},
  n="ordinal adjective spanned whole; present tense: null")
_b.ent("Salinas del Loa Lithium", "company")
f("46,000 tons", 46000, "t", "level", "production", "2023", q={"product": "lithium carbonate equivalent"})
f("9 percent", 9, "percent", "change", "production", "2023", d="up", b="yoy", q={"product": "lithium carbonate equivalent"},
  n="'from the year before' = yoy")
f("\\$10,800", 10800, "USD/t", "level", "price", "2024", a="~", q={"product": "battery-grade lithium carbonate"},
  n="'now gets about ... a ton': now = 2024")
f("\\$70,000", 70000, "USD/t", "level", "price", "2022-12", a=">", q={"product": "battery-grade lithium carbonate"},
  n="'down from more than ... at the end of 2022': the earlier level, dated by the month")
f("61 percent", 61, "percent", "change", "revenue", H1, d="down", b="unspecified",
  n="'revenue in the first half fell 61 percent': no comparison named, unspecified (dev3 call 5; yoy defensible)")
f("\\$392 million", 392e6, "USD", "level", "revenue", H1)
f("40 percent", 40, "percent", "change", "other", "2024", d="down", b="since", q={"scope": "fresh water drawn from wells"},
  n="'has cut ... by 40 percent since 2019': a fall measured against a named earlier year, dated by the present (2024); water use has no indicator id: other")
f("3.5 percent", 3.5, "percent", "share", "revenue", None,
  q={"scope": "share of sales paid to San Pedro de Atacama and indigenous communities"},
  n="a share of the company's sales paid out under its lease: revenue share; present tense: null")
f("18", 18, "count", "level", "count", None, c="community", q={"scope": "indigenous communities receiving payments from the company"},
  n="present tense: null; the communities counted are the company's payees")
_b.ent("Antofagasta", "province")
f("5.1 gigawatts", 5.1, "GW", "level", "capacity", "2024-06", q={"sector": "solar power", "scope": "installed capacity"},
  n="'at the end of June' = 2024-06")
f("40 percent", 40, "percent", "share", "capacity", "2024-06", a="~", q={"sector": "solar power", "scope": "share of national solar capacity"})
_b.ent("Chile", "country")
f("6 percent", 6, "percent", "share", "other", H1, a="~", q={"sector": "solar and wind power", "scope": "share of generated electricity curtailed"},
  n="curtailed power as a share of generation: other, share")
f("2.4 percent", 2.4, "percent", "share", "other", "2022-01/2022-06", q={"sector": "solar and wind power", "scope": "share of generated electricity curtailed"},
  n="'up from ... in the same period of 2022': the earlier share, dated by its period")
_b.ent("Sol de Tocopilla Energy", "company")
f("480-megawatt", 480, "MW", "level", "capacity", None, q={"scope": "solar plant near Maria Elena"},
  n="adjective form spanned whole; 'is building': null; MW as bench/dev")
f("\\$560 million", 560e6, "USD", "level", "investment", None, q={"scope": "solar plant near Maria Elena"}, n="'at a cost of': investment, null")
f("five hours", 5, "hour", "level", "duration", None, s="target", q={"scope": "power sales after sunset from the plant's batteries"},
  n="'Its batteries will let the plant sell power for five hours after sunset': a planned duration, target, null period; 'trans-/mission' is the page's word hyphenated across a blank line")
_b.ent("Mejillones", "city")
f("160,000 tons", 160000, "t", "level", "capacity", "2030", s="target", q={"product": "green hydrogen", "per": "year"},
  n="'would produce ... a year by 2030' for a plant only applied for: planned capacity, target 2030 (production defensible, dev3 call 8); the consortium is unnamed: entity the town")
f("1,200", 1200, "count", "level", "jobs", None, s="target", a="~", c="person", q={"scope": "planned green hydrogen and ammonia plant"},
  n="'would employ about ... once running': target with no date, null (dev5 call 6)")
_b.ent("Sol de Tocopilla Energy", "company")
f("480-megawatt", 480, "MW", "level", "capacity", None, q={"scope": "solar plant near Maria Elena"}, n="photo caption repeating the body figure")
_b.ent("Mejillones Bulk Terminal", "company")
f("3.4 million tons", 3.4e6, "t", "level", "production", "2023", q={"product": "copper concentrate and cathodes", "scope": "cargo handled"},
  n="port cargo tonnage: production (dev2 call 1, dev4 call 4); a port operator typed company")
f("12 percent", 12, "percent", "change", "production", "2023", d="up", b="yoy", q={"product": "copper concentrate and cathodes", "scope": "cargo handled"},
  n="'on the year before' = yoy")
f("58 percent", 58, "percent", "share", "exports", "2023", a="~", q={"product": "copper", "partner": "China", "scope": "share of copper shipped through the terminal"},
  n="'China took about 58 percent of the copper that left through its berths': an exports share by destination")
f("5 million tons", 5e6, "t", "level", "capacity", "2027", s="target", q={"per": "year"},
  n="'plans to ... by 2027, lifting capacity to ... a year'; 'a second berth' is an edition ordinal, not a fact")
_b.ent("Calama", "city")
f("190,000", 190000, "count", "level", "population", None, a="~", c="person", n="'a city of about ... people': present, null")
f("2,260 meters", 2260, "m", "level", "length", None, q={"scope": "altitude above sea level"},
  n="a stated altitude kept as length (as dev6 kept a stated distance), null")
f("650,000 to 900,000 pesos", 650000, "CLP", "level", "price", None, vh=900000, q={"product": "two-bedroom apartment rent", "per": "month"},
  n="a monthly rent range: currency with per: month, as monthly wages; present tense: null")
f("A fifth", 20, "percent", "share", "jobs", None, q={"sector": "mining", "scope": "share of the city's mine workers who fly in from elsewhere"},
  n="'A fifth' = 20 percent; sentence-initial capital kept in the span")
f("35 percent", 35, "percent", "change", "price", "2024", d="up", b="since", q={"scope": "rent of a bus driver quoted"},
  n="'My rent has gone up 35 percent since 2022': change since a named year, dated by the present (2024)")
f("3,400", 3400, "count", "level", "production", "2026", s="target", c="home", q={"scope": "social housing units to be built"},
  n="'plans to build ... by 2026': homes to be built are production counted home (dev6 call 7); the ministry's plan for the city: entity the city that gets them (dev2 call 5)")
f("96 billion pesos", 96e9, "CLP", "level", "public_funding", "2026", s="target", q={"scope": "social housing units to be built"},
  n="the cost of the ministry's plan: public spending, target with the plan's date")
f("\\$103 million", 103e6, "USD", "level", "public_funding", "2026", s="target", q={"scope": "social housing units to be built"}, n="USD conversion")
_b.ent("Antofagasta", "province")
f("4.2 percent", 4.2, "percent", "change", "production", H1, d="up", b="yoy", q={"product": "copper"},
  n="headline-foot pull quote repeating the body figure")
FACTS = _b.facts
