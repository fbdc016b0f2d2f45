from ._b import Builder

DOC = "dev05_gujarat.txt"
PUBLISHED = "2023-01-20"
SOURCE = "regional business supplement page, Gujarat (written for the Tally dev set)"

TEXT = r"""

Gujarat lines up green energy pledges



MoUs signed in Gandhinagar as state seeks to stay India's top exporter

By RAKESH PARMAR

The Gujarat government signed [[57]] memorandums of understanding (MoUs) worth [[Rs 1.34 lakh crore]] with companies in green hydrogen, solar manufacturing and chemicals at a ceremony in Gandhinagar on January 12, officials said.

The projects are expected to create about [[1.1 lakh]] jobs once they are running, mostly in Kutch, Bharuch and Jamnagar districts.

Among the largest is a [[Rs 4,500 crore]] ([[$540 million]]) plant by Kutch Solar Glass Ltd at Mundra, which will have a capacity of [[1,200 tonnes]] of glass a day and employ [[2,000]] people.

"Solar glass is still largely imported. We want to make Gujarat the place where it is made," said managing director Hetal Shah, 44.

The state's merchandise exports rose [[31 per cent]] to [[₹9.62 lakh crore]] in 2021-22, accounting for [[33 per cent]] of the national total, according to the commerce ministry's data. In the April-November period of the current financial year, exports stood at [[₹7.1 lakh crore]].

Gujarat has been the [[largest]] exporting state for several years, helped by its refineries and the ports along its [[1,600-km]] coastline.

Meera Joshi contributed to this story.



Workers install solar panels at a park in Kutch district on National Highway 41. ANIL DAVE / FOR THE TRIBUNE



Khavda park takes shape in the desert

By MEERA JOSHI

Spread over [[72,600 hectares]] of salt desert, the renewable energy park at Khavda in Kutch is to generate up to [[30 GW]] by 2026, enough to make it the [[largest]] such project in the world.

About [[2,000 MW]] of solar capacity has been commissioned so far, and another [[3,500 MW]] is under construction, said officials of the Gujarat Energy Development Agency.

Kutch district, India's [[largest]] by area at [[45,674 sq km]], already hosts nearly [[40 per cent]] of the state's wind farms.

Gujarat's installed renewable capacity reached [[19,700 MW]] at the end of December, about [[double]] the figure five years ago.

Diamonds lose some sparkle in Surat

By RAKESH PARMAR

Exports of cut and polished diamonds from Surat fell [[7 per cent]] to [[$16.3 billion]] in April-December as demand in the US and China cooled, industry representatives said.

The city cuts and polishes about [[90 per cent]] of the world's rough diamonds, and the industry employs around [[8 lakh]] workers in more than [[4,000]] units.

"Orders have slowed since Diwali, but we have not cut jobs," said Nilesh Patel, who runs a unit on Varachha Road.

Farm output up after good monsoon

Groundnut production rose to [[40.6 lakh tonnes]] in the 2022 kharif season from [[31.2 lakh tonnes]] a year earlier, the state agriculture department said. Cotton was sown on [[25.5 lakh hectares]].

The state allocated [[₹2.43 lakh crore]] in its budget for 2022-23, including [[Rs 8,738 crore]] for irrigation. Its per capita income was [[Rs 2,41,930]] in 2020-21, against a national average of [[Rs 1,28,829]].

Meera Joshi contributed to this story.

The projects are expected to create about [[1.1 lakh]] jobs
"""

_b = Builder()
f = _b.f
_b.ent("Gujarat", "province")
D = "2023-01-12"
FY22 = "2021-04/2022-03"
f("57", 57, "count", "level", "projects", D, c="MoU", q={"scope": "memorandums of understanding signed with companies"},
  n="Indian state: entity_type province; MoUs counted as projects; dated by the signing day")
f("Rs 1.34 lakh crore", 1.34e12, "INR", "level", "investment", D, s="target", q={"scope": "investment pledged in the MoUs"},
  n="lakh crore = 100,000 x 10,000,000; pledged (MoU) investment: target, dated by the signing (no completion date)")
f("1.1 lakh", 110000, "count", "level", "jobs", None, a="~", s="target", c="job", q={"scope": "jobs expected from the MoU projects"},
  n="lakh = 100,000; expected, no date")
_b.ent("Kutch Solar Glass Ltd", "company")
f("Rs 4,500 crore", 4.5e10, "INR", "level", "investment", None, s="target", q={"scope": "solar glass plant at Mundra"},
  n="crore = 10,000,000; planned plant: target, no date")
f("$540 million", 540e6, "USD", "level", "investment", None, s="target", q={"scope": "solar glass plant at Mundra"}, n="USD conversion")
f("1,200 tonnes", 1200, "t", "level", "capacity", None, s="target", q={"product": "solar glass", "per": "day"},
  n="'a day' goes into qualifiers.per (t with per=day; t/day defensible)")
f("2,000", 2000, "count", "level", "jobs", None, s="target", c="person", q={"scope": "employees of the planned plant"},
  n="the age '44' after a name is not a fact")
