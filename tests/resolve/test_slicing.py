"""Cutting an article's regex matches to a sentence, and the sentence pass built on it."""

from __future__ import annotations

import random
import re

import pytest

from tally.gates import fold
from tally.resolve import entities
from tally.resolve.entities import Lexicon, article_mentions, find_mentions, sentence_mentions
from tally.resolve.slicing import PeekTable, crosses, is_word, peeks, sliceable


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bthe\s+city\b(?!-)", True),
        (r"[A-Z]\w*(?:[ \t]+[A-Z]\w*)*", True),
        (r"(?<=a)b", False),  # a lookbehind may read before the slice
        (r"[a\d](?:(?<=a)b|(?<=\d)c)", True),  # ... but not one reading back over the match
        (r"a(?<=ba)", False),
        (r"^The", False),
        (r"city$", False),
        (r"\d*", False),  # may match the empty string
        (r"(a)\1", False),
        (r"(?a)\bx\b", False),  # an ASCII \b is not the Unicode one the edges are checked with
    ],
)
def test_sliceable(pattern: str, expected: bool) -> None:
    assert sliceable(re.compile(pattern)) is expected


@pytest.mark.parametrize(
    ("pattern", "a", "b", "expected"),
    [
        (r"[A-Z]\w*(?:[ \t]+[A-Z]\w*)*", ".", " ", False),  # a name never runs on over a full stop
        (r"[A-Z]\w*(?:[ \t\n]+[A-Z]\w*)*", "y", "\n", True),  # ... but over a line break after a letter
        (r"the[ \t]+\d[\d.,]*(?:-[a-z]+)+", ".", " ", False),  # "the 1,035." then only a digit or hyphen
        (r"the[ \t]+\d[\d.,]*(?:-[a-z]+)+", ".", "-", True),
        (r"\bcity\b(?![ \t]+capital\b)", "y", " ", True),  # a lookahead reads past the end
        (r"\bcity\b(?!-)", "y", " ", False),
        (r"(?i)CITY", "y", "Y", False),
        (r"(?i)(?:ab)+", "b", "A", True),  # one round's last letter, the next round's first
        (r"[^,]+", ".", " ", True),
    ],
)
def test_crosses(pattern: str, a: str, b: str, expected: bool) -> None:
    assert crosses(re.compile(pattern), a, b) is expected


@pytest.mark.parametrize(
    ("pattern", "a", "b", "expected"),
    [
        (r"[A-Z]\w*(?:[ \t\n]+[A-Z]\w*)*", "y", "\n", False),  # reads on only to match on
        (r"\bcity\b(?![ \t]+capital\b)", "y", " ", True),  # a lookahead reads past the end unseen
        (r"\bcity\b(?![ \t]+capital\b)", "y", "\n", False),
        (r"(?>a\s*)b", "a", " ", True),  # an atomic part keeps what it read
        (r"(?:a\s)++", " ", "a", True),  # ... and so does a possessive repeat, from round to round
        (r"a\w*+(?=[ \t]+[A-Z])", "a", " ", True),
        (r"a\w*+(?=[ \t]+[A-Z])", "a", "\n", False),
    ],
)
def test_peeks(pattern: str, a: str, b: str, expected: bool) -> None:
    assert peeks(re.compile(pattern), a, b) is expected


_PEEK_CHARS = "ab cx.\n\t!?Ax-1_,;:'’\"”)(Zé\u00a0"


@pytest.mark.parametrize(
    "pattern",
    [
        r"ab(?=c)", r"a\w*(?!-)", r"(?i)the\s+\w+(?![ \t]+capital\b)", r"(?>a\s*)b?", r"\w++!?",
        r"(?:ab)*+c?", r"(?:x\s)++", r"c(?=\s+[A-Z])", r"(?>ab|a)b", r"a(?<=a)b\s*(?<=\s)c?", r"\.(?=\s)",
        r"[a\d](?:(?<=a)\w*|(?<=\d)\d*)(?:\s+[A-Z])?", r"(?m)^a", r"(a)\1",
    ],
)
def test_peek_table(pattern: str) -> None:
    """The table, analysed once, tells what ``peeks`` tells of every pair of characters."""
    rx = re.compile(pattern)
    table = PeekTable([rx])
    for a in _PEEK_CHARS:
        for b in _PEEK_CHARS:
            assert table.peeks(table.accepting(a), table.accepting(b)) is peeks(rx, a, b), (a, b)


