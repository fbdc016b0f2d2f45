"""The cue patterns of ``data/segment.yaml``, compiled, and the tests built on them.

Each test looks at one stripped paragraph: is it a byline, an end marker ("X contributed to
this story."), a photo caption or credit, page furniture, or headline-like.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from tally.data import load
from tally.gates import _C, _P, _lead, _parsed, anchored, boundary_twin, fold, gate_of, literal_lead

_FURNITURE_MAX: Final = 80  # page furniture is short: a longer paragraph is not tested for it
_CREDIT_SLACK: Final = 3  # characters a paragraph that is only a credit may hold besides it
_MD_HEADING: Final = re.compile(r"^(#{1,6})\s+\S")
_WORD: Final = re.compile(r"[\w'’\-]+")
# Markup that may precede the first word of a paragraph: "${\it ", "**", "> ", "_".
_LEAD_MARKUP: Final = re.compile(r"^(?:[\s$*_>\"“‘'(\[{}]|\\[A-Za-z]+)*")


@dataclass(slots=True, frozen=True)
class Battery:
    """The patterns of one kind of cue; ``search(p)``: does any of them match ``p``?

    Most paragraphs match none, so the battery is arranged to fail fast: the patterns anchored
    at the start run as one alternation matched at position 0, and a pattern that may match
    anywhere (its search scans the whole paragraph) runs only when one of its gate literals
    (:func:`tally.gates.gate_of`) is in the folded paragraph (a substring test is nearly free);
    a pattern whose matches open with one ASCII character (``\\(``) is gated by that character.
    """

    rules: tuple[re.Pattern[str], ...]  # in table order
    head: re.Pattern[str] | None  # the anchored rules as one alternation (match at 0)
    free: tuple[re.Pattern[str], ...]  # the other rules that always run (no gate)
    gated: tuple[_Lit, ...]  # the gate literals that contain no other one (see _Lit)
    anchored: tuple[re.Pattern[str], ...] = ()  # the rules in ``head``
    # every gate literal is one ASCII character that is no letter ("|", "/"): ``fold`` changes no
    # such character nor makes one, so they are looked for in the text itself, not folded
    uncased: bool = False
    # per ASCII character: the alternation of those rules of ``head`` a text opening with it may
    # match (``_first_chars``), None when none may; a text opening otherwise (or empty) tries ``head``
    head_by: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    # per rule searched for (not anchored) that opens with ``\b`` and a word character: its
    # ``gates.boundary_twin`` (by the rule's ``id``: hashing a pattern hashes its code), searched
    # for in its place (the same matches, found faster)
    finders: dict[int, re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, patterns: list[str], flags: int = 0) -> Battery:
        return cls.of_rules(tuple(re.compile(p, flags) for p in patterns))

    @classmethod
    def of_rules(cls, rules: tuple[re.Pattern[str], ...]) -> Battery:
        heads: list[str] = []
        in_head: list[re.Pattern[str]] = []
        free: list[re.Pattern[str]] = []
        opens: dict[str, list[re.Pattern[str]]] = {}
        finders: dict[int, re.Pattern[str]] = {}
        for rx in rules:
            if anchored(rx):
                alt = _alternative(rx)
                gate = gate_of(rx) if _slow_start(rx) else None
                if gate is not None:  # run only where its literal is (below), not at every paragraph
                    for lit in sorted(gate):
                        opens.setdefault(lit, []).append(rx)
                elif alt is None:
                    free.append(rx)
                else:
                    heads.append(alt)
                    in_head.append(rx)
                continue
            twin = boundary_twin(rx)
            if twin is not None:
                finders[id(rx)] = twin
            lead = _lead_char(rx)
            # a rule whose matches all open with one ASCII character is gated by it alone (its own
            # literals may be common ones, "ap" or "ic"): the substring test is nearly free, while
            # the search, fast as its skip to that character is, costs a call on every paragraph
            gate = frozenset((lead.lower(),)) if lead is not None else gate_of(rx)
            if gate is None:
                free.append(rx)
            for lit in sorted(gate or ()):
                opens.setdefault(lit, []).append(rx)
        return cls(
            rules=rules,
            head=re.compile("|".join(heads)) if heads else None,
            free=tuple(free),
            gated=_literal_tree(opens),
            anchored=tuple(in_head),
            uncased=all(len(lit) == 1 and lit.isascii() and not lit.isalpha() for lit in opens),
            head_by=_head_by(heads, in_head),
            finders=finders,
        )

    @classmethod
    def union(cls, *batteries: Battery) -> Battery:
        """One battery of all the rules of ``batteries``: does any of them match?"""
        return cls.of_rules(tuple(rx for b in batteries for rx in b.rules))

    def __iter__(self) -> Iterator[re.Pattern[str]]:
        return iter(self.rules)

    def search(self, p: str) -> bool:
        return self.first(p) is not None

    def first(self, p: str) -> re.Pattern[str] | None:
        """A rule that matches ``p`` (the first one found, not always the first in table order),
        or None."""
        head = self.head
        if head is not None and p:
            head = self.head_by.get(p[0], head)  # (the rules that may match a text opening so)
        if head is not None and head.match(p):
            for rx in self.anchored:  # (rare: which rule of the alternation matched)
                if rx.match(p):
                    return rx
        finders = self.finders
        for rx in self.free:
            if (finders.get(id(rx), rx) if finders else rx).search(p):
                return rx
        if not self.gated:
            return None
        return _open_first(self.gated, p, p if self.uncased else fold(p), finders)

    def candidates(self, p: str) -> list[re.Pattern[str]]:
        """The rules that may match ``p``, each once: every rule that matches ``p`` is one
        (the anchored ones when their alternation matches, the free ones, the gated ones whose
        literal ``p`` holds)."""
        out = list(self.free)
        head = self.head
        if head is not None and p:
            head = self.head_by.get(p[0], head)
        if head is not None and head.match(p):
            out += self.anchored
        if self.gated:
            _open_rules(self.gated, p if self.uncased else fold(p), out)
        return list(dict.fromkeys(out))


_ASCII: Final[tuple[str, ...]] = tuple(chr(i) for i in range(128))
_ONE_CHAR: Final[tuple[object, ...]] = (_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY)
_REPEATS: Final[tuple[object, ...]] = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None))
_ZERO_WIDTH: Final[tuple[object, ...]] = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


def _head_by(heads: list[str], in_head: list[re.Pattern[str]]) -> dict[str, re.Pattern[str] | None]:
    """Per ASCII character, the alternation of the anchored rules (``heads``, the rules
    ``in_head``) a text opening with it may match, None when none may: a rule whose first
    characters are not known (``_first_chars``) is in every one."""
    firsts = [_first_chars(rx) for rx in in_head]
    built: dict[tuple[int, ...], re.Pattern[str] | None] = {}
    out: dict[str, re.Pattern[str] | None] = {}
    for ch in _ASCII:
        which = tuple(i for i, f in enumerate(firsts) if f is None or ch in f)
        if which not in built:
            built[which] = re.compile("|".join(heads[i] for i in which)) if which else None
        out[ch] = built[which]
    return out


class _Unknown(Exception):
    """A parsed item ``_firsts`` does not read."""


def _first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a match of the anchored ``rx`` may open with (a text opening with any
    other character has no match), or None when not known or when a match may be empty."""
    parsed = _parsed(rx)
    if parsed is None or not anchored(rx):
        return None
    try:
        chars, empty = _firsts(list(parsed)[1:], parsed.state, rx.flags)
    except _Unknown:
        return None
    return None if empty else frozenset(chars)


def _firsts(items: list, state: object, flags: int) -> tuple[set[str], bool]:
    """The ASCII characters the matches of the parsed ``items`` may open with, and whether one may
    be empty. A zero-width item (an anchor, ``\\b``, a lookaround) is passed over: that keeps
    characters it would rule out, never drops one."""
    from re import _compiler  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _ONE_CHAR:
            # the characters the item matches, found by trying each (under the rule's flags)
            one = _compiler.compile(_P.SubPattern(state, [(op, av)]), flags)
            out.update(c for c in _ASCII if one.fullmatch(c))
            return out, False
        if op is _C.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown  # flags of its own
            got, empty = _firsts(list(av[3]), state, flags)
        elif op is _C.BRANCH:
            got, empty = set(), False
            for alt in av[1]:
                chars, none = _firsts(list(alt), state, flags)
                got |= chars
                empty = empty or none
        elif op in _REPEATS:
            got, empty = _firsts(list(av[2]), state, flags)
            empty = empty or av[0] == 0
        else:
            raise _Unknown
        out |= got
        if not empty:
            return out, False
    return out, True


def _lead_char(rx: re.Pattern[str]) -> str | None:
    """The ASCII character every match of ``rx`` begins with (``gates.literal_lead``), or None.
    A text holding a match holds it, and ``fold`` of the text its lower case."""
    if not literal_lead(rx):
        return None
    lead = _lead(rx)
    ch = chr(lead[1]) if lead is not None and isinstance(lead[1], int) else ""
    return ch if len(ch) == 1 and ch.isascii() else None


_CLASS_REPEATS: Final[tuple[object, ...]] = (_C.MAX_REPEAT, _C.MIN_REPEAT)


def _slow_start(rx: re.Pattern[str]) -> bool:
    """Does anchored ``rx`` open with a run of a class under IGNORECASE (``^[A-Z\\s]{0,30}\\|``)?
    re reads such a run one character at a time through its general matcher, then backs off
    over it: ~6 us on a line of prose that fails it, 20x a rule failing on its first character,
    so it is gated by its literals (a substring test) rather than tried on every paragraph."""
    parsed = _parsed(rx)
    if parsed is None or len(parsed) < 2 or not rx.flags & re.IGNORECASE:
        return False
    op, av = parsed[1]
    if op not in _CLASS_REPEATS:
        return False
    _, most, item = av  # type: ignore[misc]
    return bool(most > 2 and len(item) == 1 and item[0][0] is _C.IN)  # (not "[-—–]{1,2}")


# A gate literal, the rules it lets run, and the literals that contain it: they can occur only
# where it does, so they are looked for only then.
_Lit = tuple[str, tuple[re.Pattern[str], ...], tuple["_Lit", ...]]


def _literal_tree(opens: dict[str, list[re.Pattern[str]]]) -> tuple[_Lit, ...]:
    """The literals of ``opens`` as a forest: each under the shortest other one it contains."""
    by_len = sorted(opens, key=len)
    kids: dict[str, list[str]] = {lit: [] for lit in by_len}
    roots: list[str] = []
    for n, lit in enumerate(by_len):
        inner = next((q for q in by_len[:n] if q in lit), None)
        (roots if inner is None else kids[inner]).append(lit)

    def node(lit: str) -> _Lit:
        return lit, tuple(opens[lit]), tuple(node(k) for k in kids[lit])

    return tuple(node(lit) for lit in roots)


def _open_first(
    lits: tuple[_Lit, ...], p: str, low: str, finders: dict[int, re.Pattern[str]]
) -> re.Pattern[str] | None:
    """A rule opened by one of ``lits`` (found in ``low``, ``p`` folded) that matches ``p``, or None
    (each rule searched for by its twin in ``finders``, when it has one)."""
    for lit, rxs, inner in lits:
        if lit in low:
            for rx in rxs:
                if (finders.get(id(rx), rx) if finders else rx).search(p):
                    return rx
            if inner:
                got = _open_first(inner, p, low, finders)
                if got is not None:
                    return got
    return None


def _open_rules(lits: tuple[_Lit, ...], low: str, out: list[re.Pattern[str]]) -> None:
    """Add to ``out`` the rules opened by the literals of ``lits`` found in ``low``."""
    for lit, rxs, inner in lits:
        if lit in low:
            out += rxs
            if inner:
                _open_rules(inner, low, out)


def _alternative(rx: re.Pattern[str]) -> str | None:
    """``rx`` (starting with ``^``) as one alternative of a bigger pattern, its flags inline,
    when that means the same: no groups (their numbers would change), no flags but
    IGNORECASE; else None."""
    if rx.groups or rx.flags & ~(re.IGNORECASE | re.UNICODE) or not rx.pattern.startswith("^"):
        return None
    return f"(?{'i' if rx.flags & re.IGNORECASE else ''}:{rx.pattern})"


# what ``Cues.screen`` tells of a paragraph
PLAIN: Final = 0  # no cue: prose
CAPTION_CUE: Final = 1  # a credit or a caption start
OTHER_CUE: Final = 2  # another cue (end marker, furniture), or one that it did not tell apart


@dataclass(slots=True, frozen=True, kw_only=True)
class Cues:
    byline: Battery
    byline_max_chars: int
    end_marker: Battery
    credit: Battery
    caption_start: Battery
    caption_portrait: Battery
    furniture: Battery
    figure_gap: int
    headline_max_chars: int
    headline_max_words: int
    weak_endings: frozenset[str]
    bad_final_chars: str
    deck_max_words: int
    bare_max_words: int = 12
    bare_min_next_words: int = 15
    bare_auxiliaries: frozenset[str] = frozenset()
    bare_closers: str = ".!?"
    # credit, caption start and end marker in one battery (see ``screen``)
    cued: Battery | None = None
    caption_rules: tuple[re.Pattern[str], ...] = ()  # those of ``credit`` and ``caption_start``

    # -- single-paragraph tests ------------------------------------------------------------
    def screen(self, p: str) -> int:
        """``PLAIN`` when ``p`` is no credit, caption start, end marker or furniture (most
        paragraphs are plain prose: one battery tells it at once; furniture is short, tested
        apart); ``CAPTION_CUE`` when it is a credit or caption start (the rule the battery found
        is one of theirs: they need not be searched again); else ``OTHER_CUE``."""
        if self.cued is None or (len(p) <= _FURNITURE_MAX and self.furniture.search(p)):
            return OTHER_CUE  # no single battery, or furniture
        rx = self.cued.first(p)
        if rx is None:
            return PLAIN
        return CAPTION_CUE if rx in self.caption_rules else OTHER_CUE

    def is_plain(self, p: str) -> bool:
        """Is ``p`` no credit, caption start, end marker or furniture?"""
        return self.screen(p) == PLAIN

    def is_byline(self, p: str) -> bool:
        return len(p) <= self.byline_max_chars and "\n" not in p and self.byline.search(p)

    def is_end_marker(self, p: str) -> bool:
        return len(p) <= 400 and self.end_marker.search(p)

    def has_credit(self, p: str) -> bool:
        return self.credit.search(p)

    def is_credit_only(self, p: str) -> bool:
        """The paragraph is nothing but a photo credit ("LI MING / FOR CHINA DAILY"): the first
        match of a credit rule leaves at most 3 of its characters out.

        Such a match starts at one of the first 4 characters, so each rule is matched there (the
        first position where it matches is where its search finds it) instead of searched for
        along the whole paragraph, which on a long caption costs tens of times more."""
        most = min(_CREDIT_SLACK, len(p)) + 1
        for rx in self.credit.candidates(p):  # the others match nothing
            for i in range(most):
                m = rx.match(p, i)
                if m:
                    if len(p) - len(m.group(0)) <= _CREDIT_SLACK:
                        return True
                    break  # the first match is too short
        return False

    def starts_caption(self, p: str) -> bool:
        return self.caption_start.search(p)

    def is_portrait(self, p: str) -> bool:
        return (
            not p.rstrip().endswith(".")
            and len(p.split()) <= 25
            and self.caption_portrait.search(p)
        )

    def is_furniture(self, p: str) -> bool:
        return len(p) <= _FURNITURE_MAX and self.furniture.search(p)

    def is_markdown_heading(self, p: str) -> bool:
        return p[:1] == "#" and "\n" not in p and bool(_MD_HEADING.match(p))

    def heading_level(self, p: str) -> int:
        m = _MD_HEADING.match(p) if p[:1] == "#" else None
        return len(m.group(1)) if m else 0

    def is_headline_like(self, p: str, *, weak_ok: bool = False, uncued: bool = False) -> bool:
        """Short, one line, title-like: no closing full stop, no dangling last word.

        With ``weak_ok`` a last word such as "more" or "over" is allowed: right above a byline
        a line is a title ("Exports hit record as Canada buys more"), not a cut sentence.
        ``uncued``: ``p`` is known to match no byline, end-marker, furniture or credit cue (a
        block classified as text), so those tests are skipped."""
        if "\n" in p or len(p) > self.headline_max_chars:
            return self.is_markdown_heading(p)
        if self.is_markdown_heading(p):
            return True
        return self._title_words(p, weak_ok, uncued) is not None

    def _title_words(self, p: str, weak_ok: bool, uncued: bool) -> list[str] | None:
        """``_WORD.findall(p)`` when ``p`` (one line, not too long, no Markdown heading) is
        headline-like (``is_headline_like``), else None."""
        # the cheap tests first: most short paragraphs are sentences ending with a full stop
        if not p or p[-1] in self.bad_final_chars:
            return None
        first = first_letter(p)
        if first is None or first.islower():
            return None
        words: list[str] = _WORD.findall(p)
        if not words or len(words) > self.headline_max_words:
            return None
        if not weak_ok and words[-1].lower() in self.weak_endings:
            return None
        if uncued:
            return words
        if self.is_byline(p) or self.is_end_marker(p) or self.is_furniture(p) or self.has_credit(p):
            return None
        return words

    def is_bare_headline(self, p: str, *, uncued: bool = False) -> bool:
        """A title that may open an article with no byline ("Farm output up after good monsoon")."""
        # the cheap tests first (is_headline_like makes them too): a title is short, starts
        # with a capital letter, and ends with no full stop
        if len(p) > self.headline_max_chars or not p or not p[0].isalpha() or not p[0].isupper():
            return False
        if p[-1] in self.bad_final_chars:
            return False
        if "\n" in p or self.is_markdown_heading(p):  # (what ``is_headline_like`` then says: no)
            return False
        words = self._title_words(p, False, uncued)  # (the words of a headline-like ``p``)
        if words is None or len(words) > self.bare_max_words:
            return False
        return not any(w in self.bare_auxiliaries for w in words[1:])

    def closes(self, p: str) -> bool:
        """Does the paragraph end a sentence (. ! ? or a closing quote)?"""
        p = p.rstrip()
        return bool(p) and p[-1] in self.bare_closers

    def opens_prose_after(self, title: str, p: str) -> bool:
        """Is ``p`` the first paragraph of a story under ``title``: prose starting with a capital
        that does not repeat the title's opening words?"""
        if starts_lowercase(p) or self.is_headline_like(p) or len(p.split()) < self.bare_min_next_words:
            return False
        head = [w.lower() for w in _WORD.findall(title)[:2]]
        return [w.lower() for w in _WORD.findall(p)[:2]] != head

    def is_deck(self, p: str) -> bool:
        """A standfirst between headline and byline: a short paragraph of prose."""
        return "\n" not in p.strip() and len(p.split()) <= self.deck_max_words


def first_letter(p: str) -> str | None:
    """The first letter of a paragraph, after leading markup and quotes ("${\\it emerging")."""
    if p and p[0].isalpha():  # (the usual paragraph: no markup for ``_LEAD_MARKUP`` to strip)
        return p[0]
    rest = _LEAD_MARKUP.sub("", p, count=1)
    for ch in rest:
        if ch.isalpha():
            return ch
        if ch.isdigit():
            return "0"
        if not ch.isspace():
            continue
    return None


def starts_lowercase(p: str) -> bool:
    ch = first_letter(p)
    return ch is not None and ch.islower()


@cache
def cues() -> Cues:
    """The compiled cues of ``data/segment.yaml`` (cached)."""
    d = load("segment")
    ci = re.IGNORECASE

    end_marker = Battery.of(d["end_marker"], ci)
    credit = Battery.of(d["credit"])
    caption_start = Battery.of(d["caption_start"])
    furniture = Battery.of(d["furniture"], ci)
    return Cues(
        byline=Battery.of(d["byline"]["patterns"]),
        byline_max_chars=int(d["byline"]["max_chars"]),
        end_marker=end_marker,
        credit=credit,
        caption_start=caption_start,
        caption_portrait=Battery.of(d["caption_portrait"]),
        furniture=furniture,
        figure_gap=int(d["figure_gap_newlines"]),
        headline_max_chars=int(d["headline"]["max_chars"]),
        headline_max_words=int(d["headline"]["max_words"]),
        weak_endings=frozenset(w.lower() for w in d["headline"]["weak_endings"]),
        bad_final_chars=str(d["headline"]["bad_final_chars"]),
        deck_max_words=int(d["deck"]["max_words"]),
        bare_max_words=int(d["bare_headline"]["max_words"]),
        bare_min_next_words=int(d["bare_headline"]["min_next_words"]),
        bare_auxiliaries=frozenset(w.lower() for w in d["bare_headline"]["auxiliaries"]),
        bare_closers=str(d["bare_headline"]["closers"]),
        cued=Battery.union(credit, caption_start, end_marker),
        caption_rules=credit.rules + caption_start.rules,
    )
