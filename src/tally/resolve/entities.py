"""Entity mentions, their types, and the references that point back to them.

A *mention* is a span naming a place, zone, company, organization or programme, or referring
to one ("the province", "the company", "its"). ``Lexicon`` holds the names known in one
document (gathered in a first pass, so a bare "Wusu" or "Honghai" is recognised anywhere),
``find_mentions`` finds the mentions of a text range, and ``Tracker`` follows an article
sentence by sentence to resolve references and pick the entity of each figure.

A page is read three times, and each pass reuses what the one before found where that is
provably the same: ``learn_mentions`` (each article, learning names), ``article_mentions`` (each
article with the whole page's names, for the page's topics; the learning pass's mentions when
every name it looked up still gets the same answer, patched where only name pieces' answers
changed, ``_Learnt.patched``) and ``sentence_mentions`` (each sentence,
cut from its article's mentions when every pattern's matches in the sentence alone are its
article's matches there, ``tally.resolve.slicing``, and the text read around is the same).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Final

try:  # Python 3.11+
    from re import _constants as _RC  # type: ignore[attr-defined]
    from re import _parser as _RP  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _RC  # type: ignore[no-redef]
    import sre_parse as _RP  # type: ignore[no-redef]

from tally.data import load
from tally.gates import Automaton, Gated, automaton, fold, gate_of
from tally.resolve.slicing import PeekTable, is_word, peeks, sliceable

_MEASURE_RX: Final = r"(?:[ \t]+\d[\d.,]*(?:-[a-z]+)+)"  # "the 1,035-km line", "the 12-room inn"

# patterns of the re calls below, compiled once
_RX_CLASSIFY_NAME_1: Final = re.compile(r"\s+")
_RX_STRIP_OPENER_1: Final = re.compile(r"(\S+)(\s+|$)")
_RX_REFERENCE_RX_1: Final = re.compile(r"(the|this)\s+(.+)$", re.IGNORECASE)
_RX_PIECES_1: Final = re.compile(r"\s+(?:and|of|for|&|the)\s+")
_RX_APPOSITIVE_COMPANY_1: Final = re.compile(
    r",\s+(?:a|an|one of the)\s+(?:[\w-]+\s+){0,2}?"
    r"(county|city|village|township|town|district|province)s?\b(?!-)"
    # the place word heads its phrase: not a modifier of the next noun ("Joan Petrie, a city councillor")
    r"(?!\s+(?!(?:in|of|on|near|at|by|that|which|where|whose|with|about|some|known|famous|located|situated"
    r"|bordering|south|north|east|west|and|or|to|from)\b)[a-z])"
)
# a possessive before a company word and a comma: the name after is that company's
_RX_OWNED_COMPANY: Final = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:company|firm|business|startup),\s+$"
)
_RX_OUTSIDE: Final = re.compile(r"\b(?:outside|beyond)\b", re.IGNORECASE)
_RX_VILLAGERS_PLACE_1: Final = re.compile(r"\bvillagers?[ \t]+(?:in|of|from)[ \t]+$")
_RX_BUSINESS_SUBJECT_1: Final = re.compile(r"[A-Z][a-z]?[A-Z]+s")
_RX_ADD_1: Final = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_RX_STRIP_LEADING_1: Final = re.compile(r"(\S+)\s+")
_RX_REFERENCE_RX_2: Final = re.compile(r"\b(?:zone|park|district|area)$")
_RX_LIST_MEMBERS_1: Final = re.compile(r"\b(?:including|such as|like)\s+$")
_RX_MARK_ROLES_1: Final = re.compile(r"-based\b")
_RX_MARK_ROLES_2: Final = re.compile(r"['’]s\s*(?:[,.;:)]|and\b|or\b)")
_RX_MARK_ROLES_3: Final = re.compile(r"['’]s\s+(?:government|people's|statistics|department)", re.IGNORECASE)
_RX_REFERENCES_1: Final = re.compile(r"(?:the|this)\s+(.+)$", re.IGNORECASE)
_RX_APPOSITIVE_COMPANY_2: Final = re.compile(r"[A-Z][a-z]?[A-Z]+s$")
_RX_MARK_ROLES_4: Final = re.compile(
    r"\s*(?:['’]s)?\s*(?:government|authorities)?\s*,?\s*"
    r"(?:(?:based|located|headquartered)\s+)?(?:in|of|at)\s+(?:the\s+)?"
)
# the words every full match of ``_RX_MARK_ROLES_4`` ends with, before its last blanks
_PLACING_ENDS: Final[tuple[str, ...]] = ("in", "of", "at", "the")
_RX_MARK_ROLES_5: Final = re.compile(r"['’]s\s+")
_RX_MARK_ROLES_6: Final = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+")
_RX_MARK_ROLES_7: Final = re.compile(r",\s*")

PLACE_LEVEL: Final = {
    "country": 0,
    "province": 1,
    "city": 2,
    "district": 3,
    "county": 3,
    "zone": 4,
    "township": 4,
    "village": 5,
    "company": 6,
    "organization": 6,
    "programme": 6,
    "group": 6,
}

# a lower-case hyphen part stays in a name when more of the name follows ("Xi'an High-tech
# Industries Development Zone"), but not a locating compound ("Taiyuan-based Jinbo")
_HYPHEN_LOW: Final = r"-(?!(?:based|headquartered|owned|run|listed|funded|backed|made|bound|born|led|registered|built|operated|grown|produced|style)\b)[a-z]\w*+(?=[ \t]+[A-Z])"  # noqa: E501
# a capitalised word (or a number). Its runs of word characters are possessive (``*+``, ``++``):
# what may follow one (a quote, a hyphen, a blank, or the end of the match) is no word character,
# so giving some back never lets a match succeed; it only cost time. Its first character is one
# class, the kind of word told by a lookbehind on it: a pattern opening with a token is then
# searched for only where a capital or a digit stands (re's first-character skip)
_TOKEN: Final = (
    # (initials with full stops are one word: "U.S.", "U.K.", "J.P."; a capital's lookbehind is
    # asked once for both kinds of capitalised word)
    rf"[A-Z\d](?:(?<=[A-Z])(?:(?:\.[A-Z])++\.|\w*+(?:['’](?!s\b)\w++)*(?:-[A-Z]\w*+|{_HYPHEN_LOW})*)"
    r"|(?<=\d)\d*+(?:[A-Z]\w*+)?)"
)
_CONNECT: Final = r"(?:of|and|for|&|de|del|della|da|do|dos|das|di|du|des|la|van|von|der|den|the)"
_SP: Final = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_SEQ: Final = re.compile(rf"{_TOKEN}(?:{_SP}(?:{_CONNECT}{_SP})*{_TOKEN})*")
# ``_SEQ`` as ``_found`` searches it: its opening class ``[A-Z\d]`` asks the Unicode digit
# category of every character re's first-character skip passes (a third of the search's cost).
# A token's first character is then told a capital or a digit by the lookbehinds after it
# (``(?<=[A-Z])``, ``(?<=\d)``), so a wider class of plain ranges opens the same matches: in an
# ASCII text, capitals and ASCII digits (a bitmap); else also every character from U+0660, the
# first digit past ASCII (``test_seq_scans_match``)
_SEQ_OPENING: Final = r"[A-Z\d]"
_SEQ_ASCII: Final = re.compile("[A-Z0-9]" + _SEQ.pattern.removeprefix(_SEQ_OPENING))
_SEQ_WIDE: Final = re.compile("[A-Z0-9\u0660-\U0010ffff]" + _SEQ.pattern.removeprefix(_SEQ_OPENING))
# ``_SEQ``'s matches but the bare numbers (digits alone: "2021", and "1", "035" of "1,035"), which
# name nothing and which ``_scan`` skips, made to fail inside re rather than matched one by one: a
# token opening with a digit is a match only with a capitalised part ("12A") or a next token
# after it ("5 Shanxi"). A digit opening no match of ``_SEQ`` follows a digit (a digit opens a
# match wherever one is tried, the run of digits all of it, and no match ends between two
# digits), so the digits of a bare number after its first fail at once (``(?<!\d\d)``) and the
# search goes on after them, where ``_SEQ``'s next match starts (``test_named_seq_scans``)
_SEQ_TAIL: Final = rf"(?:{_SP}(?:{_CONNECT}{_SP})*{_TOKEN})"
_DIGIT_REST: Final = r"(?<=\d)\d*+(?:[A-Z]\w*+)?"
_CAPITAL_REST: Final = _TOKEN.removeprefix(_SEQ_OPENING + "(?:").removesuffix("|" + _DIGIT_REST + ")")
# ``_SEQ_NAMED`` is written for re to run without backtracking (the same matches: ``test_named_seq_scans``).
# After a token's first character nothing can fail a match (all that follows is optional), so no
# repeat there need give back what it took: each is possessive (``*+``, ``?+``; re's possessive
# repeat costs less than a backtracking one, which keeps its state at each turn). A run of blanks
# between tokens is taken whole, with its newline if any (``_SP_WHOLE``: neither a connector nor a
# token opens with a blank or a newline, so a shorter run never lets a match go on), and then the
# connectors too are possessive (each is a word a blank must follow, so at most one fits at a
# place, and none opens a token), one trie (``_CONNECT_TRIE``). The ASCII twin reads ``\w`` and
# ``\d`` as ASCII (the same on an ASCII text, without the Unicode look-ups), and its opening class
# holds a NUL, which opens no match (the lookbehinds fail), to make it a bitmap, not two ranges
_SP_WHOLE: Final = r"(?:[ \t]++(?:\n[ \t]*+)?+|\n[ \t]*+)"
_CONNECT_TRIE: Final = r"(?:of|and|for|&|d(?:e(?:l(?:la)?|s|r|n)?|as?|os?|i|u)|la|v[ao]n|the)"
_CAPITAL_REST_P: Final = _CAPITAL_REST.replace(r"\w++)*(?:", r"\w++)*+(?:").replace(
    f"{_HYPHEN_LOW})*)", f"{_HYPHEN_LOW})*+)"
)
_DIGIT_REST_P: Final = _DIGIT_REST.replace(r"\w*+)?", r"\w*+)?+")
_SEQ_TAIL_P: Final = (
    rf"(?:{_SP_WHOLE}(?:{_CONNECT_TRIE}{_SP_WHOLE})*+{_SEQ_OPENING}(?:{_CAPITAL_REST_P}|{_DIGIT_REST_P}))"
)
_SEQ_NAMED: Final = (
    rf"(?:{_CAPITAL_REST_P}{_SEQ_TAIL_P}*+|(?<=\d)(?<!\d\d)\d*+(?:[A-Z]\w*+{_SEQ_TAIL_P}*+|{_SEQ_TAIL_P}++))"
)
_SEQ_NAMED_ASCII: Final = re.compile(r"[\x00A-Z0-9]" + _SEQ_NAMED, re.ASCII)
_SEQ_NAMED_WIDE: Final = re.compile("[A-Z0-9\u0660-\U0010ffff]" + _SEQ_NAMED)


def _seq_rx(seg: str) -> re.Pattern[str]:
    """The pattern ``_found`` finds the capitalised sequences of ``seg`` with (``_SEQ_NAMED``)."""
    return _SEQ_NAMED_ASCII if seg.isascii() else _SEQ_NAMED_WIDE


# ``_seq_rx``'s search tests every character against its opening class (re's set test, some fifty
# instructions a character, most of the search's cost in a compiled build). ``_seq_matches``
# finds the places a match may open by ``str.find`` in a marked copy instead: ASCII capitals and
# digits, and the non-ASCII characters ("?" once encoded, a Unicode digit among them), become
# "\x01" (so do a "?" and a "\x01" of the text: a match tried there fails, as re's would)
_SEQ_MARKS: Final = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?", b"\x01" * 37)
# what a connector of ``_CONNECT`` opens with (after a number and blanks, a match of ``_SEQ_NAMED``
# goes on only with a connector or a token)
_CONNECT_FIRSTS: Final = "".join(
    sorted({w[0] for w in _CONNECT.removeprefix("(?:").removesuffix(")").split("|")})
)


def _seq_marks(seg: str) -> str:
    """``seg`` with its ASCII capitals and digits, its non-ASCII characters, "?" and "\\x01" made
    "\\x01" (``_SEQ_MARKS``), each character in its place."""
    return seg.encode("ascii", "replace").translate(_SEQ_MARKS).decode("ascii")


def _seq_matches(seg: str, marks: str) -> tuple[re.Match[str], ...]:
    """``tuple(_seq_rx(seg).finditer(seg))``: the match tried (``match``) only where ``seg`` has a
    capital, a digit or a non-ASCII character (found by ``str.find`` in ``marks``, the marked text:
    ``_seq_marks(seg)``), left to right from where the last match ended, as finditer's search finds
    it. A run of ASCII digits opens no match (``_SEQ_NAMED``: its digits after the first never
    do) unless a non-ASCII character, a capital, or blanks then a capital, digit, connector's
    first character or non-ASCII character follow it (``_digits_go_on``): else it is passed over
    untried (``test_seq_matches``)."""
    rx = _seq_rx(seg)
    n = len(seg)
    hits: list[re.Match[str]] = []
    x = marks.find("\x01")
    while x >= 0:
        c = ord(seg[x])
        e = x + 1
        if 48 <= c <= 57:
            while e < n and 48 <= ord(seg[e]) <= 57:
                e += 1
            if not _digits_go_on(seg, e, n):
                x = marks.find("\x01", e)
                continue
        m = rx.match(seg, x)
        if m is not None:
            hits.append(m)
            e = m.end()
        # (else: the digits after a digit that opens no match open none)
        x = marks.find("\x01", e)
    return tuple(hits)


def _digits_go_on(seg: str, e: int, n: int) -> bool:
    """May a match of ``_SEQ_NAMED`` opening with a run of ASCII digits that ends at ``e`` go on
    there: is ``seg[e]`` a capital or non-ASCII (a Unicode digit may go on the run), or blanks
    (``[ \t\n]``) then a capital, a digit, a connector's first character or a non-ASCII one?"""
    if e >= n:
        return False
    c = ord(seg[e])
    if c >= 128 or 65 <= c <= 90:
        return True
    if c != 32 and c != 9 and c != 10:
        return False
    f = e + 1
    while f < n and seg[f] in _BLANK_LINE:
        f += 1
    if f >= n:
        return False
    d = seg[f]
    c = ord(d)
    return c >= 128 or 65 <= c <= 90 or 48 <= c <= 57 or d in _CONNECT_FIRSTS


