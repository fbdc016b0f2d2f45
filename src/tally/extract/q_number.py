"""A number's own parts (``_read_number``): the currency prefix before it, its scale words after it
("3.2 million", "5bn", a glued "m" read as million or metres), the words of a number written in
words after its scale ("two million five hundred thousand"); and the tests on a number's digits
(a year, "one").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from tally.extract.numbers import parse_words, scale_of
from tally.extract.numbers import times as _times
from tally.extract.q_context import _lead, _word_after, _word_at
from tally.extract.q_currency import _page_currency, _prefix_before, _shared_symbols
from tally.extract.q_nouns import noun_phrase
from tally.extract.q_state import _G, _REG, _Page
from tally.extract.q_units import prefix_code


@dataclass(slots=True, init=False)
class _Num:
    start: int          # span start (currency prefix included)
    end: int
    value: float
    currency: str | None = None
    scaled: bool = False
    digits: str = ""    # the digits as written (empty for words)
    lead: str | None = None   # ``_lead`` at ``end`` when known

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self,
        start: int,
        end: int,
        value: float,
        currency: str | None = None,
        scaled: bool = False,
        digits: str = "",
        lead: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.currency = currency
        self.scaled = scaled
        self.digits = digits
        self.lead = lead


def _read_number(text: str, s: int, e: int, value: float, end: int, *, digits: str,
                 page: _Page | None = None) -> _Num:
    """A number at [s, e) with the currency prefix before it and its scale words after."""
    g = _G
    c = text[s - 1 : s]
    if c == " " or c == "\u00a0":
        c = text[s - 2 : s - 1] if s > 1 else ""
    # ``_prefix_before``'s test of the character before, inline: most numbers have no prefix
    pm = _prefix_before(text, s - 8 if s > 8 else 0, s) if c in _REG.prefix_last else None
    if pm is None and digits and s > 1 and text[s - 1] in "-−":
        pm = _prefix_before(text, s - 9 if s > 9 else 0, s - 1)  # "$-50.8bn": a sign after the symbol
        if pm:
            value = -value
    lead_at, lead = -1, ""
    if not (digits and text[e : e + 1] in g.scale_glued_first):
        lead_at, lead = e, _lead(text, e, end)
        if pm is None and lead not in g.scale_word_lead:
            return _Num(s, e, value, None, False, digits, lead)   # the usual number: no prefix, no scale
    currency, start = (prefix_code(pm.group("p")), pm.start("p")) if pm else (None, s)
    if pm and pm.group("p") in _shared_symbols():
        currency = _page_currency(text, pm.group("p"))         # "¥" on a page about Japan: JPY
    # the fields are kept in locals and the ``_Num`` made once at the end
    pos, scaled = e, False
    for _ in range(2):
        span: tuple[int, int] | None = None                   # the scale word's (it ends the match)
        if digits and text[pos : pos + 1] in g.scale_glued_first:
            sm = g.scale_glued.match(text, pos, end)
            if sm and not (sm.group("sc") == "m" and not currency and not _million_m(text, sm.end(), end)):
                span = sm.span("sc")
        if span is None:
            if lead_at != pos:                                 # (known at ``e`` from above)
                lead_at, lead = pos, _lead(text, pos, end)
            if lead not in g.scale_word_lead:
                break
            span = _scale_word(text, pos, end, page)
            if span is None:
                break
        sc = scale_of(text[span[0] : span[1]])
        if sc is None:
            break
        value = _times(value, sc)
        scaled = True
        pos = span[1]
    if pm and not scaled and (least := _REG.weak_prefixes.get(pm.group("p"))):
        if sum(ch.isdigit() for ch in digits) < least:
            currency, start = None, s                          # "PS5", "the N2": a name, not money
    if not digits and scaled:
        wm = g.word_more.match(text, pos, end)
        if wm:
            extra = parse_words(wm.group("w"))
            if extra is not None and extra < value:
                value += extra
                pos = wm.end()
    return _Num(start, pos, value, currency, scaled, digits, lead if lead_at == pos else None)


def _scale_word(text: str, pos: int, end: int, page: _Page | None = None) -> tuple[int, int] | None:
    """The span of ``grammar().scale_word.match(text, pos, end)``'s scale word (the match ends
    with it)."""
    g = _G
    return _word_at(text, pos, end, g.scale_word_b, g.scale_word, g.scale_word_runs, True, page)


def _million_m(text: str, pos: int, end: int) -> bool:
    """After a glued "m": is it "million" ("35m of", "12.3m tonnes", "5m people") or metres?"""
    reg = _REG
    if _G.of_after.match(text, pos, end):
        return True
    um = reg.after_re.match(text, pos, end)
    if um and um.start() < um.end() and text[pos:um.start()].strip() == "":
        if um.group("w") or um.group("s"):
            return True
    w = _word_after(text, pos, end)
    if not w or not w.islower() or w in _DIMENSION_ADJ:
        return False                                           # "2m tall", "5m long pipes"
    np = noun_phrase(text, pos, plural=True)                   # "2.7m combined online sales"
    return np is not None and np.words[0] == w


_DIMENSION_ADJ: Final = frozenset("long wide high tall deep thick across away apart above below".split())


def _is_one(raw: str) -> bool:
    return raw.strip().lower() in ("one", "a", "an")


def _looks_year(d: str) -> bool:
    return len(d) == 4 and d.isdigit() and 1000 <= int(d) <= 2199


def _looks_year_tail(d: str) -> bool:
    return d.isdigit() and (len(d) == 2 or _looks_year(d))
