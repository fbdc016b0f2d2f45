"""Duplicates and contradictions: one figure stated in several places.

Facts with the same entity, indicator, period, kind, unit, status, counted noun, direction,
basis and qualifiers should carry the same value. Equal within rounding: ``ok``. Different: a
``contradiction`` when both are exact or one-sided bounds ("=", "more than", "up to") and stated in
different sentences; a ``warning`` when either is approximate ("about"), when they share a sentence
(two different things read alike), when they are more than twice apart (more likely two different
things than one figure misstated), when the indicator is a catch-all (``count``, ``other``) with
nothing in its qualifiers to say what is counted, or when the figure has more than two values
(extraction doubt). Disagreeing figures close together in one story are not compared at all (see
``_same_story``).
"""

from __future__ import annotations

from tally.model import Check, Fact
from tally.verify.context import (
    Context,
    cap,
    checkable,
    far_apart,
    full_key,
    group,
    key_of,
    label,
    same_statement,
    verdict,
)
from tally.verify.explain import amount, scale_for, tol
from tally.verify.rounding import interval, relative_gap, tolerance

RULE = "duplicate"
KINDS = ("level", "change", "share")


def check_duplicates(facts: list[Fact], ctx: Context) -> list[Check]:
    usable = [f for f in facts if checkable(f) and f.kind in KINDS]
    checks: list[Check] = []
    for _, members in group(usable, full_key).items():
        if len(members) < 2:
            continue
        members.sort(key=lambda f: (f.doc, f.start))
        clusters: list[list[Fact]] = []
        for f in members:
            for cl in clusters:
                if interval(cl[0]).meets(interval(f)):
                    cl.append(f)
                    break
            else:
                clusters.append([f])
        ref = members[0]
        for other in members[1:]:
            check = _check(ref, other, n_values=len(clusters), ctx=ctx)
            if check.status != "ok" and _same_story(ref, other):
                continue
            checks.append(check)
    return checks


NEARBY = 600  # characters: the same or the next few sentences of one story


def _same_story(a: Fact, b: Fact) -> bool:
    """Two figures close together in one story under one label are far more likely two different
    things whose qualifier went unread ("55.37 percent and 76.70 percent respectively") than one
    figure misstated, so only their agreement is reported. A repeat further away (a headline or a
    pull quote against the body) is still compared."""
    return (a.doc == b.doc and a.article == b.article
            and (same_statement(a, b) or abs(a.start - b.start) <= NEARBY))


def _check(a: Fact, b: Fact, *, n_values: int, ctx: Context) -> Check:
    ia, ib = interval(a), interval(b)
    gap = relative_gap(ia, ib)
    # "more than 108%" bounds the figure as firmly as "108.4%" states it; only "about" is loose.
    exact = a.approx != "~" and b.approx != "~"
    known = not ctx.is_vague(a.indicator) or bool(a.qualifiers) or bool(a.counted)
    sure = exact and known and not same_statement(a, b) and n_values <= 2 and not far_apart(a.value, b.value)
    status = verdict(gap, warn=0.0, sure=sure)
    t = tolerance(ia, ib)
    sc = scale_for(a.value, b.value)
    where_a = f"{a.doc}@{a.start}"
    where_b = f"{b.doc}@{b.start}" if b.doc != a.doc else f"@{b.start}"
    what = f"{label(a)} of {a.entity} for {a.period}"
    if status == "ok":
        text = (f"{cap(what)} is stated as {amount(a.value, a.unit, sc)} ({where_a}) and as "
                f"{amount(b.value, b.unit, sc)} ({where_b}): "
                f"the same figure (tolerance {tol(t, a.unit, sc)}).")
    else:
        diff = abs(float(a.value or 0) - float(b.value or 0))
        text = (f"{cap(what)} is stated as {amount(a.value, a.unit, sc)} ({where_a}) but as "
                f"{amount(b.value, b.unit, sc)} ({where_b}), {amount(diff, a.unit, sc)} apart "
                f"(tolerance {tol(t, a.unit, sc)}).")
        if status == "warning":
            text += " One is approximate, or the two may measure different things: a warning."
    return Check(rule=RULE, status=status, expected=a.value, observed=b.value, tolerance=t,
                 explanation=text, facts=[a.id, b.id], key=key_of(a, a.kind))
