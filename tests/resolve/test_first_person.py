"""First-person columns: the writer's figures belong to the institution the writer studies or works at."""

from __future__ import annotations

import pytest

from tally.extract.facts import extract_facts
from tally.model import Article, Document


def _facts(text: str) -> dict[str, tuple[str | None, str | None]]:
    d = Document(name="t.txt", source="t.txt", text=text, sha256="0", published=None, size=len(text))
    facts, _ = extract_facts(d, [Article(index=0, start=0, end=len(text))])
    return {f.text: (f.entity, f.entity_type) for f in facts}


_ESSAY = (
    "I came to Nanchang from Kenya to learn engineering.\n\n"
    "Now I study mechanics at Nanchang University, and on Sundays I ride to Jiujiang to swim. "
    "I have been swimming for three years.\n\n"
    "My group has 14 students from eight countries. I have lived in Nanchang for two years.\n\n"
    "In my 18 months of living in Jiangxi, I have made many friends."
)


@pytest.mark.parametrize(
    ("figure", "entity"),
    [
        ("three years", "Nanchang University"),
        ("14", "Nanchang University"),
        ("eight", "Nanchang University"),
        # a place after a preposition before the figure is where the writer is, not the owner
        ("two years", "Nanchang University"),
        # a place named after the figure still scopes it
        ("18 months", "Jiangxi"),
    ],
)
def test_first_person_institution(figure: str, entity: str) -> None:
    assert _facts(_ESSAY)[figure][0] == entity


def test_affiliation_with_a_noun() -> None:
    text = (
        "I am a visiting researcher at the Jiangxi Academy of Sciences. "
        "Our team has 9 engineers."
    )
    assert _facts(text)["9"][0] == "Jiangxi Academy of Sciences"


def test_reported_speech_is_no_affiliation() -> None:
    text = "Pingxiang exported 4 billion yuan of ceramics. Its factories employ 30,000 workers."
    assert _facts(text)["30,000"][0] == "Pingxiang"
