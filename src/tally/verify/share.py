"""Share: "X, accounting for s% of the total" against X / total.

The part X is a level fact stated with the share (same sentence, entity, indicator, period and
status, and at least the share's qualifiers); the total is the figure X narrows by partner,
product or sector (trade with BRI countries → total trade), preferably from the same report.
"""

from __future__ import annotations

from tally.model import Check, Fact
from tally.verify.context import (
    Context,
    cap,
    checkable,
    far_apart,
    key_of,
    label,
    part_of,
    quals,
    same_statement,
    verdict,
)
from tally.verify.explain import amount, num, scale_for
from tally.verify.rounding import interval, relative_gap, tolerance

RULE = "share"
WARN = 0.03    # within 3 % of the stated share (relative): a warning, not a contradiction


def check_share(facts: list[Fact], ctx: Context) -> list[Check]:
    usable = [f for f in facts if checkable(f)]
    levels = [f for f in usable if f.kind == "level" and f.unit not in ("percent", "percentage_point")]
    checks: list[Check] = []
    for s in usable:
        if s.kind != "share" or s.unit != "percent":
            continue
        xs = [x for x in levels
              if same_statement(x, s) and x.entity == s.entity and x.indicator == s.indicator
              and x.period == s.period and x.status == s.status and quals(s) <= quals(x)]
        if not xs:
            continue
        xs.sort(key=lambda x: (x.start > s.start, abs(x.start - s.start)))
        x = xs[0]
        clear_x = all(interval(o).meets(interval(x)) for o in xs if o.unit == x.unit)
        totals = [t for t in levels
                  if t.entity == x.entity and t.indicator == x.indicator and t.period == x.period
                  and t.unit == x.unit and t.status == x.status and t.counted == x.counted
                  and part_of(x, t, ctx.part_qualifiers)]
        if not totals:
            continue
        local = [t for t in totals if t.doc == s.doc] or totals
        local.sort(key=lambda t: abs(t.start - s.start))
        t = local[0]
        clear_t = all(interval(o).meets(interval(t)) for o in local)
        checks.append(_check(s, x, t, sure=clear_x and clear_t and t.doc == s.doc and ctx.clear(s, x, t)))
    return checks


def _check(s: Fact, x: Fact, t: Fact, *, sure: bool) -> Check:
    ratio = interval(x).over(interval(t))
    expected = ratio.scale(100.0) if ratio else None
    observed = interval(s)
    point = 100.0 * float(x.value or 0) / float(t.value) if t.value else None
    if expected is None or point is None:
        gap = 0.0
        tol_ = None
    else:
        gap = relative_gap(expected, observed)
        tol_ = tolerance(expected, observed)
    sure = sure and "~" not in (s.approx, x.approx, t.approx) and not far_apart(point, s.value)
    status = verdict(gap, warn=WARN, sure=sure)
    sc = scale_for(x.value, t.value)
    head = (f"{cap(label(x))} {amount(x.value, x.unit, sc)} / total {label(t)} {amount(t.value, t.unit, sc)}"
            f" = {num(point or 0, 2)}%")
    tail = f"(tolerance ±{num(tol_, 3)} pp)" if tol_ is not None else "(open-ended)"
    if status == "ok":
        text = f"{head}, matching the stated share {amount(s.value, 'percent')} {tail}."
    else:
        text = (f"{head}, but the stated share is {amount(s.value, 'percent')}, "
                f"off by {num(abs((point or 0) - float(s.value or 0)), 2)} pp {tail}.")
        if not sure:
            text += " The total is uncertain or from another place, so this is only a warning."
    return Check(rule=RULE, status=status, expected=point, observed=s.value, tolerance=tol_,
                 explanation=text, facts=[x.id, t.id, s.id], key=key_of(x, "share"))
