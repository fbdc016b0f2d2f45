from ._b import Builder

DOC = "dev5_02_silesia.txt"
PUBLISHED = "2022-11-24"
SOURCE = "regional business page, Silesia, Poland (written for the Tally dev5 set)"

TEXT = r"""Silesia digs for a future beyond coal



Mines cut jobs as carmakers, battery plants and EU money reshape Poland's industrial heartland

By ANNA NOWAK in Katowice

Coal output in Silesia fell [[4.8 percent]] year-on-year to [[38.6 million tons]] in the first nine months of this year, the regional statistics office said, even as the energy crisis pushed up demand for domestic fuel.

The region's [[18]] remaining hard coal mines employ about [[71,000]] people, down from more than [[100,000]] in 2015. Under an agreement signed with mining unions in 2021, the last of them are to close by 2049.

Coal still matters for the country. It generated [[68 percent]] of Poland's electricity last year, and the price of thermal coal at Polish mines rose to about [[1,200 zloty]] ([[€256]]) a ton in October, almost [[three times]] the level a year earlier.

Silesia, with its steelworks, power plants and car factories, produces about [[12 percent]] of Poland's GDP, ranking [[second]] among the provinces after Masovia, the region around Warsaw.

"My father and grandfather worked underground. My son is training to install heat pumps," said Marek Zielinski, 54, a shift foreman at a Beskid Coal Company mine in Rybnik.

The company plans to cut its workforce by [[2,400]] by 2025, mostly through early retirement, and to turn the spoil heaps around its closed shafts into solar farms.

In Rybnik, long known for some of the dirtiest winter air in Europe, the city has been paying households to replace old coal stoves with heat pumps and gas boilers. Local installers say they cannot hire fitters fast enough, and former miners have opened their own firms after short courses at the city's vocational school.

Average gross wages in the region's mining sector reached [[9,870 zloty]] a month in September, up [[16.2 percent]] year-on-year, but barely ahead of national inflation, which hit [[17.2 percent]] in October.

Tomasz Wrobel contributed to this story.



A miner rides a lift at a coal mine in Rybnik, Silesia. The region's coal output fell [[4.8 percent]] in the first nine months. JAN KOWALCZYK / FOR CHINA DAILY

EU money to retrain miners

By TOMASZ WROBEL in Katowice

Silesia has been allocated [[€2.1 billion]] ([[9.8 billion zloty]], or [[\$2.2 billion]]) from the European Union's Just Transition Fund for 2021 to 2027, the largest share of any region in the bloc.

The money is part of the regional programme European Funds for Silesia 2021-2027, which totals [[€5.1 billion]]. About [[40 percent]] of it is earmarked for energy, climate and the environment.

So far, [[312]] projects have applied for grants worth a combined [[3.4 billion zloty]] ([[€725 million]]), from district heating networks to training centers for electricians.

Officials in Katowice admit that the paperwork is heavy. Small towns with tiny offices have asked the regional office for help in writing applications, and some mayors complain that the rules written in Brussels fit large cities better than former mining villages.

Katarzyna Lis, 46, director of the regional development department, said the money would help retrain [[12,000]] miners and power plant workers by 2027.

"Nobody here wants to live on benefits. People want a trade that their children will still be able to do," she said.

For now, jobs are not scarce. The region's registered unemployment rate was [[3.6 percent]] in October, below the national average of [[5.1 percent]].

Carmakers bet on batteries in Tychy and Gliwice

By ANNA NOWAK in Tychy

The assembly lines at Vistula Motors' plant in Tychy have been running around the clock since the spring, after shortages of chips eased and dealers in Germany and France began asking for more small hatchbacks.

The plant made [[198,000]] cars in the first nine months, up [[12 percent]] from the same period last year. The company is investing [[€500 million]] ([[2.35 billion zloty]]) to build electric models in Tychy and will add [[900]] jobs by the end of 2024.

Car and parts makers employ around [[150,000]] people in Silesia, the [[second]] highest number among Poland's [[16]] provinces.

In Gliwice, Odra Cells, a joint venture between a South Korean battery maker and a Polish utility, opened a factory in June that can produce enough batteries for [[150,000]] electric cars a year.

The factory cost [[1.9 billion zloty]] and employs [[1,100]] people, [[30 percent]] of them women. The company plans to raise the workforce to [[2,500]] by 2026, when a second production hall is due to open.

"We had [[400]] applicants for [[60]] technician positions in the first round of hiring," said Piotr Kowal, 41, the plant's human resources manager. Many of them had worked in coal-fired power plants and knew how to handle high voltage, he added.

Some suppliers have followed. A Japanese maker of battery separators and a German recycling company are looking for plots in the area, local officials said, and the city is building a tram line to the industrial estate so that workers from Zabrze and Bytom can get there without a car.

The Silesian University of Technology in Gliwice has opened a course in battery chemistry, and its first graduates are expected next summer. Teachers say many of the students are the children of miners, who grew up hearing that the pits would always be there.

Economic zone draws investors despite the war next door

By MICHAL ADAMSKI in Gliwice

The Katowice Special Economic Zone issued [[47]] permits for new investment in the first half of this year, with a combined investment value of [[6.2 billion zloty]] ([[€1.32 billion]]). Companies expect the projects to create [[1,850]] jobs, the zone's management said.

Since it was set up in 1996, the zone has drawn investment of more than [[40 billion zloty]]. It covers [[2,700 hectares]] in [[four]] subzones, and serviced land sells for [[150 to 250 zloty]] a square meter.

The war in Ukraine, not far to the east, has not scared investors away, said Ewa Malinowska, the zone's deputy president. Some have moved production from Asia to be closer to customers in Germany and Scandinavia, where long supply chains broke down during the pan-

demic.

"Shipping from China took [[two months]] last year. From here a truck reaches Berlin in [[two days]]," she said.



Workers test battery modules at a factory in Gliwice, Silesia. PAWEL NOWICKI / FOR CHINA DAILY

EU allocates [[€2.1 billion]] to help Silesia leave coal
"""

