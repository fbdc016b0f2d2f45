from ._b import Builder

DOC = "dev4_02_fujian.txt"
PUBLISHED = "2023-06-29"
SOURCE = "regional newspaper supplement page, Fujian (written for the Tally dev4 set)"

TEXT = r"""Fujian exporters find new markets as old ones cool



Electric vehicles, batteries and solar products make up for weaker sales of shoes and clothes

By CHEN MEILING

Fujian province's foreign trade dipped slightly in the first five months of this year, as weaker demand in Europe and the United States for shoes, clothes and furniture offset brisk sales of electric cars and batteries.

The province's imports and exports came to [[803.5 billion yuan]] ([[\$111.2 billion]]) from January to May, down [[2.1 percent]] from the same period last year, according to Fuzhou Customs.

Exports rose [[3.4 percent]] to [[497.2 billion yuan]], while imports fell [[9.8 percent]] year-on-year to [[306.3 billion yuan]], mainly because of lower prices for iron ore, coal and crude oil.

Trade with the Association of Southeast Asian Nations, the province's largest trading partner, reached [[167.4 billion yuan]], accounting for [[20.8 percent]] of the total.

Exports of the so-called new three products, electric vehicles, lithium-ion batteries and solar cells, soared [[88.5 percent]] to [[64.7 billion yuan]]. Shoes and clothing, the province's traditional strength, dropped [[11.3 percent]].

"Buyers in Europe are still cautious about clothes and sneakers, but they want every battery we can make," said Lin Zhiqiang, 51, who runs a trading company in Xiamen.

The number of foreign trade companies with records of imports or exports in the province reached [[29,460]] during the period, [[1,830]] more than a year earlier.

Officials said the province would help companies take part in trade fairs abroad, offer export credit insurance to small firms and open more cargo flights from Xiamen and Fuzhou to Southeast Asia.

Xiamen's port has added new shipping routes to the Middle East and South America this year, and its container yards are crowded with boxes bound for Jakarta and Manila. Port officials said a new automated terminal, fitted with 5G-controlled cranes, would be fully running by the end of the year.

Some exporters are moving up the value chain to protect their margins. Shoemakers in Jinjiang, who once made cheap sneakers for foreign brands, have been building their own labels and opening stores in Southeast Asia and the Middle East. Several of them now hire designers from Italy and South Korea and test new materials made from recycled plastic bottles.

"The days when we could win orders on price alone are over. Buyers want their own logos, small batches and fast delivery," said the owner of a sportswear maker in Jinjiang, who asked not to be named.

Trade with Taiwan, across the Strait, has also held up. Ferries and cargo ships between Pingtan island and Taiwan kept running through the spring, carrying fruit, seafood and machine parts.

Wu Yan contributed to this story.



Cranes load containers at a port in Xiamen, Fujian province. The province's exports rose [[3.4 percent]] in the first five months. HUANG JIE / FOR CHINA DAILY

Economy finds its feet after a slow start

By WU YAN

Fujian's GDP grew [[3.9 percent]] year-on-year to [[1.24 trillion yuan]] in the first quarter, the provincial bureau of statistics said, as shops, restaurants and hotels filled up again after the end of epidemic controls.

Last year, the province's economy grew [[4.6 percent]] to [[5.28 trillion yuan]], ranking [[eighth]] in the country. Its per capita GDP reached [[126,100 yuan]], among the highest of the provinces.

During the 13th Five-Year Plan period (2016-20), the province's economy grew at an average annual rate of [[6.9 percent]].

Retail sales of consumer goods rose [[7.6 percent]] in the first quarter, and the number of tourists visiting Wuyi Mountain during the May Day holiday was almost [[three times]] that of last year, local officials said.

The marine economy is another bright spot. The gross output value of the province's marine industries reached [[1.18 trillion yuan]] last year, and the province plans to raise it to [[1.5 trillion yuan]] by 2025.

Offshore wind farms off the coast of Putian, Zhangzhou and Fuzhou had a combined capacity of [[3.2 gigawatts]] by the end of May. Under the 14th Five-Year Plan (2021-25), the province plans to add another [[10.3 GW]] of offshore wind power.

Work has started on a new railway along the coast that will cut travel times between Fuzhou and Xiamen, and on several bridges linking islands to the mainland. Officials said the projects would bring jobs to fishing towns that have struggled since catches began to shrink.

Economists said the recovery in spending was still uneven. Families are saving more than they did before the pandemic, and the property market, a large part of the economy in cities such as Fuzhou and Quanzhou, has yet to pick up.

Battery city grows on the coast

By CHEN MEILING

When Mindong Energy Technology set up its first production line in Ningde in 2011, the city was best known for its fishing boats and yellow croakers. Today the company is one of the world's biggest makers of batteries for electric cars.

Its revenue reached [[96.4 billion yuan]] last year, up [[112 percent]] year-on-year, and its net profit rose to [[8.7 billion yuan]]. The company has [[31,000]] employees in Ningde, where it can make [[420 million]] battery cells a year.

"Ten years ago there were only a few parts suppliers here. Now almost everything we need can be bought within a [[50-kilometer]] drive," said Zheng Hao, the company's head of procurement.

The output value of Ningde's lithium battery industry reached [[212 billion yuan]] last year, [[3.4 times]] that of 2019. The city has attracted [[76]] suppliers of materials and equipment, and it aims to raise the industry's output value to [[500 billion yuan]] by 2025.

Ningde's leaders admit that the city depends heavily on one company. They are courting makers of electric boats, energy storage systems and battery recycling plants, hoping to spread the risk if demand for car batteries slows.

The city's GDP grew [[10.5 percent]] last year, the fastest among Fujian's [[nine]] cities.

The company's rise has changed the look of the city. Along the bay, where fishing nets once dried in the sun, there are now rows of factory halls, research buildings and dormitories. A new high-speed railway station has brought Fuzhou within easy reach, and hotels near the industrial park are booked out by engineers and visiting buyers on most weekdays.

Local vocational schools have opened courses in battery engineering, and the company hires most of their graduates. Young people who once left to work in Xiamen or Shenzhen are coming back to Ningde, said Zheng, and the city's new apartment blocks are filling up with young families.

Tea gardens go green and go online

By LIN QIUYUE

On the terraced hills of Anxi county, tea farmers have stopped spraying weed killer, and grass and flowers grow between the bushes once again.

The county, known as the home of Tieguanyin oolong tea, has [[40,000 hectares]] of tea gardens. Its tea output reached [[72,000 tons]] last year, and the whole tea industry, from farms to shops, had an output value of [[31 billion yuan]], the county's tea bureau said.

About [[one-third]] of the county's [[1.1 million]] people make a living from tea in one way or another.

In Dongling village, Su Yaqin, 36, runs a tea cooperative with [[146]] member families. The cooperative sells most of its tea through livestreams, and its online sales reached [[8.2 million yuan]] in the first five months, up [[45 percent]] year-on-year.

"My father sold tea at the market in town, and buyers set the price. Now I talk to [[20,000]] people on my phone every evening, and I set the price myself," she said.

Every evening at eight, Su sits in front of a ring light in the cooperative's tasting room, brews tea in a small clay pot and answers questions typed in by viewers from Beijing, Chengdu and Harbin. Her younger brother packs the orders in the next room, and a courier van comes to the village twice a day to collect them.

Per capita disposable income of the village's residents reached [[28,600 yuan]] last year. The cooperative pays its members about [[15 percent]] more than the local market price for fresh leaves, as long as they follow its rules on fertilizer and pesticides.

Older farmers say the rules took some getting used to. Pulling weeds by hand is slow, back-breaking work, and some families worried at first that their yields would fall. But the cooperative found that buyers were willing to pay more for tea grown without chemicals, and the terraces now attract photographers and hikers in spring and autumn.

Farmers here learned the hard way. Years of heavy spraying left the soil poor and washed mud into the streams after every rainstorm, and some buyers in Japan and Europe turned away tea that failed safety tests. The county has since banned herbicides in its tea gardens and pays farmers to plant grass and trees along the edges of their



Su Yaqin hosts a livestream to sell oolong tea at her cooperative in Dongling village, Anxi county, Fujian province. LIN QIUYUE / FOR CHINA DAILY

plots, which helps hold the soil in place.

The county has spent [[360 million yuan]] since 2019 on restoring [[6,700 hectares]] of tea gardens, officials said. It plans to set up tea trails and homestays in [[12]] villages by 2025, so that visitors can stay overnight and pick tea with the farm-

ers.

Now I talk to [[20,000]] people on my phone every evening
"""

