"""Reference phrases ("the province", "the company's") and pronouns ("its"), as ``_found`` looks
them up in a segment: the phrase table (``_references``) and its plan (bucketed by the run after
the article, ``_bucketed_plan``; the others grouped by their key's longest word, ``_plan_groups``),
where the articles stand (``_Leads``) and where a phrase may start after one
(``_phrase_starts_after``, ``_bucket_starts``), and the pronouns by their first two characters
(``_pronoun_matches``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from tally.gates import fold
from tally.resolve.ent_names import _words

_MEASURE_RX: Final = r"(?:[ \t]+\d[\d.,]*(?:-[a-z]+)+)"  # "the 1,035-km line", "the 12-room inn"
_RX_REFERENCE_RX_1: Final = re.compile(r"(the|this)\s+(.+)$", re.IGNORECASE)
_RX_REFERENCE_RX_2: Final = re.compile(r"\b(?:zone|park|district|area)$")
_RX_REFERENCES_1: Final = re.compile(r"(?:the|this)\s+(.+)$", re.IGNORECASE)

_RX_WORD: Final = re.compile(r"\w+")


@cache
def _pronoun_led_rxs() -> tuple[re.Pattern[str], ...]:
    r"""The pronouns of ``_pronoun_folded_rx`` (lower-cased) by their first two characters, each
    group one pattern: those characters (a literal re finds by its fast search for a literal
    opening), no word character before them (a lookbehind after them: it costs nothing where
    they are not), then the rest of one of the group's pronouns and ````."""
    groups: dict[str, list[str]] = {}
    for w in _words()["pronouns"]:
        low = w.lower()
        groups.setdefault(low[:2], []).append(low[2:])
    out = []
    for lead, rests in groups.items():
        alt = "|".join(re.escape(r) for r in sorted(set(rests), key=len, reverse=True))
        out.append(re.compile(rf"{re.escape(lead)}(?<!\w{re.escape(lead)})(?:{alt})\b"))
    return tuple(out)


@cache
def _pronoun_the_words() -> tuple[tuple[str, ...] | None, ...]:
    """For each pattern of ``_pronoun_led_rxs()``, its pronouns when every one opens with "the"
    (then each match is a whole word opening with "the" after no word character: where
    ``_LEAD_RUN["the"]`` matches, ``_Leads``), else None."""
    groups: dict[str, list[str]] = {}
    for w in _words()["pronouns"]:
        low = w.lower()
        groups.setdefault(low[:2], []).append(low)
    return tuple(tuple(ws) if all(w.startswith("the") for w in ws) else None for ws in groups.values())


@cache
def _pronoun_the_fourths() -> tuple[str | None, ...]:
    """For each group of ``_pronoun_the_words()``, the characters its pronouns have after their
    "the" (each one's fourth), when every one has one (else None): a word opening with "the"
    whose next character is none of them is none of the group's pronouns."""
    out: list[str | None] = []
    for words in _pronoun_the_words():
        if words is None or not all(len(w) > 3 for w in words):
            out.append(None)
        else:
            out.append("".join(sorted({w[3] for w in words})))
    return tuple(out)


def _pronoun_matches(low: str, leads: _Leads | None = None) -> tuple[re.Match[str], ...]:
    r"""The spans of the matches of ``_pronoun_folded_rx`` in the folded text ``low``, as finditer
    finds them. Every pronoun is word characters only, between two ````: a match is a whole run
    of word characters that is a pronoun (the alternative finditer takes there is the run
    itself: no other one ends at a ````), and runs do not overlap. So they are the matches of
    the patterns of ``_pronoun_led_rxs()`` (each a whole run of word characters that is one of its
    pronouns; of them all, at most one matches at a place), in order of where they start
    (cheaper than the alternation's scan of the text, tried at every position). With the
    ``leads`` of an aligned segment (``_Leads(seg, low, True)``), a group whose pronouns all open
    with "the" is tried only where a word opens with "the" (``_pronoun_the_words``), not scanned."""
    hits: list[re.Match[str]] = []
    groups = 0
    the_words = _pronoun_the_words()
    for k, rx in enumerate(_pronoun_led_rxs()):
        size = len(hits)
        words = the_words[k]
        if words is not None and leads is not None and leads.aligned:
            # (a group of pronouns opening with "the": tried only where a "the" opens a word, the
            # articles' places ``leads`` has found, and there only when one of them is there)
            # (first the character after "the": one of the pronouns' fourth characters, when
            # every pronoun of the group has one, ``_pronoun_the_fourths``; most words are not)
            fourths = _pronoun_the_fourths()[k]
            for p in leads.of("the"):
                if fourths is not None:
                    c = low[p + 3 : p + 4]
                    if not c or c not in fourths:
                        continue
                if low.startswith(words, p):
                    m = rx.match(low, p)
                    if m is not None:
                        hits.append(m)
        else:
            hits.extend(rx.finditer(low))
        if len(hits) > size:
            groups += 1
    if groups > 1:
        hits.sort(key=_match_start)
    return tuple(hits)