_b = Builder()
f = _b.f
N9 = "2022-01/2022-09"
H1 = "2022-01/2022-06"
_b.ent("Silesia", "province")
f("4.8 percent", 4.8, "percent", "change", "production", N9, d="down", b="yoy", q={"product": "coal"},
  n="a Polish voivodeship is a first-level division: province (as the Australian state in dev4)")
f("38.6 million tons", 38.6e6, "t", "level", "production", N9, q={"product": "coal"})
f("18", 18, "count", "level", "count", None, c="mine", q={"scope": "remaining hard coal mines"}, n="present tense: null; mines are facilities: count")
f("71,000", 71000, "count", "level", "jobs", None, a="~", c="person", q={"sector": "hard coal mining"},
  n="present tense: null (2022 defensible, set against 2015)")
f("100,000", 100000, "count", "level", "jobs", "2015", a=">", c="person", q={"sector": "hard coal mining"},
  n="'down from more than 100,000 in 2015': the earlier level, dated 2015; '2021' and '2049' are years, not facts")
f("68 percent", 68, "percent", "share", "production", "2021", ent="Poland", et="country", q={"product": "electricity", "scope": "share generated from coal"})
f("1,200 zloty", 1200, "PLN/t", "level", "price", "2022-10", a="~", ent="Poland", et="country", q={"product": "thermal coal", "scope": "price at Polish mines"},
  n="zloty = PLN; 'a ton' after the bracket gives the per-unit form; span as dev4's 'A\\$420' a ton")
f("€256", 256, "EUR/t", "level", "price", "2022-10", a="~", ent="Poland", et="country", q={"product": "thermal coal", "scope": "price at Polish mines"},
  n="EUR conversion carries the zloty figure's fields")
