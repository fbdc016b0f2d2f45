"""Entity mentions, their types, and the references that point back to them.

A *mention* is a span naming a place, zone, company, organization or programme, or referring
to one ("the province", "the company", "its"). ``Lexicon`` holds the names known in one
document (gathered in a first pass, so a bare "Wusu" or "Honghai" is recognised anywhere),
``find_mentions`` finds the mentions of a text range, and ``Tracker`` follows an article
sentence by sentence to resolve references and pick the entity of each figure.

A page is read three times, and each pass reuses what the one before found where that is
provably the same: ``learn_mentions`` (each article, learning names), ``article_mentions`` (each
article with the whole page's names, for the page's topics; the learning pass's mentions when
every name it looked up still gets the same answer, patched where only name pieces' answers
changed, ``_Learnt.patched``) and ``sentence_mentions`` (each sentence,
cut from its article's mentions when every pattern's matches in the sentence alone are its
article's matches there, ``tally.resolve.slicing``, and the text read around is the same).

Its parts live beside it, one concern each, and what other modules and the tests read from them
is importable from here too: ``ent_names`` (``Mention``, ``classify_name``, the tests of a
capitalised sequence), ``ent_lexicon`` (``Lexicon``), ``ent_sequences`` (every pattern's matches
in a segment: ``_found``), ``ent_references`` (reference phrases and pronouns), ``ent_scan``
(from those matches to mentions: ``_scan``), ``ent_appositions`` (the rules naming an unknown
name from the text around it) and ``ent_roles`` (``mark_roles``). This module holds the passes
over a page and their reuse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Final

from tally.gates import gate_of
from tally.resolve.ent_appositions import _COP_INDEX as _COP_INDEX
from tally.resolve.ent_appositions import _COP_OPENINGS as _COP_OPENINGS
from tally.resolve.ent_appositions import _after_blanks as _after_blanks
from tally.resolve.ent_appositions import _apposition_rx as _apposition_rx
from tally.resolve.ent_appositions import _appositive_company, _headed_company, _villagers_place
from tally.resolve.ent_appositions import _business_index as _business_index
from tally.resolve.ent_appositions import _business_openings as _business_openings
from tally.resolve.ent_appositions import _business_verb_rx as _business_verb_rx
from tally.resolve.ent_appositions import _ends_with_head as _ends_with_head
from tally.resolve.ent_appositions import _ends_with_head_at as _ends_with_head_at
from tally.resolve.ent_appositions import _heads_before as _heads_before
from tally.resolve.ent_appositions import _heads_by_end as _heads_by_end
from tally.resolve.ent_appositions import _Openings as _Openings
from tally.resolve.ent_appositions import _opens_after_blanks as _opens_after_blanks
from tally.resolve.ent_lexicon import Lexicon as Lexicon
from tally.resolve.ent_names import _LEFT_CONTEXT, _OPENER_CONTEXT, _RIGHT_CONTEXT
from tally.resolve.ent_names import PLACE_LEVEL as PLACE_LEVEL
from tally.resolve.ent_names import Mention as Mention
from tally.resolve.ent_names import _gazetteer as _gazetteer
from tally.resolve.ent_names import _stands_alone as _stands_alone
from tally.resolve.ent_names import _words as _words
from tally.resolve.ent_names import classify_name as classify_name
from tally.resolve.ent_names import place_name as place_name
from tally.resolve.ent_references import _FOLDED_TO_ASCII as _FOLDED_TO_ASCII
from tally.resolve.ent_references import _LEAD_RUN as _LEAD_RUN
from tally.resolve.ent_references import _LEAD_RUN_BOTH as _LEAD_RUN_BOTH
from tally.resolve.ent_references import _LEAD_RX as _LEAD_RX
from tally.resolve.ent_references import _RX_BLANKS_RUN as _RX_BLANKS_RUN
from tally.resolve.ent_references import _after_lead as _after_lead
from tally.resolve.ent_references import _bucket_starts as _bucket_starts
from tally.resolve.ent_references import _bucketed_plan as _bucketed_plan
from tally.resolve.ent_references import _lead_positions as _lead_positions
from tally.resolve.ent_references import _Leads as _Leads
from tally.resolve.ent_references import _phrase_starts as _phrase_starts
from tally.resolve.ent_references import _phrase_starts_after as _phrase_starts_after
from tally.resolve.ent_references import _plain_fold as _plain_fold
from tally.resolve.ent_references import _pronoun_folded_rx as _pronoun_folded_rx
from tally.resolve.ent_references import _pronoun_matches as _pronoun_matches
from tally.resolve.ent_references import _pronoun_rx as _pronoun_rx
from tally.resolve.ent_references import _pronoun_the_fourths as _pronoun_the_fourths
from tally.resolve.ent_references import _pronoun_the_words as _pronoun_the_words
from tally.resolve.ent_references import _references as _references
from tally.resolve.ent_roles import _LIST_GAP as _LIST_GAP
from tally.resolve.ent_roles import _RX_LIST_MEMBERS_1 as _RX_LIST_MEMBERS_1
from tally.resolve.ent_roles import _RX_MARK_ROLES_4 as _RX_MARK_ROLES_4
from tally.resolve.ent_roles import _EndWords as _EndWords
from tally.resolve.ent_roles import _final_words as _final_words
from tally.resolve.ent_roles import _from_rarest_letter as _from_rarest_letter
from tally.resolve.ent_roles import _holds as _holds
from tally.resolve.ent_roles import _holds_word as _holds_word
from tally.resolve.ent_roles import _list_members as _list_members
from tally.resolve.ent_roles import _lists_before as _lists_before
from tally.resolve.ent_roles import _mark_roles
from tally.resolve.ent_roles import _may_end_with as _may_end_with
from tally.resolve.ent_roles import _may_place as _may_place
from tally.resolve.ent_roles import _reference_point_ends as _reference_point_ends
from tally.resolve.ent_roles import _reference_point_gate as _reference_point_gate
from tally.resolve.ent_roles import _reference_point_gate_rx as _reference_point_gate_rx
from tally.resolve.ent_roles import _reference_point_rx as _reference_point_rx
from tally.resolve.ent_roles import _reference_point_words as _reference_point_words
from tally.resolve.ent_roles import _role_tables as _role_tables
from tally.resolve.ent_scan import _digit_led_idle as _digit_led_idle
from tally.resolve.ent_scan import _left_from, _right_from, _scan, _scan_references
from tally.resolve.ent_scan import _seq_plan as _seq_plan
from tally.resolve.ent_scan import _Taken as _Taken
from tally.resolve.ent_sequences import _CAPITAL as _CAPITAL
from tally.resolve.ent_sequences import _CAPITAL_REST as _CAPITAL_REST
from tally.resolve.ent_sequences import _CAPITAL_REST_P as _CAPITAL_REST_P
from tally.resolve.ent_sequences import _CONNECT as _CONNECT
from tally.resolve.ent_sequences import _CONNECT_FIRSTS as _CONNECT_FIRSTS
from tally.resolve.ent_sequences import _CONNECT_TRIE as _CONNECT_TRIE
from tally.resolve.ent_sequences import _DIGIT_REST as _DIGIT_REST
from tally.resolve.ent_sequences import _DIGIT_REST_P as _DIGIT_REST_P
from tally.resolve.ent_sequences import _HEADS_MIN as _HEADS_MIN
from tally.resolve.ent_sequences import _OF_TAIL as _OF_TAIL
from tally.resolve.ent_sequences import _PRONOUNS as _PRONOUNS
from tally.resolve.ent_sequences import _RX_CAPITAL as _RX_CAPITAL
from tally.resolve.ent_sequences import _RX_TOKEN_HEAD as _RX_TOKEN_HEAD
from tally.resolve.ent_sequences import _SEQ as _SEQ
from tally.resolve.ent_sequences import _SEQ_ASCII as _SEQ_ASCII
from tally.resolve.ent_sequences import _SEQ_NAMED_ASCII as _SEQ_NAMED_ASCII
from tally.resolve.ent_sequences import _SEQ_NAMED_WIDE as _SEQ_NAMED_WIDE
from tally.resolve.ent_sequences import _SEQ_OPENING as _SEQ_OPENING
from tally.resolve.ent_sequences import _SEQ_TAIL as _SEQ_TAIL
from tally.resolve.ent_sequences import _SEQ_WIDE as _SEQ_WIDE
from tally.resolve.ent_sequences import _SP as _SP
from tally.resolve.ent_sequences import _SP_WHOLE as _SP_WHOLE
from tally.resolve.ent_sequences import _TAILS_OPEN as _TAILS_OPEN
from tally.resolve.ent_sequences import _THE_LED as _THE_LED
from tally.resolve.ent_sequences import _TOKEN as _TOKEN
from tally.resolve.ent_sequences import _TYPE_LED as _TYPE_LED
from tally.resolve.ent_sequences import _ZONE_TAIL as _ZONE_TAIL
from tally.resolve.ent_sequences import _back_rx as _back_rx
from tally.resolve.ent_sequences import _battery as _battery
from tally.resolve.ent_sequences import _capital_starts as _capital_starts
from tally.resolve.ent_sequences import _Found as _Found
from tally.resolve.ent_sequences import _found as _found
from tally.resolve.ent_sequences import _head_words as _head_words
from tally.resolve.ent_sequences import _matches_at as _matches_at
from tally.resolve.ent_sequences import _place_rx as _place_rx
from tally.resolve.ent_sequences import _seq_marks as _seq_marks
from tally.resolve.ent_sequences import _seq_matches as _seq_matches
from tally.resolve.ent_sequences import _seq_rx as _seq_rx
from tally.resolve.ent_sequences import _token_heads_before as _token_heads_before
from tally.resolve.ent_sequences import _type_word_starts as _type_word_starts
from tally.resolve.ent_sequences import _type_words as _type_words
from tally.resolve.ent_sequences import _type_words_rx as _type_words_rx
from tally.resolve.ent_sequences import _typed_rx as _typed_rx
from tally.resolve.slicing import PeekTable, is_word, peeks, sliceable


def find_mentions(
    text: str, start: int, end: int, lex: Lexicon, *, learn: bool = False, roles: bool = True
) -> list[Mention]:
    """Mentions in ``text[start:end]``; with ``learn`` the names found are added to ``lex``. Without
    ``roles`` their ``modifier`` and ``weak`` marks are left unset (for callers reading only names)."""
    # every pattern reads the segment alone, so its matches are found once per segment (the
    # two article passes, learning and page_defaults, read the same segments)
    out = _scan(text, start, end, lex, _found(text[start:end]), learn=learn)
    if roles:
        _mark_roles(text, out)
    return out


def learn_mentions(text: str, start: int, end: int, lex: Lexicon) -> None:
    """``find_mentions(text, start, end, lex, learn=True, roles=False)`` of a whole article for
    the names it adds to ``lex``; what it found is kept for ``article_mentions``."""
    found = _found(text[start:end])
    trace = _Learnt(text=text, found=found)
    trace.mentions = _scan(text, start, end, lex, found, learn=True, trace=trace)
    lex.learnt[(start, end)] = trace


def article_mentions(text: str, start: int, end: int, lex: Lexicon) -> list[Mention]:
    """``find_mentions(text, start, end, lex, roles=False)`` of a whole article, also kept in
    ``lex`` for ``sentence_mentions`` to cut the mentions of the article's sentences from.
    The learning pass's mentions of the article are these when no learning-only rule fired
    and every name it looked up gets the same answer from the lexicon grown since."""
    learnt = lex.learnt.pop((start, end), None)
    # the segment's matches as the learning pass found them (not found again)
    found = learnt.found if learnt is not None and learnt.text is text else _found(text[start:end])
    if learnt is not None and learnt.same(text, lex):
        out = learnt.mentions
    else:
        # (only a few names it looked up changed, if any: the mentions they name are worked out again)
        patched = learnt.patched(text, start, lex) if learnt is not None else None
        out = patched if patched is not None else _scan(text, start, end, lex, found, learn=False)
    lex.scanned.append(_Scanned.of(text, start, end, lex, out, found))
    return out


@dataclass(slots=True)
class _Learnt:
    """The learning pass over one article: its mentions, every lexicon look-up it made and the
    answer, and whether a rule only that pass runs (a business subject) named something."""

    text: str
    found: _Found  # the article's matches of every pattern
    mentions: list[Mention] = field(default_factory=list)
    lookups: list[tuple[str, tuple[str, str, str | None] | None]] = field(default_factory=list)
    # the look-ups (by index in ``lookups``) of name pieces, with where the piece is: (start, end, piece)
    pieces: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    learning_only: bool = False

    def same(self, text: str, lex: Lexicon) -> bool:
        """Would a pass over the same ``text`` with ``lex`` as it is now, not learning, find the same?"""
        return (
            text is self.text
            and not self.learning_only
            and all(lex.lookup(key) == answer for key, answer in self.lookups)
        )

    def patched(self, text: str, start: int, lex: Lexicon) -> list[Mention] | None:
        """The mentions a pass over the article ``text[start:...]`` with ``lex`` as it is now, not
        learning, finds, when no learning-only rule fired and every look-up whose answer changed
        was a name piece's (else None): its name mentions are this pass's but at those pieces,
        worked out again, and its references and pronouns are found again after them.

        A name piece is looked up only where it is free of the mentions before it; those are
        the spans of the patterns before the capitalised names (the same: no look-up of theirs
        changed, and nothing else they read did) and of the pieces before it, none of which
        overlaps it (the capitalised sequences do not overlap, nor do the pieces of one). So each
        piece is free again, and the answers of the rules after its look-up are the same (each
        reads the text alone); a changed piece changes its own mention only. References and
        pronouns come last, each where it is free of all mentions added before."""
        if text is not self.text or self.learning_only:
            return None
        changed = [i for i, (key, answer) in enumerate(self.lookups) if lex.lookup(key) != answer]
        if any(i not in self.pieces for i in changed):
            return None  # (a capital's look-up)
        names = {m.start: m for m in self.mentions if m.form == "name"}
        spans: list[tuple[int, int]] = []  # (of the changed pieces)
        for i in changed:
            ps, pe, piece = self.pieces[i]
            spans.append((ps, pe))
            named = _piece_name(text, piece, ps, pe, start, lex)
            if named is None:
                names.pop(ps, None)
            else:
                c, rule = named
                names[ps] = Mention(
                    start=ps, end=pe, name=c[0], type=c[1], form="name", parent=c[2], rules=[rule]
                )
        out = sorted(names.values(), key=_start)
        if not _overlaps_any(spans, self.found, start):
            # no changed piece overlaps a reference's or a pronoun's match: each is free of the
            # names just as it was (the names it overlaps are the same), so the same are added
            for m in self.mentions:
                if m.form != "name":
                    out.append(m)
            out.sort(key=_start)
            return out
        taken = _Taken([m.start for m in out], [m.end for m in out], out, text, None)
        _scan_references(text, start, self.found, taken)
        out.sort(key=_start)
        return out


def _overlaps_any(spans: list[tuple[int, int]], found: _Found, start: int) -> bool:
    """Does a span of ``spans`` overlap a match (offsets from ``start``) of a reference phrase or of
    the pronouns in ``found`` (what ``_scan_references`` adds mentions from)?"""
    for s, e in spans:
        a, b = s - start, e - start
        for _i, hits in found.refs:
            for m in hits:
                if m.start() < b and a < m.end():
                    return True
        for m in found.battery[_PRONOUNS]:
            if m.start() < b and a < m.end():
                return True
    return False


def _start(m: Mention) -> int:
    return m.start


def _piece_name(
    text: str, piece: str, ps: int, pe: int, seg_start: int, lex: Lexicon
) -> tuple[tuple[str, str, str | None], str] | None:
    """What ``_scan`` (not learning) names an unclassified name piece from its look-up on, and
    the rule: a known name, else an apposition, a head word or villagers before it."""
    k = lex.lookup(piece)
    if k:
        return (k[0], k[1], k[2]), "entity:known-name"
    c = _appositive_company(text, piece, ps, pe, seg_start)
    if c is not None:
        return c, "entity:appositive-company"
    c = _headed_company(text, piece, ps, _heads_by_end())
    if c is not None:
        return c, "entity:head-before-name"
    c = _villagers_place(text, piece, ps)
    if c is not None:
        return c, "entity:villagers-in"
    return None


def sentence_mentions(text: str, start: int, end: int, lex: Lexicon, *, roles: bool = True) -> list[Mention]:
    """``find_mentions(text, start, end, lex, roles=roles)``, cut from the mentions of the article
    around it (``article_mentions``) where that is provably the same, else found afresh. (Without
    ``roles``, ``mark_roles`` marks them later, if the caller needs the marks.)"""
    sc = _scanned_around(text, start, end, lex)
    if sc is None:
        if _blanks_find_nothing() and text[start:end].isspace():
            return []  # (a sentence all blanked out, a caption's place: no match, no mention)
        return find_mentions(text, start, end, lex, roles=roles)
    starts = sc.starts
    n = len(starts)
    i = sc.at  # (``bisect_left(starts, start)`` when it passes the test: they are sorted)
    if not (0 <= i <= n and (i == n or starts[i] >= start) and (i == 0 or starts[i - 1] < start)):
        i = _left_from(starts, start, i)
    j = i  # (``bisect_left(starts, end, i)``: a sentence holds a few mentions)
    while j < n and starts[j] < end:
        j += 1
    sc.at = j
    if i == j:
        return []  # (no mention to mark)
    out = sc.hand_out(i, j)
    if roles:
        _mark_roles(text, out)
    return out


def mark_roles(text: str, ms: list[Mention]) -> None:
    """Mark the roles of the mentions of one sentence found without them (``roles=False``)."""
    _mark_roles(text, ms)


@dataclass(slots=True, init=False)  # (not frozen: ``alike`` and ``unlike`` are set after ``__init__``)
class _Scanned:
    """The mentions of one article (before role marks), and what tells whether a sentence of it
    would find the same ones on its own."""

    text: str
    start: int
    end: int
    size: tuple[int, int]  # the lexicon's size then (it only grows: the same size is the same lexicon)
    # the page pass's own mentions (no role marked: read only by ``page_defaults`` before), each
    # handed out once as it is, for its sentence to mark (``hand_out``); ``given`` tells which were
    mentions: list[Mention]
    given: list[bool]  # (a list, not a bytearray: indexed directly compiled, a bytearray generically)
    starts: list[int]  # of the mentions, sorted
    # the offsets (from ``start``) strictly inside a match of some pattern, where a word character
    # is not on both sides of them (only there is it asked: ``_scanned_around``), as disjoint
    # ranges sorted [los[i], his[i]) (a few dozen per article, not a byte per character set
    # match by match)
    los: list[int]
    his: list[int]
    found: _Found  # every pattern's matches in the article (offsets from ``start``)
    sliceable: bool = True  # ``_all_sliceable()`` (asked once per article, not per sentence)
    # a text other than ``text`` found the same as it (``alike``), or not (``unlike``), from
    # ``_CONTEXT_BEFORE`` before the article to ``_RIGHT_CONTEXT`` after it (``_scanned_around``:
    # the only fields set after ``__init__``, each to the text it asked about last)
    alike: str | None = None
    unlike: str | None = None
    # where the last search in ``starts`` (``sentence_mentions``) and in ``los`` (``inside``) ended:
    # sentences are read in order, so the next one mostly starts there (tried first, as ``_Taken.at``)
    at: int = 0
    at_inside: int = 0

    # (written out, not generated: see ``Mention``)
    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        size: tuple[int, int],
        mentions: list[Mention],
        given: list[bool],
        starts: list[int],
        los: list[int],
        his: list[int],
        found: _Found,
        sliceable: bool = True,
        alike: str | None = None,
        unlike: str | None = None,
        at: int = 0,
        at_inside: int = 0,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.size = size
        self.mentions = mentions
        self.given = given
        self.starts = starts
        self.los = los
        self.his = his
        self.found = found
        self.sliceable = sliceable
        self.alike = alike
        self.unlike = unlike
        self.at = at
        self.at_inside = at_inside

    @classmethod
    def of(cls, text: str, start: int, end: int, lex: Lexicon, ms: list[Mention], found: _Found) -> _Scanned:
        # (the offsets strictly inside each match, [lo, hi), each as one number lo * base + hi:
        # ints sort in the order of the pairs, and cheaper than tuples)
        base = end - start + 1  # (more than any offset)
        keys: list[int] = []
        for matches in found.battery:
            for m in matches:
                a, b = m.span()
                if b - a > 1:
                    keys.append((a + 1) * base + b)
        for _i, hits in found.refs:
            for m in hits:
                a, b = m.span()
                if b - a > 1:
                    keys.append((a + 1) * base + b)
        for m in found.seq:
            # (a capitalised sequence of word characters alone, one word, four of five: every
            # offset inside it has a word character on both sides)
            if not m[0].isalnum():  # (``isalnum`` holds only for word characters)
                a, b = m.span()
                if b - a > 1:
                    keys.append((a + 1) * base + b)
        keys.sort()
        los: list[int] = []
        his: list[int] = []
        last = -1  # (``his[-1]``)
        for key in keys:  # (merged where they overlap or touch)
            lo = key // base
            hi = key - lo * base
            if last >= 0 and lo <= last:
                if hi > last:
                    his[-1] = last = hi
            else:
                los.append(lo)
                his.append(hi)
                last = hi
        size = (len(lex.names), len(lex.aliases))
        starts = [m.start for m in ms]
        return _Scanned(
            text, start, end, size, ms, [False] * len(ms), starts, los, his, found, _all_sliceable()
        )

    def inside(self, x: int) -> bool:
        """Is offset ``x`` (from ``start``) strictly inside a match of some pattern (where asked)?"""
        los = self.los
        i = self.at_inside  # (``bisect_right(los, x)`` when it passes the test: they are sorted)
        if not (0 <= i <= len(los) and (i == len(los) or los[i] > x) and (i == 0 or los[i - 1] <= x)):
            i = _right_from(los, x, i)
            self.at_inside = i
        return i > 0 and x < self.his[i - 1]

    def hand_out(self, i: int, j: int) -> list[Mention]:
        """Mentions ``i`` to ``j`` (exclusive), unmarked, for a sentence to mark: each the page pass's
        own the first time (nothing reads it after), a copy after that (a sentence read again, or
        by another tracker). A mention's ``rules`` list is never changed, so copies share it."""
        out = self.mentions[i:j]
        given = self.given
        for k in range(i, j):
            if given[k]:
                m = out[k - i]
                out[k - i] = Mention(
                    start=m.start,
                    end=m.end,
                    name=m.name,
                    type=m.type,
                    form=m.form,
                    parent=m.parent,
                    rules=m.rules,
                )
            else:
                given[k] = True
        return out

    def matches(self, i: int) -> tuple[re.Match[str], ...]:
        """The article's matches of pattern ``i`` of ``_patterns()`` (of ``_SEQ``, those ``_found``
        keeps: ``_seq_rx``)."""
        battery = self.found.battery
        if i < len(battery):
            return battery[i]
        if i == len(battery):
            return self.found.seq
        for k, hits in self.found.refs:  # (a phrase with no match is left out)
            if k == i - len(battery) - 1:
                return hits
        return ()


