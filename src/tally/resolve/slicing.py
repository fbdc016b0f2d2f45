"""When the matches of a regex in a long text, cut to a sub-range, are its matches in that slice.

The sentence pass of entity finding reads each sentence on its own (a slice of the article),
while the page pass has already scanned the whole article with the same patterns. A slice
differs from the article only at its edges: there the string ends. For a pattern ``rx`` the
article's matches that start in ``[s, e)`` are exactly the slice's matches when

- ``rx`` is *sliceable*: no lookbehind reading before the start of the match (one reading back
  over what the match consumed is fine), no anchor but ``\\b``/``\\B``, no back-reference, no
  empty match, no ASCII or LOCALE flag (so only ``\\b``/``\\B`` at ``s`` look before it);
- at the start (unless ``s`` is the article's start): the character before ``s`` is no word
  character (``\\b`` sees the same there as at a string start), and no article match runs
  across ``s`` (the scan of the article arrives at ``s`` with nothing pending, as the slice's
  scan begins there);
- at the end (unless ``e`` is the article's end): the character at ``e`` is no word character
  (``\\b`` again), no article match runs across ``e``, and ``rx`` does not *peek* from
  ``text[e - 1]`` at ``text[e]``: no lookahead may read ``text[e]`` after ``text[e - 1]`` was
  consumed, and no atomic part (atomic group, possessive repeat) may consume both. An attempt
  that goes on past ``e`` otherwise either fails there (then it fails at the end of the slice
  too, and the paths tried after it are the same) or matches across ``e``, which the article's
  matches show.

``crosses`` (any part accepting ``text[e - 1]`` followed by one accepting ``text[e]``) and
``peeks`` decide from the parsed pattern (a Glushkov-style first/last/follow pass with the two
characters fixed), conservatively: a construct the pass does not model makes the pattern not
sliceable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

try:  # Python 3.11+
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_ATOM_FLAGS: Final = re.IGNORECASE | re.DOTALL | re.UNICODE
_CATEGORIES: Final = {
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D",
    _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS: Final = tuple(
    op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op is not None
)
_ATOMIC: Final = getattr(_C, "ATOMIC_GROUP", None)


class _Unsupported(Exception):
    """A construct the analysis does not model."""


def is_word(ch: str) -> bool:
    """Is ``ch`` a word character for ``\\b`` in a str pattern (Unicode ``\\w``: re tests
    ``isalnum()`` or "_", the same on every code point)?"""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=256)
def _parsed(pattern: str, flags: int) -> list:
    return list(_P.parse(pattern, flags))


def sliceable(rx: re.Pattern[str]) -> bool:
    """Can ``rx``'s matches in a text be cut to a slice under the edge conditions above?"""
    return _sliceable(rx.pattern, rx.flags)


@lru_cache(maxsize=1024)
def _sliceable(pattern: str, flags: int) -> bool:
    if flags & (re.ASCII | re.LOCALE | re.MULTILINE):
        return False
    try:
        if _P.parse(pattern, flags).getwidth()[0] == 0:
            return False  # a pattern that may match the empty string
        _lookbehinds_inside(_parsed(pattern, flags), 0)
        _seq(_parsed(pattern, flags), flags, "a", "b", False, False)
    except _Unsupported:
        return False
    return True


def _lookbehinds_inside(items: list, before: int) -> int:
    """Check that every lookbehind reads back no further than the match has consumed (at least
    ``before`` characters before ``items``); the fewest characters ``items`` consume."""
    for op, av in items:
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            if direction != 1:
                lo, hi = sub.getwidth()
                if lo != hi or hi > before or not _plain_items(list(sub)):
                    raise _Unsupported("a lookbehind reading before the match")
            else:
                _lookbehinds_inside(list(sub), before)
            continue
        if op is _C.SUBPATTERN:
            _lookbehinds_inside(list(av[3]), before)
        elif _ATOMIC is not None and op is _ATOMIC:
            _lookbehinds_inside(list(av), before)
        elif op is _C.BRANCH:
            for alt in av[1]:
                _lookbehinds_inside(list(alt), before)
        elif op in _REPEATS:
            _lookbehinds_inside(list(av[2]), before)  # the first round has consumed the least
        before += _width(op, av)
    return before


