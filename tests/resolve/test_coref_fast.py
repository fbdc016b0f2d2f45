"""Shortcuts of ``coref`` (literal pre-tests, work left for later): each gives what the search or
the order of work it replaces gives."""

from __future__ import annotations

import random
import re

import pytest
from coref_oracles import in_predicate_by_rules

from tally.resolve import coref

# the pieces the random texts are made of: first-person words and their look-alikes, the marks and
# conjunctions cutting clauses, blanks of all kinds, determiners, letters ``re`` folds to ASCII
_PIECES = (
    "I We we My my Our our us In Ian Iowa were Myanmar ours tour , ; : and but band butter And "
    "the The THE a an An its their this that these those only just mainly also even Even of to in "
    "with é ſ ı K 2020 ( ) - ' ’ _ Shanxi exports rose"
).split()
_GAPS = (" ", "  ", "\t", "\n", "", ", ", ",", ";", "\u00a0", "\u2003")


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append("".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(0, 10))))
    return out


def _first_person_by_split(lead: str) -> bool:
    """``_first_person`` as first written: the last clause split off, then the pattern with ``^``."""
    return coref._RX_FIRST_PERSON_2.search(coref._RX_FIRST_PERSON_1.split(lead)[-1]) is not None


@pytest.mark.parametrize(
    "lead",
    [
        "I have lived in ",
        "Sales rose, and we opened ",
        "Sales rose,We sold ",
        "Sales rose;our plant in ",
        "In Iowa, ",
        "We",
        "We ",
        "the tour in ",
        "",
        ",I ",
        "but I\tam in ",
        "butter I ",
    ],
)
def test_first_person_examples(lead: str) -> None:
    assert coref._first_person(lead) == _first_person_by_split(lead)


@pytest.mark.parametrize("seed", range(3))
def test_first_person_is_the_split_search(seed: int) -> None:
    for lead in _texts(seed, 3000):
        assert coref._first_person(lead) == _first_person_by_split(lead), lead


@pytest.mark.parametrize("seed", range(3))
def test_determiner_pre_test_misses_none(seed: int) -> None:
    """``_may_end_in_determiner`` holds whenever ``_determiners_end`` finds a determiner."""
    for words in _texts(seed, 3000):
        body = words.rstrip()
        if coref._determiners_end((body + " ")[::-1]):
            assert coref._may_end_in_determiner(body), body


@pytest.mark.parametrize(
    ("body", "may"),
    [
        ("exports to", False),
        ("exports to the", True),
        ("the THE", True),
        ("China", False),  # (the last word is no determiner, only ends like one)
        ("a", True),
        ("2a", True),  # (a digit before it: maybe, the search tells)
        ("Ethe", False),
        ("Hebei", False),
        ("thiſ", True),
        ("", False),
        ("trade with Its", True),
    ],
)
def test_determiner_pre_test(body: str, may: bool) -> None:
    assert coref._may_end_in_determiner(body) is may


_DET_SUB = re.compile(rf"(?:\b(?:{coref._DET_WORDS})\s+)+$", re.IGNORECASE)


@pytest.mark.parametrize("seed", range(2))
def test_lead_text_is_the_regex(seed: int) -> None:
    for sentence in _texts(seed + 10, 2000):
        for rel in range(0, len(sentence) + 1, 3):
            expected = _DET_SUB.sub("", sentence[:rel].rstrip() + " ").rstrip()
            assert coref._lead(sentence, rel).text == expected, (sentence, rel)


_VENUE_PIECES = (
    "signed deals at a ceremony the press conference forum Forum held hosted in at In At during an expo "
    "Berlin Qatar main ceremonyin , ."
).split()


