"""The roles of one sentence's mentions (``_mark_roles``): a locative modifier ("X-based Y", "Y in
X", "X's Y", the members of a list, a dateline's places, a reference point: "260 km east of X")
or a government or attribution mention ("X county government"), neither of which is ever a
sentence's subject. The cheap tests come before each pattern: the words every reference point
ends with (``_EndWords``, ``_may_end_with``, read from the parsed pattern by ``_final_words``) and
its gate words (``_holds_word``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

try:  # Python 3.11+
    from re import _constants as _RC  # type: ignore[attr-defined]
    from re import _parser as _RP  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _RC  # type: ignore[no-redef]
    import sre_parse as _RP  # type: ignore[no-redef]

from tally.gates import fold, gate_of
from tally.resolve.ent_names import PLACE_LEVEL, Mention, _words

_RX_OUTSIDE: Final = re.compile(r"\b(?:outside|beyond)\b", re.IGNORECASE)
_RX_LIST_MEMBERS_1: Final = re.compile(r"\b(?:including|such as|like)\s+$")
_RX_MARK_ROLES_1: Final = re.compile(r"-based\b")
_RX_MARK_ROLES_2: Final = re.compile(r"['’]s\s*(?:[,.;:)]|and\b|or\b)")
_RX_MARK_ROLES_3: Final = re.compile(r"['’]s\s+(?:government|people's|statistics|department)", re.IGNORECASE)
_RX_MARK_ROLES_4: Final = re.compile(
    r"\s*(?:['’]s)?\s*(?:government|authorities)?\s*,?\s*"
    r"(?:(?:based|located|headquartered)\s+)?(?:in|of|at)\s+(?:the\s+)?"
)
# the words every full match of ``_RX_MARK_ROLES_4`` ends with, before its last blanks
_PLACING_ENDS: Final[tuple[str, ...]] = ("in", "of", "at", "the")
_RX_MARK_ROLES_5: Final = re.compile(r"['’]s\s+")
_RX_MARK_ROLES_6: Final = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+")
_RX_MARK_ROLES_7: Final = re.compile(r",\s*")


_LIST_GAP: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


# the words ending ``_RX_LIST_MEMBERS_1``'s matches
_LIST_OPENERS: Final[tuple[str, ...]] = ("including", "as", "like")


def _lists_before(text: str, s: int) -> bool:
    r"""``_RX_LIST_MEMBERS_1.search`` of the 14 characters before ``s``: tried only when they end in
    one of its words and blanks (what every match ends with, its ``\s+$`` taking the blanks)."""
    before = text[max(0, s - 14) : s]
    return before.rstrip().endswith(_LIST_OPENERS) and _RX_LIST_MEMBERS_1.search(before) is not None


def _list_members(text: str, names: list[Mention]) -> set[int]:
    """Indexes of names that are members of a list ("including Hunan, Hubei, Shanghai and Hong Kong")."""
    out: set[int] = set()
    last = len(names) - 1
    for j, m in enumerate(names):
        if _lists_before(text, m.start):
            out.add(j)
        # the gaps to the names before and after (none at the ends), read in place: ``_LIST_GAP``
        # has no anchor or lookaround, so a match within bounds is one on the slice
        elif j and _LIST_GAP.fullmatch(text, names[j - 1].end, m.start):
            listed_next = j < last and _LIST_GAP.fullmatch(text, m.end, names[j + 1].start) is not None
            if listed_next or j - 1 in out:
                out.add(j)
                if listed_next:
                    out.add(j - 1)
    return out


# the gap of an apposition placing a name in a larger one: ", a city in northern ", ", a county in the
# northeast of ", ", an exporter based in "
_PLACING_APPOSITION: Final = (
    r",\s+(?:a|an|one of the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:(?:based|located|headquartered)\s+)?"
    r"(?:in|of|near|on)\s+(?:the\s+)?(?:(?:north|south|east|west|central|centre|center|middle|upper|lower)"
    r"[\w-]*\s+(?:(?:part|region)\s+)?(?:of\s+)?)?(?:the\s+)?"
)

_RX_PLACING_APPOSITION: Final = re.compile(_PLACING_APPOSITION)


@cache
def _facility_after_rx() -> re.Pattern[str]:
    """A facility word right after a place ("the Hamilton plant"): compiled once."""
    words = "|".join(map(re.escape, _words()["facility_words"]))
    return re.compile(rf" (?:{words})(?:s|es)?\b(?!-)")


# the words that may stand between a mention and its government word in ``_government_after_rx``
_GOV_PLACES: Final[tuple[str, ...]] = (
    "city",
    "county",
    "provincial",
    "municipal",
    "district",
    "village",
    "local",
)


@cache
def _government_after_rx() -> re.Pattern[str]:
    """A government word right after a mention ("X county government"): compiled once, not per call."""
    gov = "|".join(map(re.escape, _words()["government_words"]))
    return re.compile(rf"(?:\s+(?:{'|'.join(_GOV_PLACES)}))?\s+(?:{gov})\b", re.IGNORECASE)


@cache
def _government_openings() -> frozenset[str] | None:
    """The first two characters, lower-cased, of every word that may open a match of
    ``_government_after_rx`` after its blanks (``_GOV_PLACES`` and the government words), when each
    has two ASCII letters there (else None): a match is blanks then one of them, case aside, and an
    ASCII character matches an ASCII letter case-blind only as its own upper or lower case."""
    words = [*_GOV_PLACES, *_words()["government_words"]]
    firsts = [w[:2] for w in words]
    if not all(len(f) == 2 and f.isascii() and f.isalpha() for f in firsts):
        return None
    return frozenset(f.lower() for f in firsts)


def _may_govern(text: str, q: int, openings: frozenset[str] | None) -> bool:
    """May ``_government_after_rx`` match at ``q`` (``text[q]`` a blank)? Not when the two characters
    after the blanks are ASCII and open none of its words (``_government_openings``). (``\\s`` is
    what ``isspace`` tells; each word is a letter, not a blank, so the blanks are all of them.)"""
    if openings is None:
        return True
    n = len(text)
    q += 1
    while q < n and text[q].isspace():
        q += 1
    two = text[q : q + 2]
    return not two.isascii() or two.lower() in openings or len(two) < 2


@cache
def _dateline_rx() -> re.Pattern[str]:
    return re.compile(_words()["dateline"])


def _mark_dateline(text: str, names: list[Mention]) -> None:
    """ "HALIFAX, Nova Scotia (AP) — The province's ...": the places of a dateline opening a line
    locate the report, not what it says: they are modifiers, never a sentence's subject (nor, so,
    the article's topic). Only the names in the first few characters of a line are looked at."""
    line = -1  # the start of the line of the dateline tried last, and its end
    end = -1
    for m in names:
        # (the line break looked for in the 41 characters before the name alone, not back through
        # its paragraph: with none there, the line starts more than 40 before it)
        ls = text.rfind("\n", max(0, m.start - 41), m.start) + 1
        if m.start - ls > 40:
            return  # (names come in text order: the later ones are further into their line)
        if ls != line:
            line = ls
            d = _dateline_rx().match(text, ls)
            end = d.end() if d else -1
        if m.end < end:
            m.modifier = True


@cache
def _reference_point_rx() -> re.Pattern[str]:
    return re.compile(_words()["reference_point_before"], re.IGNORECASE)


@cache
def _reference_point_gate() -> frozenset[str] | None:
    """Words one of which (folded) every match of ``_reference_point_rx`` holds (``tally.gates``):
    looking them up is cheaper than the case-blind search, which tries every position."""
    return gate_of(_reference_point_rx())


# letters from the most to the least common in English text (a speed heuristic: any order is right)
_LETTERS_BY_FREQUENCY: Final = "etaoinshrdlcumwfgypbvkjxqz"


@cache
def _reference_point_gate_rx() -> re.Pattern[str] | None:
    """The words of ``_reference_point_gate`` as one alternation (found by re's first-character
    skip in one call, not a substring test per word), or None without a gate. Each word is
    matched from its rarest letter on, the letters before it read back by a lookbehind of the
    whole word ("ve(?<=drive)": the word ends there): re stops at fewer positions than at every
    word's first letter ("o" of "outside", "r" of "ride", ...), and a match is still exactly an
    occurrence of a word."""
    gate = _reference_point_gate()
    if gate is None:
        return None
    return re.compile("|".join(map(_from_rarest_letter, sorted(gate))))


def _from_rarest_letter(word: str) -> str:
    """A pattern matching ``word`` from its rarest letter (``_LETTERS_BY_FREQUENCY``; any other
    character counts as rarer still), the letters before it checked by a lookbehind."""
    if not word:
        return ""
    j = max(range(len(word)), key=lambda i: _LETTERS_BY_FREQUENCY.find(word[i]) % 100)
    if j == 0:
        return re.escape(word)
    return f"{re.escape(word[j:])}(?<={re.escape(word)})"


@cache
def _reference_point_ends() -> _EndWords | None:
    """The words (folded) one of which ends every match of ``_reference_point_rx`` (its blanks
    after them aside; ``_final_words``), or None when they cannot be told."""
    words = _final_words(_reference_point_rx())
    return None if words is None else _EndWords(words)


class _EndWords:
    """Words (ASCII, lower-cased, not empty) one of which ends every match of a pattern anchored at
    the end of the text (``_final_words``), as ``_may_end_with`` reads them."""

    words: tuple[str, ...]
    tail: int  # the longest word's length
    # the code points of the ASCII characters ending a word folded (a text ending, blanks aside,
    # with another ASCII character ends with none of them: told without slicing or folding)
    lasts: frozenset[int]

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.tail = max(map(len, words))
        ends = {w[-1] for w in words}
        self.lasts = frozenset(c for c in range(128) if chr(c).lower() in ends)


def _final_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    r"""The words, lower-cased, one of which every match of ``rx`` ends with (what follows it in
    the match is blanks, ``\s``), when ``rx`` is anchored at the end of the text (``$`` without
    MULTILINE, or ``\Z``): then a text whose blanks at its end stripped do not end (folded) with
    one of them holds no match. None when that cannot be told from the parsed pattern (a class,
    a lookaround or a non-ASCII letter at the end, a match that may be blanks alone)."""
    if not isinstance(rx.pattern, str) or rx.flags & re.MULTILINE:
        return None
    items = list(_RP.parse(rx.pattern, rx.flags))
    if not items or items[-1][0] is not _RC.AT or items[-1][1] not in (_RC.AT_END, _RC.AT_END_STRING):
        return None
    ends = _ends_of_seq(items)
    if ends is None or ends[1] or not ends[0] or not all(w.isascii() for w in ends[0]):
        return None
    return tuple(sorted(ends[0]))


# (the words one of which a match of a parsed pattern may end with, blanks after it aside; and
# whether it may end with no word of its own: blanks alone, or nothing, so that what comes
# before it ends the match)
_Ends = tuple[frozenset[str], bool]


def _ends_of_seq(items: Any) -> _Ends | None:
    """``_Ends`` of a sequence of parsed items (read back from its end), or None if unknown."""
    words: set[str] = set()
    run = ""  # (the characters of the literal word read back so far)
    seq: list[tuple[Any, Any]] = list(items)
    for k in range(len(seq) - 1, -1, -1):
        op, av = seq[k]
        if op is _RC.LITERAL and not chr(av).isspace():
            run = chr(av).lower() + run
            continue
        if run:
            return frozenset(words | {run}), False
        ends = _ends_of_item(op, av)
        if ends is None:
            return None
        words |= ends[0]
        if not ends[1]:
            return frozenset(words), False
    if run:
        return frozenset(words | {run}), False
    return frozenset(words), True


def _ends_of_item(op: Any, av: Any) -> _Ends | None:
    """``_Ends`` of one parsed item that is no literal word character, or None if unknown."""
    if op is _RC.AT or op is _RC.LITERAL:  # (zero width, or a blank)
        return frozenset(), True
    if op is _RC.IN:
        if all(_blank_member(o, a) for o, a in av):
            return frozenset(), True  # (a blank)
        if all(o is _RC.LITERAL for o, _a in av):
            return frozenset(chr(a).lower() for _o, a in av), False
        return None
    if op is _RC.SUBPATTERN:
        return _ends_of_seq(av[-1])
    if op is _RC.BRANCH:
        words: set[str] = set()
        through = False
        for branch in av[1]:
            ends = _ends_of_seq(branch)
            if ends is None:
                return None
            words |= ends[0]
            through = through or ends[1]
        return frozenset(words), through
    if op in (_RC.MAX_REPEAT, _RC.MIN_REPEAT) or op is getattr(_RC, "POSSESSIVE_REPEAT", None):
        lo, _hi, item = av
        ends = _ends_of_seq(item)
        if ends is None:
            return None
        return ends[0], ends[1] or lo == 0
    return None


def _blank_member(op: Any, av: Any) -> bool:
    """Is a member of a parsed class ``[...]`` blanks alone (``\\s``, or a blank character)?"""
    return op is _RC.CATEGORY and av is _RC.CATEGORY_SPACE or op is _RC.LITERAL and chr(av).isspace()


def _may_end_with(text: str, lo: int, hi: int, ends: _EndWords) -> bool:
    """Does ``text[lo:hi]``, its blanks at the end stripped, end (folded) with one of the words of
    ``ends`` (else a pattern they are of matches nowhere in it anchored at its end)?"""
    q = hi
    while q > lo and text[q - 1].isspace():
        q -= 1
    if q == lo:
        return False
    c = ord(text[q - 1])
    if c < 128 and c not in ends.lasts:
        return False  # (an ASCII character folds to itself lower-cased)
    return fold(text[max(lo, q - ends.tail) : q]).endswith(ends.words)


def _holds(gate: re.Pattern[str] | None, text: str) -> bool:
    """Does ``text`` hold a word of ``gate`` (folded), so that the gated pattern may match it?"""
    return gate is None or gate.search(fold(text)) is not None


@cache
def _reference_point_words() -> tuple[str, ...] | None:
    """The words of ``_reference_point_gate``, longest first (any order is right), or None without a gate."""
    gate = _reference_point_gate()
    return None if gate is None else tuple(sorted(gate, key=len, reverse=True))


def _holds_word(words: tuple[str, ...] | None, text: str) -> bool:
    """``_holds(_reference_point_gate_rx(), text)`` for ``words = _reference_point_words()``: a
    substring test per word on the folded text (the alternation's search tries every position
    at ~100 instructions a character; a dozen substring scans cost a fraction of that)."""
    if words is None:
        return True
    return _holds_folded(words, fold(text))


def _holds_folded(words: tuple[str, ...] | None, low: str) -> bool:
    """Does the folded text ``low`` hold one of ``words`` (always, without words: no gate)?"""
    if words is None:
        return True
    for w in words:
        if w in low:
            return True
    return False


_QUOTES: Final[tuple[str, ...]] = ("'", "’")

# after a quote, an "s" and blanks (``\\s``), what opens a match of ``_RX_MARK_ROLES_2`` (a stop, "and",
# "or") and, its first letter case aside (``_RX_MARK_ROLES_3``: IGNORECASE), of the head words
_POSSESSIVE_ENDS: Final = ",.;:)ao"
_POSSESSIVE_HEADS: Final = "gpsd"


def _possessive_next(tail: str) -> tuple[int, str]:
    """Where the blanks after ``tail``'s first two characters (a quote, then the "s" of a possessive)
    end, and the character there ("" at the end). A match of ``_RX_MARK_ROLES_2`` has one of
    ``_POSSESSIVE_ENDS`` there, and one of ``_RX_MARK_ROLES_3``, blanks before it (the index past
    2) and, case-blind, one of ``_POSSESSIVE_HEADS`` (an ASCII character: a non-ASCII one may match
    a letter case-blind, "ſ" an "s")."""
    n = len(tail)
    k = 2
    while k < n and tail[k].isspace():
        k += 1
    return k, tail[k : k + 1]


def _may_place(gap: str) -> bool:
    r"""Might ``_RX_MARK_ROLES_4`` match all of ``gap``? Its matches end with one of
    ``_PLACING_ENDS`` then blanks (``\s``: what ``isspace`` tells, and ``rstrip`` strips)."""
    stripped = gap.rstrip()
    return len(stripped) < len(gap) and stripped.endswith(_PLACING_ENDS)


@cache
def _role_tables() -> tuple[
    re.Pattern[str], re.Pattern[str], tuple[str, ...] | None, _EndWords | None, frozenset[str] | None
]:
    """What ``_mark_roles`` reads for every sentence, fetched by one call: the government and
    reference-point patterns, the reference-point gate (``_government_after_rx``,
    ``_reference_point_rx``, ``_reference_point_words``) and the words ending its every match
    (``_reference_point_ends``; None if unknown); and what the government pattern's matches open
    with after their blanks (``_government_openings``)."""
    return (
        _government_after_rx(),
        _reference_point_rx(),
        _reference_point_words(),
        _reference_point_ends(),
        _government_openings(),
    )


def _mark_roles(text: str, ms: list[Mention]) -> None:
    """Mark locative modifiers ("X-based Y", "Y in X", "X's Y") and government/attribution mentions."""
    if not ms:
        return  # (nothing to mark)
    gov_rx, ref_point, ref_gate, ref_ends, gov_openings = _role_tables()
    names = []
    lo, hi = len(text), 0  # (the span of the mentions)
    for m in ms:  # (a loop, not a comprehension: no function called per sentence)
        if m.form == "name":
            names.append(m)
        if m.start < lo:
            lo = m.start
        if m.end > hi:
            hi = m.end
    for j in _list_members(text, names):
        names[j].modifier = True
    # without the words ending every reference point, its gate tried once on the text before all
    # the mentions (each mention's window is part of it, and folding maps each character alone: a
    # gate word in a window is in it too)
    near = ref_ends is not None or _holds_word(ref_gate, text[max(0, lo - 60) : hi])
    if names and (names[0].start <= 40 or text.rfind("\n", names[0].start - 41, names[0].start) >= 0):
        _mark_dateline(text, names)  # (only a name in the first 40 characters of its line may be in one)
    for i, m in enumerate(ms):
        # the patterns read at the start of the tail: a hyphen, a quote or a blank opens each
        after = text[m.end : m.end + 1]
        if after == "-" and _RX_MARK_ROLES_1.match(text, m.end, m.end + 40):
            m.modifier = True
        if (
            near
            and m.form != "pronoun"
            # (a reference point ends right before the mention with one of its last words)
            and (ref_ends is None or _may_end_with(text, max(0, m.start - 60), m.start, ref_ends))
        ):
            before = text[max(0, m.start - 60) : m.start]
            hit = ref_point.search(before) if _holds_word(ref_gate, before) else None
            # "260 kilometers east of X", "just outside the city": a reference point (a description
            # is one only "outside" or "beyond": "within an hour's drive of the plant" is the plant's)
            if hit and (m.form == "name" or _RX_OUTSIDE.search(hit.group())):
                m.modifier = True
        if after == "'" or after == "’":  # (``in _QUOTES``: two comparisons, cheaper compiled)
            tail = text[m.end : m.end + 40]
            # (the character after the possessive's blanks, which both patterns read: ``_possessive_next``)
            k, c = _possessive_next(tail)
            if c and c in _POSSESSIVE_ENDS and _RX_MARK_ROLES_2.match(tail):
                m.modifier = True  # "second only to Madrid's,": an elliptical possessive is a comparison
            if k > 2 and (c > "\x7f" or c.lower() in _POSSESSIVE_HEADS) and _RX_MARK_ROLES_3.match(tail):
                m.weak = True
        elif (
            after.isspace()
            and _may_govern(text, m.end, gov_openings)  # (a cheap test first)
            and gov_rx.match(text, m.end, m.end + 40)
        ):
            m.weak = True  # (``\s`` is what ``isspace`` tells)
        elif (
            after == " "
            and m.form == "name"
            and text[m.start - 4 : m.start] in ("the ", "its ")
            and _facility_after_rx().match(text, m.end, m.end + 30)
        ):
            m.modifier = True  # "the Hamilton plant's emissions": the place locates the company's plant
        if i and m.form == "name":
            p = ms[i - 1]
            gap = text[p.end : m.start]
            if (
                p.form == "name"
                and _may_place(gap)
                and _RX_MARK_ROLES_4.fullmatch(gap)
                and PLACE_LEVEL.get(m.type or "", 9) < PLACE_LEVEL.get(p.type or "", 9)
            ):
                m.modifier = True
            # (the gap patterns below open with a quote or a comma)
            opening = gap[:1]
            quoted, comma = opening == "'" or opening == "’", opening == ","  # (``in _QUOTES``)
            if (
                quoted
                and _RX_MARK_ROLES_5.fullmatch(gap)
                and p.form == "name"
                and PLACE_LEVEL.get(p.type or "", 9) <= PLACE_LEVEL.get(m.type or "", 9)
            ):
                if p.modifier:
                    m.modifier = True  # "A based in B's C": all of it locates A
                p.modifier = True
            if (
                comma
                and _RX_PLACING_APPOSITION.fullmatch(gap)
                and p.form == "name"
                and PLACE_LEVEL.get(m.type or "", 9) < PLACE_LEVEL.get(p.type or "", 9)
            ):
                m.modifier = True  # "Yulin, a city in northern Shaanxi that ...": Shaanxi only places Yulin
            if quoted and _RX_MARK_ROLES_6.fullmatch(gap):
                # "The zone's airport, X Airport, handled ...": the apposition names the head
                p.modifier = True
            if (
                comma
                and (len(gap) == 1 or gap[1:].isspace())  # (``_RX_MARK_ROLES_7.fullmatch(gap)``)
                and p.type in ("province", "city")
                and m.type == "province"
            ):
                m.modifier = True
