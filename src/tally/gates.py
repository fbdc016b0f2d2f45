"""Literal gates: skip a regex on a text that cannot hold a match of it.

``gate_of(rx)`` derives, from the parsed pattern, a set of literal strings (lower-cased) at
least one of which every match of ``rx`` contains, or ``None`` when no such set can be derived
safely (the rule then always runs). ``Gated`` holds a battery of (key, regex) rules and tells,
for one text, which rules may match it: the literals of all gates are looked up once in the
text folded by ``fold`` (so an IGNORECASE match of an ASCII literal is always a substring of it).

The derivation is conservative: literals come only from the characters a match consumes
(lookarounds and ``\\b`` are zero width and never add a literal), an optional or repeated-zero
part gives no literal, an alternation gives the union of its branches' gates (or none when a
branch has none), and a literal with a character whose case folding is not plain is dropped.
Rules added or changed in the data tables get their gates automatically.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, TypeVar

import ahocorasick

try:  # Python 3.11+
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_CAP: Final = 64  # most alternatives an exact run may expand to
_CLASS_CAP: Final = 12  # most characters a class may expand to
_SCAN_MIN: Final = 64  # fewest literals for which a battery scans the text once instead of looking each up

Gate = frozenset[str] | None
Automaton = Any  # ahocorasick.Automaton (the package has no type hints)
V = TypeVar("V")


# ``str.isascii`` held as a constant: compiled, ``is_ascii(s)`` is a call of the method descriptor,
# where ``s.isascii()`` (no primitive of mypyc) looks the method up by name first (~110 instructions
# more a call; ``fold`` and its callers ask it thousands of times a page)
is_ascii: Final = str.isascii


def fold(text: str) -> str:
    """``text`` lower-cased so that every IGNORECASE match of an ASCII-or-uncased literal is a
    substring of it (re also folds 'ı', 'İ' and 'ſ' onto i and s; 'K' lower-cases to k)."""
    if is_ascii(text):
        return text.lower()
    if len(text) >= _FAST_FOLD_MIN:
        # ``str.lower`` looks up every character of a text holding one non-ASCII character (a curly
        # quote, a dash) in the Unicode tables, ~10x its cost on ASCII text; when no non-ASCII
        # character has another lower case, lower-casing the ASCII bytes of the UTF-8 form is the same
        try:
            raw = text.encode()
        except UnicodeEncodeError:  # a lone surrogate
            raw = b""
        rest = raw.translate(None, _ASCII_BYTES).decode()  # the non-ASCII characters
        if raw and rest.lower() == rest:
            low = raw.lower().decode()
            if "ı" in rest or "\u0307" in rest or "ſ" in rest:
                low = low.replace("ı", "i").replace("\u0307", "").replace("ſ", "s")
            return low
    return _fold_plain(text)


_ASCII_BYTES: Final = bytes(range(128))
# the shortest non-ASCII text ``fold`` lower-cases by its UTF-8 bytes (shorter: slower)
_FAST_FOLD_MIN: Final = 512


def _fold_plain(text: str) -> str:
    """``fold`` by ``str.lower`` alone (for a short or cased non-ASCII text; what the shortcut for
    the others must equal)."""
    return fold_lower(text.lower())


def fold_lower(low: str) -> str:
    """``fold(text)`` from ``low``, the ``text.lower()`` a caller already made (a non-ASCII text is
    not lower-cased a second time: ``str.lower`` looks every character of it up)."""
    if is_ascii(low):
        return low
    return low.replace("ı", "i").replace("\u0307", "").replace("ſ", "s")


@lru_cache(maxsize=4096)
def _plain(ch: str) -> bool:
    """A literal character that folds simply: ASCII, or uncased with no case-insensitive twin."""
    if ch.isascii():
        return True
    if ch == "\u0307":  # fold drops it from the text
        return False
    if ch.lower() != ch or ch.upper() != ch:
        return False
    try:
        return re.fullmatch(re.escape(ch), ch.upper(), re.I) is not None and not any(
            re.fullmatch(re.escape(ch), chr(c), re.I) for c in _twins(ch)
        )
    except ValueError:  # pragma: no cover
        return False


def _twins(ch: str) -> tuple[int, ...]:
    try:
        from re import _casefix  # type: ignore[attr-defined]

        return tuple(_casefix._EXTRA_CASES.get(ord(ch), ()))
    except ImportError:  # pragma: no cover
        return ()


def _class_chars(items) -> set[str] | None:
    """The characters a class ``[...]`` matches, when few and plain; else None."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out.add(chr(av))
        elif op is _C.RANGE:
            lo, hi = av
            if hi - lo >= _CLASS_CAP:
                return None
            out.update(chr(c) for c in range(lo, hi + 1))
        else:  # NEGATE, CATEGORY, ...
            return None
        if len(out) > _CLASS_CAP:
            return None
    return out


