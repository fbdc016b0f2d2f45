"""The cue patterns of ``data/segment.yaml``, compiled, and the tests built on them.

Each test looks at one stripped paragraph: is it a byline, an end marker ("X contributed to
this story."), a photo caption or credit, page furniture, or headline-like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tally.data import load

_MD_HEADING = re.compile(r"^(#{1,6})\s+\S")
_WORD = re.compile(r"[\w'’\-]+")
# Markup that may precede the first word of a paragraph: "${\it ", "**", "> ", "_".
_LEAD_MARKUP = re.compile(r"^(?:[\s$*_>\"“‘'(\[{}]|\\[A-Za-z]+)*")


@dataclass(slots=True, frozen=True, kw_only=True)
class Cues:
    byline: tuple[re.Pattern[str], ...]
    byline_max_chars: int
    end_marker: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    caption_start: tuple[re.Pattern[str], ...]
    caption_portrait: tuple[re.Pattern[str], ...]
    furniture: tuple[re.Pattern[str], ...]
    figure_gap: int
    headline_max_chars: int
    headline_max_words: int
    weak_endings: frozenset[str]
    bad_final_chars: str
    deck_max_words: int
    bare_max_words: int = 12
    bare_min_next_words: int = 15
    bare_auxiliaries: frozenset[str] = frozenset()
    bare_closers: str = ".!?"

    # -- single-paragraph tests ------------------------------------------------------------
    def is_byline(self, p: str) -> bool:
        return len(p) <= self.byline_max_chars and "\n" not in p and _any(self.byline, p)

    def is_end_marker(self, p: str) -> bool:
        return len(p) <= 400 and _any(self.end_marker, p)

    def has_credit(self, p: str) -> bool:
        return _any(self.credit, p)

    def is_credit_only(self, p: str) -> bool:
        """The paragraph is nothing but a photo credit ("LI MING / FOR CHINA DAILY")."""
        for rx in self.credit:
            m = rx.search(p)
            if m and len(p) - len(m.group(0)) <= 3:
                return True
        return False

    def starts_caption(self, p: str) -> bool:
        return _any(self.caption_start, p)

    def is_portrait(self, p: str) -> bool:
        return (
            not p.rstrip().endswith(".")
            and len(p.split()) <= 25
            and _any(self.caption_portrait, p)
        )

    def is_furniture(self, p: str) -> bool:
        return len(p) <= 80 and _any(self.furniture, p)

    def is_markdown_heading(self, p: str) -> bool:
        return "\n" not in p and bool(_MD_HEADING.match(p))

    def heading_level(self, p: str) -> int:
        m = _MD_HEADING.match(p)
        return len(m.group(1)) if m else 0

    def is_headline_like(self, p: str, *, weak_ok: bool = False) -> bool:
        """Short, one line, title-like: no closing full stop, no dangling last word.

        With ``weak_ok`` a last word such as "more" or "over" is allowed: right above a byline
        a line is a title ("Exports hit record as Canada buys more"), not a cut sentence."""
        if self.is_markdown_heading(p):
            return True
        if "\n" in p or len(p) > self.headline_max_chars:
            return False
        words = _WORD.findall(p)
        if not words or len(words) > self.headline_max_words:
            return False
        first = first_letter(p)
        if first is None or first.islower():
            return False
        if p[-1] in self.bad_final_chars:
            return False
        if not weak_ok and words[-1].lower() in self.weak_endings:
            return False
        if self.is_byline(p) or self.is_end_marker(p) or self.is_furniture(p):
            return False
        return not self.has_credit(p)

    def is_bare_headline(self, p: str) -> bool:
        """A title that may open an article with no byline ("Farm output up after good monsoon")."""
        if not self.is_headline_like(p) or self.is_markdown_heading(p):
            return False
        words = _WORD.findall(p)
        if len(words) > self.bare_max_words or not p[0].isalpha() or not p[0].isupper():
            return False
        return not any(w in self.bare_auxiliaries for w in words[1:])

    def closes(self, p: str) -> bool:
        """Does the paragraph end a sentence (. ! ? or a closing quote)?"""
        p = p.rstrip()
        return bool(p) and p[-1] in self.bare_closers

    def opens_prose_after(self, title: str, p: str) -> bool:
        """Is ``p`` the first paragraph of a story under ``title``: prose starting with a capital
        that does not repeat the title's opening words?"""
        if starts_lowercase(p) or self.is_headline_like(p) or len(p.split()) < self.bare_min_next_words:
            return False
        head = [w.lower() for w in _WORD.findall(title)[:2]]
        return [w.lower() for w in _WORD.findall(p)[:2]] != head

    def is_deck(self, p: str) -> bool:
        """A standfirst between headline and byline: a short paragraph of prose."""
        return "\n" not in p.strip() and len(p.split()) <= self.deck_max_words


def first_letter(p: str) -> str | None:
    """The first letter of a paragraph, after leading markup and quotes ("${\\it emerging")."""
    rest = _LEAD_MARKUP.sub("", p, count=1)
    for ch in rest:
        if ch.isalpha():
            return ch
        if ch.isdigit():
            return "0"
        if not ch.isspace():
            continue
    return None


def starts_lowercase(p: str) -> bool:
    ch = first_letter(p)
    return ch is not None and ch.islower()


def _any(rxs: tuple[re.Pattern[str], ...], p: str) -> bool:
    return any(rx.search(p) for rx in rxs)


@cache
def cues() -> Cues:
    """The compiled cues of ``data/segment.yaml`` (cached)."""
    d = load("segment")
    ci = re.IGNORECASE

    def comp(items: list[str], flags: int = 0) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, flags) for p in items)

    return Cues(
        byline=comp(d["byline"]["patterns"]),
        byline_max_chars=int(d["byline"]["max_chars"]),
        end_marker=comp(d["end_marker"], ci),
        credit=comp(d["credit"]),
        caption_start=comp(d["caption_start"]),
        caption_portrait=comp(d["caption_portrait"]),
        furniture=comp(d["furniture"], ci),
        figure_gap=int(d["figure_gap_newlines"]),
        headline_max_chars=int(d["headline"]["max_chars"]),
        headline_max_words=int(d["headline"]["max_words"]),
        weak_endings=frozenset(w.lower() for w in d["headline"]["weak_endings"]),
        bad_final_chars=str(d["headline"]["bad_final_chars"]),
        deck_max_words=int(d["deck"]["max_words"]),
        bare_max_words=int(d["bare_headline"]["max_words"]),
        bare_min_next_words=int(d["bare_headline"]["min_next_words"]),
        bare_auxiliaries=frozenset(w.lower() for w in d["bare_headline"]["auxiliaries"]),
        bare_closers=str(d["bare_headline"]["closers"]),
    )