_b = Builder()
f = _b.f
M = "2023-01/2023-05"
_b.ent("Fujian", "province")
f("803.5 billion yuan", 803.5e9, "CNY", "level", "trade", M)
f("\\$111.2 billion", 111.2e9, "USD", "level", "trade", M, n="USD conversion")
f("2.1 percent", 2.1, "percent", "change", "trade", M, d="down", b="yoy", n="'from the same period last year' = yoy")
f("3.4 percent", 3.4, "percent", "change", "exports", M, d="up", b="yoy", n="basis carried from the previous sentence")
f("497.2 billion yuan", 497.2e9, "CNY", "level", "exports", M)
f("9.8 percent", 9.8, "percent", "change", "imports", M, d="down", b="yoy")
f("306.3 billion yuan", 306.3e9, "CNY", "level", "imports", M)
f("167.4 billion yuan", 167.4e9, "CNY", "level", "trade", M, q={"partner": "ASEAN"})
f("20.8 percent", 20.8, "percent", "share", "trade", M, q={"partner": "ASEAN"})
f("88.5 percent", 88.5, "percent", "change", "exports", M, d="up", b="yoy", q={"product": "electric vehicles, lithium-ion batteries and solar cells"},
  n="basis carried from the article")
f("64.7 billion yuan", 64.7e9, "CNY", "level", "exports", M, q={"product": "electric vehicles, lithium-ion batteries and solar cells"})
f("11.3 percent", 11.3, "percent", "change", "exports", M, d="down", b="yoy", q={"product": "shoes and clothing"})
f("29,460", 29460, "count", "level", "enterprises", M, c="company", q={"scope": "foreign trade companies with import or export records"})
f("1,830", 1830, "count", "change", "enterprises", M, d="up", b="yoy", c="company", q={"scope": "foreign trade companies with import or export records"},
  n="'N more than a year earlier': absolute increase, change with unit count (dev3 convention)")
