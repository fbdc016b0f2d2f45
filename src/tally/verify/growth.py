"""Growth: a stated change against the levels of the same series in two periods.

* ``yoy``: the level of the period against the same period one year earlier (from any report);
* ``annual_avg`` over ``Y1/Y2``: the levels of ``Y1-1`` and ``Y2``, n = Y2 - Y1 + 1 years;
* ``since``: against the one earlier level of the series in the same report;
* "N times" (unit ``times``): the new level is N times the old one, or N times more (both
  readings are tried).

Growth of GDP and value added is usually real (constant prices) while levels are nominal, and
base figures get revised between reports: those checks are warnings unless wildly off.
"""

from __future__ import annotations

import math

from tally.model import Check, Fact, period_bounds
from tally.verify.context import (
    Context,
    cap,
    checkable,
    key_of,
    label,
    quals,
    same_statement,
    verdict,
)
from tally.verify.explain import amount, num, scale_for
from tally.verify.rounding import Interval, interval

RULE = "growth"
SLACK_PP = 0.5        # percentage points beyond rounding that are only a warning
SLACK_REL = 0.1       # ... or this share of the stated rate, whichever is larger
SLACK_REAL = 5.0      # extra points for real-terms indicators (GDP, value added)
SLACK_OTHER_DOC = 3.0  # extra points when the base comes from another report (revisions)


def check_growth(facts: list[Fact], ctx: Context) -> list[Check]:
    usable = [f for f in facts if checkable(f) and f.status == "actual"]
    levels = [
        f for f in usable if f.kind == "level" and f.unit not in ("percent", "percentage_point", "times")
    ]
    checks: list[Check] = []
    for c in usable:
        if (c.kind != "change" or c.unit not in ("percent", "times")
                or c.basis not in ("yoy", "annual_avg", "since")):
            continue
        series = [
            f for f in levels if f.entity == c.entity and f.indicator == c.indicator and quals(f) == quals(c)
        ]
        if not series:
            continue
        found = _pair(c, series)
        if found is None:
            continue
        new, old, years, sure = found
        checks.append(_check(c, new, old, years, sure=sure, ctx=ctx))
    return checks


def _shift_year(period: str, by: int) -> str | None:
    out = []
    for part in period.split("/"):
        bits = part.split("-")
        try:
            bits[0] = f"{int(bits[0]) + by:04d}"
        except ValueError:
            return None
        out.append("-".join(bits))
    return "/".join(out)


def _near(cands: list[Fact], anchor: Fact) -> tuple[Fact | None, bool]:
    if not cands:
        return None, False
    cands = sorted(
        cands,
        key=lambda f: (f.doc != anchor.doc, not same_statement(f, anchor), abs(f.start - anchor.start)),
    )
    first = cands[0]
    same_unit = [f for f in cands if f.unit == first.unit and f.counted == first.counted]
    clear = all(interval(f).meets(interval(first)) for f in same_unit)
    return first, clear


def _pair(c: Fact, series: list[Fact]) -> tuple[Fact, Fact, int, bool] | None:
    """(new level, old level, years for an annual average or 0, whether the relation is sure)."""
    period = c.period or ""
    years = 0
    old_p: str | None
    if c.basis == "annual_avg":
        first, _, last = period.partition("/")
        if not last or len(first) != 4 or len(last) != 4:
            return None
        new_p, old_p, years = last, str(int(first) - 1), int(last) - int(first) + 1
    elif c.basis == "yoy":
        new_p, old_p = period, _shift_year(period, -1)
    else:
        new_p, old_p = period, None
    new, clear_new = _near([f for f in series if f.period == new_p], c)
    if new is None:
        return None
    same = [f for f in series if f.unit == new.unit and f.counted == new.counted]
    if old_p is not None:
        olds = [f for f in same if f.period == old_p]
        old, clear_old = _near(olds, c)
        if old is None:
            return None
        sure = clear_new and clear_old and new.doc == c.doc
        return new, old, years, sure
    # since: the one earlier level of the series in the same report
    start, _ = period_bounds(period)
    earlier = [
        f for f in same
        if f.doc == c.doc and f.period and (period_bounds(f.period)[1] or "9") < (start or "0")
    ]
    if not earlier:
        return None
    if len({f.period for f in earlier}) > 1:
        stated = [f for f in earlier if same_statement(f, c)]
        if len({f.period for f in stated}) != 1:
            return None
        earlier = stated
    old, clear_old = _near(earlier, c)
    if old is None:  # cannot happen: ``earlier`` is not empty
        return None
    sure = clear_new and clear_old and same_statement(old, c)
    return new, old, 0, sure


