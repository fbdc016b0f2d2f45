"""Clause roles: prepositional and verb objects are partners, the clause subject owns the figure."""

from __future__ import annotations

import pytest

from tally.extract.facts import extract_facts
from tally.model import Article, Document
from tally.resolve.coref import dependent
from tally.segment import segment


def _facts(text: str, arts: list[Article] | None = None) -> dict[str, tuple[str | None, str | None]]:
    d = Document(name="t.txt", source="t.txt", text=text, sha256="0", published=None, size=len(text))
    facts, _ = extract_facts(d, arts or [Article(index=0, start=0, end=len(text))])
    return {f.text: (f.entity, f.entity_type) for f in facts}


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Exports to Japan rose.", "Japan", True),
        ("The plant sold more to Japan.", "Japan", True),
        ("In Sanya, hotels were full.", "Sanya", False),
        ("New stops opened on the Tramlink.", "Tramlink", True),
        ("At a fair in Sanya, firms signed deals.", "Sanya", True),
        ("The state offered the company a grant.", "the company", True),
        ("Output rose, and Sanya grew.", "Sanya", False),
        ("Sanya grew.", "Sanya", False),
    ],
)
def test_dependent(sentence: str, word: str, expected: bool) -> None:
    rel = sentence.index(word)
    possessive = sentence[rel + len(word) : rel + len(word) + 2] == "'s"
    assert dependent(sentence, rel, "name", possessive) is expected


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # the subject of the clause, not the object of a preposition after it
        (
            "The Binhai Economic Zone's output reached 20 billion yuan, "
            "making up 31 percent of Anhui's total, and up 12 percent year-on-year.",
            "12 percent",
            "Binhai Economic Zone",
        ),
        # the object of a verb is not the subject
        (
            "Ohio has been courting chipmakers. The state gave the company a grant of $90 million.",
            "$90 million",
            "Ohio",
        ),
        # a possessive pronoun skips a place named as a location
        (
            "Redleaf Foods, a snack maker, opened an office in Dubai to expand its sales, "
            "and 40 percent of its output is exported.",
            "40 percent",
            "Redleaf Foods",
        ),
    ],
)
def test_clause_subject_owns_the_figure(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity


def test_page_main_place_fills_an_article_without_names() -> None:
    text = (
        "Kerala budget boost\n\nKerala raised spending on roads. Kerala's exports rose 5 percent in 2022."
        "\n\nFarm output up\n\nRice output rose 9 percent last year. The state allocated Rs 500 crore."
    )
    cut = text.index("Farm output")
    arts = [Article(index=0, start=0, end=cut), Article(index=1, start=cut, end=len(text))]
    got = _facts(text, arts)
    assert got["9 percent"] == ("Kerala", "province")
    assert got["Rs 500 crore"] == ("Kerala", "province")


def test_a_place_named_once_is_not_the_page_topic() -> None:
    text = "Kerala's GDP grew 5 percent in 2020.\n\nOther story\n\nOutput grew 7 percent last year."
    cut = text.index("Other story")
    arts = [Article(index=0, start=0, end=cut), Article(index=1, start=cut, end=len(text))]
    assert _facts(text, arts)["7 percent"][0] is None


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # "the region"/"the island" name the place the page is about
        (
            (
                "Hainan's GDP rose in 2021. Hainan attracted more "
                "tourists. The island received 41 million visits."
            ),
            "41 million",
            "Hainan",
        ),
        # a company typed by its apposition, then "the company" and "its"
        (
            "Bluefield Coffee, a grower and roaster based in Pu'er, expanded. "
            "The company sold 800 tons of beans. Its revenue grew 20 percent.",
            "20 percent",
            "Bluefield Coffee",
        ),
        # a country's superlative is a scope: the district before it owns the figure
        (
            "Kutch district, India's largest by area at 45,674 sq km, hosts many wind farms.",
            "45,674 sq km",
            "Kutch",
        ),
        # a capitalised type word names the place
        ("Licking County expects up to 30,000 new residents by 2035.", "30,000", "Licking County"),
        # a place named in a participial aside is not the subject
        (
            "Guangdong hosted a fair. The fair, held in Shenzhen in May, drew 1,500 exhibitors.",
            "1,500",
            "Guangdong",
        ),
        # the state named as a subject, not one named in passing as a rival
        (
            "Ohio ranks third, behind only Texas and California. The state offered a grant of $150 million.",
            "$150 million",
            "Ohio",
        ),
        # a railway is a programme
        ("The China-Laos Railway will cut the trip to 10 hours.", "10 hours", "China-Laos Railway"),
        # a measure inside a reference: "The 420-km line" is the railway
        (
            "The Nanling Railway opened in May. The 420-km line links the provincial capital with the coast.",
            "420-km",
            "Nanling Railway",
        ),
        # a lower-case word types the name before it
        ("Away from the coast, Reus-Costa Daurada airport handled 900,000 passengers.", "900,000",
         "Reus-Costa Daurada airport"),
        ("The Priorat wine region lost 800 hectares of vines.", "800 hectares", "Priorat"),
        ("Money will go to the Tramlink network, which at 28km is the city's longest.", "28km", "Tramlink"),
        # the goal of a verb after its auxiliary is in the predicate: not the next sentence's topic
        (
            "Greater Manchester won a grant. Part of the money will go to the Tramlink network and to "
            "new stops on the line to Trafford. Bus fares are capped at £2.",
            "£2",
            "Greater Manchester",
        ),
        # "the government" of a regional report is the region's, not the zone just named
        (
            "Murcia grows lemons, and Murcia exports them. The Vega wine region lost 300 hectares. "
            "The government set aside €12 million in aid.",
            "€12 million",
            "Murcia",
        ),
        # "the provincial capital" is not the province
        (
            (
                "The Nanling Railway opened in May. The line links "
                "the provincial capital with the coast in 5 hours."
            ),
            "5 hours",
            "Nanling Railway",
        ),
    ],
)
def test_references_and_types(text: str, figure: str, entity: str) -> None:
    got = _facts(text)[figure][0] or ""
    assert got.lower().startswith(entity.lower())


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # a zone named by the place it stands at
        (
            "Covering 5,000 hectares, the solar energy park at Bhadla is to generate 2 GW by 2025.",
            "2 GW",
            "Bhadla solar energy park",
        ),
        # a list after a preposition shares it: neither member is a subject
        (
            "Ohio ranks third, behind Texas and California. The plant opened. The state spent $20 million.",
            "$20 million",
            "Ohio",
        ),
    ],
)
def test_zones_and_lists(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity


def test_national_average_is_the_country_of_the_page() -> None:
    text = (
        "Kerala budget\n\nKerala raised spending. Kerala's per capita income was Rs 2,30,000 in 2021, "
        "against a national average of Rs 1,28,000."
    )
    got = _facts(text)
    assert got["Rs 2,30,000"][0] == "Kerala"
    assert got["Rs 1,28,000"] == ("India", "country")


def test_headline_and_pull_quote_figures_take_the_body_entity() -> None:
    text = (
        "Toolmaker to build £30m plant\n\nBy ANN LEE\n\nBrightwell Tools, a maker of drills based in "
        "Bolton, will build a £30m plant in Wigan, the company said. The region's output rose 3 per cent."
        "\n\nJoe Bloggs contributed to this story.\n\nthe plant will cost £30m\n"
    )
    d = Document(name="t.txt", source="t.txt", text=text, sha256="0", published=None, size=len(text))
    facts, _ = extract_facts(d, segment(text))
    got = [(f.text, f.entity) for f in facts if f.text == "£30m"]
    assert got == [("£30m", "Brightwell Tools")] * 3


@pytest.mark.parametrize(
    "before",
    [
        "provinces including ", "such as  ", "cities like\n", "as ", "has ", "like", "including\t\n",
        "Including ", "unlike ", "such as, ", "x" * 20 + " like ", "provinces includingX ", "",
    ],
)
def test_list_openers_as_the_pattern(before: str) -> None:
    """The list opener before a name is looked for only after one of its words, as the pattern finds it."""
    from tally.resolve import entities

    text = before + "Hunan"
    s = len(before)
    want = entities._RX_LIST_MEMBERS_1.search(text[max(0, s - 14) : s]) is not None
    assert entities._lists_before(text, s) is want


def test_reference_points_among_several_names() -> None:
    """A reference point before any one of several names is found (the gate is tried once for all)."""
    from tally.resolve.entities import Lexicon, find_mentions

    text = "Datong lies 260 kilometers east of Taiyuan, and Changzhi is 3 hours' drive from Jinzhong city."
    ms = find_mentions(text, 0, len(text), Lexicon())
    marked = {text[m.start : m.end]: m.modifier for m in ms if m.form == "name"}
    assert marked == {"Datong": False, "Taiyuan": True, "Changzhi": False, "Jinzhong city": True}


@pytest.mark.parametrize(
    ("dateline", "figure", "entity"),
    [
        ("HALIFAX — ", "71 percent", "Nova Scotia"),
        ("HALIFAX, Nova Scotia (AP) — ", "71 percent", "Nova Scotia"),
        ("HALIFAX, March 3 (Reuters) - ", "2.4 million", "Nova Scotia"),
        ("HALIFAX: ", "71 percent", "Nova Scotia"),
        ("", "71 percent", "Nova Scotia"),
    ],
)
def test_a_dateline_place_is_not_the_subject(dateline: str, figure: str, entity: str) -> None:
    """The place a report was filed from (a dateline) neither owns the first sentence's figures
    nor becomes the topic of the sentences after it."""
    text = (
        "Record year for visitors\n\n"
        f"{dateline}Nova Scotia welcomed 2.4 million visitors in 2023, a record for the province.\n\n"
        "Hotel occupancy reached 71 percent, the tourism office said.\n"
    )
    arts = segment(text)
    got = _facts(text, arts)
    assert got[figure][0] == entity, got


def test_a_dateline_still_names_the_city_for_later_references() -> None:
    text = "Port traffic\n\nKOCHI — Cargo handled by the city's port rose to 35 million tonnes in 2023.\n"
    got = _facts(text, segment(text))
    assert got["35 million tonnes"][0] == "Kochi", got
