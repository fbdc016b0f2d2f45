"""Which period a figure takes: its own time expression, or one carried from earlier sentences.

``choose_period`` picks the nearest visible time expression of the sentence (a time in a dash
or bracket aside dates only that aside); with none, it carries the article's context period
when the sentence refers back ("during the period"), opens anaphorically ("It represents",
"The figures"), continues in the simple past, or states a target after a plan. Vague times
("over the past few years") block carrying. ``update_context`` keeps the context period.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Final

from tally.extract import kinds as K
from tally.extract.periods import TimeExpr
from tally.extract.sentences import Sentence
from tally.gates import trie
from tally.model import Quantity
from tally.resolve.coref import SentenceView, _inside

# patterns used in the hot paths below, compiled once (a module-level re.search looks its
# pattern up in re's cache on every call)
_CLAUSE_SPLIT: Final = re.compile(r",\s|[;:—–]")
_TOTAL_WORDS: Final = re.compile(r"\b(?:total|cumulative|combined|in all)\b")
_YEAR: Final = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_YEAR_SPAN: Final = re.compile(r"\d{4}/\d{4}")
_CURRENCY_CODE: Final = re.compile(r"[A-Z]{3}")
_SUBJECT_OPENING: Final = re.compile(r"[\s\"“‘']*(?:A|An|The)\s+(?:new\s+)?")
_LOWER_WORD_NEXT: Final = re.compile(r" [a-z]")
# the time of what a figure is measured against, ending where the time starts ("0.3 points higher
# than in the first half", "14 percent below its peak in February last year", "up 18 percent on
# the same period last year"): it dates neither the figure nor the context
_AGAINST: Final = (
    r"\b(?:higher|lower|more|less|faster|slower|greater|larger|bigger|smaller)\s+than\s+(?:in|during|at|for)\s+$"
    r"|\b(?:below|above|short\s+of|off)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}"
    r"(?:peak|high|low|record|level)s?\s+(?:(?:set|reached|hit|seen)\s+)?(?:in|of|at)\s+$"
    r"|\b(?:on|from|over|against|than|compared\s+(?:with|to))\s+the\s+same\s+(?:period|time|months?|quarter)\s+(?:of\s+)?$"
)
_MEASURED_AGAINST: Final = re.compile(_AGAINST)
# one is in every match
_MEASURED_WORDS: Final[tuple[str, ...]] = ("than", "peak", "high", "low", "record", "level", "same")
# the words a match of ``_MEASURED_AGAINST`` ends with (then white space to the end)
_MEASURED_LAST: Final = frozenset(
    ("in", "during", "at", "for", "of", "period", "time", "month", "months", "quarter")
)
# its words, one of which a text whose last word is one of them ends with (one ``endswith``)
_MEASURED_ENDS: Final[tuple[str, ...]] = tuple(sorted(_MEASURED_LAST))
# or another figure set against this one, before the time: the time is the other figure's ("58
# percent of the total, compared with 41 percent three years ago", "4,200 people, down from 13,000
# in the 1970s")
_COMPARED_FIGURE: Final = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?|(?:up|down)\s+from)\s+[^,;]*?\d|" + _AGAINST
)
# the words one of which every match of its first branch holds (it ignores no case): "compared",
# "against", "versus", "vs", "from" ("up from", "down from"); its other branches' are
# ``_MEASURED_WORDS``
_FIGURE_WORDS: Final[tuple[str, ...]] = ("from", "compared", "against", "versus", "vs")


def _compared_figure(text: str, a: int, b: int) -> bool:
    """``_COMPARED_FIGURE.search(text, a, b)`` found something (``0 <= a <= b``). Its matches lie
    inside ``text[a:b]`` (only ``\\b`` looks before ``a``): with none of its words there, none."""
    window = text[a:b]
    # its first branch holds one of a few words; the others (``_AGAINST``) end as ``measured_against``
    # tells: white space at the end, after one of a few words (each after white space), with one of
    # ``_MEASURED_WORDS`` in the text. With neither, no match (most windows: one ``endswith`` and a
    # few look-ups, not the search that the words of peaks and levels let through wherever they are)
    for w in _FIGURE_WORDS:  # (a loop, not ``any``: no generator made per time)
        if w in window:
            return _COMPARED_FIGURE.search(text, a, b) is not None
    core = window.rstrip()
    if len(core) == len(window) or not core.endswith(_MEASURED_ENDS):
        return False
    for w in _MEASURED_WORDS:
        if w in window:
            if core.rsplit(None, 1)[-1] not in _MEASURED_LAST:
                return False
            return _COMPARED_FIGURE.search(text, a, b) is not None
    return False


_UNIT_THEN_IN: Final = re.compile(r"(?:\s+[a-z%]+){0,3}\s+(?:in|at the end of)\s+")
_UNIT_THEN: Final = re.compile(r"(?:\s+[a-z%]+){0,3}\s+")
_HAS_BEFORE: Final = re.compile(r"\b(?:has|have|is|are|owns|boasts|employs)\s+(?:\w+\s+){0,3}$")
# the words of ``_HAS_BEFORE``, one of which each of its matches holds ("have" holds none of the others)
_HAS_WORDS: Final[tuple[str, ...]] = ("has", "is", "are", "have", "owns", "boasts", "employs")
_IS_ARE: Final = re.compile(r"\b(?:is|are)\b")
_MODAL: Final = re.compile(r"\b(?:should|must|will|shall)\b")
_FISCAL_YEAR: Final = re.compile(r"\b(?:financial|fiscal|budget) year\b", re.I)
_PUNCT_SPLIT: Final = re.compile(r"[,;:]\s")
_PARTICIPLE_CLAUSE: Final = re.compile(r"\s*[a-z]+ing\b")


@dataclass
class PeriodContext:
    """The period context of an article (or a caption)."""

    period: TimeExpr | None = None
    target: TimeExpr | None = None
    period_age: int = 99  # sentences since the context period was stated
    plan: TimeExpr | None = None  # the last plan period named ("the 14th Five-Year Plan")
    paragraph: int = -1  # the paragraph of the sentence at hand (set by the facts loop)
    target_paragraph: int = -1  # the paragraph where ``target`` was named
    used: list[TimeExpr] = field(default_factory=list)  # times that dated figures of this sentence
    history: list[TimeExpr] = field(default_factory=list)  # reporting periods named so far, oldest first
    dated: bool = False  # the context period dated figures of the sentence that named it
    chained: bool = False  # the context period, carried, dated a result of this sentence
    # the sentence's times with their anaphors resolved, made for its first figure (the context
    # they read changes only in ``update_context``, which drops them): its times, year, and them
    resolved: tuple[list[TimeExpr], int | None, list[TimeExpr]] | None = None


_OPENER: Final = re.compile(
    r"^[\s\"“‘']*(?:(?:It|This|That|These|Those)\s+(?:represents?|is|was|are|were|accounts?|accounted|means|meant|marks|"
    r"marked|ranks|ranked|equals|makes|made|brings|brought)\b(?!\s+(?:home|located|based|known|situated)\b)|(?:This|These|That|Those)\s+(?!is\b|was\b|are\b|were\b|has\b|have\b)[a-z]+|"
    r"The (?:figures?|rates?|growth(?: rates?)?|increases?|decreases?|totals?|amounts?|sum|two|three|four|five)\b|"  # noqa: E501
    r"(?:It|This|That|These|Those)\s+(?:includes?|included|contains?|contained|covers?|covered)|"
    r"(?:\w+|[\d,.]+) of (?:them|these|those)|"
    r"Meanwhile|At the same time|Of (?:this|these|that|the total)|Among them|Together)\b"
)

# a clause boundary a target time does not reach across: "by 2025 and has signed ...", ", who ..."
_TARGET_BARRIER: Final = re.compile(
    r"\band\s+(?:(?:it|they|we|he|she)\s+)?(?:has|have|had|is|are|was|were)\b|,\s*(?:who|which|where|whose)\b"
    r"|\band\s+(?:(?:it|they|we|he|she)\s+)?(?:also\s+)?"
    r"(?:plans?|aims?|intends?|expects?|hopes?|wants?|seeks?|pledges?|vows?|is set|is expected)\s+to\b"
    r"|,\s*(?:and|but|while|whereas)\s+(?:the|its|their|a|an|this|these|[A-Z][a-z]+)\b"
)
# a sentence opening with a participle phrase: "Spread over 72,600 hectares, the park ..."
_PARTICIPLE_OPENING: Final = re.compile(
    r"^[\s\"“‘']*(?:[A-Z][a-z]+(?:ed|ing|en)|Spread|Built|Set|Laid|Known|Home to|With)\b[^,]*,"
)
# a sentence opening with a time phrase: "At a ceremony on Aug 2, ...", "In the first half, ..."
_PREP_OPENING: Final = re.compile(
    r"^[\s\"“‘']*(?:In|During|At|On|From|By|As of|Over|Between|For|Through|Throughout|Since|Until|Up to)"
    r"\b[^,;:]*,"
)
# "[,;:]\s|\s(?:while|whereas|but)\s", written to start with one class (sre scans for it in C)
_CLAUSE_CUT: Final = re.compile(r"[,;:\s](?:(?<=[,;:])\s|(?<=\s)(?:while|whereas|but)\s)")
# its cuts in a text with none of its words: a mark then white space (sre skips to the marks in
# C; ``_CLAUSE_CUT`` stops at every white space, to try the words)
_MARK_CUT: Final = re.compile(r"[,;:]\s")


_NOT_PAST: Final = {
    "compared",
    "based",
    "located",
    "called",
    "named",
    "related",
    "dedicated",
    "aimed",
    "designed",
    "expected",
    "involved",
    "classified",
    "supported",
    "engaged",
    "listed",
    "needed",
    "used",
    "advanced",
    "interested",
    "concerned",
    "skilled",
    "detailed",
    "limited",
    "red",
    "bed",
    "need",
    "speed",
    "seed",
    "feed",
    "hundred",
    "indeed",
    "united",
    "varied",
    "qualified",
    "specialized",
    "customized",
    "increased",
    "improved",
    "designated",
}


_PAST_WORDS: Final = (
    "was were grew rose fell took stood saw made won sold became began hit reached totaled totalled "
    "recorded reported contributed amounted exported imported produced earned spent paid brought got "
    "went came built set led kept held drew gave rang ran shrank sank slid swung topped bought sought "
    "lost sent shed dealt lent"
).split()
# a word in the simple past: a regular one (-ed) or one of the words; each alternative is a whole
# word (``\b`` on both sides, word characters only), so the words as a trie (one branch per first
# letter, not one try per word at each word start) find the same matches
_PAST: Final = re.compile(r"\b(?:\w{3,}ed|" + trie(_PAST_WORDS, lower=False) + r")\b")


# participles of the perfect: regular endings and the common irregular ones ("has built", "have set up")
_PARTICIPLE: Final = (
    r"(?:\w+(?:ed|en|wn|ne|de|ght|un|ung|lt|nt|ld|id)"
    r"|set|put|cut|hit|let|won|got|led|met|kept|left|lost|come|become|run)"
)
_PERFECT: Final = re.compile(
    r"\b(?:has|have|'ve|’ve)\s+(?:\w+ly\s+|also\s+|already\s+|not\s+)?(?:been\s+)?" + _PARTICIPLE + r"\b"
)


_AND_PAST: Final = re.compile(
    r"\band\s+(?:also\s+)?(?:\w+ed|sold|grew|rose|fell|made|won|took|saw|built|brought|became|paid|spent|"
    r"earned|gave|drew|got|kept|held|set|led|hit|went|came|ran|bought|lost)\b"
)


# "has 5,500 people engaged in farming, which reported 694 million yuan last year": the time
# dates the relative clause, not the standing figure before it
_OTHER_PAST: Final = re.compile(
    _AND_PAST.pattern
    + r"|,\s*(?:which|who|whose\s+\w+|where)\s+(?:also\s+)?"
    r"(?:\w+ed|sold|grew|rose|fell|made|won|took|saw|built|brought|became)\b"
)

# a total accumulated over a span: "has allocated a total of", "has benefited more than"
_CUMULATIVE_VERB: Final = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:been\s+)?(?!been\b)"
    r"(?:\w+(?:st)|" + _PARTICIPLE + r")\b"
)
_RATE_WORDS: Final = re.compile(
    r"\b(?:average|annual|annually|a year|per year|each year|every year|yearly)\b", re.I
)
_STOCK_TO: Final = re.compile(r"\bto\s+(?:\w+\s+){0,2}$|\bto\s*$")


def _cumulative_span(
    t: TimeExpr, q: Quantity, view: SentenceView, sent: str, doc_year: int | None
) -> str | None:
    """A total added up over a span that runs to publication: 'since 2009, it has allocated a
    total of 164 million yuan' is 2009/2022; 'over the past 13 years, the program has benefited
    40,000 people' (published 2022) is 2009/2022. A stock reached ('has grown to 500 families'),
    an average rate or a percentage keeps the plain period."""
    if not doc_year or q.unit in ("percent", "percentage_point", "times", "rank") or _RATE_WORDS.search(sent):
        return None
    rel = q.start - view.start
    clause_before = _CLAUSE_SPLIT.split(view.text[:rel])[-1]
    if not _CUMULATIVE_VERB.search(clause_before) and not (
        # "120 firms have opened plants since 2020, bringing investment of 96 billion yuan"
        t.rule == "period:since_year"
        and (q.start < t.start or _TOTAL_WORDS.search(clause_before))
        and _CUMULATIVE_VERB.search(view.text[: max(rel, t.start - view.start)])
    ):
        return None
    if _STOCK_TO.search(clause_before[-40:]):
        return None
    if t.rule == "period:since_year":
        m = _YEAR.search(t.text)
        if not m or int(m.group(1)) >= doc_year:
            return None
        return f"{m.group(1)}/{doc_year}"
    if t.rule == "period:past_n" and t.value and _YEAR_SPAN.fullmatch(t.value):
        if end_year(t.value) == doc_year - 1:
            return f"{t.value[:4]}/{doc_year}"
    return None


_DURATIONS: Final[tuple[str, ...]] = ("year", "month", "day", "week", "hour")


_ADJ_BEFORE: Final = {
    "a",
    "an",
    "the",
    "of",
    "such",
    "more",
    "most",
    "very",
    "than",
    "and",
    "or",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "newly",
    "for",
    "with",
    "all",
    "many",
    "some",
    "other",
}


_WORD_BEFORE: Final = re.compile(r"([\w,.]+)\s+$")
_FIGURE_WORD: Final = re.compile(r"[\d,.]+")


# a sentence is asked about for each of its figures and clauses; small: only the sentence at hand
# and its clauses need to stay
@lru_cache(maxsize=64)
def _past(sent: str) -> bool:
    """A simple-past verb in the sentence (an -ed word used as an adjective does not count)."""
    if sent.isascii():
        return _past_ascii(sent)
    for m in _PAST.finditer(sent):
        if _past_word(sent, m.group(0), m.start()):
            return True
    return False


def _past_word(sent: str, word: str, at: int) -> bool:
    """Is ``word``, a match of ``_PAST`` at ``at`` in ``sent``, a simple-past verb?"""
    w = word.lower()
    if w in _NOT_PAST:
        return False
    if w.endswith("ed") and w not in ("was", "were"):
        prev = _word_before(sent[:at])
        if prev and (prev.lower() in _ADJ_BEFORE or _FIGURE_WORD.fullmatch(prev)):
            return False
    return True


# the words of ``_PAST_WORDS`` with no "-ed" (none is in ``_NOT_PAST``): each is a past verb
# wherever it stands; and those ending with "ed", which ``_past_word`` asks about
_PAST_PLAIN: Final = frozenset(w for w in _PAST_WORDS if not w.endswith("ed") and w not in _NOT_PAST)
_PAST_ED: Final = frozenset(w for w in _PAST_WORDS if w.endswith("ed"))
# every ASCII character no word character (re's ``\w``: letters, digits, "_") made a blank, as a
# table of bytes: the words ``split`` then gives are the runs of word characters (every gap is a
# space, which ``bytes.split`` cuts at). ``bytes.translate`` reads one byte of the table per
# character; ``str.translate`` with a table of characters looks each distinct character up in a
# dict in every call (with the split, twice the time of the encoding, the bytes' translation and split)
_ASCII_GAPS: Final = bytes((b if chr(b).isalnum() or b == 0x5F else 0x20) for b in range(128)) + bytes(
    range(128, 256)
)
# ``_PAST_PLAIN`` as bytes, for the words of an ASCII text encoded
_PAST_PLAIN_BYTES: Final = frozenset(w.encode("ascii") for w in _PAST_PLAIN)


def _past_ascii(sent: str) -> bool:
    """``_past`` of an ASCII text, without ``_PAST``'s try at every position: each of its matches is
    a whole word (``\b`` on both sides, word characters only), one of ``_PAST_WORDS`` or a word of
    five characters or more ending with "ed". A word of ``_PAST_PLAIN`` answers at once; the
    others end with "ed", found with ``str.find``, and are asked about where they stand (every
    match is asked about: whether one is a past verb does not depend on the others)."""
    for w in sent.encode("ascii").translate(_ASCII_GAPS).split():
        if w in _PAST_PLAIN_BYTES:
            return True
    n = len(sent)
    i = sent.find("ed")
    while i >= 0:
        end = i + 2
        if end == n or not _ascii_word(sent[end]):
            at = i
            while at > 0 and _ascii_word(sent[at - 1]):
                at -= 1
            word = sent[at:end]
            if (len(word) >= 5 or word in _PAST_ED) and _past_word(sent, word, at):
                return True
        i = sent.find("ed", i + 1)
    return False


def _ascii_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # re's \w (of an ASCII character)


_TAIL_RUN: Final = re.compile(r"[\w,.]+\Z")


def _word_before(head: str) -> str | None:
    """The last of ``_WORD_BEFORE.findall(head)``, or None: the run of word characters, commas and
    points just before the white space that ends ``head``, read from the end (``findall`` tries
    every position of ``head``). re's white space is ``str.isspace``, which ``rstrip`` and
    ``rsplit`` strip at; the run is the end of the last word ``rsplit`` gives."""
    core = head.rstrip()
    if not core or len(core) == len(head):
        return None  # no white space at the end (or nothing before it)
    m = _TAIL_RUN.search(core.rsplit(None, 1)[-1])
    return m.group(0) if m else None


# per sentence, asked again for each of its figures (a sentence at hand and its clauses stay)
@lru_cache(maxsize=64)
def _perfect(sent: str) -> bool:
    # each match opens with one of these (most sentences have none: no search)
    if "has" not in sent and "have" not in sent and "'ve" not in sent and "’ve" not in sent:
        return False
    return _PERFECT.search(sent) is not None


@lru_cache(maxsize=64)
def _is_are(sent: str) -> bool:
    r"""``_IS_ARE.search(sent)`` found something: "is" or "are" a whole word (found with ``str.find``,
    its neighbours told by ``_word_char``: re's ``\w``; sre tried ``\b`` at every position)."""
    return _whole_word(sent, "is") or _whole_word(sent, "are")


def _whole_word(text: str, word: str) -> bool:
    r"""Does ``word`` (word characters) stand in ``text`` as a whole word (``\bword\b``)?"""
    n = len(word)
    end = len(text)
    k = text.find(word)
    while k >= 0:
        if (k == 0 or not _word_char(text[k - 1])) and (k + n == end or not _word_char(text[k + n])):
            return True
        k = text.find(word, k + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # re's \w (a letter, a digit of any kind, "_")


_MODIFIER: Final = re.compile(r"[\d.,]+(?:-[a-z]+)+")


def _size_modifier(q: Quantity, view: SentenceView) -> bool:
    """'a 1.3-hectare garden', 'a 12-room guesthouse': a size joined to its noun by hyphens describes
    the thing, it is not a result of any period (money and ranks excepted: 'a 5-billion-yuan plan')."""
    if "-" not in q.text:  # no hyphen: _MODIFIER cannot match it (the cheapest test first)
        return False
    if q.unit in ("rank", "percent", "percentage_point") or _CURRENCY_CODE.fullmatch(q.unit or ""):
        return False
    if not _MODIFIER.fullmatch(q.text):
        return False
    if _SUBJECT_OPENING.fullmatch(view.text[: q.start - view.start]):
        return False  # the subject the sentence reports on: "A new 93-km railway opened in May"
    return bool(_LOWER_WORD_NEXT.match(view.text[q.end - view.start : q.end - view.start + 2]))


def end_year(period: str) -> int:
    last = period.split("/")[-1]
    try:
        return int(last[:4])
    except ValueError:
        return 0


_USABLE_ROLES: Final = frozenset(("explicit", "target", "now", "prior"))  # roles that may date a figure


def choose_period(
    q: Quantity,
    s: Sentence,
    times: list[TimeExpr],
    view: SentenceView,
    ctx: PeriodContext,
    sent: str,
    before: str,
    doc_year: int | None = None,
    *,
    kind: str = "level",
) -> tuple[str | None, str, str | None]:
    if _size_modifier(q, view):
        return None, "period:size-modifier", None
    if not times:  # (a third of the figures: none of the tests of the sentence's times below runs)
        return _untimed(q, s, times, view, ctx, sent, before, doc_year, None)
    if kind != "change" and "same " in view.text:
        # (a change "from the same period" is the change over it, in the period reported on)
        same = _same_period_after(q, times, view, ctx)
        if same is not None:
            return same, "period:same-period-of-year", "explicit"
    for t in times:
        if t.rule.endswith("@from-figure") and (
            _UNIT_THEN_IN.fullmatch(gap := view.text[q.end - view.start : t.start - view.start])
            # "from 3.5% in July": the month's rule holds its "in"
            or (t.text[:3].lower() == "in " and _UNIT_THEN.fullmatch(gap))
        ):
            # "up from 12.1 percent in 2000": the earlier figure's own time
            return t.value, t.rule, "explicit"
    if times:  # with no time there is nothing to resolve
        memo = ctx.resolved
        if memo is not None and memo[0] is times and memo[1] == doc_year:
            times = memo[2]
        else:
            resolved = _resolve_anaphors(times, ctx, before, doc_year)
            ctx.resolved = (times, doc_year, resolved)
            times = resolved
    # "revenue rose 45 percent, and this year it expects ...": a time opening the next clause
    # (each test's own first check made here: most times fail it, and need no call)
    usable: list[TimeExpr] = []
    if times:
        times, usable = _kept_usable(times, q, view)
        for t in usable:  # (a loop, not ``any``: no generator made per figure)
            if t.role == "prior":
                usable = [u for u in usable if u.role != "prior" or _prior_of(u, q, view)]
                break
    hard: list[tuple[int, int]] | None = None  # the dash and bracket asides, listed on first use
    seen: list[TimeExpr] = []
    if usable:
        hard = _hard_asides(view)
        seen = _seen(usable, q, view, before, hard)
    if seen:
        best = _nearest(seen, q, view)
        if best.role == "now" and _reported_now(ctx, best, sent):
            # "now generates 61.9 percent, up 1.3 points" in a report on this year's first half
            assert ctx.period is not None  # _reported_now needs a stated period
            ctx.used.append(ctx.period)
            return ctx.period.value, "period:now-in-reported-period", ctx.period.role
        ctx.used.append(best)
        span = _cumulative_span(best, q, view, sent, doc_year)
        if span:
            return span, best.rule + "@cumulative", "explicit"
        if best.role == "prior":
            ref = [t for t in seen if t.role == "explicit"]
            if ref:
                ref_value = _nearest(ref, q, view).value
                assert ref_value is not None  # an explicit time always has a value
                return shift_years(ref_value, -1), "period:prior-of-sentence", "explicit"
            if ctx.period and ctx.period.role == "explicit" and ctx.period_age <= 2:
                assert ctx.period.value is not None  # an explicit time always has a value
                return shift_years(ctx.period.value, -1), "period:prior-of-context", "explicit"
            # (else from the publication year, if the document has one)
            return best.value, best.rule, "explicit" if best.value else None
        return best.value, best.rule, best.role
    if usable:
        return None, "period:aside-isolated", None
    if times and _any_role(times, "vague"):
        return None, "period:vague", None
    return _untimed(q, s, times, view, ctx, sent, before, doc_year, hard)


def _kept_usable(
    times: list[TimeExpr], q: Quantity, view: SentenceView
) -> tuple[list[TimeExpr], list[TimeExpr]]:
    """The times not fronting another clause, and of them those usable to date ``q``, in one pass
    (a time dropped is never usable; each test is pure, so one loop changes nothing)."""
    kept: list[TimeExpr] = []
    usable: list[TimeExpr] = []
    for t in times:
        if t.start >= q.end and t.role != "target" and _opens_next_clause(t, q, view):
            continue
        if t.start >= q.end and _compared_figure(view.text, q.end - view.start, t.start - view.start):
            continue
        if t.start < q.start and measured_against(view.text, t.start - view.start):
            continue  # "up 18 percent on the same period last year, and sold it at $4.18": not its time
        if view.asides and _in_relative_clause(t, q, view):
            continue
        kept.append(t)
        if (
            t.role in _USABLE_ROLES
            and (t.value or t.role == "prior")  # (a prior year is dated from the sentence's time)
            and not (_inside(t.start, view.attrib) and not _inside(q.start, view.attrib))
        ):
            usable.append(t)
    return kept, usable


def _seen(
    usable: list[TimeExpr], q: Quantity, view: SentenceView, before: str, hard: list[tuple[int, int]]
) -> list[TimeExpr]:
    """The usable times that may date ``q``, in one pass (each test is pure: their order is free)."""
    seen: list[TimeExpr] = []
    has_before: bool | None = None  # asked once a time is visible
    for t in usable:
        if hard and not _visible(t, q, hard):
            continue
        if t.start >= q.start:
            if has_before is None:
                has_before = _has_before(before)
            if has_before and _OTHER_PAST.search(view.text[q.end - view.start : t.start - view.start]):
                # "has 210 member households and sold apples ... last year": it dates the other clause
                continue
        # a deadline, or "now", dates only its own clause ("has 2,600 MW ..., and the government
        # wants ... now")
        if t.role == "target" and not _reaches(t, q, view):
            continue
        if t.role == "now" and (_NEW_CLAUSE.search(_between(t, q, view)) or _opens_own_clause(t, q, view)):
            continue
        if _later_clause_of_present(t, q, view):
            continue
        seen.append(t)
    return seen


def _has_before(before: str) -> bool:
    """``_HAS_BEFORE.search(before[-60:])`` found something: searched only when one of its words is
    there (most windows hold none: a few look-ups, not a search trying every position)."""
    window = before[-60:]
    for w in _HAS_WORDS:  # (a loop, not ``any``: no generator made per figure)
        if w in window:
            return _HAS_BEFORE.search(window) is not None
    return False


# between a figure and the "a year earlier" that dates it: its unit or noun, no other figure
_PRIOR_GAP: Final = re.compile(r"[^\d;:()]{0,40}")


def _prior_of(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """"rose to 40 tonnes from 31 tonnes a year earlier": a prior year dates the figure right
    before it alone, not the figures of the clauses around it."""
    return t.start >= q.end and bool(_PRIOR_GAP.fullmatch(_between(t, q, view)))


@cache
def _same_period_rx() -> re.Pattern[str]:
    from tally.data import load  # (imported where used, as in this module's other table readers)

    return re.compile(load("periods")["same_period_after"], re.IGNORECASE)


def _same_period_after(
    q: Quantity, times: list[TimeExpr], view: SentenceView, ctx: PeriodContext
) -> str | None:
    """"compared with 101 billion yuan in the same period last year": the period the sentence
    reports on (its nearest explicit time before the phrase, else the one carried), in the year
    the phrase names, or the year before."""
    m = _same_period_rx().match(view.text, q.end - view.start)
    if m is None:
        return None
    at = view.start + m.start()
    own = [t for t in times if t.role == "explicit" and t.value and t.end <= at]
    ref = own[-1].value if own else ctx.period.value if ctx.period and ctx.period.role == "explicit" else None
    if not ref:
        return None
    return shift_years(ref, int(m.group("y")) - end_year(ref) if m.group("y") else -1)


def _untimed(
    q: Quantity,
    s: Sentence,
    times: list[TimeExpr],
    view: SentenceView,
    ctx: PeriodContext,
    sent: str,
    before: str,
    doc_year: int | None,
    hard: list[tuple[int, int]] | None,
) -> tuple[str | None, str, str | None]:
    """The end of ``choose_period`` for a figure that none of the sentence's ``times`` (none
    usable, none vague) dates: an aside's figure takes nothing; else the period carried, if any
    (``hard``: the view's dash and bracket asides, if listed already)."""
    carried = ctx.period.value if ctx.period else None
    if _inside(q.start, hard if hard is not None else _hard_asides(view)):
        return None, "period:aside-none", None
    if times and _any_role(times, "anaphor"):
        return carried, "period:anaphor", ctx.period.role if ctx.period else None
    if not carried or s.caption:
        return None, "period:none", None
    assert ctx.period is not None  # carried is its value
    age = ctx.period_age
    # (``_present_clause(view, q, relative=True)``, its clause kept for ``_carried_by_sentence``)
    after_relative, clause = _clause_at(view.text, q.start - view.start)
    if after_relative and _states_now(clause):
        return None, "period:none", None  # ", which at 103km is the largest": a standing fact
    out, chained = _carry_tail(q, ctx, view, sent, before, carried, age, doc_year, clause)
    if chained:
        ctx.chained = True
    return out


def _carry_tail(
    q: Quantity,
    ctx: PeriodContext,
    view: SentenceView,
    sent: str,
    before: str,
    carried: str,
    age: int,
    doc_year: int | None,
    clause: str | None = None,
) -> tuple[tuple[str | None, str, str | None], bool]:
    """The end of ``choose_period`` for a figure with no time of its own and a period to carry:
    its answer, and whether it sets ``ctx.chained``. A plan cue before the figure (``status_of``)
    carries the target or the plan, or nothing; with no cue the sentence's own words decide
    (``_carried_by_sentence``). The cue is asked for only where its answer changes the outcome
    (``status_of`` is pure, and costs more than the sentence's tests). (``clause``: the figure's
    clause, ``_clause_at``'s, if the caller has it.)"""
    # a target's date carries to a plan cue of its own paragraph ("Houston has proposed cutting 300
    # positions" after a paragraph on the state's fund "by 2025" is undated)
    target = ctx.target if ctx.target_paragraph == ctx.paragraph else None
    near_target = target is not None and age <= 3
    cue_dates = near_target or bool(
        age <= 2 and doc_year and end_year(carried) > doc_year and (ctx.period is not ctx.target or target)
    )
    if cue_dates and K.status_of(before, ""):
        if near_target and target is not None:
            return (target.value, "period:carried-target", "target"), False
        return (carried, "period:carried-plan", "target"), False
    out, chained = _carried_by_sentence(q, ctx, view, sent, carried, age, doc_year, clause)
    if out[0] is None or (not cue_dates and K.status_of(before, "")):
        return _NONE, False  # with a cue that carries nothing, nothing either
    return out, chained


_NONE: Final[tuple[str | None, str, str | None]] = (None, "period:none", None)


def _carried_by_sentence(
    q: Quantity,
    ctx: PeriodContext,
    view: SentenceView,
    sent: str,
    carried: str,
    age: int,
    doc_year: int | None,
    clause: str | None = None,
) -> tuple[tuple[str | None, str, str | None], bool]:
    """What ``choose_period`` answers for a figure with no time of its own and no plan cue before
    it (the period carried, and the rule), and whether a run of past-tense results carries it on
    (``ctx.chained``, set by the caller). No side effects: the caller may drop the answer.
    (``clause``: the figure's clause, ``_clause_at``'s, if the caller has it.)"""
    assert ctx.period is not None  # carried is its value
    if clause is None:
        clause = _clause_at(view.text, q.start - view.start)[1]
    # (``_present_clause(view, q)`` is ``_states_now(clause)``; the cheap test of each pair first)
    if age <= 1 and _OPENER.search(sent):
        if ctx.period.rule == "period:since_year" and _states_now(clause):
            # "Since it was set up in 1996, the zone has drawn ... It covers 2,700 hectares": a
            # state in the present tense after a span to now is undated, like any present clause
            return _NONE, False
        return (carried, "period:carried-anaphoric-opener", ctx.period.role), False
    if _states_now(clause):
        return _NONE, False  # a present-tense clause
    if (
        ctx.period.role == "now"
        and age <= 1
        and _perfect(sent)
        and q.unit not in _DURATIONS
        and _CUMULATIVE_NOW.search(ctx.period.text)
    ):
        return (carried, "period:carried-to-date", "now"), False
    if (
        ctx.period.role == "explicit"
        and age <= 1
        and _YEAR_SPAN.fullmatch(carried)
        and doc_year
        and end_year(carried) <= doc_year
        and _perfect(sent)
        and not _is_are(sent)
    ):
        # "... from 2013-21. A total of 2 million residents have benefited.": the same span
        return (carried, "period:carried-span-perfect", "explicit"), False
    if ctx.period.role == "now" and age <= 1 and _BACK_POSSESSIVE.match(sent) and not _past(sent):
        # "X now has 92 towns. Their output value surpasses ...": still now
        return (carried, "period:carried-now-possessive", "now"), False
    if (
        age <= 2
        and (ctx.period.role != "target" or _MODAL.search(sent))
        and _past(sent)
        and not _perfect(sent)
        and not _is_are(sent)
        # a period ending after the publication year (a budget's or a plan's year) dates no
        # result reported in the past tense
        and not (doc_year and end_year(carried) > doc_year)
    ):
        return (carried, "period:carried-past-tense", ctx.period.role), True
    return _NONE, False


# "now" words that sum up to the present ("to date", "so far"): a perfect-tense sentence after
# them continues the total; a plain "now" states what stands and dates only its own sentence
_CUMULATIVE_NOW: Final = re.compile(
    r"\b(?:to date|so far|up to now|year[- ]to[- ]date|as of now|since)\b", re.I
)
# a sentence opening with a possessive that refers back to the subject before
_BACK_POSSESSIVE: Final = re.compile(
    r"^[\s\"“‘']*(?:Their|Its)\s+(?:\w+\s+){0,4}?"
    r"(?:is|are|stands?|surpass(?:es)?|exceeds?|tops?|totals?|reach(?:es)?)\b"
)

# a semicolon or colon, or a comma opening a clause; written to start with one class so that sre
# scans for it in C (the same matches as "[;:]|,\s*(?:and|...)\b|,\s*(?:and\s+)?(?:the|...)...")
_CLAUSE_EDGE: Final = re.compile(
    r"[;:,](?:(?<=[;:])|(?<=,)(?:\s*(?:and|but|while|whereas|who|which|where)\b"
    r"|\s*(?:and\s+)?(?:the|its|their)\s+\w+\s+(?=\w+s\b)))"
)


def _present_clause(view: SentenceView, q: Quantity, *, relative: bool = False) -> bool:
    """The figure's own clause states what stands now ("and the sector employs 90,000 people");
    with ``relative``, only a relative clause (", which at 103km is ...")."""
    after_relative, clause = _clause_at(view.text, q.start - view.start)
    if relative and not after_relative:
        return False
    return _states_now(clause)


_RELATIVE_EDGE: Final = re.compile(r"\b(?:which|who|where)$")


@lru_cache(maxsize=64)  # pure: asked again for each figure of the sentence at hand
def _clause_at(text: str, rel: int) -> tuple[bool, str]:
    """The clause of the sentence ``text`` around offset ``rel``, and whether it opens with a
    relative pronoun (", which ...")."""
    # every edge opens with a mark and holds no other (white space and words after it): the last
    # edge a scan of ``text[:rel]`` finds is the match at the last mark before ``rel`` that
    # matches there (with ``rel`` as the text's end), and the next edge the first one from ``rel``
    # on; the marks are found with ``str.rfind``/``str.find`` (sre tested every character against
    # the opening class)
    last = _edge_before(text, rel)
    start = last.end() if last is not None else 0
    after_relative = last is not None and _RELATIVE_EDGE.search(last.group(0)) is not None
    m = _edge_from(text, rel)
    return after_relative, text[start : m.start() if m is not None else len(text)]


def _edge_before(text: str, rel: int) -> re.Match[str] | None:
    """The last match of ``_CLAUSE_EDGE.finditer(text, 0, rel)`` (see ``_clause_at``): a ";" or
    ":" is an edge by itself, so it is the last one unless a comma after it opens one."""
    if rel <= 0:
        return None  # (``str.rfind`` would read a negative end from the text's end)
    stop = max(text.rfind(";", 0, rel), text.rfind(":", 0, rel))
    hi = rel
    while hi > stop + 1:
        at = text.rfind(",", stop + 1, hi)
        if at < 0:
            break
        m = _CLAUSE_EDGE.match(text, at, rel)
        if m is not None:
            return m
        hi = at
    return _CLAUSE_EDGE.match(text, stop, rel) if stop >= 0 else None


def _edge_from(text: str, rel: int) -> re.Match[str] | None:
    """``_CLAUSE_EDGE.search(text, rel)``: tried only at the marks (see ``_clause_at``); the first
    ";" or ":" from ``rel`` on is an edge, unless a comma before it opens one."""
    n = len(text)
    lo = max(rel, 0)
    semi = text.find(";", lo)
    colon = text.find(":", lo)
    stop = n if semi < 0 and colon < 0 else (colon if semi < 0 else semi if colon < 0 else min(semi, colon))
    while lo < stop:
        at = text.find(",", lo, stop)
        if at < 0:
            break
        m = _CLAUSE_EDGE.match(text, at)
        if m is not None:
            return m
        lo = at + 1
    return _CLAUSE_EDGE.match(text, stop) if stop < n else None


@cache
def _present_state() -> re.Pattern[str]:
    """A present-tense verb of a standing state, not after a modal."""
    from tally.data import load

    # (the words as a trie: sre rejects a word after a letter or two, not after trying each)
    words = trie(load("periods")["present_states"], lower=False)
    modal = r"(?<!\bwill )(?<!\bwould )(?<!\bto )(?<!\bcan )(?<!\bmay )(?<!\bshould )(?<!\bmust )"
    # the lookahead first: the modal lookbehinds (the same matches) are tried only before a verb
    return re.compile(rf"\b(?=(?:{words})\b){modal}\b(?:{words})\b")


@cache
def _present_word() -> re.Pattern[str]:
    """A character no word character just before a verb of ``_present_state``: where its matches
    may start, but the start of the text. It opens with a class, which sre scans for in C
    (``_present_state`` opens with ``\\b`` and a lookahead, tried at every position)."""
    from tally.data import load

    words = trie(load("periods")["present_states"], lower=False)
    # (the verb ending a word, as ``_present_state`` asks just after: the same places it matches)
    return re.compile(rf"[^\w](?=(?:{words})\b)")


@cache
def _present_state_ascii() -> re.Pattern[str]:
    """``_present_state`` read with ``re.ASCII``: the same matches in ASCII text (it has no ``\\s``,
    and ``\\w`` and ``\\b`` read an ASCII character alike), each word character told by a table,
    not by its Unicode category."""
    return re.compile(_present_state().pattern, re.ASCII)


@cache
def _present_word_ascii() -> re.Pattern[str]:
    """``_present_word`` read with ``re.ASCII`` (see ``_present_state_ascii``): its class no word
    character is tested at every character sre skips."""
    return re.compile(_present_word().pattern, re.ASCII)


def _has_present_state(clause: str) -> bool:
    """``_present_state().search(clause)`` found something. Each of its matches starts with a verb
    after ``\\b``: at the start of the text or just after a character no word character; it is
    tried only there (``match`` sees the text before, as the search does)."""
    ascii_ = clause.isascii()
    full = _present_state_ascii() if ascii_ else _present_state()
    if full.match(clause):
        return True
    word = _present_word_ascii() if ascii_ else _present_word()
    m = word.search(clause)
    while m is not None:
        at = m.end()
        if full.match(clause, at):
            return True
        m = word.search(clause, at)
    return False


@lru_cache(maxsize=64)
def _states_now(clause: str) -> bool:
    """A verb of a standing state in the present tense, and no simple past."""
    return _has_present_state(clause) and not _past(clause)


# a month or a day, its year implied
_YEARLESS_RULES: Final = frozenset(("period:month_day", "period:in_month"))
_A_YEAR: Final = re.compile(r"\d{4}")


def next_occurrence(
    period: str, rule: str, times: list[TimeExpr], published: dt.date | None
) -> str | None:
    """A target dated by a month or a day with no year is the occurrence nearest publication:
    "will rise to C$16.55 an hour on Oct 1" in a May 2023 report is 2023-10-01, not the last
    Oct 1 past (a year-less date is resolved to that, as reports mostly look back), but MoUs
    "signed on January 12" in a report of January 20 stay that week's. None when not moved."""
    if rule not in _YEARLESS_RULES or published is None or "/" in period:
        return None
    try:
        day = dt.date.fromisoformat(period if len(period) == 10 else period + "-01")
        ahead = day.replace(year=day.year + 1)
    except ValueError:  # (not a month or a day; or the 29th of February)
        return None
    if published - day <= ahead - published:
        return None
    if not any(t.value == period and not _A_YEAR.search(t.text) for t in times):
        return None
    return shift_years(period, 1)


def shift_years(value: str, n: int) -> str:
    """A period moved by ``n`` years: '2022-12' -> '2021-12', '2021-01/2021-06' -> '2020-01/2020-06'."""
    return re.sub(r"\b(\d{4})\b", lambda m: str(int(m.group(1)) + n), value)


def _resolve_anaphors(
    times: list[TimeExpr], ctx: PeriodContext, before: str, doc_year: int | None = None
) -> list[TimeExpr]:
    """'during the plan period' is the plan named before; 'by the end of the period' its last year;
    'since then' is 'since' the year named before."""
    out = []
    for t in times:
        if t.rule == "period:since_then":
            p = ctx.period
            if p and p.role == "explicit" and p.value and ctx.period_age <= 1 and doc_year:
                y = int(p.value[:4])
                if y < doc_year:
                    t = replace(t, text=f"since {y}", rule="period:since_year")
        elif t.role == "anaphor":
            plan = ctx.plan.value if ctx.plan else None
            if t.rule == "period:target_end":
                end = plan or (ctx.period.value if ctx.period else None)
                if end:
                    t = replace(t, value=str(end_year(end)), role="target")
            elif plan and "plan" in t.text.lower():
                t = replace(t, value=plan, role="explicit")
            elif _FISCAL_YEAR.search(t.text):
                # "during the financial year": the fiscal year named last
                fy = next(
                    (p for p in reversed(ctx.history[-6:]) if p.rule.startswith("period:fiscal") and p.value),
                    None,
                )
                if fy:
                    t = replace(t, value=fy.value, role="explicit", rule=t.rule + "@fiscal")
            else:
                t = _counted_anaphor(t, ctx)
        elif t.value and "year" in t.text.lower() and _OF_THE_YEAR.search(t.text):
            # (only "Y", "E", "A", "R" lower-case to those letters: re's IGNORECASE needs them)
            t = _of_the_year(t, ctx)
        out.append(t)
    return out


_COUNTED_SPAN: Final = re.compile(r"\b(?P<n>\d+|[a-z]+)[\s-](?P<u>months?|years?)\b", re.I)


def months_in(period: str) -> int | None:
    """How many months a period spans: '2021-01/2021-06' is 6, '2020' is 12, '2016/2020' is 60."""
    parts = period.split("/")
    if not all(re.fullmatch(r"\d{4}(?:-\d\d)?", p) for p in parts):
        return None
    a, b = parts[0], parts[-1]
    y0, m0 = int(a[:4]), int(a[5:7]) if len(a) > 4 else 1
    y1, m1 = int(b[:4]), int(b[5:7]) if len(b) > 4 else 12
    return (y1 * 12 + m1) - (y0 * 12 + m0) + 1


_OF_THE_YEAR: Final = re.compile(r"\b(?:of|in)\s+the\s+year$", re.I)


def _of_the_year(t: TimeExpr, ctx: PeriodContext) -> TimeExpr:
    """'In 2021 GDP grew 6 percent. In the first half of the year, ...': the year just named."""
    p = ctx.period
    if not (p and p.role == "explicit" and p.value and ctx.period_age <= 1 and ctx.dated):
        return t
    m = re.match(r"(\d{4})", p.value)
    years = set(re.findall(r"\b\d{4}\b", t.value or ""))
    if not m or len(years) != 1 or p.value != m.group(1):
        return t
    assert t.value  # it names one year
    shifted = shift_years(t.value, int(m.group(1)) - int(years.pop()))
    return replace(t, value=shifted, rule=t.rule + "@year-named")


def _counted_anaphor(t: TimeExpr, ctx: PeriodContext) -> TimeExpr:
    """'during the six months', 'over the five years': the latest period named of that length."""
    from tally.data import load

    m = _COUNTED_SPAN.search(t.text)
    if not m:
        return t
    n = int(m.group("n")) if m.group("n").isdigit() else load("periods")["numbers"].get(m.group("n").lower())
    if not n:
        return t
    want = n * (12 if m.group("u").lower().startswith("year") else 1)
    for p in reversed(ctx.history[-6:]):
        if p.role == "explicit" and p.value and months_in(p.value) == want:
            return replace(
                t, value=p.value, role="explicit", rule=t.rule + "@" + p.rule.removeprefix("period:")
            )
    return t


_NEXT_CLAUSE_TIME: Final = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:in\s+|during\s+|for\s+|by\s+)?$")

_RELATIVE: Final = re.compile(r",\s+(?:which|where|who|whose)\b")


def _in_relative_clause(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """'Trade with X, which took effect on Jan 1, came to ...': the time dates the relative clause."""
    for a, b in view.asides:
        if a in view.hard_starts or not (a <= t.start < b) or a <= q.start < b:
            continue
        if _RELATIVE.match(view.text, a - view.start):
            return True
    return False


def _later_clause_of_present(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """'About 100 firms sell online, and their sales reached 8 million yuan last year': a time in a
    later clause with its own subject does not date a figure of a clause with no past verb."""
    if t.role != "explicit" or t.start < q.end:
        return False
    m = _NEW_CLAUSE.search(_between(t, q, view))
    if not m:
        return False
    head = _PUNCT_SPLIT.split(view.text[: q.start - view.start])[-1]
    own = head + view.text[q.start - view.start : q.end - view.start + m.start()]
    return not _past(own) and not _PERFECT.search(own)


def _opens_next_clause(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """A time right after ', and' past the figure fronts the next clause ('..., and this year it expects')."""
    if t.start < q.end or t.role == "target":
        return False
    m = _next_clause_time(view.text, t.start - view.start)
    return bool(m and m.start() >= q.end - view.start)


# the words a match of ``_NEXT_CLAUSE_TIME`` ends with (then white space to its end)
_NEXT_CLAUSE_ENDS: Final[tuple[str, ...]] = ("and", "but", "while", "whereas", "in", "during", "for", "by")


def _next_clause_time(text: str, end: int) -> re.Match[str] | None:
    r"""``_NEXT_CLAUSE_TIME.search(text, 0, end)``: searched only when ``text[:end]`` ends with white
    space after one of the words a match ends with (a match ends with ``\s+`` after one of them, at
    ``end`` or before a line break ending there: both leave the word as the text's last before its
    white space); most texts do not (a loop and one ``endswith``, not the search)."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == end or not text.endswith(_NEXT_CLAUSE_ENDS, 0, j):
        return None
    return _NEXT_CLAUSE_TIME.search(text, 0, end)


_CHANGE_OR_PAST: Final = re.compile(r"\b(?:up|down|from a year earlier|year-on-year|year on year)\b")


def _reported_now(ctx: PeriodContext, now: TimeExpr, sent: str | None = None) -> bool:
    """The article reports on a part of the current year, stated just before: 'now' is that part.

    Only where the sentence reports a result (a change, a past verb): 'now has 14 malls' is today.
    """
    p = ctx.period
    if sent is not None and not (_CHANGE_OR_PAST.search(sent) or _past(sent)):
        return False
    return bool(
        p
        and p.role == "explicit"
        and p.value
        and ctx.period_age <= 2
        and "/" in p.value
        and "-" in p.value
        and now.value
        and end_year(p.value) == int(now.value)
    )


@lru_cache(maxsize=64)
def _cuts(text: str) -> tuple[list[int], list[int]]:
    """Where the cuts of ``_CLAUSE_CUT`` start and end in ``text``: the pieces ``split`` gives
    lie between them (the pattern captures nothing)."""
    starts: list[int] = []
    ends: list[int] = []
    if "but" in text or "while" in text or "whereas" in text:
        for m in _CLAUSE_CUT.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
        return starts, ends
    # ``_MARK_CUT``'s matches, a mark and the white space after it (re's ``\s`` is ``str.isspace``):
    # every mark followed by white space is one (a match ends with that space, no mark, so none
    # overlaps another), found by ``str.find`` of each mark (not re's scan, a match at a time)
    n = len(text)
    for mark in _CUT_MARKS:
        at = text.find(mark)
        while at >= 0:
            if at + 1 < n and text[at + 1].isspace():
                starts.append(at)
            at = text.find(mark, at + 1)
    if len(starts) > 1:
        starts.sort()
    for at in starts:
        ends.append(at + 2)
    return starts, ends


_CUT_MARKS: Final[tuple[str, ...]] = (",", ";", ":")  # ``_MARK_CUT``'s class


def _nearest(times: list[TimeExpr], q: Quantity, view: SentenceView) -> TimeExpr:
    """A time in the figure's own clause; else the sentence's opening time phrase; else the nearest."""
    # a time's stretch of the sentence (between two cuts of ``_cuts``) is the number of cuts that
    # end by its offset (a cut reaching past it is not one there, and none starts inside another);
    # the cuts' ends read once, and the nearest found by a loop, not ``min`` with a closure as key
    starts, ends = _cuts(view.text)  # (one call of the cached function, not one per list)
    seg = _stretch(ends, max(0, q.start - view.start))
    own = _in_segment(times, ends, view.start, seg)
    if own:
        return _closest(own, q)
    # ``_CLAUSE_CUT.split(view.text)[seg]``, read in place from the cuts (a
    # match ending at the piece's end sees that end as the text's, as in the piece itself)
    if 0 < seg <= len(starts) and _PARTICIPLE_CLAUSE.match(
        view.text, ends[seg - 1], starts[seg] if seg < len(starts) else len(view.text)
    ):
        # ", ranking 13th in the country": a participle clause hangs from the clause before it
        prev = _in_segment(times, ends, view.start, seg - 1)
        if prev:
            return _closest(prev, q)
    m = _PREP_OPENING.match(view.text)
    if m and q.start >= view.start + m.end():
        opening = [t for t in times if t.end <= view.start + m.end()]
        if opening:
            return _closest(opening, q)
    return _closest(times, q)


def _stretch(ends: list[int], at: int) -> int:
    """``bisect_right(ends, at)``: how many of the cuts' ends (in order) are at or before ``at``, the
    number of the stretch it lies in (a loop: a sentence has few cuts, and ``bisect`` is a generic
    call compiled)."""
    n = 0
    for e in ends:
        if e > at:
            break
        n += 1
    return n


def _in_segment(times: list[TimeExpr], ends: list[int], base: int, seg: int) -> list[TimeExpr]:
    """The times that start and end in the stretch ``seg`` of the sentence (``ends``: where its
    cuts end, in order; ``base``: the sentence's start): those whose offsets both lie from the end
    of cut ``seg - 1`` on and before the end of cut ``seg`` (the ``_stretch`` of each is ``seg``;
    a time ends where it starts or later)."""
    lo = ends[seg - 1] if seg > 0 else 0
    hi = ends[seg] if seg < len(ends) else -1  # (-1: no cut ends after the stretch)
    out: list[TimeExpr] = []
    for t in times:
        s = max(0, t.start - base)
        e = max(0, t.end - base)
        if lo <= s and (hi < 0 or e < hi):
            out.append(t)
    return out


def _closest(times: list[TimeExpr], q: Quantity) -> TimeExpr:
    """``min(times, key=...)`` of the distance between a time and the figure: the first nearest."""
    best = times[0]
    least = min(abs(best.start - q.end), abs(q.start - best.end))
    for t in times:
        d = min(abs(t.start - q.end), abs(q.start - t.end))
        if d < least:
            best, least = t, d
    return best


_NEW_CLAUSE: Final = re.compile(
    r",\s*(?:and|but|while|whereas)\s+(?:the|its|their|a|an|this|these|[A-Z][a-z]+)\b"
)


def _opens_own_clause(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """'... since 2018, and 4,600 firms are registered there': the figure is the subject of a
    later clause of its own, in the present tense."""
    if t.start > q.start:
        return False
    return bool(
        re.search(
            r",\s*(?:and|but|while|whereas)\s+(?:more than\s+|about\s+|some\s+|nearly\s+)?$",
            _between(t, q, view),
        )
        and re.match(r"\s+(?:[a-z-]+\s+){0,4}(?:are|is|have|has)\b", view.text[q.end - view.start :])
    )


def _between(t: TimeExpr, q: Quantity, view: SentenceView) -> str:
    a, b = (t.end, q.start) if t.start < q.start else (q.end, t.start)
    return view.text[a - view.start : b - view.start]


def _reaches(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """A deadline dates the figures of its own clause, not those past a clause boundary."""
    a, b = sorted((t.end, q.start)) if t.start < q.start else sorted((q.end, t.start))
    if _TARGET_BARRIER.search(view.text[a - view.start : b - view.start]):
        return False
    m = _PARTICIPLE_OPENING.match(view.text)
    if m:
        cut = view.start + m.end()
        if (q.start < cut) != (t.start < cut):
            return False
    return True


def visible(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """A time inside a dash or bracket aside dates only that aside, and an aside is dated only from inside."""
    if not view.asides:
        return True  # no aside: nothing hides a time or a figure
    return _visible(t, q, _hard_asides(view))


def _hard_asides(view: SentenceView) -> list[tuple[int, int]]:
    """The dash and bracket asides of the sentence (those ``view_text_kind`` calls 'hard')."""
    asides = view.asides
    if not asides:
        return []  # (most sentences: no comprehension run)
    hard_starts = view.hard_starts
    return [(a, b) for a, b in asides if a in hard_starts]


def _any_role(times: list[TimeExpr], role: str) -> bool:
    """Has one of ``times`` the role ``role``? (A loop: no generator made per figure.)"""
    for t in times:
        if t.role == role:
            return True
    return False


def _visible(t: TimeExpr, q: Quantity, hard: list[tuple[int, int]]) -> bool:
    """``visible(t, q, view)``, given the view's dash and bracket asides ``hard``."""
    if not hard:
        return True
    a = _inside(t.start, hard)
    if a and not (a[0] <= q.start < a[1]):
        return False
    a2 = _inside(q.start, hard)
    if a2 and not (a2[0] <= t.start < a2[1]):
        return False
    return True


def view_text_kind(view: SentenceView, start: int) -> str:
    return "hard" if start in view.hard_starts else "soft"


_WHEN_CLAUSE: Final = re.compile(r"\bwhen\s+[^,;.\n]{0,50}?\s(?:in|on|back\s+in)\s+$")


def event_date(text: str, t: TimeExpr) -> bool:
    """Is ``t`` the date of an event in a "when" clause ("down from 0.9 percent when the mine
    opened in 2006")? It may date the figure beside it, but it is no period reported on."""
    window = text[max(0, t.start - 60) : t.start]
    return "when" in window and _WHEN_CLAUSE.search(window) is not None


def measured_against(text: str, at: int) -> bool:
    """Is the time starting at ``text[at]`` the time of what a figure is measured against ("higher
    than in the first half", "below its peak in February")? It dates no figure of its own, so it is
    no period reported on."""
    window = text[max(0, at - 60) : at]
    # every match ends with one of a few words after white space, then white space to the end
    # (re's is ``str.isspace``, as ``rstrip``'s and ``rsplit``'s): the window's end tested first
    # (most windows fail it: one ``endswith`` of the words, not a look-up of each word every match
    # holds), then the word every match holds, then the last word itself
    core = window.rstrip()
    if len(core) == len(window) or not core.endswith(_MEASURED_ENDS):
        return False
    if not any(w in window for w in _MEASURED_WORDS):
        return False  # (a word every match holds, looked up before the search)
    if core.rsplit(None, 1)[-1] not in _MEASURED_LAST:
        return False
    return _MEASURED_AGAINST.search(window) is not None



def update_context(ctx: PeriodContext, times: list[TimeExpr]) -> None:
    """The context after a sentence with ``times`` (those outside attributions) whose figures
    used ``ctx.used``."""
    if not times and not ctx.used and not ctx.chained:
        # a sentence with no time that dated no figure (most sentences): only the age moves on
        # (all that ``_update`` does then)
        ctx.used = []
        ctx.resolved = None
        ctx.period_age += 1
        if ctx.period_age == 0:
            ctx.dated = False
        return
    _update(ctx, times)


def _update(ctx: PeriodContext, times: list[TimeExpr]) -> None:
    """``update_context`` in full."""
    used = [
        t
        for t in ctx.used
        if t.role in ("explicit", "now", "target")
        and t.value
        and not t.rule.endswith("@alone")
        and t.rule != "period:ago"  # (the date of an event: not the period reported on, as below)
    ]
    ctx.used = []
    ctx.resolved = None  # the next sentence's context differs
    keep = ctx.period if ctx.period_age < 2 else None
    if ctx.chained and not times:
        # a run of results in the simple past goes on reporting the same period: each sentence
        # the carried period dates keeps it as fresh as the sentence before
        ctx.period_age = min(ctx.period_age, 1)
    ctx.chained = False
    ctx.period_age += 1
    for t in times:
        if t.rule == "period:fyp" and t.value:
            ctx.plan = t
        if t.rule.endswith("@alone") and keep:
            ctx.period_age = 0  # "In June alone, ...": the period reported on stays in focus
            continue
        if t.rule == "period:ago" or t.role in ("prior", "said"):
            continue  # the date of an event or a statement, or the year before: not a reporting period
        if not used and t.rule == "period:rel_year" and keep and keep.value and t.value and (
            keep.value.startswith(t.value + "-")
        ):
            # "Demand has been soft this year," in a report on this year's first nine months, with
            # no figure of its own: the period reported on goes on
            ctx.period_age = 0
            continue
        if t.role == "now" and keep and t.value and _reported_now(ctx, t):
            ctx.period_age = 0
            continue
        if t.role != "basis":
            ctx.period_age = 0
        if t.role in ("explicit", "now") and t.value:
            ctx.period = t
            ctx.history.append(t)
        elif t.role == "target" and t.value:
            ctx.target = t
            ctx.target_paragraph = ctx.paragraph
            ctx.period = t
        elif t.role == "vague":
            ctx.period = None
    if used and ctx.period is not None:
        # the period that dated this sentence's figures, not a time of a side remark
        ctx.period = used[-1]
    if ctx.period_age == 0:
        ctx.dated = bool(used)


def _caption_periods(facts: list, captions: list[tuple[int, int]]) -> None:
    """A figure of a photo caption with no time repeats the body's figure written the same way
    ("The city received 2.36 million tourist visits."): it takes that figure's period."""
    inside: list[bool] = []  # (each figure asked once)
    body: dict[tuple, str] = {}
    for f in facts:
        # (each field read once, and only where it is needed: each read of a record of
        # ``tally.model`` is a generic attribute look-up in the compiled build)
        ins = _in_spans(f.start, captions)
        inside.append(ins)
        if not ins:
            period = f.period
            if period:
                body.setdefault((f.text, f.value, f.unit), period)
    if not body:
        return  # no figure of the body to take a period from
    for i, f in enumerate(facts):
        # (a figure distinct enough to be the same one: not "10" or "first", which recur; the tests
        # are pure, the one read from the list first: most figures are not in a caption)
        if inside[i] and f.period is None and len(f.text) >= 4 and any(c.isdigit() for c in f.text):
            p = body.get((f.text, f.value, f.unit))
            if p:
                f.period = p
                f.rules = [r for r in f.rules if not r.startswith("period:")] + ["period:repeated-in-caption"]


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of ``spans``? (A loop: no generator made per figure.)"""
    for a, b in spans:
        if a <= pos < b:
            return True
    return False


_UNENDED: Final = re.compile(r"[.!?][\"'”’)]*\s*$")


def _ends_stopped(sent: str) -> bool:
    """``_UNENDED.search(sent)``: a full stop, '!' or '?' ending the sentence, perhaps followed by
    closing quotes and brackets, then only white space (the same test without trying every '.'
    of the sentence: re's white space is ``str.isspace``, and no closing mark is a space)."""
    return sent.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?"))


_CLOSERS: Final = "\"'”’)"  # the closing marks _UNENDED allows after the stop


def periods_from_repeats(facts: list, text: str, captions: list[tuple[int, int]] | None = None) -> None:
    """A figure in a headline, subhead, pull-quote (a line with no full stop) or photo caption
    (``captions``: their spans) and no time of its own takes the period of the same figure stated
    in a sentence of the body."""
    if captions:
        _caption_periods(facts, captions)

    # per figure, does its sentence end with a full stop? (asked once per sentence: a pure test)
    ended: dict[tuple[int, int], bool] = {}
    stopped: list[bool] = []
    body: dict[tuple, str] = {}
    for f in facts:
        # (each field read once: each read of a record of ``tally.model`` is a generic attribute
        # look-up in the compiled build)
        s_start, s_end = f.sentence_start, f.sentence_end
        key = (s_start, s_end)
        stop = ended.get(key)
        if stop is None:
            stop = ended[key] = _ends_stopped(text[s_start:s_end])
        stopped.append(stop)
        if stop:
            period = f.period
            if period:
                body.setdefault((f.value, f.unit), period)
    if not body:
        return  # no figure of the body to take a period from
    for i, f in enumerate(facts):
        if stopped[i]:
            continue  # (the commonest case first: the tests are pure, their order is free)
        # a carry across a headline is a guess
        if f.period is None or any(r.startswith("period:carried") for r in f.rules):
            p = body.get((f.value, f.unit))
            if p:
                f.period = p
                f.rules = [r for r in f.rules if not r.startswith("period:")] + ["period:repeated-figure"]
