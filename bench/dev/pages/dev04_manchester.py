from ._b import Builder

DOC = "dev04_manchester.txt"
PUBLISHED = "2022-11-24"
SOURCE = "regional business supplement page, Greater Manchester (written for the Tally dev set)"

TEXT = r"""

City region bets on tech and trams to close the gap



Output recovers to pre-pandemic level but productivity still trails the national average

By SIOBHAN CARR

Greater Manchester's economy has bounced back from the pandemic faster than most of the North of England, new figures show, although the city region still lags the national average on productivity.

Gross value added across its ten boroughs reached [[£80.4bn]] in 2021, up [[7.2 per cent]] on 2020, according to the Office for National Statistics. That left output about [[1 per cent]] above its 2019 level.

Digital and technology firms contributed [[£5.8bn]], or [[7.2 per cent]] of the total, and the sector employs more than [[90,000]] people.

Output per head, however, was [[£27,300]], about [[14 per cent]] below the UK figure.

The employment rate stood at [[74.3 per cent]] in the year to June, [[1.4 percentage points]] below the national average, while unemployment was [[4.1 per cent]].

"We have the universities, the airport and the talent. What we need is the transport to connect people to jobs," said Andy Burke, a senior economist at the Greater Manchester Combined Authority.

The region's [[four]] universities teach more than [[110,000]] students, and about [[52 per cent]] of their graduates stay in Greater Manchester to work, according to a study published last year by the University of Salford.

Tom Price contributed to this story.



A tram crosses St Peter's Square in Manchester city centre. The Metrolink network carries most of the region's light rail passengers. JAMES HOLDEN / FOR THE GUARDIAN REGIONAL

Robot maker to build [[£42m]] plant

By TOM PRICE

Irwell Robotics, a Salford-based maker of warehouse robots, will create [[350]] jobs at a new [[£42m]] factory in Trafford Park, close to junction 9 of the M60.

The company's turnover rose [[64 per cent]] to [[£18.5m]] in the year to March, and it exports to [[22]] countries, chief executive Priya Nair said.

It expects sales to reach [[£50m]] within three years of the factory opening in 2024.

The city region's airport is also recovering. Manchester Airport handled [[2.4m]] passengers in October, [[88 per cent]] of the number it saw in the same month of 2019.

Plan for trams, buses and homes

By SIOBHAN CARR

The combined authority has been awarded [[£1.07bn]] from the government's City Region Sustainable Transport Settlement for the period between 2022 and 2027.

Part of the money will go to the Metrolink network, which at [[103km]] is the UK's [[largest]] light rail system, and to [[four]] new stops on the line to Trafford.

Bus fares have been capped at [[£2]] for a single adult journey since September.

The region also plans to build [[50,000]] affordable homes by 2038, including [[30,000]] for social rent.

In Stockport, a [[£1bn]] regeneration scheme will add around [[3,000]] homes to the town centre by 2030, the council said. The borough's population grew by [[2.7 per cent]] between the 2011 and 2021 censuses to [[294,800]].

Manchester's city centre, meanwhile, is now home to about [[72,000]] people, roughly [[three times]] as many as in 2001.

Tom Price contributed to this story.

Output per head was [[14 per cent]] below the UK figure
"""

_b = Builder()
f = _b.f
_b.ent("Greater Manchester", "county")
f("£80.4bn", 80.4e9, "GBP", "level", "value_added", "2021", q={"scope": "gross value added of the whole economy"},
  n="GVA of the whole area annotated as value_added (gdp defensible); Greater Manchester is a metropolitan county: entity_type county")
f("7.2 per cent", 7.2, "percent", "change", "value_added", "2021", d="up", b="yoy", q={"scope": "gross value added of the whole economy"},
  n="'up on 2020' for a 2021 figure = year-on-year")
f("1 per cent", 1, "percent", "change", "value_added", "2021", d="up", b="since", a="~", q={"scope": "gross value added vs 2019"})
f("£5.8bn", 5.8e9, "GBP", "level", "value_added", "2021", q={"sector": "digital and technology"})
f("7.2 per cent", 7.2, "percent", "share", "value_added", "2021", q={"sector": "digital and technology", "scope": "share of total GVA"})
f("90,000", 90000, "count", "level", "jobs", None, a=">", c="person", q={"sector": "digital and technology"},
  n="present tense 'employs', no time word: null (2021 from the sentence context defensible)")
f("£27,300", 27300, "GBP", "level", "value_added", "2021", q={"scope": "GVA per head"},
  n="output per head: value_added per capita, period carried from the paragraph (2021)")
f("14 per cent", 14, "percent", "ratio", "value_added", "2021", a="~", q={"scope": "GVA per head vs the UK figure"},
  n="comparison with the UK figure: kind ratio")
f("74.3 per cent", 74.3, "percent", "share", "jobs", "2021-07/2022-06", q={"scope": "employment rate"},
  n="'the year to June' before a November 2022 publication = July 2021 - June 2022")
