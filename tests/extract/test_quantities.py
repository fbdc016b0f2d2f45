"""The quantity grammar: spans, values, units, approximators, counted nouns, exclusions."""

import pytest

from tally.extract.quantities import Options, counted_phrase, find_quantities, scan


def one(text):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


# (sentence, span text, value, unit)
BASIC = [
    ("Retail sales hit 12.7 billion yuan last quarter.", "12.7 billion yuan", 12.7e9, "CNY"),
    ("The fund holds $8.25 million in bonds.", "$8.25 million", 8.25e6, "USD"),
    ("It cost \\$2,400 to repair.", "\\$2,400", 2400, "USD"),
    ("Turnover reached US$3.1bn.", "US$3.1bn", 3.1e9, "USD"),
    ("A grant of 40,000 euros was approved.", "40,000 euros", 40000, "EUR"),
    ("Fees rose to HK$ 900 per month.", "HK$ 900", 900, "HKD"),
    ("The budget is RMB 15 million.", "RMB 15 million", 15e6, "CNY"),
    ("Output grew 6.4 percent.", "6.4 percent", 6.4, "percent"),
    ("Output grew 6.4 per cent.", "6.4 per cent", 6.4, "percent"),
    ("Exports jumped 112%.", "112%", 112, "percent"),
    ("Margins widened by 1.8 percentage points.", "1.8 percentage points", 1.8, "percentage_point"),
    ("Sales were 4.2 times higher.", "4.2 times", 4.2, "times"),
    ("The mine shipped 3.6 million metric tons of coal.", "3.6 million metric tons", 3.6e6, "t"),
    ("They planted 2,500 hectares of wheat.", "2,500 hectares", 2500, "ha"),
    ("The reserve covers 12 square kilometers.", "12 square kilometers", 12, "km2"),
    ("A 220-kilometer expressway opened.", "220-kilometer", 220, "km"),
    ("Farmers rent a 0.6-hectare plot.", "0.6-hectare", 0.6, "ha"),
    ("The tunnel runs 900 meters deep.", "900 meters", 900, "m"),
    ("The line carries 500 kV of power.", "500 kV", 500, "kV"),
    ("A 20 MW solar farm was built.", "20 MW", 20, "MW"),
    ("Trains reach 350 kilometers per hour.", "350 kilometers per hour", 350, "km/h"),
    ("The project took two years.", "two years", 2, "year"),
    ("Wages were paid after seven months.", "seven months", 7, "month"),
    ("The town exported 5,210 tons.", "5,210 tons", 5210, "t"),
    ("Storage doubled to 512GB.", "512GB", 512, "GB"),
    # "PS" is the ASCII transliteration of "£"
    ("The chairman took home PS3.4m last year.", "PS3.4m", 3.4e6, "GBP"),
    ("A bonus of PS12,500 was paid.", "PS12,500", 12500, "GBP"),
    # a spaced symbol prefix and a symbol after the number
    ("Holders were offered C $7.50 in cash.", "C $7.50", 7.5, "CAD"),
    ("She paid 950€ for the bike.", "950€", 950, "EUR"),
    # a sign between the currency symbol and the digits
    ("The deficit widened to $-41.2bn in May.", "$-41.2bn", -41.2e9, "USD"),
    ("The old truck did 65 m.p.h. downhill.", "65 m.p.h.", 65, "mph"),
    # a hyphenated area unit before a noun
    ("It is a 212-square-kilometer zone.", "212-square-kilometer", 212, "km2"),
    ("They built a 3,400-square-metre depot.", "3,400-square-metre", 3400, "m2"),
    # "one day" with a counted meaning stays
    ("Shipping takes one day by rail.", "one day", 1, "day"),
    # "8 or $9": the symbol of the second number covers the first
    ("A pint costs 6 or $7 here.", "6", 6, "USD"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), BASIC)
def test_basic_quantities(text, span, value, unit):
    qs = [q for q in find_quantities(text) if q.text == span]
    assert qs, find_quantities(text)
    q = qs[0]
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert text[q.start : q.end] == span


