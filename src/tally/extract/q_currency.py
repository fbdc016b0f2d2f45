"""Currencies around a number: the prefix before it ("$", "RMB", "Rs."; ``_prefix_before``), the
currency a symbol or name several share stands for on a page (``_page_currency``), names that are
also words ("won"; ``_weak_name_ok``) and exchange rates written as bare numbers
(``_exchange_rate``: "35.6 to the US dollar").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from tally.data import load
from tally.extract.numbers import initials, scale_of
from tally.extract.q_context import _lead
from tally.extract.q_state import _Q, _REG
from tally.extract.q_units import _norm


def _prefix_before(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """``registry().prefix_re`` searched in ``[lo, pos)``, skipped unless the characters before
    ``pos`` (or before a space there) end a currency prefix ("$", "€", "RMB", "Rs.", not "was")."""
    reg = _REG
    i = pos - 1
    if i >= lo and text[i] in " \u00a0":                      # (?P<p>...)[ \u00a0]?\Z
        i -= 1
    if i < lo:
        return None
    c = text[i]
    if c not in reg.prefix_ends and (i == lo or text[i - 1 : i + 1] not in reg.prefix_ends):
        return None                                            # ends neither as "$" nor as "MB"
    return reg.prefix_re.search(text, lo, pos)


_RATE_AFTER: Final = re.compile(
    r"[ \t]+(?:to|per|against|versus)[ \t]+(?:the[ \t]+|one[ \t]+|a[ \t]+|each[ \t]+)?"
    r"(?:(?:US|U\.S\.|American)[ \t]+)?(?P<c>dollar|greenback|euro)\b",
    re.IGNORECASE,
)
_RATE_QUOTE: Final = {"dollar": "USD", "greenback": "USD", "euro": "EUR"}

# what ``_RATE_AFTER`` reads first (``_lead``)
_RATE_LEAD: Final = initials(("to", "per", "against", "versus"))
_RATE_BASE: Final = re.compile(r"\b[Tt]he[ \t]+((?:[A-Z][\w.]*[ \t]+)?[a-z]+)\b")


def _exchange_rate(text: str, q: _Q, end: int) -> str | None:
    """The unit of an exchange rate written as a bare number: "the baht traded at 35.6 to the US
    dollar" is THB/USD (the currency named before it per unit of the one after it)."""
    if _lead(text, q.end, end) not in _RATE_LEAD:
        return None                                            # (nor does ``_RATE_AFTER`` match)
    m = _RATE_AFTER.match(text, q.end, end)
    if m is None:
        return None
    window = text[max(0, q.start - 80) : q.start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
    reg = _REG
    for bm in reversed(list(_RATE_BASE.finditer(window))):
        name = _norm(bm.group(1))
        base = reg.word_units.get(name) or reg.word_units.get(name.split()[-1])
        if base in reg.currencies:
            quote = _RATE_QUOTE[m.group("c").lower()]
            return f"{base}/{quote}" if base != quote else None
    return None


@cache
def _shared_symbols() -> dict[str, dict[str, list[str]]]:
    return dict(load("currencies").get("shared_symbols") or {})


@cache
def _shared_names() -> dict[str, dict[str, list[str]]]:
    return dict(load("currencies").get("shared_names") or {})


@lru_cache(maxsize=8)  # keyed on whole texts: a few recent documents
def _page_currency(text: str, symbol: str, names: bool = False) -> str:
    """The currency a symbol (or with ``names``, a bare name) several currencies share stands for
    in ``text``: the one whose cue words occur most often there."""
    best, score = "", -1
    for code, cues in (_shared_names() if names else _shared_symbols())[symbol].items():
        n = sum(text.count(c) for c in cues)
        if n > score:
            best, score = code, n
    return best


def _weak_name_ok(text: str, pos: int) -> bool:
    """Whether the number ending at ``pos`` has a scale word ("3 trillion", "3bn") or thousands
    separators ("50,000"): only then is a name that is also a word ("won") its currency."""
    words = text[max(0, pos - 24) : pos].split()
    if not words:
        return False
    last = words[-1]
    if "," in last and last[-1].isdigit():
        return True
    tail = last.lstrip("0123456789.,")
    return bool(tail) and scale_of(tail) is not None
