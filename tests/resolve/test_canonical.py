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


def _tokens_by_regex(name: str) -> frozenset[str]:
    """``_tokens`` as it was: the substitution always run, the tokens cut by the regex."""
    from tally.resolve.canonical import _NON_TOKEN, _TYPE_WORDS

    s = _TYPE_WORDS.sub(" ", name.lower().replace("’", "'"))
    return frozenset(t for t in _NON_TOKEN.split(s) if t and t not in ("and", "of"))


@pytest.mark.parametrize("seed", range(3))
def test_tokens_equal_the_regex_split(seed: int) -> None:
    """``_tokens`` skips the type-word substitution where none of its gate's literals is, and cuts
    an ASCII name by ``str.split``: the tokens the regexes give, on names of every character kind."""
    from tally.resolve.canonical import _TYPE_GATE, _tokens

    assert _TYPE_GATE  # (the pattern has a gate)
    rng = random.Random(seed)
    pieces = ["the", "The", "co", "Co.", "ltd", "city", "town", "township", "inc", "corp", "and", "of",
              "Hubei", "Wuhan", "O'Neil", "Dũng", "Ülke", "4", "-", ".", " ", "\t", "’s", "_", "\x1c", "İ"]
    for _ in range(3000):
        name = "".join(rng.choice(pieces) + rng.choice(["", " ", "-"]) for _ in range(rng.randint(0, 5)))
        assert _tokens(name) == _tokens_by_regex(name), name


def _resolve_as_it_was(facts: list[Fact], entities: list[Entity]) -> list[Entity]:
    """The merged entities of ``resolve`` as it made them: each key read from ``Entity.key`` and an
    entity made per variant (``setdefault``)."""
    from tally.resolve.entities import _gazetteer

    cmap = _canonical_map(entities)
    gz = _gazetteer()
    merged: dict[str, Entity] = {}
    for e in entities:
        c = cmap.get(e.key, e)
        made = Entity(name=c.name, type=c.type, parent=c.parent, aliases=list(c.aliases))
        m = merged.setdefault(c.key, made)
        if e.name != m.name and e.name not in m.aliases:
            m.aliases.append(e.name)
        if not m.parent and e.parent:
            m.parent = e.parent
    for m in merged.values():
        if not m.parent:
            hit = gz.get(m.name.lower())
            if hit and hit[1] and hit[1] != m.name:
                m.parent = hit[1]
    return list(merged.values())


@pytest.mark.parametrize("seed", range(3))
def test_merged_entities_as_they_were_made(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        entities = [
            Entity(name=name, type=typ, parent=rng.choice([None, "Hubei", "China"]),
                   aliases=[name.upper()] if rng.random() < 0.2 else [])
            for name, typ in (rng.choice(_NAMES) for _ in range(rng.randint(0, 8)))
        ]
        ref = _resolve_as_it_was([], copy.deepcopy(entities))
        _, got = resolve([], entities)
        assert got == ref


@pytest.mark.parametrize(
    ("name", "type_", "parent", "aliases"),
    [
        ("Hubei", "province", None, []),
        ("Acme", "company", "Hubei", ["ACME", "Acme Co."]),
        ("", "city", "", []),
    ],
)
def test_entity_is_the_constructor_s(name: str, type_: str, parent: str | None, aliases: list[str]) -> None:
    """``entity`` sets every field of ``Entity`` itself: the record its constructor makes."""
    import dataclasses

    from tally.resolve.canonical import entity

    got = entity(name, type_, parent, aliases)
    assert got == Entity(name=name, type=type_, parent=parent, aliases=aliases)
    assert type(got) is Entity
    assert [f.name for f in dataclasses.fields(Entity)] == ["name", "type", "parent", "aliases"]
    assert got.aliases is aliases
