"""Canonical names of entities, and merging of their variants within a document."""

from __future__ import annotations

import re
from typing import Final

from tally.gates import gate_of, is_ascii
from tally.model import Entity, Fact
from tally.resolve.entities import _gazetteer

_NON_TOKEN: Final = re.compile(r"[^a-z0-9']+")
_TYPE_WORDS: Final = re.compile(
    r"\b(?:the|province|city|county|district|township|town|village|co|ltd|corp|inc)\b\.?"
)


# the literals one of which every match of ``_TYPE_WORDS`` holds (``gates.gate_of``; the pattern is
# case-sensitive and lower-case: a match is one of them as it is in the text), or None (always run)
def entity(name: str, type_: str, parent: str | None, aliases: list[str]) -> Entity:
    """``Entity(name=name, type=type_, parent=parent, aliases=aliases)``, each field set here: in
    the compiled build the ``__init__`` dataclasses generates for ``Entity`` runs interpreted
    behind a keyword call, several times the cost of these stores (``test_canonical`` holds it
    to the constructor)."""
    e: Entity = _NEW(_ENTITY)  # object.__new__(Entity)
    e.name = name
    e.type = type_
    e.parent = parent
    e.aliases = aliases
    return e


# ``object.__new__`` and ``Entity`` as constants (a call of a static compiled, no look-ups)
_NEW: Final = object.__new__
_ENTITY: Final = Entity


def _type_gate() -> tuple[str, ...] | None:
    gate = gate_of(_TYPE_WORDS)
    return None if gate is None else tuple(sorted(gate))


_TYPE_GATE: Final = _type_gate()
# ``_NON_TOKEN`` on ASCII text: each ASCII character it matches made a space (``str.split`` then
# cuts the tokens in C, no regex call)
_SPACES: Final = str.maketrans(
    {c: " " for c in map(chr, range(128)) if _NON_TOKEN.fullmatch(c) and not c.isspace()}
)


def _tokens(name: str) -> frozenset[str]:
    s = name.lower().replace("’", "'")
    if _may_hold_type_word(s):
        s = _TYPE_WORDS.sub(" ", s)
    if is_ascii(s):  # (the usual name: its tokens cut by str.split, as ``_NON_TOKEN.split`` cuts them)
        # only letters, digits and spaces (most names): nothing for ``_SPACES`` to change, where
        # ``str.translate`` looks each character up in its table
        parts = s.split() if s.replace(" ", "").isalnum() else s.translate(_SPACES).split()
    else:
        parts = _NON_TOKEN.split(s)
    return frozenset(t for t in parts if t and t not in ("and", "of"))


def _may_hold_type_word(s: str) -> bool:
    """Can ``_TYPE_WORDS`` match ``s``: does it hold one of the gate's literals? (A few substring
    tests, where the substitution's search tries the alternation at every position.)"""
    if _TYPE_GATE is None:
        return True
    for lit in _TYPE_GATE:
        if lit in s:
            return True
    return False


def _canonical_map(entities: list[Entity], keys: dict[int, str] | None = None) -> dict[str, Entity]:
    """key of each entity -> the entity it merges into. ``keys``: each entity's key by its id,
    when the caller has them."""
    out: dict[str, Entity] = {}
    by_type: dict[str, list[Entity]] = {}
    for e in entities:
        by_type.setdefault(e.type, []).append(e)
    tokens = {id(e): _tokens(e.name) for e in entities}  # each name's tokens and key, found once
    if keys is None:
        keys = {id(e): e.key for e in entities}
    for typ, ents in by_type.items():
        # fullest names first: a variant merges into a name whose tokens include all of its own
        # (a decorated sort: the same order as the stable sort by (-len, name), no key function
        # called per entity)
        order = sorted([(-len(tokens[id(e)]), e.name, i) for i, e in enumerate(ents)])
        ranked = [ents[k[2]] for k in order]
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
    # each entity's key made once (``Entity.key``, a property run interpreted at each read)
    keys = {id(e): e.key for e in entities}
    cmap = _canonical_map(entities, keys)
    gz = _gazetteer()
    merged: dict[str, Entity] = {}
    for e in entities:
        c = cmap.get(keys[id(e)], e)  # (an entity of ``entities``: its key is known)
        ck = keys[id(c)]
        m = merged.get(ck)
        if m is None:  # (made only then: what ``setdefault`` keeps)
            m = merged[ck] = entity(c.name, c.type, c.parent, list(c.aliases))
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
