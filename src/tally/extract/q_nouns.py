"""Counted nouns: the noun phrase after a bare number ("3,368 research projects" -> project).

No tagger: the phrase is read word by word up to a stop word or punctuation; its head is the
first plural-looking word (for counts above one) or the last word before a verb-looking word
(for "one"). Lemmas come from counted.yaml (irregular plurals, canonical counted nouns) and
a few suffix rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from tally.data import load

_WORD: Final = re.compile(r"\s*([A-Za-z][A-Za-z'’&]*(?:-(?:\s*\n\s*)?[A-Za-z][A-Za-z'’&]*)*)")
_MAX_WORDS: Final = 6
_BROKEN_HYPHEN: Final = re.compile(r"-\s*\n\s*")


@dataclass(slots=True, frozen=True)
class NounTables:
    irregular: dict[str, str]
    canonical: dict[str, str]
    singular_s: frozenset[str]
    stop: frozenset[str]
    opening: frozenset[str]
    pre_modifiers: frozenset[str]


@cache
def tables() -> NounTables:
    t = load("counted")
    return NounTables(
        irregular={k.lower(): v for k, v in t["irregular"].items()},
        canonical={k.lower(): v for k, v in t["canonical"].items()},
        singular_s=frozenset(w.lower() for w in t["singular_s"]),
        stop=frozenset(w.lower() for w in t["stop_words"]),
        opening=frozenset(w.lower() for w in t.get("opening_stop_words", ())),
        pre_modifiers=frozenset(w.lower() for w in t.get("pre_number_modifiers", ())),
    )


@lru_cache(maxsize=8192)                                       # a pure function of one word
def singular(word: str) -> str:
    """Morphological singular of an English noun ("countries" -> "country", "people" -> "people")."""
    t = tables()
    w = word.lower()
    if w in t.irregular:
        return t.irregular[w]
    if "-" in w:
        head, _, last = w.rpartition("-")
        return f"{head}-{singular(last)}"
    if len(w) < 3 or w in t.singular_s or not w.endswith("s"):
        return w
    if w.endswith(("ss", "us", "is", "'s", "’s")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes", "uses")) and not w.endswith("ouses"):
        return w[:-2]
    return w[:-1]


@lru_cache(maxsize=8192)                                       # a pure function of one word
def is_plural(word: str) -> bool:
    w = word.lower()
    return w in tables().irregular or singular(w) != w


def canonical_counted(noun: str) -> str:
    """The counted noun of facts.md for a singular noun ("resident" -> "person")."""
    return tables().canonical.get(noun, noun)


@dataclass(slots=True, init=False)
class NounPhrase:
    words: tuple[str, ...]     # the words of the phrase up to and including its head
    head: str                  # singular lower-case head
    end: int                   # offset just after the head

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build; a frozen
    # dataclass's sets each field through ``object.__setattr__``, slower again. Not frozen, so that
    # it may set its fields itself: nothing assigns to a phrase once made)
    def __init__(self, words: tuple[str, ...], head: str, end: int) -> None:
        self.words = words
        self.head = head
        self.end = end

    def __hash__(self) -> int:
        # the hash a frozen dataclass has: of its fields, in order
        return hash((self.words, self.head, self.end))

    @property
    def lemma_phrase(self) -> str:
        """The phrase with its head singular: "public housing properties" -> "public housing property"."""
        return " ".join((*self.words[:-1], self.head))


def noun_phrase(text: str, pos: int, *, plural: bool) -> NounPhrase | None:
    """The counted noun phrase starting right after ``pos`` (after whitespace), or None.

    Up to ``_MAX_WORDS`` words are read up to a stop word; a plural phrase ends at its first
    plural word (within four words), a singular one is read from the first three words.
    Words are read only as far as the answer needs them.
    """
    t = tables()
    first_word = _read_word(text, pos, t, opening_ok=plural)
    if first_word is None:
        return None
    words = [first_word]
    at = first_word[1]                                         # where the next word is read
    first = first_word[0].lower()
    if first == "and":
        return None
    if first in t.opening:                                     # not alone
        nxt = _read_word(text, at, t, opening_ok=False)
        if nxt is None:
            return None
        words.append(nxt)
        at = nxt[1]
    if plural:
        n = 0
        k = 0
        while True:
            if k >= len(words):
                nxt = _read_word(text, at, t, opening_ok=False) if len(words) < _MAX_WORDS else None
                if nxt is None:
                    break
                words.append(nxt)
                at = nxt[1]
            w, e = words[k]
            if w.lower() != "and":
                if is_plural(w):
                    kept = tuple([x for x, _ in words[: k + 1] if x.lower() != "and"])
                    return NounPhrase(kept, singular(w), e)
                n += 1
                if n >= 4:
                    break
            k += 1
        return None
    # singular ("one ..."): stop before a verb-looking word ("one proposal asks")
    while len(words) < 3:
        nxt = _read_word(text, at, t, opening_ok=False)
        if nxt is None:
            break
        words.append(nxt)
        at = nxt[1]
    head: list[tuple[str, int]] = []
    for k, (w, e) in enumerate(words[:3]):
        lw = w.lower()
        if lw == "and":
            break
        if k > 0 and (lw.endswith("s") or lw.endswith("ed") or lw.endswith("ly")):
            break
        head.append((w, e))
    if not head:
        return None
    w, e = head[-1]
    return NounPhrase(tuple(x for x, _ in head), singular(w), e)


def _read_word(text: str, i: int, t: NounTables, *, opening_ok: bool) -> tuple[str, int] | None:
    """The next word of a phrase after ``i`` (after whitespace) with its end, or None where the
    phrase ends (no word, no blank before it, a stop word; ``opening_ok``: not an opening word,
    as the first word of a plural phrase)."""
    if i >= len(text) or not text[i].isspace():
        return None                                            # (``_WORD``'s word would start at ``i``)
    m = _WORD.match(text, i)
    if not m:
        return None
    ws, we = m.span(1)                                         # (one call: the group's bounds)
    w = text[ws:we]
    if "\n" in w:                                              # "long-\nterm" (a broken line)
        w = _BROKEN_HYPHEN.sub("-", w)
    lw = w.lower()
    if lw in t.stop and lw != "and" and lw != "&" and not (opening_ok and lw in t.opening):
        return None
    return w, we
