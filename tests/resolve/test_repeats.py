"""Lines that end a sentence, and figures restated on unended lines (tally.resolve.repeats)."""

from __future__ import annotations

import copy
import random
import re

import pytest

from tally.model import Fact
from tally.resolve.repeats import ended, entities_from_repeats, rename

_ENDED = re.compile(r"[.!?][\"'”’)]*\s*$")  # the rule ``ended`` reads from the line's end


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("Exports rose 8 percent.", True),
        ("Is it growing?", True),
        ('"We will hire 300 people."', True),
        ("The plant opened (in 2019).)\n", True),
        ("Sales hit a record!  \n\t", True),
        ("Robot maker to build £42m plant", False),
        ("Output rose 5 percent. ", True),
        ('It grew. "', False),  # a space before the quote: the quote opens something new
        ("It grew. x", False),
        ("It grew.  )", False),
        ("", False),
        ("   ", False),
        ("...", True),
        ("ends with a non-breaking space.\u00a0", True),
    ],
)
def test_ended(line: str, closed: bool) -> None:
    assert ended(line) is closed
    assert bool(_ENDED.search(line)) is closed


def _by_every_figure(facts: list[Fact], text: str) -> None:
    """``entities_from_repeats`` as it was: every figure's line read (memo by span), every body
    figure with an entity listed by value and unit (the renaming itself, unchanged, is ``rename``)."""
    closed: dict[tuple, bool] = {}
    unended: list[bool] = []
    for f in facts:
        span = (f.sentence_start, f.sentence_end)
        if span not in closed:
            closed[span] = not ended(text[f.sentence_start : f.sentence_end])
        unended.append(closed[span])
    body: dict[tuple, set[tuple]] = {}
    for f, loose in zip(facts, unended, strict=True):
        if f.entity and f.value is not None and not loose:
            ent = (f.entity, f.entity_type, f.qualifiers.get("_parent"))
            body.setdefault((f.value, f.unit), set()).add(ent)
    rename(facts, unended, body)


_LINES = ["Robot maker to build £42m plant", "Exports rose 42 percent.", "Output hit 7 million tons",
          "Acme said it grew 7 percent.", "Sales (in yuan) rose 3.5 percent!", ""]


def _random_facts(rng: random.Random) -> tuple[list[Fact], str]:
    text = "\n".join(rng.choice(_LINES) for _ in range(rng.randint(1, 6)))
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    facts = []
    for _ in range(rng.randint(0, 10)):
        k = rng.randrange(len(starts))
        s = starts[k]
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        sentence = (s, e) if rng.random() < 0.9 else (None, None)
        entity = rng.choice([None, "", "Acme", "Hubei", "Wuhan"])
        f = Fact(doc="d", start=s, end=e, text="x", value=rng.choice([None, 42.0, 7.0, 3.5, 0.0, -0.0]),
                 unit=rng.choice(["percent", "count", "GBP"]), entity=entity,
                 entity_type=rng.choice(["company", "province", None]),
                 qualifiers={"_parent": "China"} if rng.random() < 0.3 else {},
                 sentence_start=sentence[0], sentence_end=sentence[1],
                 rules=rng.choice([["entity:subject"], ["quantity:x", "entity:topic"], []]))
        facts.append(f)
    facts.sort(key=lambda f: f.start)
    return facts, text


@pytest.mark.parametrize("seed", range(4))
def test_repeats_equal_reading_every_figure(seed: int) -> None:
    """Reading only the values of unended lines' figures changes no fact."""
    rng = random.Random(seed)
    for _ in range(1500):
        facts, text = _random_facts(rng)
        mine, ref = copy.deepcopy(facts), copy.deepcopy(facts)
        entities_from_repeats(mine, text)
        _by_every_figure(ref, text)
        assert mine == ref, (text, facts)


@pytest.mark.parametrize("seed", range(3))
def test_ended_in_place_equals_ended_of_the_slice(seed: int) -> None:
    """``_ended_at`` reads the line's end in place: what ``ended`` of the slice gives, for bounds
    inside, across and past the text."""
    from tally.resolve.repeats import _ended_at

    rng = random.Random(seed)
    pieces = ["Exports rose", ".", "!", "?", '"', "”", "’", ")", " ", "\n", "\t", "\u00a0", "x", "5"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        a = rng.randint(0, len(text) + 2)
        b = rng.randint(0, len(text) + 2)
        assert _ended_at(text, a, min(b, len(text))) == ended(text[a:b]), (text, a, b)
