"""What every rule gets besides the facts: reference rates, publication dates, relations."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tally import data
from tally.model import Fact
from tally.verify.rates import RateTable, default_rates

NEAR = 200   # characters: facts this close in one article count as one statement (no sentence info)
FAR_APART = 2.0  # figures more than this factor apart are more likely different things than an error


@dataclass(slots=True)
class Context:
    """Shared inputs of the rules: rates, publication dates and the relations table."""

    rates: RateTable
    published: Mapping[str, dt.date] = field(default_factory=dict)
    relations: dict[str, Any] = field(default_factory=dict)
    ambiguous: frozenset[str] = frozenset()   # ids of facts whose key has other values in their report

    @classmethod
    def make(cls, *, rates: RateTable | None = None,
             published: Mapping[str, dt.date | str | None] | None = None) -> Context:
        pub: dict[str, dt.date] = {}
        for doc, d in (published or {}).items():
            if isinstance(d, str):
                d = dt.date.fromisoformat(d[:10])
            if d is not None:
                pub[doc] = d
        return cls(rates=rates or default_rates(), published=pub, relations=data.load("relations"))

    def with_facts(self, facts: Iterable[Fact]) -> Context:
        """The context with :attr:`ambiguous` computed over ``facts``."""
        from tally.verify.rounding import interval

        amb: set[str] = set()
        for members in group([f for f in facts if checkable(f)], lambda f: (f.doc, full_key(f))).values():
            firsts: list[Fact] = []
            for f in members:
                if not any(interval(o).meets(interval(f)) for o in firsts):
                    firsts.append(f)
            if len(firsts) > 1:
                amb.update(f.id for f in members)
        self.ambiguous = frozenset(amb)
        return self

    def clear(self, *facts: Fact) -> bool:
        """None of ``facts`` shares its key with a different value in its report (a figure
        read alike from two different things: a missed qualifier, a wrong indicator)."""
        return not any(f.id in self.ambiguous for f in facts)

    @property
    def part_qualifiers(self) -> frozenset[str]:
        return frozenset(self.relations.get("part_qualifiers", ()))

    def is_flow(self, indicator: str) -> bool:
        return indicator in self.relations.get("flows", ())

    def is_real(self, indicator: str) -> bool:
        return indicator in self.relations.get("real_growth", ())

    def is_vague(self, indicator: str) -> bool:
        return indicator in self.relations.get("vague", ())


def checkable(f: Fact) -> bool:
    """A fact rules may use: a value, an entity and a period."""
    return f.value is not None and bool(f.entity) and bool(f.period)


def quals(f: Fact) -> frozenset[tuple[str, str]]:
    return frozenset((k, str(v).strip().lower()) for k, v in (f.qualifiers or {}).items())


def full_key(f: Fact) -> tuple:
    """Everything that says which figure a fact is (all but its value and place)."""
    return (f.entity, f.indicator, f.period, f.kind, f.unit, f.status, f.counted, f.direction, f.basis,
            quals(f))


def far_apart(a: float | None, b: float | None) -> bool:
    """More than :data:`FAR_APART` times apart (or of opposite signs)."""
    if not a or not b:
        return False
    r = a / b
    return r <= 0 or r > FAR_APART or r < 1 / FAR_APART


def series(f: Fact) -> tuple:
    """What makes two figures the same series: entity, indicator, unit, counted noun, qualifiers."""
    return (f.entity, f.indicator, f.unit, f.counted, quals(f))


def part_of(part: Fact, whole: Fact, part_keys: frozenset[str]) -> bool:
    """``part``'s qualifiers narrow ``whole``'s by partner/product/sector only."""
    pq, wq = dict(quals(part)), dict(quals(whole))
    if any(pq.get(k) != v for k, v in wq.items()):
        return False
    extra = set(pq) - set(wq)
    return bool(extra) and extra <= part_keys


def same_statement(a: Fact, b: Fact) -> bool:
    """Both facts in one sentence (or, without sentence offsets, close in one article)."""
    if a.doc != b.doc:
        return False
    if a.sentence_start is not None and b.sentence_start is not None:
        return a.sentence_start == b.sentence_start
    if a.article is not None and b.article is not None and a.article != b.article:
        return False
    return abs(a.start - b.start) <= NEAR


def group(facts: Iterable[Fact], key) -> dict[Any, list[Fact]]:
    out: dict[Any, list[Fact]] = defaultdict(list)
    for f in facts:
        out[key(f)].append(f)
    return out


def by_position(facts: Iterable[Fact]) -> list[Fact]:
    return sorted(facts, key=lambda f: (f.doc, f.start, f.end))


def verdict(gap: float, *, warn: float, sure: bool) -> str:
    """``ok`` when the figures tally (gap 0), ``warning`` when slightly off or the relation is
    uncertain, ``contradiction`` when clearly off and sure."""
    if gap <= 0:
        return "ok"
    if gap <= warn or not sure:
        return "warning"
    return "contradiction"


def label(f: Fact, *, with_quals: bool = True) -> str:
    """``exports (partner: United States)``: what a figure measures, in words."""
    name = f.indicator.replace("_", " ")
    if f.indicator == "gdp":
        name = "GDP"
    if with_quals and f.qualifiers:
        bits = ", ".join(f"{k}: {v}" for k, v in sorted(f.qualifiers.items()))
        name = f"{name} ({bits})"
    return name


def key_of(f: Fact, *extra: str) -> str:
    parts = [f.entity or "?", f.indicator, f.period or "?"]
    parts += [
        str(v) for _, v in sorted((f.qualifiers or {}).items()) if _ in ("partner", "product", "sector")
    ]
    return "|".join([*parts, *extra])


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]
