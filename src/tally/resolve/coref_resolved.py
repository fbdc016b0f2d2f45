"""A mention resolved in its sentence (``Resolved``, its entity an ``Ent``) and its role there,
told from its lead (``tally.resolve.coref_leads``): ``dependent``, the object of a preposition or verb
("exports to Japan"; a list shares its preposition), not the subject of its clause; and ``partner``,
a destination, counterpart or complement ("trade with X", "from Kunming to Vientiane"), which never
owns a figure. Each is found once per mention, when first asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from tally.data import load
from tally.resolve.coref_leads import _Lead, _lead, _role_set, _roles
from tally.resolve.entities import Mention
from tally.resolve.slicing import is_word

_RX_PARTNER_2: Final = re.compile(r"\s+to\s")
_RX_DEPENDENT_2: Final = re.compile(r"(?:^|\b(?:and|but|while|whereas))$")
_RX_SENTENCE_2: Final = re.compile(r"['’]s\b")
_RX_SENTENCE_3: Final = re.compile(r",?\s*(?:and|or)?\s*")

Ent = tuple[str, str, str | None]  # (name, type, parent)


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
    return (
        frozenset(roles["auxiliaries"])
        | frozenset(roles["object_verbs"])
        | frozenset(roles["irregular_finite_verbs"])
    )


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


_POSSESSIVES: Final[tuple[str, ...]] = ("'s", "’s")  # the two-character strings ``_RX_SENTENCE_2`` matches
