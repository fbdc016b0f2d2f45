"""The view of a sentence (``SentenceView``, filled by ``Tracker``) and the entity of each figure in it.

Rules, in order, for a figure at position ``p`` of a sentence (``SentenceView.entity_for``):

1. the nearest mention before ``p`` that is visible from ``p`` (not inside an apposition,
   relative clause, dash or bracket aside that ``p`` is not in, not in an attribution such as
   "according to ..."), not a locative modifier ("Taiyuan-based", "in Changzhi") and not a
   trade partner (a country);
2. else the nearest such mention after ``p`` in the sentence;
3. else the article's topic: the subject of the latest sentence that had one;
4. else a country named in the sentence.

Before them: the country of a national figure ("against a national average of ...") or of a
sentence about the whole country ("Nationwide, ..."), a possessor ("the county's 1,147
households"), a first-person writer's institution, the company a quote's "we" speaks for. A
mention after the figure that is only a landmark or the scope of a rank (``_remote``) owns none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from tally.gates import fold, gate_of
from tally.resolve.coref_leads import _roles
from tally.resolve.coref_resolved import Ent, Resolved
from tally.resolve.coref_subjects import _trailing_subordinate
from tally.resolve.coref_visibility import _inside
from tally.resolve.coref_voice import _first_person, _says, _we_in
from tally.resolve.slicing import is_word

_RX_COUNTRY_SUBJECT_1: Final = re.compile(
    r"['’]s\s+(?:[\w-]+-)?(?:largest|biggest|top|leading|highest|lowest|first|second|third)\b"
    # any superlative: "Brazil's richest", "Spain's poorest", "Germany's most populous"
    r"|['’]s\s+(?:[\w-]+-)?(?:most\s+[a-z]+|(?!(?:interest|west|east|harvest|forest|request|contest|protest|"
    r"invest|digest|suggest|manifest|conquest|northwest|southwest|northeast|southeast|midwest)\b)[a-z]{2,}est)\b"
)
# a lower-case word right after a country opening its sentence: its verb (not "and", "or")
_RX_COUNTRY_VERB: Final = re.compile(r"[ \t]+(?!(?:and|or|nor)\b)[a-z]")
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


def _nation_opening(text: str) -> bool:
    """``_NATION_OPENING.match(text) is not None``, told at once when the text opens with a word
    character none of its words opens with (``\\W*`` then matches nothing): most sentences."""
    if not text:
        return False  # (a match holds a word)
    c = ord(text[0])  # (compiled, ``ord`` of an index and comparisons of ints: inline, no generic call)
    if ord("a") <= c <= ord("z") or ord("A") <= c <= ord("Z"):
        # an ASCII letter, a word character: its words open with "na" or "ac", case-blind, as ``re``
        # reads them (no other letter folds to these)
        if c == ord("n") or c == ord("N"):
            second = "aA"
        elif c == ord("a") or c == ord("A"):
            second = "cC"
        else:
            return False
        if len(text) < 2 or text[1] not in second:
            return False
    elif is_word(text[0]):
        return False
    return _NATION_OPENING.match(text) is not None


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


_ORDINAL: Final = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|\d+(?:st|nd|rd|th))"
    r"(?:-(?:largest|biggest|highest|busiest|best|most\s+\w+))?",
    re.IGNORECASE,
)


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
    # (not parts of the record) what ``_owners`` found, once per sentence
    _owners_found: list[tuple[Resolved, bool, int]] | None = field(default=None, repr=False, compare=False)
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
        _owners_found: list[tuple[Resolved, bool, int]] | None = None,
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
        self._owners_found = _owners_found
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
        first = tail[:1]
        if first != "'" and first != "’":  # (``_QUOTES``: compiled, two comparisons)
            return False  # (both patterns below open with ``['’]s``: most countries have no possessive)
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

    def entity_for(self, pos: int, end: int) -> tuple[Ent | None, str]:
        # (compiled, an ``Ent`` tested for truth is unboxed and boxed anew: tested for None, and
        # returned as read, untested)
        if self.nation is not None:
            at = pos - self.start
            # (the window's own gate, not one of the whole sentence first: a sentence has about one
            # figure, and its 40 characters are folded at a quarter of the cost of the sentence)
            if _national(self.text[max(0, at - 40) : at]):
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