def _exact(node) -> set[str] | None:
    """The finite set of strings an item (op, av) matches, when small; else None."""
    op, av = node
    if op is _C.LITERAL:
        return {chr(av)}
    if op is _C.IN:
        chars = _class_chars(av)
        return None if chars is None else chars
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}
    if op is _C.SUBPATTERN:
        return _exact_seq(av[-1])
    if op is _C.BRANCH:
        out: set[str] = set()
        for b in av[1]:
            e = _exact_seq(b)
            if e is None:
                return None
            out |= e
            if len(out) > _CAP:
                return None
        return out
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
        lo, hi, item = av
        if lo == hi and lo <= 4:
            e = _exact_seq(item)
            if e is None:
                return None
            out = {""}
            for _ in range(lo):
                out = {a + b for a in out for b in e}
                if len(out) > _CAP:
                    return None
            return out
        return None
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _exact_seq(av)
    return None


def _exact_seq(seq) -> set[str] | None:
    out = {""}
    for node in seq:
        e = _exact(node)
        if e is None:
            return None
        out = {a + b for a in out for b in e}
        if len(out) > _CAP:
            return None
    return out


def _as_gate(strings: Iterable[str]) -> Gate:
    """A gate of exact alternatives: all non-empty and plain, lower-cased."""
    out = set()
    for s in strings:
        if not s or not all(_plain(c) for c in s):
            return None
        out.add(s.lower())
    return _minimal(out)


def _minimal(lits: set[str]) -> frozenset[str]:
    """Drop a literal that contains another one (the shorter one fires whenever it does)."""
    keep = {a for a in lits if not any(b != a and b in a for b in lits)}
    return frozenset(keep)


# words in nearly every sentence: a gate of them seldom shuts (only efficiency depends on this)
_COMMON: Final = frozenset(
    {"the", "of", "in", "by", "and", "a", "to", "on", "for", "at", "as", "is", "from", "with"}
)


def _score(g: frozenset[str]) -> tuple[bool, int, int]:
    # a common word with spaces round it (" to ") is as common as the word
    return (not any(s.strip() in _COMMON for s in g), min(len(s) for s in g), -len(g))


def _best(cands: list[frozenset[str]]) -> Gate:
    return max(cands, key=_score) if cands else None