_BLANK_LINE: Final = " \t\n"
# the head words of the two patterns opening with "the" (``_THE_LED``): "the city of X", "the
# park at X"; a match's head word is a whole word after blanks, at most 2 and 4 words after the "the"
_OF_HEADS: Final[tuple[str, ...]] = (
    "city", "county", "village", "township", "town", "district", "province", "port", "municipality", "state",
    "region",
)
# the head words naming a first-level division whatever the country calls it ("the state of Nuevo
# Leon", "the region of Lombardy"): not place words (alone, "the state" refers back to a province)
_OF_WIDE_HEADS: Final = {"state": "province", "region": "province"}
_ZONE_HEADS: Final[tuple[str, ...]] = ("park", "zone", "hub")
# what follows the head word in a match of each
_OF_TAIL: Final = r"[ \t]+of\s+"
_ZONE_TAIL: Final = r"[ \t]+(?:at|in|near)[ \t]+"
# (each opens with this: a head word with no blank after it has no tail, ``_head_words``)
_TAILS_OPEN: Final = r"[ \t]+"
_RX_OF_TAIL: Final = re.compile(_OF_TAIL)
_RX_ZONE_TAIL: Final = re.compile(_ZONE_TAIL)
_ZONE_AT: Final = re.compile(
    rf"\b[Tt]he[ \t]+((?:(?!the\b|a\b|an\b|of\b)[a-z][\w-]*[ \t]+){{0,3}}?)({'|'.join(_ZONE_HEADS)})"
    rf"{_ZONE_TAIL}"
    rf"({_TOKEN}(?:[ \t]+{_TOKEN})?)"
)
_LEADING: Final = {
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "during",
    "according",
    "its",
    "this",
    "that",
    "these",
    "those",
    "last",
    "since",
    "and",
    "but",
    "meanwhile",
    "as",
    "after",
    "before",
    "when",
    "while",
    "to",
    "of",
    "our",
    "their",
    "his",
    "her",
    "my",
    "we",
    "it",
    "they",
    "he",
    "she",
    "i",
    "some",
    "all",
    "many",
    "most",
    "other",
    "another",
    "data",
    "both",
    "each",
    "every",
    "one",
    "two",
    "three",
    "under",
    "through",
    "over",
    "among",
    "between",
    "if",
    "so",
    "also",
    "however",
    "besides",
    "nowadays",
    "today",
    "totally",
    "here",
    "there",
    "left",
    "right",
    "from left",
    "photo",
    "provided",
    "like",
    "such",
    "what",
    "where",
    "which",
    "who",
    "despite",
    "thanks",
    "backed",
    "booster",
    "supported",
    "located",
    "based",
    "compared",
    "official",
    "officials",
    "local",
    "new",
}


@dataclass(slots=True, kw_only=True, init=False)
class Mention:
    start: int
    end: int
    name: str | None  # canonical name (None for an unresolved reference)
    type: str | None
    form: str  # "name" | "reference" | "pronoun"
    parent: str | None = None
    weak: bool = False  # government/attribution: never the subject
    modifier: bool = False  # a locative modifier of the mention before it ("X in Y", "Y-based X")
    rules: list[str] = field(default_factory=list)

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self,
        *,
        start: int,
        end: int,
        name: str | None,
        type: str | None,
        form: str,
        parent: str | None = None,
        weak: bool = False,
        modifier: bool = False,
        rules: list[str] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.type = type
        self.form = form
        self.parent = parent
        self.weak = weak
        self.modifier = modifier
        self.rules = [] if rules is None else rules


@cache
def _words() -> dict:
    return load("entity_words")


@cache
def _gazetteer() -> dict[str, tuple[str, str | None, str]]:
    """lower-case name or alias -> (canonical name, parent, type)."""
    g = load("gazetteer")
    out: dict[str, tuple[str, str | None, str]] = {}
    for name, meta in g["provinces"].items():
        meta = meta or {}
        typ = meta.get("type", "province")
        for a in [name, *meta.get("aliases", [])]:
            out[a.lower()] = (name, "China", typ)
    for prov, cities in g["cities"].items():
        for c in cities:
            out.setdefault(c.lower(), (c, prov, "city"))
    for country, states in (g.get("states") or {}).items():
        for st in states:                                      # a name, or {name: [aliases]}
            for name, aliases in (st.items() if isinstance(st, dict) else [(st, ())]):
                for a in [name, *aliases]:
                    out.setdefault(a.lower(), (name, country, "province"))
    for country, by_type in (g.get("places") or {}).items():
        for typ, places in by_type.items():
            for pl in places:
                out.setdefault(pl.lower(), (pl, None if country == "Other" else country, typ))
    for name, meta in g["countries"].items():
        meta = meta or {}
        for a in [name, *meta.get("aliases", [])]:
            out.setdefault(a.lower(), (name, None, "country"))
    return out


@cache
def _suffixes() -> list[tuple[str, str]]:
    pairs = [(s.rstrip(".").lower(), t) for t, ss in _words()["suffixes"].items() for s in ss]
    return sorted(pairs, key=lambda p: -len(p[0]))


def place_name(name: str, typ: str, word: str | None = None) -> str:
    """Canonical form of a place: counties, districts, villages and townships keep their type word;
    a designation of its own ("Ejin banner", "Alxa league") keeps that word instead."""
    kept = _words().get("kept_type_words", [])
    if word and word.lower() in kept:
        return name if name.lower().endswith(word.lower()) else f"{name} {word.lower()}"
    if any(name.lower().endswith(" " + k) for k in kept):
        return name
    if typ in ("county", "district", "village", "township") and not name.lower().endswith(typ):
        return f"{name} {typ}"
    return name


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in _words()["org_heads"])


@lru_cache(maxsize=8192)
def classify_name(seq: str) -> tuple[str, str, str | None] | None:
    """(canonical name, type, parent) of a capitalised name, or None."""
    seq = _RX_CLASSIFY_NAME_1.sub(" ", seq)
    low = seq.lower().replace("’", "'")
    gz = _gazetteer()
    if low in gz:
        name, parent, typ = gz[low]
        return name, typ, parent
    toks = low.rstrip(".").split()
    council = _council_place(seq, toks)
    if council is not None:
        return council
    orgs = _org_heads()
    if len(toks) > 1 and any(t in orgs for t in toks[:-1]):
        return seq.rstrip("."), "organization", None
    # (only the suffixes ending in the name's last word may match: tried in ``_suffixes()`` order)
    for st, typ in _suffixes_by_last().get(toks[-1] if toks else "", ()):
        if len(toks) > len(st) and toks[-len(st) :] == st:
            if typ == "township" and len(toks) > 2:
                typ = "zone"
            return seq.rstrip("."), typ, None
    return None


@cache
def _council_words() -> tuple[tuple[tuple[str, ...], str | None], ...]:
    """``council_words`` split into lower-case words, longest first."""
    pairs = [(tuple(k.lower().split()), v) for k, v in (_words().get("council_words") or {}).items()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _council_place(seq: str, toks: list[str]) -> tuple[str, str, str | None] | None:
    """'Leeds City Council', 'Kent County Council': the place a local council governs."""
    if len(toks) < 2 or toks[-1] not in ("council", "corporation"):
        return None
    for words, typ in _council_words():
        n = len(words)
        if len(toks) > n and tuple(toks[-n:]) == words:
            head = " ".join(seq.rstrip(".").split()[:-n])
            known = _gazetteer().get(head.lower())
            if known is not None and known[2] != "country":
                return known[0], known[2], known[1]
            if typ is None or not head[:1].isupper():
                return None
            return head, typ, None
    return None


@cache
def _suffixes_by_last() -> dict[str, list[tuple[list[str], str]]]:
    """``_suffixes()`` split into words, by their last word, in their order (longest first)."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for suf, typ in _suffixes():
        st = suf.split()
        if st:  # (an empty suffix matches no name)
            out.setdefault(st[-1], []).append((st, typ))
    return out


@dataclass(slots=True)
class Lexicon:
    """Names known in one document: full names, and bare aliases of them."""

    names: dict[str, tuple[str, str, str | None]] = field(
        default_factory=dict
    )  # lower name -> (name, type, parent)
    aliases: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    # the page pass's mentions of each article (``article_mentions``), which the sentence pass
    # cuts its sentences' from (``sentence_mentions``): they live as long as the document's lexicon
    scanned: list[_Scanned] = field(default_factory=list)
    # what the learning pass found in each article (``learn_mentions``), for the page pass
    learnt: dict[tuple[int, int], _Learnt] = field(default_factory=dict)
    # the arguments ``add`` was given: given again (a name named again) it changes nothing, as it
    # only sets what is not set yet, from them alone
    added: set[tuple[str, str, str | None, str | None]] = field(default_factory=set, repr=False)

    def add(self, name: str, typ: str, parent: str | None = None, surface: str | None = None) -> None:
        args = (name, typ, parent, surface)
        if args in self.added:
            return
        self.added.add(args)
        key = name.lower().replace("’", "'")
        self.names.setdefault(key, (name, typ, parent))
        if surface:
            self.names.setdefault(surface.lower().replace("’", "'"), (name, typ, parent))
        if typ in ("county", "district", "village", "township") or (
            typ == "city" and (kept_end := _kept_end_rx()) is not None and kept_end.search(name)
        ):
            # (the type word ends the name: cut off where the one match of the pattern, anchored
            # at the end, starts; what ``sub`` with "" gives, without its replacement's work)
            cut = _type_word_end_rx(typ).search(name)
            bare = name if cut is None else name[: cut.start()] + name[cut.end() :]
            self.aliases.setdefault(bare.lower(), (name, typ, parent))
            return
        if typ in ("company", "zone", "programme"):
            generic = _generic_tokens()
            gazetteer = _gazetteer()
            toks = _RX_ADD_1.findall(surface or name)  # "High-tech" is one word
            lowered = [t.lower().replace("’", "'") for t in toks]
            for i in range(2, len(lowered)):
                self.aliases.setdefault(" ".join(lowered[:i]), (name, typ, parent))
            for j, t in enumerate(lowered):  # (not ``zip(..., strict=True)``: a generic call compiled)
                raw = toks[j]
                if t in generic or t in gazetteer or t.isdigit() or len(t) < 3 or raw.islower():
                    continue  # (nor a particle inside the name: "del" of "Salinas del Loa Lithium")
                self.aliases.setdefault(t, (name, typ, parent))

    def lookup(self, seq: str) -> tuple[str, str, str | None] | None:
        low = seq.lower().replace("’", "'")
        if low in self.names:
            return self.names[low]
        if low in self.aliases:
            return self.aliases[low]
        return None


@cache
def _generic_tokens() -> frozenset[str]:
    return frozenset(_words()["generic_tokens"])


def _kept_alt() -> str:
    return "|".join(map(re.escape, _words().get("kept_type_words", [])))


@cache
def _kept_end_rx() -> re.Pattern[str] | None:
    """A name ending in a designation of its own ("... banner"), or None when there are none."""
    kept = _kept_alt()
    return re.compile(rf"\s(?:{kept})$", re.IGNORECASE) if kept else None


@lru_cache(maxsize=64)
def _type_word_end_rx(typ: str) -> re.Pattern[str]:
    """The type word (or a designation of its own) ending a name, to strip it off."""
    kept = _kept_alt()
    return re.compile(rf"\s+(?:{typ}|{kept})$" if kept else rf"\s+{typ}$", re.IGNORECASE)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(_words()["surnames"])


@cache
def _place_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    pw = _words()["place_words"]
    types = {w: t for t, ws in pw.items() for w in ws if t != "zone"}
    alt = "|".join(sorted(map(re.escape, types), key=len, reverse=True))
    after = re.compile(
        rf"({_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}})[ \t]+({alt})\b(?!['’]s\s+(?:government|people))"
    )
    of = re.compile(
        rf"\b[Tt]he[ \t]+(?:({_TOKEN})[ \t]+)?({'|'.join(_OF_HEADS)}){_OF_TAIL}({_TOKEN}(?:[ \t]+{_TOKEN})?)"  # noqa: E501
    )
    cap = re.compile(
        rf"(?:({_TOKEN})(?:['’]s)?[ \t]+)?(?:provincial[ \t]+)?capital(?:[ \t]+city)?(?:[ \t]+of|,)[ \t]+({_TOKEN})"  # noqa: E501
    )
    return after, of, cap


@cache
def _typed_words() -> dict[str, dict]:
    return {d["word"].lower(): d for d in _words().get("typed_by_word", [])}


@cache
def _typed_rx() -> re.Pattern[str]:
    alt = "|".join(
        sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in _typed_words()), key=len, reverse=True)
    )
    return re.compile(rf"({_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}})[ \t]+({alt})\b(?!-)")


def _types_of_word(w: str) -> str:
    pw = _words()["place_words"]
    for t, ws in pw.items():
        if w.lower() in ws:
            return t
    return "city"


def _strip_leading(seq: str, start: int) -> tuple[str, int]:
    rest, cut = _leading_cut(seq)
    return rest, start + cut


@lru_cache(maxsize=4096)  # names recur within a page and across pages
def _leading_cut(seq: str) -> tuple[str, int]:
    """``seq`` without the function words opening it, and how many characters they took."""
    if seq.lower().rstrip(",") in _LEADING:
        return "", len(seq)
    cut = 0
    while True:
        m = _RX_STRIP_LEADING_1.match(seq)
        if not m or m.group(1).lower().rstrip(",") not in _LEADING:
            return seq, cut
        seq, cut = seq[m.end() :], cut + m.end()


# the text ``find_mentions`` reads around a name, besides its segment (role marks aside): before a
# word that may open a sentence, before a name (a head word, "villagers in"), after one (an apposition)
_OPENER_CONTEXT: Final = 6
_LEFT_CONTEXT: Final = 30
_RIGHT_CONTEXT: Final = 90

# (the dash of a dateline, "MUNICH, Aug 14 (Reuters) - Agribusiness exports ...", opens its sentence)
_OPENS: Final = re.compile(r"(?:^|[.!?:;][\"'”’)]*\s+|\n\s*|[\"“‘(]\s*|\)[ \t]*(?:[—–]|--?)[ \t]+)$")


def sentence_initial(text: str, s: int) -> bool:
    """Whether the word at ``s`` opens a sentence (or a quotation, or a line)."""
    return bool(_OPENS.search(text[max(0, s - _OPENER_CONTEXT) : s]))


def _strip_opener(text: str, seq: str, s: int) -> tuple[str, int]:
    """'Now Hangzhou ...', 'Total exports ...': an ordinary word capitalised only because it opens
    the sentence is not part of a name."""
    m = _RX_STRIP_OPENER_1.match(seq)
    # (the cheap tests first: each is a pure test, so the order does not change the outcome)
    if m and m.group(1).lower() in _openers() and sentence_initial(text, s) and not classify_name(seq):
        return seq[m.end() :], s + m.end()
    return seq, s


_Piece = tuple[str, int, "tuple[str, str, str | None] | None"]  # (piece, offset, classify_name(piece))


@lru_cache(maxsize=4096)  # names recur within a page and across pages
def _seq_plan(raw: str) -> tuple[int, int, tuple[_Piece, ...], tuple[_Piece, ...]]:
    """What the capitalised-name pass does with a sequence ``raw`` of ``_SEQ`` that depends on it
    alone: the characters its leading function words take (``_strip_leading``), those its opening
    word takes when that word is stripped at a sentence start (``_strip_opener``; 0 when it never
    is), and the name pieces (``_pieces``, offsets from where they are cut, with their
    ``classify_name``) without and with that opener stripped (none for a number)."""
    rest, cut = _leading_cut(raw)
    m = _RX_STRIP_OPENER_1.match(rest)
    opener = m.end() if m and m.group(1).lower() in _openers() and not classify_name(rest) else 0
    return cut, opener, _plan_pieces(rest), _plan_pieces(rest[opener:]) if opener else ()


@cache
def _digit_led_idle() -> bool:
    """Does ``_seq_plan`` give nothing to do (no piece, with or without an opener) for every
    sequence opening with a digit? Its leading function words and openers are words that open
    with no digit, so nothing is cut from such a sequence, and ``_plan_pieces`` of a sequence
    opening with a digit is empty."""
    return not any(w[:1].isdigit() for w in [*_LEADING, *_openers()])


def _plan_pieces(seq: str) -> tuple[_Piece, ...]:
    seq = seq.rstrip()
    if not seq or seq[0].isdigit():
        return ()
    return tuple((p, ps, classify_name(p)) for p, ps in _pieces(seq, 0))


@cache
def _openers() -> frozenset[str]:
    return frozenset(_words()["sentence_openers"])


def _common_word_opening(text: str, seq: str, pos: int) -> bool:
    """A one-word "name" capitalised only because it opens a sentence or headline, and written in
    lower case elsewhere in the text: a common word ("Oil city ...", where the page says "oil")."""
    if " " in seq or not sentence_initial(text, pos) or _capitalised_mid_sentence(text, seq):
        return False
    return _stands_alone(text, seq.lower())


def _stands_alone(text: str, word: str) -> bool:
    """``re.search(rf"\b{re.escape(word)}\b", text) is not None`` for a non-empty ``word``: tried only
    where the word stands (str.find), not at every position of the document, and with no regex
    to compile for each new word (``\b``: a word character on one side only, ``is_word``)."""
    n, size = len(text), len(word)
    pos = text.find(word)
    while pos >= 0:
        end = pos + size
        if is_word(text[pos]) != (pos > 0 and is_word(text[pos - 1])) and is_word(text[end - 1]) != (
            end < n and is_word(text[end])
        ):
            return True
        pos = text.find(word, pos + 1)
    return False


def _capitalised_mid_sentence(text: str, word: str) -> bool:
    """'Jinbo' written capitalised somewhere the capital is not due to a sentence start."""
    # the matches of ``\bword\b`` left to right, as finditer finds them, but tried only where the
    # word stands (str.find), not at every position of the document, and with no regex to compile
    # for each new word: there ``\b`` is a word character on one side only (``is_word``)
    n, size = len(text), len(word)
    pos = text.find(word)
    while pos >= 0:
        end = pos + size
        if (
            is_word(text[pos]) != (pos > 0 and is_word(text[pos - 1]))
            and is_word(text[end - 1]) != (end < n and is_word(text[end]))
        ):
            if not sentence_initial(text, pos):
                return True
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)
    return False


def find_mentions(
    text: str, start: int, end: int, lex: Lexicon, *, learn: bool = False, roles: bool = True
) -> list[Mention]:
    """Mentions in ``text[start:end]``; with ``learn`` the names found are added to ``lex``. Without
    ``roles`` their ``modifier`` and ``weak`` marks are left unset (for callers reading only names)."""
    # every pattern reads the segment alone, so its matches are found once per segment (the
    # two article passes, learning and page_defaults, read the same segments)
    out = _scan(text, start, end, lex, _found(text[start:end]), learn=learn)
    if roles:
        _mark_roles(text, out)
    return out


def learn_mentions(text: str, start: int, end: int, lex: Lexicon) -> None:
    """``find_mentions(text, start, end, lex, learn=True, roles=False)`` of a whole article for
    the names it adds to ``lex``; what it found is kept for ``article_mentions``."""
    found = _found(text[start:end])
    trace = _Learnt(text=text, found=found)
    trace.mentions = _scan(text, start, end, lex, found, learn=True, trace=trace)
    lex.learnt[(start, end)] = trace


def article_mentions(text: str, start: int, end: int, lex: Lexicon) -> list[Mention]:
    """``find_mentions(text, start, end, lex, roles=False)`` of a whole article, also kept in
    ``lex`` for ``sentence_mentions`` to cut the mentions of the article's sentences from.
    The learning pass's mentions of the article are these when no learning-only rule fired
    and every name it looked up gets the same answer from the lexicon grown since."""
    learnt = lex.learnt.pop((start, end), None)
    # the segment's matches as the learning pass found them (not found again)
    found = learnt.found if learnt is not None and learnt.text is text else _found(text[start:end])
    if learnt is not None and learnt.same(text, lex):
        out = learnt.mentions
    else:
        # (only a few names it looked up changed, if any: the mentions they name are worked out again)
        patched = learnt.patched(text, start, lex) if learnt is not None else None
        out = patched if patched is not None else _scan(text, start, end, lex, found, learn=False)
    lex.scanned.append(_Scanned.of(text, start, end, lex, out, found))
    return out


@dataclass(slots=True)
class _Learnt:
    """The learning pass over one article: its mentions, every lexicon look-up it made and the
    answer, and whether a rule only that pass runs (a business subject) named something."""

    text: str
    found: _Found  # the article's matches of every pattern
    mentions: list[Mention] = field(default_factory=list)
    lookups: list[tuple[str, tuple[str, str, str | None] | None]] = field(default_factory=list)
    # the look-ups (by index in ``lookups``) of name pieces, with where the piece is: (start, end, piece)
    pieces: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    learning_only: bool = False

    def same(self, text: str, lex: Lexicon) -> bool:
        """Would a pass over the same ``text`` with ``lex`` as it is now, not learning, find the same?"""
        return (
            text is self.text
            and not self.learning_only
            and all(lex.lookup(key) == answer for key, answer in self.lookups)
        )

    def patched(self, text: str, start: int, lex: Lexicon) -> list[Mention] | None:
        """The mentions a pass over the article ``text[start:...]`` with ``lex`` as it is now, not
        learning, finds, when no learning-only rule fired and every look-up whose answer changed
        was a name piece's (else None): its name mentions are this pass's but at those pieces,
        worked out again, and its references and pronouns are found again after them.

        A name piece is looked up only where it is free of the mentions before it; those are
        the spans of the patterns before the capitalised names (the same: no look-up of theirs
        changed, and nothing else they read did) and of the pieces before it, none of which
        overlaps it (the capitalised sequences do not overlap, nor do the pieces of one). So each
        piece is free again, and the answers of the rules after its look-up are the same (each
        reads the text alone); a changed piece changes its own mention only. References and
        pronouns come last, each where it is free of all mentions added before."""
        if text is not self.text or self.learning_only:
            return None
        changed = [i for i, (key, answer) in enumerate(self.lookups) if lex.lookup(key) != answer]
        if any(i not in self.pieces for i in changed):
            return None  # (a capital's look-up)
        names = {m.start: m for m in self.mentions if m.form == "name"}
        spans: list[tuple[int, int]] = []  # (of the changed pieces)
        for i in changed:
            ps, pe, piece = self.pieces[i]
            spans.append((ps, pe))
            named = _piece_name(text, piece, ps, pe, start, lex)
            if named is None:
                names.pop(ps, None)
            else:
                c, rule = named
                names[ps] = Mention(
                    start=ps, end=pe, name=c[0], type=c[1], form="name", parent=c[2], rules=[rule]
                )
        out = sorted(names.values(), key=_start)
        if not _overlaps_any(spans, self.found, start):
            # no changed piece overlaps a reference's or a pronoun's match: each is free of the
            # names just as it was (the names it overlaps are the same), so the same are added
            for m in self.mentions:
                if m.form != "name":
                    out.append(m)
            out.sort(key=_start)
            return out
        taken = _Taken([m.start for m in out], [m.end for m in out], out, text, None)
        _scan_references(text, start, self.found, taken)
        out.sort(key=_start)
        return out


def _overlaps_any(spans: list[tuple[int, int]], found: _Found, start: int) -> bool:
    """Does a span of ``spans`` overlap a match (offsets from ``start``) of a reference phrase or of
    the pronouns in ``found`` (what ``_scan_references`` adds mentions from)?"""
    for s, e in spans:
        a, b = s - start, e - start
        for _i, hits in found.refs:
            for m in hits:
                if m.start() < b and a < m.end():
                    return True
        for m in found.battery[_PRONOUNS]:
            if m.start() < b and a < m.end():
                return True
    return False


def _start(m: Mention) -> int:
    return m.start


def _piece_name(
    text: str, piece: str, ps: int, pe: int, seg_start: int, lex: Lexicon
) -> tuple[tuple[str, str, str | None], str] | None:
    """What ``_scan`` (not learning) names an unclassified name piece from its look-up on, and
    the rule: a known name, else an apposition, a head word or villagers before it."""
    k = lex.lookup(piece)
    if k:
        return (k[0], k[1], k[2]), "entity:known-name"
    c = _appositive_company(text, piece, ps, pe, seg_start)
    if c is not None:
        return c, "entity:appositive-company"
    c = _headed_company(text, piece, ps, _heads_by_end())
    if c is not None:
        return c, "entity:head-before-name"
    c = _villagers_place(text, piece, ps)
    if c is not None:
        return c, "entity:villagers-in"
    return None


def sentence_mentions(text: str, start: int, end: int, lex: Lexicon, *, roles: bool = True) -> list[Mention]:
    """``find_mentions(text, start, end, lex, roles=roles)``, cut from the mentions of the article
    around it (``article_mentions``) where that is provably the same, else found afresh. (Without
    ``roles``, ``mark_roles`` marks them later, if the caller needs the marks.)"""
    sc = _scanned_around(text, start, end, lex)
    if sc is None:
        if _blanks_find_nothing() and text[start:end].isspace():
            return []  # (a sentence all blanked out, a caption's place: no match, no mention)
        return find_mentions(text, start, end, lex, roles=roles)
    starts = sc.starts
    n = len(starts)
    i = sc.at  # (``bisect_left(starts, start)`` when it passes the test: they are sorted)
    if not (0 <= i <= n and (i == n or starts[i] >= start) and (i == 0 or starts[i - 1] < start)):
        i = _left_from(starts, start, i)
    j = i  # (``bisect_left(starts, end, i)``: a sentence holds a few mentions)
    while j < n and starts[j] < end:
        j += 1
    sc.at = j
    if i == j:
        return []  # (no mention to mark)
    out = sc.hand_out(i, j)
    if roles:
        _mark_roles(text, out)
    return out


def mark_roles(text: str, ms: list[Mention]) -> None:
    """Mark the roles of the mentions of one sentence found without them (``roles=False``)."""
    _mark_roles(text, ms)


@dataclass(slots=True, init=False)  # (not frozen: ``alike`` and ``unlike`` are set after ``__init__``)
class _Scanned:
    """The mentions of one article (before role marks), and what tells whether a sentence of it
    would find the same ones on its own."""

    text: str
    start: int
    end: int
    size: tuple[int, int]  # the lexicon's size then (it only grows: the same size is the same lexicon)
    # the page pass's own mentions (no role marked: read only by ``page_defaults`` before), each
    # handed out once as it is, for its sentence to mark (``hand_out``); ``given`` tells which were
    mentions: list[Mention]
    given: list[bool]  # (a list, not a bytearray: indexed directly compiled, a bytearray generically)
    starts: list[int]  # of the mentions, sorted
    # the offsets (from ``start``) strictly inside a match of some pattern, where a word character
    # is not on both sides of them (only there is it asked: ``_scanned_around``), as disjoint
    # ranges sorted [los[i], his[i]) (a few dozen per article, not a byte per character set
    # match by match)
    los: list[int]
    his: list[int]
    found: _Found  # every pattern's matches in the article (offsets from ``start``)
    sliceable: bool = True  # ``_all_sliceable()`` (asked once per article, not per sentence)
    # a text other than ``text`` found the same as it (``alike``), or not (``unlike``), from
    # ``_CONTEXT_BEFORE`` before the article to ``_RIGHT_CONTEXT`` after it (``_scanned_around``:
    # the only fields set after ``__init__``, each to the text it asked about last)
    alike: str | None = None
    unlike: str | None = None
    # where the last search in ``starts`` (``sentence_mentions``) and in ``los`` (``inside``) ended:
    # sentences are read in order, so the next one mostly starts there (tried first, as ``_Taken.at``)
    at: int = 0
    at_inside: int = 0

    # (written out, not generated: see ``Mention``)
    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        size: tuple[int, int],
        mentions: list[Mention],
        given: list[bool],
        starts: list[int],
        los: list[int],
        his: list[int],
        found: _Found,
        sliceable: bool = True,
        alike: str | None = None,
        unlike: str | None = None,
        at: int = 0,
        at_inside: int = 0,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.size = size
        self.mentions = mentions
        self.given = given
        self.starts = starts
        self.los = los
        self.his = his
        self.found = found
        self.sliceable = sliceable
        self.alike = alike
        self.unlike = unlike
        self.at = at
        self.at_inside = at_inside

    @classmethod
    def of(cls, text: str, start: int, end: int, lex: Lexicon, ms: list[Mention], found: _Found) -> _Scanned:
        # (the offsets strictly inside each match, [lo, hi), each as one number lo * base + hi:
        # ints sort in the order of the pairs, and cheaper than tuples)
        base = end - start + 1  # (more than any offset)
        keys: list[int] = []
        for matches in found.battery:
            for m in matches:
                a, b = m.span()
                if b - a > 1:
                    keys.append((a + 1) * base + b)
        for _i, hits in found.refs:
            for m in hits:
                a, b = m.span()
                if b - a > 1:
                    keys.append((a + 1) * base + b)
        for m in found.seq:
            # (a capitalised sequence of word characters alone, one word, four of five: every
            # offset inside it has a word character on both sides)
            if not m[0].isalnum():  # (``isalnum`` holds only for word characters)
                a, b = m.span()
                if b - a > 1:
                    keys.append((a + 1) * base + b)
        keys.sort()
        los: list[int] = []
        his: list[int] = []
        last = -1  # (``his[-1]``)
        for key in keys:  # (merged where they overlap or touch)
            lo = key // base
            hi = key - lo * base
            if last >= 0 and lo <= last:
                if hi > last:
                    his[-1] = last = hi
            else:
                los.append(lo)
                his.append(hi)
                last = hi
        size = (len(lex.names), len(lex.aliases))
        starts = [m.start for m in ms]
        return _Scanned(
            text, start, end, size, ms, [False] * len(ms), starts, los, his, found, _all_sliceable()
        )

    def inside(self, x: int) -> bool:
        """Is offset ``x`` (from ``start``) strictly inside a match of some pattern (where asked)?"""
        los = self.los
        i = self.at_inside  # (``bisect_right(los, x)`` when it passes the test: they are sorted)
        if not (0 <= i <= len(los) and (i == len(los) or los[i] > x) and (i == 0 or los[i - 1] <= x)):
            i = _right_from(los, x, i)
            self.at_inside = i
        return i > 0 and x < self.his[i - 1]

    def hand_out(self, i: int, j: int) -> list[Mention]:
        """Mentions ``i`` to ``j`` (exclusive), unmarked, for a sentence to mark: each the page pass's
        own the first time (nothing reads it after), a copy after that (a sentence read again, or
        by another tracker). A mention's ``rules`` list is never changed, so copies share it."""
        out = self.mentions[i:j]
        given = self.given
        for k in range(i, j):
            if given[k]:
                m = out[k - i]
                out[k - i] = Mention(
                    start=m.start, end=m.end, name=m.name, type=m.type, form=m.form, parent=m.parent,
                    rules=m.rules,
                )
            else:
                given[k] = True
        return out

    def matches(self, i: int) -> tuple[re.Match[str], ...]:
        """The article's matches of pattern ``i`` of ``_patterns()`` (of ``_SEQ``, those ``_found``
        keeps: ``_seq_rx``)."""
        battery = self.found.battery
        if i < len(battery):
            return battery[i]
        if i == len(battery):
            return self.found.seq
        for k, hits in self.found.refs:  # (a phrase with no match is left out)
            if k == i - len(battery) - 1:
                return hits
        return ()


def _scanned_around(text: str, start: int, end: int, lex: Lexicon) -> _Scanned | None:
    """The scanned article holding ``text[start:end]`` when its mentions there are the ones
    ``find_mentions`` would find in the slice: the same lexicon, the same text around, and every
    pattern's matches in the slice its article's matches there (``tally.resolve.slicing``)."""
    for sc in lex.scanned:
        if sc.start <= start and end <= sc.end:
            break
    else:
        return None
    if sc.size != (len(lex.names), len(lex.aliases)) or not sc.sliceable:
        return None
    t = sc.text
    if text is not t and text is not sc.alike:
        # the sentence pass reads the body with its captions blanked: the same where it reads
        # (asked once for the whole article, which holds every sentence's range: most are the same)
        if text is not sc.unlike:
            lo, hi = max(0, sc.start - _CONTEXT_BEFORE), sc.end + _RIGHT_CONTEXT
            if text[lo:hi] == t[lo:hi]:
                sc.alike = text
            else:
                sc.unlike = text
        if text is not sc.alike:
            lo, hi = max(0, start - _CONTEXT_BEFORE), end + _RIGHT_CONTEXT
            if text[lo:hi] != t[lo:hi] and not _reads_alike(text, t, start, end, lo, hi):
                return None
    if start > sc.start:
        c = t[start - 1]
        if c.isalnum() or c == "_" or sc.inside(start - sc.start):  # (``is_word``)
            return None
    if end < sc.end:
        c = t[end]
        if c.isalnum() or c == "_" or sc.inside(end - sc.start):  # (``is_word``)
            return None
        if _any_peeks(t[end - 1], c) and not _peeked_alike(sc, t, start, end):
            return None
    return sc


_CONTEXT_BEFORE: Final = max(_LEFT_CONTEXT, _OPENER_CONTEXT)  # how far ``find_mentions`` reads before a range



def _peeked_alike(sc: _Scanned, t: str, start: int, end: int) -> bool:
    r"""Are the matches in ``t[start:end]`` of each pattern that may peek at ``t[end]`` after
    ``t[end - 1]`` its article's matches there (what not peeking assures, tried directly: the
    article's matches starting in the slice, shifted, with their groups)? A headline ending in a
    plural before its line break is one such: "... officials" then "\n" ("['’]s\s+" of a lookahead)."""
    seg = t[start:end]
    shift = start - sc.start
    for i in _peeking(t[end - 1], t[end]):
        rx = _patterns()[i]
        # (``_SEQ``'s as ``_found`` finds them: ``_seq_rx``)
        mine = [m.regs for m in (_seq_rx(seg) if rx is _SEQ else rx).finditer(seg)]
        theirs = [
            tuple((a - shift, b - shift) if a >= 0 else (a, b) for a, b in m.regs)
            for m in sc.matches(i)
            if shift <= m.start() < end - sc.start
        ]
        if mine != theirs:
            return False
    return True


@lru_cache(maxsize=64)
def _peeking(a: str, b: str) -> tuple[int, ...]:
    """The indexes in ``_patterns()`` of the patterns that may peek at ``b`` after ``a``."""
    return tuple(i for i, rx in enumerate(_patterns()) if peeks(rx, a, b))


_STOPS: Final = ".;:"  # characters no apposition-tail pattern of ``_appositive_company`` reads past


def _reads_alike(text: str, t: str, start: int, end: int, lo: int, hi: int) -> bool:
    r"""Do ``text`` and ``t``, the same in ``[start, end)`` and differing around it (a caption
    blanked next to the sentence), give ``find_mentions`` of the sentence the same answers?
    Its reads outside the sentence (``learn`` off) are these:

    - before a name token or piece at ``x >= start``: ``_OPENS`` on ``[x - 6, x)`` and the
      head-word and villagers patterns on ``[x - 30, x)``, each anchored at ``x`` (``$``), their
      answers booleans. With a line break at ``n < start`` and the texts the same from ``n``:
      no match of the last two holds a line break (and ``\b`` reads one character before a
      match), so none reads before ``n``; a match of ``_OPENS`` holding the break is blank
      from it to ``x``, and then ``\n\s*$`` matches from ``n`` in both texts.
    - after a name piece (ending in a word character, as every ``_SEQ`` match does), the
      apposition tails of ``_appositive_company`` at ``pe``: they open with a comma or a blank
      and never consume ``.``, ``;`` or ``:`` (``_STOPS``; their word lists hold none, and no
      lookaround reads past a character not consumed). With such a character at ``k`` and no
      word character after it in the sentence, every ``pe <= k``: no read goes past ``k``."""
    if text[start:end] != t[start:end]:
        return False
    if text[lo:start] != t[lo:start]:
        n = text.rfind("\n", lo, start)
        if n < 0 or text[n:start] != t[n:start]:
            return False
    if text[end:hi] != t[end:hi]:
        k = max(text.rfind(c, start, end) for c in _STOPS)
        if k < 0 or any(is_word(c) for c in text[k + 1 : end]):
            return False
    return True


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Every pattern whose matches ``_found`` collects."""
    return (*_battery(), _SEQ, *(rx for _t, _p, _k, rx in _references()))


@cache
def _blanks_find_nothing() -> bool:
    """Does no pattern of ``_patterns()`` match in a text of blanks alone (so ``find_mentions``
    finds nothing there)? Each holds a literal of its gate (``tally.gates``) with a character that
    is no blank, or opens with a capital or a digit (``_SEQ``)."""
    for rx in _patterns():
        if rx is _SEQ:
            if not _SEQ.pattern.startswith(r"[A-Z\d]"):
                return False
            continue
        gate = gate_of(rx)
        if gate is None or not all(w.strip() for w in gate):
            return False
    return True


@cache
def _all_sliceable() -> bool:
    return all(sliceable(rx) for rx in _patterns())


def _any_peeks(a: str, b: str) -> bool:
    """May some pattern read the character ``b`` (after a sentence) past the character ``a``
    (ending it) unseen in its match? (``any(peeks(rx, a, b) for rx in _patterns())``, from the
    patterns' analysis done once; kept by the two characters in ``_PEEKS``: a plain dict's look-up,
    not an ``lru_cache`` call, generic compiled)"""
    after = _PEEKS.get(a)
    if after is None:
        if len(_PEEKS) >= _PEEKS_MAX:
            _PEEKS.clear()
        after = _PEEKS[a] = {}
    known = after.get(b)
    if known is None:
        if len(after) >= _PEEKS_MAX:
            after.clear()
        table = _peek_table()
        known = after[b] = table.peeks(_accepting(a), _accepting(b))
    return known


# ``_any_peeks``'s answers by their first character, then their second (a table of characters,
# not of texts: a few dozen pairs end sentences; looked up with no key made), each dict emptied
# when it holds ``_PEEKS_MAX``
_PEEKS: Final[dict[str, dict[str, bool]]] = {}
_PEEKS_MAX: Final = 256


@cache
def _peek_table() -> PeekTable:
    return PeekTable(list(_patterns()))


@lru_cache(maxsize=512)
def _accepting(ch: str) -> int:
    """The atoms of ``_peek_table()`` accepting ``ch``."""
    return _peek_table().accepting(ch)


# the most places ``_left_from`` and ``_right_from`` step forward before they bisect
_WALK: Final = 8


def _left_from(xs: list[int], x: int, i: int) -> int:
    """``bisect_left(xs, x)`` of the sorted ``xs``, where a search going left to right ended
    at ``i`` last: stepped forward from there when it is not past ``x``, else bisected (compiled,
    a call of ``bisect_left`` is a generic call of ~900 instructions, a step ~30)."""
    n = len(xs)
    if i < 0 or i > n or i > 0 and xs[i - 1] >= x:
        return bisect_left(xs, x)
    stop = i + _WALK
    if stop > n:
        stop = n
    while i < stop and xs[i] < x:
        i += 1
    if i < n and xs[i] < x:
        return bisect_left(xs, x, i)
    return i


def _right_from(xs: list[int], x: int, i: int) -> int:
    """``bisect_right(xs, x)`` of the sorted ``xs``, found as ``_left_from`` finds ``bisect_left``'s."""
    n = len(xs)
    if i < 0 or i > n or i > 0 and xs[i - 1] > x:
        return bisect_right(xs, x)
    stop = i + _WALK
    if stop > n:
        stop = n
    while i < stop and xs[i] <= x:
        i += 1
    if i < n and xs[i] <= x:
        return bisect_right(xs, x, i)
    return i


class _Taken:
    """The mentions ``_scan`` has found (``out``) and the spans they have taken, sorted by start.
    They never overlap (each is added only where free), so their ends are sorted too, and a
    span overlaps one of them only if it overlaps the last one starting before its end. With a
    ``lex`` to learn into, each name added is added to it too.

    (A plain class whose methods are called directly, not bound methods or closures passed as
    values: in the compiled build those are generic calls, costing a few hundred instructions each.)"""

    starts: list[int]
    ends: list[int]
    out: list[Mention]
    text: str
    lex: Lexicon | None  # (learning into it)
    # where the last search for a place in ``starts`` ended (after the span taken last): each
    # pass of ``_scan`` goes left to right, so the next search mostly ends there too (tried
    # first: compiled, a call of ``bisect_left`` costs ~900 instructions, the test ~50)
    at: int

    def __init__(
        self, starts: list[int], ends: list[int], out: list[Mention], text: str, lex: Lexicon | None
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.out = out
        self.text = text
        self.lex = lex
        self.at = 0

    def free(self, s: int, e: int) -> bool:
        starts = self.starts
        i = self.at  # (``bisect_left(starts, e)`` when it passes the test: they are sorted)
        if not ((i == len(starts) or starts[i] >= e) and (i == 0 or starts[i - 1] < e)):
            i = _left_from(starts, e, i)
            self.at = i
        return i == 0 or self.ends[i - 1] <= s

    def take(self, s: int, e: int) -> None:
        starts = self.starts
        i = self.at  # (``bisect_left(starts, s)`` when it passes the test)
        if not ((i == len(starts) or starts[i] >= s) and (i == 0 or starts[i - 1] < s)):
            i = _left_from(starts, s, i)
        starts.insert(i, s)
        self.ends.insert(i, e)
        self.at = i + 1

    def add(self, m: Mention) -> None:
        self.out.append(m)
        self.take(m.start, m.end)
        lex = self.lex
        if lex is not None and m.form == "name" and m.name and m.type:
            surface = self.text[m.start : m.end] if m.type in ("company", "zone") else None
            lex.add(m.name, m.type, m.parent, surface)


def _looked_up(lex: Lexicon, trace: _Learnt | None, key: str) -> tuple[str, str, str | None] | None:
    """``lex.lookup(key)``, recorded in ``trace`` (if any)."""
    answer = lex.lookup(key)
    if trace is not None:
        trace.lookups.append((key, answer))
    return answer


def _scan(
    text: str, start: int, end: int, lex: Lexicon, found: _Found, *, learn: bool, trace: _Learnt | None = None
) -> list[Mention]:
    """The mentions in ``text[start:end]`` from the segment's matches ``found``, sorted, unmarked
    (with ``trace``, every lexicon look-up and any learning-only name recorded there)."""
    out: list[Mention] = []
    # the spans taken (the first ones, "the city of X", come from one finditer; every later one
    # is added only where free)
    taken = _Taken([], [], out, text, lex if learn else None)

    # "the Shanxi city of Linfen", "the village of Nongfa"
    of_found, zone_found, cap_found, after_found, typed_found, _pronouns = found.battery
    for m in of_found:
        spec = _typed_words().get(m.group(2))
        if spec is not None:  # "the port of Ningbo-Zhoushan": "Ningbo-Zhoushan port", a company
            typ = spec["type"]
            name = f"{m.group(3)} {m.group(2)}" if spec["keep"] else m.group(3)
        else:
            typ = _OF_WIDE_HEADS.get(m.group(2)) or _types_of_word(m.group(2))
            name = place_name(m.group(3), typ)
        parent = m.group(1)
        s, e = start + m.start(), start + m.end()
        taken.add(
            Mention(
                start=s, end=e, name=name, type=typ, form="name", parent=parent, rules=["entity:the-type-of"]
            )
        )
    # "the renewable energy park at Khavda": a zone named by its place
    for m in zone_found:
        s, e = start + m.start(), start + m.end()
        if (
            not taken.free(s, e)
            or m.group(3)[0].isdigit()  # "moved to the zone in 2017": a year, not a place
            or (known := classify_name(m.group(3))) is not None
            and known[1] == "country"
        ):
            continue
        words = " ".join(m.group(1).split())
        name = " ".join(x for x in (m.group(3), words, m.group(2)) if x)
        taken.add(
            Mention(start=s, end=e, name=name, type="zone", form="name", rules=["entity:zone-at-place"])
        )
    # "Shanxi's capital, Taiyuan", "the provincial capital of Taiyuan"
    for m in cap_found:
        s, e = start + m.start(2), start + m.end(2)
        if not taken.free(s, e):
            continue
        c = classify_name(m.group(2)) or _looked_up(lex, trace, m.group(2))
        if c:
            taken.add(
                Mention(
                    start=s,
                    end=e,
                    name=c[0],
                    type=c[1],
                    form="name",
                    parent=m.group(1),
                    rules=["entity:capital-of"],
                )
            )
    # "Qixian county", "Changzhi city"
    for m in after_found:
        s, e = start + m.start(), start + m.end()
        seq, s2 = _strip_leading(m.group(1), start + m.start(1))
        seq, s2 = _strip_opener(text, seq, s2)
        if not taken.free(s2, e) or not seq or not seq[0].isupper():
            continue
        if seq.lower() in _nationalities():
            continue  # "the Polish province", "a German city": a nationality, not the place's name
        typ = _types_of_word(m.group(2))
        c = classify_name(seq)
        if c is None and _common_word_opening(text, seq, s2):
            continue  # "Oil city looks beyond the wellhead": a headline's first word, not a name
        if c is None and typ == "province":
            # "Guangxi Zhuang autonomous region": the first word names it
            c = classify_name(seq.split()[0])
        if c and c[1] not in ("province", "city", "country") and typ in ("city", "province"):
            continue  # "Shanxi Electric Motors city" cannot happen; a company before a type word is not a place  # noqa: E501
        name = place_name(c[0] if c and c[1] in ("province", "city") else seq, typ, m.group(2))
        parent = c[2] if c else None
        taken.add(
            Mention(
                start=s2,
                end=e,
                name=name,
                type=typ,
                form="name",
                parent=parent,
                rules=["entity:name+type-word"],
            )
        )
    # "Girona-Costa Brava airport", "the Metrolink network", "the Penedès wine region"
    for m in typed_found:
        seq, s2 = _strip_leading(m.group(1), start + m.start(1))
        e = start + m.end()
        if not seq or not seq[0].isupper() or not taken.free(s2, e):
            continue
        word = " ".join(m.group(2).lower().split())
        spec = _typed_words()[word]
        known = classify_name(seq)
        if known and (not spec["places"] or known[1] in ("company", "organization", "programme")):
            continue
        name = f"{seq} {word}" if spec["keep"] else seq
        taken.add(
            Mention(
                start=s2,
                end=e,
                name=name,
                type=spec["type"],
                form="name",
                rules=["entity:name+lower-type-word"],
            )
        )
    # capitalised names
    digits_idle = _digit_led_idle()
    # (the tables the rules for a name piece read, fetched once: a call of a cached function is
    # a generic call compiled)
    heads_by_end = _heads_by_end()
    business = _business_index()
    for m in found.seq:
        raw = m[0]  # (a subscript: cheaper than a method call compiled)
        if digits_idle and raw[0].isdigit():
            continue  # a third of them: numbers ("2021", "5 Shanxi ..."), which name nothing
        # (what depends on the sequence alone is worked out once per sequence: ``_seq_plan``)
        cut, opener, plain, opened = _seq_plan(raw)
        s = start + m.start() + cut
        pieces = plain
        if opener and sentence_initial(text, s):
            s, pieces = s + opener, opened
        for piece, rel, known in pieces:
            ps = s + rel
            pe = ps + len(piece)
            if not taken.free(ps, pe):
                continue
            nxt = text[pe] if pe < len(text) else ""  # (a character, not a slice: cheaper compiled)
            if nxt == "$" or nxt == "\\" and text[pe + 1 : pe + 2] == "$":
                continue  # "US$3.7 billion", "HK\$": the name is the prefix of a currency, not a mention
            c = known
            rule = "entity:gazetteer-or-suffix"
            if c is None:
                if trace is not None:
                    trace.pieces[len(trace.lookups)] = (ps, pe, piece)
                k = _looked_up(lex, trace, piece)
                if k:
                    c, rule = (k[0], k[1], k[2]), "entity:known-name"
            if c is None:
                c = _appositive_company(text, piece, ps, pe, start)
                rule = "entity:appositive-company"
            if c is None:
                c = _headed_company(text, piece, ps, heads_by_end)
                rule = "entity:head-before-name"
            if c is None:
                c = _villagers_place(text, piece, ps)
                rule = "entity:villagers-in"
            if c is None and learn:
                c = _business_subject(text, piece, pe, business)
                rule = "entity:business-subject"
                if c is not None and trace is not None:
                    trace.learning_only = True
            if c is None:
                continue
            taken.add(Mention(start=ps, end=pe, name=c[0], type=c[1], form="name", parent=c[2], rules=[rule]))
    _scan_references(text, start, found, taken)
    out.sort(key=lambda x: x.start)
    return out


def _scan_references(text: str, start: int, found: _Found, taken: _Taken) -> None:
    """The last part of ``_scan``: references ("the province", "the company's") and pronouns, each
    added where no mention is (``taken.free``) yet."""
    # references: "the province", "the company's"
    references = _references()
    for i, ref_found in found.refs:
        typ, ph = references[i][0], references[i][1]
        for m in ref_found:
            s, e = start + m.start(), start + m.end()
            if taken.free(s, e):
                taken.add(
                    Mention(
                        start=s, end=e, name=None, type=typ, form="reference", rules=[f"entity:ref:{ph}"]
                    )
                )
    for m in found.battery[_PRONOUNS]:
        s, e = start + m.start(), start + m.end()
        if taken.free(s, e):
            taken.add(
                Mention(
                    start=s,
                    end=e,
                    name=None,
                    type=None,
                    form="pronoun",
                    rules=[f"entity:pronoun:{text[s:e].lower()}"],  # (the match may be on folded text)
                )
            )


_PRONOUNS: Final = 5  # the pronoun pattern's place in ``_battery()``


@cache
def _battery() -> tuple[re.Pattern[str], ...]:
    """The per-segment patterns of ``find_mentions`` that have literal gates, in the order it unpacks them."""
    after_rx, of_rx, cap_rx = _place_rx()
    return (of_rx, _ZONE_AT, cap_rx, after_rx, _typed_rx(), _pronoun_rx())


@cache
def _battery_gated() -> Gated:
    return Gated.of(list(_battery()))


@dataclass(slots=True, frozen=True)
class _Found:
    """The matches in one segment of every pattern ``find_mentions`` runs, by position, not in a
    dict keyed on the patterns (hashing a compiled pattern hashes its whole code, every time)."""

    battery: tuple[tuple[re.Match[str], ...], ...]  # per pattern of ``_battery()``
    seq: tuple[re.Match[str], ...]  # capitalised sequences (``_SEQ``'s matches but bare numbers)
    # (index in ``_references()``, matches) of the phrases that match, in table order
    refs: tuple[tuple[int, tuple[re.Match[str], ...]], ...]


def _found(seg: str) -> _Found:
    """The matches in ``seg`` of every pattern ``find_mentions`` runs (a pattern none of whose
    gate literals is in ``seg``, or a reference phrase whose words are not, or not after an
    article, has none; a reference phrase with no match is left out)."""
    low = fold(seg)
    # the folded text keeps every character in place (only these two change the length), with
    # the same word characters; there a case-blind match of an ASCII word is a plain one
    aligned = "\u0130" not in seg and "\u0307" not in seg
    pronoun_rx = _pronoun_folded_rx() if aligned else None
    leads = _Leads(seg, low, aligned)
    marks = _seq_marks(seg)  # (where a capital, a digit or a non-ASCII character stands)

    matches: list[tuple[re.Match[str], ...]] = []
    rev: str | None = None  # the segment reversed (where a run of name characters starts)
    heads: tuple[list[int], list[int], list[int], list[int]] | None = None  # ``_head_words(seg)``
    # the patterns tried only where a match may start go ungated (the look-up of their start costs
    # less than the gate); the others only when the gate opens them
    opened: list[bool] | None = None
    for i, rx in enumerate(_battery()):
        if i == _PRONOUNS and pronoun_rx is not None:
            # (their text is lower-cased)
            matches.append(_pronoun_matches(low, leads))
        elif i in _TYPE_LED and _type_words(i) is not None:
            # a match is up to three name tokens and a type word, blanks between: tried only at
            # the capitals and digits of the words before a type word (those of both patterns
            # found in one pass, with the head words of ``_THE_LED``)
            if rev is None:
                rev = seg[::-1]
            if heads is None:
                heads = _head_words(seg)
            at = _token_heads_before(seg, rev, heads[_TYPE_LED.index(i)], _words_before(i), marks)
            matches.append(_matches_at(rx, seg, at))
        elif i == _CAPITAL:
            # a match's part before "capital" is name characters: it starts in the run holding
            # that word, at a capital or digit, "provincial" or "capital"
            if rev is None:
                rev = seg[::-1]
            capitals = _capital_starts(seg)
            cap_at = _token_heads_in_runs(seg, rev, capitals, _RX_CAPITAL_HEAD, blank=False)
            matches.append(_matches_at(rx, seg, cap_at))
        elif i in _THE_LED and aligned:
            # every match opens with "the" (any case) after no word character, where the reference
            # phrases' article is: tried only there, not at every position; and only when one of
            # the words its gate has (one of which every match holds) is in the folded segment
            # (and of those only the ones a few words before a head word: ``_the_before_heads``)
            if rev is None:
                rev = seg[::-1]
            if heads is None:
                heads = _head_words(seg)
            k = _THE_LED.index(i)
            at = _the_before_heads(seg, rev, leads.of("the"), heads[2 + k], k)
            matches.append(_matches_at(rx, seg, at))
        else:
            if opened is None:
                opened = _battery_gated().open(seg)
            matches.append(tuple(rx.finditer(seg)) if opened[i] else ())
    battery = tuple(matches)
    # look phrases up after the articles: worth it in a long segment
    by_heads = len(seg) >= _HEADS_MIN and aligned
    plain = by_heads and _plain_fold(seg)
    ascii_low = low.isascii()  # (then every run of it is)

    refs: list[tuple[int, tuple[re.Match[str], ...]]] = []
    if by_heads:
        # every match of a bucketed phrase opens with its article ("the", "this") and the phrase
        # right after it: only the buckets after the segment's articles are visited (of the
        # phrases' buckets, most are not there)
        for article, buckets in _bucketed_plan().items():
            # each phrase's matches as ``_matches_at`` finds them at the heads after its article that
            # open with its key: the heads taken in order, each tried by the phrases of its bucket
            hits: dict[int, list[re.Match[str]]] = {}
            ends: dict[int, int] = {}  # where the last match of each phrase ends
            at = leads.of(article)
            qs, es = leads.runs[article]  # (aligned: found with them)
            if plain:
                starts = _bucket_starts(seg, low, article, at, qs, es, buckets, ascii_low)
            else:
                starts = [
                    (p, q, buckets[low[q:e]])
                    for p, q, e in _phrase_starts_after(seg, article, at, qs, es)
                    if low[q:e] in buckets
                ]
            for p, q, rows in starts:
                for i, key, rx in rows:
                    if p >= ends.get(i, 0) and low.startswith(key, q) and (m := rx.match(seg, p)):
                        hits.setdefault(i, []).append(m)
                        ends[i] = m.end()
            refs.extend((i, tuple(ms)) for i, ms in hits.items())
    # the other phrases (``_unbucketed_plan()`` after the buckets, else all), by their keys' longest word
    for word, plan in _plan_groups(by_heads):
        if word not in low:
            continue  # (nor is any key holding it)
        for i, key, rx, lead, _bucket in plan:
            # a phrase whose words are nowhere in the segment is skipped (its regex is slow)
            if lead is None:
                found = tuple(rx.finditer(seg)) if key in low else ()
            else:
                found = _matches_at(rx, seg, leads.of(lead)) if key in low else ()
            if found:
                refs.append((i, found))
    refs.sort(key=_first)  # (in table order, as ``_scan`` takes them)
    # (``_SEQ``'s matches but the bare numbers, cheaper found)
    return _Found(battery=battery, seq=_seq_matches(seg, marks), refs=tuple(refs))


# characters: in a shorter segment, each phrase is looked up on its own. None is: the buckets
# cost less even in a short sentence read afresh (measured: 28% less over such sentences)
_HEADS_MIN: Final = 0

# the patterns of ``_battery()`` whose every match opens with ``\b[Tt]he``: they start where
# ``_LEAD_RX["the"]`` matches (``test_the_led_patterns`` checks their openings)
_THE_LED: Final[tuple[int, ...]] = (0, 1)

# the most words (runs of ``[\w'’-]``) from a ``_THE_LED`` pattern's "the" to its head word, the
# "the" included: a name token ("the Shanxi city of"), or up to three lower-case words ("the
# renewable energy park at")
_WORDS_TO_HEAD: Final[tuple[int, ...]] = (2, 4)


def _the_before_heads(seg: str, rev: str, leads: list[int], heads: list[int], k: int) -> list[int]:
    r"""The positions of ``leads`` (where "the" opens a ``_THE_LED`` match, ascending) pattern
    ``_THE_LED[k]`` may match at: those in the last ``_WORDS_TO_HEAD[k]`` words before one of
    ``heads`` (where its head word may stand, ``_head_words``; ``rev`` is ``seg`` reversed). A
    match is "the", blanks, and that many words at most (each a run of name characters,
    ``[\w'’-]``), blanks between, before its head word, which follows blanks: read backwards
    from the head word, ``_back_rx`` takes those words (or more of a run holding one), so the
    match's "the" is among them."""
    if not leads or not heads:
        return []
    n = len(seg)
    back = _back_rx(_WORDS_TO_HEAD[k])
    out: list[int] = []
    for x in heads:
        m = back.match(rev, n - x)
        a = x - (m.end() - (n - x)) if m else x
        out.extend(leads[bisect_left(leads, a) : bisect_left(leads, x)])
    return _ascending(out)


# the patterns of ``_battery()`` that are up to three name tokens, blanks and a type word from a
# table ("Qixian county", "the Penedès wine region"): every character of a match is a word
# character, a quote, a hyphen or a blank (``_RX_RUN``; a type word with another character
# leaves its pattern to finditer), and it holds the type word's last part as written, a whole
# word after a blank
_TYPE_LED: Final[tuple[int, ...]] = (3, 4)
_RUN_CHARS: Final = r"\w'’ \t-"
_RX_RUN: Final = re.compile(f"[{_RUN_CHARS}]+")
_BLANKS: Final[tuple[str, ...]] = (" ", "\t")
_RX_TOKEN_HEAD: Final = re.compile(r"[A-Z\d]")  # the first character of ``_TOKEN``, where a match starts


@cache
def _type_words(i: int) -> tuple[str, ...] | None:
    """The last parts of the type words of battery pattern ``i`` (3: place words, 4: typed words),
    sorted; None when a type word has a character outside a run."""
    if i == 3:
        words = [w for t, ws in _words()["place_words"].items() for w in ws if t != "zone"]
    else:
        words = list(_typed_words())
    if not words or not all(_RX_RUN.fullmatch(w) for w in words):
        return None
    return tuple(sorted({w.split()[-1] for w in words}))


@cache
def _type_words_rx(i: int) -> re.Pattern[str] | None:
    """``_type_words(i)`` as one alternation, a whole word after it (what ``_type_word_starts`` finds
    after a blank)."""
    lasts = _type_words(i)
    if lasts is None:
        return None
    return re.compile("(?:" + "|".join(map(re.escape, lasts)) + r")\b")


def _type_word_starts(seg: str, words: tuple[str, ...]) -> list[int]:
    """The starts, ascending, of the matches of ``_type_words_rx`` in ``seg`` after a blank: where
    one of ``words`` stands after a blank with a word boundary after it (``\\b``: a word character
    on one side only), found by ``str.find`` per word (cheaper than the alternation tried at every
    position). finditer finds each such start too: a match hiding it would hold the blank before
    it, and no word holds a blank."""
    n = len(seg)
    out: set[int] = set()
    for w in words:
        size, word_end = len(w), is_word(w[-1])
        x = seg.find(w, 1)
        while x >= 0:
            e = x + size
            if seg[x - 1] in _BLANKS and word_end != (e < n and is_word(seg[e])):
                out.add(x)
            x = seg.find(w, x + 1)
    return sorted(out)


@cache
def _head_automaton() -> Automaton:
    """The head words of four battery patterns in one automaton: the last parts of the type words
    of both ``_TYPE_LED`` patterns (those with ``_type_words``), and the head words of both
    ``_THE_LED`` ones (``_OF_HEADS``, ``_ZONE_HEADS``), each after each blank (``_BLANKS``: a head
    word counts only after one, and an automaton whose literals open with one of two characters
    steps through the text at half the cost of one whose literals open with a dozen letters).
    Each maps to the word's length (the blank left out), whether it ends in a word character,
    and a bit per pattern whose word it is (1, 2: ``_TYPE_LED``; 4, 8: ``_THE_LED``, each in its
    order)."""
    masks: dict[str, int] = {}
    sets = [*(_type_words(i) or () for i in _TYPE_LED), _OF_HEADS, _ZONE_HEADS]
    for bit, words in enumerate(sets):
        for w in words:
            masks[w] = masks.get(w, 0) | 1 << bit
    return automaton({b + w: (len(w), is_word(w[-1]), mask) for w, mask in masks.items() for b in _BLANKS})


def _head_words(seg: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """From one pass of ``_head_automaton()`` over ``seg`` (it yields every occurrence of every
    word, as a per-word ``str.find`` loop visits them), ascending: ``_type_word_starts(seg,
    _type_words(i))`` for both ``_TYPE_LED`` patterns ``i``; then, for both ``_THE_LED``
    patterns, where one of its head words after a blank has the pattern's tail after it
    (``_OF_TAIL``, ``_ZONE_TAIL``): there only may one of its matches have its head word."""
    n = len(seg)
    out: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    for last, (size, word_end, mask) in _head_automaton().iter(seg):
        x = last - size + 1  # (the word's start, after its blank)
        e = last + 1
        if mask & 3 and word_end != (e < n and is_word(seg[e])):
            if mask & 1:
                out[0].append(x)
            if mask & 2:
                out[1].append(x)
        if (mask & 12) == 0 or e >= n:
            continue
        b = ord(seg[e])
        if b != 32 and b != 9:
            continue  # (both tails open with a blank: ``_TAILS_OPEN``)
        if mask & 4 and _RX_OF_TAIL.match(seg, e):
            out[2].append(x)
        if mask & 8 and _RX_ZONE_TAIL.match(seg, e):
            out[3].append(x)
    # (occurrences come by where they end: sorted, and a start two words share given once)
    return _ascending(out[0]), _ascending(out[1]), _ascending(out[2]), _ascending(out[3])


def _ascending(xs: list[int]) -> list[int]:
    return sorted(set(xs)) if len(xs) > 1 else xs


def _token_heads_in_runs(
    seg: str, rev: str, starts: list[int], heads: re.Pattern[str] = _RX_TOKEN_HEAD, blank: bool = True
) -> list[int]:
    """The capitals and digits, ascending, of the runs (``_RX_RUN``) of ``seg`` holding a type word
    at one of ``starts`` (ascending) after a blank (``rev`` is ``seg`` reversed, to find where a run
    starts). A type word in a match is a whole word after a blank. (Without ``blank``, every one of
    ``starts``; ``heads`` the starts to collect.)"""
    out: list[int] = []
    n = len(seg)
    done = -1  # the end of the last run taken
    for x in starts:
        if x < done or blank and (not x or seg[x - 1] not in _BLANKS):
            continue  # in a run already taken, or not the whole type word after its blank
        back = _RX_RUN.match(rev, n - x)  # the run before ``x``, read backwards
        a = x - (back.end() - (n - x)) if back else x
        forth = _RX_RUN.match(seg, x)
        b = forth.end() if forth else x
        out.extend(h.start() for h in heads.finditer(seg, a, b))
        done = b
    return out


_TOKENS_BEFORE: Final = 3  # the most name tokens before the type word of a ``_TYPE_LED`` pattern


@cache
def _words_before(i: int) -> int:
    """How many words (runs of name characters, ``_RX_BACK``) before the last part of its type word
    a match of ``_TYPE_LED`` pattern ``i`` may start in: its tokens, and the type word's other words."""
    words = [w for t, ws in _words()["place_words"].items() for w in ws if t != "zone"] if i == 3 else list(
        _typed_words()
    )
    return _TOKENS_BEFORE + max(len(w.split()) for w in words) - 1


@lru_cache(maxsize=8)
def _back_rx(words: int) -> re.Pattern[str]:
    """Blanks and a word, up to ``words`` times: read on the reversed text, the words before a place."""
    return re.compile(rf"(?:[ \t]+[\w'’-]+){{1,{words}}}")


def _token_heads_before(seg: str, rev: str, starts: list[int], words: int, marks: str) -> list[int]:
    """The capitals and digits, ascending, of the last ``words`` words before each of ``starts``
    (type words after a blank; ``rev`` is ``seg`` reversed, ``marks`` its ``_seq_marks``: a capital
    or digit is marked there, so only the marked places are read, not every character with
    ``_RX_TOKEN_HEAD``). A match of a ``_TYPE_LED`` pattern is its tokens (each a run of name
    characters, ``[\\w'’-]``, from a capital or digit on), the type word's first words and its
    last part, blanks (``[ \\t]+``) between: it starts at a capital or
    digit of one of the ``words`` words before the last part, and every match ends with one of
    ``starts`` (``test_found_matches_are_finditers``)."""
    n = len(seg)
    back = _back_rx(words)
    out: set[int] = set()
    for x in starts:
        m = back.match(rev, n - x)
        a = x - (m.end() - (n - x)) if m else x
        y = marks.find("\x01", a, x)
        while y >= 0:
            c = ord(seg[y])
            # (``[A-Z\d]``: ``\d`` is a Unicode decimal digit, ``str.isdecimal``)
            if 65 <= c <= 90 or 48 <= c <= 57 or c >= 128 and seg[y].isdecimal():
                out.add(y)
            y = marks.find("\x01", y + 1, x)
    return sorted(out)


# the "capital of" pattern of ``_battery()``: an optional name token, its possessive and blanks,
# an optional "provincial", then "capital" and a comma or "of" (``test_capital_pattern``); the
# starts below overlap in no way that hides one of them from a scan for all three
_CAPITAL: Final = 2
_RX_CAPITAL: Final = re.compile(r"capital\b")
_RX_CAPITAL_HEAD: Final = re.compile(r"[A-Z\d]|provincial|capital")

_RX_WORD: Final = re.compile(r"\w+")


def _capital_starts(seg: str) -> list[int]:
    """Where ``_RX_CAPITAL`` matches in ``seg``: "capital" (found by ``str.find``, faster than re's
    literal search) with no word character after it (``\\b`` after a word character)."""
    out: list[int] = []
    n = len(seg)
    x = seg.find("capital")
    while x >= 0:
        e = x + 7
        if e >= n or not is_word(seg[e]):
            out.append(x)
        x = seg.find("capital", e)
    return out


@cache
def _pronoun_led_rxs() -> tuple[re.Pattern[str], ...]:
    r"""The pronouns of ``_pronoun_folded_rx`` (lower-cased) by their first two characters, each
    group one pattern: those characters (a literal re finds by its fast search for a literal
    opening), no word character before them (a lookbehind after them: it costs nothing where
    they are not), then the rest of one of the group's pronouns and ````."""
    groups: dict[str, list[str]] = {}
    for w in _words()["pronouns"]:
        low = w.lower()
        groups.setdefault(low[:2], []).append(low[2:])
    out = []
    for lead, rests in groups.items():
        alt = "|".join(re.escape(r) for r in sorted(set(rests), key=len, reverse=True))
        out.append(re.compile(rf"{re.escape(lead)}(?<!\w{re.escape(lead)})(?:{alt})\b"))
    return tuple(out)


@cache
def _pronoun_the_words() -> tuple[tuple[str, ...] | None, ...]:
    """For each pattern of ``_pronoun_led_rxs()``, its pronouns when every one opens with "the"
    (then each match is a whole word opening with "the" after no word character: where
    ``_LEAD_RUN["the"]`` matches, ``_Leads``), else None."""
    groups: dict[str, list[str]] = {}
    for w in _words()["pronouns"]:
        low = w.lower()
        groups.setdefault(low[:2], []).append(low)
    return tuple(tuple(ws) if all(w.startswith("the") for w in ws) else None for ws in groups.values())


@cache
def _pronoun_the_fourths() -> tuple[str | None, ...]:
    """For each group of ``_pronoun_the_words()``, the characters its pronouns have after their
    "the" (each one's fourth), when every one has one (else None): a word opening with "the"
    whose next character is none of them is none of the group's pronouns."""
    out: list[str | None] = []
    for words in _pronoun_the_words():
        if words is None or not all(len(w) > 3 for w in words):
            out.append(None)
        else:
            out.append("".join(sorted({w[3] for w in words})))
    return tuple(out)


def _pronoun_matches(low: str, leads: _Leads | None = None) -> tuple[re.Match[str], ...]:
    r"""The spans of the matches of ``_pronoun_folded_rx`` in the folded text ``low``, as finditer
    finds them. Every pronoun is word characters only, between two ````: a match is a whole run
    of word characters that is a pronoun (the alternative finditer takes there is the run
    itself: no other one ends at a ````), and runs do not overlap. So they are the matches of
    the patterns of ``_pronoun_led_rxs()`` (each a whole run of word characters that is one of its
    pronouns; of them all, at most one matches at a place), in order of where they start
    (cheaper than the alternation's scan of the text, tried at every position). With the
    ``leads`` of an aligned segment (``_Leads(seg, low, True)``), a group whose pronouns all open
    with "the" is tried only where a word opens with "the" (``_pronoun_the_words``), not scanned."""
    hits: list[re.Match[str]] = []
    groups = 0
    the_words = _pronoun_the_words()
    for k, rx in enumerate(_pronoun_led_rxs()):
        size = len(hits)
        words = the_words[k]
        if words is not None and leads is not None and leads.aligned:
            # (a group of pronouns opening with "the": tried only where a "the" opens a word, the
            # articles' places ``leads`` has found, and there only when one of them is there)
            # (first the character after "the": one of the pronouns' fourth characters, when
            # every pronoun of the group has one, ``_pronoun_the_fourths``; most words are not)
            fourths = _pronoun_the_fourths()[k]
            for p in leads.of("the"):
                if fourths is not None:
                    c = low[p + 3 : p + 4]
                    if not c or c not in fourths:
                        continue
                if low.startswith(words, p):
                    m = rx.match(low, p)
                    if m is not None:
                        hits.append(m)
        else:
            hits.extend(rx.finditer(low))
        if len(hits) > size:
            groups += 1
    if groups > 1:
        hits.sort(key=_match_start)
    return tuple(hits)


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _matches_at(rx: re.Pattern[str], seg: str, at: list[int]) -> tuple[re.Match[str], ...]:
    """The matches of ``rx`` in ``seg`` when every one starts at one of the positions ``at``
    (ascending): tried there only, left to right and not overlapping, as finditer finds them."""
    hits: list[re.Match[str]] = []
    last = 0
    for p in at:
        if p >= last and (m := rx.match(seg, p)):
            hits.append(m)
            last = m.end()
    return tuple(hits)


@cache
def _reference_plan() -> list[tuple[int, str, re.Pattern[str], str | None, str | None]]:
    """(index, literal key, regex, leading article, bucket) of every reference phrase, in table
    order; the bucket (the key's first word: its run of word characters) when ``_phrase_starts``
    can look it up."""
    refs = zip(_references(), _reference_leads(), strict=True)
    return [
        (i, key, rx, lead, _key_word(key) if _bucketed(key) else None)
        for i, ((_t, _p, key, rx), lead) in enumerate(refs)
    ]


def _key_word(key: str) -> str:
    """The run of word characters opening a (bucketed) key."""
    m = _RX_WORD.match(key)
    return m.group() if m else ""


def _first(pair: tuple[int, tuple[re.Match[str], ...]]) -> int:
    return pair[0]


@cache
def _bucketed_plan() -> dict[str, dict[str, list[tuple[int, str, re.Pattern[str]]]]]:
    """The phrases of ``_reference_plan()`` with an article and a bucket, by article then bucket:
    (index, literal key, regex), in table order."""
    out: dict[str, dict[str, list[tuple[int, str, re.Pattern[str]]]]] = {}
    for i, key, rx, lead, bucket in _reference_plan():
        if lead is not None and bucket is not None:
            out.setdefault(lead, {}).setdefault(bucket, []).append((i, key, rx))
    return out


@cache
def _unbucketed_plan() -> list[tuple[int, str, re.Pattern[str], str | None, str | None]]:
    """The phrases of ``_reference_plan()`` not in ``_bucketed_plan()``, in table order."""
    return [p for p in _reference_plan() if p[3] is None or p[4] is None]


_PlanRow = tuple[int, str, re.Pattern[str], str | None, str | None]


@lru_cache(maxsize=2)
def _plan_groups(by_heads: bool) -> tuple[tuple[str, tuple[_PlanRow, ...]], ...]:
    """The phrases ``_found`` looks up one by one (``_unbucketed_plan()`` when it visits the
    buckets first, else ``_reference_plan()``), grouped by their key's longest word (the key itself
    when it has none), in table order within a group: a key is in a text only if that word is, so
    one substring test skips all of a group's keys in most segments."""
    plan = _unbucketed_plan() if by_heads else _reference_plan()
    groups: dict[str, list[_PlanRow]] = {}
    for row in plan:
        key = row[1]
        groups.setdefault(max(_RX_WORD.findall(key), key=len, default=key), []).append(row)
    return tuple((word, tuple(rows)) for word, rows in groups.items())


# the article that opens a reference phrase, found with the phrase regexes' flags
_LEAD_RX: Final = {w: re.compile(rf"\b{w}", re.IGNORECASE) for w in ("the", "this")}
# (the word, then the lookbehind: a literal opening the pattern is what re finds fast, and the
# lookbehind, tried only there, asks the character before it)
_LEAD_PLAIN: Final = {w: re.compile(rf"{w}(?<!\w{w})") for w in _LEAD_RX}


# ``_LEAD_PLAIN``, and the run of word characters after the blanks right after the article if any
# (``_RX_BLANKS_RUN``'s group, read ahead: the next article may be in that run, "the theory")
_LEAD_RUN: Final = {w: re.compile(rf"{w}(?<!\w{w})(?:(?=[ \t]+(\w*))|)") for w in _LEAD_RX}
# both of ``_LEAD_RUN`` in one scan (their shared "th" the literal re finds fast; the letter after
# it tells the article): an aligned segment's ``_Leads`` reads the text once, not once per article
_LEAD_RUN_BOTH: Final = re.compile(r"th(?:e(?<!\wthe)|is(?<!\wthis))(?:(?=[ \t]+(\w*))|)")


class _Leads:
    """Where each article ("the", "this") matches (``_LEAD_RX``) in one segment, found once per
    article; in an aligned segment (``_found``) with the start and end of the run of word
    characters after the blanks after each (-1 without blanks), from the same scan of the folded
    text: it has the segment's blanks and word characters in place (``_phrase_starts_after``).
    (A plain class whose method is called directly: no closure.)"""

    seg: str
    low: str
    aligned: bool
    at: dict[str, list[int]]
    runs: dict[str, tuple[list[int], list[int]]]  # (aligned only)

    def __init__(self, seg: str, low: str, aligned: bool) -> None:
        self.seg = seg
        self.low = low
        self.aligned = aligned
        self.at = {}
        self.runs = {}

    def of(self, lead: str) -> list[int]:
        got = self.at.get(lead)
        if got is None and self.aligned and not self.at:
            self._both()
            got = self.at.get(lead)
        if got is None:
            got = []
            if self.aligned:
                qs: list[int] = []
                es: list[int] = []
                for m in _LEAD_RUN[lead].finditer(self.low):
                    got.append(m.start())
                    q, e = m.span(1)
                    qs.append(q)
                    es.append(e)
                self.runs[lead] = (qs, es)
            else:
                for m in _LEAD_RX[lead].finditer(self.seg):
                    got.append(m.start())
            self.at[lead] = got
        return got

    def _both(self) -> None:
        """Both articles' places and runs in an aligned segment, from one scan (``_LEAD_RUN_BOTH``)."""
        low = self.low
        the: list[int] = []
        the_qs: list[int] = []
        the_es: list[int] = []
        this: list[int] = []
        this_qs: list[int] = []
        this_es: list[int] = []
        for m in _LEAD_RUN_BOTH.finditer(low):
            p = m.start()
            q, e = m.span(1)
            if low[p + 2] == "e":
                the.append(p)
                the_qs.append(q)
                the_es.append(e)
            else:
                this.append(p)
                this_qs.append(q)
                this_es.append(e)
        self.at["the"] = the
        self.at["this"] = this
        self.runs["the"] = (the_qs, the_es)
        self.runs["this"] = (this_qs, this_es)


def _lead_positions(low: str, lead: str) -> list[int]:
    """Where ``_LEAD_RX[lead]`` matches, found in the folded text of an aligned segment: the word
    itself (a literal the regex engine finds fast), not preceded by a word character (``\\b``
    before a word character). Its occurrences cannot overlap, as the regex's matches do not."""
    return [m.start() for m in _LEAD_PLAIN[lead].finditer(low)]


def _phrase_starts(seg: str, lead: str, at: list[int]) -> list[tuple[int, int, int]]:
    """(article position, phrase position, end of the run of word characters there) of the phrase
    after each article at ``at`` (where ``_LEAD_RX[lead]`` matches), in order.

    A reference regex is the article, an optional measure ("the 1,035-km line") and blanks, then
    its phrase (a company's may have a nationality before it: ``_nationality_rx``, a whole word
    that is not a phrase's first). Whichever way the regex matches, its phrase starts where
    ``_after_lead`` ends
    its blanks: the blanks before a phrase that opens with a letter are all of them, and the
    measure, a digit run then hyphenated words, is all of it or none (a shorter one is followed by
    neither a blank nor the phrase). (The run after them, ``\\w*``, never fails: it changes no
    way the rest matches.)

    A bucketed phrase (its key opening with a letter) matches only where that run is its key's
    first word (``_key_word``): the key is there (``low.startswith``), and either a character that
    is no word character follows that word in the key, or the key is that word and its regex's
    ``\\b`` holds after it."""
    size = len(lead)
    qs: list[int] = []
    es: list[int] = []
    for p in at:
        # the blanks and the run after the article (what every match opens with)
        b = _RX_BLANKS_RUN.match(seg, p + size)
        qs.append(-1 if b is None else b.start(1))
        es.append(-1 if b is None else b.end(1))
    return _phrase_starts_after(seg, lead, at, qs, es)


_RX_BLANKS_RUN: Final = re.compile(r"[ \t]+(\w*)")


def _phrase_starts_after(
    seg: str, lead: str, at: list[int], qs: list[int], es: list[int], low: str | None = None
) -> list[tuple[int, int, int]]:
    """``_phrase_starts(seg, lead, at)`` given where each match of ``_RX_BLANKS_RUN`` after the
    articles at ``at`` has its group, ``qs`` and ``es`` (-1 where it does not match: ``_Leads``).
    With ``low``, the folded ``seg`` when it is plain (``_plain_fold``): a run there is ASCII
    exactly where its fold is, and then its fold is its lower case (read, not made)."""
    after = _after_lead()[lead]
    heads = _nation_heads()
    out = []
    for k in range(len(at)):
        q = qs[k]
        if q < 0:
            continue  # (each way to match has blanks right after the article)
        e = es[k]
        p = at[k]
        if low is not None:
            key = low[q:e]
            head = q < e and seg[q].isalpha() and key.isascii() and key not in heads
        else:
            run = seg[q:e]
            head = run[:1].isalpha() and run.isascii() and run.lower() not in heads
        if head:
            out.append((p, q, e))
        elif m := after.match(seg, p):
            out.append((p, m.start(1), m.end(1)))
    return out


_BucketRows = list[tuple[int, str, re.Pattern[str]]]


def _bucket_starts(
    seg: str,
    low: str,
    lead: str,
    at: list[int],
    qs: list[int],
    es: list[int],
    buckets: dict[str, _BucketRows],
    ascii_low: bool,
) -> list[tuple[int, int, _BucketRows]]:
    """(article position, phrase position, bucket) of the starts of ``_phrase_starts_after(seg,
    lead, at, qs, es, low)`` (``low`` the fold of a plain segment, ``_plain_fold``) whose run is
    a key of ``buckets`` (phrases' first words), in order: the others' look-ups find nothing.
    A bucket's word is ASCII and opens with a letter (``_bucketed``), so a run that is one is
    the phrase's run unless a nationality opens with it; a run that is no bucket's matters only
    when it is not the phrase's (no letter opens it, it is not ASCII, or it opens a
    nationality: then ``_after_lead`` finds the run). In a plain segment, an ASCII run opens
    with a letter exactly where its fold does with an ASCII one; with ``ascii_low`` (``low`` is
    ASCII) every run is."""
    after = _after_lead()[lead]
    heads = _nation_heads()
    out: list[tuple[int, int, _BucketRows]] = []
    for k in range(len(at)):
        q = qs[k]
        if q < 0:
            continue  # (each way to match has blanks right after the article)
        e = es[k]
        key = low[q:e]
        if key not in heads:
            rows = buckets.get(key)
            if rows is not None:
                out.append((at[k], q, rows))
                continue
            if q < e and 97 <= ord(low[q]) <= 122 and (ascii_low or key.isascii()):
                continue  # (the phrase's run, no bucket's)
        m = after.match(seg, at[k])
        if m is not None:
            q, e = m.span(1)
            rows = buckets.get(low[q:e])
            if rows is not None:
                out.append((at[k], q, rows))
    return out


# the characters whose fold (``tally.gates.fold``) is ASCII but which are not: the dotted and
# dotless i, the long s, the Kelvin sign (and the combining dot, folded away)
_FOLDED_TO_ASCII: Final[tuple[str, ...]] = ("\u0130", "\u0131", "\u017f", "\u212a", "\u0307")


def _plain_fold(seg: str) -> bool:
    """Is ``seg`` free of ``_FOLDED_TO_ASCII`` (so that its fold keeps every character in place,
    and a part of it is ASCII exactly where the part's fold is: ``test_plain_fold``)?"""
    for c in _FOLDED_TO_ASCII:
        if c in seg:
            return False
    return True


@cache
def _nation_heads() -> frozenset[str]:
    """The first runs of word characters of the nationalities (``_nationality_rx``), lower-cased
    and folded: a nationality matches after the blanks only where the run there is one of them,
    case aside (the run ends where the nationality's first run ends, or the blanks after it
    could not follow)."""
    out: set[str] = set()
    for w in _words().get("nationalities") or ():
        m = _RX_WORD.match(w)
        run = m.group() if m else ""
        out.update((run.lower(), fold(run)))
    return frozenset(out)


@cache
def _after_lead() -> dict[str, re.Pattern[str]]:
    """The article, an optional measure and nationality, blanks, then the run of the phrase."""
    nation = _nationality_rx()
    return {w: re.compile(rf"{w}{_MEASURE_RX}?{nation}?[ \t]+(\w*)", re.IGNORECASE) for w in ("the", "this")}


@cache
def _nationalities() -> frozenset[str]:
    """``nationalities``, lower-cased."""
    return frozenset(w.lower() for w in _words().get("nationalities") or ())


@cache
def _nationality_rx() -> str:
    """'the South Korean company', 'the German carmaker': a nationality between the article and a
    company's head word (``nationalities``), longest first."""
    words = sorted(_words().get("nationalities") or (), key=len, reverse=True)
    return r"(?:[ \t]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words) + "))"


def _bucketed(key: str) -> bool:
    """Can a phrase be looked up after ``_phrase_starts``: ASCII, two characters at least, opening with a
    letter (so neither a blank nor a measure can open it)?"""
    return key.isascii() and len(key) >= 2 and key[0].isalpha()


@cache
def _reference_leads() -> list[str | None]:
    """The lower-cased article ("the", "this") that opens each reference phrase's regex, or None."""
    out: list[str | None] = []
    for _typ, ph, _key, _rx in _references():
        m = _RX_REFERENCE_RX_1.match(ph)
        out.append(m.group(1).lower() if m else None)
    return out




@cache
def _references() -> list[tuple[str, str, str, re.Pattern[str]]]:
    """(type, phrase, literal key, compiled regex) of every reference phrase, in table order."""
    out = []
    for typ, phrases in _words()["references"].items():
        for ph in phrases:
            m = _RX_REFERENCES_1.match(ph)
            key = (m.group(1) if m else ph).lower()
            out.append((typ, ph, key, re.compile(_reference_rx(ph, typ == "company"), re.IGNORECASE)))
    return out


@cache
def _pronoun_rx() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_words()["pronouns"]) + r")\b", re.IGNORECASE)


@cache
def _pronoun_folded_rx() -> re.Pattern[str] | None:
    """``_pronoun_rx`` for the folded text (case-blind matching costs twice the time), or None
    when a pronoun is not plain ASCII word characters, or there is none (then ``_found`` leaves
    the pronouns to ``_pronoun_rx``'s own scan; else to ``_pronoun_matches``)."""
    words = _words()["pronouns"]
    if not words or not all(w.isascii() and _RX_WORD.fullmatch(w) for w in words):
        return None
    return re.compile(r"\b(?:" + "|".join(w.lower() for w in words) + r")\b")


def _reference_rx(phrase: str, company: bool = False) -> str:
    """A reference phrase, allowing a measure compound after its article ("The 1,035-km line"), and
    for a company's a nationality ("the Swedish carmaker")."""
    m = _RX_REFERENCE_RX_1.match(phrase)
    if not m:
        return rf"\b{re.escape(phrase)}\b(?!-)"
    # "the provincial capital", "the state capital" name a city, not the province
    # "the airport zone", "the city district": a reference followed by a place head only modifies it
    head = "" if _RX_REFERENCE_RX_2.search(phrase) else r"(?![ \t]+(?:zone|park|district|area)\b)"
    nation = f"{_nationality_rx()}?" if company else ""
    tail = rf"\b(?!-)(?![ \t]+capital\b){head}"
    return rf"\b{m.group(1)}{_MEASURE_RX}?{nation}[ \t]+{re.escape(m.group(2))}{tail}"


def _pieces(seq: str, s: int) -> list[tuple[str, int]]:
    """A name, or its parts when it is a list of names ("Germany and Japan")."""
    if classify_name(seq) or " and " not in seq and " of " not in seq:
        return [(seq, s)]
    parts: list[tuple[str, int]] = []
    pos = 0
    for m in _RX_PIECES_1.finditer(seq):
        parts.append((seq[pos : m.start()], s + pos))
        pos = m.end()
    parts.append((seq[pos:], s + pos))
    return [(p, ps) for p, ps in parts if p] if not classify_name(seq) else [(seq, s)]


def _appositive_company(
    text: str, piece: str, ps: int, pe: int, seg_start: int
) -> tuple[str, str, None] | None:
    """A name typed by its apposition: 'Honghai, a glassware manufacturer in Qixian, ...',
    'Lingqiu, a county in the northeast of ...'."""
    after = text[pe : pe + 1]
    if after != "," and not after.isspace():
        return None  # each apposition opens with a comma or a blank (``\s`` is what ``isspace`` tells)
    if after == ",":  # (what the first two patterns open with)
        tail = text[pe : pe + _RIGHT_CONTEXT]
        places, heads_rx, _cop_rx = _apposition_rx()
        m = _RX_APPOSITIVE_COMPANY_1.match(tail)
        if m and not classify_name(piece):
            return place_name(piece, places.get(m.group(1), "city")), places.get(m.group(1), "city"), None
        if heads_rx.match(tail):
            return piece, "company", None
    # "Huarong, based in Wanrong county, is one of the leading farming companies" (every match is
    # an optional comma, blanks, then one of ``_COP_OPENINGS``: looked at first)
    # (the tail and the patterns fetched only past that test: most names are followed by a blank)
    if (
        _opens_after_blanks(text, pe + 1 if after == "," else pe, _COP_INDEX)
        and _apposition_rx()[2].match(text[pe : pe + _RIGHT_CONTEXT])
        and not _RX_APPOSITIVE_COMPANY_2.match(piece)
    ):
        return piece, "company", None
    return None


# the words after the blanks opening a match of the copular apposition (``_apposition_rx``): a
# seat's participle, or the copula
_COP_PLACED: Final[tuple[str, ...]] = ("based", "located", "headquartered")
_COP_VERBS: Final[tuple[str, ...]] = ("is", "was", "has been", "remains")
_COP_OPENINGS: Final[tuple[str, ...]] = (*_COP_PLACED, *_COP_VERBS)


def _after_blanks(text: str, q: int) -> int:
    r"""Where the run of blanks (``\s+``: what ``isspace`` tells) starting at ``q`` in ``text``
    ends; -1 when no blank stands at ``q``."""
    n = len(text)
    if q >= n or not text[q].isspace():
        return -1
    q += 1
    while q < n and text[q].isspace():
        q += 1
    return q


class _Openings:
    """Words that may follow blanks by their first ``k`` characters, for ``_opens_after_blanks``
    to try only the few a text can open with there (``str.startswith`` of the whole tuple tries
    each word: ~50 for the business verbs). ``every``: the empty word is one of them."""

    k: int
    by_start: dict[str, tuple[str, ...]]
    every: bool

    def __init__(self, words: tuple[str, ...]) -> None:
        self.every = "" in words
        self.k = min(2, *map(len, words)) if words and not self.every else 1
        by_start: dict[str, tuple[str, ...]] = {}
        for w in words:
            by_start[w[: self.k]] = (*by_start.get(w[: self.k], ()), w)
        self.by_start = by_start


def _opens_after_blanks(text: str, q: int, words: _Openings) -> bool:
    r"""Do blanks (``\s+``: what ``isspace`` tells) start at ``q`` in ``text``, and one of the words
    of ``words`` right after them? (What a pattern opening with ``\s+`` then one of the words needs
    there.) After the blanks, only
    the words sharing the next ``k`` characters are tried (each in place: ``find`` in a window
    of its length, not a slice)."""
    q = _after_blanks(text, q)
    if q < 0:
        return False
    if words.every:
        return True
    ws = words.by_start.get(text[q : q + words.k])
    if ws is None:
        return False
    for w in ws:
        if text.find(w, q, q + len(w)) >= 0:
            return True
    return False


_COP_INDEX: Final = _Openings(_COP_OPENINGS)


@cache
def _apposition_rx() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Place words by type, and the company-head and copular-company apposition patterns."""
    places = {w: t for t, ws in _words()["place_words"].items() for w in ws if " " not in w}
    heads = "|".join(_words()["company_heads"])
    heads_rx = re.compile(
        # (a maker's compound is a head too: "drugmaker", "steel-maker", "toymakers")
        # ("the" before a place it is based in: "BYD, the Shenzhen-based carmaker")
        rf",\s+(?:a|an|one of|the\s+[\w'’-]+-based)\s+(?:(?!of\b|in\b|at\b|for\b)[\w&'’-]+\s+){{0,4}}?"
        rf"(?:{heads}|[a-z]+-?maker)s?\b"
    )
    cop = "|".join(
        re.escape(h[:-1]) + "(?:y|ies)" if h.endswith("y") else re.escape(h) + "s?"
        for h in _words()["copular_company_heads"]
    )
    cop_rx = re.compile(
        rf",?(?:\s+(?:{'|'.join(_COP_PLACED)})\s+(?:in|at)\s+[^.;:]{{0,60}}?,)?"
        rf"\s+(?:{'|'.join(_COP_VERBS)})\s+"
        rf"(?:a|an|one of(?: the)?)\s+(?:(?!of\b|in\b|at\b|for\b)[\w&'’-]+\s+){{0,4}}?(?:{cop})\b"
    )
    return places, heads_rx, cop_rx


def _villagers_place(text: str, piece: str, ps: int) -> tuple[str, str, None] | None:
    """'a villager in Shangzhuang', 'villagers of Hexi': an unknown name after villagers is a village."""
    # (each test is pure and every failing one gives None: the rare word first)
    if text.find("villager", max(0, ps - _LEFT_CONTEXT), ps) < 0:
        return None  # (``"villager" not in before``, looked for in place: most names have none)
    before = text[max(0, ps - _LEFT_CONTEXT) : ps]
    toks = piece.split()
    if not 1 <= len(toks) <= 3 or toks[0].lower() in _LEADING:
        return None
    if _RX_VILLAGERS_PLACE_1.search(before):
        return place_name(piece, "village"), "village", None
    return None


def _headed_company(
    text: str, piece: str, ps: int, heads_by_end: tuple[int, dict[str, tuple[str, ...]]]
) -> tuple[str, str, None] | None:
    """'papermaking company Qiangwei', 'chipmaker Arteris': a lower-case head right before an unknown name."""
    # (each test is pure and every failing one gives None: the rare head word first; the window
    # before the name is read in place, and sliced only past those tests)
    lo = max(0, ps - _LEFT_CONTEXT)
    if ps - lo >= 2 and text[ps - 2] == "," and text[ps - 1] == " ":  # (``before.endswith(", ")``)
        if _RX_OWNED_COMPANY.search(text[lo:ps]):
            return piece, "company", None  # "Her company, Jinhe Border Trade, now sells ..."
    if not _ends_with_head_at(text, lo, ps, heads_by_end):
        return None
    before = text[lo:ps]
    toks = piece.split()
    if not 1 <= len(toks) <= 4 or toks[0] in _surnames() or toks[0].lower() in _LEADING:
        return None
    if _head_before_rx().search(before):  # "glassmaker X"
        return piece, "company", None
    return None


@cache
def _head_before_rx() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, _heads_before()))
    return re.compile(rf"\b(?:[a-z]+-?)?(?:{heads})[ \t]+$")


@cache
def _heads_before() -> tuple[str, ...]:
    return tuple(_words()["heads_before_name"])


def _ends_with_head(before: str) -> bool:
    """Does ``before`` end with a head word and blanks (before a final newline, as ``$`` allows)?
    Every match of ``_head_before_rx`` does: a cheap test before the search, which tries every
    position of the window."""
    if before.endswith("\n"):
        before = before[:-1]
    stripped = before.rstrip(" \t")
    k, by_end = _heads_by_end()
    if len(stripped) < k or not k:
        return stripped.endswith(_heads_before())
    # (a string ends with a word only if it ends with the word's last ``k`` characters: only the
    # heads ending with those are tried, not the whole tuple)
    heads = by_end.get(stripped[-k:])
    return heads is not None and stripped.endswith(heads)


def _ends_with_head_at(
    text: str, lo: int, hi: int, heads_by_end: tuple[int, dict[str, tuple[str, ...]]]
) -> bool:
    """``_ends_with_head(text[lo:hi])``, read in place: the blanks (after a final newline) skipped
    back from ``hi``, and the text before them sliced only where the last ``k`` characters end a head."""
    q = hi
    if q > lo and text[q - 1] == "\n":
        q -= 1
    while q > lo and (text[q - 1] == " " or text[q - 1] == "\t"):
        q -= 1
    k, by_end = heads_by_end  # (``_heads_by_end()``, fetched by the caller)
    if q - lo < k or not k:
        return text[lo:q].endswith(_heads_before())
    heads = by_end.get(text[q - k : q])
    return heads is not None and text[lo:q].endswith(heads)


@cache
def _heads_by_end() -> tuple[int, dict[str, tuple[str, ...]]]:
    """The heads of ``_heads_before()`` by their last ``k`` characters, and ``k`` (at most 3, at
    most the shortest head's length)."""
    heads = _heads_before()
    k = min(3, *map(len, heads)) if heads else 0
    out: dict[str, tuple[str, ...]] = {}
    for h in heads:
        out[h[len(h) - k :]] = (*out.get(h[len(h) - k :], ()), h)
    return k, out


def _business_subject(text: str, piece: str, pe: int, business: _Openings) -> tuple[str, str, None] | None:
    """'Jinbo Biology invested ...': an unknown name (not a person's) doing business is a company."""
    # (each test is pure and every failing one gives None: the blank after the name that the verb
    # opens with (``\s`` being what ``isspace`` tells), then the verb, which fails for most names,
    # before the tests of the name, and the document-wide one last)
    if text[pe : pe + 1] == ",":
        # "BMW, which is based in Munich, said ...": a body with a seat, not a person
        if not _seated_rx().match(text, pe, pe + 120):
            return None
    elif not _opens_after_blanks(text, pe, business) or not _business_verb_rx().match(
        text[pe : pe + 40]
    ):
        return None
    toks = piece.split()
    if not 1 <= len(toks) <= 4 or toks[0] in _surnames() or toks[0].lower() in _LEADING:
        return None
    if _RX_BUSINESS_SUBJECT_1.fullmatch(piece):
        return None  # a plural acronym is a common noun: "MoUs signed ...", "SMEs invested ..."
    if (
        len(toks) == 1
        and not (len(piece) > 1 and piece.isupper())  # "BMW": an acronym is capitalised anywhere
        and sentence_initial(text, pe - len(piece))
        and not _capitalised_mid_sentence(text, piece)
    ):
        return None  # a lone word capitalised only by its place at the head of a sentence
    return " ".join(toks), "company", None  # (a name wrapped across lines is one name)


@cache
def _seated_rx() -> re.Pattern[str]:
    """'BMW, which is based in Munich, said ...', 'X, headquartered in Y,': a body with a seat; 'X, which
    operates ...': one doing business; and
    'Volvo Cars, based in Gothenburg, the county's largest city, reported ...': one doing business
    after the apposition (not 'Anna Berg, based in Stockholm, said ...': a person)."""
    verbs = "|".join(_words()["business_verbs"])
    return re.compile(
        r",\s+(?:which|that)\s+(?:is|was)\s+(?:based|headquartered)\s+in\b|,\s+headquartered\s+in\b"
        # "LG Energy Solution, which operates Europe's largest battery plant, ...": a body doing business
        rf"|,\s+which(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:{verbs})\b)"
        rf"|,\s+based\s+in\s+[^.;,]+(?:,[^.;,]+){{0,2}}?,(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:{verbs})\b)"
    )


@cache
def _business_openings() -> tuple[str, ...]:
    """The words one of which opens every match of ``_business_verb_rx`` after its blanks (the
    empty word, which opens every text, when a verb is not plain letters)."""
    verbs = [*_words()["business_verbs"], *(_words().get("business_verbs_base") or ())]
    if not _words()["business_verbs"] or not all(v.isalpha() for v in verbs):
        return ("",)
    planned = ("will", "would", "plan", "is") if _words().get("business_verbs_base") else ()
    return tuple(sorted({"has", "have", "had", "also", *_words()["business_verbs"], *planned}))


@cache
def _business_index() -> _Openings:
    return _Openings(_business_openings())


@cache
def _business_verb_rx() -> re.Pattern[str]:
    verbs = "|".join(_words()["business_verbs"])
    # "CATL will employ ...", "Skoda plans to build ...": a plan of business, a modal then the base form
    base = "|".join(_words().get("business_verbs_base") or ())
    planned = rf"|\s+(?:will|would|plans?\s+to|is\s+set\s+to)\s+(?:also\s+)?(?:{base})\b" if base else ""
    # (not a passive: "Cargo handled by the port rose ...")
    return re.compile(rf"\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:{verbs})\b(?!\s+by\b){planned}")


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


@cache
def _government_after_rx() -> re.Pattern[str]:
    """A government word right after a mention ("X county government"): compiled once, not per call."""
    gov = "|".join(map(re.escape, _words()["government_words"]))
    return re.compile(
        rf"(?:\s+(?:city|county|provincial|municipal|district|village|local))?\s+(?:{gov})\b", re.IGNORECASE
    )


@cache
def _dateline_rx() -> re.Pattern[str]:
    return re.compile(_words()["dateline"])


def _mark_dateline(text: str, names: list[Mention]) -> None:
    """"HALIFAX, Nova Scotia (AP) — The province's ...": the places of a dateline opening a line
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


def _may_place(gap: str) -> bool:
    r"""Might ``_RX_MARK_ROLES_4`` match all of ``gap``? Its matches end with one of
    ``_PLACING_ENDS`` then blanks (``\s``: what ``isspace`` tells, and ``rstrip`` strips)."""
    stripped = gap.rstrip()
    return len(stripped) < len(gap) and stripped.endswith(_PLACING_ENDS)


@cache
def _role_tables() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...] | None, _EndWords | None]:
    """What ``_mark_roles`` reads for every sentence, fetched by one call: the government and
    reference-point patterns, the reference-point gate (``_government_after_rx``,
    ``_reference_point_rx``, ``_reference_point_words``) and the words ending its every match
    (``_reference_point_ends``; None if unknown)."""
    return _government_after_rx(), _reference_point_rx(), _reference_point_words(), _reference_point_ends()


def _mark_roles(text: str, ms: list[Mention]) -> None:
    """Mark locative modifiers ("X-based Y", "Y in X", "X's Y") and government/attribution mentions."""
    if not ms:
        return  # (nothing to mark)
    gov_rx, ref_point, ref_gate, ref_ends = _role_tables()
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
            if _RX_MARK_ROLES_2.match(tail):
                m.modifier = True  # "second only to Madrid's,": an elliptical possessive is a comparison
            if _RX_MARK_ROLES_3.match(tail):
                m.weak = True
        elif after.isspace() and gov_rx.match(text, m.end, m.end + 40):
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
                and _RX_MARK_ROLES_7.fullmatch(gap)
                and p.type in ("province", "city")
                and m.type == "province"
            ):
                m.modifier = True
