"""Logical paragraphs: body paragraphs the layout broke, joined again for sentence splitting.

A body paragraph that does not close (no final . ! ? or closing quote) is continued by the
first of the next few body paragraphs that starts in lower case ("Data from the customs" +
"shows exports rose ..."; "admis-" + "sions rose ..."). A fragment that the next paragraph
repeats ("Old growth is" / "old growth is giving way ...") is dropped. The joined text
rejoins a word hyphenated at a line end (unless the second part makes a usual compound, see
``keep_hyphen_before`` in ``data/segment.yaml``) and joins the pieces with one space; every
character of it maps back to an offset of the page text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from tally.data import load
from tally.model import Article, Span
from tally.segment.cues import starts_lowercase

_CLOSERS: Final = ".!?\"”’'):;…"
_WINDOW: Final = 4
_WS: Final = re.compile(r"\s+")
_FIRST_WORD: Final = re.compile(r"[A-Za-z]+")


@cache
def _keep_hyphen() -> frozenset[str]:
    return frozenset(w.lower() for w in load("segment").get("keep_hyphen_before", []))


@dataclass(slots=True, frozen=True, kw_only=True)
class LogicalParagraph:
    """One paragraph of a story as written, possibly made of several pieces of the page."""

    spans: tuple[Span, ...]

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    def joined(self, text: str) -> tuple[str, list[int]]:
        """The paragraph's text and, for each of its characters, the offset in ``text``.

        Pieces are joined with one space; a line-end hyphen followed by a lower-case
        continuation ("eco-" / "nomy") is removed, within a piece ("eco-\\nnomy") or across
        pieces. The joined text is for reading and sentence splitting; facts keep offsets
        into ``text`` through the map.
        """
        chars: list[str] = []
        offs: list[int] = []
        for n, sp in enumerate(self.spans):
            if n:
                nxt = text[sp.start : sp.end]
                if chars and chars[-1] == "-" and starts_lowercase(nxt):
                    if _is_split_word(chars, nxt):
                        chars.pop()
                        offs.pop()
                else:
                    chars.append(" ")
                    offs.append(self.spans[n - 1].end)
            i = sp.start
            while i < sp.end:
                ch = text[i]
                if ch == "-" and i + 1 < sp.end and text[i + 1] == "\n":
                    nxt = text[i + 2 : sp.end]
                    if nxt[:1].islower() and _is_split_word(chars + ["-"], nxt):
                        i += 2
                        continue
                chars.append(ch)
                offs.append(i)
                i += 1
        return "".join(chars), offs


def _is_split_word(before: list[str], after: str) -> bool:
    """Is "...x-" + "after" a word split at the line end (rather than a real compound)?"""
    if len(before) < 2 or not before[-2].isalpha():
        return False
    m = _FIRST_WORD.match(after.lstrip())
    if not m or not m.group(0)[0].islower():
        return False
    return m.group(0).lower() not in _keep_hyphen()


def _open_ended(p: str) -> bool:
    p = p.rstrip()
    return bool(p) and p[-1] not in _CLOSERS and not p.endswith("}$")


def _norm(p: str) -> str:
    return _WS.sub(" ", p).strip().lower()


def logical_paragraphs(text: str, article: Article) -> list[LogicalParagraph]:
    """The article's body as logical paragraphs, in the order they start.

    A paragraph starting in lower case continues the nearest open-ended paragraph among the
    few before it that is not continued yet; paragraphs before the byline (a deck) are never
    joined with paragraphs after it.
    """
    body = list(article.body)
    pieces = [sp.of(text) for sp in body]
    split_at = article.byline.start if article.byline else None
    drop: set[int] = set()
    for i in range(len(body) - 1):
        frag = _norm(pieces[i])
        if _open_ended(pieces[i]) and len(frag) >= 12 and _norm(pieces[i + 1]).startswith(frag):
            drop.add(i)            # a fragment repeated by what follows
    cont: dict[int, int] = {}
    pred: dict[int, int] = {}
    for j in range(len(body)):
        if not starts_lowercase(pieces[j]):
            continue
        for i in range(j - 1, max(-1, j - 1 - _WINDOW), -1):
            if i in drop:
                break              # j repeats a dropped fragment's text: it starts afresh
            if i in cont or not _open_ended(pieces[i]):
                continue
            if split_at is not None and body[i].start < split_at <= body[j].start:
                break
            cont[i] = j
            pred[j] = i
            break
    out: list[LogicalParagraph] = []
    for i in range(len(body)):
        if i in pred or i in drop:
            continue
        group = [body[i]]
        k = i
        while k in cont:
            k = cont[k]
            group.append(body[k])
        out.append(LogicalParagraph(spans=tuple(group)))
    return out