def _rate(ratio: Interval, years: int) -> Interval:
    """Growth in percent implied by a ratio of levels (compounded over ``years`` if > 0)."""
    def g(r: float) -> float:
        if r <= 0:
            return -100.0
        if math.isinf(r):
            return math.inf
        return ((r ** (1.0 / years)) - 1.0) * 100.0 if years else (r - 1.0) * 100.0
    return Interval(g(ratio.lo), g(ratio.hi))


def _check(c: Fact, new: Fact, old: Fact, years: int, *, sure: bool, ctx: Context) -> Check:
    ratio = interval(new).over(interval(old))
    stated = interval(c)
    if c.direction == "down":
        stated = Interval(-stated.hi, -stated.lo)
    point_ratio = float(new.value or 0) / float(old.value) if old.value else math.inf
    if c.unit == "times":
        readings = [(stated, "times as much"), (Interval(stated.lo + 1, stated.hi + 1), "times more")]
        scored = [
            (ratio.distance(r) / max(abs(r.mid), 1e-9) if ratio else 0.0, r, name) for r, name in readings
        ]
        gap_rel, reading, how = min(scored, key=lambda t: t[0])
        gap_pp = gap_rel * 100.0
        expected, observed = point_ratio, c.value
        tol_ = (reading.hi - reading.lo) / 2 + ((ratio.hi - ratio.lo) / 2 if ratio else 0)
        warn = max(SLACK_PP, SLACK_REL * 100.0)
        implied = f"{num(point_ratio, 3)} times the earlier level ({how} reading)"
    else:
        implied_i = _rate(ratio, years) if ratio else None
        gap_pp = implied_i.distance(stated) if implied_i else 0.0
        expected = _rate(Interval(point_ratio, point_ratio), years).lo
        observed = -float(c.value or 0) if c.direction == "down" else c.value
        tol_ = ((implied_i.hi - implied_i.lo) / 2 if implied_i else 0) + (stated.hi - stated.lo) / 2
        warn = max(SLACK_PP, SLACK_REL * abs(float(c.value or 0)))
        implied = f"{'an average annual change' if years else 'a change'} of {num(expected, 2)}%"
    if ctx.is_real(c.indicator):
        warn += SLACK_REAL
    if old.doc != c.doc or new.doc != c.doc:
        warn += SLACK_OTHER_DOC
    sure = sure and ctx.clear(c, new, old) and "~" not in (c.approx, new.approx, old.approx) and all(
        f.approx not in (">", ">=", "<", "<=") for f in (c, new, old))
    status = verdict(gap_pp, warn=warn, sure=sure)
    sc = scale_for(new.value, old.value)
    span = f" over {years} years" if years else ""
    head = (f"{cap(label(new))} went from {amount(old.value, old.unit, sc)} in {old.period} to "
            f"{amount(new.value, new.unit, sc)} in {new.period}{span}: {implied}")
    what = amount(c.value, c.unit) + (" down" if c.direction == "down" else "")
    tol_s = f"tolerance ±{num(tol_, 3)}{' pp' if c.unit == 'percent' else ''}"
    if status == "ok":
        text = f"{head}, consistent with the stated {what} ({tol_s})."
    else:
        text = f"{head}, but the stated change is {what} ({tol_s})."
        if status == "warning":
            text += " Slightly off or uncertain (real growth, revised base or another report): a warning."
    return Check(rule=RULE, status=status, expected=expected, observed=observed, tolerance=tol_,
                 explanation=text, facts=[old.id, new.id, c.id], key=key_of(c, c.basis or ""))