@pytest.mark.parametrize(
    ("text", "span", "approx"),
    [
        ("Profits were more than 30 million yuan.", "30 million yuan", ">"),
        ("It employs nearly 900 staff.", "900", "~"),
        ("Some 45 percent of firms agreed.", "45 percent", "~"),
        ("Prices rose about 3 percent.", "3 percent", "~"),
        ("Up to 200 million yuan will be spent.", "200 million yuan", "<="),
        ("At least 12 villages were linked.", "12", ">="),
        ("Fewer than 40 households remain.", "40", "<"),
        ("Revenue surpassing 7 billion yuan was booked.", "7 billion yuan", ">"),
        ("Investment approximately 9 percent higher.", "9 percent", "~"),
        ("Companies with turnover of 5 million yuan or more were counted.", "5 million yuan", ">="),
        ("The stake is over 25 percent.", "25 percent", ">"),
        # verbs of surpassing and comparatives
        ("The city hopes sales will exceed 4 billion yuan.", "4 billion yuan", ">"),
        ("Turnover topped 80 million yuan.", "80 million yuan", ">"),
        ("A track record shorter than five years is common.", "five years", "<"),
        ("Plots larger than 30 hectares were merged.", "30 hectares", ">"),
        # "up to" after a verb of motion, "over" after a verb of spreading are no approximators
        ("Inflation crept up to 3.4 percent.", "3.4 percent", "="),
        ("Spread over 9,000 hectares, the reserve is home to cranes.", "9,000 hectares", "="),
    ],
)
def test_approximators_stay_outside_the_span(text, span, approx):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert q.approx == approx


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("The county built 212 research stations.", "212", "station"),
        ("Some 38 glass factories closed.", "38", "factory"),
        ("It trades with 60 countries and regions.", "60", "country"),
        ("The fund helped 4,512 poor households.", "4,512", "household"),
        ("About 7,000 residents moved.", "7,000", "person"),
        ("The plant hired 300 workers.", "300", "person"),
        ("Nine new parks opened.", "Nine", "park"),
        # "more"/"other" may open a counted phrase
        ("The club signed four more strikers.", "four", "striker"),
        ("Six other banks followed.", "Six", "bank"),
        # "a noun or two": the noun before "or" is counted
        ("The firm may add a plant or two next year.", "two", "plant"),
        ("Pupils ate 1,800 calories a day.", "1,800", "calorie"),
        ("They shipped 2.2 million batteries.", "2.2 million", "battery"),
        ("The city added 16 greenhouses.", "16", "greenhouse"),
        ("The group runs 27 such clinics.", "27", "clinic"),
    ],
)
def test_counted_nouns(text, span, counted):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert q.unit == "count"
    assert q.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "value", "high", "unit"),
    [
        ("Fares rise by 10 to 15 percent.", "10 to 15 percent", 10, 15, "percent"),
        ("Trains run at 200-350 kilometers per hour.", "200-350 kilometers per hour", 200, 350, "km/h"),
        ("Pupils aged between 12 and 14 were tested.", "12 and 14", 12, 14, "year"),
        ("The deal is worth $2 to $3 billion.", "$2 to $3 billion", 2e9, 3e9, "USD"),
        ("Trials cost 8-12 million yuan.", "8-12 million yuan", 8e6, 12e6, "CNY"),
    ],
)
def test_ranges(text, span, value, high, unit):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert (q.value, q.value_high, q.unit) == (pytest.approx(value), pytest.approx(high), unit)


def test_currency_pair_is_linked():
    text = "Sales were more than 2 billion yuan (\\$309 million) last year."
    a, b = find_quantities(text)
    assert (a.text, a.unit, b.text, b.unit) == ("2 billion yuan", "CNY", "\\$309 million", "USD")
    assert a.paired_with == 1 and b.paired_with == 0
    assert a.approx == b.approx == ">"