def _width(op, av) -> int:  # noqa: ANN001 - parser tuples
    """The fewest characters an item consumes."""
    if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
        return 1
    if op is _C.SUBPATTERN:
        return int(av[3].getwidth()[0])
    if _ATOMIC is not None and op is _ATOMIC:
        return int(av.getwidth()[0])
    if op is _C.BRANCH:
        return min(int(alt.getwidth()[0]) for alt in av[1])
    if op in _REPEATS:
        return int(av[0] * av[2].getwidth()[0])
    return 0  # zero-width: anchors, assertions


def _plain_items(items: list) -> bool:
    """Only consuming items (no assertion, group or repeat inside a lookbehind)."""
    return all(op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN) for op, _av in items)


def crosses(rx: re.Pattern[str], a: str, b: str) -> bool:
    """May a match attempt of ``rx`` consume ``a`` and then try to consume ``b`` right after it
    (or look at it from a lookahead)? True also when ``rx`` is not sliceable."""
    return _crosses(rx.pattern, rx.flags, a, b)


@lru_cache(maxsize=8192)
def _crosses(pattern: str, flags: int, a: str, b: str) -> bool:
    if not _sliceable(pattern, flags):
        return True
    return _seq(_parsed(pattern, flags), flags, a, b, False, False).cross


def peeks(rx: re.Pattern[str], a: str, b: str) -> bool:
    """May an attempt of ``rx`` that consumed ``a`` read ``b`` right after it in a way its match
    does not show: from a lookahead, or inside an atomic part (which keeps what it read even when
    the match then fails)? True also when ``rx`` is not sliceable. An attempt that consumes ``b``
    otherwise either fails, as at the end of a slice, or matches across the edge."""
    return _peeks(rx.pattern, rx.flags, a, b)


@lru_cache(maxsize=8192)
def _peeks(pattern: str, flags: int, a: str, b: str) -> bool:
    if not _sliceable(pattern, flags):
        return True
    return _seq(_parsed(pattern, flags), flags, a, b, False, False).hidden


@dataclass(slots=True, frozen=True)
class _Info:
    """What a piece of pattern does with the two fixed characters ``a`` (before the edge) and
    ``b`` (after it)."""

    nullable: bool  # may consume nothing
    first: bool  # a first item (consuming, or read by a lookahead at its start) accepts b
    look_first: bool  # ... one read by a lookahead
    last: bool  # a last consuming item accepts a
    cross: bool  # inside it, an item accepting a may be followed by one accepting b
    hidden: bool  # ... where the second is read by a lookahead, or both are in an atomic part


def _seq(items: list, flags: int, a: str, b: str, look: bool, guard: bool) -> _Info:
    """``look``: inside a lookahead; ``guard``: inside a lookahead or an atomic part."""
    nullable, first, look_first, cross, hidden = True, False, False, False, False
    pending = False  # an item accepting ``a`` may stand right before the current point
    for op, av in items:
        n = _node(op, av, flags, a, b, look, guard)
        if pending and n.first:
            cross = True
            hidden = hidden or guard
        hidden = hidden or (pending and n.look_first) or n.hidden
        cross = cross or n.cross
        if nullable:
            first = first or n.first
            look_first = look_first or n.look_first
        pending = n.last or (pending and n.nullable)
        nullable = nullable and n.nullable
    return _Info(nullable, first, look_first, pending, cross, hidden)


def _any(infos: list[_Info]) -> _Info:
    return _Info(
        any(i.nullable for i in infos),
        any(i.first for i in infos),
        any(i.look_first for i in infos),
        any(i.last for i in infos),
        any(i.cross for i in infos),
        any(i.hidden for i in infos),
    )


