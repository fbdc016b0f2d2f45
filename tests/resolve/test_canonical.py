"""Canonical names (tally.resolve.canonical): each (type, name) of the facts is looked up once a
document, with what looking up every fact gives."""

from __future__ import annotations

import copy
import random

import pytest

from tally.model import Entity, Fact
from tally.resolve.canonical import _canonical_map, resolve

_NAMES = [("Hubei", "province"), ("Hubei Province", "province"), ("Wuhan", "city"), ("Wuhan City", "city"),
          ("Acme", "company"), ("Acme Co. Ltd", "company"), (" Acme ", "company"), ("acme", "company"),
          ("Ebro Valley Zone", "zone"), ("Ebro Valley", "zone"), ("Hubei", "city")]


def _by_every_fact(facts: list[Fact], entities: list[Entity]) -> None:
    """The renaming of ``resolve`` as it was: a look-up for every fact."""
    cmap = _canonical_map(entities)
    for f in facts:
        if f.entity and f.entity_type:
            key = f"{f.entity_type}:{f.entity.strip().lower()}"
            canon = cmap.get(key)
            if canon is not None and canon.name != f.entity:
                f.entity = canon.name
                f.rules.append("resolve:alias-merged")


@pytest.mark.parametrize("seed", range(3))
def test_renaming_equals_a_look_up_per_fact(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        picked = [rng.choice(_NAMES) for _ in range(rng.randint(0, 8))]
        entities: list[Entity] = []
        seen: set[str] = set()
        for name, typ in picked:
            key = f"{typ}:{name.lower()}"
            if key not in seen:
                seen.add(key)
                entities.append(Entity(name=name, type=typ))
        facts = []
        for i in range(rng.randint(0, 12)):
            name, typ = rng.choice([*_NAMES, ("", "city"), ("Wuhan", "")])
            facts.append(Fact(doc="d", start=i, end=i + 1, text="1", value=1.0, unit="count",
                              entity=name or None, entity_type=typ or None, rules=["entity:subject"]))
        ref = copy.deepcopy(facts)
        _by_every_fact(ref, copy.deepcopy(entities))
        got, _ = resolve(facts, entities)
        assert got == ref
