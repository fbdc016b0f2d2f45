"""Reading a table's header cell or row label (``read_label``): a period by the period grammar, a
unit and scale from a parenthetical or trailing unit by the quantity finder ("(billion yuan)",
"(%)", "US$ million"), an indicator by the indicator cues, and the cue words of
``data/tables.yaml`` (kind, target, basis, "Total")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tally.data import load
from tally.extract.carry import end_year, shift_years
from tally.extract.indicators import indicator_of
from tally.extract.numbers import scale_of
from tally.extract.periods import find_periods
from tally.extract.quantities import find_quantities
from tally.model import Quantity
from tally.resolve.entities import Lexicon, classify_name

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PAREN = re.compile(r"\(([^()]*)\)")
Ent = tuple[str, str, str | None]
_TAIL = re.compile(r"(?:,|\bin\b|:)\s*([^,:]+)$")


@dataclass(slots=True, kw_only=True)
class Label:
    words: str = ""                 # the label without its period and unit
    period: str | None = None
    dated: bool = True              # the period was written with its year
    unit: str | None = None
    scale: float = 1.0
    per: str | None = None
    indicator: str | None = None
    irule: str = ""
    kind: str | None = None
    basis: str | None = None
    target: bool = False
    total: bool = False
    entity: Ent | None = None
    qualifier: tuple[str, str] | None = None


@cache
def table_words() -> dict:
    return load("tables")


@cache
def words_rx(*path: str) -> re.Pattern[str]:
    node = table_words()
    for p in path:
        node = node[p]
    alt = "|".join(sorted((re.escape(w) for w in node), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


@cache
def header_types(name: str) -> dict[str, str]:
    return {w.lower(): typ for typ, ws in table_words()[name].items() for w in ws}


@lru_cache(maxsize=512)
def unit_of(s: str) -> tuple[str, float, str | None] | None:
    """(unit, scale, per) of a unit as headers write it: "billion yuan", "%", "10,000 tonnes",
    "US$ million", "yuan per capita"; None when ``s`` is no unit."""
    s = " ".join(s.split())
    if not s or len(s) > 40:
        return None
    toks = s.split(" ")
    scales = [t for t in toks if _is_scale(t)]
    rest = " ".join(t for t in toks if not _is_scale(t))
    cands = [s] if s[0].isdigit() else []
    cands += [f"1 {s}", f"1{s}"]
    if scales and rest:
        sc = " ".join(scales)
        cands += [f"1 {sc} {rest}", f"{rest}1 {sc}", f"{rest} 1 {sc}"]
    for c in cands:
        qs = find_quantities(c)
        if len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(c) and qs[0].value:
            q, value = qs[0], qs[0].value
            if q.unit == "count" and (q.counted or value == 1):
                return None  # "1 enterprises", "1 City": no unit
            return q.unit, value, q.per
    return None


def _is_scale(tok: str) -> bool:
    return scale_of(tok) not in (None, 1.0) and not tok[0].isdigit()


def _unit_in(words: str) -> tuple[tuple[str, float, str | None], str] | None:
    """A unit in a label ("(billion yuan)", ", US$ million", a trailing "%"), and the label without it."""
    for m in _PAREN.finditer(words):
        u = unit_of(m.group(1))
        if u:
            return u, (words[: m.start()] + words[m.end() :]).strip()
        lead, _, rest = m.group(1).partition(" ")
        if rest and (u := unit_of(lead)):  # "(% of GDP)": the unit, and what it is of
            return u, f"{words[: m.start()]}({rest}){words[m.end() :]}".strip()
    tail = _TAIL.search(words)
    if tail and (u := unit_of(tail.group(1))):
        return u, words[: tail.start()].strip()
    toks = words.split()
    for k in range(min(4, len(toks) - 1), 0, -1):  # the longest trailing unit, leaving a word
        u = unit_of(" ".join(toks[-k:]))
        if u and u[0] != "count":
            return u, " ".join(toks[:-k])
    if len(toks) == 1 and not words.isalpha() and (u := unit_of(words)) and u[0] != "count":
        return u, ""
    return None


def read_label(text: str, start: int, end: int, pub: dt.date | None, lex: Lexicon | None = None) -> Label:
    """What a header cell or row label ``text[start:end]`` says of the figures under or beside it."""
    lab = Label()
    times = [t for t in find_periods(text, start, end, published=pub)
             if t.value and t.role in ("explicit", "target")]
    words = text[start:end]
    if times:
        lab.period = one_period([t.value for t in times if t.value])
        lab.dated = bool(_YEAR.search(words)) or "FY" in words
        lab.target = any(t.role == "target" for t in times)
        for t in sorted(times, key=lambda t: -t.start):
            words = words[: t.start - start] + " " + words[t.end - start :]
    words = " ".join(words.replace("()", " ").split())
    said = words  # the kind words may be in the unit's parenthesis ("% of GDP")
    got = _unit_in(words)
    if got:
        (lab.unit, lab.scale, lab.per), words = got
    lab.words = words = words.strip(" ,;:-–")
    for kind in ("rank", "share", "change"):
        if words_rx("kinds", kind).search(said):
            lab.kind = kind
            break
    for basis in ("annual_avg", "yoy"):
        if words_rx("basis", basis).search(words):
            lab.basis, lab.kind = basis, "change"
            break
    lab.target = lab.target or bool(words_rx("target").search(words))
    lab.total = bool(words) and words_rx("total_labels").fullmatch(words.lower()) is not None
    if words and not lab.total:
        q = Quantity(start=0, end=1, text="1", value=1.0, unit=lab.unit or "count")
        ind, rule = indicator_of(q, words + " ", "", lab.kind or "level")
        if ind is not None:
            lab.indicator, lab.irule = ind, rule
        if lex is not None and lab.period is None:
            lab.entity = lex.lookup(words) or classify_name(words)
    return lab


def one_period(values: list[str]) -> str:
    """One period of a label's periods: a year and a part of a year written apart ("2023 H1") are
    that part of that year; a run of parts ("Q1-Q3") spans from the first to the last."""
    years = [v for v in values if "-" not in v]
    parts = [v for v in values if "-" in v]  # months: "2023-01/2023-06", "2022-12"
    if parts and (years or len(parts) > 1):
        # the year written ("2023 H1"), else that of the last part ("Q1-Q3 2022")
        year = end_year(years[-1]) if years else end_year(parts[-1])
        parts = [shift_years(p, year - end_year(p)) for p in parts]
    if len(parts) > 1:
        return parts[0].split("/")[0] + "/" + parts[-1].split("/")[-1]
    return parts[0] if parts else years[-1]


# ---- the table's facts