def _scanned_around(text: str, start: int, end: int, lex: Lexicon) -> _Scanned | None:
    """The scanned article holding ``text[start:end]`` when its mentions there are the ones
    ``find_mentions`` would find in the slice: the same lexicon, the same text around, and every
    pattern's matches in the slice its article's matches there (``tally.resolve.slicing``)."""
    for sc in lex.scanned:
        if sc.start <= start and end <= sc.end:
            break
    else:
        return None
    if sc.size != (len(lex.names), len(lex.aliases)) or not sc.sliceable:
        return None
    t = sc.text
    if text is not t and text is not sc.alike:
        # the sentence pass reads the body with its captions blanked: the same where it reads
        # (asked once for the whole article, which holds every sentence's range: most are the same)
        if text is not sc.unlike:
            lo, hi = max(0, sc.start - _CONTEXT_BEFORE), sc.end + _RIGHT_CONTEXT
            if text[lo:hi] == t[lo:hi]:
                sc.alike = text
            else:
                sc.unlike = text
        if text is not sc.alike:
            lo, hi = max(0, start - _CONTEXT_BEFORE), end + _RIGHT_CONTEXT
            if text[lo:hi] != t[lo:hi] and not _reads_alike(text, t, start, end, lo, hi):
                return None
    if start > sc.start:
        c = t[start - 1]
        if c.isalnum() or c == "_" or sc.inside(start - sc.start):  # (``is_word``)
            return None
    if end < sc.end:
        c = t[end]
        if c.isalnum() or c == "_" or sc.inside(end - sc.start):  # (``is_word``)
            return None
        if _any_peeks(t[end - 1], c) and not _peeked_alike(sc, t, start, end):
            return None
    return sc