@pytest.mark.parametrize("seed", range(3))
def test_event_venue_is_the_search(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        n = rng.randint(0, 8)
        lead = "".join(rng.choice(_VENUE_PIECES) + rng.choice((" ", "  ", "\t", "\n", "")) for _ in range(n))
        assert coref._event_venue(lead) == (coref._EVENT_VENUE().search(lead) is not None), lead


@pytest.mark.parametrize(
    "lead",
    ["signed 57 deals at a ceremony in ", "MoUs signed in ", "deals inked at\n", "sales in ", "a forum in"],
)
def test_event_venue_examples(lead: str) -> None:
    assert coref._event_venue(lead) == (coref._EVENT_VENUE().search(lead) is not None)


def _context(tr: coref.Tracker) -> tuple:
    return tr.topic, dict(tr.last), tr.last_place, dict(tr.last_head), tr.persona, tr.voice


@pytest.mark.parametrize(
    "again",
    [
        "Gansu exports rose again.",  # the topic named again: the context stays
        "In Gansu, the province's output grew.",
        "It said Gansu would grow.",
        '"Gansu will grow," an official said.',  # a quote: read in full
        "Gansu and Hubei grew.",  # another name: read in full
        "The Gansu Steel Group grew.",
        "Exports to Gansu rose.",
    ],
)
def test_a_skipped_sentence_naming_the_topic_again_reads_as_in_full(again: str) -> None:
    """A sentence read for the context alone that names only the topic, already the last of its
    type, leaves the context as reading it in full does (``_still``)."""
    from tally.resolve.entities import Lexicon

    text = f"Gansu output grew 5 percent. {again} Prices rose 2 percent."
    first, second = (0, text.index(again) - 1), (text.index(again), text.index(again) + len(again))
    third = (second[1] + 1, len(text))

    def context(skip: bool) -> tuple:
        tr = coref.Tracker(Lexicon())
        tr.read(text, *first)
        if skip:
            tr.skip(text, *second)
        else:
            tr.read(text, *second)
        view = tr.read(text, *third)
        return _context(tr), view.topic_before

    assert context(skip=True) == context(skip=False)


# the comma patterns of ``_ASIDE`` as first written (a lazy run up to a look-ahead, a group repeated
# character by character)
_ASIDES_AS_WRITTEN = {
    2: r",\s+(?:a|an|one of|the (?:company|firm|group) that)\s+[^,;]*?(?=,)",
    3: r",\s+(?:which|where|who|whose)\b(?:[^,;]|,(?=\d))*",
    4: r",\s+(?:held|located|based|built|opened|launched|scheduled|headquartered|set up|founded)"
    r"\s+[^,;]*?(?=,)",
    5: r",\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of"
    r"|near|outside|next\s+to|close\s+to)\s+[^,;]*?(?=,)",
}
_ASIDE_PIECES = (
    "a an one of the company that which where who whose held based set up north south-east of near next to "
    "close to 1,200 2020 Shanxi plant ; , . — ( ) x"
).split()


@pytest.mark.parametrize("i", sorted(_ASIDES_AS_WRITTEN))
def test_aside_patterns_as_written(i: int) -> None:
    written = re.compile(_ASIDES_AS_WRITTEN[i])
    rng = random.Random(i)
    for _ in range(4000):
        n = rng.randint(0, 12)
        text = "".join(rng.choice(_ASIDE_PIECES) + rng.choice((" ", "  ", "", ", ", "\n")) for _ in range(n))
        got = [m.span() for m in coref._ASIDE[i].finditer(text)]
        assert got == [m.span() for m in written.finditer(text)], text


_SAID_PIECES = (
    "said says added noted told he the agency officials , \" ” ’ ' . ; ! ? “ 1.5 percent data "
    "Data from of show "
    "showed indicates revealed according According accordingly xaccording to released by rose it's He_said x "
    "Figures Statistics"
).split()


@pytest.mark.parametrize("seed", range(4))
def test_attributions_are_the_ungated_ones(seed: int) -> None:
    """``attributions`` (each pattern run from where its first match may open: the said-pattern's
    from the last character before its first verb that no match holds between) finds what every
    pattern run over the whole sentence finds."""
    rng = random.Random(seed)
    for _ in range(4000):
        n = rng.randint(0, 14)
        text = "".join(rng.choice(_SAID_PIECES) + rng.choice((" ", "  ", "", "\t", "\n")) for _ in range(n))
        every = [(3 + m.start(), 3 + m.end()) for rx in coref._ATTRIB for m in rx.finditer(text)]
        assert coref.attributions(text, 3) == every, text


_SOURCE_PIECES = (
    "according to",
    "According to",
    "xaccording to",
    "according toll",
    "the bureau",
    "Data from",
    "data of",
    "figures released by",
    "Statistics from",
    "show",
    "shows",
    "showed",
    "indicate",
    "revealed",
    "growth",
    ",",
    ".",
    ";",
    ":",
    "\n",
)


@pytest.mark.parametrize("seed", range(3))
def test_source_attributions_are_the_ungated_ones(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        n = rng.randint(0, 10)
        text = "".join(rng.choice(_SOURCE_PIECES) + rng.choice((" ", "", "  ")) for _ in range(n))
        every = [(m.start(), m.end()) for rx in coref._ATTRIB for m in rx.finditer(text)]
        assert coref.attributions(text, 0) == every, text


def _lead_by_reversal(sentence: str, rel: int) -> tuple[str, str | None, int, str | None]:
    """``_lead`` as first written: the lead reversed, its last two words read there by ``_REV_TAIL``."""
    raw = sentence[:rel].rstrip() + " "
    rev = raw[::-1]
    text = raw[: len(raw) - coref._determiners_end(rev)].rstrip()
    t = coref._REV_TAIL.match(rev, len(raw) - len(text))
    if t is None:
        return text, None, len(text), None
    got, blanks, before = t.groups()
    last = got[::-1]
    return text, last, len(text) - len(last), before[::-1] if blanks and before else None


@pytest.mark.parametrize("seed", range(3))
def test_lead_words_are_the_reversed_search(seed: int) -> None:
    for sentence in _texts(seed + 20, 1500):
        for rel in range(1, len(sentence) + 1, 2):
            got = coref._lead_of(sentence, rel)
            assert (got.text, got.last, got.last_start, got.prev) == _lead_by_reversal(sentence, rel), (
                sentence,
                rel,
            )


@pytest.mark.parametrize(
    ("sentence", "rel"),
    [
        ("exports to the ", 15),
        ("trade with\u2003Shanxi ", 17),
        ("rose 5 percent in ", 18),
        ("by 2020 ", 8),
        ("ſ ", 2),
        ("é in ", 5),
        ("Shanxi", 6),
        ("(", 1),
    ],
)
def test_lead_words_examples(sentence: str, rel: int) -> None:
    got = coref._lead_of(sentence, rel)
    assert (got.text, got.last, got.last_start, got.prev) == _lead_by_reversal(sentence, rel)


_SUBORDINATE_PIECES = (
    "that which who whose where when because while although though if as such As That thatch whoever "
    "has was ifs _as 2as éas asas such  as rose in Shanxi ,"
).split()


def _mixed(pieces: tuple[str, ...] | list[str], seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) + rng.choice(_GAPS) for _ in range(rng.randint(0, 9))) for _ in range(n)
    ]


