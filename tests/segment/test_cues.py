"""Cue batteries (tally.segment.cues.Battery): a battery that fails fast says exactly what
running each of its patterns says."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tally.segment.cues import CAPTION_CUE, PLAIN, Battery, Cues, cues

PARAGRAPHS = [
    "",
    "By LI WEI in Shanghai",
    "Reporter: Jane Doe",
    "ZHANG HUA / FOR CHINA DAILY",
    "Workers sort parcels at a logistics hub in the port city. ZHANG HUA / FOR CHINA DAILY",
    "Visitors tour the fair. PHOTO PROVIDED TO CHINA DAILY",
    "A new bridge spans the river [Photo by Wang Lei / For China Daily]",
    "A farmer checks her crops (Photo: Liu Min)",
    "Photo: Zhou Qi",
    "Illustration by Ma Lin",
    "Traders at the exchange (Xinhua/Zhang Fan)",
    "Harvesters at work in the fields. Getty Images",
    "A container ship docks. REUTERS",
    "From left: the mayor, a grower and a buyer",
    "**Top:** the new terminal",
    "File photo: the old market",
    "Chen Jie contributed to this story.",
    "Chen Jie CONTRIBUTED to THE report",
    "The author is a researcher at a think tank in Beijing.",
    "(Additional reporting by Sun Yu)",
    "Contact the writer at someone@example.com",
    "Edited by Wu Dan",
    "The views do not necessarily reflect those of this newspaper.",
    "— Xinhua",
    "page 3",
    "BUSINESS | 7",
    "China Daily, Monday",
    "Friday, March 3, 2023",
    "Continued on page 5",
    "Special report",
    "Wang Fang, a teacher at a village school",
    "Photo of the new library",
    "Exports rose 5.2 percent in the first quarter, customs data showed on Monday.",
    "The county's output of tea rose by a third / a quarter, officials said (in a statement).",
    "Output reached 3,000 tons; the photo shows the new plant.",
    "The İstanbul office and the KELVIN scale, a ſhort note: contributed nothing.",
]

CREDITS = [
    "ZHANG HUA / FOR CHINA DAILY", " ZHANG HUA / FOR CHINA DAILY.", "(ZHANG HUA / CHINA DAILY)",
    "A ZHANG HUA / CHINA DAILY", "AB ZHANG HUA / CHINA DAILY", "ABCD ZHANG HUA / CHINA DAILY",
    "PHOTO PROVIDED TO CHINA DAILY", "[Photo by Li Wei / For China Daily]", "(Photo: Liu Min)",
    "Photo: Zhou Qi", "(Xinhua/Zhang Fan)", "x (Xinhua/Zhang Fan)", "Getty Images", "REUTERS",
    "AP Photo", "The port at dusk. REUTERS", "ZHANG HUA / CHINA DAILY and LI MING / CHINA DAILY",
    "", "/", "Li / Wang",
]

KINDS = ["byline", "end_marker", "credit", "caption_start", "caption_portrait", "furniture", "cued"]


def _plain_any(battery: Battery, p: str) -> bool:
    return any(rx.search(p) for rx in battery.rules)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("p", PARAGRAPHS)
def test_battery_says_what_its_patterns_say(kind: str, p: str) -> None:
    battery = getattr(cues(), kind)
    assert battery.search(p) == _plain_any(battery, p)


@pytest.mark.parametrize("p", PARAGRAPHS)
def test_plain_paragraph_matches_no_cue(p: str) -> None:
    c = cues()
    cued = c.has_credit(p) or c.starts_caption(p) or c.is_end_marker(p) or c.is_furniture(p)
    assert c.is_plain(p) == (not cued)


@pytest.mark.parametrize("p", PARAGRAPHS + CREDITS)
def test_screen_tells_what_the_cue_tests_tell(p: str) -> None:
    c = cues()
    caption = c.has_credit(p) or c.starts_caption(p)
    cued = caption or c.is_end_marker(p) or c.is_furniture(p)
    screened = c.screen(p)
    assert (screened == PLAIN) == (not cued)
    if screened == CAPTION_CUE:
        assert caption
    for kind in KINDS:  # the rule ``first`` finds matches, and there is one when any does
        battery = getattr(c, kind)
        rx = battery.first(p)
        assert (rx is not None) == _plain_any(battery, p)
        assert rx is None or (rx in battery.rules and rx.search(p))


@pytest.mark.parametrize("p", PARAGRAPHS)
def test_uncued_headline_test_skips_only_the_cue_tests(p: str) -> None:
    c: Cues = cues()
    if not (c.is_byline(p) or c.has_credit(p) or c.is_end_marker(p) or c.is_furniture(p)):
        for weak_ok in (False, True):
            assert c.is_headline_like(p, weak_ok=weak_ok, uncued=True) == c.is_headline_like(
                p, weak_ok=weak_ok
            )
        assert c.is_bare_headline(p, uncued=True) == c.is_bare_headline(p)


SYNTHETIC = [
    (r"^a(b)c", 0),  # anchored with a group: runs on its own
    (r"^x|yz", 0),  # a top-level alternation is not anchored
    (r"(?i)^qu", 0),  # global inline flags: runs on its own
    (r"^Ab\s*:", re.IGNORECASE),
    (r"^(?:dd|ee)$", 0),
    (r"\bfoo/bar\b", 0),  # gated by its literals
    (r"\(zz\)", 0),  # a literal lead: gated by that character
    (r"Zq\d", 0),  # a cased lead, case-sensitive: gated by its lower case
    (r"\[ab\]", re.IGNORECASE),  # an uncased lead under IGNORECASE
    (r"[0-9]+ kg", re.IGNORECASE),
    (r"(?:photo|image)s?\s+by", 0),
    (r"(?:photo|image) credit", 0),  # "photo credit" contains "photo": looked for under it
    (r"\w+", re.MULTILINE),  # no gate: always runs
    (r"^[A-Z\s]{0,30}\|\s*\d{1,3}$", re.IGNORECASE),  # a slow start: gated by "|", not in the head
    (r"^[-—]{1,2}\s*(?:ab|cd)$", re.IGNORECASE),  # a short run: stays in the head
]

TEXTS = ["abc", "ab", "xq", "ayz", "QUITE", "qu", "ab : z", "AB:", "dd", "dd\n", "eee", "foo/bar",
         "a foo/barx", "(zz)",
         "x Zq1", "zq1", "ZQ1", "[AB]", "[ab", "İ[aB]",
         "12 KG", "photos by", "image credit", "Photo credit", "", "\n",
         "NEWS | 7", "news|12", "a b|1x", "|3", "— AB", "—CD", "-- ab"]


@pytest.mark.parametrize("text", TEXTS)
def test_synthetic_battery(text: str) -> None:
    rules = [re.compile(p, f) for p, f in SYNTHETIC]
    for k in range(len(rules)):
        for chosen in (rules[k:], rules[: k + 1], [rules[k]]):
            battery = Battery.of_rules(tuple(chosen))
            assert battery.search(text) == _plain_any(battery, text), ([r.pattern for r in chosen], text)


def test_slow_start_rules_are_gated() -> None:
    """A rule opening with a long run of a class under IGNORECASE runs only where its literal is;
    a battery whose literals are all one uncased character looks for them in the text unfolded."""
    slow = re.compile(r"^[A-Z\s]{0,30}\|\s*\d{1,3}$", re.IGNORECASE)
    quick = re.compile(r"^[-—]{1,2}\s*(?:ab|cd)$", re.IGNORECASE)
    battery = Battery.of_rules((slow, quick))
    assert battery.anchored == (quick,)
    assert [(lit, rxs) for lit, rxs, _ in battery.gated] == [("|", (slow,))]
    assert battery.uncased
    assert not Battery.of_rules((re.compile(r"^[A-Z\s]{0,30}ab:", re.IGNORECASE),)).uncased
    furniture = cues().furniture
    assert furniture.uncased and [lit for lit, _, _ in furniture.gated] == ["|"]


def _credit_only(c: Cues, p: str) -> bool:
    """``is_credit_only`` as first written: each credit rule searched for along the paragraph."""
    for rx in c.credit.rules:
        m = rx.search(p)
        if m and len(p) - len(m.group(0)) <= 3:
            return True
    return False




@pytest.mark.parametrize("p", CREDITS + PARAGRAPHS)
def test_credit_only_matches_at_the_start(p: str) -> None:
    c = cues()
    assert c.is_credit_only(p) == _credit_only(c, p)


_WORDS = st.sampled_from(
    ["By", "BY", "Photo", "PHOTO", "photo", "PROVIDED", "TO", "FOR", "CHINA", "DAILY", "/", "(", ")",
     "[", "]", ":", "Xinhua", "REUTERS", "Getty Images", "contributed", "to", "this", "story", ".",
     "The", "author", "is", "page", "3", "|", "From", "left", "**", "Top", "Li", "Wei", "Monday",
     "March", "2023", ",", "special", "report", "a", "teacher", "—", "Edited", "by", "\n"]
)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(words=st.lists(_WORDS, max_size=12), sep=st.sampled_from([" ", "", "  "]))
def test_batteries_on_random_paragraphs(words: list[str], sep: str) -> None:
    p = sep.join(words)
    c = cues()
    for kind in KINDS:
        battery = getattr(c, kind)
        assert battery.search(p) == _plain_any(battery, p), (kind, p)
        assert {rx for rx in battery.rules if rx.search(p)} <= set(battery.candidates(p)), (kind, p)
    assert c.is_credit_only(p) == _credit_only(c, p), p


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("p", PARAGRAPHS)
def test_candidates_hold_every_rule_that_matches(kind: str, p: str) -> None:
    battery = getattr(cues(), kind)
    candidates = battery.candidates(p)
    assert len(candidates) == len(set(candidates))
    assert {rx for rx in battery.rules if rx.search(p)} <= set(candidates)


@pytest.mark.parametrize("text", TEXTS)
def test_synthetic_candidates(text: str) -> None:
    rules = [re.compile(p, f) for p, f in SYNTHETIC]
    for k in range(len(rules)):
        for chosen in (rules[k:], rules[: k + 1], [rules[k]]):
            battery = Battery.of_rules(tuple(chosen))
            assert {rx for rx in chosen if rx.search(text)} <= set(battery.candidates(text))


# anchored rules and what ``_first_chars`` says a match of each may open with (None: not known, or
# a match may be empty)
FIRST_CHARS = [
    (r"^Ab\s*:", 0, "A"),
    (r"^Ab\s*:", re.IGNORECASE, "Aa"),
    (r"^\(?(?:x|Y)z", 0, "(Yx"),
    (r"^(?:\*\*|__)?Top", 0, "*T_"),
    (r"^[-—–]{1,2}\s*ab$", 0, "-"),
    (r"^\s*ab", 0, "a\\s"),  # white space (as re's \s has it, tried on each ASCII character) or a
    (r"^(?:ab)?$", 0, None),  # a match may be empty
    (r"^(?i:k)b", 0, None),  # flags of its own
    (r"^\u212a", re.IGNORECASE, "Kk"),  # the Kelvin sign matches both cases of k
    (r"^(?=T)\w+", 0, None),  # \w: more than ASCII letters, known by trying each ASCII character
    (r"^\bx{2,}", 0, "x"),
    (r"^[A-C]?\d", 0, "0123456789ABC"),
]


@pytest.mark.parametrize(("pattern", "flags", "want"), FIRST_CHARS)
def test_first_chars(pattern: str, flags: int, want: str | None) -> None:
    from tally.segment.cues import _ASCII, _first_chars

    got = _first_chars(re.compile(pattern, flags))
    if want is not None and want.endswith("\\s"):
        assert got == frozenset(want[:-2]) | {c for c in _ASCII if re.fullmatch(r"\s", c)}
    elif pattern == r"^(?=T)\w+":
        assert got == frozenset(c for c in _ASCII if re.fullmatch(r"\w", c))
    else:
        assert got == (None if want is None else frozenset(want))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("p", PARAGRAPHS + CREDITS + TEXTS)
def test_head_by_first_character_says_what_the_head_says(kind: str, p: str) -> None:
    """The alternation of the anchored rules chosen by the text's first character matches where
    the whole alternation does (the text, its case changed and its first character dropped)."""
    battery = getattr(cues(), kind)
    if battery.head is None:
        return
    for q in (p, p.lower(), p.upper(), p[1:], "x" + p):
        head = battery.head_by.get(q[0], battery.head) if q else battery.head
        assert (head is not None and head.match(q) is not None) == (battery.head.match(q) is not None), q


@pytest.mark.parametrize("text", TEXTS + PARAGRAPHS)
def test_synthetic_head_by(text: str) -> None:
    rules = [re.compile(p, f) for p, f in SYNTHETIC + [(p, f) for p, f, _ in FIRST_CHARS]]
    battery = Battery.of_rules(tuple(rules))
    assert battery.head is not None and len(battery.head_by) == 128
    for q in (text, text[1:], text.upper()):
        head = battery.head_by.get(q[0], battery.head) if q else battery.head
        assert (head is not None and head.match(q) is not None) == (battery.head.match(q) is not None)
        assert battery.search(q) == _plain_any(battery, q)


def test_battery_searches_boundary_rules_by_their_twins() -> None:
    """A rule opening with ``\\b`` and a word character is searched for by its
    ``gates.boundary_twin`` (the credit rule "NAME / FOR PAPER" is one), and the battery still says
    what its rules say, naming the rule itself."""
    credit = cues().credit
    assert credit.finders
    for rx in credit.rules:
        assert (id(rx) in credit.finders) == rx.pattern.startswith(r"\b[")
    for p in PARAGRAPHS + CREDITS:
        rx = credit.first(p)
        assert (rx is not None) == _plain_any(credit, p)
        assert rx is None or (rx in credit.rules and rx.search(p))


def _first_letter_by_markup(p: str) -> str | None:
    """``first_letter`` as first written: the leading markup stripped, then the first letter."""
    from tally.segment.cues import _LEAD_MARKUP

    for ch in _LEAD_MARKUP.sub("", p, count=1):
        if ch.isalpha():
            return ch
        if ch.isdigit():
            return "0"
    return None


MARKUP = ["${\\it emerging", "**Top:** x", "“Quote", "\\x y", "  a", "3 b", "Ωmega", "ǅx", "_x", "é"]


@pytest.mark.parametrize("p", PARAGRAPHS + CREDITS + TEXTS + MARKUP)
def test_first_letter_as_by_stripping_the_markup(p: str) -> None:
    from tally.segment.cues import first_letter

    assert first_letter(p) == _first_letter_by_markup(p)


def _bare_by_headline_test(c: Cues, p: str, uncued: bool) -> bool:
    """``is_bare_headline`` as first written: the headline test, then the words found again."""
    if len(p) > c.headline_max_chars or not p or not p[0].isalpha() or not p[0].isupper():
        return False
    if p[-1] in c.bad_final_chars:
        return False
    if c.is_markdown_heading(p) or not c.is_headline_like(p, uncued=uncued):
        return False
    words = re.findall(r"[\w'’\-]+", p)
    if len(words) > c.bare_max_words:
        return False
    return not any(w in c.bare_auxiliaries for w in words[1:])


TITLES = [
    'Farm output up after good monsoon',
    'Farm output is up\nafter rain',
    '# Title here',
    'Exports climb as buyers order more',
    'One two three four five six seven eight nine ten eleven twelve thirteen',
]


@pytest.mark.parametrize("p", PARAGRAPHS + CREDITS + TEXTS + TITLES)
def test_bare_headline_as_by_the_headline_test(p: str) -> None:
    c = cues()
    for uncued in (False, True):
        assert c.is_bare_headline(p, uncued=uncued) == _bare_by_headline_test(c, p, uncued)