_b.ent("Gujarat", "province")
f("31 per cent", 31, "percent", "change", "exports", FY22, d="up", b="yoy",
  n="Indian financial year 2021-22 = April 2021 - March 2022 ('2021/2022' defensible)")
f("₹9.62 lakh crore", 9.62e12, "INR", "level", "exports", FY22, n="₹ sign inside the span")
f("33 per cent", 33, "percent", "share", "exports", FY22, q={"scope": "share of India's merchandise exports"})
f("₹7.1 lakh crore", 7.1e12, "INR", "level", "exports", "2022-04/2022-11",
  n="'April-November period of the current financial year' before a January 2023 publication")
f("largest", 1, "rank", "rank", "exports", None, q={"scope": "exporting states of India"},
  n="superlative read as rank 1; 'for several years' gives no fixed period: null")
f("1,600-km", 1600, "km", "level", "length", None, q={"scope": "coastline"}, n="attribute in a compound adjective, like '50-kilometer' in the visible gold; 'National Highway 41' in the caption is a name, not a fact")
_b.ent("Khavda renewable energy park", "zone")
f("72,600 hectares", 72600, "ha", "level", "area", None, n="present attribute of the park, no time word")
f("30 GW", 30, "GW", "level", "capacity", "2026", a="<=", s="target", q={"sector": "renewable energy"})
f("largest", 1, "rank", "rank", "capacity", "2026", s="target", q={"scope": "renewable energy projects in the world"},
  n="rank the park is expected to reach with its planned capacity: target")
f("2,000 MW", 2000, "MW", "level", "capacity", "2023", a="~", q={"sector": "solar", "scope": "commissioned"},
  n="'so far' resolved to the publication year; unit MW (GW is in facts.md, MW is its obvious sibling)")
f("3,500 MW", 3500, "MW", "level", "capacity", "2023", q={"sector": "solar", "scope": "under construction"}, n="present state at publication")
_b.ent("Kutch district", "district")
f("largest", 1, "rank", "rank", "area", None, q={"scope": "districts of India by area"})
f("45,674 sq km", 45674, "km2", "level", "area", None)
f("40 per cent", 40, "percent", "share", "count", "2023", a="~", q={"sector": "wind power", "scope": "share of Gujarat's wind farms"},
  n="'already' = at publication; 'nearly' = ~")
_b.ent("Gujarat", "province")
f("19,700 MW", 19700, "MW", "level", "capacity", "2022-12", q={"sector": "renewable energy", "scope": "installed capacity"},
  n="'at the end of December' before a January 2023 publication = December 2022 (2022-12-31 defensible)")
f("double", 2, "times", "change", "capacity", "2022-12", a="~", d="up", b="since", q={"sector": "renewable energy", "scope": "installed capacity vs five years earlier"},
  n="'double the figure five years ago': multiple of an earlier value, unit times, change/since; 'five years ago' is a time expression, not a fact")
_b.ent("Surat", "city")
f("7 per cent", 7, "percent", "change", "exports", "2022-04/2022-12", d="down", b="yoy", q={"product": "cut and polished diamonds"},
  n="'April-December' of the current financial year; basis not stated, year-on-year is the usual reading (unspecified defensible)")
f("$16.3 billion", 16.3e9, "USD", "level", "exports", "2022-04/2022-12", q={"product": "cut and polished diamonds"})
f("90 per cent", 90, "percent", "share", "production", None, a="~", q={"product": "cut and polished diamonds", "scope": "share of the world's rough diamonds processed"})
f("8 lakh", 800000, "count", "level", "jobs", None, a="~", c="person", q={"sector": "diamond industry"}, n="lakh = 100,000")
f("4,000", 4000, "count", "level", "enterprises", None, a=">", c="unit", q={"sector": "diamond industry", "scope": "processing units"})
_b.ent("Gujarat", "province")
f("40.6 lakh tonnes", 4.06e6, "t", "level", "production", "2022", q={"product": "groundnut", "scope": "kharif season"})
f("31.2 lakh tonnes", 3.12e6, "t", "level", "production", "2021", q={"product": "groundnut", "scope": "kharif season"})
f("25.5 lakh hectares", 2.55e6, "ha", "level", "area", "2022", q={"product": "cotton", "scope": "area sown"},
  n="period carried from the previous sentence (2022 kharif season)")
f("₹2.43 lakh crore", 2.43e12, "INR", "level", "public_funding", "2022-04/2023-03", q={"scope": "state budget"})
f("Rs 8,738 crore", 8.738e10, "INR", "level", "public_funding", "2022-04/2023-03", q={"sector": "irrigation"})
f("Rs 2,41,930", 241930, "INR", "level", "income", "2020-04/2021-03", q={"scope": "per capita income", "per": "year"},
  n="Indian digit grouping (2,41,930 = 241,930)")
f("Rs 1,28,829", 128829, "INR", "level", "income", "2020-04/2021-03", ent="India", et="country", q={"scope": "national average per capita income", "per": "year"},
  n="the national comparison figure is about India")
_b.ent("Gujarat", "province")
f("1.1 lakh", 110000, "count", "level", "jobs", None, a="~", s="target", c="job", q={"scope": "jobs expected from the MoU projects"},
  n="pull-quote fragment repeating the body figure")
FACTS = _b.facts
