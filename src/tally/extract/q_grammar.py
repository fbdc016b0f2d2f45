"""Compiled regexes of the quantity grammar, built once from the data tables.

``grammar()`` returns one ``Grammar`` holding:
- ``atom``: the big regex that finds where a quantity may start (digits, number words,
  ordinals, fractions, multiples, vague plurals, "top", "a year");
- small anchored regexes used at a known position (scale word, range tail, approximator
  before, approximator after, rank cue before, words around a number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Final

from tally.extract.numbers import DIGITS, alternation, initials, lexicon, phrase, trie
from tally.extract.q_units import LATIN1_SPACE, letter_runs, registry


@dataclass(slots=True, frozen=True)
class Grammar:
    atom: re.Pattern[str]
    word_atom_b: re.Pattern[bytes] | None   # its word-led part on a page's image (see ``grammar``)
    candidate: re.Pattern[str]       # cheap scan: where an atom may start
    cand_digit: re.Pattern[str]      # the digit starts of ``candidate`` that an atom can match
    cand_word: re.Pattern[str]       # its word starts, one character before (see ``candidates``)
    cand_word0: re.Pattern[str]      # a word start at offset 0 (nothing before it)
    cand_word_low: re.Pattern[str]   # ``cand_word`` for lower-cased text, case-sensitive
    cand_word0_low: re.Pattern[str]
    # the same scans over one byte per character (see ``candidates``)
    cand_word_b: re.Pattern[bytes]   # ``cand_word_low`` over ``_WORDS_B``'s letters and blanks
    cand_a_b: re.Pattern[bytes]      # its "a"/"an" starts (group 1) checked exactly, over Latin-1
    scale_word: re.Pattern[str]
    scale_glued: re.Pattern[str]
    range_tail: re.Pattern[str]
    prefix_at: re.Pattern[str]
    number_at: re.Pattern[str]
    approx_before: re.Pattern[str]
    approx_before_rev: re.Pattern[str]   # its approximators reversed, matched at a reversed end
    approx_after: re.Pattern[str]
    rank_before: re.Pattern[str]
    between_before: re.Pattern[str]
    aged_before: re.Pattern[str]
    old_after: re.Pattern[str]
    of_after: re.Pattern[str]
    word_more: re.Pattern[str]
    time_words: str
    of_a_scale: re.Pattern[str]      # " of a million" after a fraction word
    rank_owner: re.Pattern[str]      # "Spain's ", "the world's ", "has been the " before a superlative
    # what the first visible character (lower-cased) after a position must be for the pattern
    # to match there (``quantities._lead``): a cheap test before the regex call
    scale_word_lead: frozenset[str]
    range_tail_lead: frozenset[str]
    approx_after_lead: frozenset[str]
    scale_glued_first: frozenset[str]   # case-sensitive: the character right at the position
    duration_lead: frozenset[str]       # "consecutive", "straight": the duration adjectives
    # ``scale_word`` and ``approx_before_rev`` over a page's lower-cased Latin-1 image (see
    # ``quantities._Page``), case-sensitive; None if their words are not all ASCII
    scale_word_b: re.Pattern[bytes] | None = None
    approx_before_rev_b: re.Pattern[bytes] | None = None
    approx_after_b: re.Pattern[bytes] | None = None
    # the first letter runs of their words (``q_units.letter_runs``): what the image holds where
    # ``scale_word_b`` and ``approx_after_b`` match, after the blanks (``quantities._run_at``)
    scale_word_runs: frozenset[bytes] = frozenset()
    approx_after_runs: frozenset[bytes] = frozenset()
    # how many runs of non-blanks a match of ``rank_owner`` spans at most ("has been the", "the
    # world's", "Spain's"): each starts in the last this many of a window it ends
    rank_owner_words: int = 3
    # the same for ``rank_before`` (a rank verb and up to three words; it ends with blanks)
    rank_before_words: int = 4


# "a year", "an hour"
_A_UNITS: Final[tuple[str, ...]] = ("year", "month", "week", "day", "decade", "hour", "minute")


# What every match of the four digit-led atoms tried before ``num`` needs after the digits
# at its start: a letter ("3rd", "ſt", "K": ord), "/" or "⁄" (slash), or a decimal part at most
# and then "×"/"x" (sci) or "-"/"f" (fold). Most numbers ("5", "3.5", "1,234 ") have none, so
# one lookahead sends them straight to ``num`` instead of four alternatives reading the digits
# in turn (the same matches: where the lookahead fails, so do all four). Its digit runs are
# possessive: what follows fewer of the digits is a digit, which none of its tails starts with.
DIGIT_LED_GUARD: Final = r"(?=\d++(?:[^\W\d_]|[/⁄]|(?:\.\d++)?(?:\s*[×x]|-?f)))"


@cache
def grammar(guarded: bool = True) -> Grammar:
    """The grammar; ``guarded=False``: its ``atom`` without ``DIGIT_LED_GUARD`` (for tests)."""
    lex = lexicon()
    reg = registry()
    # word lists as tries: the same longest matches as longest-first alternations (the words
    # are lower-case ASCII, so IGNORECASE reads them alike), without trying each word in turn
    ords = trie(lex.ordinals)
    superl = trie(lex.rank_superlatives)
    fracs = trie(lex.fractions)
    mults = trie(lex.multiples)
    vague = trie(lex.vague)
    scales = trie(lex.scale_words)
    couples = trie(lex.approximate_numbers or {"couple": 2})
    time_words = alternation(
        [w for w, u in reg.word_units.items() if u in reg.time_units and " " not in w]
    )
    # Digit-led and word-led alternatives are guarded by one cheap lookahead each, so the
    # regex engine rejects most positions (inside words, spaces, punctuation) at once.
    word_atom = (
        r"(?<![A-Za-z0-9_])(?=[A-Za-z])(?:"
        rf"(?P<ordw>(?:{ords})\b(?:[ -](?:most[ -])?(?:{superl})\b)?)"
        rf"|(?P<frac>(?:(?:a|one|two|three|four)[ -])?(?:{fracs})\b"
        r"(?=\s+(?:of|the)\b|\s+an?\s+(?:percentage|percent|per\s+cent)\b))"  # "half a percentage point"
        rf"|(?P<foldw>(?:{lex.word_number})-?fold\b)"
        rf"|(?P<wnum>{lex.word_number}\b)"
        rf"|(?P<couple>(?:an?[ \t]+)?(?:{couples})[ \t]+of(?=[ \t]+[A-Za-z]))"
        rf"|(?P<a>an?(?=[ \t]+(?:{scales})\b))"
        rf"|(?P<mult>(?:{mults})\b)"
        rf"|(?P<vague>(?:{lex.vague_tens}\s+of\s+)?(?:{vague})\b(?=\s+of\b))"
        rf"|(?P<top>top\b)"
        rf"|(?<!-)(?P<sup>(?:{trie(lex.bare_rank_superlatives)})\b(?!-))"
        rf"|(?P<aunit>an?(?=[ \t]+(?:{'|'.join(_A_UNITS)})\b(?!-))))"
    )
    atom = re.compile(
        r"(?=[\d.])(?:"
        rf"{DIGIT_LED_GUARD if guarded else ''}(?:"
        rf"(?P<ord>\d+(?:st|nd|rd|th)\b(?:[ -](?:most[ -])?(?:{superl})\b)?)"
        rf"|(?P<sci>(?<![\d.])\d+(?:\.\d+)?\s*[×x]\s*10\s*(?:\^|\*\*)?\s*[−-]?\s*\d{{1,3}}(?!\d))"
        rf"|(?P<fold>(?<![\d.])\d+(?:\.\d+)?-?fold\b)"
        rf"|(?P<slash>(?<![\d/.,])\d{{1,2}}[/⁄]\d{{1,3}}(?![\d/])))"
        rf"|(?P<num>{DIGITS}))"
        rf"|{word_atom}",
        re.IGNORECASE,
    )
    # ``atom``'s word-led part for a page's lower-cased image (see ``quantities._Page``): its
    # words are ASCII and every ``\b`` in it follows a letter, so there ``(?![a-z0-9_])`` is
    # ``\b`` wherever the character read after it is ASCII (``quantities._word_atom``)
    word_words = [*lex.ordinals, *lex.rank_superlatives, *lex.fractions, *lex.multiples, *lex.vague,
                  *lex.words, *lex.scale_words, *(lex.approximate_numbers or {}), lex.vague_tens,
                  *lex.bare_rank_superlatives]
    word_atom_b = (
        _latin1(word_atom.replace(r"\s", LATIN1_SPACE).replace(r"\b", "(?![a-z0-9_])"), word_words)
        if all(w[-1:].isalpha() for w in word_words) else None
    )
    first_words = {
        *lex.ordinals, *lex.fractions, *lex.multiples, *lex.vague, lex.vague_tens,
        *[w for w in lex.words if w != "hundred"], "a", "an", "top", *lex.bare_rank_superlatives,
        *(lex.approximate_numbers or {}),
    }
    candidate = re.compile(
        rf"(?<![\d.])[\d.]|(?<![A-Za-z0-9_])(?i:{trie(first_words)})(?:-?fold)?(?![a-z])", re.I
    )
    # ``candidate`` split in two patterns that each start with a character class, so the regex
    # engine skips the positions that cannot start them in its fast C loop instead of running
    # the lookbehinds at every character. A "." is kept only before a digit (else no atom).
    # The word pattern consumes the character before the word: the lookbehind
    # (?<![A-Za-z0-9_]) under IGNORECASE also refuses the four characters that fold onto
    # ASCII letters (İ ı ſ K), listed so that the class itself stays case-sensitive.
    word_start = rf"(?i:{trie(first_words)})(?:(?i:-?fold))?(?![a-zA-Z\u0130\u0131\u017f\u212a])"
    cand_digit = re.compile(r"[\d.](?<![\d.].)(?:(?<=\d)|(?=\d))")
    cand_word = re.compile(r"[^A-Za-z0-9_\u0130\u0131\u017f\u212a]" + word_start)
    cand_word0 = re.compile(word_start)
    # IGNORECASE costs the engine more than the whole rest of the scan: on a lower-cased copy
    # of the text the same words are found case-sensitively (see ``candidates``). There a bare
    # "a"/"an" (a fifth of all candidates) is kept only before a word with which an atom
    # alternative starting with "a"/"an" goes on: a fraction (frac: "a quarter of"), "hundred"
    # (wnum, foldw: "a hundred"), "couple" (couple), a scale word (a: "a million") or a time
    # unit (aunit: "a year"). An atom alternative added for "a ..." must add its words here.
    a_next = trie({
        *lex.fractions, "hundred", *(lex.approximate_numbers or {"couple": 2}), *lex.scale_words, *_A_UNITS
    })
    word_start_low = (
        rf"(?:{trie(first_words - {'a', 'an'})}(?:-?fold)?(?![a-z])"
        rf"|an?(?:-?fold(?![a-z])|(?![a-z])(?=[\s-]+(?:{a_next}))))"
    )
    cand_word_low = re.compile(r"[^a-z0-9_]" + word_start_low)
    cand_word0_low = re.compile(word_start_low)
    # On ``_WORDS_B``'s bytes every character but [a-z0-9_] is a blank, so the scan starts with a
    # literal blank (a fast search) and reads a "-fold" as " fold" (the same starts: a blank is
    # no letter). The gap after "a"/"an" is any run of blanks there, more than ``[\s-]+``
    # allows: those starts are checked again with ``cand_a_b`` (``[\s-]`` spelt out for Latin-1).
    # The alternatives are tried one by one at every blank: one per first letter, the letters
    # most words start with first (``_INITIALS``); "a"/"an" after any other word starting with "a".
    # Each alternative opens with its letter (the "a"/"an" group after its "a"), which the engine
    # compares before entering it: an alternative opening with a group is entered at every blank.
    by_initial: dict[str, list[str]] = {}
    for w in sorted(first_words - {"a", "an"}):
        by_initial.setdefault(w[0], []).append(w)
    a_alt = rf"a(n?)(?: ?fold(?![a-z])|(?![a-z])(?= +(?:{a_next})))"
    alts = {c: rf"{trie(ws)}(?:fold)?(?![a-z])" for c, ws in by_initial.items()}
    alts["a"] = alts["a"] + "|" + a_alt if "a" in alts else a_alt
    word_start_b = "(?:" + "|".join(alts[c] for c in sorted(alts, key=_initial_rank)) + ")"
    cand_word_b = re.compile(b" " + word_start_b.encode("ascii"))
    cand_a_b = re.compile(
        rb"[^a-z0-9_]an?(?:-?fold(?![a-z])|(?![a-z])(?=[\t-\r\x1c-\x20\x85\xa0-]+(?:"
        + a_next.encode("ascii") + rb")))"
    )
    suffixes = alternation(lex.scale_suffixes)
    pre_alt = reg.prefix_alt
    approx = trie(lex.approximators, space=r"\s+")
    approx_rev = trie([a[::-1] for a in lex.approximators], space=r"\s+")   # each word read backwards
    post = trie(lex.post_approximators, space=r"\s+")
    return Grammar(
        atom=atom,
        word_atom_b=word_atom_b,
        candidate=candidate,
        cand_digit=cand_digit,
        cand_word=cand_word,
        cand_word0=cand_word0,
        cand_word_low=cand_word_low,
        cand_word0_low=cand_word0_low,
        cand_word_b=cand_word_b,
        cand_a_b=cand_a_b,
        scale_word=re.compile(rf"[ \t\u00a0]*(?:-[ \t]*)?(?:\n\s*)?(?P<sc>(?i:{scales}))\b"),
        scale_glued=re.compile(rf"(?P<sc>{suffixes})(?![A-Za-z0-9])"),
        range_tail=re.compile(
            r"(?P<sep>[ \t]*(?:-|–|—|~)[ \t]*|\s+(?:to|and|or)\s+|[ \t]*to-)"
            rf"(?P<pre>(?:{pre_alt})[ ]?)?(?P<n2>{DIGITS}|\b(?i:{lex.word_number})\b)",
        ),
        prefix_at=re.compile(rf"(?P<p>{pre_alt})[ ]?(?=\d)"),
        number_at=re.compile(rf"(?P<n2>{DIGITS})"),
        approx_before=_approx_before_re(approx),
        approx_before_rev=re.compile(
            rf"(?P<a>(?i:{approx_rev}))(?![A-Za-z])"
        ),
        approx_after=re.compile(rf"\s+(?P<a>(?i:{post}))\b"),
        rank_before=re.compile(
            rf"\b(?i:{trie(lex.rank_verbs)})(?:\s+[\w’'-]+){{0,3}}?\s+\Z"
        ),
        between_before=re.compile(r"\b(?i:between|from)\s+\Z"),
        aged_before=re.compile(r"\b(?i:aged?)(?:\s+(?i:between|from|over|under))?\s+\Z"),
        old_after=re.compile(r"[ \t]+(?:old)\b"),
        of_after=re.compile(r"\s+of\s+"),
        word_more=re.compile(rf"[ \t]+(?:and[ \t]+)?(?P<w>\b(?i:{lex.word_number})\b)"),
        time_words=time_words,
        of_a_scale=re.compile(rf"\s+of\s+an?\s+(?i:{scales})\b"),
        rank_owner=re.compile(
            r"(?:(?<![\w.])[A-Z][\w.&-]*['’]s|\b(?i:the)\s+(?i:"
            + alternation(lex.rank_possessors)
            + r")['’]s|\b(?i:" + phrase(lex.rank_copulas) + r")\s+(?i:the))[ \t]+(?:\n[ \t]*)?\Z"
        ),
        scale_word_lead=initials(lex.scale_words, "-"),
        range_tail_lead=initials(("to", "and", "or"), "-", "–", "—", "~"),
        approx_after_lead=initials(lex.post_approximators),
        scale_glued_first=frozenset(w[0] for w in lex.scale_suffixes),
        duration_lead=initials(lex.duration_adjectives),
        # the same on the image: IGNORECASE reads these ASCII words as lower-casing does there
        # (the image holds no character folding onto an ASCII letter); ``\b`` after a scale word
        # is ``(?![a-z0-9_])`` there, the same but before a non-ASCII character (or "?")
        scale_word_b=_latin1(
            rf"[ \t\xa0]*(?:-[ \t]*)?(?:\n{LATIN1_SPACE}*)?(?P<sc>{scales})(?![a-z0-9_])", lex.scale_words
        ),
        approx_after_b=_latin1(
            rf"{LATIN1_SPACE}+(?P<a>{trie(lex.post_approximators, space=LATIN1_SPACE + '+')})(?![a-z0-9_])",
            lex.post_approximators,
        ),
        approx_before_rev_b=_latin1(
            rf"(?P<a>{trie([a[::-1] for a in lex.approximators], space=LATIN1_SPACE + '+')})(?![A-Za-z])",
            lex.approximators,
        ),
        scale_word_runs=letter_runs(w.lower() for w in lex.scale_words),
        approx_after_runs=letter_runs(w.lower() for w in lex.post_approximators),
        rank_owner_words=max(
            1, 1 + max((len(w.split()) for w in lex.rank_possessors), default=0),
            1 + max((len(w.split()) for w in lex.rank_copulas), default=0),
        ),
        rank_before_words=3 + max((len(w.split()) for w in lex.rank_verbs), default=1),
    )


def _latin1(pattern: str, words: Iterable[str]) -> re.Pattern[bytes] | None:
    """``pattern`` compiled for bytes if all ``words`` are ASCII (else None)."""
    return re.compile(pattern.encode("latin-1")) if all(w.isascii() for w in words) else None


def _approx_before_re(approx: str) -> re.Pattern[str]:
    """An approximator (regex ``approx``) ending right before the end, blanks between."""
    return re.compile(rf"(?<![A-Za-z])(?P<a>(?i:{approx}))[ \t]*(?:\n\s*)?\Z")


# Letters in the order of how many English words start with them (only the speed of the word
# scan depends on it: its alternatives start with different letters, so at most one matches)
_INITIALS: Final = "taisocpfbmhrwedlygnuvjkqzx"


def _initial_rank(c: str) -> tuple[int, str]:
    return (_INITIALS.find(c) if c in _INITIALS else len(_INITIALS), c)


# One byte per character for the candidate scans (``_bytes_of``): Latin-1 lower-cased, every
# digit a "0" (so that one needle finds them all: ``_digit_starts``) and every character but
# [a-z0-9_] a blank (for the words: the word scan reads a digit as no letter nor blank, as before).
_WORDS_B: Final = bytes(
    0x30 if 0x30 <= i <= 0x39 else i + 32 if 0x41 <= i <= 0x5A
    else i if chr(i) in "abcdefghijklmnopqrstuvwxyz_" else 0x20
    for i in range(256)
)


def _digit_starts(words: bytes, b: bytes, lo: int, out: list[int]) -> None:
    """Appends to ``out`` each offset (plus ``lo``) in ``b`` where ``Grammar.cand_digit`` matches
    over the bytes: the first digit of a run with no "." before it, and a "." before a run with
    no digit nor "." before the ".". ``words`` is ``b.translate(_WORDS_B)``: its digits are "0",
    so one ``split`` cuts it at every digit, a run starting after each piece that is not empty
    (one C call for the page: the regexes this replaces cost ~2 K instructions a match, most of
    it the match object, and ``bytes.find`` with a start ~1.2 K a call, its arguments parsed)."""
    pieces = words.split(b"0")
    i = -1
    for k in range(len(pieces) - 1):                           # (the last piece follows no digit)
        gap = len(pieces[k])
        i += gap + 1                                           # the digit after the piece
        if gap or i == 0:                                      # the first of its run
            if i == 0 or b[i - 1] != 46:                       # (46: "."; none before: a start)
                out.append(i + lo)
            elif i == 1 or not (48 <= b[i - 2] <= 57 or b[i - 2] == 46):
                out.append(i - 1 + lo)                         # ".5": the "." starts it


def _bytes_of(part: str) -> bytes | None:
    r"""``part`` in Latin-1, one byte per character ("?" beyond it), when the candidate patterns
    find the same there as in ``part``: every character beyond Latin-1 is then no ``\s``, no
    ``\d`` and lower-cases to one non-ASCII character, as "?" stands for ("—", "’", "€"; not
    "K", "İ", a thin space, "١"), nor "ſ" or "ı" (which re folds onto "s", "i"). Latin-1 holds no
    digit but 0-9, and lower-cases none of its letters to ASCII; its blanks are spelt out."""
    # one pass that writes "?" for each character beyond Latin-1 (a text of one byte per character
    # is copied as it is); those characters are then read where the bytes hold a "?", each once
    # (the text's own "?" are Latin-1: seen from the start). No first try without "replace": on a
    # text beyond Latin-1 it failed after reading up to its first such character, and raised.
    b = part.encode("latin-1", "replace")
    if part.isascii():                                         # (a flag of the string: no read)
        return b
    seen: set[str] = {"?"}
    i = b.find(b"?")
    while i >= 0:
        c = part[i]
        if c not in seen:
            seen.add(c)
            low = c.lower()
            if c.isspace() or c.isdecimal() or len(low) != 1 or low.isascii() or c in "\u017f\u0131":
                return None
        i = b.find(b"?", i + 1)
    return b


def image(text: str, start: int, end: int) -> bytes | None:
    """``text[lo:end]`` as ``_bytes_of`` writes it (or None), ``lo`` one before ``start`` if
    there is one: what ``candidates_in`` reads."""
    return _bytes_of(text[start - 1 if start > 0 else 0 : end])


def candidates(g: Grammar, text: str, start: int, end: int) -> list[int]:
    """The offsets in ``[start, end)`` where ``g.candidate.finditer(text, start, end)`` finds a
    match that ``g.atom`` may match too (the two kinds of start never overlap), in order."""
    return candidates_in(g, text, start, end, image(text, start, end))


def candidates_in(g: Grammar, text: str, start: int, end: int, b: bytes | None,
                  b_low: bytes | None = None) -> list[int]:
    """``candidates``, ``b`` being ``image(text, start, end)`` (``b_low``: ``b.lower()`` if known)."""
    lo = start - 1 if start > 0 else 0                         # the word patterns read one before
    if b is None:
        return candidates_re(g, text, start, end)
    # regex charsets cost ~7 ns a character to search for, a literal ~1 ns: the bytes are
    # translated so that each scan starts with a literal (the digits: one byte, see ``_WORDS_B``)
    words = b.translate(_WORDS_B)
    out: list[int] = []
    _digit_starts(words, b, lo, out)
    if start > 0 and out and out[0] == lo:
        del out[0]                                             # the digit before ``start``
    # the words: a blank put first when nothing is before (``cand_word0_low``)
    if start == 0:
        words, base = b" " + words, -1
    else:
        base = lo
    low = None
    for m in g.cand_word_b.finditer(words):
        i = m.start()
        if m.lastindex:                                        # "a", "an": the gap checked again
            if low is None:
                if b_low is None:
                    b_low = b.lower()
                low = b" " + b_low if start == 0 else b_low
            if not g.cand_a_b.match(low, i):
                continue
        out.append(i + 1 + base)
    out.sort()
    return out


def candidates_re(g: Grammar, text: str, start: int, end: int) -> list[int]:
    """``candidates`` by regexes over ``text`` itself (any text)."""
    out = [m.start() for m in g.cand_digit.finditer(text, start, end)]
    lo = start - 1 if start > 0 else 0                         # the word patterns read one before
    part = text[lo:end]
    low = part.lower()
    # Lower-casing keeps offsets and turns each IGNORECASE match of the (ASCII) words into a
    # plain one, except for "İ" (two characters lower-cased) and "ſ", "ı" (which re folds onto
    # "s", "i" but which lower-case to themselves): texts with those take the slower patterns.
    if len(low) == len(part) and "ſ" not in low and "ı" not in low:
        out += [m.start() + 1 + lo for m in g.cand_word_low.finditer(low)]
        if start == 0 and g.cand_word0_low.match(low):
            out.append(0)
    else:
        out += [m.start() + 1 for m in g.cand_word.finditer(text, lo, end)]
        if start == 0 and g.cand_word0.match(text, 0, end):
            out.append(0)
    out.sort()
    return out
