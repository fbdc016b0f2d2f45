"""Kind, direction, basis and status of a figure, from cue words around it.

The cue vocabulary is ``data/kind_cues.yaml``. Every function takes the text *before* the
figure (back to the previous figure or the clause start), the text *after* it (up to the next
figure or the clause end) and the whole sentence, and returns its answer with the rule name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final

from tally.data import load
from tally.gates import (
    _C,
    Automaton,
    _parsed,
    _score,
    _walk,
    anchored,
    automaton,
    cover_gate,
    fold_lower,
    gate_backs,
    gate_of,
    gate_options,
    literal_lead,
    lower_twin,
    trie,
    trie_branches,
    width,
)
from tally.model import Quantity

# patterns of the re calls below, compiled once
_RX_YEAR_BEFORE_1: Final = re.compile(r"(\d{4})")
_RX_BASIS_OF_1: Final = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?(?:19|20)\d\d\s+(?:and|to)\b", re.IGNORECASE
)
_RX_STATUS_OF_1: Final = re.compile(r"^\s*(?:\([^)]*\)\s*)?by\s+(?:the end of\s+)?(20\d\d)\b")
_RX_KEEP_RANK_1: Final = re.compile(r"largest|biggest|highest|leading|\w-?\w*est$|-most\b", re.IGNORECASE)
_RX_CLASSIFY_1: Final = re.compile(r"\bto\s*(?:about|nearly|around|some|over|more than|roughly|almost)?\s*$")
_RX_STATUS_OF_2: Final = re.compile(r"[,;]")
_RX_KEEP_RANK_2: Final = re.compile(r"\brank", re.IGNORECASE)
_RX_KEEP_RANK_3: Final = re.compile(r"\b(?:the|top)\s*$", re.IGNORECASE)
_RX_CLASSIFY_2: Final = re.compile(r"\s*(?:fewer|less|lower|below)\b", re.I)
_RX_CLASSIFY_3: Final = re.compile(r"\bby\s*(?:about|nearly|around|some|over|more than|roughly)?\s*$")
_RX_CLASSIFY_4: Final = re.compile(r"\b(?:growth|increase|rise|decline|drop)\b", re.IGNORECASE)
_RX_BASIS_OF_2: Final = re.compile(r"\d{4}")


@dataclass(slots=True, kw_only=True, init=False)
class KindInfo:
    kind: str = "level"
    direction: str | None = None
    basis: str | None = None
    rules: list[str] = field(default_factory=list)

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self,
        *,
        kind: str = "level",
        direction: str | None = None,
        basis: str | None = None,
        rules: list[str] | None = None,
    ) -> None:
        self.kind = kind
        self.direction = direction
        self.basis = basis
        self.rules = [] if rules is None else rules


@dataclass(slots=True, frozen=True)
class Quick:
    """A regex behind its literal gate (``tally.gates``): a text folded without one of the literals
    every match contains cannot match, and is rejected by one fast scan (an alternation of plain
    literals, which re searches with a first-character prefilter) instead of the cue regex being
    tried at every position. Same results as the regex itself."""

    rx: re.Pattern[str]
    gate: re.Pattern[str] | None  # None: no gate derivable
    # ``gates.lower_twin(rx)``: the same matches on the lower-cased ASCII text, found faster
    twin: re.Pattern[str] | None = None
    reach: int = 1 << 30  # the most characters a match spans (``gates.width``)
    # the gate's literals when they are few (none containing another): tested one by one with
    # ``in``, which answers as the gate's search does at a fraction of a regex call's cost
    few: tuple[str, ...] | None = None
    # when the gate's literals are many: a few literals of another gate of ``rx`` (``_pre``), tested
    # first with ``in``; a text holding none of them is rejected without the gate's search
    pre: tuple[str, ...] | None = None
    # ``gates.gate_backs(rx)`` for the gate's search (-1: none): a search for a match on an ASCII text
    # starts that many characters before where the gate's search found a literal, unless the text
    # holds one of the literals ``far``, which a match may hold anywhere
    back: int = -1
    far: tuple[str, ...] = ()
    # the twin also answers, with the same spans, on a non-ASCII text whose ASCII letters alone are
    # lower-cased (``_ascii_lowered``): it has no backreference (which compares case-blind in ``rx``)
    mixed: bool = False
    # the gate's literals when more than ``_FEW`` but no more than ``_MID`` (none containing another):
    # tested with ``in`` by ``_from`` alone, on a text of at most ``_MID_LEN`` characters, where that
    # many ``in`` tests cost less than the gate's search; ``match`` and ``starts`` (longer windows,
    # ``qualifiers``) keep the search
    mid: tuple[str, ...] | None = None

    @classmethod
    def of(cls, rx: re.Pattern[str]) -> Quick:
        lits = gate_of(rx)
        few = _few(lits)
        if lits is not None and (literal_lead(rx) or (few is None and anchored(rx))):
            # re's own search is as fast as the gate's: it skips to the leading character, or
            # tries the start of the text alone
            lits = few = None
        gate = re.compile(trie(lits, lower=False)) if lits else None
        pre = _pre(rx) if lits and few is None else None
        if pre is None and lits and few is None:
            # a few parts of the literals of the branches' gates ("year" for the many ways of
            # saying year-on-year), when no other gate has few literals
            pre = _few(cover_gate(rx, _FEW))
        backs = gate_backs(rx) if lits and few is None else {}
        near = [b for b in backs.values() if b is not None]
        far = tuple(sorted(lit for lit, b in backs.items() if b is None))
        back = max(near) if near and len(far) <= _FEW else -1
        reach = min(width(rx), 1 << 30)
        twin = lower_twin(rx)
        if twin is not None:
            twin = trie_branches(twin)  # (a long alternation of words tried a letter at a time)
        mixed = twin is not None and not _backreferences(rx)
        mid = _few(lits, _MID) if lits and few is None else None
        return cls(rx, gate, twin, reach, few, pre, back, far if back >= 0 else (), mixed, mid)

    def _lits(self, low: str) -> int:
        """What the few literals tested with ``in`` tell of the folded text ``low``: -1 it is
        rejected, 1 it is let through (``few`` holds), 0 the gate's search must tell."""
        few = self.few
        if few is not None:
            for lit in few:
                if lit in low:
                    return 1
            return -1
        pre = self.pre
        if pre is not None:
            for lit in pre:
                if lit in low:
                    return 0
            return -1
        return 0

    def _shut(self, low: str) -> bool:
        """Does the gate reject the folded text ``low`` (no literal of it in ``low``)? False
        without a gate."""
        told = self._lits(low)
        if told:
            return told < 0
        gate = self.gate
        return gate is not None and gate.search(low) is None

    def _back_from(self, low: str, first: int) -> int:
        """``_from(low)`` when the gate's search would find a literal starting at ``first``."""
        if self.back < 0:
            return 0
        for lit in self.far:
            if lit in low:
                return 0
        at = first - self.back
        return at if at > 0 else 0

    def _from(self, low: str) -> int:
        """Where a match may start in the ASCII text whose lower-cased form is ``low``, as far as its
        gate tells (``_shut``, and with a gate searched for its literals, ``back`` characters before
        the first): -1 when nowhere."""
        told = self._lits(low)
        if told:
            return -1 if told < 0 else 0
        gate = self.gate
        if gate is None:
            return 0
        mid = self.mid
        if mid is not None and len(low) <= _MID_LEN:
            # (where the gate's search would find its first literal is not sought: a search from
            # the start finds the same first match)
            for lit in mid:
                if lit in low:
                    return 0
            return -1
        m = gate.search(low)
        return -1 if m is None else self._back_from(low, m.start())

    def may(self, text: str) -> bool:
        if self.gate is None:
            return True
        low = text.lower()  # (``fold(text)`` is ``fold_lower(low)``)
        return not self._shut(fold_lower(low))

    # the gate check is repeated inline below: these run for every window of every figure

    def search(self, text: str) -> re.Match[str] | None:
        if self.gate is not None:
            if text.isascii():
                at = self._from(text.lower())
                return None if at < 0 else self.rx.search(text, at)
            low = text.lower()
            if self._shut(fold_lower(low)):
                return None
        return self.rx.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        if self.gate is not None:
            head = text if len(text) <= self.reach else text[: self.reach]  # where a match can be
            low = head.lower()
            if self._shut(fold_lower(low)):
                return None
        return self.rx.match(text)

    # answers without a match object (whose groups would be lower-cased): the twin may answer

    def has(self, text: str) -> bool:
        """Does ``search(text)`` find a match?"""
        low = text.lower()
        few = self.few
        if few is not None:  # (``_shut``, written out: the most frequent call of all)
            folded = fold_lower(low)
            shut = True
            for lit in few:
                if lit in folded:
                    shut = False
                    break
            if shut:
                return False
        elif self.gate is not None:
            if text.isascii():  # (``low`` has the offsets of ``text``)
                at = self._from(low)
                if at < 0:
                    return False
                if self.twin is not None:
                    return self.twin.search(low, at) is not None
                return self.rx.search(text, at) is not None
            if self._shut(fold_lower(low)):
                return False
        twin = self.twin
        if twin is not None:
            if text.isascii():
                return twin.search(low) is not None
            if self.mixed and (lowered := _ascii_lowered(text)) is not None:
                return twin.search(lowered) is not None
        return self.rx.search(text) is not None

    def span(self, text: str) -> tuple[int, int] | None:
        """The span of ``search(text)``, or None."""
        low = text.lower()
        if self.gate is not None and text.isascii():  # (``low`` has the offsets of ``text``)
            at = self._from(low)
            if at < 0:
                return None
            m = self.twin.search(low, at) if self.twin is not None else self.rx.search(text, at)
            return None if m is None else m.span()
        if self.gate is not None and self._shut(fold_lower(low)):
            return None
        m = self._twin_search(text, low)
        return None if m is None else m.span()

    def open_span(self, text: str) -> tuple[int, int] | None:
        """``span(text)`` without the gate's search (which never changes the answer): for a cue whose
        gate seldom rejects a short window (``change_before``: "up", "add", "cut" are in most), where
        the gate's search and then the twin's cost more than the twin's search of the whole window."""
        m = self._twin_search(text, None)
        return None if m is None else m.span()

    def _twin_search(self, text: str, low: str | None) -> re.Match[str] | None:
        """``rx.search(text)``, or a match of the twin at the same span (its groups lower-cased):
        on an ASCII text lower-cased (``low``, when the caller made it), on another ASCII-lowered
        (``mixed``)."""
        twin = self.twin
        if twin is not None:
            if text.isascii():
                return twin.search(text.lower() if low is None else low)
            if self.mixed:
                lowered = _ascii_lowered(text)
                if lowered is not None:
                    return twin.search(lowered)
        return self.rx.search(text)

    def starts(self, text: str) -> bool:
        """Does ``match(text)`` find a match? (Its literal is within the widest match's reach.)"""
        whole = len(text) <= self.reach
        head = text if whole else text[: self.reach]
        low = head.lower()
        if self.gate is not None and self._shut(fold_lower(low)):
            return False
        twin = self.twin
        if twin is not None:
            if text.isascii():
                # (``low`` is ``text.lower()`` when the head is the whole text: not made again)
                return twin.match(low if whole else text.lower()) is not None
            if self.mixed and (lowered := _ascii_lowered(text)) is not None:
                return twin.match(lowered) is not None
        return self.rx.match(text) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text) if self.may(text) else iter(())

    def match_starts(self, text: str) -> list[int]:
        """Where the matches of ``finditer(text)`` start (found by the twin on ASCII text)."""
        low = text.lower()
        if self.gate is not None and text.isascii():  # (``low`` has the offsets of ``text``)
            at = self._from(low)
            if at < 0:
                return []
            if self.twin is not None:
                return [m.start() for m in self.twin.finditer(low, at)]
            return [m.start() for m in self.rx.finditer(text, at)]
        if self.gate is not None and self._shut(fold_lower(low)):
            return []
        twin = self.twin
        if twin is not None:
            if text.isascii():
                return [m.start() for m in twin.finditer(low)]
            if self.mixed and (lowered := _ascii_lowered(text)) is not None:
                return [m.start() for m in twin.finditer(lowered)]
        return [m.start() for m in self.rx.finditer(text)]

    def findall(self, text: str) -> list[Any]:
        return self.rx.findall(text) if self.may(text) else []