_CONTEXT_BEFORE: Final = max(_LEFT_CONTEXT, _OPENER_CONTEXT)  # how far ``find_mentions`` reads before a range


def _peeked_alike(sc: _Scanned, t: str, start: int, end: int) -> bool:
    r"""Are the matches in ``t[start:end]`` of each pattern that may peek at ``t[end]`` after
    ``t[end - 1]`` its article's matches there (what not peeking assures, tried directly: the
    article's matches starting in the slice, shifted, with their groups)? A headline ending in a
    plural before its line break is one such: "... officials" then "\n" ("['’]s\s+" of a lookahead)."""
    seg = t[start:end]
    shift = start - sc.start
    for i in _peeking(t[end - 1], t[end]):
        rx = _patterns()[i]
        # (``_SEQ``'s as ``_found`` finds them: ``_seq_rx``)
        mine = [m.regs for m in (_seq_rx(seg) if rx is _SEQ else rx).finditer(seg)]
        theirs = [
            tuple((a - shift, b - shift) if a >= 0 else (a, b) for a, b in m.regs)
            for m in sc.matches(i)
            if shift <= m.start() < end - sc.start
        ]
        if mine != theirs:
            return False
    return True


@lru_cache(maxsize=64)
def _peeking(a: str, b: str) -> tuple[int, ...]:
    """The indexes in ``_patterns()`` of the patterns that may peek at ``b`` after ``a``."""
    return tuple(i for i, rx in enumerate(_patterns()) if peeks(rx, a, b))


