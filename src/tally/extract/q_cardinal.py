"""The cardinal handler (``_h_cardinal``: "num", "wnum", "a" atoms), in its order: the bare-year
shortcut, the number and its scale (``q_number``), its sign ("minus 5", "-5"), ages ("15-year-old"),
the unit (``q_unit_tail``), a range (``q_range``), a shared unit, hyphenated counts, exchange
rates and appositive ages; then the filter (``q_keep``), approximators (``q_approx``), "per"
tails, "annual" and the counted noun (``q_counted``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tally.extract.numbers import parse_words
from tally.extract.numbers import times as _times
from tally.extract.q_approx import _approx
from tally.extract.q_context import _lead
from tally.extract.q_counted import _compound_noun, _counted, _of_phrase
from tally.extract.q_currency import _exchange_rate
from tally.extract.q_keep import _keep
from tally.extract.q_nouns import canonical_counted, noun_phrase, singular
from tally.extract.q_number import _is_one, _looks_year, _Num, _read_number
from tally.extract.q_range import _SHARED_SEP_LEAD, _range_word_at, _read_range, _shared_unit
from tally.extract.q_state import _G, _LEX, _Q, _REG, Options, _Page, _page
from tally.extract.q_unit_tail import _annual, _read_per, _read_unit

_RX_H_CARDINAL_1: Final = re.compile(r"\s?(?i:a\.?m\b|p\.?m\b)")
_RX_H_CARDINAL_2: Final = re.compile(r"\b(?i:minus)\s+\Z")
_AM_PM_FIRST: Final = frozenset("aApP")                 # what _RX_H_CARDINAL_1 can match first after \s?
_AM_PM_SECOND: Final = frozenset(".mM")                 # and right after that letter
_RX_RATIO_BEFORE_1: Final = re.compile(r"[.;:!?\n]\s")
_S: Final = frozenset("sS\u017f")                                     # what (?i:s) matches


def _minus_before(window: str) -> bool:
    """``_RX_H_CARDINAL_2`` in ``window``, searched only when an "s" ends it before the blanks."""
    return window.rstrip()[-1:] in _S and _RX_H_CARDINAL_2.search(window) is not None


def _h_cardinal(text: str, kind: str, s: int, e: int, end: int, opt: Options,
                page: _Page | None = None) -> _Q | int | None:
    """A cardinal number ("num", "wnum", "a") at [s, e); ``page``: this thread's ``_page()``
    (``scan`` hands it down: one thread-local read per page, not one per pattern read there)."""
    if page is None:
        page = _page()
    raw = text[s:e]
    g = _G
    reg = _REG
    value: float | None
    if kind == "num":
        try:                                                   # ``parse_number`` of digits, inline
            value = float(raw.replace(",", ""))
        except ValueError:
            value = None
        digits = raw
    elif kind == "a":
        value, digits = 1.0, ""
    else:
        value, digits = parse_words(raw), ""
    if value is None:
        return None
    if len(raw) == 4 and kind == "num" and _bare_year(text, s, e, end, raw):
        return None                                            # "in 2019,": the test below, early
    rules = [kind]
    num = _read_number(text, s, e, value, end, digits=digits, page=page)
    if kind == "a" and num.scaled:
        hm = _FRACTION_OF_A.search(text, max(0, s - 24), s)
        if hm:                                                 # "half a million tonnes" = 500,000
            frac = _LEX.fractions.get(hm.group("f").lower())
            assert frac is not None  # the pattern is built from the fraction table
            mult = parse_words(hm.group("n")) if hm.group("n") else 1.0
            num.value = _times(num.value, frac * (mult or 1.0) / 100)
            num.start = s = hm.start()
            rules.append("fraction_of_scale")
    approx0 = None
    if not num.currency:
        prev = text[s - 1] if s > 0 else ""
        if prev == " ":                                        # the usual case: only "minus 5" applies
            c2 = text[s - 2] if s > 1 else ""                  # what ends the window before the blanks
            if (c2 in _S or c2.isspace()) and _minus_before(text[s - 7 if s > 7 else 0 : s]):
                num.value = -num.value
        elif digits and (
            prev.isalpha() or (prev and prev in "_/⁄") or (prev == ":" and s > 1 and text[s - 2].isdigit())
        ):
            return None                                        # "S23", "1/16", "17:22"
        elif prev == "-" and s > 1 and text[s - 2].isalnum():
            if text[max(0, s - 4) : s].lower() == "sub-":
                approx0 = "<"                                  # "sub-7 nanometer"
            elif text[max(0, s - 6) : s].lower() == "minus-":
                num.value = -num.value
            else:
                return None                                    # "COVID-19", "TA-35", "production-four"
        elif digits and prev and prev in "-−" and (s < 2 or not text[s - 2].isalnum()):
            num.value = -num.value                             # "-5 yards", "$-50.8bn"
        elif s > 0 and text[s - 1].isspace() and _minus_before(text[max(0, s - 7) : s]):
            num.value = -num.value
    if digits:
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return None                                        # phone numbers, codes
        if text[e : e + 1] == ":" and text[e + 1 : e + 2].isdigit():
            return None                                        # clock times
        j = e + 1 if text[e : e + 1].isspace() else e
        if (
            text[j : j + 1] in _AM_PM_FIRST and text[j + 1 : j + 2] in _AM_PM_SECOND
            and _RX_H_CARDINAL_1.match(text[e : e + 5])
        ):
            return None                                        # "7 am", "10.30pm"
    lead = num.lead if num.lead is not None else _lead(text, num.end, end)
    if (
        len(digits) == 4 and lead not in _after_number_lead() and not lead.isalpha() and _looks_year(digits)
        and not num.currency and not num.scaled and text[e : e + 1] not in reg.glued_first
        and "age" not in text[max(0, s - 20) : s].lower()
    ):
        return None                                            # "in 2019,": see ``_after_number_lead``
    q = _Q(num.start, num.end, num.value, rules=rules)
    unit_from_prefix = num.currency
    # ages first: "15-year-old", "70 year-old", "400 million-year-old"
    lead_at = num.end                                          # ``lead`` is ``_lead`` there
    am = _age(text, num.end, end, page) if lead in reg.age_lead else None
    u = None
    unit: str | None
    if am and not unit_from_prefix:
        q.end = am.end()
        unit = _age_unit(am.group())
        rules.append("age")
    else:
        # unit right after the number (and scale)
        u = _read_unit(text, num.end, end, glued_ok=bool(digits) and not num.scaled, lead=lead, page=page)
        if u is None and lead in g.duration_lead:
            dm = _DURATION_ADJ.match(text, num.end, end)
            if dm and dm.group(1).lower() in _LEX.duration_adjectives:
                du = _read_unit(text, dm.end(), end, glued_ok=False, page=page)
                if du and du.unit in reg.time_units:
                    u = du                                     # "for 10 consecutive years"
        if u and unit_from_prefix and u.rule == "currency":
            q.end = u.end                                      # "$5 million USD": one currency
            unit = u.unit if u.unit != "USD" else unit_from_prefix
        elif unit_from_prefix:
            unit, u = unit_from_prefix, None
        else:
            unit = u.unit if u else None
            if u:
                q.end = u.end
                rules.append(u.rule)
        if unit_from_prefix:
            rules.append("currency")
        # a range: "160-400", "20 to 30 percent", "between 15 and 17", "$10 to $15 billion"
        if lead_at != q.end:
            lead_at, lead = q.end, _lead(text, q.end, end)
        rng = (
            _read_range(text, q, num, unit, u, end, opt)
            if lead in g.range_tail_lead and (not "a" <= lead <= "z" or _range_word_at(text, q.end, end))
            else None
        )
        if rng is False:                                       # "Oct 1 to 7", "(2016-20)": skip both
            rm = g.range_tail.match(text, q.end, end)
            return rm.end() if rm else None
        if rng is not None:
            unit = rng or None
            rules.append("range")
            am = _age(text, q.end, end, page)
            if am and unit is None:
                q.end = am.end()
                unit = _age_unit(am.group())
                rules.append("age")
        # a shared unit: "eight or nine euros", "15 and 17 percent"
        if unit is None and not num.scaled:
            if lead_at != q.end:
                lead_at, lead = q.end, _lead(text, q.end, end)
            unit = _shared_unit(text, q.end, end) if lead in _SHARED_SEP_LEAD else None
            if unit:
                rules.append("shared_unit")
        if unit is None:
            if q.end < len(text) and text[q.end].isalpha() and (digits or not num.scaled):
                return None                                    # "5G", "3D"
            hy = (
                _HYPHEN_WORD.match(text, q.end, end)
                if opt.hyphen_counts and text[q.end : q.end + 1] == "-" else None
            )
            approximators = (_LEX.hyphen_approximators or {}) if hy else {}
            if hy and hy.group(1).lower() in approximators:
                approx0 = approximators[hy.group(1).lower()]   # "50-plus dealers"
                np = noun_phrase(text, hy.end(), plural=True)
                if np is None:
                    return None                                # "a 40-odd crowd"
                q.counted = canonical_counted(np.head)
                rules.append("hyphen_approx")
            elif text[q.end : q.end + 1] == "-" and text[q.end + 1 : q.end + 2].isalpha():
                noun = _compound_noun(text, q, num, raw, end) if opt.hyphen_counts else None
                if noun is None:
                    return None                                # "30-odd", "six-speed" (NewsQuant)
                q.end, q.counted = noun
                rules.append("compound")                       # "a 12-room guesthouse"
        if unit == "year":
            if g.old_after.match(text, q.end, end) or _AGE_OF.search(text, max(0, q.start - 12), q.start):
                rules.append("age")                            # "5 years old", "under the age of 5 years"
        elif unit is None:
            if digits and text[q.end : q.end + 1] == " " and (rate := _exchange_rate(text, q, end)):
                unit = rate                                    # "the baht traded at 35.6 to the dollar"
                rules.append("exchange_rate")
            elif _appositive_age(text, q, num, end):
                unit = "year"
                rules.append("age")
            elif "age" in text[max(0, q.start - 20) : q.start].lower() and g.aged_before.search(
                text, max(0, q.start - 20), q.start
            ):
                unit = "year"
                rules.append("age")
    q.unit = unit or "count"
    if q.unit == "times":
        q.kind_hint = "change"
    if kind == "wnum" and q.unit == "count" and not num.scaled and not opt.singular_one and _is_one(raw):
        return None                                            # "one of the ...": what ``_keep`` says
    if lead_at != q.end:
        lead_at, lead = q.end, _lead(text, q.end, end)
    if not _keep(text, q, num, u, raw, kind, end, opt, lead):
        return None
    _approx(text, q, end, lead, page)
    if approx0 and q.approx == "=":
        q.approx = approx0
    q.rules = rules
    if lead in reg.per_lead:                                   # ``_read_per``'s own first test
        _read_per(text, q, end, lead)
    if q.per is None and reg.is_currency(q.unit):
        q.per = _annual(text, q, end, lead)
        if q.per:
            q.rules.append("per_annual")
    rules = q.rules
    if q.unit == "count" and q.counted is None:
        np = _counted(text, q, end, opt)
        if np is None and kind != "num" and _is_one(raw) and not num.scaled:
            np = _of_phrase(text, q.end, end)
            if np is None:
                return None
        if np is not None:
            q.counted = canonical_counted(np.head)
        elif "." in digits and _ratio_before(text, q.start):
            q.unit = "times"                                   # "the ratio of A to B narrowed to 2.19"
            rules.append("ratio")
        elif kind == "wnum":
            om = _NOUN_OR.search(text, max(0, q.start - 40), q.start)
            if om:                                             # "another pick or two", "a day or two"
                known = _REG.word_units.get(om.group("n").lower())
                if known is not None:
                    q.unit = known
                else:
                    q.counted = canonical_counted(singular(om.group("n")))
    q.rules = rules
    return q


def _age(text: str, pos: int, end: int, page: _Page | None = None) -> re.Match[str] | None:
    """``registry().age_re.match(text, pos, end)``: None at once on a page whose lower-cased
    image lacks what every match holds (``UnitRegistry.age_needs``: no "-old", no age)."""
    if page is None:
        page = _page()
    if not page.ages and page.low is not None and text is page.text and page.lo <= pos and end <= page.stop:
        return None
    return _REG.age_re.match(text, pos, end)


@cache
def _after_number_lead() -> frozenset[str]:
    """The leads (``_lead``) after a number with which ``_h_cardinal`` reads anything after it: a
    scale word, an age, a unit or currency, a duration, a range, a shared unit, a hyphen.

    A bare year in digits ("2019") whose lead is none of these nor a letter ("in 2019,", "(2019)",
    "by 2025.") is dropped by ``_keep``: nothing after it makes it other than a bare count (no
    glued unit right after it, no currency before it, no "aged" before it: tested apart), and
    the word after it, which ``_keep`` requires to be a lower-case word, is missing.
    """
    g, reg = _G, _REG
    return (g.scale_word_lead | reg.age_lead | reg.after_lead | g.duration_lead | g.range_tail_lead
            | _SHARED_SEP_LEAD | {"-"})


def _bare_year(text: str, s: int, e: int, end: int, digits: str) -> bool:
    """The bare-year test of ``_h_cardinal`` (which drops the number) made before the number is
    read: where no currency prefix can end before it (nor one with a sign after it: "$-2019"),
    the number has none; its lead being no letter, it has no scale either (a scale word or a
    glued suffix starts with one), so it ends at ``e`` with that lead. Every test between the
    reading and this one drops the number or only changes its value."""
    if not _looks_year(digits):
        return False
    c = text[s - 1 : s]
    if c and c in "-−":
        return False
    if c == " " or c == "\u00a0":
        c = text[s - 2 : s - 1] if s > 1 else ""
    reg = _REG
    if c in reg.prefix_last:
        return False
    lead = _lead(text, e, end)
    return (
        lead not in _after_number_lead() and not lead.isalpha() and text[e : e + 1] not in reg.glued_first
        and "age" not in text[max(0, s - 20) : s].lower()
    )


_HYPHEN_WORD: Final = re.compile(r"-([A-Za-z]+)\b(?!-)")
_DURATION_ADJ: Final = re.compile(r"[ \t]+([A-Za-z]+)(?=[ \t]+[A-Za-z])")


def _ratio_before(text: str, pos: int) -> bool:
    clause = _RX_RATIO_BEFORE_1.split(text[max(0, pos - 90) : pos])[-1].lower()
    return any(re.search(rf"\b{re.escape(w)}\b", clause) for w in _LEX.ratio_words)


_FRACTION_OF_A: Final = re.compile(
    r"(?<![\w-])(?:(?P<n>(?i:a|one|two|three))[ -])?(?P<f>(?i:half|quarters?|thirds?))(?:\s+of)?\s+\Z"
)
_NOUN_OR: Final = re.compile(r"\b(?i:a|an|another|one)\s+(?P<n>[a-z]+)\s+or\s+\Z")


_AGE_OF: Final = re.compile(r"\b(?i:age)\s+of\s+\Z")
_APPOSED_FULL_NAME: Final = re.compile(r"(?<![\w.])[A-Z][a-z]+[ \t][A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?,[ \t]\Z")
_PLACE_PREP: Final = re.compile(r"\b(?i:in|at|from|to|of|near|into|across|around|outside)\s+\Z")
_AGE_END: Final = re.compile(r"[.;)](?:[\s\"”’']|\Z)|[.;)]?\Z")
_APPOSED_NAME: Final = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?,[ \t]\Z")


def _appositive_age(text: str, q: _Q, num: _Num, end: int) -> bool:
    """ "Maddon, 66, said": a whole number set off by commas right after a capitalised name."""
    if not num.digits or not num.digits.isdigit() or not 1 <= num.value <= 119:
        return False
    after = text[q.end : q.end + 1]
    if after == ",":
        m = _APPOSED_NAME.search(text, max(0, q.start - 30), q.start)
    elif _AGE_END.match(text, q.end):                          # "said director Asha Rao, 44."
        m = _APPOSED_FULL_NAME.search(text, max(0, q.start - 40), q.start)
        if m and _PLACE_PREP.search(text, max(0, m.start() - 12), m.start()):
            return False                                       # "a plant in North Dakota, 12."
    else:
        return False
    if not m:
        return False
    return m.group().rstrip(", \t").lower() not in _LEX.months


def _age_unit(s: str) -> str:
    s = s.lower()
    for u in ("month", "week", "day"):
        if u in s:
            return u
    return "year"
