"""The text before a mention, read from its end: the same as the end-anchored regexes it replaces."""

from __future__ import annotations

import random
import re

import pytest

from tally.resolve.coref import _DET, _lead, _without_determiners

_LAST = re.compile(r"([A-Za-z]+)$")
_LAST_TWO = re.compile(r"(?:([A-Za-z]+)\s+)?([A-Za-z]+)$")


def _by_regex(sentence: str, rel: int) -> tuple[str, str | None, int, str | None]:
    text = _DET.sub("", sentence[:rel].rstrip() + " ").rstrip()
    m, two = _LAST.search(text), _LAST_TWO.search(text)
    assert (m is None) == (two is None)
    if m is None or two is None:
        return text, None, len(text), None
    assert m.group(1) == two.group(2)
    return text, m.group(1), m.start(), two.group(1)


def _fields(sentence: str, rel: int) -> tuple[str, str | None, int, str | None]:
    lead = _lead(sentence, rel)
    return lead.text, lead.last, lead.last_start, lead.prev


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Exports to the Japan market rose", "Japan", ("Exports to", "to", 8, "Exports")),
        ("Trade with their partner Laos", "Laos", ("Trade with their partner", "partner", 17, "their")),
        ("The the Shanxi", "Shanxi", ("", None, 0, None)),
        ("Output of\tthe  Hubei plant", "Hubei", ("Output of", "of", 7, "Output")),
        ("Sales in 2020, the Hunan", "Hunan", ("Sales in 2020,", None, 14, None)),
        ("Firms Involved In ITS Hebei", "Hebei", ("Firms Involved In", "In", 15, "Involved")),
        ("a pre-the Gansu", "Gansu", ("a pre-", None, 6, None)),
    ],
)
def test_lead(sentence: str, word: str, expected: tuple) -> None:
    assert _fields(sentence, sentence.index(word)) == expected


_PIECES = (
    "the The THE a an An its their this that these those only just mainly also even x of to in "
    "with from for é ſ ı K 2020 2,3 , . ; — ( ) - ' ’ _ Shanxi exports rose"
).split()
_GAPS = (" ", "  ", "\t", "\n", "", " \n ", "\u00a0", "\u2003")


@pytest.mark.parametrize("seed", range(3))
def test_lead_is_the_regexes(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        sentence = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(0, 9)))
        rel = rng.randint(0, len(sentence))
        assert _fields(sentence, rel) == _by_regex(sentence, rel), (sentence, rel)


@pytest.mark.parametrize("seed", range(2))
def test_without_determiners_is_the_regex(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        words = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(0, 9)))
        raw = words.rstrip() + " "
        assert _without_determiners(raw) == _DET.sub("", raw), raw


@pytest.mark.parametrize(
    "before",
    ["and", "exports and", "exports, and", "sand", "Band", "brand and", "but", "rebut", "x_but", "while",
     "meanwhile", "a while", "whereas", "as", "And", "growth whereas", "é and", "éand", "1and", "and\tand"],
)
def test_ends_with_conjunction_is_the_regex(before: str) -> None:
    from tally.resolve.coref import _RX_DEPENDENT_2, _ends_with_conjunction

    assert _ends_with_conjunction(before) == bool(_RX_DEPENDENT_2.search(before))


@pytest.mark.parametrize(
    "text", ["260 kilometres east of ", "a two-hour DRIVE from ", "Kilometers", "a 3-KM walk", "nothing", ""]
)
def test_reference_point_gate_is_its_words(text: str) -> None:
    from tally.gates import fold
    from tally.resolve.entities import _holds, _reference_point_gate, _reference_point_gate_rx

    words = _reference_point_gate()
    assert words is not None
    assert _holds(_reference_point_gate_rx(), text) == any(w in fold(text) for w in words)


_GATED_SENTENCES = [
    "The plant, which is located in the north of ",
    "Nine of them are in Yangpu, and the rest are based in the ",
    "The firm signed 57 deals at a ceremony in ",
    "MoUs signed in \n",
    "The 12 projects, worth 3 billion yuan, were signed at the expo held in ",
    "I am a doctoral student at the ",
    "In 2020 I studied Chinese for two years at ",
    "Indeed, I, a student, work at ",
    "It is also now being held near the old town of ",
    "Exports; BASED IN ",
    "The depot İS ſtill located İN the ",  # (not ASCII: no lower-cased twin, the pattern itself)
]


