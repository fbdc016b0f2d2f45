"""Canonical names of entities, and merging of their variants within a document."""

from __future__ import annotations

import re
from typing import Final

from tally.model import Entity, Fact
from tally.resolve.entities import _gazetteer

_NON_TOKEN: Final = re.compile(r"[^a-z0-9']+")
_TYPE_WORDS: Final = re.compile(
    r"\b(?:the|province|city|county|district|township|town|village|co|ltd|corp|inc)\b\.?"
)


def _tokens(name: str) -> frozenset[str]:
    s = name.lower().replace("’", "'")
    s = _TYPE_WORDS.sub(" ", s)
    return frozenset(t for t in _NON_TOKEN.split(s) if t and t not in ("and", "of"))


def _canonical_map(entities: list[Entity]) -> dict[str, Entity]:
    """key of each entity -> the entity it merges into."""
    out: dict[str, Entity] = {}
    by_type: dict[str, list[Entity]] = {}
    for e in entities:
        by_type.setdefault(e.type, []).append(e)
    tokens = {id(e): _tokens(e.name) for e in entities}  # each name's tokens and key, found once
    keys = {id(e): e.key for e in entities}
    for typ, ents in by_type.items():
        # fullest names first: a variant merges into a name whose tokens include all of its own
        ranked = sorted(ents, key=lambda e: (-len(tokens[id(e)]), e.name))
        for e in ranked:
            toks = tokens[id(e)]
            target = e
            # a name merges only when it has tokens, and two of them unless it is a company or zone
            mergeable = bool(toks) and (len(toks) >= 2 or typ in ("company", "zone"))
            for big in ranked if mergeable else ():
                bt = tokens[id(big)]
                if len(bt) < len(toks):
                    break  # ranked by token count: no fuller name follows
                if big is e or keys[id(big)] in out and out[keys[id(big)]] is not big:
                    continue
                if toks <= bt:
                    target = big
                    break
            out[keys[id(e)]] = target
    return out


def resolve(facts: list[Fact], entities: list[Entity]) -> tuple[list[Fact], list[Entity]]:
    """Facts with canonical entity names, and the deduplicated entities with aliases and parents."""
    cmap = _canonical_map(entities)
    gz = _gazetteer()
    merged: dict[str, Entity] = {}
    for e in entities:
        c = cmap.get(e.key, e)
        m = merged.setdefault(
            c.key, Entity(name=c.name, type=c.type, parent=c.parent, aliases=list(c.aliases))
        )
        if e.name != m.name and e.name not in m.aliases:
            m.aliases.append(e.name)
        if not m.parent and e.parent:
            m.parent = e.parent
    for m in merged.values():
        if not m.parent:
            hit = gz.get(m.name.lower())
            if hit and hit[1] and hit[1] != m.name:
                m.parent = hit[1]
    # each (type, name) of the facts looked up once: the name it becomes, or None (most facts of a
    # page name one of a few entities)
    renamed: dict[tuple[str, str], str | None] = {}
    for f in facts:
        ent = f.entity
        if not ent:
            continue
        typ = f.entity_type
        if not typ:
            continue
        pair = (typ, ent)
        if pair in renamed:
            new = renamed[pair]
        else:
            canon = cmap.get(f"{typ}:{ent.strip().lower()}")
            new = canon.name if canon is not None and canon.name != ent else None
            renamed[pair] = new
        if new is not None:
            f.entity = new
            f.rules.append("resolve:alias-merged")
    return facts, list(merged.values())
