"""Follow an article sentence by sentence: resolve references and pick the entity of a figure.

Rules, in order, for a figure at position ``p`` of a sentence:

1. the nearest mention before ``p`` that is visible from ``p`` (not inside an apposition,
   relative clause, dash or bracket aside that ``p`` is not in, not in an attribution such as
   "according to ..."), not a locative modifier ("Taiyuan-based", "in Changzhi") and not a
   trade partner (a country);
2. else the nearest such mention after ``p`` in the sentence;
3. else the article's topic: the subject of the latest sentence that had one;
4. else a country named in the sentence.

"the province"/"the company"/... resolve to the last entity of that type in the article;
"it"/"its"/"their"/"we" to the subject found so far in the sentence, else the topic.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from tally.data import load
from tally.gates import fold, gate_of, lower_twin
from tally.resolve.entities import PLACE_LEVEL, Lexicon, Mention, classify_name, mark_roles, sentence_mentions
from tally.resolve.slicing import is_word

# patterns of the re calls below, compiled once
_RX_IN_PREDICATE_1: Final = re.compile(r"[A-Za-z]+")
# a quote's reporting verb, and the first person plural of a company's or zone's voice in the quote
_RX_SAID: Final = re.compile(r"\b(?:said|says|added|noted|told)\b")
_RX_WE: Final = re.compile(r"(?:^|[\s\"“‘'])(?:[Ww]e|[Oo]ur|us)\b")
_RX_PARTNER_2: Final = re.compile(r"\s+to\s")
_RX_IN_PREDICATE_2: Final = re.compile(r"[;:]|,\s+(?:and|but|while)\s")
_RX_COUNTRY_SUBJECT_1: Final = re.compile(
    r"['’]s\s+(?:[\w-]+-)?(?:largest|biggest|top|leading|highest|lowest|first|second|third)\b"
    # any superlative: "Brazil's richest", "Spain's poorest", "Germany's most populous"
    r"|['’]s\s+(?:[\w-]+-)?(?:most\s+[a-z]+|(?!(?:interest|west|east|harvest|forest|request|contest|protest|"
    r"invest|digest|suggest|manifest|conquest|northwest|southwest|northeast|southeast|midwest)\b)[a-z]{2,}est)\b"
)
# a lower-case word right after a country opening its sentence: its verb (not "and", "or")
_RX_COUNTRY_VERB: Final = re.compile(r"[ \t]+(?!(?:and|or|nor)\b)[a-z]")
_RX_FIRST_PERSON_1: Final = re.compile(r"[,;:]\s*|\b(?:and|but)\s+")
_RX_FIRST_PERSON_2: Final = re.compile(r"(?:^|\s)(?:I|[Ww]e|[Mm]y|[Oo]ur)\s")
_RX_REMOTE_1: Final = re.compile(r"\s+(?:in|among|across|within)\s+(?:the\s+)?")
# the scope of a rank after the figure: "(ranking) first among county-level cities in the province",
# "182 billion yuan last year, ranking first among cities in the province" (no comma up to the mention)
_RX_RANK_SCOPE_1: Final = re.compile(r"\s+(?:nationwide\s+)?(?:in|among|across|within)\s+[^,;.]*")
_RX_RANK_SCOPE_2: Final = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|plac(?:e|es|ed|ing)|c(?:a|o)m(?:e|es|ing))\s+(?:No\.?\s*\d+|(?:first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|top|\d+(?:st|nd|rd|th))(?:\s+\d+)?)(?:\s+nationwide)?"
    r"\s+(?:in|among|across|within)\s+[^,;.]*$"
)
_RX_DESCRIBED_1: Final = re.compile(r",?\s+(?:which|whose|that)\b[^,;.]*")
# a relative clause of place right after a place or zone: "home to the X New Area, where 16 data
# centers have been built" (the figure is the place's)
_RX_WHERE: Final = re.compile(r",\s+where\b[^,;.]*")
_RX_RESIDENTS_1: Final = re.compile(r"[A-Z][\w'’-]+(?:,\s*\d{1,3})?\s*$")
_RX_DEPENDENT_2: Final = re.compile(r"(?:^|\b(?:and|but|while|whereas))$")
_RX_COUNTRY_SUBJECT_2: Final = re.compile(r"['’]s\s")
_RX_COUNTRY_SUBJECT_3: Final = re.compile(
    r"\b(?:of|in|to|from|with|and|than|by|among|between|across|after|behind|for|over)\s+(?:the\s+)?$"
)
# a sentence opening with the scene of its subject, up to a country's name: "In ", "Housing starts
# in ", "Nonfarm payrolls in the " (after a dateline's dash)
_RX_COUNTRY_SCENE: Final = re.compile(
    r"(?:[^\n]*?\s[—–-]{1,2}\s+)?\s*"
    r"(?:In|Across|[A-Z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+(?:in|across))[ \t]+(?:the[ \t]+)?"
)
# the words ending every match but "the"
_SCENE_WORDS: Final[tuple[str, ...]] = ("In", "in", "Across", "across")
_BLANKS: Final = " \t"  # what ``[ \t]`` matches


def _may_end_scene(text: str, rel: int) -> bool:
    """May ``_RX_COUNTRY_SCENE`` fullmatch ``text[:rel]``? Only when it ends in blanks after one of
    ``_SCENE_WORDS`` (or after the word "the" and blanks after one): a test of the last characters
    before the scan of the whole prefix. (True whenever the window read may cut the word.)"""
    lo = max(0, rel - 40)
    w = text[lo:rel]
    if not w or w[-1] not in _BLANKS:
        return False
    t = w.rstrip(_BLANKS)
    if t.endswith("the") and len(t) > 3 and t[-4] in _BLANKS:
        t = t[:-3].rstrip(_BLANKS)
    if lo > 0 and len(t) < 7:
        return True
    return t.endswith(_SCENE_WORDS)


# ", and the country's ...": "and" opening a clause, not joining two names
_RX_CLAUSE_AND: Final = re.compile(r",\s*(?:and|but)\s+(?:the\s+)?$")
_RX_ENTITY_FOR_1: Final = re.compile(r"['’]s[ \t]+")
_RX_SENTENCE_1: Final = re.compile(r",\s+(?:the|[A-Z][\w-]*['’]s)\s+[^,;]{1,90}?,")
_RX_SENTENCE_2: Final = re.compile(r"['’]s\b")
_RX_SENTENCE_3: Final = re.compile(r",?\s*(?:and|or)?\s*")
_RX_SENTENCE_4: Final = re.compile(r"\b(?:is|are|was|were|has|have|had|rose|fell|grew)\b")

Ent = tuple[str, str, str | None]  # (name, type, parent)

_ATTRIB: Final = [
    re.compile(r"\b[Aa]ccording to\b[^,.;:]*"),
    re.compile(
        r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics) (?:from|released by|of) .*?(?=\s+(?:show|shows|showed|indicate|indicates|revealed?)\b)"  # noqa: E501
    ),
    re.compile(r"[,\"”’]\s*(?:[\w' ]{0,40}?\s)?(?:said|says|added|noted|told)\b[^.;\"“”]*[.!?]?[\"”’]?\s*$"),
    re.compile(r"\breleased by\b[^,.;]*"),
    # a reporting clause opening the sentence: "Tire makers in X said (that) orders ..." — its subject is
    # the source of the statement, not what the statement is about
    re.compile(r"^[A-Z][^,;:\"“”\d]{0,60}?\s(?:said|say|says)\s+(?=(?:that\s+)?[a-z])"),
]
_PREDICATE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|located|based|situated|held|headquartered)\s+(?:(?:now|also|still|mostly|mainly)\s+)?"
    r"(?:in|at|on|near|inside|within|from)\s+(?:the\s+)?[^,;]*$",
    re.IGNORECASE,
)
_NATIONAL: Final = re.compile(
    r"\b(?:the\s+|a\s+)?national\s+(?:average|total|figure|level|rate|mean)\s+(?:of\s+)?(?:about\s+|around\s+)?$"
    # "national inflation, which hit 17.2 percent", "the national jobless rate of 5 percent"
    r"|\bnational\s+(?:inflation|unemployment|jobless|growth)(?:\s+rate)?(?:\s*,\s*which|\s+that)?\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# a sentence opening with an adverb of the whole country ("Nationwide, the rate stood at 5.5 percent")
_NATION_OPENING: Final = re.compile(
    r"^\W*(?:nationwide|nationally|across\s+the\s+country)\s*,", re.IGNORECASE
)
# what the words of ``_NATION_OPENING`` open with (no other letter matches them)
_OPENING_LETTERS: Final = "nNaA"


def _nation_opening(text: str) -> bool:
    """``_NATION_OPENING.match(text) is not None``, told at once when the text opens with a word
    character none of its words opens with (``\\W*`` then matches nothing): most sentences."""
    c = text[:1]
    if c not in _OPENING_LETTERS and is_word(c):
        return False
    return _NATION_OPENING.match(text) is not None


_PAGE_PLACES: Final[tuple[str, ...]] = ("province", "city", "county", "district")
# the types whose last subject ``Tracker.last_head`` keeps: "the state" reads the province's alone
_HEAD_TYPES: Final[tuple[str, ...]] = ("province",)
_CLAUSE_BREAK: Final = re.compile(
    r"[;:]|\b(?:while|whereas|but)\s|,\s*and\s+(?!(?:up|down|rising|falling|increasing|decreasing|growing|"
    r"an?|accounting|making|representing)\b)"
)
# the words of the second branch of ``_CLAUSE_BREAK``
_CLAUSE_WORDS: Final[tuple[str, ...]] = ("while", "whereas", "but")
# its third branch, on its own: opening with the comma, a search scans for it quickly
_CLAUSE_AND_BREAK: Final = re.compile(
    r",\s*and\s+(?!(?:up|down|rising|falling|increasing|decreasing|growing|an?|accounting|making|representing)\b)"
)


def _clause_break(gap: str) -> bool:
    """``_CLAUSE_BREAK.search(gap) is not None``, branch by branch: a literal test for the marks, the
    words of the second where they are found (a whole word: a pattern opening with ``\b`` is
    tried at every position), the third (opening with a comma) when a comma is there."""
    if ";" in gap or ":" in gap:
        return True
    n = len(gap)
    for w in _CLAUSE_WORDS:
        i = gap.find(w)
        while i >= 0:
            e = i + len(w)
            if e < n and gap[e].isspace() and (i == 0 or not is_word(gap[i - 1])):
                return True
            i = gap.find(w, i + 1)
    return "," in gap and _CLAUSE_AND_BREAK.search(gap) is not None


_ASIDE: Final = [
    re.compile(r"\s[—–]\s?[^—–]*?[—–]"),
    re.compile(r"\([^()]*\)"),
    # (``[^,;]*+(?=,)``: the run up to the first comma, or none when a semicolon or the end comes
    # first, as ``[^,;]*?(?=,)`` reads it, with no look-ahead per character; ``[^,;]*`` runs of a
    # repeat stepping character by character through a group: ``test_aside_patterns_as_written``)
    re.compile(r",\s+(?:a|an|one of|the (?:company|firm|group) that)\s+[^,;]*+(?=,)"),
    re.compile(r",\s+(?:which|where|who|whose)\b[^,;]*(?:,(?=\d)[^,;]*)*"),  # "which employs 1,200 people"
    re.compile(
        r",\s+(?:held|located|based|built|opened|launched|scheduled|headquartered|set up|founded)"
        r"\s+[^,;]*+(?=,)"
    ),
    # a locating aside: "The X New Area, south of the capital Y, hosts ..."
    re.compile(
        r",\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of|near|outside|next\s+to|close\s+to)"
        r"\s+[^,;]*+(?=,)"
    ),
    # a superlative apposition ranks the thing before it in a place: "9,000 hectares, the largest in the
    # province, and ..."
    re.compile(
        r",\s+(?:the|its)\s+(?:[\w-]+-)?(?:largest|biggest|highest|lowest|fastest|busiest|best|greatest|longest|"
        r"smallest|most|least|top)\b[^,;]*?(?=[,.;]|$)"
    ),
]


_HARD_ASIDES: Final = 2  # the first patterns of _ASIDE: dash and bracket asides
# what every match of the comma patterns of ``_ASIDE`` (all but the first two) opens with: the comma,
# blanks and the start of the words after them (``test_comma_aside_gate`` checks it on each pattern).
# One scan instead of the five, and its groups tell which of them to run (``_GATE_ASIDES``)
_COMMA_ASIDE_GATE: Final = re.compile(
    r",\s+(?:(an?\s|one of)|(the\s)|(its\s)|(wh(?:ich|ere|o))"
    r"|(held\s|located\s|based\s|built\s|opened\s|launched\s|scheduled\s|headquartered\s|set up|founded\s)"
    r"|(north|south|east|west|near|outside|next|close))"
)
# per group of the gate (``lastindex``, the words after the comma): the comma patterns of ``_ASIDE``
# whose matches may open there, as bits (1 << i for ``_ASIDE[i]``). Each pattern's words open with
# one group's words and no two groups' words open alike, so at a comma only that group matches
_GATE_ASIDES: Final[tuple[int, ...]] = (0, 1 << 2, 1 << 2 | 1 << 6, 1 << 6, 1 << 3, 1 << 4, 1 << 5)


# ``_COMMA_ASIDE_GATE``'s words by their first letter, each with whether a blank (``\s``) must follow
# it and its group: after a comma and blanks, at most one group's words open the text there (none
# opens like another group's), so the group matched is the one whose word is found
_GATE_GROUPS: Final[tuple[tuple[tuple[str, ...], bool], ...]] = (
    ((), False),  # (no group 0)
    (("a", "an"), True),
    (("the",), True),
    (("its",), True),
    (("which", "where", "who"), False),
    (
        ("held", "located", "based", "built", "opened", "launched", "scheduled", "headquartered", "founded"),
        True,
    ),
    (("north", "south", "east", "west", "near", "outside", "next", "close"), False),
)
# the words of groups whose others need a blank after
_GATE_UNBLANKED: Final[tuple[tuple[str, int], ...]] = (("one of", 1), ("set up", 5))


def _gate_words() -> dict[str, tuple[tuple[str, bool, int], ...]]:
    out: dict[str, list[tuple[str, bool, int]]] = {}
    for group, (words, blank) in enumerate(_GATE_GROUPS):
        for w in words:
            out.setdefault(w[0], []).append((w, blank, group))
    for w, group in _GATE_UNBLANKED:
        out.setdefault(w[0], []).append((w, False, group))
    return {c: tuple(ws) for c, ws in out.items()}


_GATE_WORDS: Final = _gate_words()
# the longest word and the blank after it
_GATE_SPAN: Final = max(len(w) for ws in _GATE_WORDS.values() for w, _b, _g in ws) + 1


def _comma_gate(sentence: str, at: list[int], at_bits: list[int]) -> int:
    """``_COMMA_ASIDE_GATE.finditer(sentence)`` read comma by comma: where each match starts goes to
    ``at``, the bits of its group (``_GATE_ASIDES``) to ``at_bits``; the bits of all, returned.
    A match is a comma, blanks (``\\s+``, given back to none: no word opens with a blank) and a word
    of a group at the first other character; no match holds a second comma, so each is tried."""
    opens = 0
    n = len(sentence)
    i = sentence.find(",")
    while i >= 0:
        j = i + 1
        while j < n and sentence[j].isspace():
            j += 1
        if j > i + 1 and j < n:
            words = _GATE_WORDS.get(sentence[j])
            if words is not None:
                head = sentence[j : j + _GATE_SPAN]
                for w, blank, group in words:
                    if head.startswith(w) and (not blank or (len(head) > len(w) and head[len(w)].isspace())):
                        bits = _GATE_ASIDES[group]
                        opens |= bits
                        at.append(i)
                        at_bits.append(bits)
                        break
        i = sentence.find(",", j)
    return opens


# per pattern of ``_ATTRIB``: strings one of which each of its matches holds, as it is written (the
# patterns are case-sensitive past a first letter): a plain substring test, cheaper than folding
# the sentence for ``Gated``; a test checks them against ``gate_of``
_ATTRIB_LITERALS: Final[tuple[tuple[str, ...], ...]] = (
    ("ccording to",),
    ("ata ", "igures ", "tatistics "),
    ("said", "says", "added", "noted", "told"),
    ("released by",),
    ("said", "say"),
)


def asides(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Spans (document offsets) of parenthetical material in a sentence."""
    return _asides(sentence, offset)[0]


