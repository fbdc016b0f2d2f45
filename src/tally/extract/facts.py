"""Quantities → facts: entity, indicator, period, kind, direction, basis, status.

``extract_facts(document, articles)`` walks each article sentence by sentence (captions on
their own), finds the quantities (``tally.extract.quantities``), and fills each fact's fields
from the rules of the sibling modules:

* ``periods``     time expressions, and carrying a period into a sentence that refers back
* ``kinds``       level / change / share / rank / ratio, direction, basis, status
* ``indicators``  the indicator id from units, counted nouns and cue words
* ``tally.resolve.coref``  the entity: the nearest visible subject, references, the topic

Attribution never crosses an article boundary: every article (and every caption) starts with
an empty context. ``Fact.rules`` lists the rule behind each field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tally.extract import kinds as K
from tally.extract.indicators import indicator_of
from tally.extract.periods import TimeExpr, find_periods
from tally.extract.sentences import Sentence, sentences
from tally.model import Article, Document, Entity, Fact, Quantity
from tally.resolve.coref import SentenceView, Tracker, _inside
from tally.resolve.entities import Lexicon, find_mentions

Finder = Callable[..., list[Quantity]]

_OPENER = re.compile(
    r"^[\s\"“‘']*(?:(?:It|This|That|These|Those)\s+(?:represents?|is|was|are|were|accounts?|accounted|means|meant|marks|"
    r"marked|ranks|ranked|equals|makes|made|brings|brought)\b|(?:This|These|That|Those)\s+(?!is\b|was\b|are\b|were\b|has\b|have\b)[a-z]+|"
    r"The (?:figures?|rates?|growth(?: rates?)?|increases?|decreases?|totals?|amounts?|sum|two|three|four|five)\b|"  # noqa: E501
    r"Meanwhile|At the same time|Of (?:this|these|that|the total)|Among them|Together)\b"
)
_NOT_PAST = {
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
}
_PAST = re.compile(
    r"\b(?:was|were|\w{3,}ed|grew|rose|fell|took|stood|saw|made|won|sold|became|began|hit|reached|totaled|totalled|"
    r"recorded|reported|contributed|amounted|exported|imported|produced|earned|spent|paid|brought|got|went|came|"
    r"built|set|led|kept|held|drew|gave|rang|ran|shrank|sank|slid|swung|topped)\b"
)
_PERFECT = re.compile(
    r"\b(?:has|have|'ve|’ve)\s+(?:\w+ly\s+|also\s+|already\s+|not\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|de|ght|un|ung)\b"
)
_RANK_VERB = re.compile(
    r"\brank(?:s|ed|ing)?\b(?:\s+\w+){0,3}\s*$|\b(?:among|as|is|was|be)\s+(?:the\s+)?$", re.IGNORECASE
)
_RANK_AFTER = re.compile(
    r"^\s*(?:-?\s*(?:largest|biggest|highest|fastest|strongest|leading|most)\b|(?:nationwide|worldwide|globally|"
    r"in the (?:world|country|nation)|in China|in Asia|among)\b)",
    re.IGNORECASE,
)
_FIRST_IN = re.compile(
    r"^(?:[\s-]*[\w-]+){0,4}?\s+(?:in|among|across)\s+(?:the\s+)?(?:[A-Z]|(?:country|nation|world|province|region|city|county)\b)"
)
_TYPE_WORDS = re.compile(r"\b(?:province|city|county|district|township|village|zone|company)\b")


@dataclass
class _Ctx:
    tracker: Tracker
    period: TimeExpr | None = None
    target: TimeExpr | None = None
    period_age: int = 99  # sentences since the context period was stated
    last_fact: Fact | None = None
    last_sentence_text: str = ""
    sentences_since_fact: int = 99
    facts: list[Fact] = field(default_factory=list)


def _default_finder() -> Finder:
    from tally.extract.quantities import find_quantities

    return find_quantities


def extract_facts(
    document: Document, articles: list[Article], *, find: Finder | None = None
) -> tuple[list[Fact], list[Entity]]:
    """Facts and the entities they name, for one document already split into articles."""
    text = document.text
    find = find or _default_finder()
    if not articles:
        articles = [Article(index=0, start=0, end=len(text))]
    lex = Lexicon()
    for art in articles:
        find_mentions(text, art.start, art.end, lex, learn=True)
    quantities = find(text)
    facts: list[Fact] = []
    for art in articles:
        facts.extend(_article(document, art, quantities, lex))
    facts.sort(key=lambda f: (f.start, f.end))
    entities: dict[str, Entity] = {}
    for f in facts:
        if f.entity and f.entity_type:
            key = f"{f.entity_type}:{f.entity.lower()}"
            if key not in entities:
                parent = f.qualifiers.pop("_parent", None)
                entities[key] = Entity(name=f.entity, type=f.entity_type, parent=parent)
        f.qualifiers.pop("_parent", None)
    return facts, list(entities.values())


def _masked(text: str, art: Article) -> str:
    """The text with the article's captions blanked, for reading its body."""
    if not art.captions:
        return text
    chars = list(text)
    for c in art.captions:
        for i in range(c.start, c.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _article(doc: Document, art: Article, quantities: list[Quantity], lex: Lexicon) -> list[Fact]:
    text = doc.text
    body_text = _masked(text, art)
    sents = sentences(text, art)
    caption_ranges = [(c.start, c.end) for c in art.captions]
    index = {id(q): i for i, q in enumerate(quantities)}
    body = _Ctx(Tracker(lex))
    out: list[Fact] = []
    claimed: set[int] = set()
    caption_ctx: dict[int, _Ctx] = {}
    for s in sents:
        if s.caption:
            ctx = caption_ctx.setdefault(
                s.paragraph, _Ctx(Tracker(lex))
            )  # a caption takes entities from itself only
            src = text
        else:
            ctx = body
            src = body_text
        qs = [
            q
            for q in quantities
            if s.start <= q.start
            and q.end <= s.end
            and id(q) not in claimed
            and (s.caption or not _inside(q.start, caption_ranges))
        ]
        for q in qs:
            claimed.add(id(q))
        out.extend(_sentence(doc, src, art, s, qs, quantities, index, ctx))
        ctx.last_sentence_text = src[s.start : s.end]
    _fill_from_article(out, body)
    # quantities the segmenter left outside every sentence (sub-headlines, stray lines)
    rest = [q for q in quantities if art.start <= q.start < art.end and id(q) not in claimed]
    for q in rest:
        ls = text.rfind("\n", art.start, q.start) + 1
        le = text.find("\n", q.end, art.end)
        le = art.end if le < 0 else le
        s = Sentence(start=ls, end=le, paragraph=-2)
        out.extend(_sentence(doc, body_text, art, s, [q], quantities, index, _Ctx(Tracker(lex))))
    return out


def _fill_from_article(facts: list[Fact], body: _Ctx) -> None:
    """Body facts with no entity (sub-headlines, openings) take the article's main subject."""
    counts: dict[tuple, int] = {}
    for f in facts:
        if f.entity and "entity:none" not in f.rules:
            k = (f.entity, f.entity_type)
            counts[k] = counts.get(k, 0) + 1
    if not counts:
        return
    main = max(counts, key=lambda k: counts[k])
    for f in facts:
        if f.entity is None and not any(r == "caption" for r in f.rules):
            f.entity, f.entity_type = main
            f.rules.append("entity:article-main")


def _blank(src: str, start: int, end: int, spans: list[tuple[int, int]], keep: int) -> str:
    """``src[start:end]`` without the asides that do not contain ``keep`` (each left as one space)."""
    cut = sorted(
        (max(a, start), min(b, end)) for a, b in spans if not (a <= keep < b) and a < end and b > start
    )
    out, pos = [], start
    for a, b in cut:
        if a < pos:
            a = pos
        if a >= b:
            continue
        out.append(src[pos:a])
        out.append(" ")
        pos = b
    out.append(src[pos:end])
    return "".join(out)


def _keep_rank(q: Quantity, before: str, after: str) -> bool:
    if re.search(r"largest|biggest|highest|leading", q.text, re.IGNORECASE):
        return True
    if _RANK_VERB.search(before[-40:]) and re.search(r"\brank", before[-40:], re.IGNORECASE):
        return True
    if _RANK_AFTER.search(after[:40]):
        return True
    if re.search(r"\b(?:the|top)\s*$", before[-8:], re.IGNORECASE) and _FIRST_IN.search(after[:60]):
        return True
    if q.text.lower() == "top" and re.search(r"\brank", before[-30:], re.IGNORECASE):
        return True
    return False


def _sentence(
    doc: Document,
    src: str,
    art: Article,
    s: Sentence,
    qs: list[Quantity],
    allq: list[Quantity],
    index: dict[int, int],
    ctx: _Ctx,
) -> list[Fact]:
    pub = doc.published
    sent = src[s.start : s.end]
    times = find_periods(src, s.start, s.end, published=pub)
    view = ctx.tracker.sentence(src, s.start, s.end)
    names = [(r.mention.start, r.mention.end) for r in view.mentions if r.mention.form == "name"]
    facts: list[Fact] = []
    by_q: dict[int, Fact] = {}
    kept: list[Quantity] = []
    for q in qs:
        if any(q.start < t.end and t.start < q.end for t in times if t.role != "basis" or t.value):
            continue
        if any(q.start < e and st < q.end for st, e in names):
            continue
        kept.append(q)
    # twins of a currency pair are filled from their partner
    primary = [q for q in kept if not _is_twin(q, allq, index)]
    for i, q in enumerate(primary):
        prev_end = primary[i - 1].end if i else s.start
        nxt = primary[i + 1].start if i + 1 < len(primary) else s.end
        prev_end = max(prev_end, _twin_end(primary[i - 1], allq, index)) if i else prev_end
        local_before = _blank(src, prev_end, q.start, view.asides, q.start)
        local_after = _blank(src, _twin_end(q, allq, index), nxt, view.asides, q.start)
        wide_before = _blank(src, max(s.start, q.start - 220), q.start, view.asides, q.start)
        hard = _inside(q.start, [(a, b) for a, b in view.asides if a in view.hard_starts])
        if hard:
            wide_before = src[max(hard[0], q.start - 220) : q.start]
            local_before = src[max(hard[0], prev_end) : q.start]
            local_after = src[_twin_end(q, allq, index) : min(nxt, hard[1])]
        clause_after = re.split(r"[,;:]|\s(?:while|whereas|but)\s", local_after, maxsplit=1)[0]
        if (
            s.caption
            and q.unit == "count"
            and q.value is not None
            and q.value < 10
            and (q.counted or "") in _PHOTO_PEOPLE
        ):
            continue  # "Two workers assemble ...": who is in the photo, not a statistic
        if (
            (q.kind_hint == "rank" or q.unit == "rank")
            and "top-n" not in q.rules
            and not _keep_rank(q, wide_before, src[q.end : s.end])
        ):
            continue
        f = _fact(doc, art, s, q)
        orig = q
        if q.unit == "count" and re.search(r"\btop\s*$", local_before, re.IGNORECASE):
            # "among the top three exporters": a position, not a count
            q = Quantity(
                start=q.start,
                end=q.end,
                text=q.text,
                value=q.value,
                unit="rank",
                approx=q.approx,
                kind_hint="rank",
                rules=(*q.rules, "top-n"),
            )
            f.unit, f.counted = "rank", None
            f.rules.append("kind:top-n")
        # kind
        info = K.classify(q, local_before, local_after, sent)
        prev = facts[-1] if facts else None
        if (
            info.kind == "level"
            and prev
            and prev.kind == "change"
            and prev.unit == q.unit
            and re.fullmatch(r"\s*(?:,|and|or|,\s*and)?\s*", local_before)
        ):
            info = K.KindInfo(kind="change", direction=prev.direction, rules=["kind:coordinated"])
        f.kind, f.direction = info.kind, info.direction
        f.rules += info.rules
        # period
        period, prule, prole = _period(q, s, times, view, ctx, sent, wide_before, pub.year if pub else None)
        f.period = period
        f.rules.append(prule)
        # status
        st = K.status_of(wide_before, clause_after)
        if st or prole == "target" or (period and pub and _end_year(period) > pub.year):
            f.status = "target"
            f.rules.append(st[1] if st else "status:future-period")
        # basis
        if f.kind == "change":
            has_since = any(t.role == "basis" and t.value for t in times)
            span = bool(f.period and "/" in f.period and "-" not in f.period)
            basis, brule = K.basis_of(
                local_before,
                local_after,
                _blank(src, s.start, s.end, view.asides, q.start) + " " + ctx.last_sentence_text,
                has_since,
                span,
            )
            f.basis = basis
            f.rules.append(brule)
            if basis == "annual_avg" and f.period and "/" not in f.period:
                spans = [
                    t
                    for t in times
                    if t.role == "explicit" and t.value and "/" in t.value and _visible(t, q, view)
                ]
                if spans:
                    f.period = spans[0].value
                    f.rules.append("period:span-of-average")
        # entity
        ent, erule = view.entity_for(q.start, q.end)
        if ent:
            f.entity, f.entity_type = ent[0], ent[1]
            if ent[2]:
                f.qualifiers["_parent"] = ent[2]
        f.rules.append(erule)
        # indicator
        prev_ok = (
            prev is not None
            and not (_inside(prev.start, view.asides) and not _inside(q.start, view.asides))
            and (prev.unit != "count" or q.unit == "count")
        )
        ind, irule = None, ""
        if prev_ok and _CHANGE_TAIL.search(local_before):
            # "... 25 billion yuan worth of goods, up 18 percent": the change of the figure before
            ind, irule = prev.indicator, "indicator:change-of-previous"
        if ind is None:
            ind, irule = indicator_of(q, local_before, clause_after, f.kind)
        if ind is None and prev_ok:
            ind, irule = prev.indicator, "indicator:previous-figure"
        if ind is None:
            ind, irule = indicator_of(q, wide_before, clause_after, f.kind)
        if ind is None and ctx.last_fact is None and art.headline:
            ind, irule = indicator_of(q, src[art.headline.start : art.headline.end] + " ", "", f.kind)
            irule = irule + "@headline"
        if ind is None:
            if prev_ok and prev.indicator != "other":
                ind, irule = prev.indicator, "indicator:same-sentence"
            elif ctx.last_fact and ctx.sentences_since_fact <= 1 and ctx.last_fact.entity == f.entity:
                ind, irule = ctx.last_fact.indicator, "indicator:carried"
            elif q.unit == "count":
                ind, irule = "count", "indicator:count-default"
            else:
                ind, irule = "other", "indicator:default"
        if (
            f.kind == "rank"
            and re.search(r"\bto\s+\w+", src[q.end : q.end + 90])
            and not re.search(r"\brank", wide_before[-40:], re.IGNORECASE)
            and irule.startswith(("indicator:carried", "indicator:same"))
        ):
            ind, irule = "other", "indicator:first-mover"
        f.indicator = ind
        f.rules.append(irule)
        if q.per:
            f.qualifiers["per"] = q.per
        _qualifiers(f, view, q, wide_before, clause_after)
        if f.unit in _CURRENCIES and re.search(
            r"\bmonthly\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?(?:(?:more than|about|nearly|over|up to|around|some)\s+)?$",  # noqa: E501
            local_before,
            re.IGNORECASE,
        ):
            f.unit = f"{f.unit}/month"
            f.qualifiers["per"] = "month"
            f.rules.append("unit:monthly")
        pm = _PER_BEFORE.search(local_before[-60:])
        if pm and "/" not in f.unit and f.unit not in ("percent", "count", "times", "rank"):
            per = pm.group(1).lower()
            f.unit = f"{f.unit}/{_PER_UNIT[per]}"
            f.qualifiers["per"] = per
            f.rules.append("unit:per-before")
        facts.append(f)
        by_q[id(orig)] = f
    # twins
    out: list[Fact] = []
    for q in kept:
        if id(q) in by_q:
            out.append(by_q[id(q)])
            continue
        partner = allq[q.paired_with] if q.paired_with is not None and q.paired_with < len(allq) else None
        pf = by_q.get(id(partner)) if partner is not None else None
        if pf is None:
            continue
        f = _fact(doc, art, s, q)
        for name in ("kind", "status", "indicator", "entity", "entity_type", "period", "direction", "basis"):
            setattr(f, name, getattr(pf, name))
        if f.approx == "=":
            f.approx = pf.approx
        f.qualifiers = dict(pf.qualifiers)
        f.rules.append("paired:copied-from-partner")
        out.append(f)
    out.sort(key=lambda f: f.start)
    if facts:
        ctx.last_fact = facts[-1]
        ctx.sentences_since_fact = 0
    else:
        ctx.sentences_since_fact += 1
    _update_period_context(ctx, [t for t in times if not _inside(t.start, view.attrib)])
    return out


def _qualifiers(f: Fact, view: SentenceView, q: Quantity, before: str, after: str) -> None:
    """Easy qualifiers: trade partner, per capita scope, product of a count of goods."""
    if f.indicator in ("exports", "imports", "trade", "orders"):
        best = None
        for r in view.mentions:
            if r.ent and r.ent[1] == "country" and q.start - 100 < r.mention.end <= q.start:
                lead = view.text[max(0, r.mention.start - view.start - 12) : r.mention.start - view.start]
                if re.search(r"(?:\b(?:to|with|from|and)|[—,])\s+(?:the\s+)?$", lead):
                    best = r.ent[0]
        if best:
            f.qualifiers.setdefault("partner", best)
    if re.search(r"\bper capita\b", before[-80:] + after[:30], re.IGNORECASE):
        f.qualifiers.setdefault("scope", "per capita")
    if f.unit == "count" and f.counted and f.indicator in ("exports", "imports", "production", "orders"):
        f.qualifiers.setdefault("product", f.counted)


def _fact(doc: Document, art: Article, s: Sentence, q: Quantity) -> Fact:
    return Fact(
        doc=doc.name,
        start=q.start,
        end=q.end,
        text=q.text,
        value=q.value,
        unit=q.unit,
        approx=q.approx,
        value_high=q.value_high,
        counted=q.counted,
        article=art.index,
        sentence_start=s.start,
        sentence_end=s.end,
        rules=[*(f"quantity:{r}" for r in q.rules), *(["caption"] if s.caption else [])],
    )


def _is_twin(q: Quantity, allq: list[Quantity], index: dict[int, int]) -> bool:
    if q.paired_with is None:
        return False
    return q.paired_with < index.get(id(q), -1)


def _twin_end(q: Quantity, allq: list[Quantity], index: dict[int, int]) -> int:
    if q.paired_with is not None and q.paired_with < len(allq) and q.paired_with > index.get(id(q), 10**9):
        twin = allq[q.paired_with]
        close = twin.end
        # include a closing bracket after the twin
        return close + 1 if close < len(twin.text) + twin.start + 1 else close
    return q.end


def _end_year(period: str) -> int:
    last = period.split("/")[-1]
    try:
        return int(last[:4])
    except ValueError:
        return 0


def _period(
    q: Quantity,
    s: Sentence,
    times: list[TimeExpr],
    view: SentenceView,
    ctx: _Ctx,
    sent: str,
    before: str,
    doc_year: int | None = None,
) -> tuple[str | None, str, str | None]:
    usable = [
        t
        for t in times
        if t.role in ("explicit", "target", "now")
        and t.value
        and not (_inside(t.start, view.attrib) and not _inside(q.start, view.attrib))
    ]
    visible = [t for t in usable if _visible(t, q, view)]
    if re.search(r"\b(?:has|have|is|are|owns|boasts|employs)\s+(?:\w+\s+){0,3}$", before[-60:]):
        # "has 210 member households and sold apples ... last year": the time dates the other clause
        src_text = view.text
        visible = [
            t
            for t in visible
            if t.start < q.start or not _AND_PAST.search(src_text[q.end - view.start : t.start - view.start])
        ]
    if visible:
        best = min(visible, key=lambda t: min(abs(t.start - q.end), abs(q.start - t.end)))
        return best.value, best.rule, best.role
    if usable:
        return None, "period:aside-isolated", None
    if any(t.role == "vague" for t in times):
        return None, "period:vague", None
    carried = ctx.period.value if ctx.period else None
    if _inside(q.start, [(a, b) for a, b in view.asides if a in view.hard_starts]):
        return None, "period:aside-none", None
    if any(t.role == "anaphor" for t in times):
        return carried, "period:anaphor", ctx.period.role if ctx.period else None
    if not carried or s.caption:
        return None, "period:none", None
    age = ctx.period_age
    if K.status_of(before, ""):
        if ctx.target and age <= 3:
            return ctx.target.value, "period:carried-target", "target"
        if age <= 2 and doc_year and _end_year(carried) > doc_year:
            return carried, "period:carried-plan", "target"
        return None, "period:none", None
    if _OPENER.search(sent) and age <= 1:
        return carried, "period:carried-anaphoric-opener", ctx.period.role
    if ctx.period.role == "now" and age <= 1 and _PERFECT.search(sent) and q.unit not in _DURATIONS:
        return carried, "period:carried-to-date", "now"
    if age <= 2 and _past(sent) and not _PERFECT.search(sent) and not re.search(r"\b(?:is|are)\b", sent):
        return carried, "period:carried-past-tense", ctx.period.role
    return None, "period:none", None


_PHOTO_PEOPLE = {
    "worker",
    "person",
    "people",
    "resident",
    "student",
    "farmer",
    "child",
    "visitor",
    "man",
    "woman",
    "girl",
    "boy",
    "employee",
    "technician",
    "member",
    "official",
    "staff",
    "tourist",
    "villager",
}
_PER_BEFORE = re.compile(
    r"\bper\s+(hectare|mu|ton|tonne|square meter|kilogram|month)\b[^,;.]{0,25}$", re.IGNORECASE
)
_PER_UNIT = {
    "hectare": "ha",
    "mu": "mu",
    "ton": "t",
    "tonne": "t",
    "square meter": "m2",
    "kilogram": "kg",
    "month": "month",
}

_CHANGE_TAIL = re.compile(
    r",\s*(?:up|down|rising|falling|growing|increasing|decreasing|jumping|surging|soaring|dropping|declining|"
    r"an? (?:[\w-]+ ){0,2}(?:increase|rise|jump|drop|decline|decrease|growth)(?: of)?|representing (?:an? )?\w+(?: of)?|"  # noqa: E501
    r"which (?:is|was) (?:up|down))\s*(?:by\s+)?(?:about|nearly|over|more than|some)?\s*$",
    re.IGNORECASE,
)
_AND_PAST = re.compile(
    r"\band\s+(?:also\s+)?(?:\w+ed|sold|grew|rose|fell|made|won|took|saw|built|brought|became)\b"
)
_CURRENCIES = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}
_DURATIONS = ("year", "month", "day", "week", "hour")


