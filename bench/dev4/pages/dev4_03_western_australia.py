from ._b import Builder

DOC = "dev4_03_western_australia.txt"
PUBLISHED = "2022-10-13"
SOURCE = "regional business page, Western Australia (written for the Tally dev4 set)"

TEXT = r"""Iron ore riches keep Western Australia ahead



Mining state's exports stay near record even as prices cool and China's steel mills slow

By DAVID HARLOW in Perth

Western Australia, the vast mining state that covers [[a third]] of the Australian continent, sold almost as much to the world in the past year as it did during the commodity boom of the year before.

The state's merchandise exports reached [[A\$256.4 billion]] ([[\$184.6 billion]]) in the 2021-22 financial year that ended in June, down [[4.3 percent]] from the previous year, according to figures from the state's Department of Jobs, Tourism, Science and Innovation.

Iron ore remained the biggest earner. Exports of the steelmaking ingredient came to [[A\$132.7 billion]], accounting for [[51.8 percent]] of the total, while shipments reached [[852 million tons]].

China bought about [[81 percent]] of the state's iron ore. Total exports to China were worth [[A\$148.2 billion]], making it by far the state's largest trading partner, ahead of Japan and South Korea.

Liquefied natural gas exports jumped [[92 percent]] to [[A\$49.6 billion]] as prices in Asia soared. Imports into the state rose [[17.5 percent]] to [[A\$41.3 billion]].

"We have been lucky with prices, but we cannot count on luck forever. The next boom has to come from batteries and green metals," said Karen Whitfield, an economist at a Perth-based investment bank.

The state's economy grew [[3.1 percent]] during the financial year, and its gross state product reached [[A\$392 billion]]. Its unemployment rate fell to [[3.2 percent]] in August, the lowest of any Australian state.

Western Australia has been a sister state of Zhejiang province since 1987, and Chinese buyers and investors remain a familiar sight in Perth's business district. Flights between Perth and Guangzhou resumed this year after a gap of more than [[two years]].

Port Hedland, the world's largest bulk export port for iron ore, shipped [[547 million tons]] of cargo during the year, down [[1.2 percent]]. The port authority plans to spend [[A\$1.1 billion]] over the next decade on new berths and channels.

Officials in Perth say the state still has no shortage of ore. What it lacks is people. Mining companies fly workers in from the eastern states and from New Zealand, and the cost of housing in the Pilbara towns has climbed sharply.

Business groups in Perth have asked the federal government to speed up visas for skilled migrants, and some mining companies have started to recruit more women and Aboriginal workers from remote communities, offering training on the job and flights home every few weeks.

The state government, which has enjoyed large surpluses on the back of mining royalties, has promised to spend more on hospitals, schools and public housing. Opposition politicians say the money should also be used to cut electricity bills, which have climbed in line with gas prices.

Emma Rossi contributed to this story.



A train loaded with iron ore travels through the Pilbara region of Western Australia. The state shipped [[852 million tons]] of iron ore in the 2021-22 financial year. MARK TIERNEY / FOR CHINA DAILY

Exports total [[A\$256.4 billion]]

Lithium miners race to keep up

By EMMA ROSSI

In the red dirt south of Perth, trucks carrying crushed rock rumble day and night out of the open pit at Kalgarra, one of the world's biggest hard-rock lithium mines.

The state produced about [[half]] of the world's lithium last year, and the rush of carmakers to secure supplies has turned its lithium miners into some of the country's most profitable companies.

Kalgarra Lithium, which runs the mine, reported revenue of [[A\$1.92 billion]] for the financial year, more than [[four times]] the figure a year earlier. It employs [[1,150]] workers at the mine and its processing plant.

The company will spend [[A\$780 million]] to raise its annual capacity to [[1.4 million tons]] of spodumene concentrate by 2025, said its managing director Paul Brennan, 57.

"Every battery maker in Asia wants to sign a contract with us. Five years ago they did not know where we were on the map," Brennan said.

The boom has reached the small towns near the mine. Motels are full of contractors, the local bakery has opened a second shift, and the primary school has had to bring in portable classrooms for the children of new workers. Older residents say they are glad of the jobs but worry about what will happen when prices fall, as they did after the last boom.

The state wants more of the value to stay at home. [[Two]] refineries near Kwinana, south of Perth, now turn spodumene into lithium hydroxide, the chemical used in car batteries, and the state government has set aside [[A\$117 million]] to help companies build processing plants and train workers.

Green hydrogen is the next bet. Developers have proposed [[eight]] large projects along the coast that would use wind and solar power to make hydrogen and ammonia. If all of them go ahead, they would have a combined capacity of more than [[26 GW]], officials said.

Supporters of the projects point to the state's advantages: strong winds along the coast, some of the sunniest land on Earth, deep-water ports and long experience of building large resource projects in remote places. Japanese and South Korean utilities have signed early agreements to study buying ammonia from the state, and a German steelmaker is looking at making iron with hydrogen near Geraldton.

Critics say many of the projects exist only on paper. They point out that the state still gets most of its electricity from gas and coal, and that building wind and solar farms of that size would take decades and need new transmission lines across the bush.

Farmers count on a bumper harvest

By DAVID HARLOW

After a cold, wet winter that filled dams and soaked the sandy soils, grain growers in the Wheatbelt are preparing for what could be one of their biggest harvests on record.

The state is expected to harvest [[24.5 million tons]] of grain this season, up from [[21.3 million tons]] last year, according to the Grain Industry Association of Western Australia.

About [[70 percent]] of the crop will be exported, mainly to Asia and the Middle East.

Near Merredin, about [[260 kilometers]] east of Perth, Tom and Rachel Harding farm [[4,800 hectares]] of wheat, barley and canola with their sons. The family has been on the land for [[four generations]].

"Fertilizer prices have shot up since last year, so the rain had to come. A dry year would have wiped us out," said Rachel Harding, 49.

Wheat is selling for about [[A\$420]] a ton at the port, well above the average of recent years, she said.

The Shire of Merredin has about [[3,200]] residents, and many of its young people leave for Perth after school. The shire council has spent [[A\$4.5 million]] since 2019 on a new medical center and housing for nurses and teachers, in the hope of keeping families in town.

Grain handlers have opened extra receival sites and hired seasonal staff to weigh and test the loads as trucks roll in. Rail lines that carry grain to the ports at Kwinana, Albany and Esperance will run extra trains through the summer, the state's main grain handler said.

Farm groups say the bigger worry is labor. Before the pandemic, backpackers from Europe and Asia drove many of the harvesters and trucks. This year, growers have advertised



Harvesters work a wheat field near Merredin in the Wheatbelt region of Western Australia. SARAH KING / FOR CHINA DAILY

for drivers as far away as Ireland and the Philippines, and some are paying [[A\$45]] an hour.

The state government has put up [[A\$6 million]] to train local people to drive heavy machinery, and the number of trainees has already passed [[400]].

Students return to Perth campuses

By CHEN XIAOLING

International students are coming back to Perth's universities after the border reopened this year. About [[41,000]] overseas students were enrolled in the state in August, still [[18 percent]] fewer than before the pandemic.

Students from China make up the largest group, followed by those from India and Malaysia.

Landlords near the campuses say demand for rooms has outstripped supply since the start of the second semester, and some new arrivals have spent their first weeks in hostels. Universities have block-booked hotel rooms and asked local families to take in students as boarders until more housing is built.

"For [[two years]] I studied on my laptop in Hangzhou, at midnight because of the time difference. Now I can finally see the ocean I read about," said Xu Ying, a postgraduate student of marine science.

The state's universities hope the number of overseas students will reach [[60,000]] by 2025. The state government is spending [[A\$14 million]] on campaigns in Asia and on cheaper flights for students, officials said.

Xu said she hopes to stay on after graduating and work on projects that protect coral reefs off the state's northern coast.

Students, tourists and business travelers all agree on one thing: the state is so large that everything is far away. Broome, in the north, is more than [[2,000 km]] from Perth by road, and many small towns have only a general store and a petrol sta-

tion.

Now I can finally see the ocean I read about
"""

