"""Prefilters: a cheap regex that finds something in a text whenever a costly rule could match it.

``prefilter(rx)`` derives, from an IGNORECASE rule, a few case-sensitive regexes over the text
folded by ``tally.gates.fold`` one of which has a match in ``fold(t)`` whenever ``rx`` has one in
``t`` (or None when none can be derived safely). It is a second gate after the literal gates of
``tally.gates``: a rule whose gate literals occur in a sentence still often cannot match there
("year" occurs, "year to|ending|ended" does not), and a rule that fails is as costly to run as one
that matches. The prefilters are cheap: case-sensitive (sre skips branches by their first
character), starting with a required part, and written so that sre need not try every position:
each starts with a literal string when a few do (sre searches for it like ``str.find``), else the
alternatives are grouped by their first character (sre scans for those in C).

Derivation (every step keeps "a match of rx implies a match of the prefilter in the folded text"):
zero-width items (``\\b``, lookarounds) are dropped, which only widens what matches; groups become
non-capturing (the grammar has no back-references); ASCII letters are lower-cased and other
characters must fold plainly (see ``tally.gates._plain``); of a sequence only one run of
translatable items is kept (any contiguous part of a match is a match of that part), and optional
items at the run's edges are trimmed (they never decide whether a match exists); to start with a
literal string, up to two leading items may be dropped, or the first item's alternatives cut to
their last words (a later start inside the same match).
Anything else (``\\w``, ``.``, negated classes, back-references, possessive repeats) stops the run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tally.gates import _plain

try:  # Python 3.11+
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_CLASS_CAP = 128  # most characters a class range may expand to


def _char(code: int) -> str | None:
    """One literal character as matched in folded text (lower-cased ASCII, or a plain character)."""
    ch = chr(code)
    if ch.isascii():
        return re.escape(ch.lower())
    return re.escape(ch) if _plain(ch) else None


def _class(items) -> str | None:
    out: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            c = _char(av)
            if c is None:
                return None
            out.append(c)
        elif op is _C.RANGE:
            lo, hi = av
            if hi - lo >= _CLASS_CAP:
                return None
            for code in range(lo, hi + 1):
                c = _char(code)
                if c is None:
                    return None
                out.append(c)
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            out.append(r"\d")  # digits and spaces are uncased: fold keeps them
        elif op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
            out.append(r"\s")
        else:  # NEGATE, \w, ...
            return None
    return "[" + "".join(out) + "]"


def _node(node) -> str | None:
    """The prefilter text of one item (zero-width items give ''), or None when untranslatable."""
    op, av = node
    if op in _ZERO_WIDTH:
        return ""
    if op is _C.LITERAL:
        return _char(av)
    if op is _C.IN:
        return _class(av)
    if op is _C.SUBPATTERN:
        body = _seq(av[-1])
        return None if body is None else f"(?:{body})"
    if op is _C.BRANCH:
        alts = [_seq(b) for b in av[1]]
        if any(a is None for a in alts):
            return None
        return "(?:" + "|".join(a for a in alts if a is not None) + ")"
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):  # greedy or lazy: the same matches exist
        lo, hi, item = av
        body = _seq(item)
        if body is None:
            return None
        return f"(?:{body}){{{lo},{'' if hi is _C.MAXREPEAT else hi}}}"
    return None


def _seq(items) -> str | None:
    parts = [_node(n) for n in items]
    if any(p is None for p in parts):
        return None
    return "".join(p for p in parts if p is not None)


def _min_width(items: list) -> int:
    return _P.SubPattern(_P.State(), items).getwidth()[0] if items else 0


def _best_run(items: list) -> list | None:
    """The most demanding run of translatable items of a sequence, its optional edges trimmed."""
    runs: list[list] = [[]]
    for node in items:
        if node[0] in _ZERO_WIDTH:
            continue
        if _node(node) is None:
            runs.append([])
        else:
            runs[-1].append(node)
    best, width = None, 0
    for run in runs:
        while run and _min_width(run[:1]) == 0:
            run = run[1:]
        while run and _min_width(run[-1:]) == 0:
            run = run[:-1]
        w = _min_width(run)
        if w > width:
            best, width = run, w
    return best


def prefilter(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """Case-sensitive regexes one of which has a match in ``fold(t)`` whenever ``rx`` matches in
    ``t``, or None."""
    return _derive(rx)[0]


def leads(rx: re.Pattern[str]) -> bool:
    """Does ``prefilter(rx)`` start where ``rx`` starts: wherever ``rx`` matches in ``t`` at ``p``,
    one of its patterns matches in ``fold(t)`` at ``p`` (where ``fold`` keeps offsets)?

    Then ``rx`` can match only where its prefilter matches (and never the empty string: the
    prefilter's run consumes something). True when the
    prefilter's run is the pattern's (or each top-level alternative's) own start: its first
    consuming item, none of it dropped or trimmed (only zero-width items before it, which
    consume nothing), and its patterns keep that start (``_by_first`` or the run as a whole)."""
    return _derive(rx)[1]


@lru_cache(maxsize=256)
def _derive(rx: re.Pattern[str]) -> tuple[tuple[re.Pattern[str], ...] | None, bool]:
    if not isinstance(rx.pattern, str) or not rx.flags & re.IGNORECASE or rx.flags & re.DOTALL:
        return None, False
    try:
        items = list(_P.parse(rx.pattern, rx.flags))
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None, False
    while len(items) == 1 and items[0][0] is _C.SUBPATTERN:
        items = list(items[0][1][-1])
    runs: list[list] | None = None
    if len(items) == 1 and items[0][0] is _C.BRANCH:
        # "a|b|c" at the top: one run for each alternative
        alts = [list(b) for b in items[0][1][1]]
        best = [_best_run(b) for b in alts]
        runs = [r for r in best if r]
        if len(runs) < len(best):
            return None, False
        at_start = all(_starts(b, r) for b, r in zip(alts, runs, strict=True))
        run = [(_C.BRANCH, (None, [_P.SubPattern(_P.State(), r) for r in runs]))]
    else:
        run = _best_run(items) or []
        at_start = bool(run) and _starts(items, run)
    if not run:
        return None, False
    flags = rx.flags & ~(re.IGNORECASE | re.VERBOSE | re.MULTILINE)
    parts: list[str] | None
    by_literal = _by_literal(run)
    if by_literal is None and runs is None and len(run) == 1 and run[0][0] is _C.BRANCH:
        # "\\b(?:a|b)": the alternatives of the run's one item, each on its own
        runs = [_best_run(list(b)) or [] for b in run[0][1][1]]
        if all(runs):
            by_literal = _by_literal_each(runs)
            if by_literal is not None:
                at_start = False  # (not worked out: ``starts`` then reads the pattern's own start)
    elif by_literal is None and runs is not None:
        by_literal = _by_literal_each(runs)
    if by_literal is not None:
        parts, kept = by_literal
        at_start = at_start and kept
    else:
        parts = _by_first(run)
    if parts is None:
        text = _seq(run)
        parts = None if text is None else [text]
    if not parts:
        return None, False
    return tuple(re.compile(p, flags) for p in parts), at_start


def _starts(items: list, run: list) -> bool:
    """Is ``run`` (a run of ``items``, see ``_best_run``) their consuming items from the first on?"""
    consuming = [n for n in items if n[0] not in _ZERO_WIDTH]
    return 0 < len(run) <= len(consuming) and all(a is b for a, b in zip(run, consuming, strict=False))


def starts(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """Case-sensitive patterns one of which matches in ``fold(t)`` at ``p`` wherever ``rx``
    matches in ``t`` at ``p`` (where ``fold`` keeps offsets), or None: ``rx`` can match only
    where they match, and never the empty string. The prefilter itself when it ``leads``, else
    the translation of the pattern's own start: its consuming items from the first on up to the
    first one that cannot be translated (zero-width items dropped, optional ones at the end
    trimmed); any match of ``rx`` at ``p`` begins with a match of them at ``p``."""
    pf, at_start = _derive(rx)
    if pf is not None and at_start:
        return pf
    return _leading(rx)


@lru_cache(maxsize=256)
def _leading(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    if not isinstance(rx.pattern, str) or not rx.flags & re.IGNORECASE or rx.flags & re.DOTALL:
        return None
    try:
        items = list(_P.parse(rx.pattern, rx.flags))
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    while len(items) == 1 and items[0][0] is _C.SUBPATTERN:
        items = list(items[0][1][-1])
    if len(items) == 1 and items[0][0] is _C.BRANCH:
        runs = [_lead_run(list(b)) for b in items[0][1][1]]
        if any(r is None for r in runs):
            return None
        run: list | None = [(_C.BRANCH, (None, [_P.SubPattern(_P.State(), r) for r in runs]))]
    else:
        run = _lead_run(items)
    if run is None:
        return None
    parts = _by_first(run)
    if parts is None:
        text = _seq(run)
        parts = None if text is None else [text]
    if not parts:
        return None
    flags = rx.flags & ~(re.IGNORECASE | re.VERBOSE | re.MULTILINE)
    return tuple(re.compile(p, flags) for p in parts)


def _lead_run(items: list) -> list | None:
    """The consuming items of a sequence from the first on, up to the first one that cannot be
    translated, optional ones at the end trimmed; None if that may match the empty string."""
    run: list = []
    for node in items:
        if node[0] in _ZERO_WIDTH:
            continue
        if _node(node) is None:
            break
        run.append(node)
    while run and _min_width(run[-1:]) == 0:
        run = run[:-1]
    return run if run and _min_width(run) > 0 else None


_HEADS_CAP = 400  # most alternatives a prefilter's first characters may be split into


def _heads(items: list) -> list[tuple[tuple, list]] | None:
    """The sequence as alternatives (first character item, rest of the sequence), or None when a
    match may be empty or the alternatives are too many."""
    if not items:
        return None
    node, rest = items[0], list(items[1:])
    op, av = node
    if op in _ZERO_WIDTH:
        return _heads(rest)
    if op is _C.LITERAL or op is _C.IN:
        return [(node, rest)]
    if op is _C.SUBPATTERN:
        return _heads(list(av[-1]) + rest)
    if op is _C.BRANCH:
        out: list[tuple[tuple, list]] = []
        for b in av[1]:
            h = _heads(list(b) + rest)
            if h is None:
                return None
            out += h
            if len(out) > _HEADS_CAP:
                return None
        return out
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        lo, hi, item = av
        if hi == 0:
            return _heads(rest)
        if _min_width(list(item)) == 0:
            return None  # a repeat of what may be empty: its expansion would not end
        # one item, then the repeat with one fewer
        left = hi if hi is _C.MAXREPEAT else hi - 1
        more = [(_C.MAX_REPEAT, (max(lo - 1, 0), left, item))] if left else []
        h = _heads(list(item) + more + rest)
        if h is None:
            return None
        if lo == 0:
            h2 = _heads(rest)
            if h2 is None:
                return None
            h = h + h2
        return h if len(h) <= _HEADS_CAP else None
    return None


def _split_class(node) -> list[str] | None:
    """The characters of a class with no categories, each as a literal; else None."""
    op, av = node
    if op is _C.LITERAL:
        c = _char(av)
        return None if c is None else [c]
    chars: list[str] = []
    for o, a in av:
        if o is _C.LITERAL:
            codes = [a]
        elif o is _C.RANGE and a[1] - a[0] < _CLASS_CAP:
            codes = list(range(a[0], a[1] + 1))
        else:
            return None
        for code in codes:
            c = _char(code)
            if c is None:
                return None
            chars.append(c)
    return chars


def _by_first(items: list) -> list[str] | None:
    """The sequence as patterns each starting with one character or class, the alternatives of a
    character grouped: sre then scans for the first characters in C instead of trying every
    position."""
    heads = _heads(items)
    if heads is None:
        return None
    lits: dict[str, list[str]] = {}
    classes: dict[str, list[str]] = {}
    for head, rest in heads:
        tail = _seq(rest)
        if tail is None:
            return None
        chars = _split_class(head)
        if chars is None:
            cls = _node(head)
            if cls is None:
                return None
            classes.setdefault(cls, []).append(tail)
        else:
            for c in chars:
                lits.setdefault(c, []).append(tail)

    def alts(tails: list[str]) -> str:
        return "(?:" + "|".join(dict.fromkeys(tails)) + ")"

    out = ["|".join(c + alts(t) for c, t in lits.items())] if lits else []
    return out + [c + alts(t) for c, t in classes.items()]


_LITERAL_MIN = 3  # the shortest literal a prefilter may start with to be searched for as a string
_LITERAL_MIN_SHORT = 2  # ... or, for an alternative on its own with none that long (``_by_literal_each``)
_LITERAL_PATTERNS = 4  # most such patterns one prefilter may be split into


def _literal_tail(alt: list) -> list:
    """The last word of the literal characters an alternative ends with ("months" of "twelve months"
    or of "\\d+\\s+months"), when it is long enough; else the whole alternative."""
    j = len(alt)
    while j and alt[j - 1][0] is _C.LITERAL and not chr(alt[j - 1][1]).isspace():
        j -= 1
    return alt[j:] if len(alt) - j >= _LITERAL_MIN else alt


def _relax_first(node) -> tuple:
    """The first item of a run with each of its alternatives cut to its literal tail: a match of
    the run then starts later, inside the same match."""
    op, av = node
    if op is _C.SUBPATTERN and len(av[-1]) == 1:
        return _relax_first(av[-1][0])
    if op is _C.BRANCH:
        return (_C.BRANCH, (None, [_literal_tail(list(b)) for b in av[1]]))
    return node


def _by_literal(run: list) -> tuple[list[str], bool] | None:
    """The run as a few patterns each starting with a literal string (sre searches for a literal
    prefix far faster than for a first character), dropping up to two leading items or cutting the
    alternatives of the first one to their last words when that gives such literals; else None.
    With them: do the patterns start where the run starts (nothing dropped or cut)?"""
    return _by_literal_of(run, _LITERAL_MIN)


def _by_literal_of(run: list, least: int) -> tuple[list[str], bool] | None:
    """``_by_literal`` with literals of at least ``least`` characters."""
    for i in range(min(3, len(run))):
        items = run[i:]
        if _min_width(items[:1]) == 0:
            continue
        first = _relax_first(items[0])
        heads = _heads([first, *items[1:]])
        if heads is None:
            continue
        groups: dict[str, list[str]] = {}
        for head, rest in heads:
            lits = [head, *rest]
            n = 0
            while n < len(lits) and lits[n][0] is _C.LITERAL:
                n += 1
            key, tail = _seq(lits[:least]), _seq(lits[least:])
            if n < least or key is None or tail is None:
                break
            groups.setdefault(key, []).append(tail)
        else:
            if len(groups) <= _LITERAL_PATTERNS:
                kept = i == 0 and _node(first) == _node(items[0])  # the same language: nothing cut
                return [k + "(?:" + "|".join(dict.fromkeys(t)) + ")" for k, t in groups.items()], kept
    return None


def _by_literal_each(runs: list[list]) -> tuple[list[str], bool] | None:
    """``_by_literal`` of each alternative's run on its own (literals of ``_LITERAL_MIN`` characters,
    else of ``_LITERAL_MIN_SHORT``: "\\d+ BC|AD \\d+" gives "bc" and "ad", which sre searches for far
    faster than for a digit), when each gives some and all of them are few; else None."""
    parts: list[str] = []
    kept = True
    for run in runs:
        found = _by_literal_of(run, _LITERAL_MIN) or _by_literal_of(run, _LITERAL_MIN_SHORT)
        if found is None:
            return None
        parts.extend(p for p in found[0] if p not in parts)
        kept = kept and found[1]
    return (parts, kept) if len(parts) <= _LITERAL_PATTERNS else None


def _lower_source(pattern: str) -> str:
    """The pattern with its ASCII letters lower-cased, escapes and group names left alone."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            j = pattern.find(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : j + 1])
            i = j + 1
        else:
            out.append(c.lower() if c.isascii() else c)
            i += 1
    return "".join(out)


def _folded(a, b) -> bool:
    """Parsed items ``b`` are ``a`` with their ASCII capitals lower-cased (and nothing else)."""
    seqs = (list, _P.SubPattern)
    if type(a) is not type(b) and not (isinstance(a, seqs) and isinstance(b, seqs)):
        return False
    if isinstance(a, (list, tuple, _P.SubPattern)):
        a, b = list(a), list(b)
        if len(a) != len(b):
            return False
        if len(a) == 2 and a[0] is _C.LITERAL:
            return b[0] is _C.LITERAL and b[1] == (a[1] + 32 if 65 <= a[1] <= 90 else a[1])
        if len(a) == 2 and a[0] is _C.RANGE:
            lo, hi = a[1]
            if 65 <= lo and hi <= 90:
                lo, hi = lo + 32, hi + 32
            elif lo <= 90 and hi >= 65:
                return False  # a range with some capitals and other characters
            return b[0] is _C.RANGE and tuple(b[1]) == (lo, hi)
        return all(_folded(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def ascii_lowered(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive twin of the IGNORECASE ``rx`` that finds, in a text of ASCII and uncased
    characters lower-cased, the matches ``rx`` finds in that text (at the same offsets), or None.

    In such a text, ignoring case only lets an ASCII letter match its capital (the other letters
    that fold onto ASCII ones, like the Kelvin sign, are cased); with both the text and the
    pattern lower-cased that is plain equality. ``\\w``, ``\\d``, ``\\s`` and ``\\b`` see
    the same classes in the lower-cased text. The twin is checked to parse to the same items
    with lower-case literals; a pattern with no such twin (or anchors, which see a text's edges)
    gets None.
    """
    if not isinstance(rx.pattern, str) or not rx.flags & re.IGNORECASE:
        return None
    source = _lower_source(rx.pattern)
    flags = rx.flags & ~re.IGNORECASE
    try:
        a = _P.parse(rx.pattern, rx.flags)
        b = _P.parse(source, flags)
        twin = re.compile(source, flags)
    except (re.error, IndexError, ValueError):
        return None
    if not _folded(list(a), list(b)) or twin.groupindex != rx.groupindex or _anchored(list(a)):
        return None
    return twin


def _anchored(items) -> bool:
    """Does the pattern use an anchor other than a word boundary (one that sees a text's edges)?"""
    for op, av in items:
        if op is _C.AT and av not in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY):
            return True
        if op is _C.SUBPATTERN and _anchored(av[-1]):
            return True
        if op is _C.BRANCH and any(_anchored(b) for b in av[1]):
            return True
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and _anchored(av[2]):
            return True
        if op in (_C.ASSERT, _C.ASSERT_NOT) and _anchored(av[1]):
            return True
    return False


def lookbehind(rx: re.Pattern[str]) -> int | None:
    """How far before a match's start ``rx`` may look (lookbehinds and ``\\b``), or None if unknown."""
    try:
        items = list(_P.parse(rx.pattern, rx.flags))
    except re.error:  # pragma: no cover
        return None
    return _behind(items)


def _behind(items) -> int | None:
    far = 1  # \b looks at the character before
    for op, av in items:
        subs: list = []
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            if av[0] < 0:
                hi = _P.SubPattern(_P.State(), list(av[1])).getwidth()[1]
                if hi > 64:
                    return None
                far = max(far, hi + 1)
            subs = [av[1]]
        elif op is _C.SUBPATTERN:
            subs = [av[-1]]
        elif op is _C.BRANCH:
            subs = list(av[1])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            subs = [av[2]]
        for s in subs:
            f = _behind(list(s))
            if f is None:
                return None
            far = max(far, f)
    return far