def _node(op, av, flags: int, a: str, b: str, look: bool, guard: bool) -> _Info:  # noqa: ANN001, PLR0911
    if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
        accepts_b = _accepts(op, av, flags, b)
        return _Info(False, accepts_b, look and accepts_b, _accepts(op, av, flags, a), False, False)
    if op is _C.SUBPATTERN:
        _group, add, remove, sub = av
        return _seq(list(sub), (flags | add) & ~remove, a, b, look, guard)
    if _ATOMIC is not None and op is _ATOMIC:
        return _seq(list(av), flags, a, b, look, True)  # it commits to what it read
    if op is _C.BRANCH:
        return _any([_seq(list(alt), flags, a, b, look, guard) for alt in av[1]])
    if op in _REPEATS:
        lo, hi, sub = av
        atomic = op is getattr(_C, "POSSESSIVE_REPEAT", None)
        body = _seq(list(sub), flags, a, b, look, guard or atomic)
        # one round's last item, the next round's first
        again = hi > 1 and body.last and body.first
        hidden_again = hi > 1 and body.last and (body.look_first or ((guard or atomic) and body.first))
        return _Info(
            lo == 0 or body.nullable,
            body.first,
            body.look_first,
            body.last,
            body.cross or again,
            body.hidden or hidden_again,
        )
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        direction, sub = av
        if direction != 1:
            # (checked by _lookbehinds_inside) it reads back over characters the attempt
            # consumed, so never past the edge: nothing to do with ``a`` then ``b``
            return _Info(True, False, False, False, False, False)
        body = _seq(list(sub), flags, a, b, True, True)
        # consumes nothing where it stands; its body reads on from there
        return _Info(True, body.first, body.first, False, body.cross, body.cross)
    if op is _C.AT and av in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY):
        return _Info(True, False, False, False, False, False)
    raise _Unsupported(str(op))


@lru_cache(maxsize=8192)
def _atom_rx(op, av, flags: int) -> re.Pattern[str]:  # noqa: ANN001 - parser tuples
    """A one-character pattern equivalent to a parsed item, with the flags that bear on it."""
    if op is _C.LITERAL:
        src = re.escape(chr(av))
    elif op is _C.NOT_LITERAL:
        src = "[^" + _class_char(av) + "]"
    elif op is _C.ANY:
        src = "."
    else:
        parts: list[str] = []
        for iop, iav in av:
            if iop is _C.NEGATE:
                parts.insert(0, "^")
            elif iop is _C.LITERAL:
                parts.append(_class_char(iav))
            elif iop is _C.RANGE:
                parts.append(_class_char(iav[0]) + "-" + _class_char(iav[1]))
            elif iop is _C.CATEGORY and iav in _CATEGORIES:
                parts.append(_CATEGORIES[iav])
            else:
                raise _Unsupported(str(iop))
        src = "[" + "".join(parts) + "]"
    return re.compile(src, flags & _ATOM_FLAGS)


def _class_char(code: int) -> str:
    return f"\\U{code:08x}"


def _accepts(op, av, flags: int, ch: str) -> bool:  # noqa: ANN001 - parser tuples
    key = tuple(av) if isinstance(av, list) else av
    return _atom_rx(op, key, flags).fullmatch(ch) is not None


# ``peeks`` decided once per pattern, not once per pair of characters: every field of ``_Info``
# is an OR over the parsed items that accept ``a`` (or ``b``), and ``cross``/``hidden`` an OR of
# such ORs ANDed pairwise. ``_Terms`` keeps those sets of items (as bits of a table of atoms), so
# that a new pair of characters costs a test of which atoms accept each, not a walk of the pattern.

_Atom = tuple  # (op, av, flags that bear on it): one consuming item
_Term = tuple[int, int]  # (atoms one of which accepts a, atoms one of which accepts b)


@dataclass(slots=True, frozen=True)
class _Terms:
    """``_Info`` with ``a`` and ``b`` left open: atom masks for first/look_first/last, terms for
    cross/hidden (each true when some atom of its first mask accepts a and of its second b)."""

    nullable: bool
    first: int
    look_first: int
    last: int
    cross: tuple[_Term, ...]
    hidden: tuple[_Term, ...]


_NONE: Final = _Terms(True, 0, 0, 0, (), ())


