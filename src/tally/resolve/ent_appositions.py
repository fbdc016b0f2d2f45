"""The rules that name an unknown capitalised name piece from the text around it (after the
gazetteer, the suffixes and the lexicon, in this order): an apposition ("Honghai, a glassware
manufacturer in Qixian": ``_appositive_company``), a head word before it ("chipmaker Arteris":
``_headed_company``), villagers ("villagers in Hexi": ``_villagers_place``), and, in the learning
pass only, a business subject ("Jinbo Biology invested ...": ``_business_subject``). Each tries
its cheap literal tests before its pattern (``_Openings``, ``_ends_with_head_at``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tally.resolve.ent_names import (
    _LEADING,
    _LEFT_CONTEXT,
    _RIGHT_CONTEXT,
    _capitalised_mid_sentence,
    _surnames,
    _words,
    classify_name,
    place_name,
    sentence_initial,
)

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
_RX_VILLAGERS_PLACE_1: Final = re.compile(r"\bvillagers?[ \t]+(?:in|of|from)[ \t]+$")
_RX_BUSINESS_SUBJECT_1: Final = re.compile(r"[A-Z][a-z]?[A-Z]+s")
_RX_APPOSITIVE_COMPANY_2: Final = re.compile(r"[A-Z][a-z]?[A-Z]+s$")


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
    elif not _opens_after_blanks(text, pe, business) or not _business_verb_rx().match(text[pe : pe + 40]):
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
