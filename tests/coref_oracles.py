"""Oracles shared by the tests of coref's fast paths: rules as first written, over all the words."""

from __future__ import annotations


def in_predicate_by_rules(words: list[str]) -> bool:
    """``coref._in_predicate``'s rules over every word of the last clause (determiners removed):
    "will be built at X in" (an auxiliary, then "at"/"near" a few words before a final "in"), or an
    auxiliary before a final goal preposition ("will go to")."""
    from tally.resolve import coref

    aux = coref._role_set("auxiliaries")
    if (
        len(words) > 3
        and words[-1].lower() == "in"
        and any(w.lower() in ("at", "near") for w in words[-5:-2])
        and any(w.lower() in aux for w in words[:-4])
    ):
        return True
    if not words or words[-1].lower() not in coref._role_set("goal_prepositions"):
        return False
    return any(w.lower() in aux for w in words[:-1])