class PeekTable:
    """The ``peeks`` of several patterns at once: ``any(peeks(rx, a, b) for rx in patterns)``."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._atoms: dict[_Atom, int] = {}
        self.always = False  # some pattern is not sliceable: it peeks at every pair
        terms: set[_Term] = set()
        for rx in patterns:
            if not _sliceable(rx.pattern, rx.flags):
                self.always = True
                continue
            info = self._seq(_parsed(rx.pattern, rx.flags), rx.flags, False, False)
            terms.update(info.hidden)
        self._terms = tuple(sorted(terms))
        self._rxs = [(_atom_rx(op, av, flags), 1 << i) for (op, av, flags), i in self._atoms.items()]

    def accepting(self, ch: str) -> int:
        """The atoms accepting ``ch``, as a mask."""
        mask = 0
        for rx, bit in self._rxs:
            if rx.fullmatch(ch) is not None:
                mask |= bit
        return mask

    def peeks(self, a: int, b: int) -> bool:
        """Given the masks of the atoms accepting ``a`` and ``b``."""
        return self.always or any(la & a and lb & b for la, lb in self._terms)

    def _atom(self, op, av, flags: int) -> int:  # noqa: ANN001 - parser tuples
        key = (op, tuple(av) if isinstance(av, list) else av, flags)
        if key not in self._atoms:
            _atom_rx(*key)  # (raises _Unsupported as ``_accepts`` would)
            self._atoms[key] = len(self._atoms)
        return 1 << self._atoms[key]

    def _seq(self, items: list, flags: int, look: bool, guard: bool) -> _Terms:
        """``_seq`` with ``a`` and ``b`` open."""
        nullable, first, look_first = True, 0, 0
        cross: list[_Term] = []
        hidden: list[_Term] = []
        pending = 0
        for op, av in items:
            n = self._node(op, av, flags, look, guard)
            if pending and n.first:
                cross.append((pending, n.first))
                if guard:
                    hidden.append((pending, n.first))
            if pending and n.look_first:
                hidden.append((pending, n.look_first))
            hidden.extend(n.hidden)
            cross.extend(n.cross)
            if nullable:
                first |= n.first
                look_first |= n.look_first
            pending = n.last | (pending if n.nullable else 0)
            nullable = nullable and n.nullable
        return _Terms(nullable, first, look_first, pending, tuple(cross), tuple(hidden))

    def _node(self, op, av, flags: int, look: bool, guard: bool) -> _Terms:  # noqa: ANN001, PLR0911
        """``_node`` with ``a`` and ``b`` open."""
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
            bit = self._atom(op, av, flags)
            return _Terms(False, bit, bit if look else 0, bit, (), ())
        if op is _C.SUBPATTERN:
            _group, add, remove, sub = av
            return self._seq(list(sub), (flags | add) & ~remove, look, guard)
        if _ATOMIC is not None and op is _ATOMIC:
            return self._seq(list(av), flags, look, True)
        if op is _C.BRANCH:
            alts = [self._seq(list(alt), flags, look, guard) for alt in av[1]]
            first = look_first = last = 0
            cross: list[_Term] = []
            hidden: list[_Term] = []
            for t in alts:
                first, look_first, last = first | t.first, look_first | t.look_first, last | t.last
                cross.extend(t.cross)
                hidden.extend(t.hidden)
            return _Terms(any(t.nullable for t in alts), first, look_first, last, tuple(cross), tuple(hidden))
        if op in _REPEATS:
            lo, hi, sub = av
            atomic = op is getattr(_C, "POSSESSIVE_REPEAT", None)
            body = self._seq(list(sub), flags, look, guard or atomic)
            cross2, hidden2 = list(body.cross), list(body.hidden)
            if hi > 1 and body.last:
                if body.first:
                    cross2.append((body.last, body.first))
                    if guard or atomic:
                        hidden2.append((body.last, body.first))
                if body.look_first:
                    hidden2.append((body.last, body.look_first))
            nullable = lo == 0 or body.nullable
            return _Terms(nullable, body.first, body.look_first, body.last, tuple(cross2), tuple(hidden2))
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            if direction != 1:
                return _NONE
            body = self._seq(list(sub), flags, True, True)
            return _Terms(True, body.first, body.first, 0, body.cross, body.cross)
        if op is _C.AT and av in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY):
            return _NONE
        raise _Unsupported(str(op))
