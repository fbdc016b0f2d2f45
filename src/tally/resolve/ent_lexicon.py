"""The document's ``Lexicon``: the names known in one document (full names and bare aliases of
them), learnt in the first pass so that a bare name is recognised anywhere in the page; it also
keeps what each pass found for the next one to reuse (``tally.resolve.entities``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final

from tally.resolve.ent_names import _gazetteer, _words

if TYPE_CHECKING:
    from tally.resolve.entities import _Learnt, _Scanned

_RX_ADD_1: Final = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


@dataclass(slots=True)
class Lexicon:
    """Names known in one document: full names, and bare aliases of them."""

    names: dict[str, tuple[str, str, str | None]] = field(
        default_factory=dict
    )  # lower name -> (name, type, parent)
    aliases: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    # the page pass's mentions of each article (``article_mentions``), which the sentence pass
    # cuts its sentences' from (``sentence_mentions``): they live as long as the document's lexicon
    scanned: list[_Scanned] = field(default_factory=list)
    # what the learning pass found in each article (``learn_mentions``), for the page pass
    learnt: dict[tuple[int, int], _Learnt] = field(default_factory=dict)
    # the arguments ``add`` was given: given again (a name named again) it changes nothing, as it
    # only sets what is not set yet, from them alone
    added: set[tuple[str, str, str | None, str | None]] = field(default_factory=set, repr=False)

    def add(self, name: str, typ: str, parent: str | None = None, surface: str | None = None) -> None:
        args = (name, typ, parent, surface)
        if args in self.added:
            return
        self.added.add(args)
        key = name.lower().replace("’", "'")
        self.names.setdefault(key, (name, typ, parent))
        if surface:
            self.names.setdefault(surface.lower().replace("’", "'"), (name, typ, parent))
        if typ in ("county", "district", "village", "township") or (
            typ == "city" and (kept_end := _kept_end_rx()) is not None and kept_end.search(name)
        ):
            # (the type word ends the name: cut off where the one match of the pattern, anchored
            # at the end, starts; what ``sub`` with "" gives, without its replacement's work)
            cut = _type_word_end_rx(typ).search(name)
            bare = name if cut is None else name[: cut.start()] + name[cut.end() :]
            self.aliases.setdefault(bare.lower(), (name, typ, parent))
            return
        if typ in ("company", "zone", "programme"):
            generic = _generic_tokens()
            gazetteer = _gazetteer()
            toks = _RX_ADD_1.findall(surface or name)  # "High-tech" is one word
            lowered = [t.lower().replace("’", "'") for t in toks]
            for i in range(2, len(lowered)):
                self.aliases.setdefault(" ".join(lowered[:i]), (name, typ, parent))
            for j, t in enumerate(lowered):  # (not ``zip(..., strict=True)``: a generic call compiled)
                raw = toks[j]
                if t in generic or t in gazetteer or t.isdigit() or len(t) < 3 or raw.islower():
                    continue  # (nor a particle inside the name: "del" of "Salinas del Loa Lithium")
                self.aliases.setdefault(t, (name, typ, parent))

    def lookup(self, seq: str) -> tuple[str, str, str | None] | None:
        low = seq.lower().replace("’", "'")
        if low in self.names:
            return self.names[low]
        if low in self.aliases:
            return self.aliases[low]
        return None


@cache
def _generic_tokens() -> frozenset[str]:
    return frozenset(_words()["generic_tokens"])


def _kept_alt() -> str:
    return "|".join(map(re.escape, _words().get("kept_type_words", [])))


@cache
def _kept_end_rx() -> re.Pattern[str] | None:
    """A name ending in a designation of its own ("... banner"), or None when there are none."""
    kept = _kept_alt()
    return re.compile(rf"\s(?:{kept})$", re.IGNORECASE) if kept else None


@lru_cache(maxsize=64)
def _type_word_end_rx(typ: str) -> re.Pattern[str]:
    """The type word (or a designation of its own) ending a name, to strip it off."""
    kept = _kept_alt()
    return re.compile(rf"\s+(?:{typ}|{kept})$" if kept else rf"\s+{typ}$", re.IGNORECASE)
