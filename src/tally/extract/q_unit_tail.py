"""What follows a number and its scale: its unit or currency name (``_read_unit``: a glued unit, a
word or a symbol, read first on the page's image), a "per ..." tail or a "per" adverb
(``_read_per``), and "annual" before or after a currency amount (``_annual``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from tally.extract.q_context import _SKIP_B, _lead, _run_at, _word_after
from tally.extract.q_currency import _page_currency, _shared_names, _weak_name_ok
from tally.extract.q_nouns import singular
from tally.extract.q_state import _LEX, _Q, _REG, _Page, _page
from tally.extract.q_units import _norm


@dataclass(slots=True, init=False)
class _Unit:
    unit: str
    end: int
    rule: str

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(self, unit: str, end: int, rule: str) -> None:
        self.unit = unit
        self.end = end
        self.rule = rule


def _read_unit(text: str, pos: int, end: int, *, glued_ok: bool, lead: str | None = None,
               page: _Page | None = None) -> _Unit | None:
    """The unit or currency at ``pos``; ``lead``: ``_lead`` at ``pos`` if known; ``page``: this
    thread's ``_page()`` if known."""
    reg = _REG
    if glued_ok and text[pos : pos + 1] in reg.glued_first:
        gm = reg.glued_re.match(text, pos, end)
        if gm:
            return _Unit(reg.canonical(gm.group("g"), group="g"), gm.end(), "unit")
    if (_lead(text, pos, end) if lead is None else lead) not in reg.after_lead:
        return None
    # ``after_re``'s match: read first on the page's lower-cased image where there is one
    # (``UnitRegistry.after_b``: case-sensitive, ~2x faster than the IGNORECASE pattern)
    if page is None:
        page = _page()
    low = page.low
    ab = reg.after_b
    grp = ""
    ustart = uend = 0
    whole = False                                              # the unit word is one run of ASCII letters
    if low is not None and ab is not None and text is page.text and page.lo <= pos and end <= page.stop:
        lo = page.lo
        stop = end - lo
        run = _run_at(low, pos - lo, stop, False)
        if run is not None and run not in reg.after_runs:
            return None                                        # (nor does ``after_b`` match: ``_run_at``)
        nexts = reg.after_whole.get(run) if run is not None else None
        if nexts is not None and run is not None:
            # a unit word of letters ("percent", "yuan"): ``after_b``'s match is that run where no
            # digit follows it, nor blanks and the start of a longer word ("percent points"; see
            # ``UnitRegistry.after_whole``)
            us = low.find(run, pos - lo)                       # (only blanks before it)
            ue = us + len(run)
            if ue == stop or not 48 <= low[ue] <= 57 and not (
                nexts and _SKIP_B[low[ue]] == 1 and _run_at(low, ue, stop, False) in nexts
            ):
                grp, ustart, uend, whole = "w", us + lo, ue + lo, True
        if not grp:
            bm = ab.match(low, pos - lo, stop)
            if bm is None:
                return None                                    # (nor does ``after_re`` match)
            if bm.lastgroup == "w":
                us, ue = bm.span("w")
                if low.find(b"?", us, ue) < 0:                 # a word as written there
                    grp, ustart, uend = "w", us + lo, ue + lo
    if not grp:
        um = reg.after_re.match(text, pos, end)
        if not um:
            return None
        g = um.lastgroup                                       # "w" (a word) or "s" (a symbol)
        assert g is not None
        grp, ustart, uend = g, um.start(g), um.end()
    surface = text[ustart:uend]
    sep = text[pos:ustart]
    if "\n\n" in sep and "-" not in sep:
        return None
    # (a run of ASCII letters: ``_norm`` of it is it lower-cased, no blank to join)
    key = surface.lower() if whole else _norm(surface) if grp == "w" else ""
    if grp == "w" and reg.weak_names and key in reg.weak_names and not _weak_name_ok(text, pos):
        return None                                            # "in 2019 won": a verb
    if grp == "w":
        unit = reg.word_units.get(surface) or reg.word_units[key]   # (``canonical`` reads ``key``)
    else:
        unit = reg.canonical(surface, group=grp)
    if grp == "w" and key in _shared_names():
        unit = _page_currency(text, key, names=True)           # "pesos" on a page about Chile: CLP
    if unit in reg.minor_units:
        return _Unit(unit, uend, "minor")
    return _Unit(unit, uend, "currency" if reg.is_currency(unit) else "unit")


def _read_per(text: str, q: _Q, end: int, lead: str | None = None) -> int:
    """Reads a "per ..." tail after the quantity; returns the offset after it (span not extended).
    ``lead``: ``_lead`` at ``q.end`` if known."""
    reg = _REG
    if (_lead(text, q.end, end) if lead is None else lead) not in reg.per_lead:
        return q.end
    if "/" in q.unit:
        return q.end                                           # an exchange rate: "151 per dollar"
    m = reg.per_re.match(text, q.end, end)
    if not m:
        return q.end
    if m.group("adv"):
        if q.unit in _RATES:
            return q.end                                       # "7 percent annually": a rate
        q.per = reg.per_adverbs.get(" ".join(m.group("adv").lower().split()), "year")
        q.rules = [*(q.rules or ()), "per_adverb"]
        return m.end()
    den = m.group("den")
    kw = (m.group("kw") or "/").lower()
    dl = " ".join(den.lower().split())
    known = reg.word_units.get(dl)
    if kw in ("a", "an", "a-") and known is None:
        return q.end
    if kw in ("a", "an") and _word_after(text, m.end(), end).lower() in _LEX.time_after:
        return q.end                                           # "$6.78 billion a year earlier"
    if kw in ("a", "an", "a-") and known not in reg.time_units and q.unit in reg.time_units:
        return q.end
    den_unit = known if known is not None else singular(dl)
    q.rules = [*(q.rules or ()), "per"]
    if den_unit in reg.time_units:
        q.per = den_unit
    elif den_unit == "capita" or den_unit in reg.per_capita or dl in reg.per_capita:
        q.per = "capita"
        tail = _Q(q.start, m.end(), q.value, unit=q.unit)      # "per person a year": per year
        after = _read_per(text, tail, end)
        if tail.per in reg.time_units:
            q.per = tail.per
            return after
    else:
        q.per = den_unit
        if q.unit != "count":
            q.unit = f"{q.unit}/{den_unit}"
    return m.end()


_RATES: Final = frozenset({"percent", "percentage_point", "basis_point", "times"})
_ANNUAL_BEFORE: Final = re.compile(r"\b(?i:annual|yearly)\b[^,.;:!?()\n—]{0,60}\Z")
_ANNUAL_AFTER: Final = re.compile(r"\s+(?:in|of)\s+(?:\w+\s+)?(?i:annual|yearly)\b")
_ANNUAL_AFTER_LEAD: Final = frozenset("io")                           # its first letters (``_lead``)


def _annual(text: str, q: _Q, end: int, lead: str) -> str | None:
    """ "annual revenue of 20 million yuan", "100 billion yuan in annual output": per year."""
    lo = max(0, q.start - 60)
    pre = text[lo : q.start]
    window = pre.lower()                                       # a cheap test before the search
    if ("annual" in window or "yearly" in window) and _ANNUAL_BEFORE.search(text, lo, q.start):
        words_after = pre[window.rfind("annual") :].split()
        if len(words_after) <= 7:
            return "year"
    if lead in _ANNUAL_AFTER_LEAD and _ANNUAL_AFTER.match(text, q.end, end):
        return "year"
    return None
