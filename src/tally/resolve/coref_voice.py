"""Who speaks in a sentence: the said/we voice of a quote (its reporting verb, "we"/"our" in it, a
quote going on from an earlier sentence of its paragraph, the place a government body speaks for),
the reporting clause a pronoun opens the reported clause of ("X said its ..."), and a first-person
writer (``_first_person``) with the institution they name (``_affiliated``). ``Tracker``
(``tally.resolve.coref``) finds a sentence's speaker from these.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tally.data import load
from tally.resolve.coref_resolved import Ent
from tally.resolve.entities import Mention, classify_name
from tally.resolve.slicing import is_word

# a quote's reporting verb, and the first person plural of a company's or zone's voice in the quote
_RX_SAID: Final = re.compile(r"\b(?:said|says|added|noted|told)\b")
_RX_WE: Final = re.compile(r"(?:^|[\s\"“‘'])(?:[Ww]e|[Oo]ur|us)\b")
_RX_FIRST_PERSON_1: Final = re.compile(r"[,;:]\s*|\b(?:and|but)\s+")
_RX_FIRST_PERSON_2: Final = re.compile(r"(?:^|\s)(?:I|[Ww]e|[Mm]y|[Oo]ur)\s")


_PAGE_PLACES: Final[tuple[str, ...]] = ("province", "city", "county", "district")


_RX_REPORTED: Final = re.compile(r"(?:that\s+)?")


def _reported_by(text: str, attr: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The reporting clause a pronoun at ``pos`` opens the reported clause of ("X said (that) its ..."),
    or None."""
    for s, e in attr:
        if e <= pos and text[e - 1 : e].isspace() and _RX_REPORTED.fullmatch(text, e, pos):
            return s, e
    return None


_SAID_WORDS: Final[tuple[str, ...]] = ("said", "says", "added", "noted", "told")  # the words of ``_RX_SAID``


def _says(text: str, lo: int, hi: int) -> bool:
    """``_RX_SAID.search(text, lo, hi) is not None``, read where one of its words is found (a
    pattern opening with ``\b`` is tried at every position): a whole word (``is_word``; ``\b``
    reads the character before ``lo``, and none after ``hi``)."""
    for w in _SAID_WORDS:
        i = text.find(w, lo, hi)
        while i >= 0:
            e = i + len(w)
            if (i == 0 or not is_word(text[i - 1])) and (e == hi or not is_word(text[e])):
                return True
            i = text.find(w, i + 1, hi)
    return False


_WE_WORDS: Final[tuple[str, ...]] = ("We", "we", "Our", "our", "us")  # the words of ``_RX_WE``
_WE_BEFORE: Final = "\"“‘'"  # what but a blank ``[\s\"“‘']`` matches


def _we_in(text: str, hi: int) -> bool:
    """``_RX_WE.search(text, 0, hi) is not None``, read where one of its words is found: no word
    character after it (none after ``hi``), and the text's start, a blank or a quote before it."""
    for w in _WE_WORDS:
        i = text.find(w, 0, hi)
        while i >= 0:
            e = i + len(w)
            if e == hi or not is_word(text[e]):
                if i == 0:
                    return True
                c = text[i - 1]
                if c.isspace() or c in _WE_BEFORE:
                    return True
            i = text.find(w, i + 1, hi)
    return False


def _governed(org: str) -> Ent | None:
    """The place a government body's name opens with ("Chongqing Port and Logistics Office" ->
    Chongqing), or None for another organization (a university, an association)."""
    words = org.split()
    if not _government_bodies().intersection(w.lower() for w in words):
        return None
    for n in (1, 2, 3):
        if len(words) > n and (got := classify_name(" ".join(words[:n]))) and got[1] in _PAGE_PLACES:
            return got
    return None


@cache
def _government_bodies() -> frozenset[str]:
    return frozenset(load("entity_words")["government_bodies"])


_OPENING_QUOTES: Final[tuple[str, ...]] = ('"', "“")
_RX_WORKS_IN: Final = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$")
_CLOSING_QUOTES: Final[tuple[str, ...]] = ('"', "”", ",")
_FIRST_PERSON_PLURAL: Final = frozenset(("we", "our", "us"))
_QUOTE_MARKS: Final[tuple[str, ...]] = ('"', "“", "”")
_RX_SAID_AHEAD: Final = re.compile(r",?\s*(?:said|says|added|told)\b")


def _quote_goes_on(text: str, start: int) -> bool:
    """Does the sentence at ``start`` go on with a quote opened by an earlier sentence of its
    paragraph ('"Five years ago we sold at home. Now 40 percent of our sales are overseas," said
    X, manager of Y Co': the second sentence is the speaker's too)? The paragraph opens with a
    quote mark and no quote mark closes it before the sentence."""
    p = text.rfind("\n\n", 0, start)
    p = 0 if p < 0 else p + 2  # (the paragraph's start: its lines may be wrapped)
    if p >= start or text[p] not in _OPENING_QUOTES:
        return False
    return not any(q in text[p + 1 : start] for q in _QUOTE_MARKS)


