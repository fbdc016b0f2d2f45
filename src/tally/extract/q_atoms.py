"""The handlers of the atoms other than cardinals: ordinals and ranks ("third", "top", "the UK's
largest"), fractions ("two-thirds", "half a percentage point"), multiples ("doubled", "twice"),
vague numbers ("hundreds of"), "a couple of", "about a year", scientific notation, "-fold" and
slashed fractions ("3/4 of a mile").
"""

from __future__ import annotations

import re
from typing import Final

from tally.extract.numbers import parse_number, parse_words
from tally.extract.q_approx import _approx, _approx_before
from tally.extract.q_context import _word_after, _word_before
from tally.extract.q_keep import _frequency_after
from tally.extract.q_nouns import canonical_counted, noun_phrase
from tally.extract.q_state import _G, _LEX, _Q, _REG, Options
from tally.extract.q_unit_tail import _read_unit

# patterns of the re calls below, compiled once
_RX_H_FRACTION_1: Final = re.compile(r"[ -]")

# after a fraction word, a percentage point or a percent it is a part of ("half a percentage point")
_FRACTION_OF_A_POINT: Final = re.compile(
    r"\s+(?:of\s+)?an?\s+(percentage[ -]points?|percent|per\s+cent)\b", re.IGNORECASE
)
_RX_H_SLASH_1: Final = re.compile(r"\s*[/⁄]\s*")
_RX_H_ORDINAL_1: Final = re.compile(r"\d+")
_RX_H_FOLD_1: Final = re.compile(r"-?fold$", re.I)


