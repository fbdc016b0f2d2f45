"""Whether a number read is a quantity (``_keep``): not a date, a year, a name ("Section 427", "Big
Four"), a period ("the first five months"), a frequency ("twice a day"), a time of day ("at
eight") nor a pronoun ("the two").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tally.data import load
from tally.extract.q_context import _word_after, _word_before
from tally.extract.q_nouns import noun_phrase
from tally.extract.q_number import _is_one, _looks_year, _Num
from tally.extract.q_state import _G, _LEX, _Q, _REG, Options
from tally.extract.q_unit_tail import _Unit


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether the word starting at ``pos`` starts a sentence or a line."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n—–-"


_SOMEDAY: Final = re.compile(r",?[ \t]+(?:I|we|you|he|she|they|it|there)\b")
_QUOTE_OPEN: Final = re.compile(r"(?:[\"“‘]|(?<![A-Za-z])')(?:[A-Za-z-]+[ \t]+){0,2}\Z")
_QUOTE_CLOSE: Final = re.compile(r"[\"”’']")


def _quote_before(window: str) -> bool:
    """Whether ``window`` holds an opening quote, which any match of ``_QUOTE_OPEN`` starts with."""
    return '"' in window or "“" in window or "‘" in window or "'" in window


@cache
def _time_word_end_re() -> re.Pattern[str]:
    return re.compile(r"-\s*(?i:" + _G.time_words + r")$")


def _keep(text: str, q: _Q, num: _Num, u: _Unit | None, raw: str, kind: str, end: int,
          opt: Options, lead: str | None = None) -> bool:
    """Filters out numbers that are dates, years, names, periods, not quantities. ``lead``:
    ``_lead`` at ``q.end`` if known (the word after is read only where it is a letter)."""
    lex = _LEX
    reg = _REG
    bare = q.unit == "count" and not num.currency and not num.scaled and q.value_high is None
    if not bare and kind != "wnum" and q.unit not in reg.time_units:
        # digits (or "a") with a unit, currency, scale or range: of the checks below, only the
        # frequency and the unit-name ones apply (the rest are for bare numbers, number words
        # and time units)
        if q.unit == "times" and _frequency_after(text, q.end, end):
            return False
        return not (u is not None and "-" in text[num.end : u.end] and _unit_name_after(text, q.end, end))
    if bare and num.digits or q.unit in reg.time_units or kind == "wnum":
        pw = _word_before(text, q.start)
        prev = pw.lower().rstrip(".")
        # ``word_after`` skips blanks (one line break at most) to an ASCII letter: where the first
        # visible character is none, it finds no word
        nxt = _word_after(text, q.end, end) if lead is None or "a" <= lead <= "z" else ""
    else:
        pw = prev = nxt = ""                                   # the words around are read only in those cases
    if bare and num.digits:
        if prev in lex.months or nxt.lower().rstrip(".") in lex.months:
            return False                                       # "April 30", "30 April"
        if _looks_year(num.digits) and (
            prev in lex.year_words or not nxt.islower() or noun_phrase(text, q.end, plural=True) is None
        ):
            return False                                       # "in 2019", "the 2019 Rich List"
        if pw and prev in lex.name_words:
            return False                                       # "Section 427", "Game 2"
        if prev == "top" and q.value in lex.ranking_list_sizes and _LIST_OWNER.search(
            text, max(0, q.start - 40), q.start
        ):
            return False                                       # "the world's top 500 companies"
        if pw and (
            pw[0].isupper() or not pw[1:].islower() and any(c.isupper() for c in pw[1:])   # islower: none
        ) and not _POSSESSIVE.search(pw):
            if pw.lower() not in lex.approximators and pw.lower() not in _FUNCTION_CAPS:
                return False                                   # "Fortune 100", "Trust 100"
        if nxt[:1].isupper() and noun_phrase(text, q.end, plural=True) is None:
            if nxt not in ("Chinese",):
                return False                                   # "100 Trust", "1033 BC"
    if q.unit in reg.time_units:
        span_text = text[q.start : q.end]
        if "-" in span_text and kind != "num" or "-" in span_text and _time_word_end_re().search(span_text):
            if "age" not in (q.rules or []):
                return False                                   # "five-month period", "13th Five-Year"
        if nxt.lower() in lex.time_after and not opt.period_durations:
            return False                                       # "nine years ago"
        if not opt.period_durations and (prev in lex.period_words or prev == "the"):
            return False                                       # "the first five months"
    if kind == "wnum" and raw[:1].isupper() and not _sentence_initial(text, q.start):
        return False                                           # "the Kick Six", "BBC One"
    if bare and text[q.start - 1 : q.start] == "(" and text[q.end : q.end + 1] == ")":
        return False                                           # "Dak Prescott (4)": a number worn
    if kind == "wnum" and prev == "other":
        return False                                           # "the other two"
    if kind == "wnum" and _is_one(raw) and q.unit == "day" and _SOMEDAY.match(text, q.end, end):
        return False                                           # "one day I will": some day
    if (
        bare
        and _quote_before(text[max(0, q.start - 30) : q.start])
        and _QUOTE_OPEN.search(text, max(0, q.start - 30), q.start)
        and _QUOTE_CLOSE.match(text, q.end, end)
    ):
        return False                                           # the "new three", the 'Big Four': a name
    if kind == "wnum" and _is_one(raw) and q.unit == "count" and not num.scaled:
        return opt.singular_one
    if q.unit == "times" and _frequency_after(text, q.end, end):
        return False                                           # "three times a week": a frequency
    if bare and kind == "wnum" and _clock_time(text, q.start, q.end, end):
        return False                                           # "opens at eight": a time of day
    if u is not None and "-" in text[num.end : u.end] and _unit_name_after(text, q.end, end):
        return False                                           # "twenty-foot equivalent units"
    if bare and kind == "wnum" and _ANAPHORIC_THE.search(text, max(0, q.start - 20), q.start) and (
        noun_phrase(text, q.end, plural=True) is None
    ) and not _G.of_after.match(text, q.end, end):
        return False                                           # "the ratio between the two": a pronoun
    return True


_ANAPHORIC_THE: Final = re.compile(r"\b(?i:between|of|for|and|both)\s+the\s+\Z")


_FREQUENCY: Final = re.compile(r"[ \t]+(?:(?:a|an|per|every|each)[ \t]+)?([A-Za-z]+)\b")


def _frequency_after(text: str, pos: int, end: int) -> bool:
    """ "twice a day", "three times per week", "twice weekly": how often, not how much."""
    lex = load("numbers")
    m = _FREQUENCY.match(text, pos, end)
    if not m:
        return False
    w = m.group(1).lower()
    if m.group(0).strip().lower() == w:                        # no article: only an adverb counts
        return w in lex.get("frequency_adverbs", [])
    if _word_after(text, m.end(), end).lower() in _LEX.time_after:
        return False                                           # "3.5 times a year earlier"
    return w in lex.get("frequency_units", [])


# the words around a number word that make it a time of day (numbers.yaml), read once: a set and
# a tuple for ``str.startswith`` (compiled: no generator made and run per number word)
_CLOCK_BEFORE: Final = frozenset(str(w) for w in load("numbers").get("clock_before", []))
_CLOCK_AFTER: Final[tuple[str, ...]] = tuple(str(w) for w in load("numbers").get("clock_after", []))


def _clock_time(text: str, start: int, stop: int, end: int) -> bool:
    if _word_before(text, start).lower() in _CLOCK_BEFORE:
        return True
    tail = " ".join(text[stop : min(end, stop + 24)].lower().split())
    return tail.startswith(_CLOCK_AFTER)


def _unit_name_after(text: str, pos: int, end: int) -> bool:
    return _word_after(text, pos, end).lower() in load("numbers").get("unit_name_after", [])


_LIST_OWNER: Final = re.compile(r"\w(?:['’]s|s['’])\s+(?i:top)\s+\Z")
_POSSESSIVE: Final = re.compile(r"(?:['’]s|s['’])\Z")   # "Spain's 17 autonomous communities"
_FUNCTION_CAPS: Final = frozenset(
    "the a an in on at for to from by with of and or but as with while since after before "
    "during totally nearly about some more than over up at least only just".split()
)