@pytest.mark.parametrize("seed", range(3))
def test_subordinate_is_the_search(seed: int) -> None:
    for lead in _mixed(_SUBORDINATE_PIECES, seed, 4000) + _texts(seed + 30, 1000):
        assert coref._subordinate(lead) == (coref._SUBORDINATE.search(lead) is not None), lead


@pytest.mark.parametrize(
    "lead",
    [
        "picked up as shops in ",
        "such as ",
        "Such as ",
        "such\tas ",
        "the area where ",
        "whose",
        "as",
        "",
        "although ",
    ],
)
def test_subordinate_examples(lead: str) -> None:
    assert coref._subordinate(lead) == (coref._SUBORDINATE.search(lead) is not None)


@pytest.mark.parametrize("seed", range(3))
def test_first_person_words_are_the_search(seed: int) -> None:
    for lead in _texts(seed + 40, 4000):
        expected = coref._RX_FIRST_PERSON_ANY.search(" " + lead) is not None
        assert coref._first_person_any(lead) == expected, lead


def _in_predicate_by_words(lead: str) -> bool:
    """``_in_predicate`` as first written: every word of the last clause found, then the rules."""
    clause = coref._DET.sub("", coref._RX_IN_PREDICATE_2.split(lead)[-1].rstrip() + " ")
    words = coref._RX_IN_PREDICATE_1.findall(clause)
    return in_predicate_by_rules(words)