def word_starts(low: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` starts in ``low``, every occurrence, in order (a place two of them
    start at given once)."""
    starts: list[int] = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            starts.append(at)
            at = low.find(word, at + 1)
    if len(starts) > 1:
        starts = sorted(set(starts))
    return starts


def matches_at_words(
    rx: re.Pattern[str], text: str, low: str, words: tuple[str, ...]
) -> list[re.Match[str]]:
    """``list(rx.finditer(text))`` for a pattern every match of which is non-empty and starts where
    one of ``words`` starts in ``low`` (``text`` lower-cased with its offsets: an ASCII text): the
    pattern matched at those places alone, in order, each after the end of the match before, as
    ``finditer`` finds them (the places it tries in between start no match), not tried at every
    place of the text."""
    out: list[re.Match[str]] = []
    free = 0  # where the next match may start: the end of the last one
    for at in word_starts(low, words):
        if at >= free:
            m = rx.match(text, at)
            if m is not None:
                out.append(m)
                free = m.end()
    return out


def search_at_words(
    rx: re.Pattern[str], text: str, low: str, words: tuple[str, ...]
) -> re.Match[str] | None:
    """``rx.search(text)`` for a pattern as ``matches_at_words`` reads: the first match, found by
    matching where one of ``words`` starts, in order."""
    for at in word_starts(low, words):
        m = rx.match(text, at)
        if m is not None:
            return m
    return None


_FEW: Final = 6  # the most gate literals tested one by one (a regex call costs several ``in`` tests)
_MID: Final = 20  # the most gate literals ``Quick._from`` tests one by one on a short text ...
_MID_LEN: Final = 100  # ... of at most this many characters

# the characters other than ASCII ones that re, case-blind, matches to an ASCII letter (İ, ı, ſ and
# the Kelvin sign: found by trying every character against ``[a-z]`` under IGNORECASE)
_CASE_ODD: Final[tuple[str, ...]] = ("\u0130", "\u0131", "\u017f", "\u212a")


def _ascii_lowered(text: str) -> str | None:
    """``text`` with its ASCII letters alone lower-cased (same length and offsets), when it holds
    none of ``_CASE_ODD``: there a twin (``gates.lower_twin``, whose other characters are ASCII or
    match case-blind only themselves) finds the spans its cue finds on ``text``, as on an ASCII
    text lower-cased; None for a text holding one (or a lone surrogate)."""
    for ch in _CASE_ODD:
        if ch in text:
            return None
    try:
        # (``bytes.lower`` lower-cases the ASCII bytes alone; UTF-8 codes others with bytes >= 0x80)
        return text.encode().lower().decode()
    except UnicodeEncodeError:
        return None


def _backreferences(rx: re.Pattern[str]) -> bool:
    """Does ``rx`` hold a backreference (or a pattern not parsed)?"""
    parsed = _parsed(rx)
    if parsed is None:
        return True
    return any(op is _C.GROUPREF or op is _C.GROUPREF_EXISTS for op, _av in _walk(list(parsed)))


def _few(lits: frozenset[str] | None, most: int = _FEW) -> tuple[str, ...] | None:
    """A gate's literals without those containing another (present only where that one is), when
    no more than ``most`` are left; else None."""
    if not lits:
        return None
    kept = sorted(w for w in lits if not any(o != w and o in w for o in lits))
    return tuple(kept) if len(kept) <= most else None


def _pre(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literals of a gate of ``rx`` other than ``gate_of``'s, when they are few (``_few``) and
    no common word (a gate of them seldom shuts); the best of them as ``gate_of`` ranks; else None."""
    best: frozenset[str] | None = None
    for g in gate_options(rx):
        if _few(g) is not None and _score(g)[0] and (best is None or _score(g) > _score(best)):
            best = g
    return None if best is None else _few(best)


_QUICKS: Final[dict[str, Quick]] = {}  # ``_rx``'s, by cue name (built once per process: no text key)


def _rx(name: str, anchored: bool = False) -> Quick:
    """The cue ``name`` behind its gate, built once. (A dict, not ``functools.cache``: a look-up
    here is cheaper than the cache wrapper's call, the most frequent call of the module.)"""
    quick = _QUICKS.get(name)
    if quick is None:
        quick = _QUICKS[name] = Quick.of(_compiled(name))
    return quick


@cache
def _any_gate(*names: str) -> Quick:
    """One scan for the literals of several cue regexes: a text it rejects none of them can match."""
    lits: set[str] = set()
    for name in names:
        g = gate_of(_compiled(name))
        if g is None:  # one of them may match anywhere: no gate
            return Quick(re.compile(""), None)
        lits |= g
    return Quick(re.compile(""), re.compile(trie(lits, lower=False)))


def _compiled(name: str) -> re.Pattern[str]:
    t = load("kind_cues")
    src = t[name].replace("{up}", t["up"]).replace("{down}", t["down"])
    if name in (
        "up",
        "down",
        "share",
        "yoy",
        "annual_avg_local",
        "annual_avg_any",
        "annual_avg_tight",
        "target",
        "share_rate",
    ):
        src = rf"\b(?:{src})\b"
    return re.compile(src, re.IGNORECASE)


def _has(name: str, text: str) -> bool:
    return _rx(name).has(text)


def direction_of(text: str) -> str:
    """'down' when the nearest direction cue in ``text`` is a fall, else 'up'."""
    downs = _rx("down").match_starts(text)
    if not downs:
        return "up"  # (the rises are looked for only when there is a fall to compare)
    ups = _rx("up").match_starts(text)
    if not ups or max(downs) > max(ups):
        return "down"
    return "up"


def classify(q: Quantity, before: str, after: str, sentence: str) -> KindInfo:
    """Kind and direction of one figure. ``before``/``after`` are its local windows."""
    info = KindInfo()
    unit = q.unit
    if q.kind_hint == "rank" or unit == "rank":
        info.kind = "rank"
        info.rules.append("kind:rank-hint")
        return info
    if unit == "times" and "ratio" in q.rules:
        info.kind = "ratio"                                    # "the ratio ... narrowed to 2.01"
        info.rules.append("kind:bare-ratio")
        return info
    after_l = after[:60]
    if unit not in ("percent", "times", "percentage_point"):
        return _classify_amount(q, info, before, after_l)
    if (
        unit == "times"
        and _rx("ratio_times_after").has(after_l)
        and not _rx("change_before").has(before[-40:])
    ):
        # "2.5 times the figure a year earlier": a multiple of an earlier value
        if _rx("earlier_time").has(after_l):
            info.kind, info.direction = "change", "up"
            info.rules.append("kind:times-earlier")
            return info
        info.kind = "ratio"
        info.rules.append("kind:times-the")
        return info
    if unit == "percent" and (far := _more_than_earlier(after[:120])) is not None:
        info.kind, info.direction = "change", far
        info.rules.append("kind:more-noun-than-earlier")
        return info
    if _rx("than_after").has(after_l):
        if _rx("earlier_time").has(after_l) and not _rx("ratio_before").has(before):
            # "1.9 percent more than in the same period of 2019": a change against an earlier time
            info.kind, info.direction = "change", direction_of(after_l[:20])
            info.rules.append("kind:than-earlier")
            return info
        if unit == "percentage_point" or not _rx("change_before").has(before[-60:]):
            info.kind = "ratio"
            info.rules.append("kind:than")
            return info
    if unit == "percentage_point" and _rx("ratio_after").has(after_l):
        info.kind = "ratio"
        info.rules.append("kind:points-than")
        return info
    if _rx("ratio_before").has(before[-60:]) and not _rx("change_before").has(before[-40:]):
        info.kind = "ratio"
        info.rules.append("kind:ratio-word")
        return info
    if _rx("share_before").has(before[-60:]):
        info.kind = "share"
        info.rules.append("kind:share-before")
        return info
    if unit == "percent" and _rx("ratio_of_level").has(after_l):
        info.kind = "ratio"
        info.rules.append("kind:percent-of-level")
        return info
    if unit == "percent" and _rx("share_of").has(after_l):
        info.kind = "share"
        info.rules.append("kind:percent-of-whole")
        return info
    if (
        unit == "percent"
        and _rx("share_rate").has(before[-90:])
        and not _ends_by(before)
    ):
        info.kind = "share"
        info.rules.append("kind:share-rate")
        return info
    if (
        unit == "percent"
        and _ends_to(before)
        and _rx("share_noun").has(before[-90:])
        and not _rx("growth_noun").has(before[-90:])
    ):
        info.kind = "share"
        info.rules.append("kind:share-moved-to")
        return info
    cue = _change_cue(before, after_l)
    if cue is not None or q.kind_hint == "change":
        info.kind = "change"
        info.direction = direction_of(cue) if cue is not None else "up"
        info.rules.append("kind:change-cue" if cue is not None else "kind:change-hint")
        return info
    if (
        unit == "percent"
        and _RX_CLASSIFY_4.search(before)
        and not _has("share", before)
    ):
        info.kind = "change"
        info.direction = direction_of(before)
        info.rules.append("kind:change-noun")
        return info
    if unit == "percent" and (_rx("share_after").has(after_l) or _has("share", after_l[:30])):
        info.kind = "share"
        info.rules.append("kind:percent-of")
        return info
    if unit == "percent" and _has("share", before[-50:]):
        info.kind = "share"
        info.rules.append("kind:share-word")
        return info
    info.rules.append("kind:level-default")
    return info


# "30 percent more bottles to buyers abroad than a year ago": the comparison spans a noun phrase
_RX_MORE_THAN_EARLIER: Final = re.compile(
    r"^\s*(more|fewer|less|higher|lower)\s+(?:[\w'’-]+\s+){1,10}?than\s+(?:in\s+|during\s+)?"
    r"(?:the same (?:period|month|quarter|time)|(?:a|one) year (?:earlier|ago|before)|last year"
    r"|(?:19|20)\d\d)\b"
)


# the words a match of ``_RX_CLASSIFY_1`` / ``_RX_CLASSIFY_3`` ends with, but for white space
_TO_TAILS: Final[tuple[str, ...]] = (
    "to", "about", "nearly", "around", "some", "over", "more than", "roughly", "almost"
)
_BY_TAILS: Final[tuple[str, ...]] = (
    "by", "about", "nearly", "around", "some", "over", "more than", "roughly"
)


def _ends_to(before: str) -> bool:
    """``_RX_CLASSIFY_1.search(before)``: asked only of a text that ends with a word it may end with."""
    return before.rstrip().endswith(_TO_TAILS) and _RX_CLASSIFY_1.search(before) is not None


def _ends_by(before: str) -> bool:
    """``_RX_CLASSIFY_3.search(before)``: asked only of a text that ends with a word it may end with."""
    return before.rstrip().endswith(_BY_TAILS) and _RX_CLASSIFY_3.search(before) is not None


def _last_clause(text: str) -> str:
    """``_RX_STATUS_OF_2.split(text)[-1]``: the text after its last comma or semicolon."""
    return text[max(text.rfind(","), text.rfind(";")) + 1 :]


def _first_clause(text: str) -> str:
    """``_RX_STATUS_OF_2.split(text, maxsplit=1)[0]``: the text before its first comma or semicolon."""
    comma = text.find(",")
    semi = text.find(";")
    if comma < 0 or (0 <= semi < comma):
        comma = semi
    return text if comma < 0 else text[:comma]


def _more_than_earlier(after: str) -> str | None:
    """The direction of a figure compared across a noun phrase with an earlier time, if it is one."""
    if "than" not in after:
        return None
    m = _RX_MORE_THAN_EARLIER.match(after)
    return None if m is None else "down" if m.group(1) in ("fewer", "less", "lower") else "up"


def _change_cue(before: str, after_l: str) -> str | None:
    """The cue word that makes a figure a change, nearest kinds first (each searched only when needed)."""
    # (written out, not a loop over windows built by lambdas: no closure made per call)
    text = before[-60:]
    span = _rx("change_before").open_span(text)  # (found in most windows)
    if span is None:
        text = before[-80:]
        span = _rx("change_before_far").span(text)
    if span is None:
        text = _last_clause(before[-110:])
        span = _rx("change_by_far").span(text)
    if span is None:
        text = after_l
        span = _rx("change_after").span(text)
    return None if span is None else text[span[0] : span[1]]


def _classify_amount(q: Quantity, info: KindInfo, before: str, after_l: str) -> KindInfo:
    """Kind of an amount (not a percent, ratio or rank): a level, unless it is the difference from an
    earlier time or its own words make it a change ("doubled")."""
    if q.unit != "rank" and _rx("than_after").has(after_l) and _rx("earlier_time").has(after_l):
        # "520 more than a year earlier", "1,200 fewer than in 2019": the difference from an earlier time
        info.kind = "change"
        info.direction = "down" if _RX_CLASSIFY_2.match(after_l) else "up"
        info.rules.append("kind:amount-than-earlier")
        return info
    if q.kind_hint == "change":
        cue = _change_cue(before, after_l)
        info.kind = "change"
        info.direction = direction_of(cue) if cue is not None else "up"
        info.rules.append("kind:change-cue" if cue is not None else "kind:change-hint")
    # an absolute amount ("rose by 9,600", "lost 1,200 hectares") stays a level, as in the gold
    return info


_SAME_KIND_LINK: Final = (
    r"\b(?:from|and|versus|vs\.?|compared with|compared to|against)\s*"
    r"(?:about|nearly|around|some|over|more than|roughly|almost|just)?\s*$"
)

# a gapped clause after a comma: "Manufacturing accounted for 22% of output, and the services sector for 53%",
# "..., followed by trade at 18.6% and agriculture at 11.3%"
_GAPPED_LINK: Final = re.compile(
    r"^\s*(?:and|followed\s+by)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}(?:for|at|with)\s+"
    r"(?:about\s+|nearly\s+|around\s+|some\s+|over\s+)?$"
)


_COMPARED_LINK: Final = (
    r"^\s*(?:compared with|compared to|versus|vs\.?|against|up from|down from)\s*"
    r"(?:about|nearly|around|some|over|more than|roughly|almost|just)?\s*$"
)


def same_kind_as_previous(prev: object, unit: str, between: str) -> bool:
    """A value right after a share or ratio of the same unit, joined by 'from', 'and', 'versus'."""
    kind = getattr(prev, "kind", None)
    if prev is None or kind not in ("share", "ratio") or getattr(prev, "unit", None) != unit:
        return False
    if len(between) < 60 and re.search(_SAME_KIND_LINK, between, re.I) is not None:
        return True
    clause = between.rsplit(",", 1)[-1]  # the clause after the last comma
    # "..., compared with about 30 percent last year": the comparison clause after a comma
    if len(clause) < 30 and re.search(_COMPARED_LINK, clause, re.I) is not None:
        return True
    # "..., and the services sector for 53%": a gapped clause after a share
    return kind == "share" and len(clause) < 50 and _GAPPED_LINK.match(clause) is not None


def _year_before(local: str, period: str | None) -> bool:
    """The figure is compared with the year before its own ('up 7.2 per cent on 2020' for 2021)."""
    if not period:
        return False
    m = _RX_YEAR_BEFORE_1.match(period.split("/")[-1])
    if not m:
        return False
    prior = str(int(m.group(1)) - 1)
    if prior not in local:
        return False  # (a match's year is in the text: the cue's search is not needed)
    return any(y == prior for y in _rx("compared_year").findall(local))


def basis_of(
    before: str,
    after: str,
    sentence: str | Callable[[], str],
    has_since: bool,
    span_period: bool,
    has_period: bool = False,
    period: str | None = None,
    yoy_text: str | Callable[[], str] | None = None,
) -> tuple[str, str]:
    """The basis of a change: yoy, annual_avg, since or unspecified (and the rule name).

    ``yoy_text`` is the discourse a 'year-on-year' elsewhere may govern the figure from (the sentence
    up to the figure's clause, the sentence before when it is about the same period); default
    ``sentence``. A whole year's growth with no comparison named is left unspecified.
    ``sentence`` and ``yoy_text`` may be given as functions that build the text: most changes are
    decided before either is read, so a caller can skip building them."""
    yoy_text = sentence if yoy_text is None else yoy_text
    whole_year = bool(period and _RX_BASIS_OF_2.fullmatch(period))
    local = before[-90:] + " " + after[:70]
    own = before[-90:] + " " + _first_clause(after)[:70]  # the figure's own clause
    if _has("annual_avg_tight", own):
        return "annual_avg", "basis:annual-avg"
    if _has("yoy", local):
        return "yoy", "basis:yoy"
    if _has("annual_avg_local", own) and _has("annual_avg_any", _text(sentence)):
        return "annual_avg", "basis:average+annual"
    if _year_before(local, period):
        return "yoy", "basis:on-the-year-before"
    if has_since:
        return "since", "basis:compared-with"
    if _has("yoy", _text(yoy_text)):
        return "yoy", "basis:yoy-sentence"
    if span_period:
        return "since", "basis:over-span"
    if _rx("compared_earlier").has(after[:70]):
        return "since", "basis:than-earlier"
    if _RX_BASIS_OF_1.search(local):
        return "since", "basis:between-years"
    if _rx("compared_other").has(after[:70]):
        return "unspecified", "basis:compared-with-other"
    if has_period and not whole_year:
        # "exports rose 12% to $10.9 billion in the first half": a growth rate of a part of a year is
        # against the same part of the year before; a whole year's growth names no comparison
        return "yoy", "basis:dated-growth"
    return "unspecified", "basis:none"


def _text(t: str | Callable[[], str]) -> str:
    """``t``, or the text it builds."""
    return t if isinstance(t, str) else t()


def _target_matches(b: str) -> list[re.Match[str]]:
    """``_rx("target").finditer(b)``, as a list: the same spans and lower-cased texts, found on the
    lower-cased window by the case-sensitive twin when the twin's matches check out."""
    quick = _rx("target")
    last_b, _any, target_word, first = _last_plan_window[0]
    # the gate words of ``target`` in ``b``: known when ``_plan_literal_in`` scanned it
    if not (target_word if b == last_b and b else quick.may(b)):
        return []
    twin = _checked_twin("target")
    if twin is not None and b.isascii():
        low = b.lower()
        # (none starts before: where the gate found a literal, back; the plan scan of this window
        # found where the first one starts, when it scanned it)
        if b != last_b:
            first = -1
        at = quick._from(low) if first < 0 else quick._back_from(low, first)
        if at < 0:
            at = 0
        found = list(twin.finditer(low, at))
        # each match of the twin is one of the cue's own (a case-sensitive part of the cue may
        # reject it: "May" is no modal verb); every match of the cue is one of the twin's
        if all(_same_end(quick.rx.match(b, m.start()), m) for m in found):
            return found
        return list(quick.rx.finditer(b, at))
    return list(quick.rx.finditer(b))


def _same_end(m: re.Match[str] | None, twin: re.Match[str]) -> bool:
    return m is not None and m.end() == twin.end()


_UPPER_ESCAPE_OR_CLASS: Final = re.compile(r"\\[A-Z]|\[(?:\\.|[^\]\\])*[A-Z]")
_CASE_OFF: Final = re.compile(r"\(\?[aiLmsux]*-[msx]*i[msx]*:")  # a group that turns case-folding off


@cache
def _checked_twin(name: str) -> re.Pattern[str] | None:
    """The cue regex ``name`` lower-cased and case-sensitive, to be run on lower-cased ASCII text:
    it finds every match of the cue at the same span, and perhaps more (a case-sensitive
    ``(?-i:...)`` part matches an upper-case original there), which the caller checks; its
    alternations regrouped by first letter (``gates.trie_branches``: the same matches). None when
    lower-casing the pattern could change its meaning otherwise (an upper-case escape or class, an
    upper-case letter in a case-sensitive part)."""
    rx = _compiled(name)
    src = rx.pattern
    if not rx.flags & re.IGNORECASE or _UPPER_ESCAPE_OR_CLASS.search(src):
        return None
    if any(g != "(?-i:" for g in _CASE_OFF.findall(src)):
        return None  # only the plain form is looked into below
    for part in _case_sensitive_parts(src):
        if part != part.lower():
            return None
    try:
        # (case-sensitive as a whole, the twin's ``(?-i:...)`` groups are plain ones: written so, its
        # alternations of words can be regrouped by first letter, ``gates.trie_branches``, same matches)
        return trie_branches(re.compile(src.lower().replace("(?-i:", "(?:"), rx.flags & ~re.IGNORECASE))
    except re.error:
        return None


def _case_sensitive_parts(src: str) -> list[str]:
    """The text of each ``(?-i:...)`` group of a pattern, to its closing parenthesis."""
    parts = []
    at = src.find("(?-i:")
    while at >= 0:
        depth, i = 0, at
        while i < len(src):
            c = src[i]
            if c == "\\":
                i += 2
                continue
            depth += c == "("
            depth -= c == ")"
            i += 1
            if depth == 0:
                break
        parts.append(src[at:i])
        at = src.find("(?-i:", i)
    return parts


# the last window ``_plan_literal_in`` was asked about, its answer, whether a gate word of
# ``target`` is in it, and where the first one starts when the plan scan read it on the
# lower-cased ASCII window (-1: not known): a figure's period choice (``carry.choose_period``) and
# its status ask about the same window one after the other, and ``_target_matches`` then asks for
# ``target`` alone. One tuple, replaced whole, so that threads never mix two windows' answers.
_last_plan_window: list[tuple[str, bool, bool, int]] = [("", False, False, -1)]


def _plan_literal_in(b: str) -> bool:
    """May a plan cue match where ``status_of`` looks for one: ``target`` in ``b``,
    ``target_headline`` in its last 60 characters? (False only when none can.)"""
    last_b, last, _target, _first = _last_plan_window[0]
    if b == last_b and b:
        return last
    words = _plan_words()
    low = b.lower()
    ascii_low = low.isascii()
    first = -1
    if words is None:  # a cue with no gate: it may match anywhere
        target = got = True
    elif ascii_low or (len(low) == len(b) and "\u0307" not in low):
        # one scan finds every gate word and where it ends: on the lower-cased ASCII window, or on
        # the folded one where folding changes no length (curly quotes, dashes: ``fold(b)`` then
        # has the offsets of ``b``, and its last 60 characters are those ``fold(b[-60:])`` has, but
        # for a Greek final sigma, in no gate word)
        if not ascii_low:
            low = fold_lower(low)  # (``fold(b)``, without lower-casing ``b`` again)
        edge = len(low) - 61  # a word of target_headline must start in the last 60 characters
        target = got = False
        for end, n in words.iter(low):
            if n < 0:  # a word of target: the answer, and all ``_target_matches`` needs to know
                target = got = True
                if ascii_low:
                    # (the first to end is the first to start: no gate word holds another)
                    first = end + n + 1
                break
            if end - n >= edge:
                got = True
    else:  # folding changes the length: the windows are cut before it
        target = _any_gate("target").may(b)
        got = target or _any_gate("target_headline").may(b[-60:])
    _last_plan_window[0] = (b, got, target, first)
    return got


@cache
def _plan_words() -> Automaton | None:
    """The gate words of ``target`` (value: minus its length; anywhere) and of ``target_headline``
    (value: its length, to tell where it starts), found by one scan of a lower-cased window; None when one
    of the cues has no gate."""
    words: dict[str, int] = {}
    for name in ("target_headline", "target"):
        gate = gate_of(_compiled(name))
        if gate is None:
            return None
        words.update({w: -len(w) if name == "target" else len(w) for w in gate})
    return automaton(words)


def _plan_cues(b: str) -> list[re.Match[str]] | None:
    """``_target_matches(b)`` when a plan cue matches where ``status_of`` looks for one (``target``
    in ``b``, ``target_headline`` in its last 60 characters), else None. A gate word may sit inside
    a longer word ("amount", "plant", "added"): the cues themselves tell."""
    if not _plan_literal_in(b):
        return None
    found = _target_matches(b)
    return found if found or _headline_cue(b) else None


# the last window ``_headline_cue`` was asked about and its answer: ``_plan_cues`` and ``status_of``
# ask about the same window one after the other
_last_headline_window: list[tuple[str, bool]] = [("", False)]


def _headline_cue(b: str) -> bool:
    """``_rx("target_headline").has(b[-60:])``, found once per window; the gate is skipped when the
    plan scan of this window (``_plan_literal_in``) found a gate word of the cue in its last 60
    characters and none of ``target`` (it then scanned the whole window)."""
    last_b, last = _last_headline_window[0]
    if b == last_b and b:
        return last
    quick = _rx("target_headline")
    tail = b[-60:]
    plan_b, got, target, _first = _last_plan_window[0]
    if plan_b == b and b and got and not target:  # the gate is open: the cue itself tells
        if quick.twin is not None and tail.isascii():
            found = quick.twin.search(tail.lower()) is not None
        else:
            found = quick.rx.search(tail) is not None
    else:
        found = quick.has(tail)
    _last_headline_window[0] = (b, found)
    return found


_RX_YEAR_AT: Final = re.compile(r"\s*(?:(20\d\d)\b|(?:last|the previous|the prior) year\b)", re.IGNORECASE)


def _past_year_at(b: str, i: int, pub_year: int | None) -> bool:
    """Whether ``b`` names, at ``i``, a year over at publication ("by the end of [2021]" read in
    2023, "by the end of [last year]"): a deadline passed, so a bound of a result, not a plan."""
    m = _RX_YEAR_AT.match(b, i)
    if m is None:
        return False
    return m.group(1) is None or (pub_year is not None and int(m.group(1)) < pub_year)


def status_of(
    before: str, after: str, *, rest: str = "", future: bool = False, pub_year: int | None = None
) -> tuple[str, str] | None:
    """'target' when a plan/forecast cue governs the figure, else None.

    ``rest`` is the text after the figure up to the next figure (``after`` ends at the clause);
    ``future`` says the figure's period lies after the publication date."""
    b = before[-140:]
    targets: list[re.Match[str]] | None = None  # ``_target_matches(b)``, found once
    # (every match holds "by": the regex call is skipped on the many clauses without it)
    by_year = _RX_STATUS_OF_1.match(after) if "by" in after else None
    if by_year and pub_year and int(by_year.group(1)) < pub_year:
        by_year = None  # "hit 20 GW by 2020" read in 2023: a result by a year already over
    will_after: bool | None = None  # ``_rx("future_relative").starts(rest)``, once asked
    if not future and not by_year:
        will_after = _rx("future_relative").starts(rest)
        if not will_after:
            targets = _plan_cues(b)
            if targets is None:
                return None  # no cue of a plan in reach: what the checks below would answer
    if _rx("baseline_before").has(b[-40:]):
        return None  # "up from 19 percent now": the starting value of a planned change is a result
    if by_year:
        return "target", "status:target-cue"  # (what the cue checks below answer either way)
    cues = [
        m
        for m in (_target_matches(b) if targets is None else targets)
        # "reached 8 GW by the end of June": a result by a date that is not in the future
        if future
        or not m.group(0).lower().startswith("by the end")
        or not (_rx("result_by_end").has(b[: m.start()]) or _past_year_at(b, m.end(), pub_year))
    ]
    if (
        cues
        and _rx("target_met").has(b[: cues[-1].start()])
        and _RX_STATUS_OF_2.search(b[cues[-1].end() :])
    ):
        cues = []  # "met its goal, creating 120,000 jobs": a result
    if cues and not _rx("target_reset").has(b[cues[-1].end() :]):
        if not _rx("relative_present").has(b[cues[-1].end() :] + " " + after[:40]):
            return "target", "status:target-cue"
    if _headline_cue(b):
        return "target", "status:to-infinitive"
    if will_after if will_after is not None else _rx("future_relative").starts(rest):
        return "target", "status:will-after"
    if _rx("relative_present").has(_last_clause(b) + " " + after[:40]):
        return None
    if future and not _rx("completed_before").has(b[-80:]):
        return "target", "status:future-period"
    return None


_RANK_VERB: Final = re.compile(
    r"\brank(?:s|ed|ing)?\b(?:\s+\w+){0,3}\s*$|\b(?:among|as|is|was|be)\s+(?:the\s+)?$", re.IGNORECASE
)


_RANK_AFTER: Final = re.compile(
    r"^\s*(?:-?\s*(?:largest|biggest|highest|fastest|strongest|leading|most)\b|(?:nationwide|worldwide|globally|"
    r"in the (?:world|country|nation)|in China|in Asia|among)\b)",
    re.IGNORECASE,
)


_FIRST_IN: Final = re.compile(
    r"^(?:[\s-]*[\w-]+){0,4}?\s+(?:in|among|across)\s+(?:the\s+)?(?:[A-Z]|(?:country|nation|world|province|region|city|county)\b)"
)


# a bare superlative naming a part of a place's own trade ("the province's biggest export item", "Mongolia,
# the region's largest trading partner", "France remained the largest source market"): no ranking among peers
_OWN_PART_AFTER: Final = re.compile(
    r"^[\s-]*(?:[\w-]+\s+){0,2}?(?:partners?|markets?|items?|products?|destinations?|sources?|buyers?|"
    r"customers?|categor(?:y|ies)|commodit(?:y|ies)|exports?|imports?)\b",
    re.IGNORECASE,
)
# "the first thing I noticed in Hohhot": a first of a personal account, not a ranking
_PERSONAL_FIRST: Final = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:I|we|you|he|she|they)\b")


def keep_rank(q: Quantity, before: str, after: str) -> bool:
    if "bare_superlative" in q.rules and _OWN_PART_AFTER.search(after[:50]):
        return False
    # "fourth-largest", "sixth-busiest", "second-most": an ordinal with a superlative
    if _RX_KEEP_RANK_1.search(q.text):
        return True
    if _RANK_VERB.search(before[-40:]) and _RX_KEEP_RANK_2.search(before[-40:]):
        return True
    if _RANK_AFTER.search(after[:40]):
        return True
    if (
        _RX_KEEP_RANK_3.search(before[-8:])
        and _FIRST_IN.search(after[:60])
        and not _PERSONAL_FIRST.search(after[:30])
    ):
        return True
    if q.text.lower() == "top" and _RX_KEEP_RANK_2.search(before[-30:]):
        return True
    return False