_STOPS: Final = ".;:"  # characters no apposition-tail pattern of ``_appositive_company`` reads past


def _reads_alike(text: str, t: str, start: int, end: int, lo: int, hi: int) -> bool:
    r"""Do ``text`` and ``t``, the same in ``[start, end)`` and differing around it (a caption
    blanked next to the sentence), give ``find_mentions`` of the sentence the same answers?
    Its reads outside the sentence (``learn`` off) are these:

    - before a name token or piece at ``x >= start``: ``_OPENS`` on ``[x - 6, x)`` and the
      head-word and villagers patterns on ``[x - 30, x)``, each anchored at ``x`` (``$``), their
      answers booleans. With a line break at ``n < start`` and the texts the same from ``n``:
      no match of the last two holds a line break (and ``\b`` reads one character before a
      match), so none reads before ``n``; a match of ``_OPENS`` holding the break is blank
      from it to ``x``, and then ``\n\s*$`` matches from ``n`` in both texts.
    - after a name piece (ending in a word character, as every ``_SEQ`` match does), the
      apposition tails of ``_appositive_company`` at ``pe``: they open with a comma or a blank
      and never consume ``.``, ``;`` or ``:`` (``_STOPS``; their word lists hold none, and no
      lookaround reads past a character not consumed). With such a character at ``k`` and no
      word character after it in the sentence, every ``pe <= k``: no read goes past ``k``."""
    if text[start:end] != t[start:end]:
        return False
    if text[lo:start] != t[lo:start]:
        n = text.rfind("\n", lo, start)
        if n < 0 or text[n:start] != t[n:start]:
            return False
    if text[end:hi] != t[end:hi]:
        k = max(text.rfind(c, start, end) for c in _STOPS)
        if k < 0 or any(is_word(c) for c in text[k + 1 : end]):
            return False
    return True


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Every pattern whose matches ``_found`` collects."""
    return (*_battery(), _SEQ, *(rx for _t, _p, _k, rx in _references()))


@cache
def _blanks_find_nothing() -> bool:
    """Does no pattern of ``_patterns()`` match in a text of blanks alone (so ``find_mentions``
    finds nothing there)? Each holds a literal of its gate (``tally.gates``) with a character that
    is no blank, or opens with a capital or a digit (``_SEQ``)."""
    for rx in _patterns():
        if rx is _SEQ:
            if not _SEQ.pattern.startswith(r"[A-Z\d]"):
                return False
            continue
        gate = gate_of(rx)
        if gate is None or not all(w.strip() for w in gate):
            return False
    return True


@cache
def _all_sliceable() -> bool:
    return all(sliceable(rx) for rx in _patterns())


def _any_peeks(a: str, b: str) -> bool:
    """May some pattern read the character ``b`` (after a sentence) past the character ``a``
    (ending it) unseen in its match? (``any(peeks(rx, a, b) for rx in _patterns())``, from the
    patterns' analysis done once; kept by the two characters in ``_PEEKS``: a plain dict's look-up,
    not an ``lru_cache`` call, generic compiled)"""
    after = _PEEKS.get(a)
    if after is None:
        if len(_PEEKS) >= _PEEKS_MAX:
            _PEEKS.clear()
        after = _PEEKS[a] = {}
    known = after.get(b)
    if known is None:
        if len(after) >= _PEEKS_MAX:
            after.clear()
        table = _peek_table()
        known = after[b] = table.peeks(_accepting(a), _accepting(b))
    return known


# ``_any_peeks``'s answers by their first character, then their second (a table of characters,
# not of texts: a few dozen pairs end sentences; looked up with no key made), each dict emptied
# when it holds ``_PEEKS_MAX``
_PEEKS: Final[dict[str, dict[str, bool]]] = {}
_PEEKS_MAX: Final = 256


@cache
def _peek_table() -> PeekTable:
    return PeekTable(list(_patterns()))


@lru_cache(maxsize=512)
def _accepting(ch: str) -> int:
    """The atoms of ``_peek_table()`` accepting ``ch``."""
    return _peek_table().accepting(ch)