_ADJ_BEFORE = {
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


def _past(sent: str) -> bool:
    """A simple-past verb in the sentence (an -ed word used as an adjective does not count)."""
    for m in _PAST.finditer(sent):
        w = m.group(0).lower()
        if w in _NOT_PAST:
            continue
        if w.endswith("ed") and w not in ("was", "were"):
            prev = re.findall(r"([\w,.]+)\s+$", sent[: m.start()])
            if prev and (prev[-1].lower() in _ADJ_BEFORE or re.fullmatch(r"[\d,.]+", prev[-1])):
                continue
        return True
    return False


def _visible(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """A time inside a dash or bracket aside dates only that aside, and an aside is dated only from inside."""
    hard = [(a, b) for a, b in view.asides if view_text_kind(view, a) == "hard"]
    a = _inside(t.start, hard)
    if a and not (a[0] <= q.start < a[1]):
        return False
    a2 = _inside(q.start, hard)
    if a2 and not (a2[0] <= t.start < a2[1]):
        return False
    return True


def view_text_kind(view: SentenceView, start: int) -> str:
    return "hard" if start in view.hard_starts else "soft"


def _update_period_context(ctx: _Ctx, times: list[TimeExpr]) -> None:
    ctx.period_age += 1
    for t in times:
        if t.rule == "period:ago":
            continue  # the date of an event, not a reporting period
        if t.role != "basis":
            ctx.period_age = 0
        if t.role in ("explicit", "now") and t.value:
            ctx.period = t
        elif t.role == "target" and t.value:
            ctx.target = t
            ctx.period = t
        elif t.role == "vague":
            ctx.period = None
