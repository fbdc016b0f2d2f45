"""Part–whole: components against a stated total, parts never above their whole.

Three relations, all between level facts of one entity, period (or sub-period), unit and status:

* sums from ``relations.yaml`` (exports + imports = trade), with equal qualifiers;
* a part narrowed by partner, product or sector never exceeds the unqualified figure
  (exports to the EU ≤ total exports), nor does a component exceed its sum's total;
* for flows, a sub-period never exceeds the span that contains it, and sub-periods that
  exactly cover a span add up to it (January–May + June = January–June).

And one across entities: a table's "Total" row (``table:total``) is the sum of the rows above
it in its column (the same indicator, period, unit and status; ``tally.extract.tables``).
"""

from __future__ import annotations

from tally.model import Check, Fact, period_bounds
from tally.verify.context import (
    Context,
    cap,
    checkable,
    far_apart,
    key_of,
    label,
    part_of,
    quals,
    verdict,
)
from tally.verify.explain import amount, scale_for, tol
from tally.verify.rounding import Interval, interval, relative_gap, tolerance

RULE = "part_whole"
WARN = 0.01    # beyond rounding but within 1 % of the total: a warning (revisions, rounding upstream)


def check_part_whole(facts: list[Fact], ctx: Context) -> list[Check]:
    levels = [
        f for f in facts
        if checkable(f) and f.kind == "level" and f.unit not in ("percent", "percentage_point")
    ]
    checks = _sums(levels, ctx)
    summed = {fid for c in checks for fid in c.facts}
    checks += _bounds(levels, ctx, summed)
    checks += _periods(levels, ctx)
    checks += _table_totals(facts, ctx)
    return checks


def _table_totals(facts: list[Fact], ctx: Context) -> list[Check]:
    """Each "Total" row's figure against the figures of its column in the rows above it: the
    table's cells right before it in the document, back to the first figure that is no table
    cell (the prose before the table) or another total."""
    checks: list[Check] = []
    by_doc: dict[str, list[Fact]] = {}
    for f in facts:
        by_doc.setdefault(f.doc, []).append(f)
    for doc_facts in by_doc.values():
        if not any("table:total" in f.rules for f in doc_facts):
            continue
        doc_facts.sort(key=lambda f: f.start)
        for i, t in enumerate(doc_facts):
            # (a total needs no entity of its own: it is the whole of the rows)
            if "table:total" not in t.rules or t.value is None or t.kind != "level":
                continue
            parts: list[Fact] = []
            for f in reversed(doc_facts[:i]):
                if "table:cell" not in f.rules or "table:total" in f.rules:
                    break
                if (f.kind == "level" and f.indicator == t.indicator and f.period == t.period
                        and f.unit == t.unit and f.status == t.status and f.entity != t.entity
                        and f.value is not None):
                    parts.append(f)
            if len(parts) >= 2:
                checks.append(_sum_check(t, parts[::-1], True, ctx, by_entity=True))
    return checks


def _same_frame(a: Fact, b: Fact) -> bool:
    return (a.entity == b.entity and a.period == b.period and a.unit == b.unit
            and a.status == b.status and a.counted == b.counted)


def _pick(cands: list[Fact], anchor: Fact) -> tuple[Fact | None, bool]:
    """The candidate nearest ``anchor`` (same document first) and whether the choice is clear."""
    if not cands:
        return None, False
    local = [c for c in cands if c.doc == anchor.doc] or cands
    local.sort(key=lambda c: (c.doc != anchor.doc, abs(c.start - anchor.start)))
    first = interval(local[0])
    clear = all(interval(c).meets(first) for c in local)
    return local[0], clear


def _first_of_doc(facts: list[Fact]) -> list[Fact]:
    """Drop a figure repeated in the same document with a tallying value (one check is enough)."""
    out: list[Fact] = []
    for f in sorted(facts, key=lambda f: (f.doc, f.start)):
        if any(o.doc == f.doc and _same_frame(o, f) and o.indicator == f.indicator
               and quals(o) == quals(f) and interval(o).meets(interval(f)) for o in out):
            continue
        out.append(f)
    return out


def _sums(levels: list[Fact], ctx: Context) -> list[Check]:
    checks: list[Check] = []
    for rel in ctx.relations.get("sums", ()):
        totals = _first_of_doc([f for f in levels if f.indicator == rel["total"]])
        for t in totals:
            picked, clear = [], True
            for ind in rel["parts"]:
                cands = [
                    f for f in levels if f.indicator == ind and _same_frame(f, t) and quals(f) == quals(t)
                ]
                p, c = _pick(cands, t)
                if p is None:
                    break
                picked.append(p)
                clear &= c
            else:
                checks.append(_sum_check(t, picked, clear, ctx))
    return checks