def test_any_peeks_is_every_pattern() -> None:
    for a in _PEEK_CHARS:
        for b in _PEEK_CHARS:
            want = any(peeks(rx, a, b) for rx in entities._patterns())
            assert entities._any_peeks(a, b) is want, (a, b)


_WORDS = (
    "the The this city of Shanxi Taiyuan county province provincial capital Wusu zone park at in x a b c A "
    "company's Co 1,035-km 12 5.2 percent it its their and High-tech Xi'an Development Zone village "
    "Li said - — ( ) ; : \" ” ’ ' Group Ltd government people's area district region new town état ſ K"
).split()
_SEPS = (" ", " ", " ", "\n", "  ", "\t", ". ", ".\n", "-", ", ", "", "’ ", " \n ")


@pytest.mark.parametrize("seed", range(4))
def test_article_matches_cut_to_a_slice_are_the_slices_matches(seed: int) -> None:
    """Whenever the edge conditions hold, a pattern's matches in the article that start in the
    slice are exactly its matches in the slice (the patterns entity finding runs, and a few more)."""
    rng = random.Random(seed)
    patterns = [
        *entities._patterns(),
        re.compile(r"ab(?=c)"),
        re.compile(r"\d[\d.,]*-[a-z]+"),
        re.compile(r"(?>a\s*)b?"),
        re.compile(r"(?:x\s)++"),
        re.compile(r"c(?=\s+[A-Z])"),
    ]
    checked = 0
    for _ in range(60):
        text = "".join(rng.choice(_WORDS) + rng.choice(_SEPS) for _ in range(rng.randint(3, 30)))
        a, b = rng.randint(0, len(text) // 4), rng.randint(3 * len(text) // 4, len(text))
        if b <= a:
            continue
        for _ in range(6):
            s = rng.randint(a, b - 1)
            e = rng.randint(s + 1, b)
            for rx in patterns:
                whole = [(m.start() + a, m.end() + a, m.groups()) for m in rx.finditer(text[a:b])]
                if s > a and (is_word(text[s - 1]) or any(ms < s < me for ms, me, _g in whole)):
                    continue
                if e < b and (
                    is_word(text[e])
                    or peeks(rx, text[e - 1], text[e])
                    or any(ms < e < me for ms, me, _g in whole)
                ):
                    continue
                cut = [x for x in whole if s <= x[0] < e]
                alone = [(m.start() + s, m.end() + s, m.groups()) for m in rx.finditer(text[s:e])]
                assert cut == alone, (rx.pattern, text[a:b], s, e)
                checked += 1
    assert checked > 1000


_ARTICLE = (
    "Shanxi Coal Report\n"
    "Lingqiu, a county in the north of the province, produced 12 million tonnes. "
    "The county's output rose 5.2 percent, said Li Ming, a villager in Hexi village. "
    "Taiyuan-based Greenleaf Biology invested 2 billion yuan in the Qixian county plant; "
    "it plans a second line at the development zone near Jinzhong.\n\n"
    "Photo: workers in Changzhi city\n\n"
    "The city of Datong and the provincial capital, Taiyuan, lead the region. Its 1,035-km "
    "rail line links the two."
)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"(?<=[.;])\s+|\n+", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


def _fields(ms: list) -> list[tuple]:
    return [(m.start, m.end, m.name, m.type, m.form, m.parent, m.weak, m.modifier, m.rules) for m in ms]


@pytest.mark.parametrize("blank_caption", [False, True])
def test_sentence_mentions_are_find_mentions(blank_caption: bool) -> None:
    """Cut from the article or found afresh, a sentence's mentions are those of ``find_mentions``
    (also on a copy of the text with the caption blanked, as the body is read)."""
    text = _ARTICLE
    lex = Lexicon()
    find_mentions(text, 0, len(text), lex, learn=True)
    article_mentions(text, 0, len(text), lex)
    src = text
    if blank_caption:
        c = text.index("Photo:")
        e = text.index("\n", c)
        src = text[:c] + " " * (e - c) + text[e:]
    cut = 0
    for s, e in _sentences(text):
        assert _fields(sentence_mentions(src, s, e, lex)) == _fields(find_mentions(src, s, e, lex))
        cut += entities._scanned_around(src, s, e, lex) is not None
    assert cut >= 2  # sentences away from the headline and the blanked caption are cut from the article


def test_a_grown_lexicon_finds_afresh() -> None:
    text = "Wusu rose. Honghai, a glassware maker, grew."
    lex = Lexicon()
    article_mentions(text, 0, len(text), lex)
    find_mentions(text, 0, len(text), lex, learn=True)  # learns Honghai after the article pass
    got = sentence_mentions(text, 0, 10, lex)
    assert _fields(got) == _fields(find_mentions(text, 0, 10, lex))


def _article_fields(text: str, spans: list[tuple[int, int]]) -> list[list[tuple]]:
    """The page pass's mentions of each article after the learning pass, and afresh."""
    lex = Lexicon()
    for s, e in spans:
        entities.learn_mentions(text, s, e, lex)
    got = [_fields(article_mentions(text, s, e, lex)) for s, e in spans]
    want = [_fields(find_mentions(text, s, e, lex, roles=False)) for s, e in spans]
    assert got == want
    return got


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
def test_page_pass_reuses_the_learning_pass_when_the_lexicon_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    # the first article names Honghai before the second teaches what it is, and names Greenleaf
    # Quxin a company by the learning pass's business-subject rule; the third changes nothing
    first = "Sales at Honghai grew. Greenleaf Quxin invested 2 billion yuan in Qixian county."
    second = "Honghai, a glassware manufacturer, employs 300 people."
    third = "Taiyuan city grew 5 percent."
    text = "\n\n".join((first, second, third))
    a, b = len(first) + 2, len(first) + 2 + len(second) + 2
    reused = []
    same = entities._Learnt.same

    def spy(self: entities._Learnt, text: str, lex: Lexicon) -> bool:
        reused.append(same(self, text, lex))
        return reused[-1]

    monkeypatch.setattr(entities._Learnt, "same", spy)
    got = _article_fields(text, [(0, len(first)), (a, a + len(second)), (b, len(text))])
    assert reused == [False, False, True]
    assert ("Honghai", "company") in [(m[2], m[3]) for m in got[0]]


@pytest.mark.parametrize(
    "text",
    [
        "ITS output and Their exports grew; ıts rivals and uſ too.",
        "The firm said ITSELF was the tHe lead of this and THIS region.",
        "İt is the İsland province; the ſtate and ıts county.",  # not aligned: the case-blind path
    ],
)
def test_folded_matching_is_case_blind_matching(text: str) -> None:
    """Pronouns and the articles opening reference phrases, found in the folded text, are the
    case-blind regexes' matches, and a pronoun's rule names the text's own word."""
    lex = Lexicon()
    got = [(m.start, m.end, m.rules) for m in find_mentions(text, 0, len(text), lex) if m.form == "pronoun"]
    want = [
        (m.start(), m.end(), [f"entity:pronoun:{m.group(0).lower()}"])
        for m in entities._pronoun_rx().finditer(text)
    ]
    assert got == want
    low = fold(text)
    for lead in ("the", "this"):
        if "\u0130" not in text:
            expected = [m.start() for m in entities._LEAD_RX[lead].finditer(text)]
            assert entities._lead_positions(low, lead) == expected


def test_is_word_is_re_word() -> None:
    word = re.compile(r"\w")
    for code in [*range(0, 0x30000, 7), 0x5F, 0x130, 0x131, 0x17F, 0x212A, 0x2160, 0xFF10]:
        ch = chr(code)
        if not 0xD800 <= code <= 0xDFFF:
            assert is_word(ch) == (word.match(ch) is not None), hex(code)


@pytest.mark.parametrize(
    ("before", "caption", "after"),
    [
        ("Output of Wusu rose 5 percent.", "Photo: Honghai, a glassware maker", "Jinbo Biology grew."),
        ("Li Ming met Honghai", ", a glassware maker in Qixian county", "Villagers in Hexi earned more."),
        ("Li Ming met Honghai.”", "chipmaker Arteris\nvillagers in ", "Shangzhuang grew; exports rose."),
        ("Output rose 5 percent in Wusu;", "Photo: villagers of", "Hexi village earned 10 yuan."),
    ],
)
def test_sentences_next_to_a_blanked_caption(before: str, caption: str, after: str) -> None:
    """A sentence next to a caption the body blanks is cut from the article (which reads the
    caption) where no read of ``find_mentions`` reaches the caption, and finds what
    ``find_mentions`` finds on the body either way."""
    text = f"{before}\n\n{caption}\n\n{after}"
    c = text.index(caption)
    body = text[:c] + "".join(ch if ch == "\n" else " " for ch in caption) + text[c + len(caption) :]
    lex = Lexicon()
    entities.learn_mentions(text, 0, len(text), lex)
    article_mentions(text, 0, len(text), lex)
    spans = [(0, len(before)), (len(text) - len(after), len(text))]
    for s, e in spans:
        assert _fields(sentence_mentions(body, s, e, lex)) == _fields(find_mentions(body, s, e, lex))
    # the first sentence ends in a full stop (or a semicolon) with no word after it: its reads
    # stop there; the last starts after a line break: its reads before it stop there
    cut = [entities._scanned_around(body, s, e, lex) is not None for s, e in spans]
    assert cut == [before.rstrip("”")[-1] in ".;", True]


@pytest.mark.parametrize(
    ("first", "cut"),
    [
        ("Exports rise for Taiyuan officials", True),  # a plural before the line break: the same matches
        ("Output of Qixian county's", False),  # "county's\ngovernment": not the slice's match
    ],
)
def test_a_sentence_a_pattern_peeks_past(first: str, cut: bool) -> None:
    """A sentence ending where a pattern's lookahead may read on ("['’]s\\s+" after an "s") is cut
    from the article when that pattern's matches in it are the article's there, else found
    afresh; either way its mentions are those of ``find_mentions``."""
    text = f"{first}\ngovernment rose 5 percent in Qixian county.\n\nTaiyuan city grew."
    lex = Lexicon()
    entities.learn_mentions(text, 0, len(text), lex)
    article_mentions(text, 0, len(text), lex)
    e = len(first)
    assert entities._any_peeks(text[e - 1], text[e])
    assert _fields(sentence_mentions(text, 0, e, lex)) == _fields(find_mentions(text, 0, e, lex))
    assert (entities._scanned_around(text, 0, e, lex) is not None) is cut


@pytest.mark.interpreted  # spies on module internals: a compiled build calls them directly
@pytest.mark.parametrize(
    "first",
    [
        "Output at Honghai rose; its sales grew and Wusu grew too.",
        "Honghai and Wusu: the county said their exports rose. Villagers in Hexi earned more.",
        "Exports at Honghai rose, and the county grew; it said Wusu city and Lingqiu grew.",
        # a reference right before a name learnt later, and a pronoun after it
        "Exports at the county Honghai rose; its sales grew.",
    ],
)
def test_page_pass_patches_the_names_learnt_later(monkeypatch: pytest.MonkeyPatch, first: str) -> None:
    """An article naming what a later article teaches (Honghai, Wusu, Lingqiu) is not scanned again:
    its name pieces whose look-ups changed are worked out again, its references and pronouns found
    again after them; the same mentions as a pass over it afresh."""
    second = "Honghai, a glassware manufacturer, employs 300 people."
    third = "Wusu, a county in the north, grew. Lingqiu county grew."
    text = "\n\n".join((first, second, third))
    a, b = len(first) + 2, len(first) + 2 + len(second) + 2
    patched = []
    patch = entities._Learnt.patched

    def spy(self: entities._Learnt, text: str, start: int, lex: Lexicon) -> list | None:
        patched.append(patch(self, text, start, lex) is not None)
        return None if not patched[-1] else patch(self, text, start, lex)

    monkeypatch.setattr(entities._Learnt, "patched", spy)
    got = _article_fields(text, [(0, len(first)), (a, a + len(second)), (b, len(text))])
    assert patched[:1] == [True]
    assert ("Honghai", "company") in [(m[2], m[3]) for m in got[0]]


# (first article, whether a changed name piece overlaps a reference's or a pronoun's match there)
_PATCHED_REFS = [
    ("Exports at the Kingdom grew; its sales rose.", True),  # "the Kingdom": a country's reference
    ("Exports at Kingdom grew; its sales rose.", False),
    ("The Kingdom grew; it rose.", True),
    ("Its Kingdom grew; Kingdom it said.", False),
    ("Exports at Quxin rose; the Kingdom grew.", True),
]


@pytest.mark.parametrize(("first", "overlaps"), _PATCHED_REFS)
def test_patched_references_are_found_afresh_or_kept(first: str, overlaps: bool) -> None:
    """The page pass's patched mentions of an article whose name pieces a later article teaches
    (Kingdom, Quxin) are those of a pass afresh: its references and pronouns kept from the learning
    pass where no changed piece overlaps a reference's or a pronoun's match, else found again."""
    second = "Kingdom Quxin, a glassware manufacturer, employs 300 people."
    text = f"{first}\n\n{second}"
    spans = [(0, len(first)), (len(first) + 2, len(text))]
    lex = Lexicon()
    for s, e in spans:
        entities.learn_mentions(text, s, e, lex)
    trace = lex.learnt[spans[0]]
    changed = [trace.pieces[i][:2] for i, (key, old) in enumerate(trace.lookups) if lex.lookup(key) != old]
    assert changed
    assert entities._overlaps_any(changed, trace.found, 0) is overlaps
    got = [_fields(article_mentions(text, s, e, lex)) for s, e in spans]
    assert got == [_fields(find_mentions(text, s, e, lex, roles=False)) for s, e in spans]
    assert ("Kingdom Quxin", "company") in [(m[2], m[3]) for m in got[0]]


@pytest.mark.parametrize("seed", range(3))
def test_inside_marks_every_offset_asked(seed: int) -> None:
    """``_Scanned.inside`` holds at each offset strictly inside a match of some pattern where a
    character next to it is no word character (where ``_scanned_around`` asks)."""
    rng = random.Random(seed)
    words = ["Shanxi", "Xi'an", "High-tech", "Zone", "the", "city", "of", "Linfen", "2021", "5", "Qixian",
             "county", "its", "The", "Province", "O’Neill", "Wusu-based", "A_B", "Ürümqi", "and", "Co."]
    seps = [" ", "  ", "\n", ", ", ". ", "-", "", "\t"]
    for _ in range(40):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randrange(5, 60)))
        lex = Lexicon()
        article_mentions(text, 0, len(text), lex)
        sc = lex.scanned[-1]
        spans = [m.span() for i in range(len(entities._patterns())) for m in sc.matches(i)]
        for x in range(1, len(text)):
            if is_word(text[x - 1]) and is_word(text[x]):
                continue
            assert sc.inside(x) == any(a < x < b for a, b in spans), (text, x)