def _h_ordinal(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    if not opt.ranks:
        return None
    raw = text[s:e]
    lex = _LEX
    base = _RX_H_FRACTION_1.split(raw, maxsplit=1)[0].lower()
    value = lex.ordinals.get(base)
    if value is None:
        digits = _RX_H_ORDINAL_1.match(base)
        if not digits:
            return None
        value = int(digits.group())
    superl = raw.lower() != base
    q = _Q(s, e, float(value), unit="rank", kind_hint="rank", rules=["ordinal"])
    if superl:
        q.rules.append("superlative")
        _approx(text, q, end)
        return q
    nxt = _word_after(text, e, end).lower()
    if nxt in lex.ordinal_blockers or text[e : e + 1] == "-":
        return None
    if _rank_verb_before(text, s):
        q.rules.append("rank_verb")
        return q
    prev = _word_before(text, s).lower()
    if prev != "the":
        return None
    # "the first province in China to ...", "the first in China"
    pos = e
    stops = {"in", "nationwide", "worldwide", "globally", "among", "across", "to", "on"}
    for _ in range(4):
        w = _word_after(text, pos, end)
        if not w:
            return None
        lw = w.lower()
        if lw in stops:
            q.rules.append("the_ordinal_in")
            return q
        if lw in _STOP_RANK:
            return None
        pos = text.index(w, pos) + len(w)
    return None


def _rank_verb_before(text: str, pos: int) -> bool:
    """Whether ``rank_before`` is found in the 40 characters before ``pos``: only where a blank
    ends them (its match ends with ``\\s+``), and searched from the first of their last
    ``rank_before_words`` runs of non-blanks (a match spans at most that many and ends the window;
    the regex reads the text before its start as before)."""
    if pos == 0 or not text[pos - 1].isspace():
        return False
    g = _G
    lo = max(0, pos - 40)
    parts = text[lo:pos].rsplit(None, g.rank_before_words)
    if len(parts) > g.rank_before_words:
        lo = text.find(parts[1], lo + len(parts[0]))           # (only blanks between)
    return g.rank_before.search(text, lo, pos) is not None


_STOP_RANK: Final = frozenset(
    "of that which who for from with by at as and or is was are were has have had".split()
)


def _h_top(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    if not opt.ranks:
        return None
    if not _rank_verb_before(text, s):
        return None
    if _word_before(text, s).lower() not in _LEX.rank_verbs:
        return None
    return _Q(s, e, 1.0, unit="rank", kind_hint="rank", rules=["top"])


_ONE_OF: Final = re.compile(
    r"\b(?i:(?:one|some|several|many|any|two|three|four|five|most|all)\s+of|among|amongst)\s+\Z"
)


def _h_superlative(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    """ "the UK's largest light rail system", "has been the largest exporter": rank 1."""
    if not opt.ranks:
        return None
    om = _owner_before(text, s)
    if not om or _ONE_OF.search(text, max(0, om.start() - 20), om.start()):
        return None                                            # "one of Spain's largest banks"
    if noun_phrase(text, e, plural=True) is not None:
        return None                                            # "the country's largest exporters"
    return _Q(
        s, e, 1.0, unit="rank", kind_hint="rank", rules=["superlative", "bare_superlative"]
    )


def _owner_before(text: str, pos: int) -> re.Match[str] | None:
    """``rank_owner`` searched in the 40 characters before ``pos``: only where they end, before
    the blanks, as each of its matches does there (an "'s" or "’s", or "the" in any case)."""
    lo = max(0, pos - 40)
    core = text[lo:pos].rstrip(" \t\n")
    if not core.endswith(("'s", "’s")) and core[-3:].lower() != "the":
        return None
    # a match spans at most ``rank_owner_words`` runs of non-blanks (``\s`` is ``str.isspace``) and
    # ends the window: it starts in one of its last that many, so the search starts at the first
    # of them (the same first match: the regex reads the text before its start as before)
    g = _G
    parts = core.rsplit(None, g.rank_owner_words)
    if len(parts) > g.rank_owner_words:
        lo = text.find(parts[1], lo + len(parts[0]))           # (only blanks between)
    return g.rank_owner.search(text, lo, pos)


def _h_fraction(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    lex = _LEX
    raw = text[s:e].lower()
    parts = _RX_H_FRACTION_1.split(raw)
    frac = lex.fractions.get(parts[-1])
    if frac is None:
        return None
    mult = 1.0
    if len(parts) > 1:
        mult = parse_words(parts[0]) or 1.0
    if _G.of_a_scale.match(text, e, end):
        return None                                            # "a quarter of a million": one number
    pm = _FRACTION_OF_A_POINT.match(text, e, end) if text[e : e + 1].isspace() else None
    if pm:                                                     # "half a percentage point" = 0.5 points
        unit = "percentage_point" if "point" in pm.group(1).lower() else "percent"
        q = _Q(s, pm.end(), round(frac * mult / 100, 4), unit=unit)
        q.rules = ["fraction", "fraction_of_unit"]
        _approx(text, q, end)
        return q
    prev = _word_before(text, s).lower()
    if prev in (
        "first", "second", "latter", "former", "last", "next", "this", "same", "other", "each", "the"
    ):
        return None
    # a share written as a fraction is read to one decimal, as reporters and annotators write it
    # ("a third" = 33.3, "two-thirds" = 66.7)
    q = _Q(s, e, round(frac * mult, 1), unit="percent", kind_hint="share", rules=["fraction"])
    _approx(text, q, end)
    return q


def _h_multiple(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    if not opt.multiples:
        return None
    lex = _LEX
    word = text[s:e].lower()
    v = lex.multiples.get(word)
    if v is None:
        return None
    if word in lex.multiple_adjectives:
        nxt = _NEXT_WORD.match(text, e, end)
        if not nxt or nxt.group(1).lower() not in lex.multiple_next:
            return None                                        # "double digits", "triple-A"
    if _frequency_after(text, e, end):
        return None                                            # "twice a day": a frequency
    q = _Q(s, e, v, unit="times", kind_hint="change", rules=["multiple"])
    _approx(text, q, end)
    return q


def _h_vague(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    lex = _LEX
    raw = text[s:e].lower()
    base = lex.vague.get(raw.split()[-1], 1.0)
    if raw.startswith(lex.vague_tens):
        base *= 10
    q = _Q(s, e, None, approx="~", rules=["vague", f"vague:{base:g}"])
    after = _G.of_after.match(text, e, end)
    if after:
        u = _read_unit(text, after.end() - 1, end, glued_ok=False)
        if u and _REG.is_time(u.unit):
            if _word_after(text, u.end, end).lower() in lex.time_after:
                return None                                    # "hundreds of years ago"
            q.unit = u.unit
        elif u and u.rule in ("currency", "unit"):
            q.unit = u.unit
        else:
            np = noun_phrase(text, after.end() - 1, plural=True)
            if np:
                q.counted = canonical_counted(np.head)
    _approx(text, q, end)
    return q


def _h_couple(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    """ "a couple of years" (about 2 years), "another couple of hires": an approximate number."""
    word = text[s:e].split()[-2].lower()
    value = (_LEX.approximate_numbers or {}).get(word)
    if value is None:
        return None
    q = _Q(s, e, value, approx="~", rules=["approximate_number"])
    u = _read_unit(text, e, end, glued_ok=False)
    if u and u.rule == "unit":
        q.unit, q.end = u.unit, u.end
    else:
        np = noun_phrase(text, e, plural=True)
        if np is None:
            return None
        q.counted = canonical_counted(np.head)
        q.end = s + len(text[s:e].rsplit(None, 1)[0])  # the span stops before "of"
    if _word_after(text, q.end, end).lower() in _LEX.time_after:
        return None                                            # "a couple of years ago"
    a = _approx_before(text, q.start)
    if a:
        q.approx = a[0]
    return q


def _h_aunit(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    a = _approx_before(text, s)
    if not a:
        return None
    u = _read_unit(text, e, end, glued_ok=False)
    if not u or u.unit not in _REG.time_units:
        return None
    if _word_after(text, u.end, end).lower() in _LEX.time_after:
        return None
    q = _Q(s, u.end, 1.0, unit=u.unit, approx=a[0], rules=["a_unit"])
    return q


_NEXT_WORD: Final = re.compile(r"[ \t]+(?:\n[ \t]*)?([A-Za-z]+)\b")

_SCI: Final = re.compile(r"(?P<m>\d+(?:\.\d+)?)\s*[×xX]\s*10\s*(?:\^|\*\*)?\s*(?P<e>[−-]?\s*\d{1,3})")


def _h_sci(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    """ "2.998×10−8 meters per second": scientific notation."""
    sm = _SCI.fullmatch(text[s:e])
    assert sm is not None  # the atom is this pattern
    exp = int(sm.group("e").replace("−", "-").replace(" ", ""))
    try:
        value = float(sm.group("m")) * 10.0**exp
    except OverflowError:
        return None  # "3x10^512": beyond any float, so no figure a report could mean
    q = _Q(s, e, value, rules=["scientific"])
    u = _read_unit(text, e, end, glued_ok=True)
    if u:
        q.unit, q.end = u.unit, u.end
    _approx(text, q, end)
    return q


def _h_fold(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    v = parse_number(_RX_H_FOLD_1.sub("", text[s:e]))
    if v is None:
        return None
    q = _Q(s, e, v, unit="times", kind_hint="change", rules=["fold"])
    _approx(text, q, end)
    return q


_OF_A_THE: Final = re.compile(r"\s+of\s+(?:an?|the)\b")


def _h_slash(text: str, kind: str, s: int, e: int, end: int, opt: Options) -> _Q | None:
    """ "1/2 pound", "3/4 of a mile": a fraction with a unit (dates like 9/11 have none)."""
    a, b = _RX_H_SLASH_1.split(text[s:e])
    if int(b) == 0:
        return None
    pos = e
    om = _OF_A_THE.match(text, pos, end)
    u = _read_unit(text, om.end() if om else pos, end, glued_ok=False)
    if not u or u.rule not in ("unit", "currency"):
        return None
    q = _Q(s, e if om else u.end, int(a) / int(b), unit=u.unit, rules=["slash"])
    _approx(text, q, end)
    return q
