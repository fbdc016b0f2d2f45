"""Quantities → facts: entity, indicator, period, kind, direction, basis, status (end to end)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from threads import run_switching

from tally.extract.facts import (
    _blank,
    _Ctx,
    _fact,
    _figures_by_sentence,
    _fill_from_article,
    _in_sentence,
    _masked,
    _starts_if_sorted,
    extract_facts,
)
from tally.extract.kinds import basis_of, classify, status_of
from tally.extract.sentences import Sentence
from tally.model import Article, Document, Fact, Quantity, Span

PUB = dt.date(2021, 7, 20)


def doc(text: str, published: dt.date | None = PUB) -> Document:
    return Document(
        name="t.txt",
        source="-",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=published,
    )


def facts_of(text: str, **kw) -> dict[str, Fact]:
    facts, _ = extract_facts(doc(text, **kw), [])
    return {f.text: f for f in facts}


CASES = [
    # text, quantity, expected fields
    # an amount of money takes no count's indicator from the figure before it
    (
        "Malta drew 4 million visitors in 2020. "
        "Remittances sent home by migrant workers reached 2.1 billion dollars.",
        "2.1 billion dollars",
        dict(indicator="other", unit="USD"),
    ),
    (
        "Malta drew 4 million visitors in 2020, and remittances reached 2.1 billion dollars.",
        "2.1 billion dollars",
        dict(indicator="other", unit="USD"),
    ),
    # a place's output is its economy; its output of a product is production
    (
        "Remittances reached 2.1 billion dollars in 2020, about a tenth of the country's output.",
        "a tenth",
        dict(indicator="gdp", kind="share"),
    ),
    (
        "The county's output of walnuts reached 9,000 tonnes in 2020.",
        "9,000 tonnes",
        dict(indicator="production", kind="level"),
    ),
    (
        "Hebei's foreign trade reached 80 billion yuan in the first half, up 20 percent year-on-year.",
        "20 percent",
        dict(
            entity="Hebei",
            indicator="trade",
            period="2021-01/2021-06",
            kind="change",
            direction="up",
            basis="yoy",
        ),
    ),
    (
        "Hebei's foreign trade reached 80 billion yuan in the first half, up 20 percent year-on-year.",
        "80 billion yuan",
        dict(entity="Hebei", indicator="trade", period="2021-01/2021-06", kind="level"),
    ),
    (
        "The city of Datong saw its GDP fall by 3.1 percent in 2020.",
        "3.1 percent",
        dict(entity="Datong", indicator="gdp", period="2020", kind="change", direction="down"),
    ),
    (
        "Added value of the chemical industry in Pingyao county grew by 6 percent on average annually "
        "during the 13th Five-Year Plan (2016-20).",
        "6 percent",
        dict(entity="Pingyao county", indicator="value_added", period="2016/2020", basis="annual_avg"),
    ),
    (
        "Shandong's machinery exports reached 12 billion yuan, accounting for 15 percent of the province's total.",  # noqa: E501
        "15 percent",
        dict(entity="Shandong", indicator="exports", kind="share", period=None),
    ),
    (
        "Compared with 2015, the number of patents held by Ordos companies expanded by 40 percent in 2020.",
        "40 percent",
        dict(entity="Ordos", period="2020", kind="change", basis="since"),
    ),
    (
        "Henan aims to attract 500 billion yuan in investment by 2025.",
        "500 billion yuan",
        dict(entity="Henan", indicator="investment", period="2025", status="target"),
    ),
    (
        "Jiangsu has 53 development zones at the national level.",
        "53",
        dict(entity="Jiangsu", indicator="count", period=None, status="actual"),
    ),
    ("Jiangsu now has 53 development zones at the national level.", "53", dict(period="2021")),
    (
        "Ningbo ranks third nationwide in port throughput.",
        "third",
        dict(entity="Ningbo", kind="rank", value=3),
    ),
    (
        "Farmers in Zhangye earn 8,000 yuan per hectare, three times the income from wheat.",
        "three times",
        dict(kind="ratio", indicator="income", entity="Zhangye"),
    ),
    (
        "In Zhangye, the income per hectare is more than 60,000 yuan.",
        "60,000 yuan",
        dict(unit="CNY/ha", indicator="income"),
    ),
    (
        "Workers at the Weinan plant earn a monthly salary of 4,000 yuan.",
        "4,000 yuan",
        dict(unit="CNY/month", indicator="income"),
    ),
    (
        "Sunrise Liquor Group is now among the top five exporters in China's liquor industry.",
        "five",
        dict(kind="rank", unit="rank", value=5, indicator="exports", entity="Sunrise Liquor Group"),
    ),
    (
        "Saxony's exports grew 4 percent in 2022, the state statistics office said in March.",
        "4 percent",
        dict(entity="Saxony", entity_type="province", period="2022", indicator="exports"),
    ),
    (
        "Baotou-based Northern Rare Earth Group sold 9,000 tons of oxides in 2020, up 12 percent.",
        "12 percent",
        dict(entity="Northern Rare Earth Group", indicator="production", kind="change"),
    ),
    (
        "Ganzhou's products are sold to provinces including Hunan, Hubei and Anhui, with sales of 3 billion yuan.",  # noqa: E501
        "3 billion yuan",
        dict(entity="Ganzhou"),
    ),
    (
        "China's GDP grew 8.1 percent in 2021, and Shanxi's output rose 9.1 percent, "
        "or 2 percent of China's total.",
        "2 percent",
        dict(entity="Shanxi", kind="share"),
    ),
    (
        "China's GDP grew 8.1 percent in 2021, and Shanxi's output rose 9.1 percent, "
        "or 2 percent of China's total.",
        "8.1 percent",
        dict(entity="China", entity_type="country", indicator="gdp"),
    ),
    (
        "The village has 80 member households and sold pears worth 5 million yuan last year.",
        "80",
        dict(period=None),
    ),
]


@pytest.mark.parametrize(("text", "span", "expected"), CASES)
def test_fact_fields(text: str, span: str, expected: dict) -> None:
    got = facts_of(text)
    assert span in got, sorted(got)
    f = got[span]
    for k, v in expected.items():
        assert getattr(f, k) == v, (k, f.rules)


def test_paired_currency_shares_fields() -> None:
    got = facts_of("Lanzhou's retail sales reached 9 billion yuan ($1.4 billion) last year.")
    cny, usd = got["9 billion yuan"], got["$1.4 billion"]
    for k in ("entity", "indicator", "period", "kind", "status", "approx"):
        assert getattr(cny, k) == getattr(usd, k)
    assert usd.period == "2020" and usd.indicator == "revenue"


def test_the_company_and_its_resolve_to_the_last_company() -> None:
    text = (
        "Anshan-based Northern Heavy Machinery Group had a good year.\n\n"
        "In 2020, the company delivered 2 billion yuan worth of products. "
        "Its export orders amounted to 300 million yuan, increasing 15 percent."
    )
    got = facts_of(text)
    for span in ("2 billion yuan", "300 million yuan", "15 percent"):
        assert got[span].entity == "Northern Heavy Machinery Group", got[span].rules
    assert got["2 billion yuan"].indicator == "revenue"
    assert got["300 million yuan"].indicator == "orders"


def test_period_carried_by_anaphor_and_by_past_tense() -> None:
    text = (
        "Gansu's exports reached 10 billion yuan from January to May. "
        "During the period, its imports rose by 8 percent. "
        "Machinery exports grew by 12 percent."
    )
    got = facts_of(text)
    assert got["8 percent"].period == "2021-01/2021-05"
    assert got["12 percent"].period == "2021-01/2021-05"
    assert got["8 percent"].entity == "Gansu"


def test_a_prior_year_is_resolved_without_a_publication_date() -> None:
    # dated by the sentence's own year, so no publication date is needed
    f = facts_of("Cruise calls at the port rose to 310 in 2019 from 260 a year earlier.", published=None)
    assert (f["310"].period, f["260"].period) == ("2019", "2018")


def test_present_tense_without_time_word_has_no_period() -> None:
    text = "Hubei's exports reached 10 billion yuan in 2020. The province is home to 300 logistics companies."
    assert facts_of(text)["300"].period is None


def test_dash_aside_keeps_its_own_period_and_status() -> None:
    text = (
        "The number of large firms — those with annual revenue of 20 million yuan or more — "
        "will reach 5,000 by 2025, the plan said."
    )
    got = facts_of(text)
    assert (got["20 million yuan"].status, got["20 million yuan"].period) == ("actual", None)
    assert (got["5,000"].status, got["5,000"].period) == ("target", "2025")


def test_attribution_never_crosses_an_article_boundary() -> None:
    text = "Taiyuan's GDP grew by 5 percent in 2020.\n\nOther story\n\nOutput grew by 7 percent last year."
    cut = text.index("Other story")
    arts = [Article(index=0, start=0, end=cut), Article(index=1, start=cut, end=len(text))]
    facts, _ = extract_facts(doc(text), arts)
    second = [f for f in facts if f.text == "7 percent"][0]
    assert second.article == 1 and second.entity is None


def facts_with_caption(body: str, cap: str) -> list[Fact]:
    """The facts of one article: ``body``, a blank line, and ``cap`` as its caption."""
    text = body + "\n\n" + cap
    art = Article(
        index=0,
        start=0,
        end=len(text),
        body=[Span(start=0, end=len(body))],
        captions=[Span(start=len(body) + 2, end=len(text))],
    )
    facts, _ = extract_facts(doc(text), [art])
    return facts


def test_caption_takes_entities_from_itself() -> None:
    body = "Wuhan's exports rose 9 percent in 2020."
    cap = "Workers at a textile mill in Xiangyang. The mill sells to 12 countries. PHOTO BY LI MING"
    facts = facts_with_caption(body, cap)
    f = [f for f in facts if f.text == "12"][0]
    assert f.entity == "Xiangyang" and f.period is None


def test_facts_record_sentence_and_rules() -> None:
    text = "Yinchuan's GDP grew 6 percent in 2020."
    f = facts_of(text)["6 percent"]
    assert text[f.sentence_start : f.sentence_end] == text
    assert any(r.startswith("indicator:") for r in f.rules)
    assert any(r.startswith("entity:") for r in f.rules)
    assert any(r.startswith("period:") for r in f.rules)


def _q(unit: str, kind_hint: str | None = None) -> Quantity:
    return Quantity(start=0, end=1, text="x", value=1.0, unit=unit, kind_hint=kind_hint)


@pytest.mark.parametrize(
    ("before", "after", "unit", "kind", "direction"),
    [
        ("exports surged ", " year-on-year", "percent", "change", "up"),
        ("imports stood at 3 billion yuan, down ", ".", "percent", "change", "down"),
        ("a ", " jump from the same period", "percent", "change", "up"),
        ("accounting for ", " of the total", "percent", "share", None),
        ("nearly ", " of the output is exported", "percent", "share", None),
        ("the success rate is ", ".", "percent", "share", None),  # a rate of outcomes: a part of a whole
        ("this is ", " higher than the national average", "percentage_point", "ratio", None),
        ("income is ", " the income from corn", "times", "ratio", None),
        ("grew by ", " from that of 2015", "times", "change", "up"),
        ("GDP increased by 5 percent to ", ".", "CNY", "level", None),
    ],
)
def test_kind(before: str, after: str, unit: str, kind: str, direction: str | None) -> None:
    info = classify(
        _q(unit, "change" if unit == "times" and kind == "change" else None), before, after, before + after
    )
    assert (info.kind, info.direction) == (kind, direction)


@pytest.mark.parametrize(
    ("before", "after", "sentence", "since", "span", "expected"),
    [
        ("rose ", " year-on-year", "", False, False, "yoy"),
        ("an average annual growth of ", ".", "", False, False, "annual_avg"),
        ("increased by an average of ", ".", "grew annually", False, False, "annual_avg"),
        ("expanded by ", ".", "", True, False, "since"),
        ("reported increases of ", ".", "", False, True, "since"),
        ("increasing ", ".", "sales grew 9 percent year-on-year", False, False, "yoy"),
        ("a ", " increase in efficiency", "", False, False, "unspecified"),
    ],
)
def test_basis(before: str, after: str, sentence: str, since: bool, span: bool, expected: str) -> None:
    assert basis_of(before, after, sentence, since, span)[0] == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The province is expected to generate revenue of ", "target"),
        ("The number of firms will reach ", "target"),
        ("We are aiming for ", "target"),
        ("The plant can save costs of up to ", None),
        ("Exports reached ", None),
    ],
)
def test_status(before: str, expected: str | None) -> None:
    got = status_of(before, "")
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize(
    ("text", "span", "period", "rule"),
    [
        (
            "Jilin's foreign trade reached 80 billion yuan in 2020. "
            "It represents an average annual growth of 6 percent.",
            "6 percent",
            "2020",
            "period:carried-anaphoric-opener",
        ),
        (
            "Jilin plans to attract 90 billion yuan in investment by 2025. "
            "The number of new firms will reach 3,000.",
            "3,000",
            "2025",
            "period:carried-target",
        ),
        (
            "Jilin's exports rose 9 percent in 2020. Over the past few years, its imports grew by 4 percent.",
            "4 percent",
            None,
            "period:vague",
        ),
        ("Jilin's exports rose 9 percent in 2020. The province has 40 ports.", "40", None, "period:none"),
        (
            "Jilin's exports rose 9 percent in 2020. That year, its imports grew by 4 percent.",
            "4 percent",
            "2020",
            "period:anaphor",
        ),
        (
            "Tasmania's wool exports reached A$3 billion in the 2018-19 financial year that ended in June. "
            "Buyers in Italy bought 30 percent of the clip.",
            "30 percent",
            "2018-07/2019-06",
            "period:carried-past-tense",
        ),
        (
            "Tasmania's wool exports reached A$3 billion in the 2018-19 financial year that ended in June. "
            "Farm jobs rose 2 percent. The state's economy grew 1.5 percent during the financial year.",
            "1.5 percent",
            "2018-07/2019-06",
            "period:anaphor@fiscal",
        ),
        # a level "in the same period last year" is the sentence's period a year earlier
        (
            "Jilin's exports reached 120 billion yuan in the first half, compared with 101 billion "
            "yuan in the same period last year.",
            "101 billion yuan",
            "2020-01/2020-06",
            "period:same-period-of-year",
        ),
        (
            "Jilin's jobless rate fell to 4.1 percent in the second quarter, down from 4.8 percent "
            "in the same quarter of 2019.",
            "4.8 percent",
            "2019-04/2019-06",
            "period:same-period-of-year",
        ),
        # a change over the same period is dated by the period reported on
        (
            "Jilin's exports rose 9 percent in the first half, compared with the same period of 2019.",
            "9 percent",
            "2021-01/2021-06",
            "period:year_part",
        ),
        # a prior year dates the figure right before it, not the figures of the clauses around it
        (
            "Cruise calls at the port rose to 310 in 2019 from 260 a year earlier, while spending "
            "by passengers grew 12 percent to 48 million dollars.",
            "260",
            "2018",
            "period:prior-of-sentence",
        ),
        (
            "Cruise calls at the port rose to 310 in 2019 from 260 a year earlier, while spending "
            "by passengers grew 12 percent to 48 million dollars.",
            "48 million dollars",
            "2019",
            "period:year",
        ),
        (
            "Jilin's exports rose 9 percent in 2020. Its rice harvest climbed to 7 million tonnes "
            "from 6.5 million tonnes a year earlier.",
            "7 million tonnes",
            "2020",
            "period:carried-past-tense",
        ),
        (
            "Jilin's exports rose 9 percent in 2020. Its rice harvest climbed to 7 million tonnes "
            "from 6.5 million tonnes a year earlier.",
            "6.5 million tonnes",
            "2019",
            "period:prior-of-context",
        ),
    ],
)
def test_period_carrying(text: str, span: str, period: str | None, rule: str) -> None:
    f = facts_of(text)[span]
    assert f.period == period and rule in f.rules, f.rules


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Fruit pickers in Tasmania earn A$32 an hour.", "A$32", dict(unit="AUD/hour")),
        ("Weavers in the county earn 3,800 yuan a month.", "3,800 yuan", dict(unit="CNY/month")),
        ("Farmers in the county earn 38,000 yuan a year.", "38,000 yuan", dict(unit="CNY")),
        (
            "The income ratio of urban to rural residents in Hunan narrowed to 2.26 in 2021.",
            "2.26",
            dict(unit="times", kind="ratio"),
        ),
        (
            "The new mill in Jiujiang will be able to make 800,000 tires a year.",
            "800,000",
            dict(indicator="capacity"),
        ),
        (
            "The plant in Jiujiang can turn out 90 million chips a year.",
            "90 million",
            dict(indicator="capacity"),
        ),
        (
            "The plant in Jiujiang made 90 million chips last year.",
            "90 million",
            dict(indicator="production"),
        ),
    ],
)
def test_amounts_per_time_and_bare_ratios(text: str, span: str, expected: dict) -> None:
    f = facts_of(text)[span]
    for k, v in expected.items():
        assert getattr(f, k) == v, (k, f.rules)


@pytest.mark.parametrize(
    ("text", "captions", "masked"),
    [
        ("Body. Cap one\nline two. End.", [(6, 22)], "Body. " + " " * 7 + "\n" + " " * 8 + ". End."),
        ("abcdef", [(1, 3), (2, 5)], "a    f"),  # overlapping captions: blanked once
        ("ab\n\ncd", [(0, 6)], "  \n\n  "),  # line breaks stay, so paragraphs stay
        ("no captions", [], "no captions"),
    ],
)
def test_captions_masked_for_the_body(text: str, captions: list[tuple[int, int]], masked: str) -> None:
    art = Article(index=0, start=0, end=len(text), captions=[Span(start=a, end=b) for a, b in captions])
    assert _masked(text, art) == masked
    assert len(_masked(text, art)) == len(text)


def _qty(start: int, end: int) -> Quantity:
    return Quantity(start=start, end=end, text="x" * (end - start), value=1.0, unit="count")


@pytest.mark.parametrize("ordered", [True, False])
def test_quantities_of_a_sentence(ordered: bool) -> None:
    qs = [_qty(0, 2), _qty(5, 7), _qty(9, 12), _qty(12, 14), _qty(20, 22)]
    if not ordered:
        qs = [qs[2], qs[0], qs[4], qs[1], qs[3]]
    starts = _starts_if_sorted(qs)
    assert (starts is not None) is ordered
    s = Sentence(start=5, end=13, paragraph=0)
    # inside the sentence: starts in it and ends in it; in the list's order
    got = _in_sentence(qs, starts, s)
    assert [(q.start, q.end) for q in got] == [(q.start, q.end) for q in qs if 5 <= q.start and q.end <= 13]


@pytest.mark.parametrize(
    "text",
    [
        "among the top ",
        "the TOP\n",
        "Top",
        "laptop  ",
        "top five",
        "stop",
        " top\t\n ",
        "",
        "tops",
        "desktop\u00a0",
    ],
)
def test_ends_top_holds_wherever_the_top_pattern_matches(text: str) -> None:
    """``_ends_top`` is a cheap test run before ``_TOP_BEFORE``: true wherever the pattern matches."""
    from tally.extract.facts import _TOP_BEFORE, _ends_top

    if _TOP_BEFORE.search(text):
        assert _ends_top(text)


def test_ends_top_on_random_text() -> None:
    import random

    from tally.extract.facts import _TOP_BEFORE, _ends_top

    rng = random.Random(7)
    alphabet = ["t", "o", "p", "T", "O", "P", " ", "\n", "\t", "\u00a0", "\u2003", "s", "-", "x"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        if _TOP_BEFORE.search(text):
            assert _ends_top(text), repr(text)


def _fields(facts: list[Fact]) -> list[tuple]:
    return [
        (f.start, f.text, f.entity, f.indicator, f.period, f.kind, f.status, tuple(f.rules)) for f in facts
    ]


@pytest.mark.parametrize(
    "tail",
    [
        " The province also opened a new rail line to Kunming last spring.",
        " Officials in Liuzhou said the plan would be revised next year. The city expects more visitors.",
        "\n\nA worker checks a loom in Guilin.",  # a paragraph after the last figure
    ],
)
def test_sentences_after_the_last_figure_change_nothing(tail: str) -> None:
    """An article's sentences after its last figure are not read (nothing would use what they say):
    the facts are those of the text without them."""
    head = (
        "Guangxi's exports rose 12 percent in 2022. Its imports fell to 300 billion yuan, "
        "and Nanning's retail sales grew 5 percent."
    )
    alone, _ = extract_facts(doc(head), [Article(index=0, start=0, end=len(head))])
    text = head + tail
    more, _ = extract_facts(doc(text), [Article(index=0, start=0, end=len(text))])
    assert len(alone) == 3 and _fields(more) == _fields(alone)


def test_a_caption_after_the_last_body_figure_is_still_read() -> None:
    """The skip is per context: a caption's figure after the body's last one is a fact of its own."""
    body = "Hubei's output rose 8 percent in 2021. The province plans more rail links."
    cap = "Engineers at a plant in Yichang, which employs 4,000 people."
    facts = facts_with_caption(body, cap)
    assert {f.text for f in facts} >= {"8 percent", "4,000"}


WINDOW_TEXTS = [
    "Retail sales in the county rose 6.4 percent to 31 billion yuan, while online sales fell.",
    "The port (the busiest in the region) handled 4.2 million containers — 9 percent more.",
    "",
    "Zhejiang's exports of solar cells grew; imports, meanwhile, shrank by 120 million dollars.",
]


@pytest.mark.parametrize("text", WINDOW_TEXTS)
def test_windows_without_asides_are_the_plain_slices(text: str) -> None:
    """With no asides, ``_sentence`` cuts its windows as plain slices: what ``_blank`` gives."""
    n = len(text)
    for start in range(n + 1):
        for end in range(start, n + 1, 3):
            for keep in (start, end, (start + end) // 2):
                assert _blank(text, start, end, [], keep) == text[start:end]


@pytest.mark.parametrize("caption", [False, True])
@pytest.mark.parametrize("rules", [(), ("cardinal",), ("cardinal", "scale", "currency-after")])
def test_fact_rules_are_the_quantity_rules_each_time(rules: tuple[str, ...], caption: bool) -> None:
    """The prefixed rules are made once per rule tuple: each fact still gets its own list."""
    text = "Output rose to 12 billion yuan."
    q = Quantity(start=15, end=30, text="12 billion yuan", value=12e9, unit="CNY", rules=rules)
    art = Article(index=0, start=0, end=len(text))
    s = Sentence(start=0, end=len(text), paragraph=0, caption=caption)
    plain = ["quantity:" + r for r in rules] + (["caption"] if caption else [])
    first = _fact(doc(text), art, s, q)
    assert first.rules == plain
    first.rules.append("kind:level-default")
    second = _fact(doc(text), art, s, q)
    assert second.rules == plain and second.rules is not first.rules


@pytest.mark.parametrize("caption", [False, True])
@pytest.mark.parametrize(
    "q",
    [
        Quantity(start=15, end=30, text="12 billion yuan", value=12e9, unit="CNY"),
        Quantity(
            start=15, end=30, text="12-15 robots", value=12.0, unit="count", value_high=15.0,
            counted="robot", approx="~", per="year", kind_hint="change", paired_with=3,
            rules=("cardinal", "range"),
        ),
        Quantity(start=15, end=30, text="dozens", value=None, unit="count", approx=">="),
    ],
)
def test_fact_is_the_constructor(q: Quantity, caption: bool) -> None:
    """``_fact`` sets each field itself: the same fact as ``Fact(...)`` with the declared defaults."""
    text = "Output rose to 12 billion yuan, said the agency."
    art = Article(index=2, start=0, end=len(text))
    s = Sentence(start=0, end=len(text), paragraph=0, caption=caption)
    made = _fact(doc(text), art, s, q)
    want = Fact(
        doc="t.txt", start=q.start, end=q.end, text=q.text, value=q.value, unit=q.unit,
        approx=q.approx, value_high=q.value_high, counted=q.counted, article=2,
        sentence_start=0, sentence_end=len(text),
        rules=["quantity:" + r for r in q.rules] + (["caption"] if caption else []),
    )
    assert made == want
    for f in dataclasses.fields(Fact):  # every field set, to a value of its own (no shared dict)
        assert getattr(made, f.name) == getattr(want, f.name), f.name
    assert made.qualifiers is not _fact(doc(text), art, s, q).qualifiers


@pytest.mark.parametrize("seed", range(6))
def test_figures_by_sentence_is_the_plain_loop(seed: int) -> None:
    """Skipping the sentences with no figure gives each sentence the figures the plain loop gives
    (overlapping sentences, captions, figures across sentence edges, unsorted lists)."""
    import random

    from tally.resolve.coref import _inside

    rng = random.Random(seed)
    for _ in range(200):
        qs = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 90)
            qs.append(_qty(a, a + rng.randint(1, 6)))
        if rng.random() < 0.7:
            qs.sort(key=lambda q: q.start)
        sents: list[Sentence] = []
        pos = 0
        while pos < 100:
            end = pos + rng.randint(1, 25)
            sents.append(Sentence(start=pos, end=end, paragraph=len(sents), caption=rng.random() < 0.2))
            pos = end - rng.randint(0, 3)  # sometimes overlapping the one before
        if rng.random() < 0.2:
            rng.shuffle(sents)  # (not by start: each sentence's figures are still its own)
        captions = [(a, a + rng.randint(1, 20)) for a in rng.sample(range(100), rng.randint(0, 2))]
        starts = _starts_if_sorted(qs)
        claimed: set[int] = set()
        plain: list[list[Quantity]] = []
        for s in sents:
            got = [
                q
                for q in _in_sentence(qs, starts, s)
                if id(q) not in claimed and (s.caption or not _inside(q.start, captions))
            ]
            claimed.update(id(q) for q in got)
            plain.append(got)
        found, ids = _figures_by_sentence(sents, qs, starts, captions)
        assert found == plain and ids == claimed


@pytest.mark.parametrize("seed", range(4))
def test_clause_of_is_the_first_part_of_the_clause_split(seed: int) -> None:
    """``_clause_of`` (a punctuation mark, then a conjunction only before it) gives the text up to
    the first match of the whole clause-end pattern."""
    import random

    from tally.extract.facts import _CLAUSE_END, _clause_of

    pieces = [" ", "\n", "\u2003", ",", ";", ":", "but", "while", "whereas", "But", "WHILE", "butter",
              "x", "rose 4 percent", " but ", " while ", "\twhereas\n", "meanwhile", ", but "]
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _clause_of(text) == _CLAUSE_END.split(text, maxsplit=1)[0], repr(text)


def test_fact_rules_under_threads() -> None:
    """``_fact``'s rule memo (a dict shared by threads) gives each fact its own quantity's rules while
    eight threads make facts of different rule tuples, switching every microsecond."""
    from tally.extract import facts as facts_module

    text = "Output rose to 12 billion yuan."
    art = Article(index=0, start=0, end=len(text))
    s = Sentence(start=0, end=len(text), paragraph=0)
    d = doc(text)
    errors: list[str] = []

    def work(k: int) -> None:
        for j in range(300):
            rules = (f"r{k}", f"s{j % 7}")
            qq = Quantity(start=15, end=30, text="12 billion yuan", value=12e9, unit="CNY", rules=rules)
            if j % 50 == 0:
                facts_module._QUANTITY_RULES.clear()
            got = _fact(d, art, s, qq).rules
            if got != ["quantity:" + r for r in rules]:
                errors.append(f"{rules} -> {got}")

    run_switching(work, [(k,) for k in range(8)])
    assert not errors, errors[:3]


def _fill_by_max(facts: list[Fact]) -> None:
    """``_fill_from_article`` as it was: the main subject by ``max`` over the counts."""
    counts: dict[tuple, int] = {}
    for f in facts:
        if f.entity and "entity:none" not in f.rules:
            k = (f.entity, f.entity_type)
            counts[k] = counts.get(k, 0) + 1
    if not counts:
        return
    main = max(counts, key=lambda k: counts[k])
    for f in facts:
        if f.entity is None and "caption" not in f.rules:
            f.entity, f.entity_type = main
            f.rules.append("entity:article-main")


@pytest.mark.parametrize("seed", range(3))
def test_article_main_subject_as_by_max(seed: int) -> None:
    """The main subject given to the facts with none: the most counted, the first of a tie."""
    import copy
    import random

    rng = random.Random(seed)
    for _ in range(500):
        facts = [
            Fact(doc="d", start=i, end=i + 1, text="1", value=1.0, unit="count",
                 entity=rng.choice([None, None, "", "Acme", "Hubei", "Wuhan"]),
                 entity_type=rng.choice(["company", "province", None]),
                 rules=rng.sample(["entity:none", "caption", "entity:subject", "quantity:x"],
                                  rng.randint(0, 3)))
            for i in range(rng.randint(0, 9))
        ]
        ref = copy.deepcopy(facts)
        _fill_from_article(facts, _Ctx())
        _fill_by_max(ref)
        assert facts == ref


def test_context_init_sets_every_field_to_its_declared_default() -> None:
    """``_Ctx`` writes its own ``__init__`` (compiled, not the generated one): every field, its
    own and ``PeriodContext``'s, set to the declared default, a fresh list per default factory
    (a field added to either class and not set here fails)."""
    a, b = _Ctx(), _Ctx(tracker=None)
    for f in dataclasses.fields(_Ctx):
        want = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        assert getattr(a, f.name) == want, f.name
        if f.default_factory is not dataclasses.MISSING:
            assert getattr(a, f.name) is not getattr(b, f.name), f.name
    assert {f.name for f in dataclasses.fields(_Ctx)} >= {"period", "history", "tracker", "facts"}
    # every field by keyword, as ``dataclasses.replace`` passes them
    c = dataclasses.replace(a, period_age=3, sentences_since_fact=0, facts=[])
    assert (c.period_age, c.sentences_since_fact, c.tracker) == (3, 0, None)


@pytest.mark.parametrize(
    "text",
    [
        "Shanxi province exported 12 billion yuan of goods in 2021. Its imports rose 5 percent. "
        "Taiyuan city drew 3 billion yuan of investment. Shanxi also sold 2 million tonnes of coal. "
        "Taiyuan added 4,000 jobs. Datong city built 12 schools, and Datong hired 300 teachers.",
        "Output reached 5 billion yuan. Sales rose 3 percent.",
    ],
)
def test_entities_are_those_of_the_facts_in_order(text: str) -> None:
    """The entities ``extract_facts`` lists (each made once, its key skipped for a fact naming the
    entity of the one before) are the facts' entities by key, in the order first named."""
    facts, entities = extract_facts(doc(text), [])
    want: dict[str, tuple[str, str]] = {}
    for f in facts:
        if f.entity and f.entity_type:
            want.setdefault(f"{f.entity_type}:{f.entity.lower()}", (f.entity, f.entity_type))
    assert [(e.name, e.type) for e in entities] == list(want.values())
    assert all("_parent" not in f.qualifiers for f in facts)
