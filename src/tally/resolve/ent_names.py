"""Mention records and name classification, for the entity passes (``tally.resolve.entities``).

``Mention`` is a span naming a place, zone, company, organization or programme, or referring to
one. ``classify_name`` types a capitalised name from the gazetteer, the council words and the
name suffixes; ``place_name`` gives a place's canonical form. Then the tests of a capitalised
sequence before it is a name: the function words opening it (``_leading_cut``), a word capitalised
only because it opens a sentence (``sentence_initial``, ``_strip_opener``, ``_common_word_opening``),
and a list of names cut into its pieces (``_pieces``). The entity word tables (``_words``) and
the gazetteer are read here, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Final

from tally.data import load
from tally.resolve.slicing import is_word

# patterns of the re calls below, compiled once
_RX_CLASSIFY_NAME_1: Final = re.compile(r"\s+")
_RX_STRIP_OPENER_1: Final = re.compile(r"(\S+)(\s+|$)")
_RX_PIECES_1: Final = re.compile(r"\s+(?:and|of|for|&|the)\s+")
_RX_STRIP_LEADING_1: Final = re.compile(r"(\S+)\s+")

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
        for st in states:  # a name, or {name: [aliases]}
            for name, aliases in st.items() if isinstance(st, dict) else [(st, ())]:
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
    if name.lower().endswith(_kept_endings()):  # (``any(... endswith(" " + k) for k in kept)``)
        return name
    if typ in ("county", "district", "village", "township") and not name.lower().endswith(typ):
        return f"{name} {typ}"
    return name


@cache
def _kept_endings() -> tuple[str, ...]:
    """The designations of their own (``kept_type_words``), each after a blank: what a name ending
    in one ends with (one ``endswith`` of the tuple, not a generator of tests, generic compiled)."""
    return tuple(" " + k for k in _words().get("kept_type_words", []))


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


@cache
def _surnames() -> frozenset[str]:
    return frozenset(_words()["surnames"])


def _types_of_word(w: str) -> str:
    """The type of the first list of ``place_words`` holding ``w`` (lower-cased), else "city": one
    look-up in ``_type_by_word()``, not a scan of every list (``test_types_of_word``)."""
    return _type_by_word().get(w.lower(), "city")


@cache
def _type_by_word() -> dict[str, str]:
    """Each word of ``place_words`` and the type of the first list holding it."""
    out: dict[str, str] = {}
    for t, ws in _words()["place_words"].items():
        for w in ws:
            out.setdefault(w, t)
    return out


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
        if is_word(text[pos]) != (pos > 0 and is_word(text[pos - 1])) and is_word(text[end - 1]) != (
            end < n and is_word(text[end])
        ):
            if not sentence_initial(text, pos):
                return True
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)
    return False


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
