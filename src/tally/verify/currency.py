"""Currency pairs: "A yuan ($B)" against the reference rate.

A pair is two facts of one document in different currencies, the second starting within a
few characters of the first's end ("90.46 billion yuan ($13.99 billion)"). The first figure is
the original, taken as stated; the converted one carries the rounding tolerance. Newspapers
convert at the current rate, so the reference is the average rate of the publication month;
the average rate of the period the figure refers to is tried as well. Within 3 % (plus
rounding) the pair tallies, up to 8 % it is a warning, beyond that a contradiction. Reference
rates: US Federal Reserve H.10 via FRED (see :mod:`tally.verify.rates`).
"""

from __future__ import annotations

from itertools import pairwise

from tally.model import Check, Fact
from tally.verify.context import Context, by_position, key_of, label, verdict
from tally.verify.explain import amount, num
from tally.verify.rates import CURRENCIES, SOURCE
from tally.verify.rounding import interval

RULE = "currency"
GAP = 6          # characters allowed between the two spans: " (", "(\$", " or "
OK_BAND = 0.03   # relative distance to the reference rate that still tallies
WARN_BAND = 0.08  # up to this: a warning; beyond: a contradiction
AFTER_MONTHS = 24  # without a publication date: months after the period tried as reference


def check_currency(facts: list[Fact], ctx: Context) -> list[Check]:
    ordered = [f for f in by_position(facts) if f.value]
    checks: list[Check] = []
    for a, b in pairwise(ordered):
        if a.doc != b.doc or not 0 <= b.start - a.end <= GAP or a.unit == b.unit:
            continue
        units = {a.unit, b.unit}
        if "USD" not in units or not units - {"USD"} <= set(CURRENCIES):
            continue
        check = _check(a, b, ctx)
        if check is not None:
            checks.append(check)
    return checks


def _references(f: Fact, other: str, ctx: Context) -> list[tuple[float, str]]:
    refs = []
    pub = ctx.published.get(f.doc)
    if pub is not None:
        r = ctx.rates.of_date(other, pub)
        if r:
            refs.append((r[0], f"{r[1]}, publication month"))
    if f.status == "actual" and f.period:
        r = ctx.rates.of_period(other, f.period)
        if r and (pub is None or f.period[:4] <= f"{pub.year:04d}"):
            refs.append((r[0], f"{r[1]}, the period's rate"))
        if pub is None:
            after = ctx.rates.months_after(other, f.period, AFTER_MONTHS)
            refs += [(v, f"{lab}, after the period") for v, lab in after]
    return refs


def _check(first: Fact, second: Fact, ctx: Context) -> Check | None:
    usd, local = (first, second) if first.unit == "USD" else (second, first)
    cur = local.unit
    refs = _references(local, cur, ctx)
    if not refs:
        return None
    lo_i = interval(local, exact=local is first, plain=True)
    us_i = interval(usd, exact=usd is first, plain=True)
    implied = lo_i.over(us_i)
    if implied is None:
        return None
    point = float(local.value or 0) / float(usd.value or 1)

    def dist(ref: float) -> float:
        if implied.lo <= ref <= implied.hi:
            return 0.0
        return min(abs(ref - implied.lo), abs(ref - implied.hi)) / ref

    scored = [(dist(r[0]), r) for r in refs]   # in order of preference: publication month first
    rel, (ref, ref_label) = next((t for t in scored if t[0] <= OK_BAND), min(scored, key=lambda t: t[0]))
    agree = (first.entity, first.indicator, first.period) == (second.entity, second.indicator, second.period)
    gap = max(0.0, rel - OK_BAND)
    status = verdict(gap, warn=WARN_BAND - OK_BAND, sure=agree)
    tol_ = OK_BAND * ref + (implied.hi - implied.lo) / 2
    sym = "yuan" if cur == "CNY" else cur
    head = (f"{amount(local.value, cur)} / {amount(usd.value, 'USD')} = {num(point, 4)} {sym} per dollar")
    diff = f"{num(100 * (point / ref - 1), 1)}%"
    ref_s = f"the reference rate {num(ref, 4)} ({ref_label}, {SOURCE})"
    if status == "ok":
        text = f"{head}, within 3% of {ref_s} (tolerance ±{num(tol_, 3)})."
    else:
        text = f"{head}, {diff} away from {ref_s} (tolerance ±{num(tol_, 3)})."
        if status == "warning" and rel <= WARN_BAND:
            text += " Between 3% and 8% off: a warning."
        elif status == "warning":
            text += " The two figures disagree on entity, indicator or period, so this is only a warning."
    return Check(rule=RULE, status=status, expected=ref, observed=point, tolerance=tol_,
                 explanation=text, facts=[first.id, second.id], key=key_of(local, f"{cur}/USD"))


__all__ = ["check_currency", "label"]