f("3.4 percent", 3.4, "percent", "change", "exports", M, d="up", b="yoy", n="photo caption repeating the body figure; '51' after Lin Zhiqiang is an age, '5G' not a fact")
Q1 = "2023-01/2023-03"
f("3.9 percent", 3.9, "percent", "change", "gdp", Q1, d="up", b="yoy")
f("1.24 trillion yuan", 1.24e12, "CNY", "level", "gdp", Q1)
f("4.6 percent", 4.6, "percent", "change", "gdp", "2022", d="up", b="unspecified", n="'grew ... last year', no comparison named")
f("5.28 trillion yuan", 5.28e12, "CNY", "level", "gdp", "2022")
f("eighth", 8, "rank", "rank", "gdp", "2022", q={"scope": "GDP among China's provincial-level regions"})
f("126,100 yuan", 126100, "CNY", "level", "gdp", "2022", q={"scope": "per capita"})
f("6.9 percent", 6.9, "percent", "change", "gdp", "2016/2020", d="up", b="annual_avg", n="13th Five-Year Plan span; '(2016-20)' is not a fact")
f("7.6 percent", 7.6, "percent", "change", "other", Q1, d="up", b="unspecified", q={"scope": "retail sales of consumer goods"},
  n="retail sales have no indicator id (revenue defensible); no basis word")
f("three times", 3, "times", "change", "population", "2023-04-29/2023-05-03", d="up", b="yoy", a="~", ent="Wuyi Mountain", et="zone",
  q={"scope": "tourists during the May Day holiday"},
  n="'almost three times that of last year' = change/yoy, approx ~; May Day holiday 2023 dated as its span (2023-05 defensible); Wuyi Mountain scenic area typed zone")
