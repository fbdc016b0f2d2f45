"""Tiny helper used by the page sources: keeps the current entity and builds fact dicts."""
from __future__ import annotations


class Builder:
    def __init__(self) -> None:
        self.facts: list[dict] = []
        self.entity: str | None = None
        self.entity_type: str | None = None

    def ent(self, name: str, etype: str) -> None:
        self.entity, self.entity_type = name, etype

    def f(self, span: str, value, unit: str, kind: str, indicator: str, period: str | None, *,
          d: str | None = None, b: str | None = None, a: str = "=", s: str = "actual",
          c: str | None = None, vh=None, q: dict | None = None, n: str | None = None,
          ent: str | None = None, et: str | None = None) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(vh, float) and vh.is_integer():
            vh = int(vh)
        fact = {"text": span, "value": value, "unit": unit, "kind": kind, "status": s, "approx": a,
                "entity": ent or self.entity, "entity_type": et or self.entity_type,
                "indicator": indicator, "period": period}
        if vh is not None:
            fact["value_high"] = vh
        if c is not None:
            fact["counted"] = c
        if d is not None:
            fact["direction"] = d
        if b is not None:
            fact["basis"] = b
        if q:
            fact["qualifiers"] = q
        if n:
            fact["note"] = n
        self.facts.append(fact)