_PREDICATE_PIECES = (
    "will would is was has had are were can to into for with toward In in at near At NEAR the its "
    "go sold goods this visas hadn't port dry Shanxi , ; : and but while 5 ( é K"
).split()


@pytest.mark.parametrize("seed", range(3))
def test_in_predicate_is_the_word_rules(seed: int) -> None:
    for lead in _mixed(_PREDICATE_PIECES, seed + 50, 4000):
        expected = _in_predicate_by_words(lead)
        assert coref._in_predicate(lead) == expected, lead
        last = coref._lead(lead, len(lead)).last
        assert coref._in_predicate(lead, last) == expected, (lead, last)


@pytest.mark.parametrize(
    "lead",
    [
        "The goods will go to ",
        "The goods went to ",
        "The firm has cut the time at the dry port in ",
        "Output rose in ",
        "It was sold, and then shipped to ",
        "We were, to ",
        "Sales is a word; exports to ",
    ],
)
def test_in_predicate_examples(lead: str) -> None:
    assert coref._in_predicate(lead) == _in_predicate_by_words(lead)
    assert coref._in_predicate(lead, coref._lead(lead, len(lead)).last) == _in_predicate_by_words(lead)


_LOCATED_PIECES = (
    "is are was were be been being located based situated held headquartered now also still mostly "
    "mainly in at on near inside within from the this Basel Is WAS thesis , ; Shanxi 5 é K"
).split()


@pytest.mark.parametrize("seed", range(3))
def test_located_is_the_search(seed: int) -> None:
    for lead in _mixed(_LOCATED_PIECES, seed + 60, 4000):
        pos = max(lead.rfind(","), lead.rfind(";")) + 1
        assert coref._located(lead) == (coref._PREDICATE.search(lead, pos) is not None), lead


_PARTNER_PIECES = (
    "trade with countries taking part in exports to economies along to into towards toward With into "
    "members investors goods from tomato without sent Hebei's build 5 , é _to"
).split()


@pytest.mark.parametrize("seed", range(3))
def test_partner_object_is_the_search(seed: int) -> None:
    assert coref._partner_openings() == ("with", "to", "into")
    for lead in _mixed(_PARTNER_PIECES, seed + 70, 4000):
        got = coref._partner_object(lead)
        want = coref._partner_object_rx().search(lead)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1))), lead


_VOICE_PIECES = (
    "said says added noted told Said resaid saidx We we Our our us use thus Owe ours \" “ ‘ ' ’ _ é "
    "the firm sales 5 , ."
).split()


@pytest.mark.parametrize("seed", range(3))
def test_voice_words_are_the_searches(seed: int) -> None:
    for text in _mixed(_VOICE_PIECES, seed + 80, 3000):
        for lo in range(0, len(text) + 1, 4):
            for hi in range(lo, len(text) + 1, 5):
                expected = coref._RX_SAID.search(text, lo, hi) is not None
                assert coref._says(text, lo, hi) == expected, (text, lo, hi)
        for hi in range(0, len(text) + 1, 3):
            assert coref._we_in(text, hi) == (coref._RX_WE.search(text, 0, hi) is not None), (text, hi)


_ASIDE_PIECES = (
    ", a , an , one of , the company that , which , where , who , whose , held , located , based , "
    "set up , founded , south of , northeast of , near , next to , the largest , its biggest , the "
    "most , 1,200 ; ( ) — – the city Shanxi grew 5 . ,"
).split(" ")


