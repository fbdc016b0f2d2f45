"""Appositions and relative clauses that place a name: the larger place only locates it."""

from __future__ import annotations

import pytest

from tally.extract.facts import extract_facts
from tally.model import Article, Document


def _facts(text: str) -> dict[str, tuple[str | None, str | None]]:
    d = Document(name="t.txt", source="t.txt", text=text, sha256="0", published=None, size=len(text))
    facts, _ = extract_facts(d, [Article(index=0, start=0, end=len(text))])
    return {f.text: (f.entity, f.entity_type) for f in facts}


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # a figure inside an apposition placing a city in its province belongs to the city
        ("Ganzhou, a city in southern Jiangxi that grew 9 million tons of oranges last year, is expanding.",
         "9 million tons", "Ganzhou"),
        ("Baotou, a city in the west of Inner Mongolia that made 16 million tons of steel, is changing.",
         "16 million tons", "Baotou"),
        # a person placed by a relative clause stands for the village
        ("Hu Lan, who runs a noodle shop in Dongtou village, earns about 6,000 yuan a month.",
         "6,000 yuan", "Dongtou village"),
        ("Xu Ping, who keeps bees in the village of Shangli, sold 800 kilograms of honey last year.",
         "800 kilograms", "Shangli village"),
    ],
)
def test_placing_appositions(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # an apposition renaming the possessed head makes the name, not the possessor, the subject
        (
            "The Nanning Port Zone grew fast. The zone's airport, Nanning Wuxu International Airport, "
            "handled 120,000 tons of cargo. It now serves 30 routes.",
            "30",
            "Nanning Wuxu International Airport",
        ),
        # a year after "the zone in" is no place
        (
            "The Nanning Port Zone grew fast. A trader moved to the zone in 2019. "
            "Firms in the zone made 8 million phones.",
            "8 million",
            "Nanning Port Zone",
        ),
    ],
)
def test_possessed_heads_and_years(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity
