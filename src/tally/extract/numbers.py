"""Numbers as written in English news prose: digits, number words, scale words.

Everything here is built once from ``tally/data/numbers.yaml`` (module-level cache):
regex fragments for the quantity grammar (``NumberLexicon``) and the functions that turn a
matched number into a float (``parse_number``, ``scale_of``, ``times`` for a scaled one).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Final

from tally.data import load
from tally.gates import trie

# Digits: "3,368", "90.46", "1,234,567.8", "0.4", "2483805". Not glued to a digit, dot or comma
# on the left (so "1.2.3" and "12,34" fragments are not read twice).
# Indian grouping ("2,41,930", "1,28,829": lakhs and crores in pairs of digits) is read too.
DIGITS: Final = (
    r"(?:(?<![\d,])(?<!\d\.)(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?![\d])|\d+)"
    r"(?:\.\d+)?|(?<![\w.,])\.\d+)"
)


def alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """A regex alternation of ``words``, longest first (so "per cent" wins over "per")."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) if escape else w for w in items)


NON_ASCII: Final = "\x80"   # stands for any non-ASCII character in ``initials`` sets


def initials(words: Iterable[str], *extra: str) -> frozenset[str]:
    """The first characters of ``words`` (and the ``extra`` characters), lower-cased, with
    ``NON_ASCII``: what the first visible character after a number (``quantities._lead``) must
    be for a pattern of those words to match there (non-ASCII characters are never refused)."""
    return frozenset({*(c.lower() for c in (*(w[0] for w in words if w), *extra)), NON_ASCII})


