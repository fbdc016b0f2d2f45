"""From the matches of one segment (``_found``) to its mentions (``_scan``), in this order: "the
city of X", "the park at X", "X's capital", "X county", "X airport", the capitalised names (what
depends on the sequence alone planned once, ``_seq_plan``; a piece named by the gazetteer or
suffixes, the lexicon, then the rules of ``tally.resolve.ent_appositions``), then the references
and pronouns (``_scan_references``). Each is added only where no mention is yet (``_Taken``),
and learnt into the lexicon in the learning pass.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final

from tally.resolve.ent_appositions import (
    _appositive_company,
    _business_index,
    _business_subject,
    _headed_company,
    _heads_by_end,
    _villagers_place,
)
from tally.resolve.ent_lexicon import Lexicon
from tally.resolve.ent_names import (
    _LEADING,
    _RX_STRIP_OPENER_1,
    Mention,
    _common_word_opening,
    _leading_cut,
    _openers,
    _pieces,
    _strip_leading,
    _strip_opener,
    _types_of_word,
    classify_name,
    place_name,
    sentence_initial,
)
from tally.resolve.ent_references import _nationalities, _references
from tally.resolve.ent_sequences import _OF_WIDE_HEADS, _PRONOUNS, _Found, _typed_words

if TYPE_CHECKING:
    from tally.resolve.entities import _Learnt

_Piece = tuple[str, int, "tuple[str, str, str | None] | None"]  # (piece, offset, classify_name(piece))


@lru_cache(maxsize=4096)  # names recur within a page and across pages
def _seq_plan(raw: str) -> tuple[int, int, tuple[_Piece, ...], tuple[_Piece, ...]]:
    """What the capitalised-name pass does with a sequence ``raw`` of ``_SEQ`` that depends on it
    alone: the characters its leading function words take (``_strip_leading``), those its opening
    word takes when that word is stripped at a sentence start (``_strip_opener``; 0 when it never
    is), and the name pieces (``_pieces``, offsets from where they are cut, with their
    ``classify_name``) without and with that opener stripped (none for a number)."""
    rest, cut = _leading_cut(raw)
    m = _RX_STRIP_OPENER_1.match(rest)
    opener = m.end() if m and m.group(1).lower() in _openers() and not classify_name(rest) else 0
    return cut, opener, _plan_pieces(rest), _plan_pieces(rest[opener:]) if opener else ()


@cache
def _digit_led_idle() -> bool:
    """Does ``_seq_plan`` give nothing to do (no piece, with or without an opener) for every
    sequence opening with a digit? Its leading function words and openers are words that open
    with no digit, so nothing is cut from such a sequence, and ``_plan_pieces`` of a sequence
    opening with a digit is empty."""
    return not any(w[:1].isdigit() for w in [*_LEADING, *_openers()])


def _plan_pieces(seq: str) -> tuple[_Piece, ...]:
    seq = seq.rstrip()
    if not seq or seq[0].isdigit():
        return ()
    return tuple((p, ps, classify_name(p)) for p, ps in _pieces(seq, 0))


# the most places ``_left_from`` and ``_right_from`` step forward before they bisect
_WALK: Final = 8


def _left_from(xs: list[int], x: int, i: int) -> int:
    """``bisect_left(xs, x)`` of the sorted ``xs``, where a search going left to right ended
    at ``i`` last: stepped forward from there when it is not past ``x``, else bisected (compiled,
    a call of ``bisect_left`` is a generic call of ~900 instructions, a step ~30)."""
    n = len(xs)
    if i < 0 or i > n or i > 0 and xs[i - 1] >= x:
        return bisect_left(xs, x)
    stop = i + _WALK
    if stop > n:
        stop = n
    while i < stop and xs[i] < x:
        i += 1
    if i < n and xs[i] < x:
        return bisect_left(xs, x, i)
    return i


def _right_from(xs: list[int], x: int, i: int) -> int:
    """``bisect_right(xs, x)`` of the sorted ``xs``, found as ``_left_from`` finds ``bisect_left``'s."""
    n = len(xs)
    if i < 0 or i > n or i > 0 and xs[i - 1] > x:
        return bisect_right(xs, x)
    stop = i + _WALK
    if stop > n:
        stop = n
    while i < stop and xs[i] <= x:
        i += 1
    if i < n and xs[i] <= x:
        return bisect_right(xs, x, i)
    return i