f("1.4 percentage points", 1.4, "percentage_point", "ratio", "jobs", "2021-07/2022-06", q={"scope": "employment rate gap to the national average"},
  n="gap between two rates: kind ratio, as in the visible gold; direction (below) kept in the scope")
f("4.1 per cent", 4.1, "percent", "share", "other", "2021-07/2022-06", q={"scope": "unemployment rate"}, n="period carried from the same sentence")
f("four", 4, "count", "level", "count", None, c="university", q={"scope": "universities in the region"})
f("110,000", 110000, "count", "level", "enrollment", None, a=">", c="student", q={"scope": "students at the region's universities"})
f("52 per cent", 52, "percent", "share", "population", "2021", a="~", q={"scope": "graduates staying in the region to work"},
  n="figure from a study published 'last year' (2021); null defensible")
_b.ent("Irwell Robotics", "company")
f("£42m", 42e6, "GBP", "level", "investment", None, s="target", q={"scope": "new factory in Trafford Park"},
  n="headline figure, same fact as in the body")
f("350", 350, "count", "level", "jobs", None, s="target", c="job", q={"scope": "jobs at the new Trafford Park factory"},
  n="'will create': target; no date given (the factory opens in 2024, per a later sentence: 2024 defensible); 'junction 9 of the M60' is not a fact")
f("£42m", 42e6, "GBP", "level", "investment", None, s="target", q={"scope": "new factory in Trafford Park"},
  n="'m' = million here (not metres); cost of a factory to be built: target, no date")
f("64 per cent", 64, "percent", "change", "revenue", "2021-04/2022-03", d="up", b="yoy",
  n="'the year to March' = the company's financial year April 2021 - March 2022; basis yoy (previous financial year)")
f("£18.5m", 18.5e6, "GBP", "level", "revenue", "2021-04/2022-03")
f("22", 22, "count", "level", "count", None, c="country", q={"scope": "export destinations"})
f("£50m", 50e6, "GBP", "level", "revenue", "2027", s="target",
  n="'within three years of the factory opening in 2024' = by 2027; 'three years' is a time expression here, not a fact")
_b.ent("Manchester Airport", "company")
f("2.4m", 2.4e6, "count", "level", "population", "2022-10", c="passenger", q={"scope": "passengers handled"},
  n="'m' = million; passengers counted as people (population)")
f("88 per cent", 88, "percent", "ratio", "population", "2022-10", q={"scope": "passengers vs October 2019"},
  n="level as a share of the 2019 level: kind ratio (change/since defensible)")
_b.ent("Greater Manchester Combined Authority", "organization")
f("£1.07bn", 1.07e9, "GBP", "level", "public_funding", "2022/2027", q={"scope": "City Region Sustainable Transport Settlement"})
_b.ent("Metrolink", "programme")
f("103km", 103, "km", "level", "length", None, q={"scope": "light rail network"}, n="no space between number and unit")
f("largest", 1, "rank", "rank", "length", None, q={"scope": "light rail systems in the UK"},
  n="superlative without an ordinal read as rank 1, like 'ranking top' in the visible gold")
f("four", 4, "count", "level", "count", None, s="target", c="stop", q={"scope": "new stops on the line to Trafford"})
_b.ent("Greater Manchester", "county")
f("£2", 2, "GBP", "level", "price", "2022-09/2022-11", q={"scope": "capped bus fare for a single adult journey"},
  n="'since September' up to publication (November 2022); 2022 defensible")
f("50,000", 50000, "count", "level", "count", "2038", s="target", c="home", q={"scope": "affordable homes to be built"})
f("30,000", 30000, "count", "level", "count", "2038", s="target", c="home", q={"scope": "affordable homes for social rent"},
  n="target year carried from the same sentence")
_b.ent("Stockport", "district")
f("£1bn", 1e9, "GBP", "level", "investment", "2030", s="target", q={"scope": "town centre regeneration scheme"},
  n="Stockport is a metropolitan borough: entity_type district")
f("3,000", 3000, "count", "level", "count", "2030", a="~", s="target", c="home", q={"scope": "homes added to the town centre"})
f("2.7 per cent", 2.7, "percent", "change", "population", "2021", d="up", b="since", n="between the 2011 and 2021 censuses: since 2011, newer value 2021")
f("294,800", 294800, "count", "level", "population", "2021", c="person")
_b.ent("Manchester", "city")
f("72,000", 72000, "count", "level", "population", "2022", a="~", c="person", q={"scope": "city centre residents"}, n="'now' = publication year")
f("three times", 3, "times", "change", "population", "2022", d="up", b="since", a="~", q={"scope": "city centre residents vs 2001"},
  n="multiple of an earlier year's value: change/since, unit times")
_b.ent("Greater Manchester", "county")
f("14 per cent", 14, "percent", "ratio", "value_added", "2021", q={"scope": "GVA per head vs the UK figure"},
  n="pull-quote fragment repeating the body figure (no 'about' here, so approx =)")
FACTS = _b.facts
