"""Cut a page into articles.

1. The page is split into blocks (paragraphs); each gets a role: byline, end marker
   ("X contributed to this story."), caption (photo credit, "From left:", a portrait label
   after a figure gap; a credit line alone takes the caption text before it along), page
   furniture, or text.
2. Articles start at *anchors*: a byline (with the headline and deck found just before it,
   captions skipped), the first text block after an end marker, a level-1 Markdown heading
   once the current article has body, and the first text block of the page.
3. Captions lying between two articles (after the last text of one and before the anchor of
   the next) go to the neighbour whose vocabulary they share most (words weighted by how
   few articles of the page use them); ties, and articles with no body, keep them with the
   preceding article. Captions inside an article belong to it.
4. Articles tile the page: the first starts at 0, each ends where the next starts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Final

from tally.gates import is_ascii
from tally.model import Article
from tally.segment.blocks import Block, split_blocks
from tally.segment.cues import CAPTION_CUE, PLAIN, Cues, cues
from tally.segment.spans import span


class Role(Enum):
    TEXT = "text"
    BYLINE = "byline"
    END = "end"
    CAPTION = "caption"
    FURNITURE = "furniture"


# the roles as constants: the plain build reads ``Role.TEXT`` through ``EnumType.__getattr__``'s
# hook (~850 instructions a read, a dozen reads a block), a constant from the module's dict
_TEXT: Final = Role.TEXT
_BYLINE: Final = Role.BYLINE
_END: Final = Role.END
_CAPTION: Final = Role.CAPTION
_FURNITURE: Final = Role.FURNITURE


@dataclass(slots=True, kw_only=True)
class _Head:
    anchor: int                        # block index where the article's own text begins
    headline: int | None = None
    byline: int | None = None
    deck: list[int] = field(default_factory=list)


_WORDS: Final = re.compile(r"[A-Za-z][A-Za-z'’\-]{2,}")
# ``_WORDS`` on lower-cased text: the same words, lower-cased, for a text without the two
# characters whose lower case is longer or an ASCII letter ('İ', the Kelvin sign)
_LOW_WORDS: Final = re.compile(r"[a-z][a-z'’\-]{2,}")


def segment(text: str) -> list[Article]:
    """Articles of a page, in order, tiling ``text``; spans point into ``text`` unchanged."""
    cue = cues()
    blocks = split_blocks(text, cue)
    if not blocks:
        return [Article(index=0, start=0, end=len(text))] if text.strip() else []
    roles, joined = classify(blocks, cue)
    heads = _find_heads(blocks, roles, cue)
    if not heads:  # only captions / furniture on the page
        caps = [blocks[i].span for i, r in enumerate(roles) if r is _CAPTION]
        return [Article(index=0, start=0, end=len(text), captions=caps)]
    owner = _assign(blocks, roles, heads)
    return _build(text, blocks, roles, heads, owner, joined)


# -- roles ---------------------------------------------------------------------------------
def classify(blocks: list[Block], cue: Cues) -> tuple[list[Role], set[int]]:
    """The role of each block, and the caption blocks that continue the caption before them."""
    roles: list[Role] = []
    add = roles.append
    byline_max = cue.byline_max_chars  # a longer block is no byline: not worth a call
    for b in blocks:
        p = b.text
        if len(p) <= byline_max and cue.is_byline(p):
            add(_BYLINE)
            continue
        screened = cue.screen(p)
        if screened == PLAIN:  # the usual paragraph of prose: none of the tests below holds
            plain_caption = b.gap >= cue.figure_gap and cue.is_portrait(p)
            add(_CAPTION if plain_caption else _TEXT)
        elif screened == CAPTION_CUE or cue.has_credit(p) or cue.starts_caption(p):
            add(_CAPTION)
        elif cue.is_end_marker(p):
            add(_END)
        elif cue.is_furniture(p):
            add(_FURNITURE)
        elif b.gap >= cue.figure_gap and cue.is_portrait(p):
            add(_CAPTION)
        else:
            add(_TEXT)
    # A credit standing alone takes the caption text just before it along.
    joined: set[int] = set()
    for i in [i for i, r in enumerate(roles) if r is _CAPTION]:
        b = blocks[i]
        if cue.is_credit_only(b.text) and i > 0:
            prev = blocks[i - 1]
            if roles[i - 1] is _TEXT and (
                prev.gap >= cue.figure_gap or len(prev.text.split()) <= 40
            ) and not cue.is_headline_like(prev.text, uncued=True):
                roles[i - 1] = _CAPTION
            if roles[i - 1] is _CAPTION and b.gap <= 2:
                joined.add(i)
    return roles, joined


# -- anchors -------------------------------------------------------------------------------
def _prev_index(roles: list[Role], i: int, skip: tuple[Role, ...]) -> int | None:
    j = i - 1
    while j >= 0 and roles[j] in skip:
        j -= 1
    return j if j >= 0 else None


def _find_heads(blocks: list[Block], roles: list[Role], cue: Cues) -> list[_Head]:
    heads: dict[int, _Head] = {}
    taken: set[int] = set()
    skip = (_CAPTION, _FURNITURE)
    bylines: list[int] = []
    ends: list[int] = []
    texts: list[int] = []
    for i, r in enumerate(roles):  # one walk, not one per role
        if r is _TEXT:
            texts.append(i)
        elif r is _BYLINE:
            bylines.append(i)
        elif r is _END:
            ends.append(i)

    # 1. bylines, with the headline (and deck) above them
    for i in bylines:
        if i in taken:
            continue
        j = _prev_index(roles, i, skip)
        if j is not None and roles[j] is _BYLINE and j in taken:
            taken.add(i)          # a second byline line ("By A" / "By B"): same article
            continue
        head = _Head(anchor=i, byline=i)
        if j is not None and roles[j] is _TEXT and j not in taken:
            head.headline, head.deck = _title_above(blocks, roles, cue, taken, j)
        if head.headline is not None:
            head.anchor = head.headline
            taken.update([head.headline, *head.deck])
        taken.add(i)
        heads[head.anchor] = head

    # 2. text after an end marker starts another article
    for i in ends:
        n = i + 1
        while n < len(blocks) and roles[n] in (_END, _CAPTION, _FURNITURE):
            n += 1
        if n >= len(blocks) or n in taken:
            continue
        if roles[n] is _TEXT:
            headline = n if cue.is_headline_like(blocks[n].text, uncued=True) else None
            heads[n] = _Head(anchor=n, headline=headline)
            taken.add(n)

    # 2b. a title with no byline after a finished paragraph, above a paragraph of prose
    _bare_heads(blocks, roles, cue, texts, heads, taken)

    # 3. Markdown level-1 headings, and the top of the page
    order = sorted(heads)
    first_text = min(texts[:1] + bylines[:1], default=None)
    if first_text is not None and (not order or first_text < order[0]) and first_text not in taken:
        p = blocks[first_text].text
        heads[first_text] = _Head(
            anchor=first_text,
            headline=first_text if cue.is_headline_like(p) else None,
        )
        taken.add(first_text)
    # only a text block opening with "#" can be a heading: on a page with none, the walk below
    # changes nothing, so it is skipped
    if any(blocks[i].text[:1] == "#" for i in texts):
        _markdown_heads(blocks, roles, cue, heads, taken)
    return [heads[k] for k in sorted(heads)]


def _title_above(
    blocks: list[Block], roles: list[Role], cue: Cues, taken: set[int], j: int
) -> tuple[int | None, list[int]]:
    """The headline and deck of a byline whose nearest text block above is ``j`` (free): ``j`` is
    the headline, or the deck under the headline-like free text block ``k`` above it (a caption
    may part them), or neither."""
    k = _prev_index(roles, j, (_FURNITURE,))  # a caption parts headline and deck
    # k_free: the index of a free text line above the caption, if any; it is the headline over a
    # deck ``j`` when it is headline-like (asked last, only where it decides: the title test is
    # the costly one)
    k_free: int | None = k if k is not None and roles[k] is _TEXT and k not in taken else None
    jt = blocks[j].text
    if cue.is_headline_like(jt, weak_ok=True, uncued=True):
        if (
            k_free is not None
            and not cue.is_markdown_heading(jt)
            and len(jt.split()) > len(blocks[k_free].text.split())
            and cue.is_headline_like(blocks[k_free].text, uncued=True)
        ):  # a deck is longer than the title above it; else the line above is a cut sentence
            return k_free, [j]
        return j, []
    if k_free is not None and cue.is_deck(jt) and cue.is_headline_like(blocks[k_free].text, uncued=True):
        return k_free, [j]
    return None, []


def _bare_heads(blocks: list[Block], roles: list[Role], cue: Cues, texts: list[int],
                heads: dict[int, _Head], taken: set[int]) -> None:
    """Add to ``heads`` the titles with no byline (``texts``: the text blocks) that follow a
    finished paragraph and stand above a paragraph of prose that opens their story."""
    max_chars = cue.headline_max_chars  # a longer paragraph is no title: not worth a call
    for i in texts:
        if len(blocks[i].text) > max_chars or i in taken:
            continue
        # (the blocks around it first: a look along the roles is cheaper than the title test)
        j = _prev_index(roles, i, (_CAPTION, _FURNITURE))
        if j is None or roles[j] is not _TEXT or j in taken:
            continue
        n = i + 1
        while n < len(blocks) and roles[n] in (_CAPTION, _FURNITURE):
            n += 1
        if n >= len(blocks) or roles[n] is not _TEXT or n in taken:
            continue
        if not cue.closes(blocks[j].text) or not cue.is_bare_headline(blocks[i].text, uncued=True):
            continue
        if cue.opens_prose_after(blocks[i].text, blocks[n].text):
            heads[i] = _Head(anchor=i, headline=i)
            taken.add(i)


def _markdown_heads(blocks: list[Block], roles: list[Role], cue: Cues, heads: dict[int, _Head],
                    taken: set[int]) -> None:
    """Add to ``heads`` the level-1 Markdown headings that follow body text of an article."""
    has_body = False
    for i, r in enumerate(roles):
        if i in heads:
            has_body = False
            continue
        if r is not _TEXT or i in taken:
            continue
        p = blocks[i].text
        if has_body and p[:1] == "#" and cue.heading_level(p) == 1:
            heads[i] = _Head(anchor=i, headline=i)
            taken.add(i)
            has_body = False
        else:
            has_body = True


# -- ownership -----------------------------------------------------------------------------
def _assign(blocks: list[Block], roles: list[Role], heads: list[_Head]) -> list[int]:
    """The article index owning each block."""
    anchors = [h.anchor for h in heads]
    owner = [0] * len(blocks)  # the blocks before the first anchor go with the first article
    for n, (start, end) in enumerate(zip(anchors, [*anchors[1:], len(blocks)], strict=True)):
        owner[start:end] = [n] * (end - start)

    # captions in the gap before each anchor: split between the two neighbours
    n_art = len(heads)
    # the owners of text blocks are final (only captions and furniture move below), so the gaps
    # whose captions are scored, and the words asked about, are known now
    has_body = [_has_body(roles, owner, heads, anchors, a) for a in range(n_art - 1)]
    scored = [
        (n, caps)
        for n in range(1, n_art)
        if has_body[n - 1] and (caps := _gap_captions(roles, anchors, n))
    ]
    stats: _Vocab | None = None  # the articles' vocabularies, made when first needed
    scores: dict[tuple[int, int], float] = {}
    cap_words: dict[int, set[str]] = {}  # the words of each caption block scored

    def score(c: int, art: int) -> float:
        """How much the words of caption block ``c`` speak for article ``art``."""
        nonlocal stats
        got = scores.get((c, art))
        if got is None:
            if stats is None:
                stats = _vocabularies(blocks, roles, owner, n_art, scored, cap_words)
            vocab, df = stats
            words = cap_words[c]  # (``c`` is a caption of ``scored``)
            got = 0.0
            for w in words:
                if w in vocab[art]:
                    got += math.log((n_art + 1) / df[w])
            scores[(c, art)] = got
        return got

    for n in range(1, len(heads)):
        anchor = anchors[n]
        gap: list[int] = []
        j = anchor - 1
        while j >= 0 and roles[j] in (_CAPTION, _FURNITURE):
            gap.append(j)
            j -= 1
        gap.reverse()
        caps = [g for g in gap if roles[g] is _CAPTION]
        if not caps:
            for g in gap:
                owner[g] = n - 1 if j >= anchors[n - 1] else n
            continue
        if not has_body[n - 1]:
            best = len(caps)
        else:
            best, best_score = len(caps), -1.0
            for k in range(len(caps), -1, -1):
                s = 0.0  # (a float from the start: ``sum`` of nothing is the int 0)
                for c in caps[:k]:
                    s += score(c, n - 1)
                for c in caps[k:]:
                    s += score(c, n)
                if s > best_score + 1e-9:
                    best, best_score = k, s
        for idx, c in enumerate(caps):
            owner[c] = n - 1 if idx < best else n
        # furniture in the gap follows the caption before it
        last = n - 1
        for g in gap:
            if roles[g] is _CAPTION:
                last = owner[g]
            else:
                owner[g] = last
    return owner


def _gap_captions(roles: list[Role], anchors: list[int], n: int) -> list[int]:
    """The captions among the captions and furniture right before the anchor of article ``n``."""
    caps: list[int] = []
    j = anchors[n] - 1
    while j >= 0 and roles[j] in (_CAPTION, _FURNITURE):
        if roles[j] is _CAPTION:
            caps.append(j)
        j -= 1
    caps.reverse()
    return caps


def _has_body(roles: list[Role], owner: list[int], heads: list[_Head], anchors: list[int], a: int) -> bool:
    """Does article ``a`` own a text block (other than its headline) before the next anchor?"""
    return any(
        owner[i] == a and roles[i] is _TEXT and i != heads[a].headline
        for i in range(anchors[a], anchors[a + 1])
    )


def _words(p: str) -> set[str]:
    return set(_lower_words(p))


def _lower_words(p: str) -> list[str]:
    """``_WORDS.findall(p)``, each lower-cased (found on the lower-cased text when that is the same)."""
    if "\u0130" in p or "\u212a" in p:
        return [w.lower() for w in _WORDS.findall(p)]
    return _LOW_WORDS.findall(p.lower())


_Vocab = tuple[list[set[str]], Counter[str]]
_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_WORD_CHARS: Final = _LETTERS | {"'", "’", "-"}  # the characters of ``_LOW_WORDS``
# a text is searched for at most this many words; for more it is split into words (a look-up
# costs ~2.5 instructions a character of the text, splitting it ~230: measured, look-ups pay up
# to ~90 words on a long text)
_FIND_MAX: Final = 64


def _vocabularies(
    blocks: list[Block], roles: list[Role], owner: list[int], n_art: int,
    scored: list[tuple[int, list[int]]], cap_words: dict[int, set[str]],
) -> _Vocab:
    """The words of each article's text blocks, and in how many articles each word occurs:
    only the words asked about, those of the ``scored`` captions (gap, caption blocks) that the
    articles around their gap use. ``cap_words`` is given the words of each of those captions
    (``_words``: found once, for this and for scoring them)."""
    texts: list[list[str]] = [[] for _ in range(n_art)]
    for b, r, a in zip(blocks, roles, owner, strict=True):
        if r is _TEXT:
            texts[a].append(b.text)
    wanted: set[str] = set()
    for _, caps in scored:
        for c in caps:
            words = cap_words[c] = _words(blocks[c].text)
            wanted |= words
    near = sorted({a for n, _ in scored for a in (n - 1, n)})
    vocab: list[set[str]] = [set() for _ in range(n_art)]
    # one scan per article (no word spans a newline)
    for a in near:
        vocab[a] = _used(wanted, "\n".join(texts[a]))
    asked = set().union(*(vocab[a] for a in near))  # the words whose article count is used
    if asked:
        for a in range(n_art):
            if a not in near:
                vocab[a] = _used(asked, "\n".join(texts[a]))
    df: Counter[str] = Counter()
    for v in vocab:
        df.update(v)
    return vocab, df


def _used(words: set[str], text: str) -> set[str]:
    """The ``words`` (of ``_LOW_WORDS``) that ``_lower_words(text)`` holds: for a few, each is
    looked for in the lower-cased text and taken where it is a whole word there.

    A text that is not ASCII is not lower-cased as such (``str.lower`` or ``fold``: each costs
    several passes over it), but read as ``_ascii_lower`` makes it: the same characters where
    the words and the tests around them can tell a difference (see there)."""
    if len(words) > _FIND_MAX or "\u0130" in text or "\u212a" in text:
        return words.intersection(_lower_words(text))
    if is_ascii(text):
        low = text.lower()
        return {w for w in words if _holds_word(low, w)}
    low = _ascii_lower(text)
    out: set[str] = set()
    for w in words:
        if "'" in w or "\u2019" in w:  # (either apostrophe is "'" in ``low``: told apart in ``text``)
            if _holds_quoted_word(low, w, text):
                out.add(w)
        elif _holds_word(low, w):
            out.add(w)
    return out


def _ascii_lower(text: str) -> str:
    """``text.lower()`` (``text`` holding no 'İ' nor the Kelvin sign) with each non-ASCII character
    a "?" and the curly apostrophe "’" a straight one: the same length, an ASCII text (made by
    two passes in C, far cheaper than lower-casing a non-ASCII text). Only 'İ' and the Kelvin
    sign lower-case to an ASCII letter or to two characters; every other non-ASCII character
    stays one that is no ASCII letter, as "?" is, nor "’", the only non-ASCII character of the
    words (``_LOW_WORDS``) and of the characters ``_holds_word`` tests around them, which it
    tests as it tests "'"."""
    return text.replace("\u2019", "'").encode("ascii", "replace").lower().decode("ascii")


def _holds_word(low: str, w: str) -> bool:
    """Is ``w`` one of ``_LOW_WORDS.findall(low)``? A match is a run of word characters from
    its first letter: ``w`` must end the run and have no letter before it in the run."""
    n = len(w)
    i = low.find(w)
    while i >= 0:
        if _whole_at(low, i, i + n):
            return True
        i = low.find(w, i + 1)
    return False


def _holds_quoted_word(low: str, w: str, text: str) -> bool:
    """``_holds_word(text.lower(), w)`` for a word ``w`` holding an apostrophe, ``low`` being
    ``_ascii_lower(text)``: found there with either apostrophe as "'", then told by ``text``."""
    n = len(w)
    wm = w.replace("\u2019", "'")
    i = low.find(wm)
    while i >= 0:
        e = i + n
        if text[i:e].lower() == w and _whole_at(low, i, e):
            return True
        i = low.find(wm, i + 1)
    return False


def _whole_at(low: str, i: int, e: int) -> bool:
    """Is ``low[i:e]`` (a word of ``_LOW_WORDS``) one of ``_LOW_WORDS.findall(low)``: no word
    character after it, no letter before it but across apostrophes and hyphens?"""
    if e == len(low) or low[e] not in _WORD_CHARS:
        j = i
        while j > 0 and low[j - 1] in "'’-":
            j -= 1
        if j == 0 or low[j - 1] not in _LETTERS:
            return True
    return False


# -- articles ------------------------------------------------------------------------------
def _build(
    text: str,
    blocks: list[Block],
    roles: list[Role],
    heads: list[_Head],
    owner: list[int],
    joined: set[int],
) -> list[Article]:
    arts: list[Article] = []
    blocks_of: list[list[int]] = [[] for _ in heads]
    for i, n in enumerate(owner):
        blocks_of[n].append(i)
    for n, h in enumerate(heads):
        mine = blocks_of[n]
        art = Article(index=n, start=blocks[mine[0]].start if mine else blocks[h.anchor].start,
                      end=len(text))
        if h.headline is not None:
            art.headline = blocks[h.headline].span
        byline = h.byline
        for i in mine:
            r = roles[i]
            if i == h.headline:
                continue
            if r is _BYLINE:
                if byline is None:
                    byline = i
                continue
            if r is _CAPTION:
                if i in joined and art.captions and art.captions[-1] == blocks[i - 1].span:
                    art.captions[-1] = span(blocks[i - 1].start, blocks[i].end)
                else:
                    art.captions.append(blocks[i].span)
            elif r is _TEXT:
                blk = blocks[i]
                art.body.append(span(blk.start, blk.end))  # blocks[i].span, one call less
        if byline is not None:
            art.byline = blocks[byline].span
        arts.append(art)
    arts[0].start = 0
    for a, b in zip(arts, arts[1:], strict=False):
        a.end = b.start
    arts[-1].end = len(text)
    return arts