def _asides(sentence: str, offset: int) -> tuple[list[tuple[int, int]], int]:
    """``asides``, and how many of them (the first ones) are dash or bracket asides."""
    out: list[tuple[int, int]] = []
    hard = 0
    # each pattern's match holds two dashes, opens with a bracket, or with a comma and the words of
    # a group of the gate (``_ASIDE``, ``_GATE_ASIDES``): a bit per pattern that may match, each
    # pattern run only then (one scan of the gate, not five of the comma patterns)
    opens = 0
    # where the gate matched, and its bits there: a comma pattern's matches open only where the
    # gate matched with its bit (it reads every comma: none is inside a match of it), so it is
    # tried there alone, from the end of its match before on, as ``finditer`` finds them
    at: list[int] = []
    at_bits: list[int] = []
    if "," in sentence:
        opens = _comma_gate(sentence, at, at_bits)
    if sentence.count("—") + sentence.count("–") >= 2:  # (a dash aside opens and closes with one)
        opens |= 1
    if "(" in sentence:
        opens |= 2
    if not opens:
        return out, hard  # (no pattern may match: most sentences)
    for i, rx in enumerate(_ASIDE):
        if opens >> i & 1:
            if i < _HARD_ASIDES:
                for m in rx.finditer(sentence):
                    out.append((offset + m.start(), offset + m.end()))
            else:
                done = 0  # where its last match ended
                for k in range(len(at)):
                    if at_bits[k] >> i & 1 and at[k] >= done:
                        got = rx.match(sentence, at[k])
                        if got is not None:
                            out.append((offset + got.start(), offset + got.end()))
                            done = got.end()
        if i < _HARD_ASIDES:
            hard = len(out)
    return out, hard


# every string of ``_ATTRIB_LITERALS`` or one inside it ("say" is in "says"): most sentences hold
# none, and testing these ten once costs less than the look-ups pattern by pattern
_ATTRIB_ANY: Final[tuple[str, ...]] = tuple(
    lit
    for lit in dict.fromkeys(x for lits in _ATTRIB_LITERALS for x in lits)
    if not any(other != lit and other in lit for lits in _ATTRIB_LITERALS for other in lits)
)


def _any_bits(literals: tuple[str, ...]) -> int:
    """The bits (``1 << i`` for ``_ATTRIB_ANY[i]``) of the strings of ``_ATTRIB_ANY`` inside one of
    ``literals``: one of ``literals`` is in a text only when one of these is."""
    bits = 0
    for i, lit in enumerate(_ATTRIB_ANY):
        if any(lit in x for x in literals):
            bits |= 1 << i
    return bits


# per pattern of ``_ATTRIB``, the bits of ``_ATTRIB_ANY`` its strings hold (``_any_bits``)
_ATTRIB_BITS: Final[tuple[int, ...]] = tuple(_any_bits(lits) for lits in _ATTRIB_LITERALS)
# per verb of the said-pattern (``_ATTRIB_LITERALS[2]``), the bits of ``_ATTRIB_ANY`` it holds
_SAID_VERB_BITS: Final[tuple[tuple[str, int], ...]] = tuple((v, _any_bits((v,))) for v in _ATTRIB_LITERALS[2])


def attributions(sentence: str, offset: int) -> list[tuple[int, int]]:
    present = 0  # the bits of the strings of ``_ATTRIB_ANY`` in it
    bit = 1
    for lit in _ATTRIB_ANY:
        if lit in sentence:
            present |= bit
        bit <<= 1
    if not present:
        return []  # no pattern's strings are in it
    # each pattern is run from where its first match may open at the earliest (read from its
    # strings: the patterns try every position, most of them before that), or not at all; and
    # its strings looked for only when those of ``_ATTRIB_ANY`` inside them are there
    out: list[tuple[int, int]] = []
    if present & _ATTRIB_BITS[0]:
        k = sentence.find("ccording to")  # (a match opens one character before it: "[Aa]")
        if k >= 0:
            _according_spans(sentence, k, offset, out)
    if present & _ATTRIB_BITS[1]:
        k = _first_of(sentence, _ATTRIB_LITERALS[1])  # (one character before one of them: "[Dd]ata ")
        # (a match holds one of the verbs of its look-ahead after that)
        if k >= 0 and _first_of(sentence[k:], _DATA_VERBS) >= 0:
            _add_spans(_ATTRIB[1], sentence, max(0, k - 1), offset, out)
    if present & _ATTRIB_BITS[2]:
        k = _said_from(sentence, present)
        if k >= 0:
            # (tried where its first match may open; a match runs to the end, so it is the only one)
            m = _ATTRIB[2].match(sentence, k)
            if m is not None:
                out.append((offset + m.start(), offset + m.end()))
            else:
                _add_spans(_ATTRIB[2], sentence, k + 1, offset, out)
    if present & _ATTRIB_BITS[3]:
        k = sentence.find("released by")  # (a match opens with it)
        if k >= 0:
            _add_spans(_ATTRIB[3], sentence, k, offset, out)
    # ("said" or "say"; a match opens the sentence with a capital and its verb, opening with "sa",
    # starts at most 62 characters in: most sentences with the verb have it later or none)
    if present & _ATTRIB_BITS[4] and _may_open_reporting(sentence):
        m = _ATTRIB[4].match(sentence)  # (it opens with ``^``, no MULTILINE: its one match opens it)
        if m is not None:
            out.append((offset + m.start(), offset + m.end()))
    return out


_CAPITALS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # what ``[A-Z]`` matches


def _may_open_reporting(sentence: str) -> bool:
    """May ``_ATTRIB[4]`` match ``sentence``? Its match opens with a capital (``^[A-Z]``), then at most
    61 characters and a blank (``[^,;:\"“”\\d]{0,60}?\\s``), then its verb: "sa" at 2 to 62."""
    return sentence[:1] in _CAPITALS and sentence.find("sa", 2, 64) >= 0


def _add_spans(rx: re.Pattern[str], sentence: str, pos: int, offset: int, out: list[tuple[int, int]]) -> None:
    """The spans of the matches of ``rx`` in ``sentence`` from ``pos`` on (as on the whole sentence,
    when none opens before ``pos``: ``\\b`` and lookarounds still read the characters before it)."""
    for m in rx.finditer(sentence, pos):
        out.append((offset + m.start(), offset + m.end()))


# what each verb of ``_ATTRIB[1]``'s look-ahead opens with
_DATA_VERBS: Final[tuple[str, ...]] = ("show", "indicate", "reveal")