_b = Builder()
f = _b.f
FY = "2021-07/2022-06"
_b.ent("Western Australia", "province")
f("a third", 33.3, "percent", "share", "area", None, q={"scope": "share of the Australian continent's land area"},
  n="'a third' = 33.3 percent (dev2); present tense, null")
f("A\\$256.4 billion", 256.4e9, "AUD", "level", "exports", FY,
  n="an Australian state is a first-level division: entity_type province; the 2021-22 financial year (July-June) dated as its span")
f("\\$184.6 billion", 184.6e9, "USD", "level", "exports", FY, n="USD conversion of the Australian dollar figure")
f("4.3 percent", 4.3, "percent", "change", "exports", FY, d="down", b="yoy", n="'from the previous year' = yoy")
f("A\\$132.7 billion", 132.7e9, "AUD", "level", "exports", FY, q={"product": "iron ore"})
f("51.8 percent", 51.8, "percent", "share", "exports", FY, q={"product": "iron ore"})
f("852 million tons", 852e6, "t", "level", "exports", FY, q={"product": "iron ore", "scope": "shipments"},
  n="tonnage of exports: exports (the gold keeps export units under exports); production defensible")
f("81 percent", 81, "percent", "share", "exports", FY, a="~", q={"product": "iron ore", "partner": "China"})
f("A\\$148.2 billion", 148.2e9, "AUD", "level", "exports", FY, q={"partner": "China"})
f("92 percent", 92, "percent", "change", "exports", FY, d="up", b="unspecified", q={"product": "liquefied natural gas"},
  n="'rising ... as prices soared', no comparison named")