def _match_start(m: re.Match[str]) -> int:
    return m.start()


@cache
def _reference_plan() -> list[tuple[int, str, re.Pattern[str], str | None, str | None]]:
    """(index, literal key, regex, leading article, bucket) of every reference phrase, in table
    order; the bucket (the key's first word: its run of word characters) when ``_phrase_starts``
    can look it up."""
    refs = zip(_references(), _reference_leads(), strict=True)
    return [
        (i, key, rx, lead, _key_word(key) if _bucketed(key) else None)
        for i, ((_t, _p, key, rx), lead) in enumerate(refs)
    ]


def _key_word(key: str) -> str:
    """The run of word characters opening a (bucketed) key."""
    m = _RX_WORD.match(key)
    return m.group() if m else ""


@cache
def _bucketed_plan() -> dict[str, dict[str, list[tuple[int, str, re.Pattern[str]]]]]:
    """The phrases of ``_reference_plan()`` with an article and a bucket, by article then bucket:
    (index, literal key, regex), in table order."""
    out: dict[str, dict[str, list[tuple[int, str, re.Pattern[str]]]]] = {}
    for i, key, rx, lead, bucket in _reference_plan():
        if lead is not None and bucket is not None:
            out.setdefault(lead, {}).setdefault(bucket, []).append((i, key, rx))
    return out


@cache
def _unbucketed_plan() -> list[tuple[int, str, re.Pattern[str], str | None, str | None]]:
    """The phrases of ``_reference_plan()`` not in ``_bucketed_plan()``, in table order."""
    return [p for p in _reference_plan() if p[3] is None or p[4] is None]


_PlanRow = tuple[int, str, re.Pattern[str], str | None, str | None]


@lru_cache(maxsize=2)
def _plan_groups(by_heads: bool) -> tuple[tuple[str, tuple[_PlanRow, ...]], ...]:
    """The phrases ``_found`` looks up one by one (``_unbucketed_plan()`` when it visits the
    buckets first, else ``_reference_plan()``), grouped by their key's longest word (the key itself
    when it has none), in table order within a group: a key is in a text only if that word is, so
    one substring test skips all of a group's keys in most segments."""
    plan = _unbucketed_plan() if by_heads else _reference_plan()
    groups: dict[str, list[_PlanRow]] = {}
    for row in plan:
        key = row[1]
        groups.setdefault(max(_RX_WORD.findall(key), key=len, default=key), []).append(row)
    return tuple((word, tuple(rows)) for word, rows in groups.items())


# the article that opens a reference phrase, found with the phrase regexes' flags
_LEAD_RX: Final = {w: re.compile(rf"\b{w}", re.IGNORECASE) for w in ("the", "this")}
# (the word, then the lookbehind: a literal opening the pattern is what re finds fast, and the
# lookbehind, tried only there, asks the character before it)
_LEAD_PLAIN: Final = {w: re.compile(rf"{w}(?<!\w{w})") for w in _LEAD_RX}


# ``_LEAD_PLAIN``, and the run of word characters after the blanks right after the article if any
# (``_RX_BLANKS_RUN``'s group, read ahead: the next article may be in that run, "the theory")
_LEAD_RUN: Final = {w: re.compile(rf"{w}(?<!\w{w})(?:(?=[ \t]+(\w*))|)") for w in _LEAD_RX}
# both of ``_LEAD_RUN`` in one scan (their shared "th" the literal re finds fast; the letter after
# it tells the article): an aligned segment's ``_Leads`` reads the text once, not once per article
_LEAD_RUN_BOTH: Final = re.compile(r"th(?:e(?<!\wthe)|is(?<!\wthis))(?:(?=[ \t]+(\w*))|)")