def _gate_node(node) -> Gate:
    op, av = node
    if op is _C.SUBPATTERN:
        return _gate_seq(av[-1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _gate_seq(av)
    if op is _C.BRANCH:
        out: set[str] = set()
        for b in av[1]:
            g = _gate_seq(b)
            if g is None:
                return None
            out |= g
        return _minimal(out)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
        lo, _hi, item = av
        return _gate_seq(item) if lo >= 1 else None
    e = _exact(node)
    return _as_gate(e) if e is not None else None


def _gate_seq(seq) -> Gate:
    """Runs of exact items (concatenated) and gates of the other items: each is required; the best wins."""
    return _best(_seq_candidates(seq, groups=False))


def _seq_candidates(seq, *, groups: bool) -> list[frozenset[str]]:
    """The gates of ``seq``'s runs of exact items (concatenated) and of its other items, each one
    required; with ``groups``, a group matched once gives the candidates of its own sequence
    instead of its one best gate."""
    cands: list[frozenset[str]] = []
    run: set[str] | None = {""}

    def close() -> None:
        if run is not None and run != {""}:
            g = _as_gate(run)
            if g:
                cands.append(g)

    for node in seq:
        e = _exact(node)
        if e is not None:
            grown = {a + b for a in run for b in e} if run is not None else None
            if grown is not None and len(grown) <= _CAP:
                run = grown
                continue
            close()
            run = set(e)
            if len(run) > _CAP:
                run = {""}
                g = _gate_node(node)
                if g:
                    cands.append(g)
            continue
        close()
        run = {""}
        op, av = node
        if groups and op is _C.SUBPATTERN:  # a group matched once: its gates are gates of ``seq``
            cands.extend(_seq_candidates(av[-1], groups=True))
            continue
        g = _gate_node(node)
        if g:
            cands.append(g)
    close()
    return cands


def gate_of(rx: re.Pattern[str] | str, flags: int = 0) -> Gate:
    """Lower-cased literals one of which every match of ``rx`` contains, or None (no safe gate)."""
    pattern, flags = (rx.pattern, rx.flags) if isinstance(rx, re.Pattern) else (rx, flags)
    if not isinstance(pattern, str):
        return None
    try:
        parsed = _P.parse(pattern, flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    g = _gate_seq(list(parsed))
    return g or None


def gate_options(rx: re.Pattern[str]) -> list[frozenset[str]]:
    """Every gate ``gate_of`` weighed for ``rx`` (each one alone a gate of it: a set of literals one
    of which every match contains), also those of the groups of its top-level sequence; ``gate_of``
    keeps the best one. Empty when none can be derived."""
    parsed = _parsed(rx)
    return [] if parsed is None else _seq_candidates(list(parsed), groups=True)


def cover_gate(rx: re.Pattern[str], most: int) -> frozenset[str] | None:
    """A gate of ``rx`` of at most ``most`` literals, none a common word, made of parts of the
    literals of its branches' own gates ("year" for "a year ago|year-on-year|from last year"), or
    None. (An alternation's gate is the union of its branches' gates: many literals when they are
    long, though they may share a few parts; every match holds a literal, so it holds each part of
    it.) For a pattern whose top-level sequence holds one alternation, tried once per pattern."""
    parsed = _parsed(rx)
    if parsed is None:
        return None
    branches = _top_branches(list(parsed))
    if not branches:
        return None
    options = [_seq_candidates(b, groups=True) for b in branches]
    if not all(options):
        return None
    where: dict[str, set[int]] = {}  # each part of a literal: the branches with a gate holding it
    for i, opts in enumerate(options):
        for g in opts:
            for lit in g:
                for n in range(3, min(len(lit), 8) + 1):
                    for at in range(len(lit) - n + 1):
                        where.setdefault(lit[at : at + n], set()).add(i)
    parts = sorted((p for p in where if p.strip() and p.strip() not in _COMMON), key=lambda x: (-len(x), x))
    chosen: list[str] = []
    left = list(range(len(options)))
    while left:
        if len(chosen) == most:
            return None
        need = -(-len(left) // (most - len(chosen)))  # the fewest branches a part must cover now
        best, best_n = "", 0
        for p in parts:
            if len(where[p].intersection(left)) < max(need, best_n + 1):
                continue  # (it cannot do better)
            n = sum(1 for i in left if _covered(options[i], [*chosen, p]))
            if n > best_n:
                best, best_n = p, n
        if best_n < need:
            return None
        chosen.append(best)
        left = [i for i in left if not _covered(options[i], chosen)]
    return _minimal(set(chosen))


def _covered(opts: list[frozenset[str]], parts: list[str]) -> bool:
    """Does one of a branch's gates have every literal holding one of ``parts``?"""
    return any(all(any(p in lit for p in parts) for lit in g) for g in opts)


def _top_branches(seq) -> list:
    """The branches of the one alternation a sequence is made of, with zero-width items and groups
    matched once around it; else []."""
    items = [node for node in seq if node[0] is not _C.AT]
    if len(items) != 1:
        return []
    op, av = items[0]
    if op is _C.SUBPATTERN:
        return _top_branches(list(av[-1]))
    if op is _C.BRANCH:
        return [list(b) for b in av[1]]
    return []


def gate_back(rx: re.Pattern[str]) -> int | None:
    """How many characters before the start of one of its gate's literals (``gate_of(rx)``, found in
    the folded text) a match of ``rx`` may start, at most: a search for ``rx`` may start that far
    before the first place a literal of the gate starts. None when unknown or unbounded."""
    backs = gate_backs(rx)
    if not backs or any(b is None for b in backs.values()):
        return None
    return max(b for b in backs.values() if b is not None)


def gate_backs(rx: re.Pattern[str]) -> dict[str, int | None]:
    """For each literal of ``gate_of(rx)``: how many characters before the start of an occurrence
    of it (in the folded text) a match of ``rx`` holding that occurrence may start, at most (None:
    unbounded or unknown). Every match holds an occurrence of one literal no further from its start.
    Empty when ``rx`` has no gate."""
    if not isinstance(rx.pattern, str):
        return {}
    try:
        parsed = _P.parse(rx.pattern, rx.flags)
        gate, backs = _back_seq(parsed)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return {}
    # (worked out as ``gate_of`` weighs the gates: for the one it keeps)
    return backs if gate and gate == gate_of(rx) else {}


_Backs = dict[str, int | None]


def _before(seq, i: int) -> int | None:
    """The most characters the first ``i`` items of ``seq`` (a parsed sequence) match; None: unbounded."""
    hi = int(seq[:i].getwidth()[1]) if i else 0
    return None if hi >= _C.MAXREPEAT else hi


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _shifted(backs: _Backs, by: int | None) -> _Backs:
    return {lit: _plus(b, by) for lit, b in backs.items()}


def _of_strings(strings: Iterable[str], gate: frozenset[str]) -> _Backs:
    """The backs of ``gate`` (``_as_gate(strings)``) in a run matching one of ``strings``: how far
    into the string holding it an occurrence of a literal may start."""
    out: _Backs = {}
    for x in strings:
        low = x.lower()
        for lit in gate:
            at = low.rfind(lit)
            if at >= 0 and (out.get(lit, -1) or 0) < at:
                out[lit] = at
            out.setdefault(lit, 0)
    return out


def _back_seq(seq) -> tuple[Gate, _Backs]:
    """``_gate_seq(seq)`` and, for it, ``gate_backs``'s counts from the start of ``seq``."""
    cands: list[tuple[frozenset[str], _Backs]] = []
    run: set[str] | None = {""}
    run_at = 0  # the index of the run's first item

    def close() -> None:
        if run is not None and run != {""}:
            g = _as_gate(run)
            if g:
                cands.append((g, _shifted(_of_strings(run, g), _before(seq, run_at))))

    for i, node in enumerate(seq):
        e = _exact(node)
        if e is not None:
            grown = {a + b for a in run for b in e} if run is not None else None
            if grown is not None and len(grown) <= _CAP:
                run = grown
                continue
            close()
            run, run_at = set(e), i
            if len(run) > _CAP:
                run = {""}
                g, backs = _back_node(node)
                if g:
                    cands.append((g, _shifted(backs, _before(seq, i))))
            continue
        close()
        run, run_at = {""}, i + 1
        g, backs = _back_node(node)
        if g:
            cands.append((g, _shifted(backs, _before(seq, i))))
    close()
    if not cands:
        return None, {}
    return max(cands, key=lambda c: _score(c[0]))  # the first of the best, as ``_best``


def _back_node(node) -> tuple[Gate, _Backs]:
    """``_gate_node(node)`` and, for it, ``gate_backs``'s counts from the start of the item."""
    op, av = node
    if op is _C.SUBPATTERN:
        return _back_seq(av[-1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _back_seq(av)
    if op is _C.BRANCH:
        out: set[str] = set()
        each: list[_Backs] = []
        for b in av[1]:
            g, backs = _back_seq(b)
            if g is None:
                return None, {}
            out |= g
            each.append(backs)
        gate = _minimal(out)
        merged: _Backs = {lit: 0 for lit in gate}
        for backs in each:
            for lit, back in backs.items():
                # a branch's literal that holds a kept one (or is it) holds its occurrence
                for kept in gate:
                    at = lit.rfind(kept)
                    if at >= 0:
                        merged[kept] = _max(merged[kept], _plus(back, at))
        return gate, merged
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
        lo, _hi, item = av
        return _back_seq(item) if lo >= 1 else (None, {})  # (the first time it matches)
    e = _exact(node)
    if e is None:
        return None, {}
    g = _as_gate(e)
    return (g, _of_strings(e, g)) if g else (None, {})


def _max(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else max(a, b)


def _lead(rx: re.Pattern[str]) -> tuple[object, object] | None:
    """The first item (op, av) of the parsed pattern, or None."""
    parsed = _parsed(rx)
    return parsed[0] if parsed is not None and len(parsed) else None


def _parsed(rx: re.Pattern[str]) -> Any | None:
    """``rx``'s pattern as re's parser reads it (a sequence of (op, av) items), or None for a
    bytes pattern."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        return _P.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None


def anchored(rx: re.Pattern[str]) -> bool:
    """Can a match of ``rx`` start only at the start of the text (a leading ``^`` without
    MULTILINE, or ``\\A``)? Such a pattern fails at once on a text it does not match."""
    lead = _lead(rx)
    if lead is None:
        return False
    op, av = lead
    return op is _C.AT and (
        av is _C.AT_BEGINNING_STRING or (av is _C.AT_BEGINNING and not rx.flags & re.MULTILINE)
    )


def literal_lead(rx: re.Pattern[str]) -> bool:
    """Does every match of ``rx`` begin with one fixed character that re looks for first (a
    literal, uncased under IGNORECASE)? Its search then skips to where that character is, about
    as fast as a substring test: a gate saves little."""
    lead = _lead(rx)
    if lead is None or lead[0] is not _C.LITERAL:
        return False
    ch = chr(lead[1])  # type: ignore[arg-type]
    return not rx.flags & re.IGNORECASE or ch.lower() == ch.upper()


@dataclass(slots=True, frozen=True)
class Gated:
    """A battery of rules with their gates; ``open(text)`` tells which rules may match ``text``."""

    gates: tuple[Gate, ...]
    always: tuple[bool, ...]  # per rule: True when it has no gate (it always runs)
    by_literal: tuple[tuple[str, tuple[int, ...]], ...]  # literal -> the rules it opens
    # the same literals bucketed by their first two characters (one for a one-character literal)
    by_head: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    # for many literals, one pass over the text finds every occurrence of each (``automaton``):
    # each literal's value is its length and the rules it opens
    scan: Automaton | None = None
    # does some rule have no gate? (``which`` and ``ends`` then answer through ``open``)
    any_always: bool = True

    @classmethod
    def of(cls, patterns: Sequence[re.Pattern[str]]) -> Gated:
        gates = tuple(gate_of(p) for p in patterns)
        opens: dict[str, list[int]] = {}
        for i, g in enumerate(gates):
            for lit in sorted(g or ()):
                opens.setdefault(lit, []).append(i)
        by_literal = tuple((lit, tuple(rs)) for lit, rs in opens.items())
        heads: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for lit, rs in by_literal:
            heads.setdefault(lit[:2], []).append((lit, rs))
        # worth it for many literals (a few are looked up faster one by one); none may be empty
        scan = None
        if len(by_literal) >= _SCAN_MIN and all(opens):
            scan = automaton({lit: (len(lit), rs) for lit, rs in by_literal})
        return cls(
            gates=gates,
            always=tuple(g is None for g in gates),
            by_literal=by_literal,
            by_head={k: tuple(v) for k, v in heads.items()},
            scan=scan,
            any_always=any(g is None for g in gates),
        )

    def open(self, text: str) -> list[bool]:
        """For each rule: may it match somewhere in ``text``? (False only when it cannot.)"""
        low = fold(text)
        out = list(self.always)
        if self.scan is not None and low:
            for _end, (_n, rules) in self.scan.iter(low):
                for r in rules:
                    out[r] = True
            return out
        return self._open_slow(low, out)

    def which(self, text: str) -> list[int]:
        """The indices of the rules ``open(text)`` marks True, in increasing order (a battery that
        scans finds them from its few literal hits, without a flag per rule)."""
        if self.scan is None or self.any_always:
            return [i for i, ok in enumerate(self.open(text)) if ok]
        found: set[int] = set()
        for _end, (_n, rules) in self.scan.iter(fold(text)):
            found.update(rules)
        return sorted(found)

    def ends(self, text: str) -> dict[int, int]:
        """The rules ``open(text)`` marks True, each with an offset of ``text`` no later than the end
        of the first occurrence of one of its literals (a match of the rule contains one, so it ends
        there or later): that end for an ASCII text, else 0 (also for a rule without a gate)."""
        scan = self.scan
        if scan is None or self.any_always or not is_ascii(text):
            return {i: 0 for i in self.which(text)}
        out: dict[int, int] = {}
        # every occurrence of every literal (``text.lower()`` is ``fold(text)`` of an ASCII text,
        # same offsets), by where it ends: the first end of each rule's literals is its first
        for last, (_n, rules) in scan.iter(text.lower()):
            end = last + 1
            for r in rules:
                if r not in out:
                    out[r] = end
        return out

    def _open_slow(self, low: str, out: list[bool]) -> list[bool]:
        """``open`` by looking each literal up (the folded text ``low``, the rules always open)."""
        if len(self.by_literal) <= 2 * len(low):
            for lit, rules in self.by_literal:
                if lit in low:
                    for r in rules:
                        out[r] = True
            return out
        # many literals, short text: look up only the literals that start with a pair (or a
        # character) the text has
        by_head = self.by_head
        heads = {low[i : i + 2] for i in range(len(low) - 1)}
        heads.update(low)
        for h in heads:
            bucket = by_head.get(h)
            if bucket is None:
                continue
            for lit, rules in bucket:
                if len(lit) <= 2 or lit in low:
                    for r in rules:
                        out[r] = True
        return out


# characters of lower-cased English text, commonest first: the order ``automaton`` adds its
# literals in (``text_rank``)
_TEXT_ORDER: Final = " etnaiorshlcdupgmfyv,b.w021xk-j3'456789zq\n"


def automaton(values: Mapping[str, V]) -> Automaton:
    """An Aho–Corasick automaton (pyahocorasick, in C) of the literals ``values`` maps: its
    ``iter(text)`` yields ``(last, value)`` for every occurrence of every literal in ``text``,
    overlapping ones and literals inside longer ones too, by where they end (``last`` is the
    offset of an occurrence's last character), in one pass over the text. Python's ``re`` has no
    multi-literal search: a trie alternation is tried branch by branch at every position.

    The literals are added commonest text characters first (``text_rank``): pyahocorasick looks a
    text's next character up among a trie node's children one by one, in the order they were made,
    so with the common ones first it finds them sooner. Only speed depends on the order."""
    auto = ahocorasick.Automaton()
    for lit in sorted(values, key=text_rank):
        if not lit:
            raise ValueError("an automaton's literal may not be empty")
        auto.add_word(lit, values[lit])
    auto.make_automaton()
    return auto


def text_rank(lit: str) -> tuple[int, ...]:
    """Where ``lit`` sorts in the order an automaton's literals are added in: by its characters'
    ranks in ``_TEXT_ORDER`` in turn (a character not there after all of those, by its code), so
    that every node of the trie has its children commonest first."""
    n = len(_TEXT_ORDER)
    return tuple(r if (r := _TEXT_ORDER.find(c)) >= 0 else n + ord(c) for c in lit)


def trie(words: Iterable[str], *, lower: bool = True, space: str | None = None) -> str:
    """A regex matching exactly ``words``, factored by common prefixes ("t(?:en|hree|op)").

    Python's regex engine tries alternatives one by one; a trie-shaped pattern lets it reject
    a word after its first letter or two, which is what makes the candidate scans fast.
    Where several words match, the longest wins, as with a longest-first alternation — also when
    what follows the trie in a pattern refuses the longest and takes a shorter one.
    ``lower=False`` keeps the words' case (for case-sensitive symbols); with ``space`` given
    (e.g. ``r"\\s+"``), each run of spaces inside a word matches it.
    """
    root: dict = {}
    for w in set(words):
        node = root
        for ch in _trie_chars(w.lower() if lower else w, space):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append((space if ch == " " and space else re.escape(ch)) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # a word ends here too: try the longer ones first, else stop here
        return f"(?:{body})?" if end else body

    return build(root)


def _trie_chars(word: str, space: str | None) -> list[str]:
    """The characters of ``word`` with each run of whitespace as one " " when ``space`` is set."""
    return list(" ".join(word.split()) if space else word)


def width(rx: re.Pattern[str]) -> int:
    """The most characters a match of ``rx`` can span (lookarounds span none); very large when
    unbounded or unknown."""
    if not isinstance(rx.pattern, str):
        return _C.MAXREPEAT
    try:
        return int(_P.parse(rx.pattern, rx.flags).getwidth()[1])
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return _C.MAXREPEAT


def lower_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive twin of an IGNORECASE pattern: on ``text.lower()`` of an ASCII ``text`` it
    finds the matches (the same spans and group spans) ``rx`` finds on ``text``, only faster (re
    compares plain characters quickly). None when that cannot be shown from the parsed pattern:
    it must be IGNORECASE without LOCALE, with no scoped flags and no non-ASCII literal; its
    upper-case letters are lower-cased in the twin, which must then parse as the pattern does with
    every literal and class lower-cased, and have no upper-case letter left (a class holding one
    must hold its lower-case one too)."""
    if not isinstance(rx.pattern, str) or not rx.flags & re.IGNORECASE or rx.flags & re.LOCALE:
        return None
    source = "".join(c.lower() if "A" <= c <= "Z" else c for c in rx.pattern)
    flags = rx.flags & ~re.IGNORECASE
    try:
        twin = re.compile(source, flags)
        parsed = _P.parse(rx.pattern, rx.flags)
        mine = list(_P.parse(source, flags)) if source != rx.pattern else None
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    if twin.flags & re.IGNORECASE or twin.groupindex != rx.groupindex or twin.groups != rx.groups:
        return None  # an inline (?i) keeps the twin case-blind; a group name changed
    if mine is not None:
        try:
            if _norm(list(parsed), lower=True) != _norm(mine, lower=False):
                return None  # lower-casing the source changed more than letters ("\\S", "\\A")
        except _Unknown:
            return None
        parsed = mine
    if not _lower_safe(list(parsed)):
        return None
    return twin


def boundary_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A twin of ``rx`` that finds the same matches (the same spans and group spans) where ``rx``
    opens with ``\\b`` then one character of a class (or a literal) of ASCII letters, digits or
    "_": the twin opens with that character and tests the boundary behind it (``(?<!\\w.)``: no
    word character before it). re's search skips to a place where a pattern's first character
    may match only when the pattern opens with a character or a class, not with ``\\b``: ``rx``
    is tried at every place of the text, the twin only at the places holding such a character.
    The character matched is a word character (any letter a case-blind match admits is a letter
    too), so ``\\b`` before it holds exactly when no word character precedes it. None when ``rx``
    does not open so (or is a bytes pattern)."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        parsed = _P.parse(rx.pattern, rx.flags)
        items = list(parsed)
        if len(items) < 2 or items[0] != (_C.AT, _C.AT_BOUNDARY) or not _word_item(items[1]):
            return None
        behind = list(_P.parse(r"(?<!\w.)", rx.flags))
        from re import _compiler  # type: ignore[attr-defined]

        twin = _sub(parsed.state, [items[1], *behind, *items[2:]])
        out: re.Pattern[str] = _compiler.compile(twin, rx.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    if out.groups != rx.groups or out.groupindex != rx.groupindex:
        return None  # pragma: no cover
    return out


_WORD_ASCII: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _word_item(node: tuple[Any, Any]) -> bool:
    """Does the parsed item match one character, always a word character: an ASCII letter, digit
    or "_", or a class of only such literals and ranges?"""
    op, av = node
    if op is _C.LITERAL:
        return chr(av) in _WORD_ASCII
    if op is not _C.IN:
        return False
    for iop, iav in av:
        if iop is _C.LITERAL:
            if chr(iav) not in _WORD_ASCII:
                return False
        elif iop is _C.RANGE:
            lo, hi = iav
            if hi - lo > 128 or not all(chr(c) in _WORD_ASCII for c in range(lo, hi + 1)):
                return False
        else:  # NEGATE, CATEGORY, ...
            return False
    return bool(av)


def trie_branches(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` (case-sensitive) with each alternation whose alternatives all open with a literal
    character regrouped by that character, as a trie ("rise|rose|jump" as "r(?:ise|ose)|jump"):
    re tries an alternation's alternatives one by one at every place, and a long one of words costs
    a test per word there; grouped, one per first letter. The same matches: alternatives that open
    with other characters never both match at one place, and those of one character keep their
    order (a group opening an alternative is first spread over it: "(?:a|b)c" is "ac|bc").
    ``rx`` itself when nothing is regrouped or the pattern is not plain (flags, backreferences)."""
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE or "(?P=" in rx.pattern:
        return rx
    try:
        parsed = _P.parse(rx.pattern, rx.flags)
        _TRIE.state = parsed.state
        if _GROUPREF in {op for op, _av in _walk(list(parsed))}:
            return rx
        data, changed = _trie_seq(list(parsed))
        if not changed:
            return rx
        from re import _compiler  # type: ignore[attr-defined]

        out: re.Pattern[str] = _compiler.compile(_sub(parsed.state, data), rx.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return rx
    if out.groups != rx.groups or out.groupindex != rx.groupindex:
        return rx  # pragma: no cover
    return out


_GROUPREF: Final = _C.GROUPREF


def _walk(seq) -> list:
    """Every item of a parsed sequence, nested ones too."""
    out = []
    for node in seq:
        out.append(node)
        op, av = node
        if op is _C.SUBPATTERN:
            out.extend(_walk(av[-1]))
        elif op is _C.BRANCH:
            for b in av[1]:
                out.extend(_walk(b))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
            out.extend(_walk(av[2]))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            out.extend(_walk(av[1]))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            out.extend(_walk(av))
    return out


def _trie_seq(seq: list) -> tuple[list, bool]:
    """``seq`` with its top-level alternations regrouped (``trie_branches``); whether any was."""
    out = []
    changed = False
    for op, av in seq:
        if op is _C.BRANCH:
            items = _spread([list(b) for b in av[1]])
            if items is not None:
                grouped = _group(items)
                if grouped is not None:
                    out.append(_branch(grouped))
                    changed = True
                    continue
        out.append((op, av))
    return out, changed


def _spread(items: list[list]) -> list[list] | None:
    """Alternatives opening with an alternation spread over the rest of theirs (and with a greedy
    optional part, as that part and the rest, then the rest alone), until each opens with a literal
    character; None when one cannot (it opens with anything else, or is empty)."""
    out: list[list] = []
    for item in items:
        if not item:
            return None
        op, av = item[0]
        if op is _C.LITERAL:
            out.append(item)
        elif op is _C.BRANCH:
            if any(o is _C.SUBPATTERN and a[0] is not None for o, a in _walk(item[1:])):
                return None  # (a capturing group is not copied)
            inner = _spread([list(b) + item[1:] for b in av[1]])
            if inner is None:
                return None
            out.extend(inner)
        elif op is _C.MAX_REPEAT and av[:2] == (0, 1) and _sub(_TRIE.state, list(av[2])).getwidth()[0]:
            # an optional opening that never matches empty, tried first (greedy): "(?:a )?b" is "a b|b"
            if any(o is _C.SUBPATTERN and a[0] is not None for o, a in _walk(item)):
                return None  # (a capturing group is not copied)
            inner = _spread([list(av[2]) + item[1:], item[1:]])
            if inner is None:
                return None
            out.extend(inner)
        else:
            return None
        if len(out) > 4 * _CAP:
            return None
    return out


def _group(items: list[list]) -> list[list] | None:
    """Alternatives that all open with a literal, grouped by it (in the order the characters first
    come); each group's rests grouped again. None when no two share a character."""
    by: dict[int, list[list]] = {}
    for item in items:
        by.setdefault(item[0][1], []).append(item[1:])
    if len(by) == len(items):
        return None
    out: list[list] = []
    for ch, rests in by.items():
        if len(rests) == 1:
            out.append([(_C.LITERAL, ch), *rests[0]])
            continue
        inner = _group(rests) if all(rests) and all(r[0][0] is _C.LITERAL for r in rests) else None
        out.append([(_C.LITERAL, ch), _branch(inner if inner is not None else rests)])
    return out


# the parser state of the pattern ``trie_branches`` regroups, per thread: two threads may build
# their tables at once (a Dask worker runs its tasks in threads)
_TRIE: Final = threading.local()


def _branch(items: list[list]) -> tuple[Any, Any]:
    """An alternation item of the parser's form (each alternative a ``SubPattern``)."""
    return (_C.BRANCH, (None, [_sub(_TRIE.state, item) for item in items]))


def _sub(state: Any, data: list) -> Any:
    return _P.SubPattern(state, data)


class _Unknown(Exception):
    """A parsed item ``_norm`` does not know."""


def _norm(seq, *, lower: bool) -> tuple:
    """A comparable form of parsed items; ``lower``: with literals and classes lower-cased."""
    out: list[object] = []
    for op, av in seq:
        if op is _C.LITERAL or op is _C.NOT_LITERAL:
            out.append((op, ord(chr(av).lower()) if lower and av < 128 else av))
        elif op is _C.IN:
            chars, other = set(), []
            for iop, iav in av:
                if iop is _C.LITERAL:
                    chars.add(iav)
                elif iop is _C.RANGE:
                    if iav[1] - iav[0] > 512:
                        raise _Unknown
                    chars.update(range(iav[0], iav[1] + 1))
                else:
                    other.append((iop, iav))
            if lower:
                chars = {ord(chr(c).lower()) if c < 128 else c for c in chars}
            out.append((op, frozenset(chars), tuple(other)))
        elif op in (_C.ANY, _C.AT, _C.CATEGORY, _C.GROUPREF):
            out.append((op, av))
        elif op is _C.SUBPATTERN:
            out.append((op, av[0], av[1], av[2], _norm(av[3], lower=lower)))
        elif op is _C.BRANCH:
            out.append((op, tuple(_norm(b, lower=lower) for b in av[1])))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
            out.append((op, av[0], av[1], _norm(av[2], lower=lower)))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            out.append((op, av[0], _norm(av[1], lower=lower)))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            out.append((op, _norm(av, lower=lower)))
        elif op is _C.GROUPREF_EXISTS:
            no = None if av[2] is None else _norm(av[2], lower=lower)
            out.append((op, av[0], _norm(av[1], lower=lower), no))
        else:
            raise _Unknown
    return tuple(out)


def _lower_char(c: int) -> bool:
    """A literal the twin compares as ``rx`` does on ASCII text: a lower-case or uncased ASCII
    character, or an uncased one that no ASCII character matches case-blind (a curly quote)."""
    return not chr(c).isupper() if c < 128 else _plain(chr(c))


def _lower_class(items) -> bool:
    chars: set[int] = set()
    for op, av in items:
        if op is _C.NEGATE or op is _C.CATEGORY:
            continue
        if op is _C.LITERAL:
            chars.add(av)
        elif op is _C.RANGE:
            lo, hi = av
            if hi >= 128:
                return False
            chars.update(range(lo, hi + 1))
        else:  # pragma: no cover - other class items
            return False
    return all(c < 128 or _plain(chr(c)) for c in chars) and all(
        ord(chr(c).lower()) in chars for c in chars if c < 128 and chr(c).isupper()
    )


def _lower_safe(seq) -> bool:
    """Do the items of a parsed pattern match an ASCII text's letters the same, case-blind, as
    case-sensitively on the lower-cased text?"""
    for op, av in seq:
        if op is _C.LITERAL or op is _C.NOT_LITERAL:
            if not _lower_char(av):
                return False
        elif op is _C.IN:
            if not _lower_class(av):
                return False
        elif op in (_C.ANY, _C.AT, _C.CATEGORY, _C.GROUPREF):
            continue
        elif op is _C.SUBPATTERN:
            _group, add, delete, sub = av
            if add or delete or not _lower_safe(sub):
                return False
        elif op is _C.BRANCH:
            if not all(_lower_safe(b) for b in av[1]):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
            if not _lower_safe(av[2]):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if not _lower_safe(av[1]):
                return False
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            if not _lower_safe(av):
                return False
        elif op is _C.GROUPREF_EXISTS:
            _group, yes, no = av
            if not _lower_safe(yes) or (no is not None and not _lower_safe(no)):
                return False
        else:
            return False
    return True