def _according_spans(sentence: str, k: int, offset: int, out: list[tuple[int, int]]) -> None:
    """The spans of the matches of ``_ATTRIB[0]`` in ``sentence``, whose first "ccording to" is at
    ``k``: each opens one character before one (``[Aa]``), so the pattern is tried there alone,
    from the end of the match before on (as ``finditer`` does), not at every position."""
    done = 0  # where the last match ended
    while k >= 0:
        if k >= 1 and k - 1 >= done:
            m = _ATTRIB[0].match(sentence, k - 1)  # (``\b`` reads the character before it, as in a scan)
            if m is not None:
                out.append((offset + m.start(), offset + m.end()))
                done = m.end()
        k = sentence.find("ccording to", k + 1)


def _first_of(sentence: str, literals: tuple[str, ...]) -> int:
    """Where the first of ``literals`` in ``sentence`` starts, or -1."""
    first = -1
    for lit in literals:
        k = sentence.find(lit)
        if k >= 0 and (first < 0 or k < first):
            first = k
    return first


# what the run after the verb of the said-pattern (``_ATTRIB[2]``) stops at: ``[^.;\"“”]*``
_SAID_STOPS: Final[tuple[str, ...]] = (".", ";", '"', "“", "”")


def _said_from(sentence: str, present: int = -1) -> int:
    """Where a match of the said-pattern may open first, or -1 when none may. A match runs to the
    end (``$``) and holds none of ``_SAID_STOPS`` but at its first character (``[,\"”’]``) and in
    its last two before blanks (``[.!?]?[\"”’]?\\s*$``): it opens at the last of them before those
    or later, and one of its verbs follows that (most sentences with a verb have a period or a
    quote after it, as "said" in a clause of their own). ``present``: the bits of the strings of
    ``_ATTRIB_ANY`` in the sentence (a verb whose bits are not there is not looked for)."""
    r = len(sentence.rstrip()) - 2
    cut = -1
    if r > 0:
        for c in _SAID_STOPS:
            k = sentence.rfind(c, 0, r)
            if k > cut:
                cut = k
    # every character between a match's first one and its verb is a blank, a word character or
    # "'" (``\s*(?:[\w' ]{0,40}?\s)?``) and the first is none of them: it is the last character
    # before the verb that is none of them, and one of ``_SAID_OPENINGS``. The verbs after the cut
    # are read in order: the first with one is where the first match may open (a later verb has
    # that character or a later one before it); one with none before it (back to the cut, or to
    # the verb before: then it has that one's) opens none
    base = max(cut, 0)  # (where the run before the verb is read back to)
    at = cut + 1  # (where the next verb is looked for)
    while True:
        first = -1  # the first verb from ``at`` on
        for verb, bits in _SAID_VERB_BITS:
            if present & bits:
                k = sentence.find(verb, at)
                if k >= 0 and (first < 0 or k < first):
                    first = k
        if first < 0:
            return -1
        run = _RX_SAID_RUN.match(sentence[base:first][::-1])  # (read back from the verb; it always matches)
        k = first - 1 - (run.end() if run else 0)
        if k >= base and sentence[k] in _SAID_OPENINGS:
            return k
        base = first
        at = first + 1


_SAID_OPENINGS: Final = ",\"”’"  # what a match of the said-pattern opens with: ``[,\"”’]``


# what may stand between the said-pattern's first character and its verb
_RX_SAID_RUN: Final = re.compile(r"[\s\w']*")


def _listed_after(r: Resolved) -> Resolved | None:
    """The mention before ``r`` (``dependent`` not found yet) when only a list's comma or conjunction
    is between them."""
    before = r.before
    at = r.at
    if before is None or at is None or not _list_gap(at[0], before.mention.end, r.mention.start):
        return None
    return before


def _list_gap(text: str, lo: int, hi: int) -> bool:
    """``_RX_SENTENCE_3.fullmatch(text[lo:hi]) is not None``, read in place: a comma or none, blanks
    (``\\s``: what ``isspace`` tells), "and", "or" or neither, blanks and the end (no blank nor
    comma opens "and" or "or", so the first way to read it is the only one)."""
    if hi <= lo:
        return True  # (nothing between: every part is optional)
    i = lo
    if text[i] == ",":
        i += 1
    while i < hi and text[i].isspace():
        i += 1
    if i < hi:
        c = text[i]
        if c == "a" and i + 3 <= hi and text[i : i + 3] == "and":
            i += 3
        elif c == "o" and i + 2 <= hi and text[i : i + 2] == "or":
            i += 2
    while i < hi and text[i].isspace():
        i += 1
    return i == hi


def _own_dependent(r: Resolved) -> bool:
    """``r`` dependent by the words before it: the object of a preposition or verb, not the
    subject of a clause that preposition opens ("after the county government invested ..."), nor
    a resident's place ("Zhang Li, a villager in Hexi village, ..."): it stands for the person."""
    assert r.at is not None
    if r.resident:
        return False
    text, sent, start, end = r.at
    m = r.mention
    # ``_RX_SENTENCE_2`` on the two characters after the mention: its ``\b`` holds at their end
    two = text[m.end : m.end + 2]
    possessive = two == "'s" or two == "’s"  # (``in _POSSESSIVES``: two comparisons, cheaper compiled)
    lead = r.lead(sent, m.start - start)
    return dependent(sent, m.start - start, m.form, possessive, lead) and not _clause_opener(
        sent, m.start - start, text[m.end : end], lead
    )


_RX_REPORTED: Final = re.compile(r"(?:that\s+)?")


