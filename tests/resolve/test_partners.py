"""Destinations, counterparts, landmarks and subordinate clauses never own a figure; hyphenated names."""

from __future__ import annotations

import pytest

from tally.extract.facts import extract_facts
from tally.model import Article, Document
from tally.resolve.coref import partner
from tally.resolve.entities import Lexicon, find_mentions


def _facts(text: str) -> dict[str, tuple[str | None, str | None]]:
    d = Document(name="t.txt", source="t.txt", text=text, sha256="0", published=None, size=len(text))
    facts, _ = extract_facts(d, [Article(index=0, start=0, end=len(text))])
    return {f.text: (f.entity, f.entity_type) for f in facts}


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("A truck to Rotterdam needs 9 days.", "Rotterdam", True),
        ("Business with Osaka rose 8 percent.", "Osaka", True),
        ("Shipping from Ningbo to Hamburg costs less.", "Ningbo", True),
        ("Shipping from Ningbo rose 4 percent.", "Ningbo", False),
        ("Firms involved in the Green Corridor Programme grew.", "Green Corridor Programme", True),
        ("Sales in Wuxi rose 3 percent.", "Wuxi", False),
        # a reduced relative clause after a plural partner noun is still the partner
        ("Commerce with nations taking part in the Amber Road Plan rose.", "Amber Road Plan", True),
        ("Shipments to members of the Andean Community grew.", "Andean Community", True),
        # an infinitive is no partner, and a finite verb ends the partner's noun phrase
        ("The brewer plans to build a plant in Ganzhou.", "Ganzhou", False),
        ("Business with partners rose 6 percent in Ganzhou.", "Ganzhou", False),
    ],
)
def test_partner(sentence: str, word: str, expected: bool) -> None:
    rel = sentence.index(word)
    assert partner(sentence, rel, sentence[rel + len(word) :]) is expected


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # a destination before the figure is no owner: the topic keeps it
        (
            "Jiangxi exports rose in May.\n\nA parcel to Lyon now needs about 12 days by train.",
            "12 days",
            "Jiangxi",
        ),
        # a route "from X to Y" names neither as the owner
        (
            "Guizhou opened a new expressway.\n\nThe road cuts travel from Guiyang to Zunyi by 30 percent.",
            "30 percent",
            "Guizhou",
        ),
        # the complement of a participle ("involved in") is no owner
        (
            "Gansu traded more this year.\n\nCommerce with partners involved in the Silk Road Initiative "
            "grew 18 percent.",
            "18 percent",
            "Gansu",
        ),
        # a relative clause about a destination still describes it
        ("Money will go to the Tramlink network, which at 28km is the longest.", "28km", "Tramlink"),
        # a destination after the figure may still be the scene
        ("Hundreds of visitors travel to Wuyuan county every spring.", "Hundreds", "Wuyuan county"),
        # a landmark after the figure ("near the village of X") is not its scene
        (
            "Tourism grew fast in Lijiang county.\n\nZhou Min runs an 8-room inn near the village of Baisha.",
            "8-room",
            "Lijiang county",
        ),
        (
            "Ordos built more lines.\n\nA 71-km railway that serves mines in Dalad county opened in June.",
            "71-km",
            "Ordos",
        ),
        # a place in a subordinate clause is not the fallback subject of the next sentences
        (
            "Hunan grew 6 percent.\n\nRetail sales also recovered as shops in Changsha reopened. "
            "Rural income was 9,100 yuan in the half.",
            "9,100 yuan",
            "Hunan",
        ),
        # a prepositional place before the verb is still the fallback subject
        ("Exports from Ningbo fell 3 percent.", "3 percent", "Ningbo"),
    ],
)
def test_partners_and_landmarks(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Chengdu High-tech Industrial Development Zone grew.",
            "Chengdu High-tech Industrial Development Zone",
        ),
        ("The Hefei Hi-tech Innovation Park opened.", "Hefei Hi-tech Innovation Park"),
        ("Wuhan-based Jinlong Group grew.", "Jinlong Group"),
    ],
)
def test_hyphenated_names(text: str, name: str) -> None:
    names = [m.name for m in find_mentions(text, 0, len(text), Lexicon()) if m.form == "name"]
    assert name in names


def test_hyphenated_word_of_a_name_is_no_alias() -> None:
    lex = Lexicon()
    lex.add(
        "Chengdu High-tech Industrial Development Zone",
        "zone",
        None,
        "Chengdu High-tech Industrial Development Zone",
    )
    assert lex.lookup("High") is None


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # the scope of a rank after it is not its owner
        (
            "Zhuzhou built a rail equipment cluster.\n\nThe cluster ranks second in Hunan.",
            "second",
            "Zhuzhou",
        ),
        # "the airport zone" refers to the zone, not to the airport
        (
            "The Changsha Airport Economic Zone opened beside Changsha Huanghua International Airport. "
            "The airport zone wants sales of 90 billion yuan by 2025.",
            "90 billion yuan",
            "Changsha Airport Economic Zone",
        ),
    ],
)
def test_rank_scope_and_zone_references(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # the venue of an event after the verb is no subject for the next sentence
        (
            "The Jiangxi government signed 40 deals at a ceremony in Nanchang on May 3.\n\n"
            "The projects are expected to create 20,000 jobs.",
            "20,000",
            "Jiangxi",
        ),
        (
            "Jiangxi lines up solar pledges.\n\nMoUs signed in Nanchang as province courts investors\n\n"
            "The projects will cost 8 billion yuan.",
            "8 billion yuan",
            "Jiangxi",
        ),
    ],
)
def test_event_venues(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity


def test_a_views_partner_marks_are_partner() -> None:
    """The tracker finds a mention's partner mark on first read: what ``partner`` tells, for names only."""
    from tally.resolve.coref import Tracker

    text = "Shipping from Ningbo to Hamburg rose 4 percent, and the province exported more to Osaka."
    lex = Lexicon()
    find_mentions(text, 0, len(text), lex, learn=True)
    view = Tracker(lex).read(text, 0, len(text))
    got = [(r.mention.start, r.partner) for r in view.mentions]
    want = [
        (r.mention.start, r.mention.form == "name" and partner(text, r.mention.start, text[r.mention.end :]))
        for r in view.mentions
    ]
    assert got == want and got == [(r.mention.start, r.partner) for r in view.mentions]
    assert any(p for _s, p in got) and len(got) >= 3