def test_pair_shares_per_year():
    text = "Costs fall by up to 8 million yuan (\\$1.2 million) a year."
    a, b = find_quantities(text)
    assert a.per == b.per == "year"
    assert a.approx == b.approx == "<="


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("Each farmer earns 30,000 yuan a year.", "30,000 yuan", "year"),
        ("Rent is 2,000 yuan per month.", "2,000 yuan", "month"),
        ("Firms with annual revenue of 20 million yuan qualify.", "20 million yuan", "year"),
        ("Members pocket 9,000 yuan annually.", "9,000 yuan", "year"),
    ],
)
def test_per(text, span, per):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert q.per == per


def test_growth_rate_annually_is_not_per_year():
    q = one("Profits rose 9 percent annually.")
    assert q.per is None


@pytest.mark.parametrize(
    ("text", "span", "unit", "per"),
    [
        ("The plant runs one 40,000 barrel-a-day unit.", "40,000 barrel", "bbl", "day"),
        ("Fees rose by up to £30 a-year for members.", "£30", "GBP", "year"),
    ],
)
def test_hyphenated_per_forms(text, span, unit, per):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert (q.unit, q.per) == (unit, per)
    assert "per" in q.rules


def test_not_a_currency_product_name():
    assert [q.unit for q in find_quantities("He bought a PS5 and two games.")] == ["count"]


def test_pair_tail_per_belongs_to_the_main_amount():
    text = "The bid was C $9 (US $6.70) per share."
    a, b = find_quantities(text)
    # both compound, as "C$9 per share" alone is CAD/share
    assert (a.unit, b.unit) == ("CAD/share", "USD/share")
    assert a.per == b.per == "share"
    assert "per" in a.rules and "per" not in b.rules


def test_per_other_unit_makes_a_compound_unit():
    q = one("Gold traded at $1,900 per ounce.")
    assert q.unit == "USD/oz" and q.per == "oz"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Its growth rate ranked third among all provinces.", "third", 3),
        ("It is the second-largest port in the region.", "second-largest", 2),
        ("The city was the first in the province to finish.", "first", 1),
        ("The county ranked top in exports.", "top", 1),
        ("It became the first pilot zone in China to open.", "first", 1),
    ],
)
def test_ranks(text, span, value):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert (q.unit, q.value, q.kind_hint) == ("rank", value, "rank")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The region grows about half of the nation's tea.", "half", 50),
        ("It supplies more than a half of the market.", "a half", 50),
        ("Nearly two-thirds of the loans were repaid.", "two-thirds", 66.7),
        ("A quarter of the staff work remotely.", "A quarter", 25),
        ("The lake covers a third of the county.", "a third", 33.3),
        ("One-third of the mills closed.", "One-third", 33.3),
    ],
)
def test_fractions_are_shares_in_percent(text, span, value):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert q.unit == "percent" and q.value == value


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Exports doubled in May.", "doubled", 2, "times"),
        ("Output grew threefold.", "threefold", 3, "times"),
        ("Income rose 2.5 times.", "2.5 times", 2.5, "times"),
    ],
)
def test_multiples_are_changes(text, span, value, unit):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert (q.value, q.unit, q.kind_hint) == (value, unit, "change")


def test_vague_quantities_have_no_value():
    q = one("The fair drew dozens of exhibitors.")
    assert (q.text, q.value, q.approx, q.counted) == ("dozens", None, "~", "exhibitor")


