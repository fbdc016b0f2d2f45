"""Cue batteries (tally.segment.cues.Battery): a battery that fails fast says exactly what
running each of its patterns says."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tally.segment.cues import Battery, Cues, cues

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
]

TEXTS = ["abc", "ab", "xq", "ayz", "QUITE", "qu", "ab : z", "AB:", "dd", "dd\n", "eee", "foo/bar",
         "a foo/barx", "(zz)",
         "x Zq1", "zq1", "ZQ1", "[AB]", "[ab", "İ[aB]",
         "12 KG", "photos by", "image credit", "Photo credit", "", "\n"]


@pytest.mark.parametrize("text", TEXTS)
def test_synthetic_battery(text: str) -> None:
    rules = [re.compile(p, f) for p, f in SYNTHETIC]
    for k in range(len(rules)):
        for chosen in (rules[k:], rules[: k + 1], [rules[k]]):
            battery = Battery.of_rules(tuple(chosen))
            assert battery.search(text) == _plain_any(battery, text), ([r.pattern for r in chosen], text)


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
