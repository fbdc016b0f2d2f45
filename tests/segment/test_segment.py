# ruff: noqa: E501  (synthetic pages keep their paragraphs on one line, like the corpus)
"""tally.segment: pages → articles, on synthetic pages in the corpus style and on the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tally.model import Article
from tally.segment import logical_paragraphs, segment

# -- synthetic pages (our own sentences, written in the style of the corpus) ---------------

ONE_STORY = """\
Harbor city lifts port throughput to new high

Container volume climbs on stronger demand from Southeast Asia

By LIN HAOYU

The port of Dongwan handled 4.2 million containers in the first half of this year, up 11.6 percent year-on-year, the city's port authority said.

Exports through the port reached 38.5 billion yuan in the period.

The authority expects throughput to top 9 million containers for the full year.

Chen Mei contributed to this story.
"""

CAPTION_BETWEEN = """\
Valley county bets on orchards

By HE RUOLAN

Farmers in Qingshui county planted 2,400 hectares of new orchards last year, the county government said.



A grower sorts pears at a cooperative in Qingshui county. ZHOU PING / FOR CHINA DAILY

The county's fruit output rose 18 percent to 310,000 metric tons in 2022.

Tang Wei contributed to this story.
"""

TWO_STORIES = """\
Mountain town opens new rail link

By GAO JIANFENG

A 46-kilometer railway linking Shiling town with the provincial capital opened on Monday, cutting travel time to 40 minutes.

The line cost 7.3 billion yuan to build.

Li Na contributed to this story.

Solar parks brighten rural budgets

By GAO JIANFENG

Thirty villages in Hexi district earned a combined 12 million yuan from rooftop solar panels last year.

Each village received about 400,000 yuan on average, district officials said.

Wu Hao contributed to this story.
"""

NO_BYLINE_AFTER_END = """\
Steel mill cuts emissions

By SUN QIAO

Anfeng Steel reduced its sulfur dioxide emissions by 35 percent in 2021.

Ma Jun contributed to this story.



Workers inspect a new filter at the Anfeng plant. XU DAN / FOR CHINA DAILY

Tea growers find new buyers online

Online sales of tea from Meiling county rose 64 percent to 520 million yuan last year.

More than 3,000 households now sell through livestream platforms.
"""

HYPHENATED = """\
Logistics hub expands capacity

By FENG LIXIN

The logistics park moved 1.8 million metric tons of cargo in the first quarter, and its ware-

house space grew to 260,000 square meters, park managers said.

Data from the park's operator

shows revenue reached 950 million yuan in the quarter, up 22 percent.

Zhao Yi contributed to this story.
"""

CAPTIONS_ONLY_GAP = """\
Bridge works finish early

By QIN YUE

The Xiaohe bridge opened to traffic in May, two months ahead of schedule.

Cost overruns were kept under 3 percent, the builder said.

Hu Jie contributed to this story.



The Xiaohe bridge at dusk. WEI LAN / FOR CHINA DAILY



From left: Pickers harvest cotton in Manas county; a drone sprays a cotton field. PHOTOS PROVIDED TO CHINA DAILY

Cotton farms go high-tech

By QIN YUE

Cotton farms in Manas county used drones on 85 percent of their fields this year, helping output rise to 140,000 tons.

Drone spraying cut pesticide use by a fifth, local farmers said.
"""

HEADLINE_MISSING = """\
Gas pipeline reaches border city

By DU XIN

The pipeline carries 3 billion cubic meters of natural gas a year.

Kong Wei contributed to this story.



Lanhe aims to become a regional trade center. ZHENG HUA / FOR CHINA DAILY

By DU XIN

The border city of Lanhe handled 12.7 billion yuan in cross-border trade in 2021, 45 percent more than a year earlier.

Lanhe's trade with neighboring countries is expected to double by 2025.
"""

HEADLINE_ONLY = """\
Port city draws new shippers

By YAN HUILING

Cargo through the port of Beihai rose 9 percent to 41 million tons in the first half, the port authority said.

"We are adding two berths next year," said harbor master Qu Feng.

Fish farms net bigger catch