def _asides_as_written(sentence: str, offset: int) -> tuple[list[tuple[int, int]], int]:
    """``_asides`` with each pattern found by ``finditer`` over the whole sentence."""
    out: list[tuple[int, int]] = []
    hard = 0
    for i, rx in enumerate(coref._ASIDE):
        for m in rx.finditer(sentence):
            out.append((offset + m.start(), offset + m.end()))
        if i < coref._HARD_ASIDES:
            hard = len(out)
    return out, hard


@pytest.mark.parametrize("seed", range(3))
def test_asides_are_the_searches(seed: int) -> None:
    for sentence in _mixed(_ASIDE_PIECES, seed + 90, 4000):
        assert coref._asides(sentence, 3) == _asides_as_written(sentence, 3), sentence


_BREAK_PIECES = (
    "while whereas but butter debut and up down an a accounting making rising sales , ; : _but 5 é Shanxi"
).split()


@pytest.mark.parametrize("seed", range(3))
def test_clause_break_is_the_search(seed: int) -> None:
    for gap in _mixed(_BREAK_PIECES, seed + 100, 4000):
        assert coref._clause_break(gap) == (coref._CLAUSE_BREAK.search(gap) is not None), gap


def test_nation_opening_is_found_once_per_sentence() -> None:
    text = "Nationwide, sales rose 5 percent."
    view = coref.SentenceView(0, len(text), [], [], [], None, None, None, text, ("China", "country", None))
    assert view.entity_for(23, 32) == (("China", "country", None), "entity:national-sentence")
    assert view._opening_found is True
    assert view.entity_for(23, 32) == (("China", "country", None), "entity:national-sentence")


_COMMA_GATE_PIECES = (
    ", ,\t ,\n ,\u00a0 ,\u2003 a an and one of oneof the they its it which where whom who whose west held "
    "headquartered headquarter located launched based built opened outside open scheduled south set up "
    "setup founded north near next east close closer Shanxi grew 5 é ſ"
).split(" ")


@pytest.mark.parametrize("seed", range(3))
def test_comma_gate_is_the_gate_search(seed: int) -> None:
    for sentence in _mixed(_COMMA_GATE_PIECES, seed + 110, 4000):
        at: list[int] = []
        bits: list[int] = []
        opens = coref._comma_gate(sentence, at, bits)
        gate = coref._COMMA_ASIDE_GATE
        found = [(g.start(), coref._GATE_ASIDES[g.lastindex or 0]) for g in gate.finditer(sentence)]
        assert list(zip(at, bits, strict=True)) == found, sentence
        want = 0
        for _s, b in found:
            want |= b
        assert opens == want, sentence


_NATIONAL_PIECES = (
    "national NATIONAL National natıonal natİonal nati\u0307onal nationwide Nationally nationally across "
    "ACROSS the country Country , ; \" “ ( — _ 5 é ſ K İ ı a n N A average rate"
).split(" ")


@pytest.mark.parametrize("seed", range(3))
def test_national_words_are_the_folded_gate(seed: int) -> None:
    from tally.gates import fold

    words = coref._NATIONAL_WORDS
    assert words is not None
    for text in _mixed(_NATIONAL_PIECES, seed + 120, 4000) + _texts(seed + 130, 500):
        assert coref._holds_folded(text, words) == any(w in fold(text) for w in words), text
        assert coref._holds_folded(text, None)
        assert coref._national(text) == (coref._NATIONAL.search(text) is not None), text


@pytest.mark.parametrize("seed", range(3))
def test_nation_opening_is_the_match(seed: int) -> None:
    for text in _mixed(_NATIONAL_PIECES, seed + 140, 4000) + ["", ",", "N", "a", "_nationwide,"]:
        assert coref._nation_opening(text) == (coref._NATION_OPENING.match(text) is not None), text


