"""What a figure sees of its sentence: the asides and the attributions a mention may hide in.

A mention inside an aside (a dash or bracket aside; an apposition, relative clause, locating or
superlative aside opened by a comma) or an attribution ("according to ...", "data from ... show",
'..., said X', a reporting clause opening the sentence) owns no figure outside it
(``SentenceView.visible``). In order: the asides (``asides``: the dash and bracket patterns, then
the comma patterns, gated by one scan of the commas), the attributions (``attributions``: each
pattern run from where its first match may open, or not at all), the span holding a position
(``_inside``), the apposition after a name and the appositions placing a person (the person's place
stops being an aside: ``_residents``), and ``_spans``: a sentence's asides and attributions as the
tracker reads them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tally.data import load
from tally.resolve.entities import Mention

_RX_RESIDENTS_1: Final = re.compile(r"[A-Z][\w'’-]+(?:,\s*\d{1,3})?\s*$")
_RX_SENTENCE_1: Final = re.compile(r",\s+(?:the|[A-Z][\w-]*['’]s)\s+[^,;]{1,90}?,")
_RX_SENTENCE_4: Final = re.compile(r"\b(?:is|are|was|were|has|have|had|rose|fell|grew)\b")

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


# the comma patterns of ``_ASIDE`` ending in ``[^,;]*+(?=,)`` after words holding no comma nor
# semicolon, as bits: a match at a comma needs the first comma or semicolon after it to be a comma
_COMMA_ENDED: Final = 1 << 2 | 1 << 4 | 1 << 5


def _comma_next(sentence: str, at: int) -> bool:
    """Is the first comma or semicolon after the comma at ``at`` a comma? (Else no pattern of
    ``_COMMA_ENDED`` matches there: its run ``[^,;]*+`` stops at that mark, and ``(?=,)`` fails.)"""
    c = sentence.find(",", at + 1)
    return c >= 0 and sentence.find(";", at + 1, c) < 0


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
                        if _COMMA_ENDED >> i & 1 and not _comma_next(sentence, at[k]):
                            continue  # (no comma ends its run: "..., the province's output rose")
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


_SAID_OPENINGS: Final = ',"”’'  # what a match of the said-pattern opens with: ``[,\"”’]``


# what may stand between the said-pattern's first character and its verb
_RX_SAID_RUN: Final = re.compile(r"[\s\w']*")


def _inside(pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    best = None
    for s, e in spans:
        if s <= pos < e and (best is None or e - s < best[1] - best[0]):
            best = (s, e)
    return best


_PERSON_PLACES: Final[tuple[str, ...]] = ("village", "township", "county", "district", "city", "zone")


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