class _Taken:
    """The mentions ``_scan`` has found (``out``) and the spans they have taken, sorted by start.
    They never overlap (each is added only where free), so their ends are sorted too, and a
    span overlaps one of them only if it overlaps the last one starting before its end. With a
    ``lex`` to learn into, each name added is added to it too.

    (A plain class whose methods are called directly, not bound methods or closures passed as
    values: in the compiled build those are generic calls, costing a few hundred instructions each.)"""

    starts: list[int]
    ends: list[int]
    out: list[Mention]
    text: str
    lex: Lexicon | None  # (learning into it)
    # where the last search for a place in ``starts`` ended (after the span taken last): each
    # pass of ``_scan`` goes left to right, so the next search mostly ends there too (tried
    # first: compiled, a call of ``bisect_left`` costs ~900 instructions, the test ~50)
    at: int

    def __init__(
        self, starts: list[int], ends: list[int], out: list[Mention], text: str, lex: Lexicon | None
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.out = out
        self.text = text
        self.lex = lex
        self.at = 0

    def free(self, s: int, e: int) -> bool:
        starts = self.starts
        i = self.at  # (``bisect_left(starts, e)`` when it passes the test: they are sorted)
        if not ((i == len(starts) or starts[i] >= e) and (i == 0 or starts[i - 1] < e)):
            i = _left_from(starts, e, i)
            self.at = i
        return i == 0 or self.ends[i - 1] <= s

    def take(self, s: int, e: int) -> None:
        starts = self.starts
        i = self.at  # (``bisect_left(starts, s)`` when it passes the test)
        if not ((i == len(starts) or starts[i] >= s) and (i == 0 or starts[i - 1] < s)):
            i = _left_from(starts, s, i)
        starts.insert(i, s)
        self.ends.insert(i, e)
        self.at = i + 1

    def add(self, m: Mention) -> None:
        self.out.append(m)
        self.take(m.start, m.end)
        lex = self.lex
        if lex is not None and m.form == "name" and m.name and m.type:
            surface = self.text[m.start : m.end] if m.type in ("company", "zone") else None
            lex.add(m.name, m.type, m.parent, surface)


def _looked_up(lex: Lexicon, trace: _Learnt | None, key: str) -> tuple[str, str, str | None] | None:
    """``lex.lookup(key)``, recorded in ``trace`` (if any)."""
    answer = lex.lookup(key)
    if trace is not None:
        trace.lookups.append((key, answer))
    return answer


def _scan(
    text: str, start: int, end: int, lex: Lexicon, found: _Found, *, learn: bool, trace: _Learnt | None = None
) -> list[Mention]:
    """The mentions in ``text[start:end]`` from the segment's matches ``found``, sorted, unmarked
    (with ``trace``, every lexicon look-up and any learning-only name recorded there)."""
    out: list[Mention] = []
    # the spans taken (the first ones, "the city of X", come from one finditer; every later one
    # is added only where free)
    taken = _Taken([], [], out, text, lex if learn else None)

    # "the Shanxi city of Linfen", "the village of Nongfa"
    of_found, zone_found, cap_found, after_found, typed_found, _pronouns = found.battery
    for m in of_found:
        spec = _typed_words().get(m.group(2))
        if spec is not None:  # "the port of Ningbo-Zhoushan": "Ningbo-Zhoushan port", a company
            typ = spec["type"]
            name = f"{m.group(3)} {m.group(2)}" if spec["keep"] else m.group(3)
        else:
            typ = _OF_WIDE_HEADS.get(m.group(2)) or _types_of_word(m.group(2))
            name = place_name(m.group(3), typ)
        parent = m.group(1)
        s, e = start + m.start(), start + m.end()
        taken.add(
            Mention(
                start=s, end=e, name=name, type=typ, form="name", parent=parent, rules=["entity:the-type-of"]
            )
        )
    # "the renewable energy park at Khavda": a zone named by its place
    for m in zone_found:
        s, e = start + m.start(), start + m.end()
        if (
            not taken.free(s, e)
            or m.group(3)[0].isdigit()  # "moved to the zone in 2017": a year, not a place
            or (known := classify_name(m.group(3))) is not None
            and known[1] == "country"
        ):
            continue
        words = " ".join(m.group(1).split())
        name = " ".join(x for x in (m.group(3), words, m.group(2)) if x)
        taken.add(
            Mention(start=s, end=e, name=name, type="zone", form="name", rules=["entity:zone-at-place"])
        )
    # "Shanxi's capital, Taiyuan", "the provincial capital of Taiyuan"
    for m in cap_found:
        s, e = start + m.start(2), start + m.end(2)
        if not taken.free(s, e):
            continue
        c = classify_name(m.group(2)) or _looked_up(lex, trace, m.group(2))
        if c:
            taken.add(
                Mention(
                    start=s,
                    end=e,
                    name=c[0],
                    type=c[1],
                    form="name",
                    parent=m.group(1),
                    rules=["entity:capital-of"],
                )
            )
    # "Qixian county", "Changzhi city"
    for m in after_found:
        s, e = start + m.start(), start + m.end()
        seq, s2 = _strip_leading(m.group(1), start + m.start(1))
        seq, s2 = _strip_opener(text, seq, s2)
        if not taken.free(s2, e) or not seq or not seq[0].isupper():
            continue
        if seq.lower() in _nationalities():
            continue  # "the Polish province", "a German city": a nationality, not the place's name
        typ = _types_of_word(m.group(2))
        c = classify_name(seq)
        if c is None and _common_word_opening(text, seq, s2):
            continue  # "Oil city looks beyond the wellhead": a headline's first word, not a name
        if c is None and typ == "province":
            # "Guangxi Zhuang autonomous region": the first word names it
            c = classify_name(seq.split()[0])
        if c and c[1] not in ("province", "city", "country") and typ in ("city", "province"):
            continue  # "Shanxi Electric Motors city" cannot happen; a company before a type word is not a place  # noqa: E501
        name = place_name(c[0] if c and c[1] in ("province", "city") else seq, typ, m.group(2))
        parent = c[2] if c else None
        taken.add(
            Mention(
                start=s2,
                end=e,
                name=name,
                type=typ,
                form="name",
                parent=parent,
                rules=["entity:name+type-word"],
            )
        )
    # "Girona-Costa Brava airport", "the Metrolink network", "the Penedès wine region"
    for m in typed_found:
        seq, s2 = _strip_leading(m.group(1), start + m.start(1))
        e = start + m.end()
        if not seq or not seq[0].isupper() or not taken.free(s2, e):
            continue
        word = " ".join(m.group(2).lower().split())
        spec = _typed_words()[word]
        known = classify_name(seq)
        if known and (not spec["places"] or known[1] in ("company", "organization", "programme")):
            continue
        name = f"{seq} {word}" if spec["keep"] else seq
        taken.add(
            Mention(
                start=s2,
                end=e,
                name=name,
                type=spec["type"],
                form="name",
                rules=["entity:name+lower-type-word"],
            )
        )
    # capitalised names
    digits_idle = _digit_led_idle()
    # (the tables the rules for a name piece read, fetched once: a call of a cached function is
    # a generic call compiled)
    heads_by_end = _heads_by_end()
    business = _business_index()
    for m in found.seq:
        raw = m[0]  # (a subscript: cheaper than a method call compiled)
        if digits_idle and raw[0].isdigit():
            continue  # a third of them: numbers ("2021", "5 Shanxi ..."), which name nothing
        # (what depends on the sequence alone is worked out once per sequence: ``_seq_plan``)
        cut, opener, plain, opened = _seq_plan(raw)
        s = start + m.start() + cut
        pieces = plain
        if opener and sentence_initial(text, s):
            s, pieces = s + opener, opened
        for piece, rel, known in pieces:
            ps = s + rel
            pe = ps + len(piece)
            if not taken.free(ps, pe):
                continue
            nxt = text[pe] if pe < len(text) else ""  # (a character, not a slice: cheaper compiled)
            if nxt == "$" or nxt == "\\" and text[pe + 1 : pe + 2] == "$":
                continue  # "US$3.7 billion", "HK\$": the name is the prefix of a currency, not a mention
            c = known
            rule = "entity:gazetteer-or-suffix"
            if c is None:
                if trace is not None:
                    trace.pieces[len(trace.lookups)] = (ps, pe, piece)
                k = _looked_up(lex, trace, piece)
                if k:
                    c, rule = (k[0], k[1], k[2]), "entity:known-name"
            if c is None:
                c = _appositive_company(text, piece, ps, pe, start)
                rule = "entity:appositive-company"
            if c is None:
                c = _headed_company(text, piece, ps, heads_by_end)
                rule = "entity:head-before-name"
            if c is None:
                c = _villagers_place(text, piece, ps)
                rule = "entity:villagers-in"
            if c is None and learn:
                c = _business_subject(text, piece, pe, business)
                rule = "entity:business-subject"
                if c is not None and trace is not None:
                    trace.learning_only = True
            if c is None:
                continue
            taken.add(Mention(start=ps, end=pe, name=c[0], type=c[1], form="name", parent=c[2], rules=[rule]))
    _scan_references(text, start, found, taken)
    out.sort(key=lambda x: x.start)
    return out


def _scan_references(text: str, start: int, found: _Found, taken: _Taken) -> None:
    """The last part of ``_scan``: references ("the province", "the company's") and pronouns, each
    added where no mention is (``taken.free``) yet."""
    # references: "the province", "the company's"
    references = _references()
    for i, ref_found in found.refs:
        typ, ph = references[i][0], references[i][1]
        for m in ref_found:
            s, e = start + m.start(), start + m.end()
            if taken.free(s, e):
                taken.add(
                    Mention(start=s, end=e, name=None, type=typ, form="reference", rules=[f"entity:ref:{ph}"])
                )
    for m in found.battery[_PRONOUNS]:
        s, e = start + m.start(), start + m.end()
        if taken.free(s, e):
            taken.add(
                Mention(
                    start=s,
                    end=e,
                    name=None,
                    type=None,
                    form="pronoun",
                    rules=[f"entity:pronoun:{text[s:e].lower()}"],  # (the match may be on folded text)
                )
            )
