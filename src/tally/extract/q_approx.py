"""Approximators: "about", "more than" before a quantity (``_approx_before``, the grammar's
pattern read backwards from the number), "or so", "or more" after it (``_approx``).
"""

from __future__ import annotations

from typing import Final

from tally.data import load
from tally.extract.numbers import lexicon
from tally.extract.q_context import _ASCII_LETTERS, _lead, _word_at, _word_before
from tally.extract.q_state import _G, _LEX, _Q, _Page, _page


def _approx_last_words() -> tuple[str, ...]:
    """The last words of the approximators ("than" of "more than"), lower-case ASCII."""
    words = {a.split()[-1] for a in lexicon().approximators}
    assert all(w.isascii() and w == w.lower() for w in words)  # (what the test below relies on)
    return tuple(sorted(words))


_APPROX_LAST: Final = frozenset(_approx_last_words())


def _may_end_approximator(core: str) -> bool:
    """Whether an approximator may end ``core`` (no blank at its end), as ``approx_before``
    matches one: false where it surely does not. Such a match ends with the last word of an
    approximator as written but for case; that word is preceded by a blank or by no ASCII letter
    (the pattern's lookbehind), so where it is ASCII letters it is the run of ASCII letters ending
    ``core``. Only words of letters and "approx.", "~" end approximators; a non-ASCII character
    may be a letter the pattern folds onto an ASCII one ("ſ", "K"): those are left to the regex."""
    return _may_end_before(core, 0, len(core))


def _may_end_before(text: str, lo: int, k: int) -> bool:
    """``_may_end_approximator(text[lo:k])``, read in ``text`` (no slice made)."""
    i = k
    while i > lo and 97 <= (ord(text[i - 1]) | 32) <= 122:
        i -= 1
    if i == k:                                                 # no letter at the end: "approx.", "~"
        return k > lo and (text[k - 1] == "." or text[k - 1] == "~" or ord(text[k - 1]) >= 128)
    if i > lo and ord(text[i - 1]) >= 128:
        return True                                            # a word with a non-ASCII letter
    return text[i:k].lower() in _APPROX_LAST


def _approx_before(text: str, pos: int, page: _Page | None = None) -> tuple[str, int] | None:
    """``grammar().approx_before`` searched in the 30 characters before ``pos``, as one match of
    its reversed form over the reversed window.

    A match of ``approx_before`` ends, before the blanks up to ``pos``, where the window's last
    non-blank ends; the search finds the one starting first (the longest), which the reversed
    trie tries first from that end (its longest words first, backtracking to shorter ones)."""
    lo = pos - 30 if pos > 30 else 0
    k = pos                                                    # where the window's ``rstrip`` ends
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k == lo:
        return None
    j = k                                                      # [ \t]*(?:\n\s*)?\Z after it
    while j < pos and (text[j] == " " or text[j] == "\t"):
        j += 1
    if j < pos and text[j] != "\n":
        return None
    if not _may_end_before(text, lo, k):                       # (most windows: no slice made)
        return None
    core = text[lo:k]
    if page is None:
        page = _page()
    low = page.low
    rb = _G.approx_before_rev_b
    if low is not None and rb is not None and text is page.text and page.lo <= lo and pos <= page.stop:
        # the same match on the image's window reversed (exact there: no case, no \b)
        i = lo - page.lo
        bm = rb.match(low[i : i + len(core)][::-1])
        if bm is None:
            return None
        back = bm.end()
    else:
        m = _G.approx_before_rev.match(core[::-1])
        if m is None:
            return None
        back = m.end()
    start = lo + len(core) - back
    if start == lo and lo > 0 and text[lo - 1] in _ASCII_LETTERS:
        # the reversed form cannot see the letter before the window, which the search's
        # lookbehind refuses: search as before (a shorter approximator may still end there)
        fm = _G.approx_before.search(text, lo, pos)
        if fm is None:
            return None
        start = fm.start("a")
    key = " ".join(text[start : lo + len(core)].lower().split())
    blockers = load("numbers").get("approximator_blockers", {}).get(key)
    if blockers and _word_before(text, start).lower() in blockers:
        return None                                            # "edged up to 4%", "spread over 70 ha"
    return _LEX.approximators.get(key, "~"), start


def _approx(text: str, q: _Q, end: int, lead: str | None = None, page: _Page | None = None) -> None:
    """The approximator before or after ``q``; ``lead``: ``_lead`` at ``q.end`` if known; ``page``:
    this thread's ``_page()`` if known (``scan`` hands it down the cardinal path)."""
    a = _approx_before(text, q.start, page)
    if a:
        q.approx = a[0]
    g = _G
    if (_lead(text, q.end, end) if lead is None else lead) not in g.approx_after_lead:
        return
    span = _word_at(text, q.end, end, g.approx_after_b, g.approx_after, g.approx_after_runs, False, page)
    if span is not None:
        key = " ".join(text[span[0] : span[1]].lower().split())
        q.approx = _LEX.post_approximators.get(key, q.approx)