f("1.18 trillion yuan", 1.18e12, "CNY", "level", "output_value", "2022", q={"sector": "marine industries"})
f("1.5 trillion yuan", 1.5e12, "CNY", "level", "output_value", "2025", s="target", q={"sector": "marine industries"})
f("3.2 gigawatts", 3.2, "GW", "level", "capacity", "2023-05", q={"sector": "offshore wind power", "scope": "installed capacity"})
f("10.3 GW", 10.3, "GW", "level", "capacity", "2021/2025", s="target", q={"sector": "offshore wind power", "scope": "capacity to be added"})
_b.ent("Mindong Energy Technology", "company")
f("96.4 billion yuan", 96.4e9, "CNY", "level", "revenue", "2022", n="'2011' is a year, not a fact")
f("112 percent", 112, "percent", "change", "revenue", "2022", d="up", b="yoy")
f("8.7 billion yuan", 8.7e9, "CNY", "level", "other", "2022", q={"scope": "net profit"}, n="net profit has no indicator id: other (dev3 convention)")
f("31,000", 31000, "count", "level", "jobs", None, c="employee", n="present tense: null")
f("420 million", 420e6, "count", "level", "capacity", None, c="battery cell", q={"per": "year"}, n="'can make ... a year' = annual capacity")
f("50-kilometer", 50, "km", "level", "length", None, a="<=", ent="Ningde", et="city", q={"scope": "distance within which parts suppliers are found"},
  n="'within a 50-kilometer drive' = at most; quoted statement about the city; 'Ten years ago' is a time frame")
_b.ent("Ningde", "city")
f("212 billion yuan", 212e9, "CNY", "level", "output_value", "2022", q={"sector": "lithium batteries"})
f("3.4 times", 3.4, "times", "change", "output_value", "2022", d="up", b="since", q={"sector": "lithium batteries"}, n="'3.4 times that of 2019'")
f("76", 76, "count", "level", "enterprises", None, c="supplier", q={"sector": "lithium battery materials and equipment"}, n="present perfect with no time word: null")
f("500 billion yuan", 500e9, "CNY", "level", "output_value", "2025", s="target", q={"sector": "lithium batteries"})
f("10.5 percent", 10.5, "percent", "change", "gdp", "2022", d="up", b="unspecified")
f("nine", 9, "count", "level", "count", None, c="city", ent="Fujian", et="province", q={"scope": "cities of the province"},
  n="number of Fujian's cities; a stated count, null period")
_b.ent("Anxi county", "county")
f("40,000 hectares", 40000, "ha", "level", "area", None, q={"product": "tea gardens"})
f("72,000 tons", 72000, "t", "level", "production", "2022", q={"product": "tea"})
f("31 billion yuan", 31e9, "CNY", "level", "output_value", "2022", q={"sector": "tea industry"})
f("one-third", 33.3, "percent", "share", "population", None, a="~", q={"sector": "tea", "scope": "share of residents living from tea"},
  n="'a third' = 33.3 percent as dev2")
f("1.1 million", 1.1e6, "count", "level", "population", None, c="person", q={"scope": "residents of the county"})
_b.ent("Dongling village", "village")
f("146", 146, "count", "level", "households", None, c="family", q={"scope": "member families of Su Yaqin's tea cooperative"}, n="'36' after the name is an age")
f("8.2 million yuan", 8.2e6, "CNY", "level", "revenue", M, q={"scope": "online sales of Su Yaqin's tea cooperative"},
  n="the cooperative is not named: entity the village, as the gold does for Hao Runmei's cooperative")
f("45 percent", 45, "percent", "change", "revenue", M, d="up", b="yoy", q={"scope": "online sales of Su Yaqin's tea cooperative"})
f("20,000", 20000, "count", "level", "population", None, c="person", q={"scope": "livestream viewers each evening"}, n="quoted habitual present: null")
f("28,600 yuan", 28600, "CNY", "level", "income", "2022", q={"scope": "per capita disposable income of residents"})
f("15 percent", 15, "percent", "ratio", "price", None, a="~", q={"product": "fresh tea leaves", "scope": "cooperative's payment above the local market price"},
  n="'15 percent more than the market price' is a comparison with something else: ratio (dev3 convention)")
_b.ent("Anxi county", "county")
f("360 million yuan", 360e6, "CNY", "level", "public_funding", "2019/2023", q={"scope": "restoring tea gardens"},
  n="sentence continued after the caption leads here; 'since 2019' in a 2023 page = 2019/2023; county government spending = public_funding")
f("6,700 hectares", 6700, "ha", "level", "area", "2019/2023", q={"scope": "tea gardens restored"})
f("12", 12, "count", "level", "count", "2025", s="target", c="village", q={"scope": "villages to get tea trails and homestays"})
_b.ent("Dongling village", "village")
f("20,000", 20000, "count", "level", "population", None, c="person", q={"scope": "livestream viewers each evening"}, n="repeated pull-quote fragment")
FACTS = _b.facts
