"""Fast paths of the segmenter give what the plain code gives."""

from __future__ import annotations

import copy
import random

import pytest

from tally.segment import articles as A
from tally.segment.cues import cues

# paragraphs of our own, in the corpus style, and lines that change the roles around them
PARAGRAPHS = [
    "Tea exports from the county rose 12 percent to 3,400 tonnes last year, officials said.",
    "Orchard towns bet on cold storage",
    "By WU LANTING",
    "By Maria Costa, Trade Reporter",
    "Zhou Ping contributed to this story.",
    "A worker loads boxes of pears at a depot in the county. [Photo by LI NAN / FOR CHINA DAILY]",
    "LI NAN / FOR CHINA DAILY",
    "The plant will hire 600 workers when its second line opens next spring.",
    "Rail freight on the line doubled in the first half",
    "# Ferry routes add winter sailings",
    "## Fares stay flat",
    "#hashtag campaigns drew 2 million views",
    "Page 3",
    "Exports climb as buyers order more",
]


def _page(rng: random.Random) -> str:
    gaps = ["\n\n", "\n\n\n", "\n\n\n\n"]
    return "".join(rng.choice(PARAGRAPHS) + rng.choice(gaps) for _ in range(rng.randint(1, 14)))


def _steps(page: str):
    cue = cues()
    blocks = A.split_blocks(page, cue)
    roles, _ = A.classify(blocks, cue)
    return cue, blocks, roles


@pytest.mark.parametrize("seed", range(4))
def test_markdown_walk_skipped_only_where_it_changes_nothing(seed: int) -> None:
    """``_find_heads`` runs the walk for level-1 Markdown headings only on pages with a text
    block opening with "#"; on the others the walk leaves the heads as they are."""
    rng = random.Random(seed)
    for _ in range(300):
        page = _page(rng)
        cue, blocks, roles = _steps(page)
        if not blocks:
            continue
        heads = {h.anchor: h for h in A._find_heads(blocks, roles, cue)}
        texts = [i for i, r in enumerate(roles) if r is A.Role.TEXT]
        if any(blocks[i].text[:1] == "#" for i in texts):
            continue
        # the walk on the heads found (and with nothing taken at all, its widest run) adds none
        for taken in ({i for h in heads.values() for i in (h.anchor, h.headline) if i is not None}, set()):
            walked = copy.deepcopy(heads)
            A._markdown_heads(blocks, roles, cue, walked, taken)
            assert walked == heads, page


def _bare_heads_title_first(blocks, roles, cue, texts, heads, taken) -> None:
    """``_bare_heads`` as it was: the title test first, then the blocks around it."""
    for i in texts:
        if len(blocks[i].text) > cue.headline_max_chars or i in taken:
            continue
        if not cue.is_bare_headline(blocks[i].text, uncued=True):
            continue
        j = A._prev_index(roles, i, (A.Role.CAPTION, A.Role.FURNITURE))
        if j is None or roles[j] is not A.Role.TEXT or j in taken or not cue.closes(blocks[j].text):
            continue
        n = i + 1
        while n < len(blocks) and roles[n] in (A.Role.CAPTION, A.Role.FURNITURE):
            n += 1
        if n >= len(blocks) or roles[n] is not A.Role.TEXT or n in taken:
            continue
        if cue.opens_prose_after(blocks[i].text, blocks[n].text):
            heads[i] = A._Head(anchor=i, headline=i)
            taken.add(i)


@pytest.mark.parametrize("seed", range(4))
def test_bare_titles_found_as_by_the_title_test_first(seed: int) -> None:
    """``_bare_heads`` looks at the blocks around a short text block before the title test: the
    same titles, with whatever ``taken`` holds."""
    rng = random.Random(seed)
    found = 0
    for _ in range(300):
        page = _page(rng)
        cue, blocks, roles = _steps(page)
        texts = [i for i, r in enumerate(roles) if r is A.Role.TEXT]
        for taken in (set(), {i for i in range(len(blocks)) if rng.random() < 0.2}):
            got: dict[int, A._Head] = {}
            ref: dict[int, A._Head] = {}
            t1, t2 = set(taken), set(taken)
            A._bare_heads(blocks, roles, cue, texts, got, t1)
            _bare_heads_title_first(blocks, roles, cue, texts, ref, t2)
            assert (got, t1) == (ref, t2), page
            found += len(got)
    assert found  # (the pages hold such titles)


def _title_above_k_first(blocks, roles, cue, taken, j):
    """``_title_above`` as it was: the block ``k`` above asked whether it is headline-like first."""
    k = A._prev_index(roles, j, (A.Role.FURNITURE,))
    k_head = None
    if k is not None and roles[k] is A.Role.TEXT and k not in taken:
        if cue.is_headline_like(blocks[k].text, uncued=True):
            k_head = k
    if cue.is_headline_like(blocks[j].text, weak_ok=True, uncued=True):
        if (
            k_head is not None
            and not cue.is_markdown_heading(blocks[j].text)
            and len(blocks[j].text.split()) > len(blocks[k_head].text.split())
        ):
            return k_head, [j]
        return j, []
    if k_head is not None and cue.is_deck(blocks[j].text):
        return k_head, [j]
    return None, []


@pytest.mark.parametrize("seed", range(4))
def test_title_above_a_byline_as_by_the_block_above_first(seed: int) -> None:
    """``_title_above`` asks whether the block above the caption is headline-like last, only where
    it decides: the same headline and deck for every text block, with whatever ``taken`` holds."""
    rng = random.Random(seed)
    decks = 0
    for _ in range(300):
        page = _page(rng)
        cue, blocks, roles = _steps(page)
        for taken in (set(), {i for i in range(len(blocks)) if rng.random() < 0.2}):
            for j, r in enumerate(roles):
                if r is A.Role.TEXT:
                    got = A._title_above(blocks, roles, cue, taken, j)
                    assert got == _title_above_k_first(blocks, roles, cue, taken, j), page
                    decks += bool(got[1])
    assert decks  # (the pages hold decks under a title)
