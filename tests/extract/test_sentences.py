"""Sentence spans of articles."""

from __future__ import annotations

import pytest

from tally.extract.sentences import _ends_ok, paragraphs, sentences, split
from tally.model import Article, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose 5 percent. Imports fell.", ["Exports rose 5 percent.", "Imports fell."]),
        ("Output reached 3.5 billion yuan. It grew.", ["Output reached 3.5 billion yuan.", "It grew."]),
        ("Sunny Motors Co. Ltd. grew fast. Sales rose.", ["Sunny Motors Co. Ltd. grew fast.", "Sales rose."]),
        ('"We grew," he said. "Now we export."', ['"We grew," he said.', '"Now we export."']),
        (
            "The U.S. bought 30 percent. Japan bought more.",
            ["The U.S. bought 30 percent.", "Japan bought more."],
        ),
        ("Exports grew. 3,000 robots were sold.", ["Exports grew.", "3,000 robots were sold."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split(text, 0, len(text))] == expected


def test_column_break_is_joined() -> None:
    text = "The county admis-\n\nsions rose 5 percent. Then it rained.\n\nNew paragraph here."
    art = Article(index=0, start=0, end=len(text))
    got = [s.of(text) for s in sentences(text, art)]
    assert got == ["The county admis-\n\nsions rose 5 percent.", "Then it rained.", "New paragraph here."]


def test_captions_are_separate_and_flagged() -> None:
    body = "The city grew 5 percent in 2020."
    cap = "A worker at a plant. PHOTO BY SOMEONE"
    text = body + "\n\n" + cap + "\n\nIts exports rose."
    c0 = len(body) + 2
    art = Article(
        index=0,
        start=0,
        end=len(text),
        body=[Span(start=0, end=len(body)), Span(start=c0 + len(cap) + 2, end=len(text))],
        captions=[Span(start=c0, end=c0 + len(cap))],
    )
    got = [(s.of(text), s.caption) for s in sentences(text, art)]
    assert ("A worker at a plant.", True) in got
    assert ("Its exports rose.", False) in got


def test_paragraphs_strip_blank_lines() -> None:
    text = "\n\nOne.\n\n  \nTwo.\n"
    assert [p.of(text) for p in paragraphs(text)] == ["One.", "Two."]


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Exports rose.", True),
        ("the local admis-", False),
        ("he said: ", True),
        ('"We grew."\n  ', True),
        ("(see chart)", True),
        ("list item*", True),
        ("rose 5 percent to", False),
        ("   ", False),
        ("", False),
    ],
)
def test_paragraph_closed_by_its_last_character(text: str, closed: bool) -> None:
    """A paragraph that does not end a sentence is joined to a lower-case one after it."""
    assert _ends_ok("xx" + text + "yy", 2, 2 + len(text)) is closed


def test_boundaries_are_the_pattern_s_matches() -> None:
    import random

    from tally.extract.sentences import _BOUNDARY, _boundaries

    rng = random.Random(7)
    pieces = ["Ab", "cd", " ", "  ", "\n", ".", "..", "!", "?", '"', "”", ")", "3", "5.2", "U.S.", "“", "("]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert [m.span() for m in _boundaries(text, start, end)] == [
            m.span() for m in _BOUNDARY.finditer(text, start, end)
        ], (text, start, end)


def test_a_long_run_of_full_stops_takes_linear_time() -> None:
    import time

    text = "Leader dots " + "." * 50_000 + " and so on"
    started = time.process_time()
    assert split(text, 0, len(text)) == [(0, len(text))]
    assert time.process_time() - started < 2.0