f("three times", 3, "times", "change", "price", "2022-10", d="up", b="yoy", a="~", ent="Poland", et="country", q={"product": "thermal coal"},
  n="'almost three times the level a year earlier' = change/yoy ~ (dev4 judgment call 7)")
f("12 percent", 12, "percent", "share", "gdp", None, a="~", q={"scope": "share of Poland's GDP"}, n="present tense: null")
f("second", 2, "rank", "rank", "gdp", None, q={"scope": "GDP among Poland's provinces"})
_b.ent("Beskid Coal Company", "company")
f("2,400", 2400, "count", "change", "jobs", "2025", d="down", b="unspecified", s="target", c="job",
  n="planned workforce cut by 2025; '54' after Marek Zielinski is an age")
_b.ent("Silesia", "province")
f("9,870 zloty", 9870, "PLN", "level", "income", "2022-09", q={"sector": "mining", "scope": "average gross wages", "per": "month"},
  n="monthly wage: currency with per=month (PLN/month defensible)")
f("16.2 percent", 16.2, "percent", "change", "income", "2022-09", d="up", b="yoy", q={"sector": "mining", "scope": "average gross wages"})
f("17.2 percent", 17.2, "percent", "level", "other", "2022-10", ent="Poland", et="country", q={"scope": "inflation rate"},
  n="inflation has no indicator id: other, a rate as a level")
f("4.8 percent", 4.8, "percent", "change", "production", N9, d="down", b="yoy", q={"product": "coal"}, n="photo caption repeating the body figure")
f("€2.1 billion", 2.1e9, "EUR", "level", "public_funding", "2021/2027", q={"scope": "Just Transition Fund allocation"},
  n="'has been allocated ... for 2021 to 2027': an allocation made, actual, dated by its span; 'the largest share' has no number")
f("9.8 billion zloty", 9.8e9, "PLN", "level", "public_funding", "2021/2027", q={"scope": "Just Transition Fund allocation"}, n="PLN conversion")
f("\\$2.2 billion", 2.2e9, "USD", "level", "public_funding", "2021/2027", q={"scope": "Just Transition Fund allocation"}, n="USD conversion")
_b.ent("European Funds for Silesia 2021-2027", "programme")
f("€5.1 billion", 5.1e9, "EUR", "level", "public_funding", "2021/2027",
  n="the programme's name contains its years, not facts; period from the programme span (null defensible)")
f("40 percent", 40, "percent", "share", "public_funding", "2021/2027", a="~", q={"sector": "energy, climate and the environment"})
_b.ent("Silesia", "province")
f("312", 312, "count", "level", "projects", "2022", c="project", q={"scope": "projects applying for grants"}, n="'So far' = to date = publication year")
f("3.4 billion zloty", 3.4e9, "PLN", "level", "public_funding", "2022", q={"scope": "grants applied for"},
  n="grants sought, not yet awarded; public_funding with scope (investment defensible)")
f("€725 million", 725e6, "EUR", "level", "public_funding", "2022", q={"scope": "grants applied for"}, n="EUR conversion")
f("12,000", 12000, "count", "level", "population", "2027", s="target", c="worker", q={"scope": "miners and power plant workers to be retrained"},
  n="people trained = population; '46' after Katarzyna Lis is an age")
f("3.6 percent", 3.6, "percent", "level", "other", "2022-10", q={"scope": "registered unemployment rate"}, n="unemployment rate: other (dev4)")
f("5.1 percent", 5.1, "percent", "level", "other", "2022-10", ent="Poland", et="country", q={"scope": "registered unemployment rate"},
  n="'the national average': entity Poland; month carried")
_b.ent("Vistula Motors", "company")
f("198,000", 198000, "count", "level", "production", N9, c="car", q={"scope": "Tychy plant"},
  n="'since the spring' is a time frame")