class _Leads:
    """Where each article ("the", "this") matches (``_LEAD_RX``) in one segment, found once per
    article; in an aligned segment (``_found``) with the start and end of the run of word
    characters after the blanks after each (-1 without blanks), from the same scan of the folded
    text: it has the segment's blanks and word characters in place (``_phrase_starts_after``).
    (A plain class whose method is called directly: no closure.)"""

    seg: str
    low: str
    aligned: bool
    at: dict[str, list[int]]
    runs: dict[str, tuple[list[int], list[int]]]  # (aligned only)

    def __init__(self, seg: str, low: str, aligned: bool) -> None:
        self.seg = seg
        self.low = low
        self.aligned = aligned
        self.at = {}
        self.runs = {}

    def of(self, lead: str) -> list[int]:
        got = self.at.get(lead)
        if got is None and self.aligned and not self.at:
            self._both()
            got = self.at.get(lead)
        if got is None:
            got = []
            if self.aligned:
                qs: list[int] = []
                es: list[int] = []
                for m in _LEAD_RUN[lead].finditer(self.low):
                    got.append(m.start())
                    q, e = m.span(1)
                    qs.append(q)
                    es.append(e)
                self.runs[lead] = (qs, es)
            else:
                for m in _LEAD_RX[lead].finditer(self.seg):
                    got.append(m.start())
            self.at[lead] = got
        return got

    def _both(self) -> None:
        """Both articles' places and runs in an aligned segment, from one scan of the folded text
        by ``_LEAD_RUN_BOTH``: each match's spans read at once from its ``regs`` (the match's, then
        the run's, (-1, -1) where the group is unset) rather than by ``start()`` and ``span(1)``,
        two calls a match. (A ``str.find`` loop with the tests in place cost the plain build
        ~30 M instructions a run more than this scan and the compiled build more than ``regs``.)"""
        the: list[int] = []
        the_qs: list[int] = []
        the_es: list[int] = []
        this: list[int] = []
        this_qs: list[int] = []
        this_es: list[int] = []
        for m in _LEAD_RUN_BOTH.finditer(self.low):
            regs = m.regs
            x, e = regs[0]
            q, r = regs[1]
            if e - x == 3:
                the.append(x)
                the_qs.append(q)
                the_es.append(r)
            else:
                this.append(x)
                this_qs.append(q)
                this_es.append(r)
        self.at["the"] = the
        self.at["this"] = this
        self.runs["the"] = (the_qs, the_es)
        self.runs["this"] = (this_qs, this_es)


def _lead_positions(low: str, lead: str) -> list[int]:
    """Where ``_LEAD_RX[lead]`` matches, found in the folded text of an aligned segment: the word
    itself (a literal the regex engine finds fast), not preceded by a word character (``\\b``
    before a word character). Its occurrences cannot overlap, as the regex's matches do not."""
    return [m.start() for m in _LEAD_PLAIN[lead].finditer(low)]


def _phrase_starts(seg: str, lead: str, at: list[int]) -> list[tuple[int, int, int]]:
    """(article position, phrase position, end of the run of word characters there) of the phrase
    after each article at ``at`` (where ``_LEAD_RX[lead]`` matches), in order.

    A reference regex is the article, an optional measure ("the 1,035-km line") and blanks, then
    its phrase (a company's may have a nationality before it: ``_nationality_rx``, a whole word
    that is not a phrase's first). Whichever way the regex matches, its phrase starts where
    ``_after_lead`` ends
    its blanks: the blanks before a phrase that opens with a letter are all of them, and the
    measure, a digit run then hyphenated words, is all of it or none (a shorter one is followed by
    neither a blank nor the phrase). (The run after them, ``\\w*``, never fails: it changes no
    way the rest matches.)

    A bucketed phrase (its key opening with a letter) matches only where that run is its key's
    first word (``_key_word``): the key is there (``low.startswith``), and either a character that
    is no word character follows that word in the key, or the key is that word and its regex's
    ``\\b`` holds after it."""
    size = len(lead)
    qs: list[int] = []
    es: list[int] = []
    for p in at:
        # the blanks and the run after the article (what every match opens with)
        b = _RX_BLANKS_RUN.match(seg, p + size)
        qs.append(-1 if b is None else b.start(1))
        es.append(-1 if b is None else b.end(1))
    return _phrase_starts_after(seg, lead, at, qs, es)


