"""General rules of China Daily-style regional pages about eastern and coastal China, sentence by sentence.

Each case is a short report of our own, its publication date, a figure's text (the n-th time it
occurs) and the fields the gold conventions give it.
"""

from __future__ import annotations

import pytest
from report_facts import fact_of as _fact

CASES = [
    # the place after a rank is the scope of the rank ("ranking first among cities in the province"),
    # neither the owner of the rank nor of the figure before it
    (
        "Zhangjiagang, a port city in Jiangsu province, has 3,200 foreign trade companies. Online retail "
        "sales hit 96 billion yuan last year, ranking second among county-level cities in the province.",
        "2023-05-10", "96 billion yuan", {"entity": "Zhangjiagang"},
    ),
    (
        "Zhangjiagang, a port city in Jiangsu province, has 3,200 foreign trade companies. Online retail "
        "sales hit 96 billion yuan last year, ranking second among county-level cities in the province.",
        "2023-05-10", "second", {"entity": "Zhangjiagang", "kind": "rank"},
    ),
    (
        "Cixi is a major home appliance base. Exports reached 41 billion yuan in 2022, ranking third among "
        "county-level cities in Zhejiang.",
        "2023-03-02", "41 billion yuan", {"entity": "Cixi"},
    ),
    (
        "Cixi is a major home appliance base. Exports reached 41 billion yuan in 2022, ranking third among "
        "county-level cities in Zhejiang.",
        "2023-03-02", "third", {"entity": "Cixi"},
    ),
    # a maker's compound heads an apposition that types the name before it as a company
    (
        "Haimen has a large textile industry. Ruikang, a drugmaker based in the city, had sales "
        "of 2.6 billion yuan in 2022.",
        "2023-04-12", "2.6 billion yuan", {"entity": "Ruikang", "entity_type": "company"},
    ),
    (
        "Ninghai is known for stationery. Lanxin Crafts, a leading toymaker in the county, exported goods "
        "worth 310 million yuan last year.",
        "2023-04-12", "310 million yuan", {"entity": "Lanxin Crafts", "entity_type": "company"},
    ),
    # a figure told in the first person plural in a quote is the figure of the company (or zone)
    # its speaker is introduced as speaking for, not of the place the article is about
    (
        "Rizhao's port handled 580 million tons of cargo last year. \"We opened nine new shipping routes "
        "this year, and our goal is to handle 7 million TEUs by 2025,\" said Zhao Gang, deputy general "
        "manager of Rizhao Port Group.",
        "2023-08-01", "nine", {"entity": "Rizhao Port Group", "entity_type": "company"},
    ),
    (
        "Rizhao's port handled 580 million tons of cargo last year. \"We opened nine new shipping routes "
        "this year, and our goal is to handle 7 million TEUs by 2025,\" said Zhao Gang, deputy general "
        "manager of Rizhao Port Group.",
        "2023-08-01", "7 million", {"entity": "Rizhao Port Group", "status": "target"},
    ),
    (
        "Fuzhou Tianyu Garments, a clothing exporter, moved to Jinjiang in 2015. Jinjiang's exports of "
        "footwear rose 12 percent last year. \"Our orders from the Middle East grew 40 percent last year,\" "
        "said Huang Wei, a vice-president of the company.",
        "2023-03-01", "40 percent", {"entity": "Fuzhou Tianyu Garments"},
    ),
    # cross-border e-commerce is trade unless its exports or imports are named
    (
        "Ningbo is a port city. The city's cross-border e-commerce transactions reached 98.5 billion yuan "
        "in the first three quarters.",
        "2023-11-01", "98.5 billion yuan", {"indicator": "trade"},
    ),
    (
        "Imports fell 3 percent last year. Its cross-border e-commerce volume totaled 12 billion yuan "
        "in 2022.",
        "2023-11-01", "12 billion yuan", {"indicator": "trade"},
    ),
    # the set a rank is taken in ("first among cities in the province") is no measure: the rank
    # measures the figure before it
    (
        "Linyi has 68 national-level leading agricultural enterprises, ranking first among cities in the "
        "province.",
        "2023-03-10", "first", {"indicator": "enterprises", "kind": "rank"},
    ),
    # "the X-based" before a company head is an apposition typing the name before it as a company
    (
        "Xiamen's exports grew 5 percent last year. Jinhai, the Xiamen-based bus manufacturer, had sales of "
        "12,000 buses in 2022.",
        "2023-03-10", "12,000", {"entity": "Jinhai", "entity_type": "company"},
    ),
    # units, pieces and TEUs measure goods without naming them: no product
    (
        "Ningbo-Zhoushan Port handled 17.6 million twenty-foot equivalent units in the first half.",
        "2023-08-10", "17.6 million", {"qualifiers": {}},
    ),
    (
        "Geely exported 198,000 units in 2022, up 73 percent.",
        "2023-02-10", "198,000", {"qualifiers": {}},
    ),
]


@pytest.mark.parametrize(("text", "published", "figure", "expected"), CASES)
def test_east(text: str, published: str, figure: str, expected: dict[str, object]) -> None:
    f = _fact(text, published, figure)
    got = {k: getattr(f, k) for k in expected}
    assert got == expected, f.rules


# what the rules above leave as it was (these pass without them too)
UNCHANGED = [
    # an official's "we" stays with the place the article is about
    (
        "Jinjiang's exports of footwear rose 12 percent last year. \"We attracted 26 new projects in the "
        "first half,\" said Lin Hui, an official of the Jinjiang commerce bureau.",
        "2023-08-01", "26", {"entity": "Jinjiang"},
    ),
    (
        "Ningbo is a port city. Cross-border e-commerce exports rose 20 percent to 60 billion yuan in 2022.",
        "2023-11-01", "60 billion yuan", {"indicator": "exports"},
    ),
    (
        "Guangzhou is the third-largest city in China.",
        "2023-03-10", "third-largest", {"indicator": "population", "kind": "rank"},
    ),
    (
        "Geely exported 198,000 cars in 2022, up 73 percent.",
        "2023-02-10", "198,000", {"qualifiers": {"product": "car"}},
    ),
]


@pytest.mark.parametrize(("text", "published", "figure", "expected"), UNCHANGED)
def test_east_unchanged(text: str, published: str, figure: str, expected: dict[str, object]) -> None:
    f = _fact(text, published, figure)
    got = {k: getattr(f, k) for k in expected}
    assert got == expected, f.rules
