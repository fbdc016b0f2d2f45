"""Range tails: "160-400", "20 to 30 percent", "between 15 and 17", "$10 to $15 billion"
(``_read_range``: the range's unit, or no range, or a span to drop: "Oct 1 to 7", "(2016-20)"),
and the unit shared by the next number ("eight or nine euros"; ``_shared_unit``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tally.data import load
from tally.extract.numbers import alternation, parse_number
from tally.extract.q_context import _word_after, _word_before
from tally.extract.q_number import _looks_year, _looks_year_tail, _Num, _read_number
from tally.extract.q_state import _G, _LEX, _Q, Options
from tally.extract.q_unit_tail import _read_unit, _Unit
from tally.extract.q_units import prefix_code


def _range_word_at(text: str, pos: int, end: int) -> bool:
    """Whether the first visible character after ``pos`` starts "to", "and" or "or" (as written):
    where it is a letter, every match of ``range_tail`` at ``pos`` starts with one of them there
    after its blanks ("to the", "of", "at" rule it out without the regex call)."""
    while pos < end and text[pos].isspace():
        pos += 1
    return text.startswith(_RANGE_WORDS, pos, end)


_RANGE_WORDS: Final[tuple[str, ...]] = ("to", "and", "or")


def _read_range(text: str, q: _Q, num: _Num, unit: str | None, u1: _Unit | None, end: int,
                opt: Options):
    """Extends ``q`` over a range tail; returns the range unit, None (no range) or False (drop)."""
    g = _G
    lex = _LEX
    rm = g.range_tail.match(text, q.end, end)
    if not rm:
        return None
    sep_raw = rm.group("sep")
    sep = sep_raw.strip().lower()
    n2raw = rm.group("n2")
    before = g.between_before.search(text, max(0, q.start - 12), q.start)
    before_word = before.group().strip().lower() if before else ""
    prev = _word_before(text, q.start).lower().rstrip(".")
    hyphen = sep in ("-", "–", "—", "~")
    if sep == "and" and before_word != "between":
        return None
    if sep == "or":
        return None
    if sep in ("to", "to-") and before_word == "from" and not opt.from_to_ranges:
        return None
    if sep in ("to", "to-") and prev == "by" and unit is not None:
        return None                                            # "increased by $43.6 billion to ..."
    if hyphen and not (num.digits and n2raw[0].isdigit()):
        return None
    if hyphen and (sep_raw[0].isspace() != sep_raw[-1].isspace()):
        return None                                            # "50 -1.3%": a sign, not a range
    if _looks_year(num.digits):
        if hyphen and _looks_year_tail(n2raw) or _looks_year(n2raw):
            return False                                       # "(2016-20)", "between 1600 and 1900"
        if unit is None:
            return None                                        # "in 2018 to 3.9 million"
    if prev in lex.months:
        return False                                           # "Sept. 20-24"
    if hyphen and unit is None and _era_before(text, q.start):
        return False                                           # "the Tang Dynasty (618-907)"
    v2 = parse_number(n2raw)
    if v2 is None:
        return None
    n2 = _read_number(text, rm.start("n2"), rm.end("n2"), v2, end,
                      digits=n2raw if n2raw[0].isdigit() else "")
    if rm.group("pre"):
        n2.currency = prefix_code(rm.group("pre"))
    u2 = _read_unit(text, n2.end, end, glued_ok=bool(n2.digits) and not n2.scaled)
    unit2 = n2.currency or (u2.unit if u2 else None)
    if unit is not None and unit2 is not None and unit != unit2:
        return None
    if (sep in ("to", "to-") and prev == "by" and unit is None and unit2 is None
            and n2.value > 3 * abs(num.value)):
        return None                                            # "rose by 9,600 to 682,300": change, level
    if unit is not None and unit2 is None and not num.currency:
        if not (opt.from_to_ranges and before_word == "from" and sep in ("to", "to-")):
            return None                                        # "rose 0.7 percent to 6,327.80"
    if hyphen and unit is None and unit2 is None:
        if n2.value <= num.value:
            return False                                       # "2-2" scores, "89-89"
        if _word_after(text, n2.end, end)[:1].isupper():
            return False                                       # "16-18 Industrial Avenue"
    if n2.digits and text[n2.end : n2.end + 1].isalpha() and not u2:
        return None
    lo = num.value
    if n2.scaled and not num.scaled:
        scale = n2.value / v2 if v2 else 1.0
        if lo * scale <= n2.value:
            lo *= scale
    q.value = lo
    q.value_high = n2.value
    q.end = u2.end if (u2 and not n2.currency) else n2.end
    if u2 and n2.currency and u2.rule == "currency":
        q.end = u2.end
    return unit or unit2 or ""


_SHARED_SEP: Final = re.compile(r"\s+(?:or|and|to)\s+")
_SHARED_SEP_LEAD: Final = frozenset("oat")                            # its first letters (``_lead``)


def _shared_unit(text: str, pos: int, end: int) -> str | None:
    """The unit of the next number in "eight or nine euros" / "5 and 6 percent"."""
    m = _SHARED_SEP.match(text, pos, end)
    if not m:
        return None
    g = _G
    pm = g.prefix_at.match(text, m.end(), end) if m.group().strip().lower() == "or" else None
    am = g.atom.match(text, pm.end() if pm else m.end(), end)
    if not am or am.lastgroup not in ("num", "wnum"):
        return None
    v = parse_number(am.group())
    if v is None:
        return None
    n2 = _read_number(text, am.start(), am.end(), v, end, digits=am.group() if am.lastgroup == "num" else "")
    if n2.currency:
        # "8 or $9": the symbol of the second number covers both (not after "and": "300 and $5")
        return n2.currency if m.group().strip().lower() == "or" and not n2.scaled else None
    u = _read_unit(text, n2.end, end, glued_ok=am.lastgroup == "num" and not n2.scaled)
    if u and u.unit not in ("count",):
        return u.unit
    return None


@cache
def _era_re() -> re.Pattern[str]:
    return re.compile(r"\b(?i:" + alternation(load("numbers")["era_words"]) + r")[ \t]*\([ \t]*\Z")


def _era_before(text: str, pos: int) -> bool:
    return bool(_era_re().search(text, max(0, pos - 30), pos))
