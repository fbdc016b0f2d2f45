"""Sentence spans of articles."""

from __future__ import annotations

import re
from collections.abc import Callable

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
        assert _boundaries(text, start, end) == [
            m.span() for m in _BOUNDARY.finditer(text, start, end)
        ], (text, start, end)


def test_stops_skipped_in_c_start_no_boundary() -> None:
    """``_STOP`` finds only the stops after which a match can go on; the others ("5.3", "U.S",
    the last stop of a paragraph) are skipped: the boundaries stay the pattern's matches. Each
    piece is a word, a stop (or none), a character after it (each one the pattern reads after a
    stop, and others) and a space (or none)."""
    import random

    from tally.extract.sentences import _BOUNDARY, _boundaries

    rng = random.Random(11)
    words = ["Ab", "x", "9", "4.5", "e.g", "(", "“", "‘", "$", "\\", "*", "[", "'", '"', "é", ""]
    stops = [".", "!", "?", "...", "?!", ""]
    after = ['"', "'", "”", "’", ")", "]", "*", ".", "x", "7", ",", ";", "-", "é", "(", ""]
    spaces = [" ", "\t", "\n", "\u00a0", "\u2009", "  ", ""]
    for _ in range(6000):
        text = "".join(
            rng.choice(words) + rng.choice(stops) + rng.choice(after) + rng.choice(spaces)
            for _ in range(rng.randint(0, 8))
        )
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _boundaries(text, start, end) == [
            m.span() for m in _BOUNDARY.finditer(text, start, end)
        ], (text, start, end)


@pytest.mark.parametrize("seed", range(3))
def test_word_before_stop_read_backwards(seed: int) -> None:
    """``_word_before_stop`` is the group of ``_WORD_BEFORE_STOP`` searched in the same slice."""
    import random

    from tally.extract.sentences import _WORD_BEFORE_STOP, _word_before_stop

    rng = random.Random(seed)
    pieces = ["Co", "U", "S", "e", "g", "Dr", ".", ".", " ", "-", "5", "é", "K", "’", "\n", "Sept", "xyzzy"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) + "."
        at = len(text) - 1
        lo = rng.randint(0, at)
        m = _WORD_BEFORE_STOP.search(text[lo : at + 1])
        assert _word_before_stop(text, lo, at) == (m.group(1) if m else ""), (text, lo)


class _Counting:
    """A stand-in for ``_boundary_at`` counting the places the pattern is tried."""

    def __init__(self, at: Callable[[str, int, int], int]) -> None:
        self.at, self.tries = at, 0

    def __call__(self, text: str, pos: int, end: int) -> int:
        self.tries += 1
        return self.at(text, pos, end)


@pytest.mark.parametrize("run", ["." * 50_000, "!?" * 25_000, ".!" * 25_000, "?" * 50_000])
def test_a_long_run_of_stops_is_tried_once(run: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """PDF leader dots, "!?!?": the pattern is tried once per run of stops, not at each stop
    (each try reads the run to its end: that was quadratic)."""
    from tally.extract import sentences as S

    counting = _Counting(S._boundary_at)
    monkeypatch.setattr(S, "_boundary_at", counting)
    text = "Leader dots " + run + " and so on"
    pieces = split(text, 0, len(text))
    assert counting.tries == 1
    assert "".join(text[a:b] for a, b in pieces).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("body", "sep"),
    [
        ("1 " * 3000, " "),  # a table run together: thousands of figures, no stop
        ("up 3 percent, " * 400, " "),
        ("row 12 34 56\n" * 500, "\n"),  # lines of a table: cut at a line break
        ("x" * 4000, ""),  # no space at all
    ],
)
def test_no_sentence_is_longer_than_the_limit(body: str, sep: str) -> None:
    """A sentence over ``MAX_SENTENCE`` characters is a table or list, not prose: it is cut (at a
    line break, else a space), so the work per figure of a sentence stays bounded."""
    from tally.extract.sentences import MAX_SENTENCE

    text = "Exports rose 12 percent in 2022 to " + body
    pieces = split(text, 0, len(text))
    assert len(pieces) > 1
    assert all(b - a <= MAX_SENTENCE for a, b in pieces)
    assert " ".join(text[a:b] for a, b in pieces).split() == text.split() or sep == ""
    assert re.sub(r"\s", "", "".join(text[a:b] for a, b in pieces)) == re.sub(r"\s", "", text)
    if sep:  # each cut is at the separator
        assert all(text[b] in sep + " " for _a, b in pieces[:-1])
    if sep == "\n":
        assert all(text[a : b + 1].endswith("\n") or b == len(text) for a, b in pieces)


