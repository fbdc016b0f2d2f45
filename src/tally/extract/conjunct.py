"""Conjunctive literal gates: a rule opens only when a literal of each of several sets occurs.

``tally.gates.gate_of`` keeps one set of literals per rule (the best of the candidates it finds
in the pattern's parts). Every contiguous part of a pattern's top-level sequence is matched
inside every match of the whole, so the gate of each part is required too: ``required(rx)``
returns the gates of the parts (the runs of fixed strings and each other item, as
``tally.gates`` splits them), and a rule may match a text only where each of them has a literal.

``Conjunct.of(rules, base)`` keeps, per rule, its own gate (``base``) and those of its parts
whose literals each are in ``base``'s scan already, or are at least three characters long, no
common word, and start with a character the scan's literals start with (so the one scan over a
text costs about the same: measured), and scans a text once for all of them (an Aho–Corasick
automaton, ``tally.gates.automaton``): at each position the longest literal there, which has as
prefixes every other literal occurring there.
``opens(literals)`` is cached (bounded): sentences share their sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

from tally.gates import _COMMON, Automaton, Gate, _exact, _gate_seq, automaton

try:  # Python 3.11+
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_NEW_MIN: Final = 3  # the shortest literal a part's gate may add to the scan
_CACHE_MAX: Final = 2048  # most literal sets ``opens`` keeps answers for
_NONE: Final[frozenset[str]] = frozenset()
_ZERO_WIDTH: Final[tuple[object, ...]] = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


def required(rx: re.Pattern[str]) -> list[frozenset[str]]:
    """Gates (lower-cased literals, see ``tally.gates``) each of which every match of ``rx``
    contains a literal of: one per part of its top-level sequence that has one."""
    if not isinstance(rx.pattern, str):
        return []
    try:
        items = list(_P.parse(rx.pattern, rx.flags))
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return []
    return _required_seq(items)


def _required_seq(items: list) -> list[frozenset[str]]:
    """``required`` of a parsed sequence: the gates of its parts, and of a part that is a group
    or an alternation, the gates every match of it needs (``_required_node``)."""
    parts: list[list] = []
    run: list = []
    for node in items:
        if _exact(node) is not None:
            run.append(node)  # fixed strings: one part with its neighbours (their concatenations)
            continue
        if run:
            parts.append(run)
            run = []
        parts.append([node])
    if run:
        parts.append(run)
    out: list[frozenset[str]] = []
    for part in parts:
        g = _gate_seq(part)
        if g and g not in out:
            out.append(g)
        if len(part) == 1:
            for g in _required_node(part[0]):
                if g not in out:
                    out.append(g)
    return out


def _required_node(node) -> list[frozenset[str]]:
    """Gates every match of one item needs, found inside it: a group's are those of its sequence
    (every match of the group is one of its sequence); an alternation's, the gates of one
    alternative that each other alternative needs too, or a gate that implies it ("(?:last
    (?:summer|winter)|(?:summer|winter) of 2020)" needs a season word, which the best gate of
    the whole may not be)."""
    op, av = node
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, seq = av
        if add_flags or del_flags:
            return []  # flags of its own: read as the whole pattern is, they might differ
        return _required_seq(list(seq))
    if op is _C.BRANCH:
        alts = [_required_seq(list(b)) for b in av[1]]
        if not alts:
            return []
        return [g for g in alts[0] if all(any(_implies(h, g) for h in hs) for hs in alts[1:])]
    return []


def alternatives(rx: re.Pattern[str]) -> list[list[frozenset[str]]] | None:
    """When ``rx`` is one alternation (zero-width items and groups around it aside): per
    alternative, the gates each of its matches contains a literal of (``required``); else None.
    A match of ``rx`` is a match of one alternative: the gates of one of them all have a literal."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        core = list(_P.parse(rx.pattern, rx.flags))
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    while True:
        core = [n for n in core if n[0] not in _ZERO_WIDTH]
        if len(core) != 1 or core[0][0] is not _C.SUBPATTERN or core[0][1][1] or core[0][1][2]:
            break
        core = list(core[0][1][-1])
    if len(core) != 1 or core[0][0] is not _C.BRANCH:
        return None
    return [_required_seq(list(b)) for b in core[0][1][1]]


def _implies(h: frozenset[str], g: frozenset[str]) -> bool:
    """Does a text with a literal of ``h`` have one of ``g`` (each of ``h`` contains one of ``g``)?"""
    return all(any(lit in x for lit in g) for x in h)