def test_mentions_handed_out_again_are_fresh() -> None:
    """The page pass's mentions go to the first sentence that asks, marked there; a sentence read
    again, or a range overlapping one read, gets unmarked copies: always ``find_mentions``."""
    text = (
        "Taiyuan-based Honghai, a glassware maker, sold 2 million cups to Lingqiu county. "
        "The county government said its orders rose, and Jinzhong's officials agreed. "
        "Exports from Datong and Xinzhou grew; the province's share of it fell."
    )
    lex = Lexicon()
    entities.learn_mentions(text, 0, len(text), lex)
    article_mentions(text, 0, len(text), lex)
    ends = [i + 1 for i, ch in enumerate(text) if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")]
    starts = [0, *(e + 1 for e in ends[:-1])]
    ranges = [*zip(starts, ends, strict=True), (starts[0], ends[1]), *zip(starts, ends, strict=True)]
    given: list = []  # (kept alive: their ids stay theirs)
    for s, e in ranges:
        got = sentence_mentions(text, s, e, lex)
        assert _fields(got) == _fields(find_mentions(text, s, e, lex)), text[s:e]
        assert not {id(m) for m in given} & {id(m) for m in got}  # no mention is handed out twice
        given.extend(got)
    assert any(m.modifier for m in sentence_mentions(text, starts[0], ends[0], lex))


@pytest.mark.parametrize(
    "blanked",
    [" ", "   \n\n  ", "\t \n", "\n\n\n\n" + " " * 80, "\u3000 \xa0 "],
)
def test_a_sentence_of_blanks_has_no_mention(blanked: str) -> None:
    """A sentence all blanked out (where a caption was) finds no mention, cut short or not."""
    article = "Datong said the county of Qixian grew. " + "Its output rose, the firm said." + " Hexi rose."
    text = article.replace("Its output rose, the firm said.", " " * len("Its output rose, the firm said."))
    assert entities._blanks_find_nothing()
    lex = Lexicon()
    entities.learn_mentions(article, 0, len(article), lex)
    entities.article_mentions(article, 0, len(article), lex)
    start = article.index("Its")
    end = start + len("Its output rose, the firm said.")
    assert sentence_mentions(text, start, end, lex) == [] == find_mentions(text, start, end, lex)
    assert find_mentions(blanked, 0, len(blanked), Lexicon()) == []
    for rx in entities._patterns():
        assert rx.search(blanked) is None
