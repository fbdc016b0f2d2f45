"""The unit and currency registry: one reading of units.yaml and currencies.yaml.

Builds (once) the compiled regexes that recognise a unit or currency after a number, a currency
symbol before a number, and a "per ..." tail, with dictionaries from each surface form to its
canonical name (facts.md: "CNY", "USD", "percent", "km", "t", ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from tally.data import load
from tally.extract.numbers import alternation, initials, phrase, trie
from tally.gates import fold


def _norm(s: str) -> str:
    # folded as re's IGNORECASE folds ('kmſ' is matched as 'kms', 'İ' as 'i'), so every surface
    # the unit patterns match is a key of the tables
    return " ".join(fold(s).split())


@dataclass(slots=True, frozen=True)
class UnitRegistry:
    word_units: dict[str, str]        # lower-case surface -> canonical (units and currency names)
    symbol_units: dict[str, str]      # case-sensitive surface -> canonical
    glued_units: dict[str, str]       # case-sensitive, only right after the digits
    prefixes: dict[str, str]          # currency symbol before the number -> ISO code
    currencies: frozenset[str]        # ISO codes
    minor: dict[str, str]             # "cents" -> "cent"
    minor_units: frozenset[str]       # the values of ``minor``
    time_units: frozenset[str]        # canonical time units (year, month, ...)
    age_forms: frozenset[str]
    per_adverbs: dict[str, str]
    per_capita: frozenset[str]        # "per person", "per head": per capita, unit unchanged
    after_re: re.Pattern[str]         # unit/currency after a number (with its separator)
    glued_re: re.Pattern[str]         # unit glued to the digits
    prefix_re: re.Pattern[str]        # currency prefix ending right before the number
    per_re: re.Pattern[str]           # "per hectare", "a year", "/lb", "annually"
    age_re: re.Pattern[str]           # "-year-old", " years old"
    prefix_alt: str                   # regex alternation of currency prefixes
    prefix_last: frozenset[str]       # the last characters of the prefixes ("$", "€", "B" of "RMB")
    prefix_ends: frozenset[str]       # how a prefix match can end: its last two characters ("MB"
                                      # of "RMB", "S$" and "\\$" of "US$"), or its one ("$", "€")
    # what the first visible character (lower-cased) after a position must be for ``after_re``,
    # ``age_re``, ``per_re`` to match there (``quantities._lead``), and the first character of
    # a glued unit (case-sensitive): cheap tests before the regex calls
    after_lead: frozenset[str]
    age_lead: frozenset[str]
    per_lead: frozenset[str]
    glued_first: frozenset[str]
    # prefixes that are also letters of names ("PS5", "the N2 highway"): a currency only with a
    # scale word or at least this many digits
    weak_prefixes: dict[str, int] = field(default_factory=dict)
    # names that are also common words ("won"): a currency only after a scale word or a number
    # with thousands separators
    weak_names: frozenset[str] = frozenset()
    # ``after_re`` over a page's lower-cased Latin-1 image (``quantities._page``), or None when
    # its words cannot be read there (see ``_after_bytes``)
    after_b: re.Pattern[bytes] | None = None
    # what every match of ``age_re`` holds, lower-cased ("-old"; b"" if none is known)
    age_needs: bytes = b""
    # the first run of ASCII letters of each word and symbol ``after_b`` reads (``letter_runs``):
    # where its match starts, the image holds one of them (``quantities._run_at``)
    after_runs: frozenset[bytes] = frozenset()
    # the words of ``after_b`` that are one run of ASCII letters, each with the runs that begin the
    # rest of its words going on from it after a blank (``whole_runs``): where the image's run after
    # the blanks is one of them, followed by no digit nor blanks and one of those, it is the match
    after_whole: dict[bytes, frozenset[bytes]] = field(default_factory=dict)

    def canonical(self, surface: str, *, group: str) -> str:
        if group == "w":
            return self.word_units[_norm(surface)]
        if group == "s":
            return self.symbol_units[surface]
        return self.glued_units[surface]

    def is_currency(self, unit: str) -> bool:
        if unit in self.currencies:                            # the usual case: no "/"
            return True
        return "/" in unit and unit.split("/", 1)[0] in self.currencies

    def is_time(self, unit: str) -> bool:
        return unit in self.time_units


@cache
def registry() -> UnitRegistry:
    ut = load("units")
    ct = load("currencies")
    word_units: dict[str, str] = {}
    symbol_units: dict[str, str] = {}
    glued_units: dict[str, str] = {}
    time_units: set[str] = set()
    for name, spec in ut["units"].items():
        for w in spec.get("words", []):
            word_units[_norm(w)] = name
        for s in spec.get("symbols", []):
            symbol_units[s] = name
        for s in spec.get("glued", []):
            glued_units[s] = name
        if spec.get("time"):
            time_units.add(name)
    prefixes: dict[str, str] = {}
    for code, spec in ct["currencies"].items():
        for w in spec.get("names", []):
            word_units[_norm(w)] = code
        for c in spec.get("codes", []):
            symbol_units[c] = code
        for p in spec.get("prefix", []):
            prefixes[p] = code
    minor: dict[str, str] = {}
    for name, forms in ct["minor"].items():
        for f in forms:
            minor[f] = name
            if len(f) > 1:
                word_units[_norm(f)] = name
            else:
                glued_units[f] = name
    for f in ct.get("minor_spaced", []):
        symbol_units[f] = minor[f]
    # Symbols are also accepted glued; glued-only forms never after a space.
    end = r"(?![A-Za-z0-9])"
    # tries, not longest-first alternations: the same matches, without trying ~400 words in turn
    word_alt = trie(word_units, space=r"\s+")
    sym_alt = trie(symbol_units, lower=False)
    after_re = re.compile(
        rf"(?:[ \t\u00a0]*-[ \t\u00a0]*|\s*)(?:(?P<w>(?i:{word_alt})){end}|(?P<s>{sym_alt})(?![A-Za-z]))"
    )
    glued_re = re.compile(rf"(?P<g>{alternation(glued_units)})(?![A-Za-z0-9])")
    # Currency prefix: "$", "\$", "US$", "US $", "HK$", "€", "RM"... right before the digits.
    pre_alt = "|".join(
        " ?".join(re.escape(part).replace(r"\$", r"\\?\$") for part in p.split(" "))
        for p in sorted(prefixes, key=lambda p: (-len(p), p))
    )
    # searched for the prefix ending right before a number: as a trie of every text the prefixes
    # match (``_prefix_forms``), not the longest-first alternation (~135 alternatives tried at each
    # place of the window, those opening with an optional backslash entered each time); the same
    # match: at one place only one of those texts can end where the match must (none ends with a blank)
    forms = trie({f for p in prefixes for f in _prefix_forms(p)}, lower=False)
    prefix_re = re.compile(rf"(?<![A-Za-z])(?P<p>{forms})[ \u00a0]?\Z")
    per_adv = {k: v for k, v in ut["per_adverbs"].items()}
    per_kw = ("per", "a", "an", "each", "every", "a-")
    per_re = re.compile(
        rf"(?:\s*(?P<adv>(?i:{phrase(per_adv)})){end}"
        rf"|(?:\s*|-)(?:(?P<kw>(?i:{'|'.join(per_kw)}))\s*|/)"
        rf"(?P<den>(?i:{word_alt}){end}"
        rf"|[A-Za-z][a-z]+(?:[- ](?:foot|feet|meter|metre|mile|kilometer|kilometre))?{end}))"
    )
    age_re = re.compile(rf"(?:[ \t]*-[ \t]*|[ \t]+)(?i:{phrase(ut['age_forms'])}){end}")
    return UnitRegistry(
        word_units=word_units,
        symbol_units=symbol_units,
        glued_units=glued_units,
        prefixes=prefixes,
        currencies=frozenset(ct["currencies"]),
        minor=minor,
        minor_units=frozenset(minor.values()),
        time_units=frozenset(time_units),
        age_forms=frozenset(_norm(a) for a in ut["age_forms"]),
        per_adverbs={_norm(k): v for k, v in per_adv.items()},
        per_capita=frozenset(_norm(w) for w in ut.get("per_capita_nouns", ())),
        after_re=after_re,
        glued_re=glued_re,
        prefix_re=prefix_re,
        per_re=per_re,
        age_re=age_re,
        prefix_alt=pre_alt,
        prefix_last=frozenset(p[-1] for p in prefixes),
        prefix_ends=frozenset(w[-2:] for p in prefixes for w in _prefix_forms(p)),
        after_lead=initials(word_units) | initials(symbol_units, "-"),
        age_lead=initials(ut["age_forms"], "-"),
        per_lead=initials(per_adv) | initials(per_kw, "-", "/"),
        glued_first=frozenset(g[0] for g in glued_units),
        weak_prefixes={str(k): int(v) for k, v in (ct.get("weak_prefixes") or {}).items()},
        weak_names=frozenset(_norm(w) for w in ct.get("weak_names", ())),
        after_b=_after_bytes(word_units, symbol_units),
        after_runs=letter_runs([*(_image(w).lower() for w in word_units),
                                *(_ascii_lower(_image(s)) for s in symbol_units)]),
        after_whole=whole_runs(_image(w).lower() for w in word_units),
        age_needs=b"-old" if all("-old" in f.lower() for f in ut["age_forms"]) else b"",
    )


# ``\s`` within Latin-1, spelt out for a bytes pattern
LATIN1_SPACE: Final = r"[\t-\r\x1c-\x20\x85\xa0]"


_LETTERS: Final = re.compile(r"[a-z]*")


def letter_runs(words: Iterable[str]) -> frozenset[bytes]:
    """The run of ASCII lower-case letters each of ``words`` (as a bytes pattern reads them on
    the image: lower-case, ASCII or "?") starts with, b"" for one starting otherwise.

    Where such a word matches on the image and is followed there by no ASCII lower-case letter
    (each pattern reading them ends with a lookahead refusing one), the image's run of letters at
    the match's start is the word's: a run not among them rules the pattern out there."""
    out: set[bytes] = set()
    for w in words:
        m = _LETTERS.match(w)
        assert m is not None  # (it matches the empty string)
        out.add(m.group().encode("ascii"))
    return frozenset(out)


def whole_runs(words: Iterable[str]) -> dict[bytes, frozenset[bytes]]:
    """The ``words`` that are one run of ASCII lower-case letters, each with the letter runs that
    begin the rest of the longer words going on from it after a blank ("percent": {b"points"} of
    "percent points"); none that another word goes on from with a character other than a blank
    ("per" of "per-cent" or "per cent/", "km" of "km/h").

    Where a trie of ``words`` (blanks in them read as runs of blanks, longest first) is matched at
    such a run of the image, followed there by no letter or digit and, after any blanks, by no
    run of those, it matches the run: a longer word would need a letter, or blanks and one of those
    runs, after it; a shorter one ends before a letter."""
    listed = list(words)
    nexts: dict[str, set[str]] = {}
    other: set[str] = set()
    for w in listed:
        m = _LETTERS.match(w)
        assert m is not None  # (it matches the empty string)
        run, rest = m.group(), w[m.end():]
        if not rest:
            continue
        if rest[0] == " ":
            after = _LETTERS.match(rest.lstrip(" "))
            assert after is not None
            nexts.setdefault(run, set()).add(after.group())
        else:
            other.add(run)
    return {
        w.encode("ascii"): frozenset(n.encode("ascii") for n in nexts.get(w, ()))
        for w in listed if w and _LETTERS.fullmatch(w) and w not in other
    }


def _image(s: str) -> str:
    """``s`` as ``q_grammar._bytes_of`` writes it: "?" for each character beyond Latin-1."""
    return "".join(c if ord(c) < 256 else "?" for c in s)


def _ascii_lower(s: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in s)


def _after_bytes(word_units: dict[str, str], symbol_units: dict[str, str]) -> re.Pattern[bytes] | None:
    r"""``after_re`` for a page's Latin-1 image lower-cased (``bytes.lower``: ASCII letters only),
    where ``q_grammar._bytes_of`` gave one: every character beyond Latin-1 a "?", none of them
    ``\s`` nor folding onto an ASCII letter. Its matches are tried in the same order as
    ``after_re``'s; where a word's match holds no "?" it is ``after_re``'s match (the same span
    in the text), IGNORECASE reading ASCII words as lower-casing does. A match with a "?" (a
    word with a character beyond Latin-1, "złoty") or of a symbol (matched lower-cased here,
    case-sensitive there) is only a candidate: ``after_re`` decides. No match: none there.
    None if a word holds a non-ASCII Latin-1 letter (IGNORECASE folds it, ``bytes.lower`` not)."""
    if any(0x80 <= ord(c) <= 0xFF for w in word_units for c in w):
        return None
    end = r"(?![A-Za-z0-9])"
    word_alt = trie((_image(w) for w in word_units), space=LATIN1_SPACE + "+")
    sym_alt = trie((_ascii_lower(_image(s)) for s in symbol_units), lower=False)
    return re.compile(
        (
            rf"(?:[ \t\xa0]*-[ \t\xa0]*|{LATIN1_SPACE}*)"
            rf"(?:(?P<w>{word_alt}){end}|(?P<s>{sym_alt})(?![A-Za-z]))"
        ).encode("latin-1")
    )


def _prefix_forms(prefix: str) -> set[str]:
    """Every text ``prefix_re`` matches for ``prefix``: the blank between its parts optional
    ("US $", "US$") and a backslash before each "$" ("\\$")."""
    forms = {""}
    for i, part in enumerate(prefix.split(" ")):
        variants = {part}
        for _ in range(part.count("$")):
            variants |= {v.replace("$", "\\$", 1) for v in variants if "$" in v.replace("\\$", "")}
        joins = ("",) if i == 0 else ("", " ")
        forms = {f + j + v for f in forms for j in joins for v in variants}
    return forms


def prefix_code(symbol: str) -> str:
    """ISO code of a currency prefix as matched ("\\$" and "US $" included)."""
    reg = registry()
    s = symbol.replace("\\$", "$").strip()
    if s in reg.prefixes:
        return reg.prefixes[s]
    return reg.prefixes.get(s.replace(" ", ""), "USD")