def _sum_check(
    total: Fact, parts: list[Fact], clear: bool, ctx: Context, *, what: str | None = None,
    by_entity: bool = False,
) -> Check:
    expected = Interval(0.0, 0.0)
    for p in parts:
        expected = expected + interval(p)
    observed = interval(total)
    gap = relative_gap(expected, observed)
    point = sum(float(p.value or 0) for p in parts)
    sure = (clear and ctx.clear(total, *parts) and all(p.doc == total.doc for p in parts)
            and "~" not in {p.approx for p in [total, *parts]} and not far_apart(point, total.value))
    status = verdict(gap, warn=WARN, sure=sure)
    sc = scale_for(point, total.value)
    unit = total.unit
    terms = " + ".join(
        f"{p.entity if by_entity else what and p.period or label(p, with_quals=False)} "
        f"{amount(p.value, unit, sc)}"
        for p in parts
    )
    t = tolerance(expected, observed)
    name = what or label(total, with_quals=False)
    if status == "ok":
        verb = f"equal to the stated {name} total {amount(total.value, unit, sc)}"
    else:
        verb = (f"but the stated {name} total is {amount(total.value, unit, sc)}, "
                f"off by {amount(abs(point - float(total.value or 0)), unit, sc)}")
    text = f"{cap(terms)} = {amount(point, unit, sc)}, {verb} (tolerance {tol(t, unit, sc)})."
    if status != "ok" and not sure:
        text += " The figures come from different places or are approximate, so this is only a warning."
    key = key_of(total, "table-total" if by_entity else what or "sum")
    return Check(rule=RULE, status=status, expected=point, observed=total.value, tolerance=t,
                 explanation=text, facts=[f.id for f in (*parts, total)], key=key)


def _bounds(levels: list[Fact], ctx: Context, summed: set[str]) -> list[Check]:
    keys = ctx.part_qualifiers
    components = {p: r["total"] for r in ctx.relations.get("sums", ()) for p in r["parts"]}
    checks: list[Check] = []
    for part in _first_of_doc(levels):
        wholes = [
            w for w in levels
            if _same_frame(w, part) and w.indicator == part.indicator and part_of(part, w, keys)
        ]
        if not wholes and part.indicator in components and part.id not in summed:
            wholes = [w for w in levels if _same_frame(w, part) and w.indicator == components[part.indicator]
                      and quals(w) == quals(part)]
        if not wholes:
            continue
        whole, clear = _pick(wholes, part)
        if whole is None or not clear:
            # several different totals: compare with the largest, never a contradiction
            whole = max(wholes, key=lambda w: interval(w).hi)
        sure = clear and whole.doc == part.doc and ctx.clear(part, whole)
        checks.append(_bound_check(part, whole, sure=sure, what=label(whole)))
    return checks


def _bound_check(part: Fact, whole: Fact, *, sure: bool, what: str) -> Check:
    p, w = interval(part), interval(whole)
    gap = max(0.0, p.lo - w.hi)
    rel = gap / abs(w.mid) if w.mid else 0.0
    sure = sure and "~" not in (part.approx, whole.approx) and not far_apart(part.value, whole.value)
    status = verdict(rel, warn=WARN, sure=sure)
    unit = part.unit
    sc = scale_for(part.value, whole.value)
    t = tolerance(p, w) if tolerance(p, w) is not None else tolerance(w)
    pl = f"{label(part)} of {part.period}" if part.period != whole.period else label(part)
    if status == "ok":
        verb = "does not exceed"
    else:
        verb = f"exceeds by {amount(gap, unit, sc)}"
    of_whole = f" of {whole.period}" if part.period != whole.period else ""
    text = (f"{cap(pl)} {amount(part.value, unit, sc)} {verb} {what}"
            f"{of_whole} {amount(whole.value, unit, sc)}, "
            f"of which it is a part (tolerance {tol(t, unit, sc)}).")
    return Check(rule=RULE, status=status, expected=whole.value, observed=part.value, tolerance=t,
                 explanation=text, facts=[part.id, whole.id], key=key_of(part, "≤", whole.period or "?"))


def _inside(inner: str | None, outer: str | None) -> bool:
    (a, b), (c, d) = period_bounds(inner), period_bounds(outer)
    if a is None or b is None or c is None or d is None:
        return False
    return c <= a and b <= d and (a, b) != (c, d)


def _periods(levels: list[Fact], ctx: Context) -> list[Check]:
    checks: list[Check] = []
    flows = [f for f in _first_of_doc(levels) if ctx.is_flow(f.indicator)]
    for whole in flows:
        subs = [f for f in flows if f.indicator == whole.indicator and f.entity == whole.entity
                and f.unit == whole.unit and f.status == whole.status and f.counted == whole.counted
                and quals(f) == quals(whole) and _inside(f.period, whole.period)]
        if not subs:
            continue
        cover = _partition(subs, whole)
        used = {f.id for f in cover}
        if cover:
            clear = all(f.doc == whole.doc for f in cover)
            what = f"{label(whole, with_quals=False)} {whole.period}"
            checks.append(_sum_check(whole, cover, clear, ctx, what=what))
        for f in subs:
            # A lone sub-period figure from another report is too loosely related to its span
            # (different scopes go unnamed in reports): bound it only within one report.
            if f.id not in used and f.doc == whole.doc:
                checks.append(_bound_check(f, whole, sure=f.doc == whole.doc and ctx.clear(f, whole),
                                           what=label(whole)))
    return checks


def _partition(subs: list[Fact], whole: Fact) -> list[Fact]:
    """Sub-period facts that cover ``whole``'s period exactly, end to end (same document first)."""
    import datetime as dt

    lo, hi = period_bounds(whole.period)
    if lo is None or hi is None:  # cannot happen: ``whole`` contains sub-periods
        return []
    ordered = sorted(subs, key=lambda f: (f.doc != whole.doc, abs(f.start - whole.start)))

    def after(day: str) -> str:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()

    def walk(start: str, chosen: list[Fact]) -> list[Fact] | None:
        if start > hi:
            return chosen
        for f in ordered:
            a, b = period_bounds(f.period)
            if a == start and b is not None and b <= hi and all(c.period != f.period for c in chosen):
                found = walk(after(b), [*chosen, f])
                if found:
                    return found
        return None

    cover = walk(lo, []) or []
    return cover if len(cover) >= 2 else []