def test_prose_sentences_are_not_cut() -> None:
    sentence = "The province's exports, " + "which rose sharply, " * 30 + "reached 5 billion yuan."
    assert split(sentence, 0, len(sentence)) == [(0, len(sentence))]


@pytest.mark.parametrize("seed", range(3))
def test_boundary_at_is_the_pattern_s_match(seed: int) -> None:
    """``_boundary_at`` ends where ``_BOUNDARY.match`` at a stop ends (-1: no match), also on
    characters near the classes' (other quotes, spaces, letters)."""
    import random

    from tally.extract.sentences import _BOUNDARY, _boundary_at

    rng = random.Random(seed)
    chars = list(".!?\"'”’)]*“‘([ \t\n\u00a0\u2009\u3000AZaz09\\$é,-«»`") + ["..", "  ", ". A", ".” “B"]
    for _ in range(6000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 12)))
        for i, c in enumerate(text):
            if c in ".!?":
                for end in (len(text), rng.randint(i + 1, len(text))):
                    m = _BOUNDARY.match(text, i, end)
                    assert _boundary_at(text, i, end) == (m.end() if m else -1), (text, i, end)


def test_sentence_record_takes_its_fields_in_order_with_defaults() -> None:
    """``Sentence`` writes its own ``__init__`` (compiled, not the generated one): the fields in
    their declared order, positional or by keyword, with the declared defaults, hashed as the
    named tuple it was."""
    import dataclasses
    import inspect

    from tally.extract.sentences import Sentence

    params = list(inspect.signature(Sentence).parameters.values())
    fields = dataclasses.fields(Sentence)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    s = Sentence(3, 9, 2)
    assert (s.start, s.end, s.paragraph, s.caption, s.headline) == (3, 9, 2, False, False)
    assert Sentence(start=3, end=9, paragraph=2, caption=True) == Sentence(3, 9, 2, True)
    assert hash(Sentence(3, 9, 2, True, False)) == hash((3, 9, 2, True, False))
    assert s.of("Output grew fast.") == "put gr"
    assert s._replace(caption=True) == Sentence(3, 9, 2, True)  # (the named tuple's ``_replace``)


@pytest.mark.parametrize("seed", range(4))
def test_sentences_come_by_start_as_a_stable_sort_gives(seed: int) -> None:
    """The sentences of the headline, the body and the captions come by their start (the sort is
    skipped when they come so already): what a stable sort by start of them gives."""
    import random

    rng = random.Random(seed)
    paras = ["Exports rose 5 percent. Imports fell.", "A worker at a plant.", "It grew. Sales rose.",
             "Output fell 3 percent", "PHOTO BY SOMEONE"]
    chosen = [rng.choice(paras) for _ in range(rng.randrange(2, 7))]
    text = "\n\n".join(chosen)
    spans, pos = [], 0
    for p in chosen:
        spans.append(Span(start=pos, end=pos + len(p)))
        pos += len(p) + 2
    kinds = [rng.choice("hbc") for _ in spans]
    heads = [sp for sp, k in zip(spans, kinds, strict=True) if k == "h"][:1]
    art = Article(
        index=0, start=0, end=len(text), headline=heads[0] if heads else None,
        body=[sp for sp, k in zip(spans, kinds, strict=True) if k == "b"],
        captions=[sp for sp, k in zip(spans, kinds, strict=True) if k == "c"],
    )
    got = sentences(text, art)
    assert [s.start for s in got] == sorted(s.start for s in got)
    # the same sentences as a stable sort by start of the unsorted list (headline, body, captions)
    by_part = sorted(got, key=lambda s: (0 if s.headline else 2 if s.caption else 1))
    assert got == sorted(by_part, key=lambda s: s.start)