@dataclass(slots=True)
class Conjunct:
    """Per rule, the gates all of which must have a literal in a text for the rule to open."""

    gates: tuple[tuple[frozenset[str], ...], ...]  # () for a rule with none: it always opens
    prefixes: dict[str, frozenset[str]]  # per literal, the literals that are prefixes of it
    # every occurrence of every literal of the gates (``tally.gates.automaton``; a literal's
    # value is the literal)
    scan: Automaton
    # per rule that is one alternation, the cheap gates of each alternative (see ``alternatives``;
    # each has some): the rule opens only where all those of one alternative have a literal
    alts: tuple[tuple[tuple[frozenset[str], ...], ...] | None, ...] = ()
    _cache: dict[frozenset[str], tuple[int, ...]] = field(default_factory=dict)
    # the same by numbers (``_index``): per literal found, the gates it and its prefixes satisfy;
    # per rule, the gates it needs, and those of each alternative
    _satisfies: dict[str, frozenset[int]] = field(default_factory=dict)
    _needs: tuple[tuple[int, frozenset[int], tuple[frozenset[int], ...] | None], ...] = ()

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        """Number the gates: ``opens`` then asks, per rule, whether the gates it needs are a subset
        of those the literals found satisfy (a set operation in C, not a test per gate)."""
        ids: dict[frozenset[str], int] = {}

        def num(gs: tuple[frozenset[str], ...]) -> frozenset[int]:
            return frozenset(ids.setdefault(g, len(ids)) for g in gs)

        alts = self.alts or (None,) * len(self.gates)
        self._needs = tuple(
            (i, num(gs), None if alt is None else tuple(num(a) for a in alt))
            for i, (gs, alt) in enumerate(zip(self.gates, alts, strict=True))
        )
        by_lit: dict[str, set[int]] = {}
        for g, k in ids.items():
            for lit in g:
                by_lit.setdefault(lit, set()).add(k)
        self._satisfies = {
            lit: frozenset(k for p in pre for k in by_lit.get(p, ())) for lit, pre in self.prefixes.items()
        }

    @classmethod
    def of(cls, patterns: Sequence[re.Pattern[str]], base: Sequence[Gate]) -> Conjunct | None:
        """The gates of ``patterns``: each one's ``base`` gate and the parts' gates cheap to add.
        None when there is no literal to scan for."""
        known = {lit for g in base if g for lit in g}
        if not known:
            return None
        firsts = {lit[0] for lit in known}

        def cheap(g: frozenset[str]) -> bool:
            return all(
                lit in known
                or (len(lit) >= _NEW_MIN and lit not in _COMMON and lit[0] in firsts and lit.strip() == lit)
                for lit in g
            )

        gates: list[tuple[frozenset[str], ...]] = []
        for rx, g in zip(patterns, base, strict=True):
            own = [g] if g else []
            gates.append(tuple(own + [p for p in required(rx) if p not in own and cheap(p)]))
        alts = tuple(_cheap_alternatives(rx, cheap) for rx in patterns)
        literals = {lit for gs in gates for g in gs for lit in g}
        literals |= {lit for a in alts if a for gs in a for g in gs for lit in g}
        prefixes = {lit: frozenset(p for p in literals if lit.startswith(p)) for lit in literals}
        scan = automaton({lit: lit for lit in literals})
        return cls(gates=tuple(gates), prefixes=prefixes, scan=scan, alts=alts)

    def found(self, low: str) -> frozenset[str]:
        """The longest literal at each position of ``low`` where one starts (it has every other
        literal starting there as a prefix): the scan's definition, which ``occurrences`` gives
        the same ``opens`` of."""
        longest: dict[int, str] = {}
        for last, lit in self.scan.iter(low):
            at = last - len(lit) + 1
            had = longest.get(at)
            if had is None or len(lit) > len(had):
                longest[at] = lit
        return frozenset(longest.values()) if longest else _NONE

    def occurrences(self, low: str) -> list[tuple[int, str]]:
        """Every occurrence in ``low`` of every literal (overlapping ones too): its last index and
        the literal, as the scan yields them. ``opens`` of the set of their literals is ``opens``
        of ``found(low)``: each is a prefix of the longest literal where it starts, and a literal
        satisfies the gates its prefixes satisfy (the whole list is made in C, with no loop here)."""
        return list(self.scan.iter(low))

    def opens(self, found: frozenset[str]) -> tuple[int, ...]:
        """The rules, in order, whose every gate has a literal occurring where the scan ``found``
        the literals ``found`` (the longest one at each position, or every literal occurring:
        the same rules)."""
        hit = self._cache.get(found)
        if hit is None:
            sat: set[int] = set()  # the gates with a literal present (see ``_index``)
            for lit in found:
                sat |= self._satisfies[lit]
            hit = tuple(
                i
                for i, need, alt in self._needs
                if need <= sat and (alt is None or any(a <= sat for a in alt))
            )
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()  # bounded: a new run of sentences fills it again
            self._cache[found] = hit
        return hit


def _cheap_alternatives(
    rx: re.Pattern[str], cheap: Callable[[frozenset[str]], bool]
) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """``alternatives(rx)`` with only the gates ``cheap`` to scan for, their literals stripped of
    white space at the ends (a text with " years" has "years"); None when an alternative keeps none
    (it may match anywhere: the alternatives then shut nothing)."""
    alts = alternatives(rx)
    if alts is None:
        return None
    out: list[tuple[frozenset[str], ...]] = []
    for gs in alts:
        kept = []
        for g in gs:
            bare = frozenset(lit.strip() for lit in g)
            if all(bare) and cheap(bare) and bare not in kept:
                kept.append(bare)
        if not kept:
            return None
        out.append(tuple(kept))
    return tuple(out)
