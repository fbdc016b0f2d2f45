"""The verify stage: do the figures tally?

``run_checks(facts)`` runs every rule of :data:`RULES` over the facts and returns their
:class:`~tally.model.Check` records (``ok`` / ``warning`` / ``contradiction``, with the
arithmetic in one sentence). It is pure: facts in, checks out. Each rule is a function
``check_xxx(facts, ctx) -> list[Check]`` in its own module; the rounding model they share is
:mod:`tally.verify.rounding`, the reference exchange rates :mod:`tally.verify.rates`
(US Federal Reserve H.10 via FRED) and the relations between indicators
``tally/data/relations.yaml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

from tally.errors import CheckError
from tally.model import Check, Fact
from tally.verify.context import Context
from tally.verify.currency import check_currency
from tally.verify.duplicates import check_duplicates
from tally.verify.explain import format_check
from tally.verify.growth import check_growth
from tally.verify.part_whole import check_part_whole
from tally.verify.rates import RateTable
from tally.verify.share import check_share

Rule = Callable[[list[Fact], Context], list[Check]]

# Rules that relate figures by their identity (entity, indicator, period, qualifiers): when a
# figure's identity is doubtful (its report gives the same key other values), the relation is
# not reported at all.
BY_IDENTITY = frozenset({"part_whole", "share", "growth"})

RULES: tuple[Rule, ...] = (
    check_part_whole,
    check_share,
    check_growth,
    check_currency,
    check_duplicates,
)


def run_checks(
    facts: Iterable[Fact],
    *,
    rates: RateTable | None = None,
    published: Mapping[str, dt.date | str | None] | None = None,
    rules: Iterable[Rule] = RULES,
) -> list[Check]:
    """Every check over ``facts``, in rule order, each rule's checks sorted by key.

    ``published`` maps a document name to its publication date (the reference month of
    currency pairs); without it, the rates of the period and the months after it are used.
    """
    facts = [f for f in facts if f.value is not None]
    ctx = Context.make(rates=rates, published=published).with_facts(facts)
    out: list[Check] = []
    seen: set[str] = set()
    for rule in rules:
        try:
            checks = rule(facts, ctx)
        except CheckError:
            raise
        except Exception as e:  # a bug in one rule must name the rule
            raise CheckError(f"{rule.__name__}: {type(e).__name__}: {e}") from e
        for c in sorted(checks, key=lambda c: (c.key, c.facts)):
            # A figure whose report gives its key other values too (a qualifier went unread)
            # cannot be related with confidence: no ok, and no warning either (it would only
            # show arithmetic between figures that measure different things).
            if c.rule in BY_IDENTITY and any(f in ctx.ambiguous for f in c.facts):
                continue
            if c.id not in seen:
                seen.add(c.id)
                out.append(c)
    return out


__all__ = ["RULES", "RateTable", "format_check", "run_checks"]