Fish farmers along the coast raised 380,000 tons of seafood last year, up 6 percent, provincial fishery officials said.

Old harbor districts are

old harbor districts are being turned into parks, and the city plans 12 more by 2025.

Meera Das contributed to this story.
"""

WEAK_ENDING_TITLE = """\
Mill output slips

By KANG RUI

The paper mill produced 210,000 tons last year.

Ren Bo contributed to this story.

Exports climb as buyers order more

By KANG RUI

Exports of paper rose 14 percent to 320 million yuan.
"""

PLAIN_NEWS = """\
Retail sales in the region rose 6.2 percent in March from a year earlier, the statistics bureau said on Tuesday.

Online sales grew faster, climbing 14 percent to 3.1 billion yuan.

Analysts expect consumption to keep recovering in the second quarter.
"""

MARKDOWN_OTHER_PAPER = """\
# Factory output beats forecasts

By Jane Whitfield, Economics Correspondent

Industrial output in the northern region grew 5.4 percent in the year to June, beating forecasts of 4 percent.

Manufacturers added 12,000 jobs over the period.

# Housing starts slow in the south

By Tom Reyes | Staff Writer

Housing starts fell 8 percent in the second quarter to 41,000 units.

Builders blamed higher borrowing costs.
"""

PORTRAIT_AND_AUTHOR = """\
A campus far from home feels close

Many students from abroad now study in the province. This column lets them tell their stories.

By AMARA OKONKWO

I arrived in the provincial capital three years ago to study engineering.



Amara Okonkwo, a student at Hebei University of Technology

My class has students from 12 countries.