f("A\\$49.6 billion", 49.6e9, "AUD", "level", "exports", FY, q={"product": "liquefied natural gas"})
f("17.5 percent", 17.5, "percent", "change", "imports", FY, d="up", b="unspecified")
f("A\\$41.3 billion", 41.3e9, "AUD", "level", "imports", FY)
f("3.1 percent", 3.1, "percent", "change", "gdp", FY, d="up", b="unspecified", n="gross state product = gdp of the state")
f("A\\$392 billion", 392e9, "AUD", "level", "gdp", FY)
f("3.2 percent", 3.2, "percent", "level", "other", "2022-08", q={"scope": "unemployment rate"}, n="unemployment rate has no indicator id: other; a rate as a level")
f("two years", 2, "year", "level", "duration", "2022", a=">", q={"scope": "suspension of flights between Perth and Guangzhou"},
  n="duration of the gap, ended 'this year'; '1987' is a year, not a fact")
_b.ent("Port Hedland", "company")
f("547 million tons", 547e6, "t", "level", "production", FY, q={"scope": "cargo shipped through the port"},
  n="port cargo tonnage = production (dev2/dev3); the port typed company as ports/airports in the dev sets (city defensible)")
f("1.2 percent", 1.2, "percent", "change", "production", FY, d="down", b="unspecified", q={"scope": "cargo shipped through the port"})
f("A\\$1.1 billion", 1.1e9, "AUD", "level", "investment", "2022/2032", s="target", q={"scope": "new berths and channels"},
  n="'over the next decade' from 2022: 2022/2032 (null defensible)")
_b.ent("Western Australia", "province")
f("852 million tons", 852e6, "t", "level", "exports", FY, q={"product": "iron ore", "scope": "shipments"}, n="photo caption repeating the body figure")
f("A\\$256.4 billion", 256.4e9, "AUD", "level", "exports", FY, n="headline-foot pull quote; period from the body")
f("half", 50, "percent", "share", "production", "2021", a="~", q={"product": "lithium", "scope": "share of world output"})
_b.ent("Kalgarra Lithium", "company")
f("A\\$1.92 billion", 1.92e9, "AUD", "level", "revenue", FY)
f("four times", 4, "times", "change", "revenue", FY, d="up", b="yoy", a=">", n="'more than four times the figure a year earlier'")
f("1,150", 1150, "count", "level", "jobs", None, c="worker", n="present tense: null")
f("A\\$780 million", 780e6, "AUD", "level", "investment", "2025", s="target", q={"scope": "capacity expansion"},
  n="money to be spent on reaching the 2025 capacity goal; dated with it (null defensible)")
f("1.4 million tons", 1.4e6, "t", "level", "capacity", "2025", s="target", q={"product": "spodumene concentrate", "per": "year"},
  n="'57' after Brennan is an age; 'Five years ago' is a time frame")
_b.ent("Western Australia", "province")
f("Two", 2, "count", "level", "count", "2022", c="refinery", q={"product": "lithium hydroxide", "scope": "refineries near Kwinana"},
  n="'now' = publication year; facilities are count (gold: plants)")