def test_about_a_year():
    q = one("The upgrade took about a year to finish.")
    assert (q.text, q.value, q.unit, q.approx) == ("a year", 1, "year", "~")


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Children older than 12 years old may join.", "12 years", 12, "year"),
        ("A 45-year-old engineer designed it.", "45-year-old", 45, "year"),
        ("Temperatures fell to minus 12 degrees Celsius.", "12 degrees Celsius", -12, "degC"),
        ("Losses were -3.5 percent.", "3.5 percent", -3.5, "percent"),
        ("Chips below sub-5 nanometer are hard.", "5 nanometer", 5, "nm"),
        ("Add 1/2 pound of flour.", "1/2 pound", 0.5, "lb"),
        # a glued "m" before a plural noun phrase is million; before a dimension word, metres
        ("The label shipped 3.1m combined vinyl and CD copies.", "3.1m", 3.1e6, "count"),
        ("The wall is 2.5m tall.", "2.5m", 2.5, "m"),
        ("Delivery takes a week or two.", "two", 2, "week"),
    ],
)
def test_special_forms(text, span, value, unit):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was released in 2019.",
        "During the 13th Five-Year Plan (2016-20) the city grew.",
        "The 14th Five-Year Plan guides the work.",
        "The fair opened on April 30 and closed on 3 May.",
        "Data cover January to May.",
        "It rolled out 5G networks quickly.",
        "The COVID-19 pandemic slowed trade.",
        "Call 0351-4567890 for details.",
        "The meeting began at 10:30 am.",
        "The firm was founded nine years ago.",
        "Output rose in the first five months.",
        "It grew over the past five years.",
        "It was the first time it happened.",
        "Profits in the first half were strong.",
        "He read Section 427 of the law.",
        "The Fortune 500 list came out.",
        "Innovation is one of the key goals.",
        "The score ended 2-2 after extra time.",
        # the years of an era in brackets
        "The walls date from the Ming Dynasty (1368-1644) and the town from the Han Dynasty (206-220).",
        # "one day" meaning some day
        "As a boy he dreamed that one day he would sail.",
        "Perhaps one day, we will meet again.",
        # a duration after a superlative is a stretch of time
        "The shop had its best three months on record.",
        # a number word ending a short quoted name
        "Officials call wind, solar and hydrogen the 'big three' of the plan.",
    ],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_window_and_offsets():
    text = "A: 5 percent. B: 7 percent. C: 9 percent."
    qs = find_quantities(text, 10, 30)
    assert [q.text for q in qs] == ["7 percent"]
    assert text[qs[0].start : qs[0].end] == "7 percent"


def test_hyphenated_line_break_in_counted_noun():
    q = one("They trained 400 tech-\n\nnicians this year.")
    assert q.counted == "tech-nician"


def test_elliptic_unit_after_a_connective():
    qs = find_quantities("Shipments rose to 3.2 million tons from 2.9 million a year before.")
    assert [q.unit for q in qs] == ["t", "t"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # an apposed rate is skipped: the level after it takes the unit before it
        ("The index gained 40.5 points, or 1.2%, to 3,410.77.", ["point", "percent", "point"]),
        # a leading comma before the connective
        ("Output hit 2.1 million tons, up from 1.8 million.", ["t", "t"]),
        # a level before its change in points
        ("The composite (2,904.12, down 17.6 points) slipped.", ["point", "point"]),
        ("The index (2,904.12, down 1.2 percent) slipped.", ["count", "percent"]),
    ],
)
def test_elliptic_units(text, units):
    assert [q.unit for q in find_quantities(text)] == units


def test_options_news_conventions():
    opts = Options(singular_one=True, from_to_ranges=True, ranks=False, multiples=False)
    assert [q.value for q in scan("She gave one speech.", options=opts)] == [1]
    q = scan("Prices ranged from $3 to $5.", options=opts)[0]
    assert (q.value, q.value_high) == (3, 5)
    assert scan("It doubled and came first in China.", options=opts) == []


def test_counted_phrase_keeps_modifiers():
    text = "The city opened 12 public charging stations."
    q = one(text)
    np = counted_phrase(text, q)
    assert np.lemma_phrase == "public charging station"


@pytest.mark.parametrize(
    ("text", "span", "phrase"),
    [
        # a modifier between the determiner and the number belongs to the counted phrase
        ("Fans watched the top four teams.", "four", "top team"),
        ("Shares rose over the previous three sessions.", "three", "previous session"),
        ("He scored a record 41 tries that year.", "41", "record try"),
        # "N of (det) plural noun"
        ("Three of the firms paid.", "Three", "firm"),
        ("Five of Acme's stores shut.", "Five", "Acme's store"),
        ("It sold 7m of its older handsets.", "7m", "older handset"),
        # a number before a singular compound: "a four course dinner"
        ("We booked a four course dinner for them.", "four", "course dinner"),
    ],
)
def test_counted_phrase_forms(text, span, phrase):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert counted_phrase(text, q).lemma_phrase == phrase


