"""General rules of US and Canadian (and wire-service) economic reporting, sentence by sentence.

Each case is a short report of our own, its publication date, a figure's text (the n-th time it
occurs) and the fields the gold conventions give it.
"""

from __future__ import annotations

import pytest
from report_facts import fact_of as _fact

CASES = [
    # a month right after the earlier figure of a comparison dates that figure alone
    (
        "Employers in Nevada added 9,100 jobs in March, and the jobless rate rose to 5.4% from 5.1% in "
        "February, state officials said.",
        "2024-04-19", "5.4%", {"period": "2024-03"},
    ),
    (
        "Employers in Nevada added 9,100 jobs in March, and the jobless rate rose to 5.4% from 5.1% in "
        "February, state officials said.",
        "2024-04-19", "5.1%", {"period": "2024-02"},
    ),
    (
        "In the third quarter, hotel occupancy in Oregon climbed to 71 percent from 66 percent in the "
        "second quarter.",
        "2023-11-02", "71 percent", {"period": "2023-07/2023-09"},
    ),
    (
        "In the third quarter, hotel occupancy in Oregon climbed to 71 percent from 66 percent in the "
        "second quarter.",
        "2023-11-02", "66 percent", {"period": "2023-04/2023-06"},
    ),
    # a percent sign before "in YEAR" is the earlier figure's unit too
    (
        "Kansas exported $14.2 billion of goods in 2022, and its share of farm products fell to 38% from "
        "45% in 2012.",
        "2023-05-02", "38%", {"period": "2022"},
    ),
    # "the province" after a province named as the sentence's subject is that province, not the
    # topic of the sentences before
    (
        "Ontario's exports rose 4.1% to C$230 billion in 2023. Manitoba's farm receipts fell 6% in the "
        "same year, and the province's canola crop shrank to 3.1 million tonnes.",
        "2024-02-20", "3.1 million tonnes", {"entity": "Manitoba"},
    ),
    (
        "Houston added 61,000 jobs last year. Denver's median home price rose 3% to $610,000 in June, "
        "and the city's rental vacancy rate climbed to 7.2%.",
        "2023-08-01", "7.2%", {"entity": "Denver"},
    ),
    # initials with full stops name a country: "U.S." is the United States
    (
        "U.S. retail sales rose 0.6% in March as shoppers spent more on cars, the Commerce Department said.",
        "2024-04-16", "0.6%", {"entity": "United States", "entity_type": "country"},
    ),
    (
        "WASHINGTON (AP) — U.S. employers posted 8.5 million job openings in February.",
        "2024-04-02", "8.5 million", {"entity": "United States", "period": "2024-02"},
    ),
    # a country as the scene of the subject ("Retail sales in Canada"), or "the country's" as the
    # subject, owns the figure; "half of the country's output" stays a scope
    (
        "Alberta's retail sales rose 1.2% in June.\n\nOTTAWA (Reuters) - Retail sales in Canada fell 0.3% in "
        "June, Statistics Canada said.",
        "2023-08-23", "0.3%", {"entity": "Canada", "entity_type": "country"},
    ),
    (
        "Ontario added 20,000 jobs in May. Employers across Canada added 41,000 jobs, and the country's "
        "jobless rate rose to 6.2%.",
        "2024-06-07", "6.2%", {"entity": "Canada"},
    ),
    (
        "Mexico buys most of Texas' exports. Laredo, a border city of 260,000 people, handles about "
        "half of the country's truck freight to the United States.",
        "2024-03-05", "half", {"entity": "Laredo"},
    ),
    # the -ing forms of verbs of change ("after gaining 0.4%") make a change
    (
        "Average hourly earnings in Ohio rose 0.3% in May after gaining 0.4% in April.",
        "2024-06-07", "0.4%", {"kind": "change", "direction": "up", "period": "2024-04"},
    ),
    (
        "Oregon's factory index edged down 0.2% in June, after slipping 0.1% in May.",
        "2024-07-03", "0.1%", {"kind": "change", "direction": "down"},
    ),
    (
        "Arizona's jobless rate ticked up 0.1 percentage point to 4.1% in May, after easing 0.2 percentage "
        "point in April.",
        "2024-06-20", "0.2 percentage point", {"kind": "change", "direction": "down"},
    ),
    # a labour force participation rate measures jobs; "working-age" names no age
    (
        "Georgia's labor force participation rate rose to 61.2% in April.",
        "2024-05-17", "61.2%", {"indicator": "jobs", "kind": "share"},
    ),
    (
        "Some 72% of Utah's working-age adults hold jobs.",
        "2024-05-17", "72%", {"indicator": "jobs"},
    ),
    # "the highest since February 2020" compares; it does not date the figure
    (
        "Ohio's participation rate rose to 62.8%, the highest since February 2020.",
        "2023-09-01", "62.8%", {"period": None},
    ),
    (
        "Florida's home sales fell to 21,300, the fewest since early 2011.",
        "2023-09-01", "21,300", {"period": None},
    ),
    # "shed" before a number is a verb ("shed 34,000 jobs"), not a name like "Shed 4"
    (
        "Pennsylvania's factories shed 3,400 jobs in May.",
        "2024-06-21", "3,400", {"indicator": "jobs", "entity": "Pennsylvania", "period": "2024-05"},
    ),
    # the subject of a subordinate clause after the main one ("..., as X filed for bankruptcy")
    # neither owns the figures nor becomes the topic
    (
        "Missouri's economy grew 2% in the second quarter. Trucking firms cut 2,100 jobs in August, as "
        "carrier Redline Freight filed for bankruptcy. Warehouse employment rose by 900.",
        "2023-09-15", "2,100", {"entity": "Missouri"},
    ),
    (
        "Missouri's economy grew 2% in the second quarter. Trucking firms cut 2,100 jobs in August, as "
        "carrier Redline Freight filed for bankruptcy. Warehouse employment rose by 900.",
        "2023-09-15", "900", {"entity": "Missouri"},
    ),
    # a fraction of a percentage point or of a percent is one figure
    (
        "Michigan's unemployment rate fell half a percentage point to 3.6% in the second quarter.",
        "2024-07-19", "half a percentage point",
        {"value": 0.5, "unit": "percentage_point", "kind": "change", "direction": "down"},
    ),
    (
        "Consumer prices in Toronto rose about a quarter of a percent in May.",
        "2024-06-25", "a quarter of a percent", {"value": 0.25, "unit": "percent", "approx": "~"},
    ),
    # a day that only says when a named span begins or ends dates no figure
    (
        "Colorado expects revenue growth to slow in fiscal 2025. "
        "Gov. Jared Polis has proposed a $40.6 billion budget for the fiscal year that begins July 1, "
        "including $1.2 billion for schools.",
        "2024-06-10", "$1.2 billion", {"period": "2024-07/2025-06", "status": "target"},
    ),
    (
        "Idaho lawmakers approved $5.1 billion in spending for fiscal 2025, which begins July 1, including "
        "$400 million for roads.",
        "2024-04-02", "$400 million", {"period": "2024-07/2025-06"},
    ),
    # what a hotel room costs a night is a price; what visitors spent is revenue
    (
        "Hotel occupancy in Memphis averaged 68% last year, while the average daily room rate rose to $171.",
        "2024-02-12", "$171", {"indicator": "price"},
    ),
    (
        "Savannah drew 14.8 million tourists, who spent $3.4 billion in the city last year.",
        "2024-02-12", "$3.4 billion", {"indicator": "revenue"},
    ),
]


@pytest.mark.parametrize(("text", "published", "figure", "want"), CASES)
def test_americas_fields(text: str, published: str, figure: str, want: dict[str, object]) -> None:
    f = _fact(text, published, figure)
    got = {k: getattr(f, k) for k in want}
    assert got == want, f.rules
