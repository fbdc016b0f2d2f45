"""Easy qualifiers of a fact: trade partner, per-capita scope, product of a count of goods."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tally.data import load
from tally.extract.kinds import Quick, matches_at_words, search_at_words
from tally.model import Fact, Quantity
from tally.resolve.coref import SentenceView


@cache
def _generic_goods() -> frozenset[str]:
    """Counted nouns measuring goods without naming them ("units", "pieces", "TEUs")."""
    return frozenset(load("counted").get("generic_goods", ()))


def add_qualifiers(f: Fact, view: SentenceView, q: Quantity, before: str, after: str) -> None:
    """Easy qualifiers: trade partner, per capita scope, product of a count of goods."""
    # (the record's fields read once: each read of a model record is a generic attribute look-up
    # in the compiled build)
    ind = f.indicator
    quals = f.qualifiers
    if ind in ("exports", "imports", "trade", "orders"):
        best = None
        for r in view.mentions:
            if r.ent and r.ent[1] == "country" and q.start - 100 < r.mention.end <= q.start:
                lead = view.text[max(0, r.mention.start - view.start - 12) : r.mention.start - view.start]
                tail = view.text[r.mention.end - view.start : r.mention.end - view.start + 2]
                owner = tail in _POSSESSIVE and lead.rstrip().endswith((",", "—"))
                if _PARTNER_LEAD.search(lead) and not owner:
                    best = r.ent[0]
        if best:
            quals.setdefault("partner", best)
        else:
            m = _group_partner(before[-120:])
            if m:
                quals.setdefault("partner", " ".join(m.group(1).split()))
    if _PER_CAPITA.has(before[-80:] + after[:30]):
        quals.setdefault("scope", "per capita")
    unit = f.unit
    if unit == "count" and ind in ("exports", "imports", "production", "orders"):
        counted = f.counted
        if counted and counted.lower() not in _generic_goods():
            quals.setdefault("product", counted)
    if ind in ("exports", "imports", "production") and "product" not in quals:
        prod = _product_of(before)
        if prod:
            quals["product"] = prod
    if ind in _SECTOR_INDICATORS and "sector" not in quals:
        sec = _sector_of(before)
        if sec:
            quals["sector"] = sec
    _per(f, unit, quals, before, after)


_PARTNER_LEAD: Final = re.compile(r"(?:\b(?:to|with|from|and)|[—,])\s+(?:the\s+)?$")
# "Bavaria, Germany's largest state, ...": a country in an apposition owns the place, it is no partner
_POSSESSIVE: Final[tuple[str, ...]] = ("'s", "’s")
_PER_CAPITA: Final = Quick.of(re.compile(r"\bper capita\b", re.IGNORECASE))
_CLAUSE_CUT: Final = re.compile(r"[;.\d]|\b(?:while|whereas|but)\b")
_DIGIT: Final = re.compile(r"\d")
_LOWER_WORD: Final = re.compile(r"[a-z][\w-]*")
# "exports of solar cells rose ...": the goods named after the measure
_GOODS_OF: Final = Quick.of(re.compile(
    r"\b(?i:exports?|imports?|shipments?|output|production|sales)\s+of\s+"
    r"((?:[a-z][\w-]*,?\s+){0,4}?[a-z][\w-]*)"
    r"(?=\s+(?:from|to|in|at|by|during|rose|fell|grew|was|were|reached|totaled|totalled|amounted|stood|hit|"
    r"jumped|increased|decreased|declined|dropped|climbed|surged|slipped|came|exceeded|topped)\b|\s*,)"
))
_NOT_GOODS: Final = {
    "the", "its", "their", "this", "these", "that", "those", "all", "some", "goods", "products", "services",
    "more", "about", "nearly", "over", "up", "only", "total", "a", "an",
}
# "the added value of the new materials industry rose": the sector named before the figure
# (possessive runs: a word run ends only at a space and a space run only at a word, so giving
# characters back could never help; without them each failed start backtracks char by char)
_SECTOR: Final = Quick.of(re.compile(
    r"((?:[\w'’-]++\s++){1,4}?)(industry|industries|sector|sectors|manufacturing)\b"
    r"(?!\s+(?:chain|park|zone)s?\b)"
))
# ``_SECTOR`` starting only where a run of word characters does (tried at far fewer positions)
_SECTOR_AT_RUN: Final = re.compile(r"(?<![\w'’-])" + _SECTOR.rx.pattern, _SECTOR.rx.flags)
_SECTOR_STOP: Final = {
    "the", "its", "their", "this", "these", "that", "those", "of", "and", "a", "an", "in", "for", "whole",
    "entire", "overall", "total", "local", "same", "industrial", "city", "province", "county", "region",
    "country", "state", "national", "such", "other", "main", "key", "major", "leading", "pillar", "by",
    "from", "with", "to", "on", "as", "at", "was", "were", "is", "are", "rose", "grew", "had", "has", "while",
    # verbs of saying and expecting before their object ("IBPAP expects industry revenues to grow")
    "expects", "expect", "expected", "sees", "saw", "said", "says", "estimates", "estimated", "forecasts",
    "forecast", "predicts", "predicted", "projects", "projected", "reported", "reports", "believes", "wants",
    "see", "say", "estimate", "predict", "believe", "want", "hope", "hopes",
    "which", "who", "where", "when", "if", "but", "or", "so",
}
# (frozensets: a look-up by the string's hash, not a comparison with each member in turn)
_SECTOR_INDICATORS: Final[frozenset[str]] = frozenset(
    ("value_added", "output_value", "revenue", "investment", "enterprises", "jobs")
)


# the words a match of ``_GOODS_OF`` starts with (lower-cased)
_GOODS_WORDS: Final[tuple[str, ...]] = ("export", "import", "shipment", "output", "production", "sales")


def _goods_matches(window: str) -> list[re.Match[str]]:
    """``list(_GOODS_OF.finditer(window))``, matched in an ASCII window only where one of the words a
    match starts with starts (``kinds.matches_at_words``)."""
    if not window.isascii():
        return list(_GOODS_OF.finditer(window))
    # (every match starts where one of the words does: matched there alone, not tried everywhere)
    return matches_at_words(_GOODS_OF.rx, window, window.lower(), _GOODS_WORDS)


def _sector_matches(clause: str) -> list[re.Match[str]]:
    """``list(_SECTOR.finditer(clause))``, found by ``_SECTOR_AT_RUN``: a match of ``_SECTOR`` that
    its search from a position finds first starts where a run of word characters does (a match
    starting inside a run has one starting earlier in it, at the same words), or where the search
    started; the two differ only when that is inside a run, after a match followed by "-" or "'"."""
    if not _SECTOR.may(clause):
        return []
    ms = list(_SECTOR_AT_RUN.finditer(clause))
    n = len(clause)
    for m in ms:
        end = m.end()
        if end < n and clause[end] in "-'’":
            return list(_SECTOR.rx.finditer(clause))
    return ms


# the characters ``_CLAUSE_CUT`` cuts at in an ASCII text (its words aside)
_CUT_CHARS: Final[tuple[str, ...]] = (";", ".", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
# the words ``_CLAUSE_CUT`` cuts at (case-sensitive, as the pattern): every other match holds one
_CUT_WORDS: Final[tuple[str, ...]] = ("but", "while", "whereas")


def _last_clause(window: str) -> str:
    """``_CLAUSE_CUT.split(window)[-1]``: in an ASCII window, split after the last of its cut
    characters only (each is a match of its own, after which the pattern reads the rest as a text
    of its own: ``\\b`` sees no word character before, either way)."""
    if not window.isascii():
        return _CLAUSE_CUT.split(window)[-1]
    cut = -1
    for ch in _CUT_CHARS:
        at = window.rfind(ch)
        if at > cut:
            cut = at
    rest = window[cut + 1 :] if cut >= 0 else window
    # (the words it cuts at are the other matches: a text holding none of them is not cut)
    for word in _CUT_WORDS:
        if word in rest:
            return _CLAUSE_CUT.split(rest)[-1]
    return rest


def _product_of(before: str) -> str | None:
    window = before[-120:]
    ms = _goods_matches(window)
    if not ms or _DIGIT.search(window[ms[-1].end() :]):
        return None
    words = ms[-1].group(1).replace(",", "").split()
    if words[0] in _NOT_GOODS or words[-1] in _NOT_GOODS:
        return None
    return " ".join(words)


def _sector_of(before: str) -> str | None:
    """The sector of a figure, from 'the X industry' in its own clause (no figure in between)."""
    window = before[-120:]
    if not _SECTOR.may(window):  # no sector word in the window, so none in its last clause
        return None
    clause = _last_clause(window)
    ms = _sector_matches(clause)
    if not ms:
        return None
    m = ms[-1]
    words = m.group(1).split()
    first = clause.split()[0] if clause.split() else ""
    keep: list[str] = []
    for i, w in enumerate(reversed(words)):
        lw = w.lower()
        opening = i == len(words) - 1 and w == first and m.start() <= len(clause) - len(clause.lstrip())
        if (
            lw in _SECTOR_STOP
            or (w[:1].isupper() and not opening)
            or lw.endswith(("'s", "’s"))
            or not _LOWER_WORD.fullmatch(lw)
        ):
            break
        keep.insert(0, lw)
    if not keep:
        return None
    head = m.group(2).lower()
    return " ".join(keep + ([head] if head in ("industries", "manufacturing") else []))


# a group of partner countries named by a description ("exports to Belt and Road countries")
_GROUP_PARTNER: Final = Quick.of(re.compile(
    r"\b(?i:exports?|imports?|trade|shipments?|sales|sold|shipped|exported|imported)\s+"
    r"(?:(?:to|with|from)\s+|between\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+)(?:the\s+)?"
    r"((?:[A-Z][\w&'’-]*\s+(?:and\s+)?){1,4}(?:countries|nations|economies|markets|states)(?:\s+and\s+regions)?)"
))
# the words a match of ``_GROUP_PARTNER`` starts with (lower-cased: "shipment" and "shipped" as "ship")
_PARTNER_WORDS: Final[tuple[str, ...]] = ("export", "import", "trade", "ship", "sales", "sold")


def _group_partner(window: str) -> re.Match[str] | None:
    """``_GROUP_PARTNER.search(window)``: in an ASCII window its gate tested, then the pattern
    matched only where one of the words a match starts with starts (``kinds.search_at_words``)."""
    if not window.isascii():
        return _GROUP_PARTNER.search(window)
    low = window.lower()
    if _GROUP_PARTNER._shut(low):
        return None
    return search_at_words(_GROUP_PARTNER.rx, window, low, _PARTNER_WORDS)


_RELATIVE: Final[frozenset[str]] = frozenset(("percent", "times", "percentage_point", "rank"))
_PER_AFTER: Final = Quick.of(re.compile(
    r"^\s*(?:(?:of\s+)?[\w-]+\s+){0,2}?(?:a|an|per|each|every)\s+(day|week|month|year)\b"
    r"(?!\s+(?:earlier|ago|before|later|after)\b)",
    re.IGNORECASE,
))
_ANNUAL_BEFORE: Final = Quick.of(re.compile(
    r"\b(?:annual|yearly)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:of|to|at|was|is|reached|reaching|surpassing|stood at|totaled|totalled)?"
    r"\s*(?:about|nearly|around|some|over|more than|up to|almost|roughly|at least)?\s*$",
    re.IGNORECASE,
))
_EACH_BEFORE: Final = Quick.of(re.compile(
    r"\beach\s+(family|household|person|worker|villager|member|farmer|resident|student)\b[^,;.]{0,40}$", re.I
))


def _per(f: Fact, unit: str, quals: dict[str, str], before: str, after: str) -> None:
    """The time or thing an amount is per: 'a day', 'annual revenue of', 'each family earned'.
    (``unit`` and ``quals`` are ``f.unit`` and ``f.qualifiers``.)"""
    if unit in _RELATIVE:
        quals.pop("per", None)  # '3.9 percent a year' is an average growth, not a rate per year
        return
    if f.kind == "change" or "per" in quals or "/" in unit:
        return
    m = _PER_AFTER.match(after)
    if m:
        quals["per"] = m.group(1).lower()
        return
    if _ANNUAL_BEFORE.has(before[-70:]):
        quals["per"] = "year"
        return
    m = _EACH_BEFORE.search(before[-70:])
    if m:
        quals["per"] = m.group(1).lower()


_RESTATED: Final = re.compile(
    r"\b(?:total|overall|whole|all|exports?|imports?|sales|output|production|trade|shipments?)\b", re.I
)


def share_goods(facts: list[Fact], text: str) -> None:
    """Figures that follow a figure of goods in its sentence ("2 million solar panels worth 900 million
    yuan, an increase of 50 percent and 60 percent, respectively") are figures of the same goods."""
    last: dict[tuple, Fact] = {}
    for f in facts:
        if f.indicator not in ("exports", "imports", "production", "orders"):
            continue
        key = (f.sentence_start, f.indicator, f.entity)
        p = last.get(key)
        if "product" in f.qualifiers:
            last[key] = f
            continue
        if p is None:
            got = _goods_referred(text, f)
            if got:
                f.qualifiers["product"] = got
                f.rules.append("qualifier:product-of-previous-subject")
                last[key] = f
            continue
        between = _SHARE_OF_TOTAL.sub(" ", text[p.end : f.start])
        if f.start - p.end > 150 or _RESTATED.search(between):
            continue
        f.qualifiers["product"] = p.qualifiers["product"]
        f.rules.append("qualifier:product-of-sentence")
        last[key] = f


# "of the province's total exports" names the whole of a share, not a new figure
_SHARE_OF_TOTAL: Final = re.compile(
    r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|’s)\s+)?total\s+[\w-]+", re.I
)
# "Their overseas sales amounted to ...": the measure of the goods the sentence before is about
_THEIR_MEASURE: Final = re.compile(
    r"^\W*(?:Their|Its)\s+(?:overseas\s+|foreign\s+|export\s+|outbound\s+|total\s+)?"
    r"(?:sales|exports|shipments|output|production|export value)\b"
)
_GOODS_SUBJECT: Final = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)((?:[A-Za-z][\w-]*\s+(?:and\s+)?){0,4}(?:products|goods|commodities|equipment|machinery))\s+"
    r"(?:accounted|made up|make up|were|are|led|topped|dominated|remained|took|took up|formed)\b"
    r"[^.!?]*[.!?]\s*$"
)


# the nouns one of which every match of ``_GOODS_SUBJECT`` holds (its search is slow: tried first)
_GOODS_NOUNS: Final[tuple[str, ...]] = ("products", "goods", "commodities", "equipment", "machinery")


def _goods_referred(text: str, f: Fact) -> str | None:
    if not _THEIR_MEASURE.match(text[f.sentence_start : f.start]):
        return None
    assert f.sentence_start is not None  # extracted facts carry their sentence
    window = text[max(0, f.sentence_start - 300) : f.sentence_start]
    for noun in _GOODS_NOUNS:
        if noun in window:
            m = _GOODS_SUBJECT.search(window)
            return m.group(1).lower() if m else None
    return None