@pytest.mark.parametrize(
    ("text", "span", "unit", "is_age"),
    [
        ("Okafor, 58, stepped down on Monday.", "58", "year", True),
        ("The coach, Brennan, 47, signed on.", "47", "year", True),
        ("Vaccines go to children under the age of 12 years.", "12 years", "year", True),
        ("In March, 40, not 30, buses ran.", "40", "count", False),
        ("Sales rose to 5, 6 and 7 units.", "5", "count", False),
    ],
)
def test_ages(text, span, unit, is_age):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert q.unit == unit
    assert ("age" in q.rules) is is_age


# ---------------------------------------------------------------- other regions and currencies

# (sentence, span text, value, unit)
REGIONS = [
    # Indian numbering: lakh = 1e5, crore = 1e7, stacked "lakh crore" = 1e12
    ("The board cleared Rs 7,250 crore for ports.", "Rs 7,250 crore", 7.25e10, "INR"),
    ("Its budget is Rs. 310 crore this year.", "Rs. 310 crore", 3.1e9, "INR"),
    ("Receipts touched ₹3.85 lakh crore in the year.", "₹3.85 lakh crore", 3.85e12, "INR"),
    ("Deals worth Rs 2.07 lakh crore were signed.", "Rs 2.07 lakh crore", 2.07e12, "INR"),
    ("The fund holds INR 45 crore.", "INR 45 crore", 4.5e8, "INR"),
    ("Mills crushed 63.4 lakh tonnes of cane.", "63.4 lakh tonnes", 6.34e6, "t"),
    ("Farmers sowed 12.5 lakh hectares.", "12.5 lakh hectares", 1.25e6, "ha"),
    ("Average pay rose to Rs 1,86,420 last year.", "Rs 1,86,420", 186420, "INR"),
    # British forms
    ("Output was worth £61.7bn last year.", "£61.7bn", 61.7e9, "GBP"),
    ("A £35m depot will open.", "£35m", 35e6, "GBP"),
    ("The airport handled 3.7m passengers.", "3.7m", 3.7e6, "count"),
    ("The busway is 41km long.", "41km", 41, "km"),
    ("Wages rose 4.6 per cent.", "4.6 per cent", 4.6, "percent"),
    ("Growers harvested 118 million bushels.", "118 million bushels", 118e6, "bushel"),
    ("Tickets rose by 75 paise.", "75 paise", 75, "paise"),
    # a fraction of a scale word is one number
    ("The mill ground half a million tonnes.", "half a million tonnes", 5e5, "t"),
    ("A quarter of a million guests came.", "A quarter of a million", 2.5e5, "count"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), REGIONS)
def test_regional_numbers_and_currencies(text, span, value, unit):
    qs = [q for q in find_quantities(text) if q.text == span]
    assert qs, find_quantities(text)
    assert qs[0].value == value          # exact: no binary noise from the scale words
    assert qs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The scheme created 2.4 lakh jobs.", "job"),
        ("Nearly 3 lakh farmers signed up.", "person"),
    ],
)
def test_lakh_counts(text, counted):
    q = one(text)
    assert q.unit == "count" and q.counted == counted and q.value in (2.4e5, 3e5)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a change then a level, not a range
        ("Payrolls grew by 7,300 to 512,900 in March.", [("7,300", 7300, None), ("512,900", 512900, None)]),
        (
            "Sales climbed by 1.1 million to 9 million.",
            [("1.1 million", 1.1e6, None), ("9 million", 9e6, None)],
        ),
        # comparable ends are still a range
        ("Prices may rise by 4 to 6 percent.", [("4 to 6 percent", 4, 6)]),
        ("Orders fell by 150 to 200 units.", [("150 to 200", 150, 200)]),
    ],
)
def test_by_x_to_y(text, spans):
    got = [(q.text, q.value, q.value_high) for q in find_quantities(text)]
    assert got == spans