_RX_BLANKS_RUN: Final = re.compile(r"[ \t]+(\w*)")


def _phrase_starts_after(
    seg: str, lead: str, at: list[int], qs: list[int], es: list[int], low: str | None = None
) -> list[tuple[int, int, int]]:
    """``_phrase_starts(seg, lead, at)`` given where each match of ``_RX_BLANKS_RUN`` after the
    articles at ``at`` has its group, ``qs`` and ``es`` (-1 where it does not match: ``_Leads``).
    With ``low``, the folded ``seg`` when it is plain (``_plain_fold``): a run there is ASCII
    exactly where its fold is, and then its fold is its lower case (read, not made)."""
    after = _after_lead()[lead]
    heads = _nation_heads()
    out = []
    for k in range(len(at)):
        q = qs[k]
        if q < 0:
            continue  # (each way to match has blanks right after the article)
        e = es[k]
        p = at[k]
        if low is not None:
            key = low[q:e]
            head = q < e and seg[q].isalpha() and key.isascii() and key not in heads
        else:
            run = seg[q:e]
            head = run[:1].isalpha() and run.isascii() and run.lower() not in heads
        if head:
            out.append((p, q, e))
        elif m := after.match(seg, p):
            out.append((p, m.start(1), m.end(1)))
    return out


_BucketRows = list[tuple[int, str, re.Pattern[str]]]


def _bucket_starts(
    seg: str,
    low: str,
    lead: str,
    at: list[int],
    qs: list[int],
    es: list[int],
    buckets: dict[str, _BucketRows],
    ascii_low: bool,
) -> list[tuple[int, int, _BucketRows]]:
    """(article position, phrase position, bucket) of the starts of ``_phrase_starts_after(seg,
    lead, at, qs, es, low)`` (``low`` the fold of a plain segment, ``_plain_fold``) whose run is
    a key of ``buckets`` (phrases' first words), in order: the others' look-ups find nothing.
    A bucket's word is ASCII and opens with a letter (``_bucketed``), so a run that is one is
    the phrase's run unless a nationality opens with it; a run that is no bucket's matters only
    when it is not the phrase's (no letter opens it, it is not ASCII, or it opens a
    nationality: then ``_after_lead`` finds the run). In a plain segment, an ASCII run opens
    with a letter exactly where its fold does with an ASCII one; with ``ascii_low`` (``low`` is
    ASCII) every run is."""
    after = _after_lead()[lead]
    heads = _nation_heads()
    out: list[tuple[int, int, _BucketRows]] = []
    for k in range(len(at)):
        q = qs[k]
        if q < 0:
            continue  # (each way to match has blanks right after the article)
        e = es[k]
        key = low[q:e]
        if key not in heads:
            rows = buckets.get(key)
            if rows is not None:
                out.append((at[k], q, rows))
                continue
            if q < e and 97 <= ord(low[q]) <= 122 and (ascii_low or key.isascii()):
                continue  # (the phrase's run, no bucket's)
        m = after.match(seg, at[k])
        if m is not None:
            q, e = m.span(1)
            rows = buckets.get(low[q:e])
            if rows is not None:
                out.append((at[k], q, rows))
    return out


# the characters whose fold (``tally.gates.fold``) is ASCII but which are not: the dotted and
# dotless i, the long s, the Kelvin sign (and the combining dot, folded away)
_FOLDED_TO_ASCII: Final[tuple[str, ...]] = ("\u0130", "\u0131", "\u017f", "\u212a", "\u0307")


def _plain_fold(seg: str) -> bool:
    """Is ``seg`` free of ``_FOLDED_TO_ASCII`` (so that its fold keeps every character in place,
    and a part of it is ASCII exactly where the part's fold is: ``test_plain_fold``)?"""
    for c in _FOLDED_TO_ASCII:
        if c in seg:
            return False
    return True


