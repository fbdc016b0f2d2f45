"""The lead of a mention: the sentence before it without the determiners ending it, and its last
two words (``_Lead``, ``_lead``), read from the end of the text, not by patterns anchored at the end;
and the role word lists (``entity_words``'s ``roles``: ``_role_set``) the tests on a lead read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from tally.data import load


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