f("A\\$117 million", 117e6, "AUD", "level", "public_funding", None, q={"sector": "lithium processing", "scope": "help to build processing plants and train workers"},
  n="'has set aside' with no time word: null")
f("eight", 8, "count", "level", "projects", None, c="project", q={"sector": "green hydrogen", "scope": "proposed large projects"})
f("26 GW", 26, "GW", "level", "capacity", None, s="target", a=">", q={"sector": "green hydrogen", "scope": "combined capacity of proposed projects"},
  n="conditional ('If all of them go ahead, they would have'): target, no date")
f("24.5 million tons", 24.5e6, "t", "level", "production", "2022", s="target", q={"product": "grain"},
  n="'is expected to harvest ... this season': forecast = target; season dated 2022")
f("21.3 million tons", 21.3e6, "t", "level", "production", "2021", q={"product": "grain"})
f("70 percent", 70, "percent", "share", "exports", "2022", s="target", a="~", q={"product": "grain", "scope": "share of the crop exported"},
  n="'will be exported': forecast share of the coming harvest")
_b.ent("Harding family", "group")
f("260 kilometers", 260, "km", "level", "length", None, a="~", ent="Merredin", et="county", q={"scope": "distance from Perth"},
  n="distance of the town from Perth; Merredin (a shire, a local government area) typed county")
f("4,800 hectares", 4800, "ha", "level", "area", None, q={"product": "wheat, barley and canola", "scope": "the Harding family's farm"},
  n="a family farm: entity the Harding family (group); Merredin county defensible; 'two sons' in the same sentence is a family size, not annotated")
f("four generations", 4, "count", "level", "duration", None, c="generation", q={"scope": "time the family has farmed the land"},
  n="duration counted in generations - debatable, could be omitted")
_b.ent("Western Australia", "province")
f("A\\$420", 420, "AUD/t", "level", "price", "2022", a="~", q={"product": "wheat", "scope": "port price"},
  n="'is selling ... well above the average of recent years' read as the current price: 2022 (null defensible); '49' after Rachel Harding is an age")
_b.ent("Merredin", "county")
f("3,200", 3200, "count", "level", "population", None, a="~", c="person", q={"scope": "residents of the shire"})
f("A\\$4.5 million", 4.5e6, "AUD", "level", "public_funding", "2019/2022", q={"scope": "medical center and housing for nurses and teachers"},
  n="shire council spending 'since 2019' in a 2022 page: 2019/2022")
_b.ent("Western Australia", "province")
f("A\\$45", 45, "AUD/hour", "level", "income", "2022", q={"scope": "hourly pay offered to harvester and truck drivers"},
  n="sentence continued after the photo caption; 'This year' = 2022; wages are income")
f("A\\$6 million", 6e6, "AUD", "level", "public_funding", None, q={"scope": "training local people to drive heavy machinery"})
f("400", 400, "count", "level", "population", "2022", a=">", c="trainee", q={"scope": "trainees in the heavy machinery programme"},
  n="'has already passed': cumulative as of publication")
f("41,000", 41000, "count", "level", "enrollment", "2022-08", a="~", c="student", q={"scope": "overseas students enrolled"},
  n="enrolled students: enrollment (population defensible)")
f("18 percent", 18, "percent", "change", "enrollment", "2022-08", d="down", b="since", q={"scope": "overseas students enrolled, vs before the pandemic"},
  n="'fewer than before the pandemic': comparison with an earlier period, basis since")
f("two years", 2, "year", "level", "duration", None, ent="Perth", et="city", q={"scope": "Xu Ying's time studying online from Hangzhou"},
  n="personal duration in a quote, kept as in the gold's essays; entity the city of her university, as the gold's essay durations take the place studied in (Western Australia defensible)")
f("60,000", 60000, "count", "level", "enrollment", "2025", s="target", c="student", q={"scope": "overseas students"})
f("A\\$14 million", 14e6, "AUD", "level", "public_funding", None, q={"scope": "campaigns in Asia and cheaper flights for students"})
f("2,000 km", 2000, "km", "level", "length", None, a=">", ent="Broome", et="city", q={"scope": "road distance from Perth"})
FACTS = _b.facts