@cache
def _nation_heads() -> frozenset[str]:
    """The first runs of word characters of the nationalities (``_nationality_rx``), lower-cased
    and folded: a nationality matches after the blanks only where the run there is one of them,
    case aside (the run ends where the nationality's first run ends, or the blanks after it
    could not follow)."""
    out: set[str] = set()
    for w in _words().get("nationalities") or ():
        m = _RX_WORD.match(w)
        run = m.group() if m else ""
        out.update((run.lower(), fold(run)))
    return frozenset(out)


@cache
def _after_lead() -> dict[str, re.Pattern[str]]:
    """The article, an optional measure and nationality, blanks, then the run of the phrase."""
    nation = _nationality_rx()
    return {w: re.compile(rf"{w}{_MEASURE_RX}?{nation}?[ \t]+(\w*)", re.IGNORECASE) for w in ("the", "this")}


@cache
def _nationalities() -> frozenset[str]:
    """``nationalities``, lower-cased."""
    return frozenset(w.lower() for w in _words().get("nationalities") or ())


@cache
def _nationality_rx() -> str:
    """'the South Korean company', 'the German carmaker': a nationality between the article and a
    company's head word (``nationalities``), longest first."""
    words = sorted(_words().get("nationalities") or (), key=len, reverse=True)
    return r"(?:[ \t]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words) + "))"


def _bucketed(key: str) -> bool:
    """Can a phrase be looked up after ``_phrase_starts``: ASCII, two characters at least, opening with a
    letter (so neither a blank nor a measure can open it)?"""
    return key.isascii() and len(key) >= 2 and key[0].isalpha()


@cache
def _reference_leads() -> list[str | None]:
    """The lower-cased article ("the", "this") that opens each reference phrase's regex, or None."""
    out: list[str | None] = []
    for _typ, ph, _key, _rx in _references():
        m = _RX_REFERENCE_RX_1.match(ph)
        out.append(m.group(1).lower() if m else None)
    return out


@cache
def _references() -> list[tuple[str, str, str, re.Pattern[str]]]:
    """(type, phrase, literal key, compiled regex) of every reference phrase, in table order."""
    out = []
    for typ, phrases in _words()["references"].items():
        for ph in phrases:
            m = _RX_REFERENCES_1.match(ph)
            key = (m.group(1) if m else ph).lower()
            out.append((typ, ph, key, re.compile(_reference_rx(ph, typ == "company"), re.IGNORECASE)))
    return out


@cache
def _pronoun_rx() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_words()["pronouns"]) + r")\b", re.IGNORECASE)


@cache
def _pronoun_folded_rx() -> re.Pattern[str] | None:
    """``_pronoun_rx`` for the folded text (case-blind matching costs twice the time), or None
    when a pronoun is not plain ASCII word characters, or there is none (then ``_found`` leaves
    the pronouns to ``_pronoun_rx``'s own scan; else to ``_pronoun_matches``)."""
    words = _words()["pronouns"]
    if not words or not all(w.isascii() and _RX_WORD.fullmatch(w) for w in words):
        return None
    return re.compile(r"\b(?:" + "|".join(w.lower() for w in words) + r")\b")


def _reference_rx(phrase: str, company: bool = False) -> str:
    """A reference phrase, allowing a measure compound after its article ("The 1,035-km line"), and
    for a company's a nationality ("the Swedish carmaker")."""
    m = _RX_REFERENCE_RX_1.match(phrase)
    if not m:
        return rf"\b{re.escape(phrase)}\b(?!-)"
    # "the provincial capital", "the state capital" name a city, not the province
    # "the airport zone", "the city district": a reference followed by a place head only modifies it
    head = "" if _RX_REFERENCE_RX_2.search(phrase) else r"(?![ \t]+(?:zone|park|district|area)\b)"
    nation = f"{_nationality_rx()}?" if company else ""
    tail = rf"\b(?!-)(?![ \t]+capital\b){head}"
    return rf"\b{m.group(1)}{_MEASURE_RX}?{nation}[ \t]+{re.escape(m.group(2))}{tail}"