@pytest.mark.parametrize("sentence", _GATED_SENTENCES)
def test_gated_lead_searches_are_the_searches(sentence: str) -> None:
    """The end-anchored searches of the fallback subject and the writer's institution, gated or
    started late, answer as the plain searches, for every prefix."""
    from tally.resolve import coref

    for rel in range(len(sentence) + 1):
        lead = sentence[:rel]
        assert coref._located(lead) == bool(coref._PREDICATE.search(lead)), lead
        assert coref._event_venue(lead) == bool(coref._EVENT_VENUE().search(lead)), lead
        assert coref._affiliated(lead) == bool(coref._AFFILIATION().search(lead)), lead


@pytest.mark.parametrize(
    "before",
    [
        "against a national average of ", "the NATİONAL total of about ", "a natıonal rate ", "national ", "",
        "the total of ",
    ],
)
def test_national_gate_is_the_search(before: str) -> None:
    from tally.resolve import coref

    assert coref._national(before) == bool(coref._NATIONAL.search(before))


def test_possessives_are_the_pattern() -> None:
    """The possessive after a mention told by its two characters, as ``_RX_SENTENCE_2`` tells it."""
    import itertools

    from tally.resolve import coref

    chars = ["'", "’", "s", "S", "x", " ", ".", ",", "_", "1", "é", "\n"]
    for n in range(3):
        for t in itertools.product(chars, repeat=n):
            two = "".join(t)
            assert (two in coref._POSSESSIVES) == bool(coref._RX_SENTENCE_2.match(two)), two


def test_determiners_end_as_the_piece_loop() -> None:
    """The determiners ending a text, in one match, as the loop over its pieces reads them."""
    from tally.resolve import coref

    def by_loop(rev: str) -> int:
        pos = 0
        while (m := coref._REV_PIECE.match(rev, pos)) and coref._DET_WORD.fullmatch(m.group(1)[::-1]):
            pos = m.end()
        return pos

    words = ["the", "The", "THE", "a", "an", "An", "ıts", "İts", "thiſ", "also", "mainly", "x", "then"]
    words += ["(the", "a-the"]
    blanks = [" ", "  ", "\n", "\t ", ""]
    rng = random.Random(7)
    for _ in range(3000):
        raw = "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(0, 5)))
        rev = (raw.rstrip() + " ")[::-1]
        assert coref._determiners_end(rev) == by_loop(rev), raw


def test_last_clause_is_the_split() -> None:
    """The clause a lead ends in, found from its end, as splitting it at every break finds it."""
    from tally.resolve import coref

    pieces = ["x", "and", "but", "while", ",", ", ", ",\n", ";", ":", " ", "  ", "band", "whiles"]
    pieces += [", and ", ",and "]
    rng = random.Random(11)
    for _ in range(5000):
        lead = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert coref._last_clause(lead) == coref._RX_IN_PREDICATE_2.split(lead)[-1], lead


def test_last_part_is_the_split() -> None:
    """The part of a lead after its last mark or conjunction, found from its end, as the split finds it."""
    from tally.resolve import coref

    pieces = ["x", "and", "but", "I", "we", ",", ", ", ";\n", ":", " ", "  ", "band", "butter"]
    pieces += ["_and", "and,"]
    rng = random.Random(13)
    for _ in range(5000):
        lead = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert coref._last_part(lead) == coref._RX_FIRST_PERSON_1.split(lead)[-1], lead


@pytest.mark.parametrize("seed", range(2))
def test_first_person_is_the_pattern(seed: int) -> None:
    """``_first_person`` searches the clause with a blank before it for ``_RX_FIRST_PERSON_2`` without
    its ``^``: the same answer."""
    from tally.resolve import coref

    words = ("I", "We", "we", "My", "my", "Our", "our", "In", "x", ",", ";", "and", "but", "ı", "İ")
    rng = random.Random(seed)
    for _ in range(3000):
        blanks = (" ", "", "\t", "\n", "  ")
        lead = "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(0, 8)))
        expected = bool(coref._RX_FIRST_PERSON_2.search(" " + coref._last_part(lead)))
        assert coref._first_person(lead) == expected, lead