@pytest.mark.parametrize("seed", range(3))
def test_plain_leads(seed: int) -> None:
    """``_plain_lead`` (word by word from the end) gives the lead as the reversed search reads it, or
    None (then ``_lead_of`` strips as written); on texts of plain words and spaces it always answers."""
    answered = 0
    for sentence in _texts(seed + 40, 1500):
        for rel in range(1, len(sentence) + 1):
            body = sentence[:rel].rstrip()
            got = coref._plain_lead(body)
            if got is not None:
                answered += 1
                want = _lead_by_reversal(body, len(body))
                assert (got.text, got.last, got.last_start, got.prev) == want, body
    assert answered > 1000
    rng = random.Random(seed)
    words = ("the", "The", "a", "an", "its", "only", "also", "in", "to", "exports", "rose", "of", "Shanxi")
    for _ in range(2000):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        got = coref._plain_lead(body)
        assert got is not None, body
        assert (got.text, got.last, got.last_start, got.prev) == _lead_by_reversal(body, len(body)), body


@pytest.mark.parametrize(
    ("body", "plain"),
    [
        ("The", True),  # only a determiner: no lead
        ("exports to the", True),
        ("In 2020,", True),  # no word ends it
        ("the city's", False),  # a run of letters after no space: as written
        ("trade with\u2003the", False),  # a blank but a space before the word: as written
        ("rose in\tthe", False),
        ("thiſ", False),  # a letter folding to an ASCII one
        ("its \u212a", False),  # the Kelvin sign
        ("is in an", True),
        ("", True),
    ],
)
def test_plain_lead_examples(body: str, plain: bool) -> None:
    got = coref._plain_lead(body)
    assert (got is not None) is plain
    full = coref._lead_of(body, len(body))
    assert (full.text, full.last, full.last_start, full.prev) == _lead_by_reversal(body, len(body))
    if got is not None:
        assert (got.text, got.last, got.last_start, got.prev) == _lead_by_reversal(body, len(body))


_SAID_GAPS = (" ", "", "  ", "\t", "\n", "\u00a0", "\u2003", " \n")


@pytest.mark.parametrize("seed", range(3))
def test_reporting_opening_pretest(seed: int) -> None:
    """``_may_open_reporting`` holds whenever ``_ATTRIB[4]`` matches (its pre-test rules out no match)."""
    rng = random.Random(seed)
    pieces = (
        "Tire makers", "He", "the firm", "x" * 20, "in Iowa", "said", "say", "says", "that", "orders", "A",
        "é",
    )
    matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(_SAID_GAPS) for _ in range(rng.randint(0, 8)))
        if coref._ATTRIB[4].match(text) is not None:
            matched += 1
            assert coref._may_open_reporting(text), text
    assert matched > 100


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        ("The worker said the mine closed.", -1),  # no opening before the verb: no match
        ('"Sales doubled," he said.', 15),  # (the quote, not the comma before it)
        ("Sales doubled, officials said.", 13),
        ("He said sales doubled, officials said.", 21),  # the first verb has none, the second has one
        ("He said sales doubled. Officials noted it", -1),  # only a verb after the last stop
        ('It rose "strongly" analysts said.', 17),  # (the quote closing a word is an opening)
        ("", -1),
        ("said", -1),
    ],
)
def test_said_from_examples(sentence: str, opens: int) -> None:
    assert coref._said_from(sentence) == opens


@pytest.mark.parametrize("seed", range(3))
def test_said_from_rules_out_no_match(seed: int) -> None:
    """``_said_from`` is where a match of the said-pattern opens at the earliest: every match over
    the whole sentence opens there or later, none when it is -1, and the character there is one
    a match opens with."""
    rng = random.Random(seed)
    pieces = (
        "said", "says", "told", "noted", "added", "He", "officials", "unsaid", "it's",
        ",", '"', "”", "’", "'", ".", ";", "“", "x" * 45, "rose", "5.2", "\n",
    )
    opened = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) + rng.choice(_SAID_GAPS) for _ in range(rng.randint(0, 10)))
        k = coref._said_from(text)
        starts = [m.start() for m in coref._ATTRIB[2].finditer(text)]
        if k < 0:
            assert not starts, text
            continue
        assert text[k] in coref._SAID_OPENINGS, text
        assert all(s >= k for s in starts), text
        opened += bool(starts)
    assert opened > 300