def _we(text: str, m: Mention) -> bool:
    """Is the pronoun ``m`` the first person plural, the voice of a speaker's organization?"""
    return text[m.start : m.end].lower() in _FIRST_PERSON_PLURAL


def _affiliated(lead: str) -> bool:
    """``_AFFILIATION().search(lead)``, tried only from the first "I" a match may open with: a whole
    word (no word character before it) with a blank after it ("In 2020" opens none)."""
    n = len(lead)
    i = lead.find("I")
    while i >= 0:
        if i + 1 < n and lead[i + 1].isspace() and (i == 0 or not is_word(lead[i - 1])):
            # (no match opens before it; ``\b`` reads the character before ``i``, as in a scan)
            return _AFFILIATION().search(lead, i) is not None
        i = lead.find("I", i + 1)
    return False


def _first_person(lead: str) -> bool:
    """Is the clause so far told in the first person ("..., and I have lived in ")?"""
    if not _first_person_any(lead):
        return False  # (no such word in the whole lead: most leads; the clause is the end of it)
    clause = _last_part(lead)
    # (``_RX_FIRST_PERSON_2`` on " " + clause, its ``^`` dropped: no word opens at the blank there,
    # and a pattern opening with ``\s`` is scanned blank by blank, one opening with ``(?:^|\s)``
    # tried at every position)
    return _RX_FIRST_PERSON_BLANK.search(" " + clause) is not None


# ``_RX_FIRST_PERSON_2`` but its ``^``
_RX_FIRST_PERSON_BLANK: Final = re.compile(r"\s(?:I|[Ww]e|[Mm]y|[Oo]ur)\s")
# ``_RX_FIRST_PERSON_BLANK`` after any character that may end a match of ``_RX_FIRST_PERSON_1``
# (``_last_part`` cuts the clause after it, and a blank is put before the clause): a match of it in
# the clause is one of this in the lead (with a blank put before it too)
_RX_FIRST_PERSON_ANY: Final = re.compile(r"[\s,;:](?:I|[Ww]e|[Mm]y|[Oo]ur)\s")


# the words of ``_RX_FIRST_PERSON_ANY``
_FIRST_PERSON_WORDS: Final[tuple[str, ...]] = ("I", "We", "we", "My", "my", "Our", "our")
_FIRST_PERSON_BEFORE: Final = ",;:"  # what but a blank ``[\s,;:]`` matches


def _first_person_any(lead: str) -> bool:
    """``_RX_FIRST_PERSON_ANY.search(" " + lead) is not None``, read at each place one of its words
    is found (no text made, no pattern tried at every position): the word, a blank after it, and
    before it a blank, one of ``_FIRST_PERSON_BEFORE`` or the blank put before the lead."""
    n = len(lead)
    for w in _FIRST_PERSON_WORDS:
        i = lead.find(w)
        while i >= 0:
            e = i + len(w)
            if e < n and lead[e].isspace():
                if i == 0:
                    return True
                c = lead[i - 1]
                if c.isspace() or c in _FIRST_PERSON_BEFORE:
                    return True
            i = lead.find(w, i + 1)
    return False


def _last_part(lead: str) -> str:
    """``_RX_FIRST_PERSON_1.split(lead)[-1]``, found from the end. Its matches never overlap (a
    mark with the blanks after it; "and"/"but" opening a word, with blanks: none holds where
    another may open), so split cuts at each, and the last piece follows the one starting last:
    the last mark, or a conjunction after it."""
    last = max(lead.rfind(","), lead.rfind(";"), lead.rfind(":"))
    for word in ("and", "but"):  # (neither overlaps itself: each occurrence found from the end)
        i = lead.rfind(word, last + 1)
        while i > last:
            if _RX_FIRST_PERSON_1.match(lead, i):  # (``\b`` reads the character before ``i``)
                last = i
                break
            i = lead.rfind(word, last + 1, i)
    m = _RX_FIRST_PERSON_1.match(lead, last) if last >= 0 else None
    return lead[m.end() :] if m else lead


@cache
def _AFFILIATION() -> re.Pattern[str]:  # noqa: N802
    """'I study Chinese at', 'I am a doctoral student at the': a first-person writer's institution follows."""
    words = "|".join(map(re.escape, load("entity_words")["affiliation_words"]))
    return re.compile(
        rf"\bI\s+(?:[\w'’-]+\s+){{0,5}}?(?:{words})\s+(?:[\w'’-]+\s+){{0,3}}?(?:at|with|for|in)\s+(?:the\s+)?$"
    )