def phrase(words: Iterable[str]) -> str:
    """Like ``alternation`` but spaces in a phrase match any run of whitespace."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in items)


@dataclass(slots=True, frozen=True)
class NumberLexicon:
    """The number tables of numbers.yaml, with the regex fragments built from them."""

    words: dict[str, float]            # one..nineteen, twenty..ninety
    scale_words: dict[str, float]      # thousand, million, bn ... (lower-case)
    scale_suffixes: dict[str, float]   # k, m, bn, B ... (case-sensitive, glued)
    vague: dict[str, float]
    vague_tens: str
    fractions: dict[str, float]
    ordinals: dict[str, int]
    multiples: dict[str, float]
    approximators: dict[str, str]
    post_approximators: dict[str, str]
    rank_superlatives: frozenset[str]
    ordinal_blockers: frozenset[str]
    rank_verbs: frozenset[str]
    months: frozenset[str]
    name_words: frozenset[str]
    year_words: frozenset[str]
    period_words: frozenset[str]
    time_after: frozenset[str]
    word_number: str                   # regex fragment: a number written in words
    multiple_adjectives: frozenset[str] = frozenset()
    multiple_next: frozenset[str] = frozenset()
    bare_rank_superlatives: frozenset[str] = frozenset()
    rank_possessors: frozenset[str] = frozenset()
    rank_copulas: tuple[str, ...] = ()
    compound_blockers: frozenset[str] = frozenset()
    ratio_words: frozenset[str] = frozenset()
    ranking_list_sizes: frozenset[float] = frozenset()
    approximate_numbers: dict[str, float] | None = None
    hyphen_approximators: dict[str, str] | None = None
    duration_adjectives: frozenset[str] = frozenset()


@cache
def lexicon() -> NumberLexicon:
    t = load("numbers")
    units = {k: float(v) for k, v in t["units"].items()}
    tens = {k: float(v) for k, v in t["tens"].items()}
    words = {**units, **tens, **{k: float(v) for k, v in t["hundred"].items()}}
    scale_words = {k.lower(): float(v) for k, v in t["scales"]["words"].items()}
    scale_words.update({k: float(v) for k, v in t["dozen"].items()})
    u9 = trie([w for w, v in units.items() if 1 <= v <= 9])    # tries: see ``trie``
    one_word = rf"(?:(?:{trie(tens)})(?:[- ](?:{u9}))?|(?:{trie(units)}))"
    word_number = (
        rf"(?:{one_word}(?:\s+hundred(?:\s+(?:and\s+)?{one_word})?)?"
        rf"|a\s+hundred(?:\s+(?:and\s+)?{one_word})?)"
    )
    return NumberLexicon(
        words=words,
        scale_words=scale_words,
        scale_suffixes={k: float(v) for k, v in t["scales"]["suffixes"].items()},
        vague={k: float(v) for k, v in t["vague"].items()},
        vague_tens=t["vague_tens"],
        fractions={k: float(v) for k, v in t["fractions"].items()},
        ordinals={k: int(v) for k, v in t["ordinals"].items()},
        multiples={k: float(v) for k, v in t["multiples"].items()},
        approximators=dict(t["approximators"]),
        post_approximators=dict(t["post_approximators"]),
        rank_superlatives=frozenset(t["rank_superlatives"]),
        ordinal_blockers=frozenset(t["ordinal_blockers"]),
        rank_verbs=frozenset(t["rank_verbs"]),
        months=frozenset(m.lower() for m in t["months"]),
        name_words=frozenset(w.lower() for w in t["name_words"]),
        year_words=frozenset(w.lower() for w in t["year_words"]),
        period_words=frozenset(w.lower() for w in t["period_words"]),
        time_after=frozenset(w.lower() for w in t["time_after"]),
        word_number=word_number,
        multiple_adjectives=_lower_set(t, "multiple_adjectives"),
        multiple_next=_lower_set(t, "multiple_next"),
        bare_rank_superlatives=_lower_set(t, "bare_rank_superlatives"),
        rank_possessors=_lower_set(t, "rank_possessors"),
        rank_copulas=tuple(w.lower() for w in t.get("rank_copulas", ())),
        compound_blockers=_lower_set(t, "compound_blockers"),
        ratio_words=_lower_set(t, "ratio_words"),
        ranking_list_sizes=frozenset(float(v) for v in t.get("ranking_list_sizes", ())),
        approximate_numbers={k.lower(): float(v) for k, v in t.get("approximate_numbers", {}).items()},
        hyphen_approximators={k.lower(): v for k, v in t.get("hyphen_approximators", {}).items()},
        duration_adjectives=_lower_set(t, "duration_adjectives"),
    )


def _lower_set(t: dict, key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in t.get(key, ()))


_SPLIT: Final = re.compile(r"[\s-]+")


def parse_words(s: str) -> float | None:
    """ "twenty-five" -> 25, "two hundred and ten" -> 210, "a hundred" -> 100; None if not a number."""
    lex = lexicon()
    total = 0.0
    seen = False
    for tok in _SPLIT.split(s.lower()):
        if not tok or tok == "and":
            continue
        if tok == "a":
            total += 1
            seen = True
            continue
        v = lex.words.get(tok)
        if v is None:
            return None
        if v == 100:
            total = (total or 1) * 100
        else:
            total += v
        seen = True
    return total if seen else None


def parse_digits(s: str) -> float:
    """ "3,368" -> 3368.0, "90.46" -> 90.46."""
    return float(s.replace(",", ""))


def parse_number(s: str) -> float | None:
    """A number written in digits or words (no scale word), or None."""
    s = s.strip()
    if not s:
        return None
    if s[0].isdigit() or s[0] == ".":
        try:
            return parse_digits(s)
        except ValueError:
            return None
    return parse_words(s)


def scale_of(word: str) -> float | None:
    """The multiplier of a scale word or glued suffix ("billion" -> 1e9, "bn" -> 1e9, "k" -> 1e3)."""
    lex = lexicon()
    w = word.strip()
    if w in lex.scale_suffixes:
        return lex.scale_suffixes[w]
    return lex.scale_words.get(w.lower())


def finite(v: float | None) -> float | None:
    """``v`` if it is a finite float, else None (guards against "1e999"-like overflow)."""
    if v is None or not math.isfinite(v):
        return None
    return v


EXACT: Final = 2.0**53                                               # whole floats below it are exact
# the powers of ten that floats hold exactly
_POW10: Final = {10.0**k: k for k in range(23)}


def times(value: float, scale: float) -> float:
    """``value * scale`` without binary noise: 9.62 lakh crore is 9.62e12, not 9619999999999.998."""
    if value.is_integer() and scale.is_integer():
        product = value * scale
        if -EXACT < product < EXACT:
            return product                                     # whole numbers: the float product is exact
    k = _POW10.get(scale)
    if k is not None and math.isfinite(value):
        r = repr(value)
        if "e" not in r:
            # the Decimal product below is exact (17 digits times a power of ten) and float()
            # rounds it correctly; so does float() of the same decimal written with an exponent
            return float(f"{r}e{k}")
    try:
        return float(Decimal(repr(value)) * Decimal(repr(scale)))
    except (InvalidOperation, ValueError):
        return value * scale