@pytest.mark.parametrize("seed", range(3))
def test_list_gap_is_the_fullmatch(seed: int) -> None:
    """``_list_gap`` reads in place what ``_RX_SENTENCE_3`` fullmatches on the slice (and an empty or
    reversed range, whose slice is empty)."""
    rng = random.Random(seed)
    pieces = (
        ",", "and", "or", "an", "o", "andor", "And", "x", ";", "of",
        " ", "  ", "\t", "\n", "\u00a0", "\u2003",
    )
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(0, len(text))
        want = coref._RX_SENTENCE_3.fullmatch(text[lo:hi]) is not None
        assert coref._list_gap(text, lo, hi) == want, (text, lo, hi)


@pytest.mark.parametrize("seed", range(3))
def test_remote_gap_is_the_search(seed: int) -> None:
    """``_remote_gap`` (the search run only when a branch may match) is the search."""
    rng = random.Random(seed)
    near, behind = coref._remote_words()
    pieces = (
        near + behind
        + ("that", "than", "thank", "which", "who", "whom", "the", "The", "a worker", "in", "city")
        + (",", ";", ".")
        + ("nearly", "xnear", "after-tax", "2.5")
    )
    found = 0
    for _ in range(6000):
        blanks = (" ", "", "  ", "\n", "\t")
        gap = "".join(rng.choice(pieces) + rng.choice(blanks) for _ in range(rng.randint(0, 7)))
        want = coref._remote_gap_rx().search(gap) is not None
        found += want
        assert coref._remote_gap(gap) == want, gap
    assert found > 1000


def test_constants_written_out() -> None:
    """Hot tests of ``coref`` write these constants out as literal tuples (compiled, a literal tuple
    is a few comparisons, a named one a look-up in a tuple object): changing one means changing
    them there too (grep for the name)."""
    assert coref._PAGE_PLACES == ("province", "city", "county", "district")
    assert coref._HEAD_TYPES == ("province",)
    assert coref._PERSON_PLACES == ("village", "township", "county", "district", "city", "zone")
    assert coref._QUOTES == ("'", "’")
    assert coref._OPENING_QUOTES == ('"', "“")
    assert coref._POSSESSIVES == ("'s", "’s")


@pytest.mark.parametrize("seed", range(3))
def test_affiliated_is_the_search(seed: int) -> None:
    """``_affiliated`` (the search run from the first "I" a match may open with) is the search."""
    rng = random.Random(seed)
    words = coref._roles_words()["affiliation_words"][:6]
    pieces = (*words, "I", "I", "In", "AI", "I'm", "xI", "at", "at", "the", "with", "in", "x", ",", "(")
    blanks = (" ", " ", "", "  ", "\n", "\u00a0")
    found = 0
    for _ in range(8000):
        lead = "".join(rng.choice(pieces) + rng.choice(blanks) for _ in range(rng.randint(0, 8)))
        want = coref._AFFILIATION().search(lead) is not None
        found += want
        assert coref._affiliated(lead) == want, lead
    assert found > 30


@pytest.mark.parametrize("seed", range(3))
def test_apposition_pretest_misses_none(seed: int) -> None:
    """``_may_open_apposition`` holds wherever ``_RX_SENTENCE_1`` matches (its pre-test rules out no
    match), up to the end given."""
    rng = random.Random(seed)
    pieces = (
        "Kangbashi", "district", ",", ",", "the", "The", "thee", "city's", "Shanxi's", "new", "its", "x" * 30,
        ", the new area,", ", Shanxi's capital,", ",\tthe",
    )
    blanks = (" ", "", "  ", "\n", "\t")
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) + rng.choice(blanks) for _ in range(rng.randint(0, 9)))
        end = rng.randint(0, len(text))
        for at in range(len(text) + 1):
            got = coref._may_open_apposition(text, at, end)
            if coref._RX_SENTENCE_1.match(text, at, end) is not None:
                matched += 1
                assert got, (text, at, end)
    assert matched > 200