@pytest.mark.parametrize(
    "text",
    [
        "Trucks queue near junction 14 of the ring road.",
        "Ships dock at berth 6 each morning.",
        "The plane sat on runway 2 for an hour.",
        "Travellers use terminal 3 now.",
        "She lives at Rua das Flores 118 today.",
        "The fair opened from Oct 2 to 8.",
        "Some 19 of the world's top 500 companies are here.",
        "The region has double digits growth.",
    ],
)
def test_identifiers_and_dates_are_not_quantities(text):
    assert [q.text for q in find_quantities(text) if q.text not in ("19", "Some 19")] == []


@pytest.mark.parametrize(
    ("text", "span", "value", "counted"),
    [
        ("Portugal's 18 districts report monthly.", "18", 18, "district"),
        ("The Netherlands' 12 provinces agreed.", "12", 12, "province"),
        ("They opened a 40-room hotel.", "40-room", 40, "room"),
        ("A 250-bed clinic is planned.", "250-bed", 250, "bed"),
        ("The 15-member board voted.", "15-member", 15, "person"),
    ],
)
def test_possessive_and_compound_counts(text, span, value, counted):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert (q.value, q.unit, q.counted) == (value, "count", counted)


@pytest.mark.parametrize(
    "text",
    ["They drew a 40-odd crowd.", "A 9,000-strong march passed.", "It was a two-way deal."],
)
def test_compound_blockers(text):
    assert find_quantities(text) == []


def test_compound_counts_are_an_option():
    assert scan("They opened a 40-room hotel.", options=Options(hyphen_counts=False)) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "approx"),
    [
        ("Wind output is about double the level of 2018.", "double", 2, "~"),
        ("The port aims to triple its throughput.", "triple", 3, "="),
        ("Visitors reached nearly three times the 2020 total.", "three times", 3, "~"),
    ],
)
def test_multiple_words(text, span, value, approx):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert (q.value, q.unit, q.approx, q.kind_hint) == (value, "times", approx, "change")


@pytest.mark.parametrize(
    "text", ["Growth hit double digits.", "It was a double whammy.", "Bonds rated triple-A sold."]
)
def test_double_as_adjective_is_not_a_multiple(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "is_rank"),
    [
        ("The tunnel is Norway's longest and the region's biggest project.", True),
        ("Rotterdam is the continent's busiest port.", True),
        ("Lyon has been the largest exporting city for years.", True),
        ("Its size would make it the biggest such farm in Europe.", True),
        ("Texas is the world's largest", True),
        ("One of Chile's largest banks merged.", False),
        ("Among the world's busiest ports is Busan.", False),
        ("Peru's largest exporters gathered.", False),
        ("The largest buyer was Japan.", False),
        ("He said the biggest risk was rates.", False),
    ],
)
def test_bare_superlatives_are_rank_one(text, is_rank):
    ranks = [q for q in find_quantities(text) if q.unit == "rank"]
    assert bool(ranks) is is_rank
    if ranks:
        assert (ranks[0].value, ranks[0].kind_hint, ranks[0].text) == (1, "rank", ranks[0].text.lower())


def test_per_person_keeps_the_currency():
    q = one("The allowance is 8,000 yuan per person a year.")
    assert (q.unit, q.per) == ("CNY", "year")
    q = one("Guests pay 45 euros per head.")
    assert (q.unit, q.per) == ("EUR", "capita")


def test_bare_decimal_after_ratio_is_times():
    q = one("The ratio of town to farm wages eased to 2.47 in May.")
    assert (q.text, q.unit) == ("2.47", "times")


