"""General rules of regional reporting on inland and western China, sentence by sentence.

Each case is a short report of our own, its publication date, a figure's text and the fields the
gold conventions give it.
"""

from __future__ import annotations

import pytest
from report_facts import fact_of as _fact

CASES = [
    # "by" a year already over at publication bounds a result ("as of"); a deadline ahead is a target
    (
        "Gansu's installed wind power capacity reached 26 gigawatts by the end of last year.",
        "2023-07-20", "26 gigawatts", {"status": "actual", "period": "2022"},
    ),
    (
        "By the end of 2021, Qinghai had set up 14 industrial parks for clean energy.",
        "2023-05-11", "14", {"status": "actual", "period": "2021"},
    ),
    (
        "The number of 5G base stations in Guizhou hit 51,000 by 2021, officials said.",
        "2022-09-08", "51,000", {"status": "actual", "period": "2021"},
    ),
    (
        "Farmers in the county sold 8,000 tons of potatoes by the end of 2021 through online stores.",
        "2022-03-15", "8,000 tons", {"status": "actual", "period": "2021"},
    ),
    (
        "Yunnan will raise its flower planting area to 200,000 hectares by the end of this year.",
        "2023-04-12", "200,000 hectares", {"status": "target", "period": "2023"},
    ),
    (
        "The county's tea output will reach 30,000 tons by 2025.",
        "2023-04-12", "30,000 tons", {"status": "target", "period": "2025"},
    ),
    # a goal stated in the past ("aimed to ... by 2020") is still a target
    (
        "Sichuan aimed to lift 500,000 rural residents out of poverty by 2020.",
        "2023-04-12", "500,000", {"status": "target", "period": "2020"},
    ),
    # a quote's "we"/"our" speaks for the company, zone or government its attribution names
    # (not for the subject of the paragraph before), and so does "the city's" of a city's official
    (
        "Shaanxi's Xixian New Area has drawn 85 projects since 2021.\n\n\"We aim to raise the share of "
        "clean power in our energy use to 40 percent by 2025,\" said Zhou Ping, an official of the "
        "provincial development and reform commission.",
        "2023-06-08", "40 percent", {"entity": "Shaanxi", "entity_type": "province", "status": "target"},
    ),
    (
        "The Lanzhou New Area has attracted 120 projects.\n\n\"Our sales doubled in the first half of "
        "this year,\" said Wang Li, general manager of Tianshui Huaniu Apple Co.",
        "2023-07-20", "doubled", {"entity": "Tianshui Huaniu Apple Co", "entity_type": "company"},
    ),
    (
        "Lanzhou's exports rose 12 percent in 2022.\n\n\"We expect the city's exports to top 2 billion yuan "
        "this year,\" said Chen Yu, deputy director of the Jiuquan bureau of commerce.",
        "2023-07-20", "2 billion yuan", {"entity": "Jiuquan", "entity_type": "city"},
    ),
    (
        "Ningxia's tourism revenue rose 20 percent last year.\n\n\"We have created 3,000 jobs for local "
        "residents,\" said Zhao Gang, head of the Xiji county government.",
        "2023-07-20", "3,000", {"entity": "Xiji county", "entity_type": "county"},
    ),
    # the speaker's company is what the next sentence's "its" and "the company" are about
    (
        "The Xining Economic Zone hosts 300 firms.\n\n\"Demand is strong,\" said Li Ming, chairman of "
        "Qinghai Yak Dairy Group. Its sales rose 15 percent last year.",
        "2023-07-20", "15 percent", {"entity": "Qinghai Yak Dairy Group", "entity_type": "company"},
    ),
    # "Co." before a word that never goes on a name ("The", "Its") ends the sentence (and so the
    # attribution of the quote before it)
    (
        "The Xining Economic Zone hosts 300 firms.\n\n\"Our sales rose 15 percent last year,\" said Li Ming, "
        "chairman of Qinghai Yak Dairy Co. The company plans to open a second plant.",
        "2023-07-20", "15 percent", {"entity": "Qinghai Yak Dairy Co", "entity_type": "company"},
    ),
    # wineries, breweries and distilleries counted are enterprises (not goods produced)
    (
        "The foothills of the Helan Mountains are now home to 116 wineries producing dry reds.",
        "2023-07-20", "116", {"indicator": "enterprises"},
    ),
    (
        "Chishui city has 42 distilleries making sauce-flavor liquor.",
        "2023-03-16", "42", {"indicator": "enterprises"},
    ),
    # a figure in a relative clause of place (", where ...") right after a zone or place is its
    (
        "Chengdu, the provincial capital, is home to the Tianfu New Area, where 23 research institutes "
        "have opened branches.",
        "2023-05-11", "23", {"entity": "Tianfu New Area", "entity_type": "zone"},
    ),
    # (a planting area ranks, grows or takes a share as an area)
    (
        "Sichuan's kiwifruit planting area ranks first in China.",
        "2023-05-11", "first", {"indicator": "area"},
    ),
    # a government body's official speaks for the place its name opens with; a quote going on in
    # the next sentence speaks for the same; a quote's figure with no subject of its own is its speaker's
    (
        "The Xiyong Bonded Zone hosts 200 firms.\n\n\"We plan to run 5,000 freight trips a year by 2025,\" "
        "said Li Jun, deputy director of the Chongqing Port and Logistics Office.",
        "2023-08-24", "5,000", {"entity": "Chongqing", "status": "target"},
    ),
    (
        "The Xiyong Bonded Zone hosts 200 firms.\n\n\"Demand is strong,\" said Li Jun, an official of the "
        "Chongqing Municipal Commission of Commerce. \"We expect our exports to grow 10 percent this year.\"",
        "2023-08-24", "10 percent", {"entity": "Chongqing"},
    ),
    (
        "The Xiyong Bonded Zone hosts 200 firms.\n\n\"Trains now take 12 days to reach Europe,\" said Li "
        "Jun, deputy director of the Chongqing Port and Logistics Office.",
        "2023-08-24", "12 days", {"entity": "Chongqing"},
    ),
]


@pytest.mark.parametrize(("text", "published", "figure", "want"), CASES)
def test_west_fields(text: str, published: str, figure: str, want: dict[str, object]) -> None:
    f = _fact(text, published, figure)
    got = {k: getattr(f, k) for k in want}
    assert got == want, f.rules
