"""The fallback subject of a sentence that has none of its own (``_fallback_subject``): the first of
its dependent mentions whose lead rules it out neither as the goal of its predicate ("... will go to
X": ``_in_predicate``), nor as where something is ("is located in X": ``_located``), nor as in a
subordinate clause, a partner, the first person's or an event's venue; and a subordinate clause
after the main one up to its subject (``_trailing_subordinate``), whose subject is neither the
sentence's nor its figures'.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tally.data import load
from tally.gates import lower_twin
from tally.resolve.coref_leads import _ASCII_LETTERS, _role_set, _without_determiners
from tally.resolve.coref_resolved import Ent, Resolved
from tally.resolve.coref_voice import _first_person
from tally.resolve.slicing import is_word

# patterns of the re calls below, compiled once
_RX_IN_PREDICATE_1: Final = re.compile(r"[A-Za-z]+")
_RX_IN_PREDICATE_2: Final = re.compile(r"[;:]|,\s+(?:and|but|while)\s")
_PREDICATE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|located|based|situated|held|headquartered)\s+(?:(?:now|also|still|mostly|mainly)\s+)?"
    r"(?:in|at|on|near|inside|within|from)\s+(?:the\s+)?[^,;]*$",
    re.IGNORECASE,
)

# a subordinate or relative clause: a place named in it is not the fallback subject of the sentence
_SUBORDINATE: Final = re.compile(
    r"\b(?:that|which|who|whose|where|when|because|while|although|though|if|(?<!such )as)\s"
)


# the words of ``_SUBORDINATE``
_SUBORDINATE_WORDS: Final[tuple[str, ...]] = (
    "that",
    "which",
    "who",
    "whose",
    "where",
    "when",
    "because",
    "while",
    "although",
    "though",
    "if",
    "as",
)


# the words of ``_SUBORDINATE_WORDS`` by a piece each of them holds, with where the word opens before
# the piece: six scans of the lead, not twelve (every place a word opens is found by its piece)
_SUBORDINATE_STEMS: Final[tuple[tuple[str, tuple[tuple[str, int], ...]], ...]] = (
    ("that", (("that", 0),)),
    ("wh", (("which", 0), ("who", 0), ("whose", 0), ("where", 0), ("when", 0), ("while", 0))),
    ("because", (("because", 0),)),
    ("though", (("though", 0), ("although", 2))),
    ("if", (("if", 0),)),
    ("as", (("as", 0),)),
)


def _subordinate(lead: str) -> bool:
    """``_SUBORDINATE.search(lead) is not None``, read at each place one of its words is found
    (a pattern opening with ``\b`` is tried at every position): a match is the word, a blank
    after it and no word character before it (``is_word``), and "as" not after "such ". The
    words are found by their pieces (``_SUBORDINATE_STEMS``)."""
    n = len(lead)
    for stem, words in _SUBORDINATE_STEMS:
        k = lead.find(stem)
        while k >= 0:
            for w, back in words:
                i = k - back
                # (a word as long as its piece is the piece; another is compared as a slice: compiled,
                # ``startswith`` with a position is a generic method call)
                if len(w) != len(stem) and (i < 0 or lead[i : i + len(w)] != w):
                    continue
                e = i + len(w)
                if (
                    e < n
                    and lead[e].isspace()
                    and (i == 0 or not is_word(lead[i - 1]))
                    and (w != "as" or lead[i - 5 : i] != "such ")
                ):
                    return True
            k = lead.find(stem, k + 1)
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
    "is",
    "are",
    "was",
    "were",
    "be",
    "located",
    "based",
    "situated",
    "held",
    "headquartered",
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
