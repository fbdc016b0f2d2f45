"""People standing for their places, companies named by their heads, lakes as zones, clause openers."""

from __future__ import annotations

import pytest

from tally.extract.facts import extract_facts
from tally.model import Article, Document
from tally.resolve.entities import Lexicon, find_mentions


def _facts(text: str) -> dict[str, tuple[str | None, str | None]]:
    d = Document(name="t.txt", source="t.txt", text=text, sha256="0", published=None, size=len(text))
    facts, _ = extract_facts(d, [Article(index=0, start=0, end=len(text))])
    return {f.text: (f.entity, f.entity_type) for f in facts}


def _names(text: str) -> list[tuple[str | None, str | None]]:
    lex = Lexicon()
    find_mentions(text, 0, len(text), lex, learn=True)
    return [(m.name, m.type) for m in find_mentions(text, 0, len(text), lex) if m.form == "name"]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # a lower-case head right before an unknown name
        ("This is true of cement maker Hongda in the north.", "Hongda", "company"),
        ("Sales at carmaker Beiqi rose.", "Beiqi", "company"),
        # a copular predicate, across a "based in" phrase
        ("Lvyuan Orchards based in Ruicheng county, Yuncheng, is one of the largest fruit companies.",
         "Lvyuan Orchards", "company"),
        ("Jinfeng is a company with farms in three counties.", "Jinfeng", "company"),
        # a lake or reservoir is a zone
        ("Tourists crowd Qingshui Lake in summer.", "Qingshui Lake", "zone"),
        ("Anping Reservoir supplies the city.", "Anping Reservoir", "zone"),
        # an unknown name after "villager in" is a village; "county-level city" is a city
        ("Hu Bo, 51, a villager in Gaojia, grows millet.", "Gaojia village", "village"),
        ("In Houma, a county-level city, orchards spread.", "Houma", "city"),
        # "the village of" and its name broken across a line
        ("Farming began in the village of\n\nDongshan in 2015.", "Dongshan village", "village"),
    ],
)
def test_names_typed(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wuxiang is a producer of millet.", "Wuxiang"),  # a producer may be a place: no company
        ("Wang Hua is a farmer in the county.", "Wang Hua"),  # a person
        ("SMEs are a company's best partners.", "SMEs"),  # a plural acronym is a common noun
        ("Profits of the company Wang founded rose.", "Wang"),  # a surname after a head is a person
    ],
)
def test_names_not_typed_as_companies(text: str, name: str) -> None:
    assert (name, "company") not in _names(text)


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # a person introduced as a villager stands for the village, and so does the family
        (
            "Ma Lan, a villager in Hetou village in Pinglu county, is proud of the change. She is the only "
            "earner of her family. Because of their low income, the family lived in 30 square meters.",
            "30 square meters",
            "Hetou village",
        ),
        # a figure in the same sentence as the person
        (
            "Guo Ping, a farmer in the village of Xiaohe, earned 40,000 yuan last year.",
            "40,000 yuan",
            "Xiaohe village",
        ),
        # "his village": the village of the person just introduced
        (
            "Yuncheng is known for apples. Du Qiang, a resident of Nanli village in Yuncheng, grows pears. "
            "Du runs a small hotel in his village. The hotel earned 60,000 yuan for the family.",
            "60,000 yuan",
            "Nanli village",
        ),
        # "the cooperative" refers back to a named cooperative
        (
            (
                "The Hongfu Farming Cooperative in Xiaoyi has 90 "
                "members. The cooperative sold 700 tons of dates."
            ),
            "700 tons",
            "Hongfu Farming Cooperative",
        ),
        # a person with an age before the apposition
        (
            "Hu Bo, 51, a villager in Gaojia, earns 30,000 yuan a year from millet.",
            "30,000 yuan",
            "Gaojia village",
        ),
        # a company named by its head owns the figures of "the company" and of its bare name
        (
            "Datong is home to many firms. One is glassmaker Ruiguang in Datong's Hunyuan county. "
            "The company's output value will reach 3 billion yuan. "
            "Ruiguang's output value was 1 billion yuan.",
            "3 billion yuan",
            "Ruiguang",
        ),
        (
            "Datong is home to many firms. One is glassmaker Ruiguang in Datong's Hunyuan county. "
            "The company's output value will reach 3 billion yuan. "
            "Ruiguang's output value was 1 billion yuan.",
            "1 billion yuan",
            "Ruiguang",
        ),
        # a lake's own figures, and "the lake" referring back to it
        (
            "Taigu county has lakes. Spanning 900 hectares and with five islands, Baiyun Lake draws crowds. "
            "Officials said 300 people now work around the lake.",
            "900 hectares",
            "Baiyun Lake",
        ),
        (
            "Taigu county has lakes. Spanning 900 hectares and with five islands, Baiyun Lake draws crowds. "
            "Officials said 300 people now work around the lake.",
            "300",
            "Baiyun Lake",
        ),
        # "after" opening a clause: the government is its subject
        (
            "Taigu county has lakes. Baiyun Lake draws crowds. It grew busy after the county government "
            "spent 2 billion yuan on roads.",
            "2 billion yuan",
            "Taigu county",
        ),
        # "the government" after a zone topic: the place last named
        (
            "Shanxi is big. Officials in Taigu county spoke. Baiyun Lake draws crowds. The government "
            "spent 500 million yuan on it.",
            "500 million yuan",
            "Taigu county",
        ),
    ],
)
def test_entity_of_figure(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # a possessor right before a count owns it, even a country after a preposition
        (
            "Andalusia's farm output, among Spain's 17 regions, rose 4 percent.",
            "17",
            "Spain",
        ),
        (
            "Hexian county is poor. Officials in Jinzhong said the county's 2,300 households got aid.",
            "2,300",
            "Hexian county",
        ),
        # an elliptical possessive is a comparison; a country after "among" is no subject
        (
            "Bavaria's economy, the largest among Germany's states after Berlin's, grew 1.5 percent, "
            "and the jobless rate fell to 3.1 percent.",
            "3.1 percent",
            "Bavaria",
        ),
    ],
)
def test_possessors_and_comparisons(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity
