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
        # a bare two-digit number after a person's name, set off by commas, is the person's age
        ("Wang Jun, 54, has run a seafood stall at the pier since 1998.", "54", False),
        ("Fisherman Zhao Lei, 61, said the catch was good.", "61", False),
        # after a place it is a figure of the place
        ("The index put Datong, 54, ahead of Linfen.", "54", True),
        # a number counting something is no age
        ("Li Ming, 54 workers and two engineers run the plant.", "54", True),
    ],
)
def test_person_ages(text: str, figure: str, kept: bool) -> None:
    assert (figure in _texts(text)) is kept


@pytest.mark.parametrize("seed", range(3))
def test_comma_gate_passes_every_window_the_name_pattern_matches(seed: int) -> None:
    """``_ends_with_comma`` rules a window out only where ``_NAME_BEFORE`` finds nothing in it
    (its ``$`` also matching before a final line break), on windows of names, commas and blanks."""
    import random

    from tally.resolve.ages import _NAME_BEFORE, _ends_with_comma

    rng = random.Random(seed)
    pieces = ["Marta", "Vidal", " ", "\t", ",", ", ", ",\n", "\n", "said", "Dr.", "x", "44"]
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        lo = rng.randint(0, len(text) // 2)
        hi = rng.randint(lo, len(text))
        if _NAME_BEFORE.search(text, lo, hi):
            assert _ends_with_comma(text, lo, hi), (text, lo, hi)
            hits += 1
    assert hits > 20
