"""What ``find_mentions`` finds in one segment before it makes mentions: the matches of every
pattern (``_found``, a ``_Found``), each pattern read once per segment. In order: the battery of
place patterns (``_battery``: "the city of X", "the park at X", "X's capital", "X county",
"X airport", the pronouns), each tried only where a match may start (its head or type words,
``_head_words``, ``_token_heads_before``; "capital", ``_capital_starts``); the reference phrases
(``tally.resolve.ent_references``); and the capitalised sequences (``_SEQ``, searched as
``_SEQ_NAMED_*`` only where a capital, a digit or a non-ASCII character stands: ``_seq_matches``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from tally.gates import Automaton, Gated, automaton, fold
from tally.resolve.ent_names import _words
from tally.resolve.ent_references import (
    _bucket_starts,
    _bucketed_plan,
    _Leads,
    _phrase_starts_after,
    _plain_fold,
    _plan_groups,
    _pronoun_folded_rx,
    _pronoun_matches,
    _pronoun_rx,
)
from tally.resolve.slicing import is_word

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
    "city",
    "county",
    "village",
    "township",
    "town",
    "district",
    "province",
    "port",
    "municipality",
    "state",
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
    words = (
        [w for t, ws in _words()["place_words"].items() for w in ws if t != "zone"]
        if i == 3
        else list(_typed_words())
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


def _first(pair: tuple[int, tuple[re.Match[str], ...]]) -> int:
    return pair[0]