f("12 percent", 12, "percent", "change", "production", N9, d="up", b="yoy", q={"scope": "Tychy plant"}, n="'from the same period last year' = yoy")
f("€500 million", 500e6, "EUR", "level", "investment", None, q={"scope": "electric models in Tychy"}, n="'is investing' with no time word: null")
f("2.35 billion zloty", 2.35e9, "PLN", "level", "investment", None, q={"scope": "electric models in Tychy"}, n="PLN conversion")
f("900", 900, "count", "level", "jobs", "2024", s="target", c="job", q={"scope": "Tychy plant"}, n="'will add ... by the end of 2024': jobs created, target")
_b.ent("Silesia", "province")
f("150,000", 150000, "count", "level", "jobs", None, a="~", c="person", q={"sector": "car and parts making"})
f("second", 2, "rank", "rank", "jobs", None, q={"sector": "car and parts making", "scope": "among Poland's provinces"})
f("16", 16, "count", "level", "count", None, c="province", ent="Poland", et="country", q={"scope": "provinces of the country"},
  n="a stated count, null period (as dev4's 'nine' cities)")
_b.ent("Odra Cells", "company")
f("150,000", 150000, "count", "level", "capacity", None, c="car", q={"product": "batteries for electric cars", "per": "year"},
  n="'can produce enough batteries for N cars a year': annual capacity counted in cars; 'in June' is the opening date")
f("1.9 billion zloty", 1.9e9, "PLN", "level", "investment", None, q={"scope": "cost of the Gliwice factory"})
f("1,100", 1100, "count", "level", "jobs", None, c="person", n="present tense: null")
f("30 percent", 30, "percent", "share", "jobs", None, q={"scope": "women among employees"})
f("2,500", 2500, "count", "level", "jobs", "2026", s="target", c="person", q={"scope": "workforce"},
  n="'a second production hall' is an edition ordinal, not a fact")
f("400", 400, "count", "level", "population", None, c="applicant", q={"scope": "applicants for technician positions"},
  n="quote with no time word: null; 'the first round' is an ordinal of the hiring round, not a fact; '41' after Piotr Kowal is an age")
f("60", 60, "count", "level", "jobs", None, c="position", q={"scope": "technician positions offered"})
_b.ent("Katowice Special Economic Zone", "zone")
f("47", 47, "count", "level", "count", H1, c="permit", q={"scope": "permits for new investment"}, n="permits are other counts: count (projects defensible)")
f("6.2 billion zloty", 6.2e9, "PLN", "level", "investment", H1, q={"scope": "investment in permits issued"})
f("€1.32 billion", 1.32e9, "EUR", "level", "investment", H1, q={"scope": "investment in permits issued"}, n="EUR conversion")
f("1,850", 1850, "count", "level", "jobs", None, s="target", c="job", q={"scope": "jobs expected from projects in permits issued"},
  n="'Companies expect the projects to create': expectation = target; no target date: null")
f("40 billion zloty", 40e9, "PLN", "level", "investment", "1996/2022", a=">", n="'Since it was set up in 1996' in a 2022 page: 1996/2022 (dev4 judgment call 11)")
f("2,700 hectares", 2700, "ha", "level", "area", None)
f("four", 4, "count", "level", "count", None, c="subzone")
f("150 to 250 zloty", 150, "PLN/m2", "level", "price", None, vh=250, q={"product": "serviced land"},
  n="range; 'a square meter' after the span gives the per-unit form")
f("two months", 2, "month", "level", "duration", "2021", q={"scope": "shipping time from China"}, n="'last year' = 2021")
f("two days", 2, "day", "level", "duration", None, q={"scope": "truck time from the zone to Berlin"}, n="quoted habitual present: null")
_b.ent("Silesia", "province")
f("€2.1 billion", 2.1e9, "EUR", "level", "public_funding", "2021/2027", q={"scope": "Just Transition Fund allocation"},
  n="headline-foot pull quote repeating the body figure")
FACTS = _b.facts
