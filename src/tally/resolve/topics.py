"""The page's own entities: what a regional report is about when a sentence does not say.

A report page is written about one region (and, within it, a few cities, zones and
companies). ``page_defaults`` counts the names of a page and returns, for each entity type,
the one named most often, and under ``"main"`` the page's main place: what "the state" or a
figure with no visible subject falls back to when its article has not named anything yet.
Names in headlines count double; partners (countries) never become the main place.
``byline_places`` reads where each article was filed from ("By ANNA NOWAK in Tychy").
"""

from __future__ import annotations

import re
from typing import Final

from tally.model import Article
from tally.resolve.entities import Lexicon, _gazetteer, article_mentions, classify_name

Ent = tuple[str, str, str | None]

MAIN_TYPES: Final[tuple[str, ...]] = ("province", "city", "county", "district", "township", "village", "zone")
# the types of ``MAIN_TYPES`` a page's main place may have (a zone never is one)
_MAIN_PLACES: Final = frozenset(t for t in MAIN_TYPES if t != "zone")
_HEADLINE_WEIGHT: Final = 2
_MIN_MAIN: Final = 2  # a page's main place is named twice, or in a headline; one passing name is not a topic
# the place at the end of a byline: "By ANNA NOWAK in Tychy", "By Li Ming in Hohhot, Inner Mongolia"
_BYLINE_PLACE: Final = re.compile(
    r"\s(?:in|at|from)\s+([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2})(?:,[^\n]*)?\s*$"
)


def byline_places(text: str, articles: list[Article], lex: Lexicon) -> None:
    """The place an article is filed from is a city, when no table knows the name: a reporter
    files from a town ("By ANNA NOWAK in Tychy"), and the story's "the city" is most often it."""
    for art in articles:
        if art.byline is None:
            continue
        m = _BYLINE_PLACE.search(text, art.byline.start, art.byline.end)
        if m is None:
            continue
        name = m.group(1)
        if classify_name(name) is None and lex.lookup(name) is None:
            lex.add(name, "city")


def page_defaults(text: str, articles: list[Article], lex: Lexicon) -> dict[str, Ent]:
    """type -> the most-named entity of that type on the page; ``"main"`` -> the main place."""
    # (plain dicts, not a ``Counter``: its item reads and writes are generic calls compiled, and a
    # missing key's read runs ``__missing__`` interpreted)
    counts: dict[Ent, int] = {}
    first: list[int] = []  # where each entity of ``counts`` is first named, in its order
    for art in articles:
        # the headline's span (an empty one when there is none: no mention starts in it)
        head_start, head_end = (art.headline.start, art.headline.end) if art.headline else (0, 0)
        # names and types only (no role marks); kept in ``lex`` for the sentence pass
        for m in article_mentions(text, art.start, art.end, lex):
            if m.form != "name" or not m.name or not m.type:  # a name, of a known type
                continue
            ent = (m.name, m.type, m.parent)
            weight = _HEADLINE_WEIGHT if head_start <= m.start < head_end else 1
            seen = counts.get(ent)
            if seen is None:
                counts[ent] = weight
                first.append(m.start)
            else:
                counts[ent] = seen + weight
    out: dict[str, Ent] = {}
    # most named first, then first named first (the order of ``counts`` breaking any tie left, as
    # a stable sort by those two would)
    ents = list(counts)
    keyed = sorted([(-counts[e], first[i], i) for i, e in enumerate(ents)])
    ranked = [ents[k[2]] for k in keyed]
    main: Ent | None = None  # the first ranked place of a main type but a zone, named often enough
    for ent in ranked:
        kind = ent[1]
        if kind not in out:
            out[kind] = ent
        if main is None and kind in _MAIN_PLACES and counts[ent] >= _MIN_MAIN:
            main = ent
    if main is not None:
        out["main"] = main
        nation = _nation_of(main)
        if nation:
            out["nation"] = (nation, "country", None)
    return out


def _nation_of(ent: Ent) -> str | None:
    """The country a place belongs to, climbing the gazetteer's parents."""
    gz = _gazetteer()
    name, parent = ent[0], ent[2]
    for _ in range(4):
        hit = gz.get((parent or "").lower()) if parent else gz.get(name.lower())
        if parent and hit is None:
            return None
        if hit is None:
            return None
        if hit[2] == "country":
            return hit[0]
        name, parent = hit[0], hit[1]
        if parent is None:
            return None
    return None