@pytest.mark.parametrize(
    ("text", "span", "is_age"),
    [
        ('"Rents are high," said owner Laila Moreno, 39.', "39", True),
        ("Lodge keeper Iker Sanz, 57, agreed.", "57", True),
        ("Orders came from New Mexico, 14.", "14", False),
    ],
)
def test_appositive_ages_carry_the_age_rule(text, span, is_age):
    q = [q for q in find_quantities(text) if q.text == span][0]
    assert ("age" in q.rules) is is_age


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "approx", "counted"),
    [
        # "N-plus", "N-odd": an approximator glued to the number, the counted noun after it
        ("The brand sells through its 40-plus retail partners.", "40", 40, "count", ">", "partner"),
        ("Some 30-odd farms joined the scheme.", "30", 30, "count", "~", "farm"),
        # "a couple of": about two
        ("Building the plant will take a couple of years.", "a couple of years", 2, "year", "~", None),
        ("Testing needs another couple of months.", "couple of months", 2, "month", "~", None),
        ("The lab hired a couple of chemists.", "a couple", 2, "count", "~", "chemist"),
        # an adjective between a number and its time unit
        (
            "The port has led the region for 12 consecutive years.",
            "12 consecutive years",
            12,
            "year",
            "=",
            None,
        ),
        ("Prices fell for three straight months.", "three straight months", 3, "month", "=", None),
    ],
)
def test_approximate_and_duration_forms(text, span, value, unit, approx, counted):
    q = one(text)
    assert (q.text, q.value, q.unit, q.approx, q.counted) == (span, value, unit, approx, counted)


@pytest.mark.parametrize("text", ["A couple of years ago the mill closed.", "A couple of the firms left."])
def test_couple_not_a_quantity(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "span", "approx"),
    [
        ("Oregon is now among the top five timber producers in the country.", "five", "<="),
        ("The mill ranks in the top 20 of the region's employers.", "20", "<="),
    ],
)
def test_among_the_top_n_is_a_position_at_most_n(text, span, approx):
    import datetime as dt

    from tally.extract.facts import extract_facts
    from tally.model import Document

    doc = Document(name="t.txt", source="t.txt", text=text, sha256="0" * 64,
                   published=dt.date(2022, 5, 1), size=len(text.encode("utf-8")))
    facts, _ = extract_facts(doc, [])
    got = [f for f in facts if f.text == span]
    assert got and got[0].unit == "rank" and got[0].approx == approx


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A ferry calls at the island twice a day in summer.", []),
        ("The committee meets three times a week.", []),
        ("Inspectors visit twice weekly.", []),
        ("Sales rose 3.5 times a year earlier.", ["3.5 times"]),
        ("Profits were twice the level of 2019.", ["twice"]),
        ("The bakery opens at six and shuts after nine in the evening.", []),
        ("The market closes at ten o'clock.", []),
        ("A terminal moved 4 million twenty-foot equivalent units.", ["4 million"]),
        ("Builders ordered 300 40-foot containers.", ["300", "40-foot"]),
        ("The gap between the two has narrowed.", []),
        ("Both the two mills and the three farms grew.", ["two", "three"]),
    ],
)
def test_frequencies_clock_times_unit_names_and_pronouns_are_not_quantities(text, kept):
    assert [q.text for q in find_quantities(text)] == kept


def test_bare_decimal_after_ratio_of_groups_is_times():
    q = find_quantities("The income ratio of the two groups eased to 2.35 last year.")[-1]
    assert (q.text, q.unit, "ratio" in q.rules) == ("2.35", "times", True)


@pytest.mark.parametrize("text", ["A reading of 3x10^512 tonnes.", "Some 7.1 × 10^400 grams were weighed."])
def test_scientific_notation_beyond_float_is_no_figure_and_no_crash(text):
    # an exponent no float can hold once raised OverflowError and stopped the whole document
    qs = find_quantities(text)
    assert all(q.value is None or abs(q.value) < float("inf") for q in qs)
    assert not any("scientific" in q.rules for q in qs)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        # re's IGNORECASE takes these as 'x', 'kms', 'years', 'kilometre': they once raised
        # AssertionError / KeyError and stopped the whole document
        ("Output hit 24X10^3 tonnes.", "24X10^3 tonnes", 24000, "t"),
        ("The road runs 5 kmſ.", "5 kmſ", 5, "km"),
        ("It took 5 yearſ.", "5 yearſ", 5, "year"),
        ("A 5 KİLOMETRE road.", "5 KİLOMETRE", 5, "km"),
    ],
)
def test_case_folded_surfaces_read_like_their_plain_spelling(text, span, value, unit):
    q = one(text)
    assert (q.text, q.value, q.unit) == (span, value, unit)
