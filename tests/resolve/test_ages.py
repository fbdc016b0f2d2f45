"""Ages of named people in apposition are dropped; ages in statistics stay."""

from __future__ import annotations

import pytest

from tally.extract.facts import extract_facts
from tally.model import Article, Document


def _texts(text: str) -> list[str]:
    d = Document(name="t.txt", source="t.txt", text=text, sha256="0", published=None, size=len(text))
    facts, _ = extract_facts(d, [Article(index=0, start=0, end=len(text))])
    return [f.text for f in facts]


@pytest.mark.parametrize(
    ("text", "figure", "kept"),
    [
        ('"Orders are up," said Marta Vidal, 47, who owns a bakery in Leeds.', "47", False),
        ("The mill hired 300 people, said plant manager Ravi Menon, 58.", "58", False),
        ("Vaccination began among teenagers aged between 15 and 17 this month.", "15 and 17", True),
    ],
)
def test_person_ages(text: str, figure: str, kept: bool) -> None:
    assert (figure in _texts(text)) is kept