def _reported_by(text: str, attr: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The reporting clause a pronoun at ``pos`` opens the reported clause of ("X said (that) its ..."),
    or None."""
    for s, e in attr:
        if e <= pos and text[e - 1 : e].isspace() and _RX_REPORTED.fullmatch(text, e, pos):
            return s, e
    return None


def _inside(pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    best = None
    for s, e in spans:
        if s <= pos < e and (best is None or e - s < best[1] - best[0]):
            best = (s, e)
    return best


# a sentence as the tracker reads it: (the text it is in, the sentence, its start and end there)
_SentenceAt = tuple[str, str, int, int]


@dataclass(slots=True, init=False)
class Resolved:
    mention: Mention
    ent: Ent | None
    # the sentence (one record shared by its mentions: compiled, none is made per mention), whether
    # the mention stands for a resident, and the mention before it in the sentence (let go once
    # ``dependent`` is found): where ``dependent`` and ``partner`` are found
    at: _SentenceAt | None = None
    resident: bool = False
    before: Resolved | None = None
    # ``dependent`` not found yet: the context and the figures ask for it of a few mentions only
    # (the subject's candidates, the nearest to a figure)
    dependent_open: bool = False
    dependent_found: bool = False
    # ``partner`` not read yet (names only): only figures and the fallback subject ask, so most
    # mentions never find it
    partner_open: bool = False
    partner_found: bool = False
    # the ``_lead`` of the mention in its sentence, once found: read by ``dependent``, ``partner``,
    # ``_clause_opener`` and the fallback subject (kept here, not in a cache called per look-up)
    lead_found: _Lead | None = field(default=None, repr=False, compare=False)

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self,
        mention: Mention,
        ent: Ent | None,
        at: _SentenceAt | None = None,
        resident: bool = False,
        before: Resolved | None = None,
        dependent_open: bool = False,
        dependent_found: bool = False,
        partner_open: bool = False,
        partner_found: bool = False,
        lead_found: _Lead | None = None,
    ) -> None:
        self.mention = mention
        self.ent = ent
        self.at = at
        self.resident = resident
        self.before = before
        self.dependent_open = dependent_open
        self.dependent_found = dependent_found
        self.partner_open = partner_open
        self.partner_found = partner_found
        self.lead_found = lead_found

    def lead(self, sentence: str, rel: int) -> _Lead:
        """``_lead(sentence, rel)`` of the mention, at ``rel`` in its sentence ``sentence``: found once."""
        got = self.lead_found
        if got is None:
            got = self.lead_found = _lead(sentence, rel)
        return got

    @property
    def dependent(self) -> bool:
        """The object of a preposition or verb inside its clause: a partner, not the subject.
        "behind Texas and California": a list shares its preposition, the mentions before one
        not found yet are found first (from the first of them on, no call deeper than one)."""
        if self.dependent_open:
            before = _listed_after(self)
            if before is None:  # (most are in no list)
                self.dependent_found = _own_dependent(self)
                self.dependent_open = False
                self.before = None
            else:
                self._found_along(before)
        return self.dependent_found

    def _found_along(self, before: Resolved) -> None:
        """``dependent`` of a list's member ``self`` joined to ``before``: the members not found
        yet, found first to last."""
        chain: list[tuple[Resolved, Resolved | None]] = [(self, before)]  # (member, the one before)
        r: Resolved | None = before
        while r is not None and r.dependent_open:
            prev = _listed_after(r)
            chain.append((r, prev))
            r = prev
        for r, prev in reversed(chain):
            r.dependent_found = (prev is not None and prev.dependent_found) or _own_dependent(r)
            r.dependent_open = False
            r.before = None

    @property
    def partner(self) -> bool:
        """A destination, counterpart or complement ("to Duisburg", "involved in X"): never the owner."""
        if self.partner_open:
            at = self.at
            assert at is not None
            sent, start = at[1], at[2]
            m = self.mention
            rel = m.start - start
            self.partner_found = partner(sent, rel, sent[m.end - start :], self.lead(sent, rel))
            self.partner_open = False
        return self.partner_found


def _roles() -> dict:
    return load("entity_words")["roles"]


def _role_set(name: str) -> frozenset[str]:
    """The words of one role list, as a set (looked up per mention: kept in a plain dict, not an
    ``lru_cache``, whose every hit makes a call of its wrapper and moves the entry in its list)."""
    got = _ROLE_SETS.get(name)
    if got is None:
        got = _ROLE_SETS[name] = frozenset(_roles()[name])
    return got


_ROLE_SETS: Final[dict[str, frozenset[str]]] = {}


_DET_WORDS: Final = (
    r"the|a|an|its|their|this|that|these|those|only|just|mainly|mostly|largely|chiefly|even|also"
)
_DET: Final = re.compile(rf"(?:\b(?:{_DET_WORDS})\s+)+$", re.IGNORECASE)
_DET_WORD: Final = re.compile(rf"(?:{_DET_WORDS})", re.IGNORECASE)
# read backwards (on the reversed text): white space and the word before it; the last word of a
# lead, the white space and the word before that
_REV_PIECE: Final = re.compile(r"\s+(\w+)")
_REV_TAIL: Final = re.compile(r"([A-Za-z]+)(\s*)([A-Za-z]*)")
# the pieces ``_REV_PIECE`` reads while ``_DET_WORD`` fullmatches the word (reversed back) in one
# match: each a determiner spelt backwards that no word character continues, case-blind as
# ``_DET_WORD`` (which compares character by character, so reversal keeps it); possessive, as
# the loop never gives a piece back
_REV_DETERMINERS: Final = re.compile(
    rf"(?:\s+(?:{'|'.join(w[::-1] for w in _DET_WORDS.split('|'))})(?!\w))*+", re.IGNORECASE
)


@dataclass(slots=True, init=False)
class _Lead:
    """The sentence before a mention without the determiners ending it (``_DET`` stripped), and
    its last two words as ``(?:([A-Za-z]+)\\s+)?([A-Za-z]+)$`` finds them."""

    text: str
    last: str | None  # the ASCII word ending it, if it ends in one
    last_start: int  # where ``last`` starts
    prev: str | None  # the ASCII word before ``last``, only white space between

    # (written out, not generated, and no NamedTuple: compiled, a NamedTuple is made by a generic
    # call of its class, and a dataclass's generated ``__init__`` runs interpreted; this one is native)
    def __init__(self, text: str, last: str | None, last_start: int, prev: str | None) -> None:
        self.text = text
        self.last = last
        self.last_start = last_start
        self.prev = prev


_NO_LEAD: Final = _Lead("", None, 0, None)  # the lead of a mention opening its sentence


def _without_determiners(raw: str) -> str:
    """``_DET.sub("", raw)`` for a ``raw`` ending in a space (so ``$`` is its very end), no blank
    before that one (a text stripped, a blank put after it): the leftmost match is the longest
    run of "determiner + white space" pieces ending the text, a determiner a whole word (\\b
    before it, white space after it), found from the end."""
    if not _may_end_in_determiner(raw[:-1]):
        return raw  # (no determiner ends it: most)
    return raw[: len(raw) - _determiners_end(raw[::-1])]


def _determiners_end(rev: str) -> int:
    """How many characters the determiners (and the white space after each) ending a text take,
    read on the reversed text ``rev``."""
    m = _REV_DETERMINERS.match(rev)  # (it matches everywhere, maybe empty)
    return m.end() if m else 0


def _lead(sentence: str, rel: int) -> _Lead:
    """``_Lead`` of the mention at ``rel``: found from the end backwards, not by regexes anchored
    at the end (which try every position of the sentence)."""
    if rel == 0:
        return _NO_LEAD  # (the mention opens its sentence: nothing to read)
    return _lead_of(sentence, rel)


def _lead_of(sentence: str, rel: int) -> _Lead:
    """``_lead`` of a mention not opening its sentence. Its last two words are read from the end
    of the text by stripping (``_REV_TAIL`` on the text reversed reads the same: a run of ASCII
    letters, white space as ``\\s`` reads it (``str.isspace``), and another run), not by reversing
    the text and matching there."""
    body = sentence[:rel].rstrip()
    got = _plain_lead(body)
    if got is not None:
        return got  # (most leads)
    if _may_end_in_determiner(body):
        raw = body + " "
        text = raw[: len(raw) - _determiners_end(raw[::-1])].rstrip()
    else:
        text = body  # (no determiner ends most leads)
    head = text.rstrip(_ASCII_LETTERS)
    n = len(head)
    if n == len(text):
        return _Lead(text, None, n, None)
    prev: str | None = None
    gap = head.rstrip()
    if len(gap) < n:  # (white space before the last word, then maybe the word before it)
        k = len(gap.rstrip(_ASCII_LETTERS))
        if k < len(gap):
            prev = gap[k:]
    return _Lead(text, text[n:], n, prev)


def _plain_lead(body: str) -> _Lead | None:
    """``_lead_of`` of a lead ``body`` (stripped) read word by word from the end, or None when a
    word it reads is not a run of ASCII letters after a space (or opening the text): then the
    stripping below is not known to read the same, and ``_lead_of`` strips as it is written. A
    word read so is the run of ASCII letters ending the text (a space is none), a determiner
    ``_REV_DETERMINERS`` takes with the white space after it when it is one of ``_DETERMINERS``
    lower-cased (a whole word: a space before it), and a text ending in an ASCII character
    that is no letter ends in no determiner and no word (no run of letters ends it). No slice
    of the sentence reversed, no letters stripped one by one (``test_plain_leads``)."""
    text = body
    plain = body.isascii()  # (then so is every piece of it: asked once, not per word)
    while True:
        if not text:
            return _NO_LEAD  # (only determiners: "The ")
        c = text[-1]
        if c not in _ASCII_LETTERS:
            # ("In 2020, ", "its ("; one not ASCII may fold to an ASCII letter)
            return _Lead(text, None, len(text), None) if plain or c.isascii() else None
        w = text[text.rfind(" ") + 1 :]
        if not ((plain or w.isascii()) and w.isalpha()):
            return None
        if w.lower() not in _DETERMINER_SET:
            break
        text = text[: len(text) - len(w)].rstrip()
    n = len(text) - len(w)
    prev: str | None = None
    gap = text[:n].rstrip()
    if len(gap) < n:  # (white space before the last word, then maybe the word before it)
        v = gap[gap.rfind(" ") + 1 :]
        if (plain or v.isascii()) and v.isalpha():
            prev = v
        else:
            k = len(gap.rstrip(_ASCII_LETTERS))
            if k < len(gap):
                prev = gap[k:]
    return _Lead(text, w, n, prev)


_ASCII_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # what ``[A-Za-z]`` matches
_DETERMINERS: Final[tuple[str, ...]] = tuple(_DET_WORDS.split("|"))  # the words of ``_DET_WORD``, lower-case
_DETERMINER_SET: Final = frozenset(_DETERMINERS)
_DETERMINER_SPAN: Final = max(map(len, _DETERMINERS)) + 1  # the longest, and the character before it


def _may_end_in_determiner(body: str) -> bool:
    """May a determiner end ``body`` (a text with no blank at its end), so that ``_determiners_end``
    finds one after a blank is put after it? A piece it reads is a whole determiner (no word
    character before it) ending the text, told case-blind: the run of ASCII letters ending the
    text, lower-cased, is one of ``_DETERMINERS`` (a longer run is no whole word; the run is read
    in the last ``_DETERMINER_SPAN`` characters, and one longer than the longest determiner is
    none). (Always, on a text whose end is not ASCII: ``re`` folds some other letters to ASCII
    ones, "ſ" to "s".)"""
    tail = body[-_DETERMINER_SPAN:]
    if not tail.isascii():
        return True
    return tail[len(tail.rstrip(_ASCII_LETTERS)) :].lower() in _DETERMINER_SET


def dependent(sentence: str, rel: int, form: str, possessive: bool, lead: _Lead | None = None) -> bool:
    """Is the mention at ``rel`` (offset in the sentence) the object of a preposition or verb
    ("exports to Japan", "accounting for 38 percent of the province's total", "offered the
    company a grant")? A preposition opening the sentence or a clause ("In Sanya, ...") is a
    scene-setter, not a dependent. ``lead``: its ``_lead``, when the caller has it."""
    if lead is None:
        lead = _lead(sentence, rel)
    word = lead.last
    if word is None:
        return False
    low = word.lower()
    if low in _role_set("prepositions"):
        before = lead.text[: lead.last_start].rstrip()  # (read only here)
        return (
            bool(before)
            and not before.endswith((";", ":", "—", "–", "("))
            and not _ends_with_conjunction(before)
        )
    if possessive or word[0].isupper() or low in _role_set("clause_words"):
        return False
    return low in _role_set("object_verbs") or (low.endswith("ed") and len(low) > 4 and form != "pronoun")


_CONJUNCTIONS: Final[tuple[str, ...]] = ("and", "but", "while", "whereas")  # the words of ``_RX_DEPENDENT_2``


def _ends_with_conjunction(before: str) -> bool:
    """``_RX_DEPENDENT_2.search(before)`` for a non-empty ``before`` with no blank at its end (so
    ``$`` is its very end and ``^$`` cannot match): a conjunction ends it, a whole word, read at
    the end instead of a search trying every position."""
    if not before.endswith(_CONJUNCTIONS):
        return False  # (most do not: one test of all four first)
    for word in _CONJUNCTIONS:  # (no one of them ends another)
        if before.endswith(word):
            at = len(before) - len(word)
            return at == 0 or not is_word(before[at - 1])
    return False


def partner(sentence: str, rel: int, tail: str, lead: _Lead | None = None) -> bool:
    """Is the mention at ``rel`` a destination or counterpart of the figure ("a container to Duisburg",
    "trade with X", "from Kunming to Vientiane"), or the complement of a participle ("countries
    involved in the X Initiative")? Such a mention never owns the figure. ``lead``: its
    ``_lead``, when the caller has it."""
    if lead is None:
        lead = _lead(sentence, rel)
    if lead.last is None:
        return False
    word = lead.last.lower()
    if word in _role_set("partner_prepositions"):
        return True
    if word == "from" and _RX_PARTNER_2.match(tail):
        return True  # a route: "from Kunming to Vientiane"
    if word in _role_set("prepositions") and (lead.prev or "").lower() in _role_set("complement_participles"):
        return True
    return word in _role_set("prepositions") and _partner_phrase(lead.text)


def _partner_phrase(lead: str) -> bool:
    """Is the mention inside the object of a partner preposition, after a reduced relative clause
    ("trade with countries taking part in X", "exports to economies along X")? Its noun phrase runs
    on until a finite verb, a figure or punctuation."""
    m = _partner_object(lead)
    if not m:
        return False
    words = m.group(1).split()
    finite = _finite_verbs()
    return not any(
        w in finite or (w.endswith("ed") and w not in _role_set("complement_participles")) for w in words
    )


def _partner_object(lead: str) -> re.Match[str] | None:
    """``_partner_object_rx().search(lead)``: the pattern tried only where one of its prepositions
    opens a word (it opens with ``\b`` and them, so a search tries it at every position), from
    the first such place on: the first match there is the search's."""
    rx = _partner_object_rx()
    at: list[int] = []
    for w in _partner_openings():
        i = lead.find(w)
        while i >= 0:
            if i == 0 or not is_word(lead[i - 1]):
                at.append(i)
            i = lead.find(w, i + 1)
    if len(at) > 1:
        at.sort()
    for i in at:
        m = rx.match(lead, i)
        if m is not None:
            return m
    return None


# (filled once: a plain list, no cache wrapper called per lead)
_PARTNER_OPENINGS: Final[list[tuple[str, ...]]] = []


def _partner_openings() -> tuple[str, ...]:
    """The prepositions of ``_partner_object_rx`` that no other one opens ("to" opens "towards"):
    every match opens with one of these."""
    if not _PARTNER_OPENINGS:
        parts = _roles()["partner_phrase_prepositions"]
        _PARTNER_OPENINGS.append(
            tuple(dict.fromkeys(p for p in parts if not any(o != p and p.startswith(o) for o in parts)))
        )
    return _PARTNER_OPENINGS[0]


@cache
def _partner_object_rx() -> re.Pattern[str]:
    parts = "|".join(map(re.escape, _roles()["partner_phrase_prepositions"]))
    # the object is a plural noun ("countries", "members"), not an infinitive ("to build a plant in")
    return re.compile(rf"\b(?:{parts})\s+([a-z][\w'’-]*s\s+(?:[a-z][\w'’-]*\s+){{0,5}})[a-z]+$")


@cache
def _finite_verbs() -> frozenset[str]:
    roles = _roles()
    return frozenset(roles["auxiliaries"]) | frozenset(roles["object_verbs"]) | frozenset(
        roles["irregular_finite_verbs"]
    )


_ORDINAL: Final = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|\d+(?:st|nd|rd|th))"
    r"(?:-(?:largest|biggest|highest|busiest|best|most\s+\w+))?",
    re.IGNORECASE,
)

# a subordinate or relative clause: a place named in it is not the fallback subject of the sentence
_SUBORDINATE: Final = re.compile(
    r"\b(?:that|which|who|whose|where|when|because|while|although|though|if|(?<!such )as)\s"
)


# the words of ``_SUBORDINATE``
_SUBORDINATE_WORDS: Final[tuple[str, ...]] = (
    "that", "which", "who", "whose", "where", "when", "because", "while", "although", "though", "if", "as"
)


def _subordinate(lead: str) -> bool:
    """``_SUBORDINATE.search(lead) is not None``, read at each place one of its words is found
    (a pattern opening with ``\b`` is tried at every position): a match is the word, a blank
    after it and no word character before it (``is_word``), and "as" not after "such "."""
    n = len(lead)
    for w in _SUBORDINATE_WORDS:
        i = lead.find(w)
        while i >= 0:
            e = i + len(w)
            if (
                e < n
                and lead[e].isspace()
                and (i == 0 or not is_word(lead[i - 1]))
                and (w != "as" or lead[i - 5 : i] != "such ")
            ):
                return True
            i = lead.find(w, i + 1)
    return False


# a subordinate clause after the main one, up to its subject: "..., as trucking company "
_TRAILING_SUBORDINATE: Final = re.compile(
    r",\s*(?:as|because|since|after|although|though|when|while|whereas)\s+(?:[\w'’-]+\s+){0,4}$"
)


def _trailing_subordinate(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` end in a subordinate clause opened after a comma, up to its subject
    ("shed 34,000 jobs, as trucking company " X "filed for bankruptcy")? Its subject is neither the
    sentence's nor its figures'. (Read in place in its last 80 characters: the pattern opens with
    the comma, no lookbehind, and ``$`` holds at ``hi`` as at a slice's end; the comma is looked
    for first.)"""
    lo = max(lo, hi - 80)
    return text.find(",", lo, hi) >= 0 and _TRAILING_SUBORDINATE.search(text, lo, hi) is not None


def _clause_opener(sentence: str, rel: int, tail: str, lead: _Lead | None = None) -> bool:
    """Is the word before the mention a conjunction opening a clause it is the subject of ("after the
    county government invested ...", "since the company opened ...") rather than a preposition?"""
    word = (lead if lead is not None else _lead(sentence, rel)).last
    if word is None or word.lower() not in _role_set("conjunction_prepositions"):
        return False
    return bool(_clause_verb_rx().match(tail))


@cache
def _clause_verb_rx() -> re.Pattern[str]:
    """A finite verb (after an optional government word) opening what follows a mention."""
    gov = "|".join(map(re.escape, load("entity_words")["government_words"]))
    verbs = "|".join(load("entity_words")["business_verbs"])
    return re.compile(
        rf"(?:(?:['’]s)?\s+(?:{gov}))?\s+(?:(?:has|have|had|also|first|then)\s+)?"
        rf"(?:{verbs}|opened|started|began|became|built|set|spent|allocated|announced|launched|[a-z]+ed)\b"
    )


_RX_CLAUSE_COMMA: Final = re.compile(r",\s+(?:and|but|while)\s")  # the comma branch of ``_RX_IN_PREDICATE_2``


def _last_clause(lead: str) -> str:
    """``_RX_IN_PREDICATE_2.split(lead)[-1]``, found from the end: no match of it holds a character
    another one opens with (``;``, ``:`` or ``,``), so they never overlap, split cuts at each, and
    the last piece follows the one starting last."""
    cut = max(lead.rfind(";"), lead.rfind(":")) + 1
    c = lead.rfind(",", cut)
    while c >= 0:
        if m := _RX_CLAUSE_COMMA.match(lead, c):
            return lead[m.end() :]
        c = lead.rfind(",", cut, c)
    return lead[cut:]


# on a reversed text: the last run of ASCII letters (``_RX_IN_PREDICATE_1``'s last match), reversed
_RX_LAST_LETTERS: Final = re.compile(r"[^A-Za-z]*+([A-Za-z]+)")


def _in_predicate(lead: str, last_word: str | None = None) -> bool:
    """Is a mention the goal of a verb whose clause already has its auxiliary or modal ("... will
    go to X", "... was sold to X")? A place after "in"/"at" there still sets the scene ("was
    adopted in the village of X"). ``last_word``: the ASCII word ending the lead without its
    determiners, when the caller has it (``_lead``, cached): when it is neither "in" nor a goal
    preposition, no rule below holds (the last word of the clause read below is that word, or
    the clause has none: its determiners are the lead's, and no word runs across where it opens)."""
    if last_word is not None:
        low = last_word.lower()
        if low != "in" and low not in _role_set("goal_prepositions"):
            return False
    clause = _without_determiners(_last_clause(lead).rstrip() + " ")
    if last_word is None:
        # its last word first, read from the end: most leads end in neither "in" nor a goal
        # preposition, and then no rule below holds (given ``last_word``, not read again: it is
        # that word, or the clause has none, and the rules below read it as ``words[-1]``)
        last = _RX_LAST_LETTERS.match(clause[::-1])
        if last is None:
            return False  # (no word)
        end = last.group(1)[::-1].lower()
        if end != "in" and end not in _role_set("goal_prepositions"):
            return False
    if clause.isascii():
        # the words are the runs of ASCII letters, told case-blind on the clause lower-cased (the
        # same length): the last one read from the end, the others looked for as whole runs
        c = clause.rstrip().lower()
        k = len(c.rstrip(_ASCII_LETTERS))
        if k < len(c):  # (it ends in a word: the last of ``words``)
            end = c[k:]
            if end in _role_set("goal_prepositions"):  # (not "in": the second rule alone may hold)
                return _holds_run_of(c, k, _role_set("auxiliaries"))
            if end != "in":
                return False
            # the first rule needs "at" or "near" among the words before it
            if not _holds_run_of(c, k, _AT_NEAR):
                return False
    words = _RX_IN_PREDICATE_1.findall(clause)
    aux = _role_set("auxiliaries")
    # "... have cut the time at the dry port in X": a place locating a noun of a locative phrase in the
    # predicate is a landmark of that noun, not the scene
    if (
        len(words) > 3
        and words[-1].lower() == "in"
        and any(w.lower() in ("at", "near") for w in words[-5:-2])
        and any(w.lower() in aux for w in words[:-4])
    ):
        return True
    if not words or words[-1].lower() not in _role_set("goal_prepositions"):
        return False
    return any(w.lower() in aux for w in words[:-1])


_AT_NEAR: Final = frozenset(("at", "near"))


def _holds_run_of(low: str, hi: int, words: frozenset[str]) -> bool:
    """Is one of ``words`` (lower-case ASCII letters) a whole run of ASCII letters of the ASCII
    text ``low`` (lower-cased) ending by ``hi``?"""
    n = len(low)
    for w in words:
        i = low.find(w, 0, hi)
        while i >= 0:
            e = i + len(w)
            if (i == 0 or low[i - 1] not in _ASCII_LETTERS) and (e == n or low[e] not in _ASCII_LETTERS):
                return True
            i = low.find(w, i + 1, hi)
    return False


# (slots: its fields are read many times per figure, each a slot look-up)
@dataclass(slots=True, init=False)
class SentenceView:
    start: int
    end: int
    mentions: list[Resolved]
    asides: list[tuple[int, int]]
    attrib: list[tuple[int, int]]
    subject: Ent | None
    topic_before: Ent | None
    hard_starts: set[int] = field(default_factory=set)  # starts of dash and bracket asides
    text: str = ""  # the sentence text
    nation: Ent | None = None  # the country of the page's main place
    # the institution of a first-person writer ("I am a student at X University")
    persona: Ent | None = None
    # what the sentence's quote speaks for, and where its attribution opens (``Tracker._speaker``)
    voice: tuple[Ent, int] | None = None
    # (not parts of the record) whether it stands in for a sentence given with no view
    # (``_Unread.stand_in``); what ``_owners`` and ``_may_be_national`` found, once per sentence
    _stand_in: bool = field(default=False, repr=False, compare=False)
    _owners_found: list[tuple[Resolved, bool, int]] | None = field(default=None, repr=False, compare=False)
    _national_found: bool | None = field(default=None, repr=False, compare=False)
    _opening_found: bool | None = field(default=None, repr=False, compare=False)  # ``_NATION_OPENING``

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self,
        start: int,
        end: int,
        mentions: list[Resolved],
        asides: list[tuple[int, int]],
        attrib: list[tuple[int, int]],
        subject: Ent | None,
        topic_before: Ent | None,
        hard_starts: set[int] | None = None,
        text: str = "",
        nation: Ent | None = None,
        persona: Ent | None = None,
        voice: tuple[Ent, int] | None = None,
        _stand_in: bool = False,
        _owners_found: list[tuple[Resolved, bool, int]] | None = None,
        _national_found: bool | None = None,
        _opening_found: bool | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.mentions = mentions
        self.asides = asides
        self.attrib = attrib
        self.subject = subject
        self.topic_before = topic_before
        self.hard_starts = set() if hard_starts is None else hard_starts
        self.text = text
        self.nation = nation
        self.persona = persona
        self.voice = voice
        self._stand_in = _stand_in
        self._owners_found = _owners_found
        self._national_found = _national_found
        self._opening_found = _opening_found

    @classmethod
    def _new(cls, start: int, end: int, text: str, nation: Ent | None) -> SentenceView:
        """The view of a sentence before its tracker reads it (``Tracker._read`` fills the rest)."""
        # (the class named, not ``cls``, and no keywords: compiled, ``cls(...)`` is a generic call
        # with keywords, whose argument parsing cost ~8,000 instructions per view; this one is native)
        return SentenceView(start, end, [], [], [], None, None, None, text, nation)

    def visible(self, r: Resolved, pos: int) -> bool:
        m = r.mention
        attrib, asides = self.attrib, self.asides  # (most sentences have neither)
        if attrib and _inside(m.start, attrib) and not _inside(pos, attrib):
            return False
        a = _inside(m.start, asides) if asides else None
        if a and not (a[0] <= pos < a[1]):
            return False
        return True

    def _country_subject(self, r: Resolved) -> bool:
        """'China's GDP grew ...': a country owning the figure (not 'of China's total', 'to Japan')."""
        if r.ent is None or r.ent[1] != "country" or r.mention.form == "pronoun":
            return False
        rel_s, rel_e = r.mention.start - self.start, r.mention.end - self.start
        if (
            r.mention.form == "name"
            and _may_end_scene(self.text, rel_s)
            and _RX_COUNTRY_SCENE.fullmatch(self.text, 0, rel_s)
        ):
            return True  # "Housing starts in Canada rose ...", "In Canada, ...": the scene of the subject
        lead = self.text[max(0, rel_s - 12) : rel_s]
        tail = self.text[rel_e : rel_e + 40]
        own = self.nation is not None and r.ent[0] == self.nation[0]
        if rel_s == 0 and own and _RX_COUNTRY_VERB.match(tail):
            # "Hungary aims to produce ...": the page's own country opening the sentence, its verb next
            # (not "China bought 81 percent of the state's ore": another country is a partner)
            return True
        if r.mention.form == "reference" and not self.text[:rel_s].strip(" \t\n\"“‘'") and tail[:1] == " ":
            return True  # "The kingdom plans to raise ...": the country opening the sentence is its subject
        if _RX_COUNTRY_SUBJECT_1.match(tail):
            return False  # "India's largest district": a scope, not the owner
        return bool(_RX_COUNTRY_SUBJECT_2.match(tail)) and (
            not _RX_COUNTRY_SUBJECT_3.search(lead) or _RX_CLAUSE_AND.search(lead) is not None
        )

    def _speakers_body(self, pos: int) -> Ent | None:
        """The company or zone a quote's speaker speaks for, when the figure at ``pos`` is told in the
        first person plural ('"Our sales doubled last year," said X, a vice-president of the company';
        '"We opened 15 routes," said Y, general manager of Z Group'): the company's own figure."""
        we: bool | None = None  # (the same for every attribution: looked for once, when asked)
        for s, e in self.attrib:
            if s < pos or not _says(self.text, s - self.start, e - self.start):
                continue
            if we is None:
                we = _we_in(self.text, pos - self.start)
            if not we:
                return None
            for r in self.mentions:
                if r.ent and r.ent[1] in ("company", "zone") and s <= r.mention.start < e:
                    return r.ent
        return None

    def _remote(self, r: Resolved, pos: int, end: int) -> bool:
        """Is a mention after the figure only a landmark of it ("a 12-room inn near the village of X",
        "a 93-km line that links mines in X"), not the scene of the sentence?"""
        if not r.dependent:
            return False
        gap = self.text[end - self.start : r.mention.start - self.start]
        if _ORDINAL.fullmatch(self.text, pos - self.start, end - self.start) and (
            _RX_REMOTE_1.fullmatch(gap) or _RX_RANK_SCOPE_1.fullmatch(gap)
        ):
            return True  # "the industry ranks first in Anhui": the scope of a rank
        if ("among" in gap or " in " in gap) and _RX_RANK_SCOPE_2.search(gap):
            return True  # "sales hit X last year, ranking first among cities in the province"
        # "... earn more than a worker in the city": the standard of a comparison is no scene either
        return _remote_gap(gap)

    def _described(self, r: Resolved, pos: int) -> bool:
        """Is the figure in a relative clause about the mention
        ("to the Tramlink network, which at 28km ...")?"""
        gap = self.text[r.mention.end - self.start : pos - self.start]
        return bool(_RX_DESCRIBED_1.fullmatch(gap))

    def _where(self, r: Resolved, pos: int) -> bool:
        """Is the figure in a relative clause of place ('..., where') right after the place or zone
        ``r`` names?"""
        rel = r.mention.end - self.start
        if self.text[rel : rel + 1] != ",":  # (what every match opens with; most mentions have none after)
            return False
        if r.ent is None or r.ent[1] in ("company", "organization", "programme", "country", "group"):
            return False
        return bool(_RX_WHERE.fullmatch(self.text, rel, pos - self.start))

    def _owners(self) -> list[tuple[Resolved, bool, int]]:
        """The mentions that may own a figure of the sentence (an entity, no modifier, no
        organization: ``entity_for`` keeps none), each with whether it is a partner and its kind:
        0 not a country, 1 a country owning what it names (``_country_subject``), 2 another
        country. Found once per sentence, on first use: the same for each of its figures."""
        owners = self._owners_found
        if owners is None:
            owners = self._owners_found = [
                (r, r.partner, 0 if r.ent[1] != "country" else 1 if self._country_subject(r) else 2)
                for r in self.mentions
                if r.ent is not None and not r.mention.modifier and r.ent[1] != "organization"
            ]
        return owners

    def _may_be_national(self) -> bool:
        """Does the sentence hold a word of ``_national``'s gate (folded), so that the text before one
        of its figures may? Found once per sentence, on first use."""
        got = self._national_found
        if got is None:
            got = _holds_folded(self.text, _NATIONAL_WORDS)
            self._national_found = got
        return got

    def entity_for(self, pos: int, end: int) -> tuple[Ent | None, str]:
        # (compiled, an ``Ent`` tested for truth is unboxed and boxed anew: tested for None, and
        # returned as read, untested)
        if self.nation is not None:
            at = pos - self.start
            if self._may_be_national() and _national(self.text[max(0, at - 40) : at]):
                return self.nation, "entity:national"  # "against a national average of Rs 1,28,829"
            if self._opening_found is None:  # (the same for each figure: found once)
                self._opening_found = _nation_opening(self.text)
            if self._opening_found and not any(
                r.ent is not None and r.mention.start < pos for r in self.mentions
            ):
                # "Nationwide, FDI hit $6.28 billion, up 7.4%": every figure before a name is the country's
                return self.nation, "entity:national-sentence"
        # (a figure opening with a digit, not "India's largest", is asked about first: the same
        # for every mention; and the possessive's quote before the gap is cut)
        if self.text[pos - self.start : pos - self.start + 1].isdigit():
            for r in self.mentions:
                # "Spain's 17 autonomous communities", "the county's 1,147 households": the possessor
                rel = r.mention.end - self.start
                if (
                    r.ent is not None
                    and r.mention.end <= pos
                    and self.text[rel : rel + 1] in ("'", "’")  # (``_QUOTES``: compiled, two comparisons)
                    and _RX_ENTITY_FOR_1.fullmatch(self.text[rel : pos - self.start])
                ):
                    if r.ent[1] != "organization":
                        return r.ent, "entity:possessor"
        # the mentions with an entity, no modifier, and not a partner before the figure (unless the
        # figure is in a relative clause about it); the countries among them, and those but the
        # countries not owning what they name (``_country_subject``) and the organizations
        usable: list[Resolved] = []
        countries: list[Resolved] = []
        for r, is_partner, kind in self._owners():
            if is_partner and r.mention.start < end and not (self._described(r, pos) or self._where(r, pos)):
                continue
            if kind:
                countries.append(r)
                if kind == 2:
                    continue
            usable.append(r)
        # (every mention is visible in a sentence with no attribution nor aside: most; the asides of
        # a sentence without mentions are never found)
        hidden = bool(usable) and bool(self.attrib or self.asides)
        before: list[Resolved] = []  # the usable mentions before the figure visible from it
        for r in usable:  # (a loop, not comprehensions: no function called per figure)
            if r.mention.form == "reference" and r.mention.start < pos and end <= r.mention.end:
                return r.ent, "entity:figure-in-reference"  # "The 1,035-km line will ..."
            if r.mention.end <= pos and (not hidden or self.visible(r, pos)):
                before.append(r)
        if (
            self.persona is not None
            and _first_person(self.text[: pos - self.start])
            and (not before or before[-1].dependent)
            and not any(r.mention.start >= end and (not hidden or self.visible(r, pos)) for r in usable)
        ):
            return self.persona, "entity:first-person-institution"  # "I have lived in Hefei for four years"
        if self.attrib and (not before or before[-1].mention.form == "pronoun" or before[-1].dependent):
            speaker = self._speakers_body(pos)
            if speaker is not None:
                return speaker, "entity:speaker-body"  # '"We opened 15 routes," said X, manager of Y Group'
        if before:
            r = before[-1]
            rel = r.mention.end - self.start
            if self.text[rel : rel + 1] == "," and self._where(r, pos):  # (most have no comma after)
                return r.ent, "entity:where-clause"
            if r.dependent:
                # "the zone's output ..., 38 percent of the province's total, up 29.4 percent":
                # the subject of the clause, not the object of a preposition or verb (the last
                # such, asked from the last one back)
                for h in reversed(before):
                    if not h.dependent and not _clause_break(
                        self.text[h.mention.end - self.start : pos - self.start]
                    ):
                        return h.ent, "entity:clause-subject"
            form = r.mention.form
            return r.ent, "entity:nearest-before" if form == "name" else "entity:nearest-before-" + form
        for r in usable:  # the first usable mention after the figure that may own it
            if (
                r.mention.start >= end
                and (not hidden or self.visible(r, pos))
                and not self._remote(r, pos, end)
                and not _trailing_subordinate(self.text, end - self.start, r.mention.start - self.start)
            ):
                return r.ent, "entity:after-in-sentence"
        if self.voice is not None and pos < self.voice[1]:
            return self.voice[0], "entity:speaker"  # a quote with no subject of its own
        if self.topic_before is not None:
            return self.topic_before, "entity:topic"
        if countries:
            return countries[0].ent, "entity:country"
        return None, "entity:none"


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


@cache
def _remote_gap_rx() -> re.Pattern[str]:
    near = "|".join(_roles()["vicinity_prepositions"])
    behind = "|".join(_roles().get("comparator_prepositions", ()))
    return re.compile(rf"\b(?:that|which|who|than)\b|\b(?:{near})\s+(?:the\s+)?$|\b(?:{behind})\s+[^,;.]*$")


# (filled once: a plain list, no cache wrapper called per gap) the words of ``_remote_gap_rx``'s
# second and third branches
_REMOTE_WORDS: Final[list[tuple[tuple[str, ...], tuple[str, ...]]]] = []


def _remote_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not _REMOTE_WORDS:
        roles = _roles()
        _REMOTE_WORDS.append(
            (tuple(roles["vicinity_prepositions"]), tuple(roles.get("comparator_prepositions", ())))
        )
    return _REMOTE_WORDS[0]


# (what the words of the first branch hold: "that" and "than" both "tha")
_REMOTE_FIRST: Final[tuple[str, ...]] = ("tha", "which", "who")


def _remote_gap(gap: str) -> bool:
    """``_remote_gap_rx().search(gap) is not None``, searched only when a branch may match (a pattern
    opening with ``\\b`` and words is tried at every position of the gap): the first when one of its
    words is in the gap; the second when the gap ends in blanks after one of its words (and "the"
    and blanks); the third when one of its words follows the last of ``,;.`` (its run after the word
    to the end holds none)."""
    near, behind = _remote_words()
    may = False
    for w in _REMOTE_FIRST:
        if w in gap:
            may = True
            break
    if not may and gap[-1:].isspace():
        t = gap.rstrip()
        may = not near or t.endswith(near) or (t.endswith("the") and t[:-3].rstrip().endswith(near))
    if not may:
        if not behind:
            may = True  # (a branch with no words: it may match anywhere)
        tail = gap[max(gap.rfind(","), gap.rfind(";"), gap.rfind(".")) + 1 :]
        for w in behind:
            if w in tail:
                may = True
                break
    return may and _remote_gap_rx().search(gap) is not None


_PERSON_PLACES: Final[tuple[str, ...]] = ("village", "township", "county", "district", "city", "zone")


@cache
def _EVENT_VENUE() -> re.Pattern[str]:  # noqa: N802
    """'... signed 57 deals at a ceremony in ': the venue of an event after the verb is no subject."""
    words = "|".join(map(re.escape, load("entity_words")["event_nouns"]))
    acts = "|".join(map(re.escape, load("entity_words")["event_participles"]))
    return re.compile(
        rf"\S\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{words})\s+(?:in|at)\s+$"
        rf"|\b(?:{acts})\s+(?:in|at)\s+$"  # "MoUs signed in X": where the deals were signed
    )


def _located(lead: str) -> bool:
    """``_PREDICATE.search(lead)``, tried only after the last comma or semicolon: none of its
    matches holds one (it runs to the end of ``lead`` over ``[^,;]*``). On an ASCII lead, its
    case-sensitive twin on the lead lower-cased (``lower_twin``: the same matches, at half the cost
    of a case-blind alternation tried at each position)."""
    pos = max(lead.rfind(","), lead.rfind(";")) + 1
    if _PREDICATE_LOW is not None and lead.isascii():
        # (tried only where one of its verbs opens a word: the pattern opens with ``\b`` and the
        # verbs, so a search tries it at every position)
        low = lead.lower()
        for verb in _PREDICATE_VERBS:
            i = low.find(verb, pos)
            while i >= 0:
                if (i == 0 or not is_word(low[i - 1])) and _PREDICATE_LOW.match(low, i) is not None:
                    return True
                i = low.find(verb, i + 1)
        return False
    return _PREDICATE.search(lead, pos) is not None


_PREDICATE_LOW: Final = lower_twin(_PREDICATE)
# what the matches of ``_PREDICATE`` open with (lower-case): its verbs, "been" and "being" in "be"
_PREDICATE_VERBS: Final[tuple[str, ...]] = (
    "is", "are", "was", "were", "be", "located", "based", "situated", "held", "headquartered"
)


# the words ending every match of ``_EVENT_VENUE`` (then blanks)
_VENUE_ENDS: Final[tuple[str, ...]] = ("in", "at")


def _event_venue(lead: str) -> bool:
    """``_EVENT_VENUE().search(lead)``, tried only when ``lead`` ends in one of its last words and
    one of its event nouns or participles ends the text before that word (each branch of the
    pattern reads one of them, blanks, "in" or "at", blanks and the end)."""
    t = lead.rstrip()
    if not t.endswith(_VENUE_ENDS) or not t[:-2].rstrip().endswith(_event_words()):
        return False
    return _EVENT_VENUE().search(lead) is not None


# (filled once: a plain list, no cache wrapper called per lead)
_EVENT_WORDS: Final[list[tuple[str, ...]]] = []


def _event_words() -> tuple[str, ...]:
    """The event nouns and participles of ``_EVENT_VENUE``, as it reads them."""
    if not _EVENT_WORDS:
        words = load("entity_words")
        _EVENT_WORDS.append(tuple(words["event_nouns"]) + tuple(words["event_participles"]))
    return _EVENT_WORDS[0]


def _fallback_subject(sent: str, start: int, pending: list[Resolved]) -> Ent | None:
    """The fallback subject of sentence ``sent`` (at ``start``) with no subject: the first of the
    dependent mentions ``pending`` (in order) none of whose leads rules it out ("Exports from
    Surat fell ...", not "Nine are in Yangpu"), before one whose lead puts it in the predicate
    ("... will go to X": what follows is in the predicate too)."""
    for r in pending:
        rel = r.mention.start - start
        lead = sent[:rel]
        if _in_predicate(lead, r.lead(sent, rel).last):  # (its last word found with ``dependent``)
            return None
        if (
            not _located(lead)
            and not _subordinate(lead)  # "picked up as shops in X reopened"
            and not r.partner
            and not _first_person(lead)  # "I have lived in X": the writer's
            and not _event_venue(lead)  # "signed ... at a ceremony in X"
        ):
            return r.ent
    return None


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


def _may_open_apposition(text: str, at: int, end: int) -> bool:
    """May ``_RX_SENTENCE_1`` match at ``at`` (before ``end``)? Every match is a comma, blanks (one at
    least: ``\\s``, what ``isspace`` tells), then "the" or a capital A-Z (most commas after a name
    have a lower-case word or a figure after them)."""
    if text[at : at + 1] != ",":
        return False
    j = at + 1
    while j < end and text[j].isspace():
        j += 1
    if j == at + 1 or j >= end:
        return False
    c = text[j]
    return "A" <= c <= "Z" or (c == "t" and j + 3 <= end and text[j : j + 3] == "the")


_POSSESSIVES: Final[tuple[str, ...]] = ("'s", "’s")  # the two-character strings ``_RX_SENTENCE_2`` matches
_NATIONAL_GATE: Final = gate_of(_NATIONAL)  # words one of which (folded) every match holds
_QUOTES: Final[tuple[str, ...]] = ("'", "’")  # what a match of ``_RX_ENTITY_FOR_1`` opens with


# the words of ``_NATIONAL_GATE`` (a tuple: iterated natively), or None: every text may match
_NATIONAL_WORDS: Final[tuple[str, ...] | None] = (
    None if _NATIONAL_GATE is None else tuple(sorted(_NATIONAL_GATE))
)
# what ``fold`` changes in a text lower-cased (``gates._fold_plain``)
_FOLD_ONLY: Final[tuple[str, ...]] = ("ı", "\u0307", "ſ")


def _holds_folded(text: str, words: tuple[str, ...] | None) -> bool:
    """Does ``fold(text)`` hold one of ``words`` (always, for None)? ``fold`` is ``text.lower()``
    with ``_FOLD_ONLY`` replaced: the text lower-cased is read as it is when it holds none of them
    (every text but a few)."""
    if words is None:
        return True
    low = text.lower()
    for c in _FOLD_ONLY:
        if c in low:
            low = fold(text)
            break
    for w in words:  # (a loop: no generator made per call)
        if w in low:
            return True
    return False


def _national(before: str) -> bool:
    """``_NATIONAL.search(before)``, tried only when a word of its gate is in ``before`` (folded)."""
    return _holds_folded(before, _NATIONAL_WORDS) and _NATIONAL.search(before) is not None


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


def _residents(text: str, ms: list[Mention], side: list[tuple[int, int]]) -> set[int]:
    """Places of people introduced in apposition ("Zhang Li, a villager in Hexi village, earned ..."):
    the person is the subject, and stands for the place. The apposition stops being an aside."""
    out: set[int] = set()
    if not side:
        return out  # (each is inside an aside)
    rx = _resident_rx()
    for m in ms:
        # (``_PERSON_PLACES`` written out: compiled, comparisons, not a look-up in a tuple object)
        if m.form != "name" or m.type not in ("village", "township", "county", "district", "city", "zone"):
            continue
        a = _inside(m.start, side)
        if a is None or not rx.search(text[a[0] : m.start]):
            continue
        if not _RX_RESIDENTS_1.search(text[max(0, a[0] - 40) : a[0]]):
            continue  # the apposition follows a person's name
        out.add(id(m))
        side[:] = [x for x in side if x != a]
    return out


@cache
def _resident_rx() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, _roles_words()["resident_heads"]))
    return re.compile(
        rf",\s+(?:a|an|one of the|the only)\s+(?:[\w-]+\s+){{0,2}}?(?:{heads})s?\s+(?:in|of|from|at)\s+$"
        # "Zhou Mei, who runs a tea workshop in the village of X, ...": a relative clause placing the person
        r"|,\s+who\s+(?:[\w'’-]+\s+){1,9}?(?:in|at)\s+$"
    )


@cache
def _wide_references() -> frozenset[str]:
    return frozenset(w.lower() for w in load("entity_words").get("wide_references", []))


@cache
def _prefecture_countries() -> frozenset[str]:
    return frozenset(load("entity_words").get("prefecture_countries", []))


def _roles_words() -> dict:
    return load("entity_words")


def _spans(
    sent: str, start: int, attrib: list[tuple[int, int]] | None
) -> tuple[list[tuple[int, int]], set[int], list[tuple[int, int]]]:
    """The asides of sentence ``sent`` (at ``start``), the starts of its dash and bracket asides
    (most sentences have none), and its attributions (``attrib`` when the caller found them)."""
    side, n_hard = _asides(sent, start)
    hard = {s for s, _e in side[:n_hard]} if n_hard else set()
    return side, hard, attrib if attrib is not None else attributions(sent, start)


@dataclass(slots=True, init=False)
class _Unread:
    """A sentence given to a tracker with no view (``Tracker.skip``) and not read yet: the text
    it is in, where it is, and its attributions when the caller found them."""

    text: str
    start: int = 0
    end: int = 0
    attrib: list[tuple[int, int]] | None = None

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self, text: str, start: int = 0, end: int = 0, attrib: list[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.attrib = attrib

    def stand_in(self, nation: Ent | None) -> SentenceView:
        """A view to read it on, for the context alone (nothing reads the view)."""
        v = SentenceView._new(self.start, self.end, self.text[self.start : self.end], nation)
        v._stand_in = True
        return v


@dataclass(slots=True)
class Tracker:
    """Entity context of one article (or one caption): last entity per type, and the topic."""

    lex: Lexicon
    last: dict[str, Ent] = field(default_factory=dict)
    topic: Ent | None = None
    defaults: dict[str, Ent] = field(default_factory=dict)  # the page's main entity of each type
    # last entity per type named as a subject, of the types in ``_HEAD_TYPES`` (the only ones read)
    last_head: dict[str, Ent] = field(default_factory=dict)
    last_place: Ent | None = None  # the last place (province, city, county, district) named
    persona: Ent | None = None  # the institution of a first-person writer
    # the company, zone or place the quote of the last sentence spoke for ('"...," said X, manager
    # of Y Co. "We ..."': a quote going on in the next sentence speaks for it still)
    voice: Ent | None = None
    # the sentences given but not read yet, in order (``sentence``)
    _unread: deque[_Unread] = field(default_factory=deque, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.topic is None:
            self.topic = self.defaults.get(
                "main"
            )  # an article is about the page's place until it says otherwise

    def _wider(self, ent: Ent) -> Ent:
        """The province-level place a city or county belongs to: its parent, else the page's."""
        level = PLACE_LEVEL.get(ent[1], 9)
        if level <= PLACE_LEVEL["province"]:
            return ent
        up = classify_name(ent[2]) if ent[2] else None
        if up and PLACE_LEVEL.get(up[1], 9) == PLACE_LEVEL["province"]:
            return (up[0], up[1], up[2])
        main = self.defaults.get("main")
        if main and PLACE_LEVEL.get(main[1], 9) == PLACE_LEVEL["province"]:
            return main
        if ent[1] == "city" and ent[2] != "China" and up and up[1] == "country":
            # "Salford, a city in the region. The region's economy ...": the wider place named last
            # (a county of England, a state), as a city's country knows no province of it
            wide = self.last.get("province") or self.last.get("county")
            if wide is not None and wide[2] == ent[2]:
                return wide
        if ent[1] == "city" and ent[2] is None and self.last.get("province") is not None:
            # a town no table knows ("By X in Calama"): the region named last is the wider place
            return self.last["province"]
        return ent

    def read(self, text: str, start: int, end: int) -> SentenceView:
        """The view of sentence ``text[start:end]``, the next one of the article, read (after the
        sentences given before it with ``skip``)."""
        view = SentenceView._new(start, end, text[start:end], self.defaults.get("nation"))
        if self._unread:
            self._catch_up()
        self._read(view, text)
        return view

    def skip(self, text: str, start: int, end: int, attrib: list[tuple[int, int]] | None = None) -> None:
        """Give the tracker sentence ``text[start:end]``, the next one of the article, with no view:
        the caller reads nothing of it but its attributions (``attrib`` when it found them, else
        None). It is read for the context alone, when the next view is asked for: the context
        after the last sentence with a figure is never asked for, so it is never worked out."""
        self._unread.append(_Unread(text, start, end, attrib))

    def _catch_up(self) -> None:
        """Read the sentences given with no view and not read yet, in their order."""
        queue = self._unread
        nation = self.defaults.get("nation")
        while queue:
            unread = queue.popleft()
            self._read(unread.stand_in(nation), unread.text, unread.attrib)

    def _reference(self, m: Mention) -> Ent | None:
        """The entity reference ``m`` resolves to (from the context alone: what ``_read`` changes
        of it while reading a sentence, it changes after a name)."""
        if m.type == "place":
            # "the region", "the island": the place the article is about, else the page's
            # (a topic that is a zone or company has no government: the place last named has)
            t = self.topic
            ent = t if t and t[1] in _PAGE_PLACES else self.last_place or self.defaults.get("main")
            if ent and m.rules and m.rules[0].removeprefix("entity:ref:").lower() in _wide_references():
                ent = self._wider(ent)  # "the region" is never a city of it: the wider place
            return ent
        if not m.type:
            return None
        if m.type == "city" and m.rules and m.rules[0].lower().endswith(":the prefecture"):
            # "the prefecture" in Japan: the prefecture named (a province), not a city
            prov = self.topic if self.topic and self.topic[1] == "province" else self.last.get("province")
            if prov and prov[2] in _prefecture_countries():
                return prov
        # the salient entity first: a definite description names the topic when it fits
        ent = self.topic if self.topic and self.topic[1] == m.type else None
        if ent is None and m.type == "province":
            # "the state": the last one named as a subject, else the page's (not "Texas and
            # California" named in passing as rivals or partners)
            ent = self.last_head.get(m.type) or self.defaults.get(m.type)
        ent = ent or self.last.get(m.type)
        if ent is None and m.type in _PAGE_PLACES:
            ent = self.defaults.get(m.type)  # "the county": the page's county
        return ent

    def _speaker(
        self, text: str, sent: str, start: int, ms: list[Mention], attr: list[tuple[int, int]]
    ) -> tuple[Ent, int] | None:
        """The company, zone or place a quote speaks for, and where its attribution opens, when the
        sentence is a quote closed by its attribution that names one ('"We ...," said Zhang Ming,
        an official of the provincial commission of commerce', '... said Wang Li, general manager
        of X Co'): the first such mention in the attribution. A quote's "we" speaks for it."""
        if sent[:1] not in _OPENING_QUOTES and not _quote_goes_on(text, start):
            return None  # (most sentences open with no quote: asked first)
        s = min(a for a, _e in attr)
        if text[s : s + 1] not in _CLOSING_QUOTES:
            return None
        return self._speaker_from(text, s, ms)

    def _speaker_ahead(self, text: str, end: int) -> tuple[Ent, int] | None:
        """The speaker of a quote that opens with the sentence ending at ``end`` and closes in a later
        sentence of its paragraph ('"Five years ago our machines went to Guangdong. Now ...," said
        X, manager of Y Co': the first sentence is Y's too), from the mentions of the attribution."""
        stop = text.find("\n\n", end)  # (the paragraph's end: its lines may be wrapped)
        stop = len(text) if stop < 0 else stop
        close = -1
        for q in _QUOTE_MARKS:
            at = text.find(q, end, stop)
            if at >= 0 and (close < 0 or at < close):
                close = at
        if close < 0 or not _RX_SAID_AHEAD.match(text, close + 1, stop):
            return None
        dot = text.find(". ", close, stop)
        ms = sentence_mentions(text, close, stop if dot < 0 else dot, self.lex, roles=False)
        got = self._speaker_from(text, close, ms)
        return (got[0], end) if got else None

    def _speaker_from(self, text: str, s: int, ms: list[Mention]) -> tuple[Ent, int] | None:
        """The first company, zone or place named in an attribution opening at ``s``."""
        located = False  # a place after "in": where the speaker works, not whom they speak for
        for m in ms:
            if m.start < s or m.form == "pronoun":
                continue
            if m.type in _PAGE_PLACES and (
                located or (located := _RX_WORKS_IN.search(text, max(s, m.start - 12), m.start) is not None)
            ):
                continue  # "..., said X, who runs a factory in Y's Z district": neither Y nor Z
            ent = (m.name, m.type, m.parent) if m.form == "name" and m.name and m.type else None
            if m.form == "reference":
                ent = self._reference(m)
            if ent and ent[1] == "organization":
                ent = _governed(ent[0])
            if ent and ent[1] != "country":
                return ent, s
        return None

    def _still(self, ms: list[Mention], text: str, sent: str, start: int) -> bool:
        """Do mentions ``ms`` of sentence ``sent`` (at ``start`` in ``text``) leave the context as
        it is: every reference resolving to the topic or to none (``_reference``, from the context
        as it is before the sentence: nothing changes it meanwhile), and every name the topic
        already the last of its type, place and head (``_named_again``) in a sentence no quote
        may speak in? Pronouns then resolve to the topic or to none too, so does the subject, the
        names set nothing anew, and no speaker is found (with no name: not looked for)."""
        named = False
        for m in ms:
            if m.form == "pronoun":
                continue
            if m.form == "reference":
                if self._reference(m) not in (None, self.topic):
                    return False
            elif self._named_again(m):
                named = True
            else:
                return False
        # (``_speaker``, ``_speaker_ahead`` and a quote going on all need a quote opening the
        # sentence or going on in it)
        return not named or (sent[:1] not in _OPENING_QUOTES and not _quote_goes_on(text, start))

    def _named_again(self, m: Mention) -> bool:
        """Is name ``m`` the topic, neither a company nor an organization (a writer's institution,
        a speaker's company), and already the last of its type, the last place and the last head
        of its type, as far as ``_read`` keeps them?"""
        if not m.name or not m.type:
            return False
        ent = (m.name, m.type, m.parent)
        typ = m.type
        return (
            ent == self.topic
            and typ not in ("company", "organization")
            and self.last.get(typ) == ent
            # (``_PAGE_PLACES`` and ``_HEAD_TYPES`` written out: compiled, comparisons)
            and (typ not in ("province", "city", "county", "district") or self.last_place == ent)
            and (typ not in ("province",) or self.last_head.get(typ) == ent)
        )

    def _read(self, view: SentenceView, text: str, attrib: list[tuple[int, int]] | None = None) -> None:
        """Resolve the mentions of a sentence and fill its view; the context moves on. ``attrib``:
        the sentence's attributions, when the caller found them already (``skip``)."""
        start, end, sent = view.start, view.end, view.text
        # (their roles marked below: a sentence read for the context alone that leaves it as it is
        # never needs them, ``_still`` reading none)
        ms = sentence_mentions(text, start, end, self.lex, roles=False)
        if not ms:  # nothing to resolve: the context stays as it is
            self.voice = None
            view.mentions, view.subject, view.topic_before, view.persona = [], None, self.topic, self.persona
            if not view._stand_in:  # (a stand-in's view is never read)
                view.asides, view.hard_starts, view.attrib = _spans(sent, start, attrib)
            return
        if view._stand_in and self._still(ms, text, sent, start):
            # read for the context alone, and pronouns, references to the topic and names of the
            # topic alone do not move it: each resolves to the topic or to none (a pronoun to one
            # before it, resolved so), so the subject is the topic or none, and each name is the
            # last of its type already, and not the writer's institution nor a speaker's
            self.voice = None
            return
        mark_roles(text, ms)
        side, hard, attr = _spans(sent, start, attrib)
        for m in ms:
            # "Kangbashi district, the city's new downtown, has ...": an apposition after a name
            if m.form == "name" and _may_open_apposition(text, m.end, end):
                a = _RX_SENTENCE_1.match(text, m.end, end)  # (no lookaround: as on the slice)
                if a and not _RX_SENTENCE_4.search(a.group(0)):
                    side.append((m.end, a.end()))
        residents = _residents(text, ms, side) if side else None  # (each is inside an aside)
        # '"Our sales doubled," said X, manager of Y Co': the speaker's company or government
        speaker = self._speaker(text, sent, start, ms, attr) if attr else None
        opening = sent[:1]
        quoted = opening == '"' or opening == "“"  # (``in _OPENING_QUOTES``: compiled, two comparisons)
        if speaker is None and quoted and not any(q in sent[1:] for q in _QUOTE_MARKS):
            speaker = self._speaker_ahead(text, end)  # the quote closes in a later sentence
        if speaker is None and self.voice is not None and not attr and quoted:
            speaker = (self.voice, end)  # the quote goes on
        self.voice = speaker[0] if speaker is not None else None
        topic_before = self.topic
        # (typed as the field is: compiled, a tuple typed ``_SentenceAt`` is unboxed, and boxed anew
        # for each mention it is given to; this one is made once)
        here: _SentenceAt | None = (text, sent, start, end)
        out: list[Resolved] = []
        subject: Ent | None = None
        # the dependent mentions that may be the fallback subject, in order (``_fallback_subject``:
        # its tests, the costliest of the sentence, are run only when no subject is found)
        pending: list[Resolved] | None = None
        context_only = view._stand_in
        for m in ms:
            ent: Ent | None = None
            if m.form == "name" and m.name and m.type:
                ent = (m.name, m.type, m.parent)
            elif context_only and subject is not None:
                # read for the context alone, its subject found: what a pronoun or reference after it
                # resolves to is read by nothing (neither is a subject now, nor the last of its type,
                # nor the writer's institution; the mentions after it read only where it is)
                pass
            elif speaker is not None and m.start < speaker[1] and (
                m.type == speaker[0][1] if m.form == "reference" else m.form == "pronoun" and _we(text, m)
            ):
                ent = speaker[0]  # "we", "our" (and "the city's" of a city's official) in the quote
            elif m.form == "reference":
                # "Quebec's GDP grew ..., and the province's population ...": the subject named
                # before it in the sentence, of its type, before the topic of the sentences before
                ent = subject if subject is not None and subject[1] == m.type else self._reference(m)
            elif m.form == "pronoun":
                # "Leeds City Council said its budget ...", "the firm said it would ...": a pronoun
                # opening the reported clause is the speaker
                told = _reported_by(text, attr, m.start) if attr else None
                # the mentions before it near enough, the last of them not dependent (asked from
                # the last one back), else the last of them, else the topic (a loop from the last
                # back: no list or generator per pronoun)
                last_near: Resolved | None = None
                for r in reversed(out):
                    if (
                        r.ent is not None
                        and not r.mention.modifier
                        and r.ent[1] not in ("country", "organization")
                        and not (side and _inside(r.mention.start, side))
                        and not (attr and _inside(r.mention.start, attr) != told)
                    ):
                        if last_near is None:
                            last_near = r
                        if not r.dependent:
                            ent = r.ent
                            break
                else:
                    ent = last_near.ent if last_near is not None else self.topic
            resident = residents is not None and id(m) in residents
            r = Resolved(m, ent, here, resident, out[-1] if out else None, True, False, m.form == "name")
            out.append(r)
            if ent is None:
                continue  # (nothing below reads a mention with no entity)
            # (compiled, an ``Ent`` tested for None is unboxed at each read and boxed anew at each
            # store: its type read once, and ``r.ent``, never tested, stored where it may be)
            typ = ent[1]
            if m.form == "name" and not (
                typ in ("company", "organization") and attr and _inside(m.start, attr)  # (the type first)
            ):
                self.last[typ] = ent
                if typ in ("province", "city", "county", "district"):  # (``_PAGE_PLACES``, written out)
                    self.last_place = r.ent
                # (not "Texas" in "Nuevo Leon, the Mexican state bordering Texas,": an aside's name)
                aside = bool(side) and _inside(m.start, side)
                # (``_HEAD_TYPES``, written out)
                if typ in ("province",) and not m.modifier and not r.dependent and not aside:
                    self.last_head[typ] = ent
            if (
                subject is None
                and not m.weak
                and not m.modifier
                and typ not in ("country", "organization")
                and not (attr and _inside(m.start, attr))
                and not (side and _inside(m.start, side))
            ):
                if not r.dependent:
                    if not _trailing_subordinate(sent, 0, m.start - start):
                        subject = r.ent  # (not "..., as trucking company X filed for bankruptcy")
                elif pending is None:
                    pending = [r]
                else:
                    pending.append(r)
        if subject is None and pending is not None:
            subject = _fallback_subject(sent, start, pending)
        if subject is None and speaker is not None and speaker[0][1] == "company":
            # '"Demand is strong," said Li, chairman of X Co. Its sales ...': the speaker's company
            subject = self.last["company"] = speaker[0]
        for r in out:
            if (
                r.ent is not None
                and r.mention.form == "name"
                and r.ent[1] in ("organization", "company")
                and _affiliated(sent[: r.mention.start - start])
            ):
                # "I am a doctoral student at the X University": the writer's institution
                self.persona = r.ent
                subject = subject if subject and subject[1] in ("organization", "company") else r.ent
        view.mentions, view.asides, view.attrib, view.hard_starts = out, side, attr, hard
        view.subject, view.topic_before, view.persona = subject, topic_before, self.persona
        if speaker is not None:
            view.voice = speaker
        self.topic = subject or self.topic  # (the subject, if any: never tested for None, never unboxed)
