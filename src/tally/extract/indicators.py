"""The indicator of a figure (an id of shared/spec/indicators.yaml), from cue words.

Order of evidence:
1. a unit that decides by itself (hectares → area, km → length, a duration → duration);
2. for counts, the counted noun ("research projects" → projects), with goods ("solar cells",
   "robots") taking the indicator from the verb around them (exported → exports);
3. the best-scoring cue word in the window around the figure (``data/indicator_cues.yaml``):
   weight minus a distance penalty, cues after the figure cost more;
4. nothing: the caller may carry the indicator of a neighbouring figure, else ``other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final

from tally.data import load
from tally.extract.kinds import Quick, _ascii_lowered, _backreferences, matches_at_words
from tally.extract.q_units import registry
from tally.gates import Automaton, Gated, fold, gate_back, gate_of, lower_twin, trie_branches, width
from tally.model import Quantity
from tally.resolve.repeats import ended


@dataclass(slots=True, frozen=True)
class Cue:
    rx: re.Pattern[str]
    id: str
    w: float
    levels_only: bool
    changes_only: bool
    money_only: bool = False
    where: str = "both"  # both | before | after
    no_money: bool = False
    kinds: tuple[str, ...] = ()
    no_count: bool = False


def _is_money(unit: str) -> bool:
    """Is ``unit`` a currency code ("USD", "EUR/t"): its part before the first "/" three capitals?
    (Sliced, not split: no list made per figure.)"""
    n = len(unit)
    if n < 3 or (n > 3 and unit[3] != "/"):
        return False
    code = unit[:3]
    return "/" not in code and code.isupper()


@cache
def _table() -> dict:
    return load("indicator_cues")


# ``_rx``'s, by name: as they are and on word boundaries (built once per process: no text key)
_QUICKS: Final[dict[str, Quick]] = {}
_QUICKS_WORDS: Final[dict[str, Quick]] = {}


def _rx(name: str, words: bool = False) -> Quick:
    """The table's pattern ``name``, compiled once (case-insensitive; ``words``: on word boundaries).
    (Dicts keyed by the name, not ``functools.cache``: a look-up here is cheaper than the cache
    wrapper's call, and than a key tuple made and hashed per call.)"""
    quicks = _QUICKS_WORDS if words else _QUICKS
    quick = quicks.get(name)
    if quick is None:
        src = _table()[name]
        quick = Quick.of(re.compile(rf"\b(?:{src})\b" if words else src, re.IGNORECASE))
        quicks[name] = quick
    return quick


@cache
def _goods_verbs() -> tuple[tuple[Quick, str], ...]:
    return tuple(
        (Quick.of(re.compile(rf"\b(?:{g['re']})\b", re.IGNORECASE)), g["id"]) for g in _table()["goods_verbs"]
    )


@cache
def _weights() -> tuple[float, float, float, int, int]:
    """distance, after and clause penalties; the window before and after a figure."""
    t = _table()
    return (
        float(t["distance_penalty"]),
        float(t["after_penalty"]),
        float(t["clause_penalty"]),
        int(t["window_before"]),
        int(t["window_after"]),
    )


_HEAD_SPLIT: Final = re.compile(r"\s+(?:of|for|in|with|on)\s+")
_BROKEN: Final = re.compile(r"(\w)-\s*\n\s*(\w)")
_NUMBER_OF: Final = Quick.of(re.compile(r"\bnumber of\b", re.IGNORECASE))
_THAN: Final = re.compile(r"\bthan\b")
_SPEED: Final = re.compile(r"\s*(?:per|an|a|/)\s*(?:hour|h)\b", re.IGNORECASE)
_AGE_BEFORE: Final = re.compile(r"\b(?:aged?|years? old|age of)\b", re.IGNORECASE)
_OLD_AFTER: Final = re.compile(r"\s*old\b", re.IGNORECASE)
_RANK_HEAD: Final = re.compile(r"^[\s-]*(?:such\s+)?((?:[\w-]+\s+)?[\w-]+)")
_STOP: Final = re.compile(r"[.;]")
# words opening the set a rank is taken in, after the rank ("ranking first among cities")
_RANK_SET_WORDS: Final = frozenset(("among", "in", "across", "within", "of", "nationwide", "worldwide"))
_PER_CAPITA_TAIL: Final = re.compile(
    r"\s*(?:per|a|an|each)\s+(?:head|person|capita|resident|inhabitant|citizen)\b", re.IGNORECASE
)
_OF_THEM: Final = re.compile(r"\s*of\s+(?:them|these|those|which)\b", re.IGNORECASE)


@cache
def _cues() -> list[Cue]:
    return [
        Cue(
            re.compile(
                ("" if c["re"].startswith("^") else r"\b")
                + rf"(?:{c['re']})"
                + ("" if c["re"].endswith("$") else r"\b"),
                re.IGNORECASE,
            ),
            c["id"],
            float(c["w"]),
            bool(c.get("levels_only")),
            bool(c.get("changes_only")),
            bool(c.get("money_only")),
            str(c.get("where", "both")),
            bool(c.get("no_money")),
            tuple(c.get("kinds") or ()),
            bool(c.get("no_count")),
        )
        for c in _table()["cues"]
    ]


@cache
def _counted_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for ind, nouns in _table()["counted"].items():
        for n in nouns:
            out[n.lower()] = ind
    return out


def _singular(noun: str) -> str:
    n = noun.lower().strip()
    for a, b in (("ies", "y"), ("ses", "s"), ("s", "")):
        if n.endswith(a) and len(n) > 3:
            return n[: -len(a)] + b
    return n


def fits(indicator: str, unit: str) -> bool:
    """Whether a figure in ``unit`` may take ``indicator`` from another figure: an amount of
    money never takes the indicator of a count of people or things (``count_indicators``)."""
    return indicator not in _count_indicators() or not registry().is_currency(unit)


@cache
def _count_indicators() -> frozenset[str]:
    return frozenset(_table()["count_indicators"])


def by_counted(counted: str | None, before: str, after: str) -> tuple[str, str] | None:
    if not counted:
        return None
    noun = counted.lower().strip()
    cmap = _counted_map()
    # the head of "memorandums of understanding" is "memorandums" (a noun of one word, with no
    # white space, is its own: the split needs some)
    words = noun.split()
    if len(words) > 1:
        noun = _HEAD_SPLIT.split(noun, maxsplit=1)[0]
        words = noun.split()
    head = words[-1]
    ind = cmap.get(noun) or cmap.get(head) or cmap.get(_singular(head))
    if ind != "enterprises" and _rx("capacity_context", True).has(before[-60:]):
        return "capacity", "indicator:counted-in-capacity-context"
    # the words around the figure (``_around``), made only when a test below reads them
    ctx = ""
    students = _students()
    if head in students or noun in students or _students_after(after):
        ctx = _around(before, after)
        if _rx("enrollment_context", True).has(ctx):
            return "enrollment", "indicator:students-admitted"
    if ind == "population":
        ctx = ctx or _around(before, after)
        if _rx("job_context", True).has(ctx) and not _rx("training_context", True).has(ctx):
            return "jobs", "indicator:counted-in-job-context"
    if ind:
        return ind, f"indicator:counted:{head}"
    # a good: the verb decides
    ctx = ctx or _around(before, after)
    for rx, gid in _goods_verbs():
        if rx.has(ctx):
            return gid, f"indicator:goods-{gid}"
    return None  # undecided here: a wider window or the caller's default (count) decides


@cache
def _students() -> frozenset[str]:
    """The table's nouns of students (a set: looked up by hash, not compared one by one)."""
    return frozenset(_table()["students"])


def _students_after(after: str) -> bool:
    """``_rx("students_after").starts(after)``, asked only when the text holds one of the literals of
    the pattern's gate (``_students_lits``), one of which every match holds: the anchored pattern
    has no gate of its own, and its try at the start costs more than these look-ups."""
    lits = _students_lits()
    if lits is not None:
        low = fold(after)
        for lit in lits:
            if lit in low:
                return _rx("students_after").starts(after)
        return False
    return _rx("students_after").starts(after)


@cache
def _students_lits() -> tuple[str, ...] | None:
    """The literals of the gate of ``students_after`` (``gates.gate_of``), None when it has none."""
    lits = gate_of(_rx("students_after").rx)
    return tuple(sorted(lits)) if lits else None


def _around(before: str, after: str) -> str:
    """The words just before and after a counted figure, joined ("em-\\nploys" is "employs")."""
    return _join_broken(before[-90:]) + " " + _join_broken(after[:60])


def _join_broken(text: str) -> str:
    """A word hyphenated across a line break, joined again."""
    # most windows have no broken word: found by one search, before re's template substitution
    if "\n" not in text or "-" not in text or _BROKEN.search(text) is None:
        return text
    return _BROKEN.sub(r"\1\2", text)


# the table's indicator per unit that decides by itself, read once (``by_unit``; a typed dict: a
# look-up in C, not the table's generic one behind a cache wrapper per figure)
_UNITS: Final[dict[str, str]] = {}


def by_unit(unit: str) -> str | None:
    units = _UNITS
    if not units:
        units.update(_table()["units"])
    return units.get(unit)


def _clauses_between(text: str, pos: int = 0) -> int:
    """How many clause boundaries ``text[pos:]`` (between a cue and the figure) crosses. (The
    pattern reads nothing before where it matches, so a search from ``pos`` is one of the slice.)"""
    return len(_battery().clause_break.findall(text, pos))


def by_cues(
    before: str, after: str, *, kind: str, is_count: bool, money: bool = False
) -> tuple[str, str, float] | None:
    """Best cue around a figure: (indicator, rule, score). Nearer cues and cues in the figure's
    own clause win: each clause boundary between a cue and the figure costs ``clause_penalty``."""
    t = _battery()
    b = _join_broken(before[-t.window_before :])  # "em-\nploys" is "employs"
    a = _join_broken(after[: t.window_after])
    # only the cues one of whose literals is in a window can match there (the others are skipped);
    # one battery of all cues is scanned, the cues this figure may not use are dropped after.
    # (Each window's case and lower case are read once here, for the scans and the twins below.)
    ascii_b, ascii_a = b.isascii(), a.isascii()
    low_b = b.lower()
    low_a = a.lower() if a and ascii_a else ""
    gated = t.gated
    last_b: dict[int, int] | None
    if ascii_b and ascii_a and gated.scan is not None and not gated.any_always:
        # (``_first_last_ends(gated, b)`` and ``gated.ends(a)``, in one pass: see ``_both_ends``)
        ends_b, last_b, ends_a = _both_ends(gated.scan, low_b, low_a)
    else:
        ends_b, last_b = _first_last_ends(gated, b)
        ends_a = gated.ends(a) if a else {}
    if not ends_b and not ends_a:
        return None  # no cue can match in either window
    # "the number of" before the figure: read only when a cue found is one only a level may use
    # (``levels`` makes no other cue usable or not)
    lo = t.levels_only
    levels = is_count or (
        not (lo.isdisjoint(ends_b) and lo.isdisjoint(ends_a)) and _NUMBER_OF.has(b[-80:])
    )
    usable = _usable_mask(levels, kind, money, is_count)
    in_b: list[int] = []  # (loops, not comprehensions: no function called per figure)
    for i in ends_b:
        if usable[i]:
            in_b.append(i)
    in_a: list[int] = []
    for i in ends_a:
        if usable[i]:
            in_a.append(i)
    if not in_b and not in_a:
        return None
    cues, width = t.cues, t.width
    # each cue's matches before the figure are found once, searched from where the first can start
    # (a match holds one of the cue's literals, and is no wider than the cue's widest match); a
    # cue's twin finds the same spans on the lower-cased window (only the lower-cased text is used)
    found_b: dict[int, list[re.Match[str]]] = {}
    spans_b: list[tuple[int, int, float]] = []
    if in_b:
        in_b.sort()
        twins = t.twins
        on_b = low_b
        if not ascii_b:
            # the twins read a window that is not ASCII with its ASCII letters alone lower-cased,
            # when that finds the cue's own spans (``kinds._ascii_lowered``)
            lowered = _ascii_lowered(b)
            twins = t.no_twins if lowered is None else t.mixed_twins
            on_b = b if lowered is None else lowered
        reach = t.reach
        len_on = len(b)
        last_i = 0  # (the last literal end of the cue searched: set with ``stop``)
        for i in in_b:
            twin = twins[i]
            at = ends_b[i] - width[i]
            if at < 0:
                at = 0
            # the first match searched alone (most cues match once or not at all): the matches
            # after it are ``finditer``'s, which goes on where a (non-empty) match ends
            rx, on = (twin, on_b) if twin is not None else (cues[i].rx, b)
            # a match starts before the last literal end (it holds a literal): the search need not
            # read further than a match from there reaches (``_Battery.reach``); one it finds
            # starting later is none (the text cut short there may end a word the text goes on)
            stop = len_on
            if last_b is not None and reach[i] >= 0:
                last_i = last_b[i]
                stop = last_i - 1 + reach[i]
            if stop < len_on:
                m = rx.search(on, at, stop)
                if m is not None and m.start() >= last_i:
                    m = None
            else:
                m = rx.search(on, at)
            if m is None:
                continue
            w = cues[i].w
            spans_b.append((m.start(), m.end(), w))
            # a match after this one holds a literal ending after this one's end: none, no search
            nxt = rx.search(on, m.end()) if last_b is None or last_b[i] > m.end() else None
            if nxt is None:
                found_b[i] = [m]
                continue
            found = [m, nxt, *rx.finditer(on, nxt.end())]
            found_b[i] = found
            spans_b.extend([(x.start(), x.end(), w) for x in found[1:]])
    several = len(spans_b) > 1
    len_b = len(b)
    pen, clause_pen, clause_break = t.pen, t.clause_pen, t.clause_break
    # the best positive score so far and its cue: a match scoring no more changes nothing (the
    # first of equal scores wins; a best of no more than 0 is none), so a match whose score
    # before the clause penalty is no more is skipped unscored (when that penalty can only lower it)
    prune = clause_pen >= 0
    last_mark = -2  # where the last literal of the clause break's gate starts (-2: not looked up)
    top = 0.0
    best: tuple[str, str] | None = None
    # cue order: the first of equal scores wins
    twins_a, on_a = t.twins, low_a
    if in_a and not ascii_a:
        lowered_a = _ascii_lowered(a)  # (as the window before's, ``on_b``)
        twins_a = t.no_twins if lowered_a is None else t.mixed_twins
        on_a = a if lowered_a is None else lowered_a
    for i in sorted({*in_a, *found_b}) if in_a else found_b:
        cue = cues[i]
        if cue.where != "after" and i in found_b:
            w = cue.w
            for m in found_b[i]:
                end = m.end()
                score = w - pen * (len_b - end)
                if score <= top and prune:
                    continue
                # a cue inside a longer one, or overlapping one before it of no less weight, yields
                # to it (a match alone in the window yields to nothing: its own span is neither)
                if several and _yields(m.start(), end, w, spans_b):
                    continue
                # (``_clauses_between(b, end)``: none when no literal of the pattern's gate starts
                # at or after ``end``, told by the last one in the lower-cased window, found once)
                if last_mark == -2:
                    last_mark = _last_literal(low_b, t.clause_lits) if ascii_b else len_b
                if end <= last_mark:
                    score = score - clause_pen * len(clause_break.findall(b, end))
                if score > top:
                    top, best = score, (cue.id, m.group(0))
        if cue.where == "before" or i not in ends_a:
            continue
        twin = twins_a[i]
        at = ends_a[i] - width[i]
        found_a = (
            twin.finditer(on_a, at if at > 0 else 0)
            if twin is not None
            else cue.rx.finditer(a, at if at > 0 else 0)
        )
        for m in found_a:
            score = cue.w - t.after_pen - pen * m.start()
            if score > top:
                top, best = score, (cue.id, m.group(0))
    if best is None:
        return None
    return best[0], f"indicator:cue:{best[1].lower()}", top


# an occurrence ``Gated.scan.iter`` yields: where it ends (its last character) and the literal's
# value, its length and the rules (cue indices) it opens
_Hit = tuple[int, tuple[int, tuple[int, ...]]]


def _first_last_ends(gated: Gated, text: str) -> tuple[dict[int, int], dict[int, int] | None]:
    """``gated.ends(text)``, and for an ASCII text each rule's last literal end (where the last
    occurrence of one of its literals ends), else None."""
    scan = gated.scan
    if scan is None or gated.any_always or not text.isascii():
        return gated.ends(text), None
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    # (as ``Gated.ends``: the occurrences come by where they end, ``text.lower()`` has its offsets)
    hit: _Hit  # (typed: the compiled build reads its parts as a tuple and ints, not generic objects)
    for hit in scan.iter(text.lower()):
        end = hit[0] + 1
        for r in hit[1][1]:
            if r not in first:
                first[r] = end
            last[r] = end
    return first, last


def _both_ends(
    scan: Automaton, low_b: str, low_a: str
) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """``_first_last_ends`` of the window before (its first and last literal ends per rule) and
    ``Gated.ends`` of the window after, for two ASCII windows given lower-cased, from one scan of
    both joined by a character no literal holds (no occurrence spans it): an occurrence ending in
    the first is the window before's, one ending after the joint the window after's."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    hit: _Hit  # (typed: the compiled build reads its parts as a tuple and ints, not generic objects)
    if not low_a:
        for hit in scan.iter(low_b):
            end = hit[0] + 1
            for r in hit[1][1]:
                if r not in first:
                    first[r] = end
                last[r] = end
        return first, last, {}
    after: dict[int, int] = {}
    cut = len(low_b)  # (the joint's offset)
    for hit in scan.iter(low_b + "\x00" + low_a):
        at = hit[0]
        if at < cut:
            end = at + 1
            for r in hit[1][1]:
                if r not in first:
                    first[r] = end
                last[r] = end
        else:
            end = at - cut  # (at + 1, less the window before and the joint)
            for r in hit[1][1]:
                if r not in after:
                    after[r] = end
    return first, last, after


def _last_literal(low: str, lits: tuple[str, ...] | None) -> int:
    """Where the last occurrence of one of ``lits`` starts in ``low`` (-1: none); ``len(low)`` when
    ``lits`` is None (no gate: a match may start anywhere)."""
    if lits is None:
        return len(low)
    out = -1
    for lit in lits:
        k = low.rfind(lit)
        if k > out:
            out = k
    return out


def _yields(start: int, end: int, w: float, spans: list[tuple[int, int, float]]) -> bool:
    for s, e, sw in spans:  # (a loop, not ``any``: no generator made per match)
        if (s <= start and end <= e and (e - s) > (end - start)) or (s < start < e and sw >= w):
            return True
    return False


@lru_cache(maxsize=64)
def _usable_cues(levels: bool, kind: str, money: bool, count: bool = False) -> tuple[Cue, ...]:
    """The cues that may type a figure of this kind (a level or count, money or not)."""
    return tuple(
        c
        for c in _cues()
        if not (c.levels_only and not levels)
        and not (c.changes_only and kind not in ("change", "ratio"))
        and not (c.money_only and not money)
        and not (c.no_money and money)
        and not (c.kinds and kind not in c.kinds)
        and not (count and (c.no_count or c.id in _table()["money_indicators"]))
    )


@lru_cache(maxsize=64)
def _usable_mask(levels: bool, kind: str, money: bool, count: bool = False) -> tuple[bool, ...]:
    """Per cue of ``_cues()``: is it one of ``_usable_cues(levels, kind, money, count)``?"""
    usable = {id(c) for c in _usable_cues(levels, kind, money, count)}
    return tuple(id(c) in usable for c in _cues())


@cache
def _cue_widths() -> tuple[int, ...]:
    """Per cue of ``_cues()``: how many characters before the end of the first occurrence of one of
    its gate's literals a match of it may start, at most (unbounded: very many): the most a match
    spans, or fewer when the literal it holds starts near its start (``gates.gate_back``, counted
    to a literal's start: plus the longest literal)."""
    out: list[int] = []
    for c in _cues():
        w = min(width(c.rx), 1 << 30)
        gate, back = gate_of(c.rx), gate_back(c.rx)
        if gate and back is not None:
            w = min(w, back + max(len(lit) for lit in gate))
        out.append(w)
    return tuple(out)


@cache
def _cue_twins() -> tuple[re.Pattern[str] | None, ...]:
    """Per cue of ``_cues()``: its ``gates.lower_twin`` (same spans on lower-cased ASCII text), its
    alternations of words regrouped by first letter (``gates.trie_branches``: the same matches)."""
    out: list[re.Pattern[str] | None] = []
    for c in _cues():
        twin = lower_twin(c.rx)
        out.append(trie_branches(twin) if twin is not None else None)
    return tuple(out)


@cache
def _cue_reach() -> tuple[int, ...]:
    """Per cue of ``_cues()``: ``_Battery.reach``."""
    out: list[int] = []
    for c in _cues():
        w = width(c.rx)
        src = c.rx.pattern
        known = not any(x in src for x in ("(?=", "(?!", "$", "\\Z", "(?P=", "(?("))
        # (a lookbehind reads only before where it is tried: the cut leaves what it reads)
        out.append(w + 2 if known and w < 1 << 20 else -1)
    return tuple(out)


@cache
def _clause_lits() -> tuple[str, ...] | None:
    """The literals of the clause break's gate (``gates.gate_of``), in a fixed order."""
    lits = gate_of(_rx("clause_break").rx)
    return tuple(sorted(lits)) if lits else None


@cache
def _cue_gated() -> Gated:
    """The literal gates of all cues, in the order of ``_cues()``."""
    return Gated.of([c.rx for c in _cues()])


@dataclass(slots=True, frozen=True)
class _Battery:
    """What ``by_cues`` reads of the cue table, built once (one look-up per call, not one per part)."""

    cues: list[Cue]
    gated: Gated  # ``_cue_gated()``
    width: tuple[int, ...]  # ``_cue_widths()``
    twins: tuple[re.Pattern[str] | None, ...]  # ``_cue_twins()``
    no_twins: tuple[None, ...]  # (for a window that is not ASCII)
    # the twins that answer on a window with its ASCII letters alone lower-cased (``Quick.mixed``)
    mixed_twins: tuple[re.Pattern[str] | None, ...]
    pen: float
    after_pen: float
    clause_pen: float
    window_before: int
    window_after: int
    clause_break: re.Pattern[str]  # (``_clauses_between``)
    # the literals of ``clause_break``'s gate (one of them starts each match), None: no gate
    clause_lits: tuple[str, ...] | None
    # per cue: how far past where a match starts a search for it reads the text (its widest match
    # and the character after it, which ``\b`` reads), -1 when unbounded or not known (a lookahead
    # or an end anchor: a search cut short there could find what the whole text does not)
    reach: tuple[int, ...]
    levels_only: frozenset[int]  # the cues only a level may use (the others ignore ``levels``)


@cache
def _battery() -> _Battery:
    pen, after_pen, clause_pen, window_before, window_after = _weights()
    return _Battery(
        cues=_cues(),
        gated=_cue_gated(),
        width=_cue_widths(),
        twins=_cue_twins(),
        no_twins=(None,) * len(_cues()),
        mixed_twins=tuple(
            None if tw is None or _backreferences(c.rx) else tw
            for c, tw in zip(_cues(), _cue_twins(), strict=True)
        ),
        pen=pen,
        after_pen=after_pen,
        clause_pen=clause_pen,
        window_before=window_before,
        window_after=window_after,
        clause_break=_rx("clause_break").rx,
        clause_lits=_clause_lits(),
        reach=_cue_reach(),
        levels_only=frozenset(i for i, c in enumerate(_cues()) if c.levels_only),
    )


def _lookup_phrase(phrase: str) -> str | None:
    """Indicator of a counted noun phrase ("wind farms", "duty-free shoppers"), by its words."""
    cmap = _counted_map()
    words = [w.lower() for w in phrase.split()]
    for i in range(len(words)):
        cand = " ".join(words[i:])
        for form in _forms(cand):
            if form in cmap:
                return cmap[form]
    for w in words:
        for form in _forms(w):
            if form in cmap and cmap[form] != "count":
                return cmap[form]
    return None


def _forms(w: str) -> list[str]:
    """The forms a counted noun (phrase) ``w`` is looked up by. (A module function, not a closure:
    compiled, a native call.)"""
    out = [w, _singular(w)]
    if w.endswith("s"):
        out += [w[:-1], w[:-2]]
    return out


def _number_of_matches(window: str) -> list[re.Match[str]]:
    """``list(_rx("number_of").finditer(window))``: in an ASCII window matched only where "number"
    starts, with which every match starts (``kinds.matches_at_words``)."""
    quick = _rx("number_of")
    if not window.isascii():
        return list(quick.finditer(window))
    low = window.lower()
    if "number" not in low:
        return []
    return matches_at_words(quick.rx, window, low, _NUMBER_WORDS)


_NUMBER_WORDS: Final[tuple[str, ...]] = ("number",)


def by_phrase(q: Quantity, before: str, after: str, kind: str) -> tuple[str, str] | None:
    """'the number of NOUN rose ...' and 'N percent of the state's NOUN': the noun decides."""
    unit = q.unit  # (read once: a generic attribute look-up in the compiled build)
    if unit == "count" or unit in ("percent", "times", "percentage_point"):
        window = before[-120:]
        ms = _number_of_matches(window)
        if ms and not _STOP.search(window[ms[-1].end() :]):
            ind = _lookup_phrase(ms[-1].group(1))
            if ind:
                return ind, "indicator:number-of"
    if kind == "share" and unit == "percent":
        m = _rx("share_of").match(after)
        if m and _rx("share_of_economy").has(after[:80]):
            return None  # "8.5 percent of gross domestic product": not a share of counted products
        if m:
            ind = _lookup_phrase(m.group(1))
            if ind == "population":
                # "80 percent of residents are vaccinated": what the people do decides
                rest = after[m.end() :]
                c = by_cues("", rest, kind=kind, is_count=False)
                if c and c[0] not in ("population", "count", "other"):
                    return c[0], "indicator:share-of-people-who"
            if ind:
                return ind, "indicator:share-of-noun"
    return None


def indicator_of(
    q: Quantity, before: str, after: str, kind: str, local: str | None = None
) -> tuple[str | None, str]:
    """(indicator or None when nothing decides, rule). ``local`` is the text back to the previous
    figure: a cue there wins over cues further away."""
    if "exchange_rate" in q.rules:
        return "price", "indicator:exchange-rate"             # the price of a dollar in baht
    if local is not None and local.strip():
        got = indicator_of(q, local, after, kind)
        if got[0] is not None:
            return got
    # "10 percent more than the market price": a comparison of two values of one measure, named after 'than'
    m = _rx("ratio_than").search(after) if kind == "ratio" else None
    if m:
        cue = by_cues(m.group(1) + " ", "", kind="level", is_count=False, money=True)
        if cue:
            return cue[0], cue[1] + "@compared"
    # "£24,350 per head": the per-capita tail is part of the figure (a per-head amount of GVA,
    # income or spending), not a cue of its own
    if q.per == "capita" and (pm := _PER_CAPITA_TAIL.match(after)):
        after = after[pm.end() :]
    # "7.8% more than budget writers had forecast": what follows 'than' is the thing compared with
    if "than" in after:
        after = _THAN.split(after, maxsplit=1)[0]
    # (a match of the size adjective opens with its hyphen, "-bed": a figure without one has none)
    if "-" in q.text and _rx("capacity_adjective").has(q.text):
        return "capacity", "indicator:size-adjective"
    ph = by_phrase(q, before, after, kind)
    if ph:
        return ph
    unit = q.unit  # (read once: a generic attribute look-up in the compiled build)
    u = by_unit(unit)
    if unit in ("km", "m") and _SPEED.match(after):
        return "other", "indicator:speed"
    if u and unit in ("year", "month", "day", "hour", "week"):
        if _AGE_BEFORE.search(before[-40:]) or _OLD_AFTER.match(after):
            return "other", "indicator:age"
        return "duration", "indicator:unit-duration"
    if u:
        # a mass may be of goods shipped or made (only then are the cues looked up)
        cue = by_cues(before, after, kind=kind, is_count=False) if unit in ("t", "kg") else None
        if cue and cue[0] in ("capacity", "exports", "imports", "production"):
            return cue[0], cue[1]
        return u, f"indicator:unit:{unit}"
    if unit == "count":
        c = by_counted(q.counted, before, after)
        if c:
            return c
        cue = by_cues(before, after, kind=kind, is_count=True)
        if cue:
            return cue[0], cue[1]
        return None, "indicator:none"
    cue = by_cues(before, after, kind=kind, is_count=False, money=_is_money(unit))
    if cue:
        if (
            cue[0] == "gdp"
            and kind == "share"
            and _rx("sector_words", True).has(before[-100:] + " " + after[:80])
        ):
            return "value_added", "indicator:sector-share-of-gdp"
        return cue[0], cue[1]
    return None, "indicator:none"


def rank_indicator(after: str) -> tuple[str, str] | None:
    """The measure of a rank from the words after it: 'largest by area', 'second-largest city'."""
    t = _table()
    m = _rx("rank_by").match(after)
    if m:
        got = by_cues(m.group(1) + " ", "", kind="level", is_count=True) or by_cues(
            "", " " + m.group(1), kind="level", is_count=True
        )
        if got:
            return got[0], "indicator:rank-by"
        u = {"area": "area", "size": "area", "length": "length", "population": "population"}.get(
            m.group(1).split()[0].lower()
        )
        if u:
            return u, "indicator:rank-by"
    m = _RANK_HEAD.match(after)
    if m:
        words = m.group(1).lower().split()
        if words[0] in _RANK_SET_WORDS:
            return None  # "first among cities in the province": the ranked set, not what is measured
        for n in (" ".join(words), words[-1], words[0]):
            if n in t["rank_noun"]:
                return t["rank_noun"][n], "indicator:rank-noun"
    return None


_WEAK: Final = frozenset(
    ("indicator:default", "indicator:count-default", "indicator:carried", "indicator:none")
)


def indicators_from_repeats(facts: list, text: str) -> None:
    """A figure in a headline, subhead or pull-quote (a line with no full stop) whose indicator no
    cue decided takes the indicator of the same figure stated in a sentence of the body."""
    body: dict[tuple, str] = {}
    carried: dict[tuple, str] = {}  # body figures that took the indicator of the figure before them
    closed: dict[tuple, bool] = {}  # per sentence span: does it end with a full stop?

    def in_sentence(f: Any) -> bool:
        span = (f.sentence_start, f.sentence_end)
        if span not in closed:
            closed[span] = ended(text[f.sentence_start : f.sentence_end])
        return closed[span]

    # most pages have no such line: then nothing below would change a fact
    if all(_WEAK.isdisjoint(f.rules) or in_sentence(f) for f in facts):
        return
    for f in facts:
        if f.indicator and in_sentence(f):
            if _WEAK.isdisjoint(f.rules):
                body.setdefault((f.value, f.unit, f.text), f.indicator)
            elif "indicator:carried" in f.rules:
                carried.setdefault((f.value, f.unit, f.text), f.indicator)
    for f in facts:
        if in_sentence(f):
            continue
        if not _WEAK.isdisjoint(f.rules):
            key = (f.value, f.unit, f.text)
            # a pull-quote nothing typed takes the body's indicator, also one the body carried
            ind = body.get(key) or (carried.get(key) if "indicator:carried" not in f.rules else None)
            if ind:
                f.indicator = ind
                f.rules = [r for r in f.rules if not r.startswith("indicator:")] + [
                    "indicator:repeated-figure"
                ]


def previous_indicator(
    f: object, q: Quantity, prev: Any | None, last: Any | None, before: str, rest: str
) -> tuple[str | None, str]:
    """Indicators a figure takes from the figure it refers to: the measure a rank is ranked by
    (the figure just before it in its sentence, 'largest by area', 'largest city'), the earlier
    value of a share ('fell to 3.9% from 4.6%'), and 'Nine of them' after a count."""
    kind = getattr(f, "kind", None)
    rules = getattr(f, "rules", [])
    if kind == "rank":
        got = rank_indicator(rest)
        if got:
            return got
        if (
            prev is not None
            and getattr(prev, "indicator", None) not in (None, "other")
            and not _STOP.search(before)
        ):
            return prev.indicator, "indicator:rank-of-previous"
        return None, ""
    if "kind:coordinated-share" in rules and prev is not None and getattr(prev, "indicator", None):
        return prev.indicator, "indicator:earlier-value-of-share"
    if q.unit == "count" and not q.counted:
        # "168 of the 213 households", "three of the country's biggest operators": a part of counted things
        m = _rx("part_of").match(rest)
        words = m.group(1).split() if m else []
        # the noun phrase ends at its first counted noun ("households run guesthouses")
        ind = next(
            (hit for j in range(1, len(words) + 1) if (hit := _lookup_phrase(" ".join(words[:j])))), None
        )
        if ind:
            return ind, "indicator:part-of-counted"
    if q.unit == "count" and _OF_THEM.match(rest):
        src = prev if prev is not None and getattr(prev, "unit", None) == "count" else last
        if src is not None and getattr(src, "unit", None) == "count" and getattr(src, "indicator", None):
            return src.indicator, "indicator:part-of-count"
    return None, ""