The author is a graduate student from Nigeria at Hebei University of Technology.
"""


def _texts(text: str, spans) -> list[str]:
    return [s.of(text) for s in spans]


def _check_tiling(text: str, arts: list[Article]) -> None:
    assert arts[0].start == 0
    assert arts[-1].end == len(text)
    for a, b in zip(arts, arts[1:], strict=False):
        assert a.end == b.start
    for n, a in enumerate(arts):
        assert a.index == n
        spans = list(a.body) + list(a.captions)
        spans += [s for s in (a.headline, a.byline) if s is not None]
        for s in spans:
            assert a.start <= s.start < s.end <= a.end
    bodies = [s for a in arts for s in a.body]
    assert len({(s.start, s.end) for s in bodies}) == len(bodies)


CASES = [
    # (id, page, number of articles, headlines, bylines)
    ("one-story", ONE_STORY, 1, ["Harbor city lifts port throughput to new high"], ["By LIN HAOYU"]),
    ("caption-between", CAPTION_BETWEEN, 1, ["Valley county bets on orchards"], ["By HE RUOLAN"]),
    ("two-stories", TWO_STORIES, 2,
     ["Mountain town opens new rail link", "Solar parks brighten rural budgets"],
     ["By GAO JIANFENG", "By GAO JIANFENG"]),
    ("no-byline-after-end", NO_BYLINE_AFTER_END, 2,
     ["Steel mill cuts emissions", "Tea growers find new buyers online"], ["By SUN QIAO", None]),
    ("hyphenated", HYPHENATED, 1, ["Logistics hub expands capacity"], ["By FENG LIXIN"]),
    ("captions-only-gap", CAPTIONS_ONLY_GAP, 2,
     ["Bridge works finish early", "Cotton farms go high-tech"], ["By QIN YUE", "By QIN YUE"]),
    ("headline-missing", HEADLINE_MISSING, 2, ["Gas pipeline reaches border city", None],
     ["By DU XIN", "By DU XIN"]),
    ("plain-news", PLAIN_NEWS, 1, [None], [None]),
    ("headline-only", HEADLINE_ONLY, 2,
     ["Port city draws new shippers", "Fish farms net bigger catch"], ["By YAN HUILING", None]),
    ("weak-ending-title", WEAK_ENDING_TITLE, 2,
     ["Mill output slips", "Exports climb as buyers order more"], ["By KANG RUI", "By KANG RUI"]),
    ("markdown-other-paper", MARKDOWN_OTHER_PAPER, 2,
     ["# Factory output beats forecasts", "# Housing starts slow in the south"],
     ["By Jane Whitfield, Economics Correspondent", "By Tom Reyes | Staff Writer"]),
    ("portrait-and-author", PORTRAIT_AND_AUTHOR, 1, ["A campus far from home feels close"],
     ["By AMARA OKONKWO"]),
]


@pytest.mark.parametrize(("page", "count", "headlines", "bylines"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_articles_headlines_bylines(page, count, headlines, bylines):
    arts = segment(page)
    assert len(arts) == count
    assert [a.headline_text(page) for a in arts] == headlines
    assert [a.byline_text(page) for a in arts] == bylines
    _check_tiling(page, arts)


@pytest.mark.parametrize(
    ("page", "article", "caption_prefixes"),
    [
        (CAPTION_BETWEEN, 0, ["A grower sorts pears"]),
        (NO_BYLINE_AFTER_END, 0, ["Workers inspect a new filter"]),
        (CAPTIONS_ONLY_GAP, 0, ["The Xiaohe bridge at dusk"]),
        (CAPTIONS_ONLY_GAP, 1, ["From left: Pickers harvest cotton"]),
        (HEADLINE_MISSING, 1, ["Lanhe aims to become"]),
        (PORTRAIT_AND_AUTHOR, 0, ["Amara Okonkwo, a student"]),
    ],
    ids=["between-paragraphs", "after-end-marker", "gap-to-previous", "gap-to-next",
         "before-headless-byline", "portrait"],
)
def test_captions_are_kept_apart_and_attached(page, article, caption_prefixes):
    arts = segment(page)
    caps = _texts(page, arts[article].captions)
    assert [c[: len(p)] for c, p in zip(caps, caption_prefixes, strict=False)] == caption_prefixes
    assert len(caps) == len(caption_prefixes)
    for a in arts:
        for body in _texts(page, a.body):
            assert "/ FOR CHINA DAILY" not in body and not body.startswith("From left")


def test_caption_with_credit_on_its_own_line_is_one_caption():
    page = (
        "Wind farm doubles output\n\nBy RUAN JIE\n\nThe wind farm produced 1.2 billion "
        "kilowatt-hours last year.\n\n\n\nTechnicians climb a turbine at the farm.\n\n"
        "MENG QI / FOR CHINA DAILY\n\nIt employs 140 people.\n"
    )
    (art,) = segment(page)
    assert _texts(page, art.captions) == [
        "Technicians climb a turbine at the farm.\n\nMENG QI / FOR CHINA DAILY"
    ]
    assert _texts(page, art.body) == [
        "The wind farm produced 1.2 billion kilowatt-hours last year.",
        "It employs 140 people.",
    ]


@pytest.mark.parametrize(
    ("page", "first_body"),
    [
        (ONE_STORY, "Container volume climbs on stronger demand from Southeast Asia"),
        (PORTRAIT_AND_AUTHOR, "Many students from abroad now study in the province."),
        (PLAIN_NEWS, "Retail sales in the region rose 6.2 percent"),
    ],
    ids=["subhead", "deck", "plain"],
)
def test_subhead_and_deck_are_body(page, first_body):
    art = segment(page)[0]
    assert art.body[0].of(page).startswith(first_body)


@pytest.mark.parametrize(
    ("page", "excluded"),
    [
        (ONE_STORY, "Chen Mei contributed to this story."),
        (PORTRAIT_AND_AUTHOR, "The author is a graduate student"),
    ],
)
def test_end_markers_stay_out_of_body(page, excluded):
    for a in segment(page):
        assert not any(b.of(page).startswith(excluded) for b in a.body)


def test_text_is_not_modified_and_spans_point_into_it():
    page = HYPHENATED
    arts = segment(page)
    assert page == HYPHENATED
    assert _texts(page, arts[0].body)[0].endswith("and its ware-")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (HYPHENATED, [
            "The logistics park moved 1.8 million metric tons of cargo in the first quarter, "
            "and its warehouse space grew to 260,000 square meters, park managers said.",
            "Data from the park's operator shows revenue reached 950 million yuan in the "
            "quarter, up 22 percent.",
        ]),
        (CAPTION_BETWEEN, [
            "Farmers in Qingshui county planted 2,400 hectares of new orchards last year, "
            "the county government said.",
            "The county's fruit output rose 18 percent to 310,000 metric tons in 2022.",
        ]),
        ("Park adds jobs\n\nBy LI YAN\n\nThe park now employs\n\nThe park now employs "
         "5,200 people, of whom 1,100 are high-\n\ntech engineers.\n",
         ["The park now employs 5,200 people, of whom 1,100 are high-tech engineers."]),
        ("Port grows\n\nBy LI YAN\n\nThe port said cargo rose 9 percent to\n\n\n\n"
         "A crane at the port. HE BIN / FOR CHINA DAILY\n\n61 million tons. Its revenue\n\n"
         "Container traffic also rose.\n\nclimbed 7 percent.\n",
         ["The port said cargo rose 9 percent to",
          "61 million tons. Its revenue climbed 7 percent.",
          "Container traffic also rose."]),
    ],
    ids=["hyphen-and-continuation", "across-caption", "repeated-fragment", "nearest-open"],
)
def test_logical_paragraphs(page, expected):
    (art,) = segment(page)
    lps = logical_paragraphs(page, art)
    texts = [lp.joined(page)[0] for lp in lps]
    assert texts == expected
    for lp in lps:
        joined, offsets = lp.joined(page)
        assert len(joined) == len(offsets)
        for ch, off in zip(joined, offsets, strict=True):
            assert ch == page[off] or ch == " "


def test_empty_and_blank_pages():
    assert segment("") == []
    assert segment("\n\n  \n") == []


# -- the real corpus ---------------------------------------------------------------------
SHARED = Path(__file__).parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "bench" / "gold"

EXPECTED_ARTICLES = {  # counted by reading the pages
    "000_f36eb2ca33b4e9a9.txt": 4,
    "001_a08b09c8327cb524.txt": 5,
    "002_33f3439c0dfbbcc0.txt": 5,
    "003_66a258308dcbbee7.txt": 4,
    "004_9b90ca85c7aa4078.txt": 4,
}

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus absent")


@needs_corpus
@pytest.mark.parametrize(("name", "count"), sorted(EXPECTED_ARTICLES.items()))
def test_corpus_article_counts(name, count):
    text = (CORPUS / name).read_text(encoding="utf-8")
    arts = segment(text)
    assert len(arts) == count
    _check_tiling(text, arts)
    assert all(a.headline is not None or a.byline is not None for a in arts)


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED_ARTICLES))
def test_corpus_gold_facts_fall_in_story_text(name):
    gold = GOLD / name.replace(".txt", ".jsonl")
    if not gold.exists():
        pytest.skip("no gold for this page")
    text = (CORPUS / name).read_text(encoding="utf-8")
    arts = segment(text)
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        (art,) = [a for a in arts if a.start <= rec["start"] < a.end]
        assert rec["end"] <= art.end
        spans = [*art.body, *art.captions, *([art.headline] if art.headline else [])]
        assert any(s.start <= rec["start"] and rec["end"] <= s.end for s in spans), rec
        if any(s.start <= rec["start"] < s.end for s in art.body):
            lps = logical_paragraphs(text, art)
            assert any(
                s.start <= rec["start"] and rec["end"] <= s.end for lp in lps for s in lp.spans
            )


@needs_corpus
def test_corpus_articles_do_not_mix_unrelated_gold_entities():
    """Each page's first article names its own subjects; the next article's do not leak in."""
    name = "000_f36eb2ca33b4e9a9.txt"
    text = (CORPUS / name).read_text(encoding="utf-8")
    arts = segment(text)
    recs = [json.loads(x) for x in (GOLD / name.replace(".txt", ".jsonl")).read_text().splitlines()]
    by_article: dict[int, set[str]] = {}
    for r in recs:
        (a,) = [a for a in arts if a.start <= r["start"] < a.end]
        by_article.setdefault(a.index, set()).add(r["entity"])
    assert "Yangquan" not in by_article.get(1, set())
    assert "Qixian county" not in by_article.get(2, set())
    assert "Yangquan" in by_article.get(2, set())
