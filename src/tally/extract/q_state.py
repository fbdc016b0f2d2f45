"""What one ``scan`` works with: its switches (``Options``, the annotation conventions), the
quantity being built (``_Q``, frozen in place into a ``Quantity``), this thread's page state
(``_Page``, ``_page()``: the text ``scan`` reads and its lower-cased Latin-1 image, per thread)
and the grammar's tables every reader uses (``_G``, ``_REG``, ``_LEX``, built once at import).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Final

from tally.extract.numbers import lexicon
from tally.extract.q_build import _quantity
from tally.extract.q_grammar import grammar
from tally.extract.q_units import registry
from tally.model import Quantity


@dataclass(slots=True, frozen=True, kw_only=True)
class Options:
    """Switches between annotation conventions (Tally's facts are the defaults)."""

    singular_one: bool = False       # "one proposal", "one of the students" as counts of 1
    from_to_ranges: bool = False     # "from $160 to $180" as one range (facts: two values)
    period_durations: bool = False   # "the last three months" as a duration quantity
    ranks: bool = True               # ordinals and "top" as ranks
    multiples: bool = True           # "doubled", "twice" as 2 times
    hyphen_counts: bool = True       # "a 12-room guesthouse" as a count of 12 rooms


DEFAULT: Final = Options()


@dataclass(slots=True, init=False)
class _Q:
    """A quantity being built: ``freeze`` turns it into the ``Quantity`` (its slots are the same)."""

    start: int
    end: int
    value: float | None
    unit: str = "count"
    value_high: float | None = None
    counted: str | None = None
    approx: str = "="
    per: str | None = None
    kind_hint: str | None = None
    rules: list[str] = field(default_factory=list)
    text: str = ""                       # set by ``freeze``
    paired_with: int | None = None       # set by ``_pair`` (on the ``Quantity``)

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self,
        start: int,
        end: int,
        value: float | None,
        unit: str = "count",
        value_high: float | None = None,
        counted: str | None = None,
        approx: str = "=",
        per: str | None = None,
        kind_hint: str | None = None,
        rules: list[str] | None = None,
        text: str = "",
        paired_with: int | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.value_high = value_high
        self.counted = counted
        self.approx = approx
        self.per = per
        self.kind_hint = kind_hint
        self.rules = [] if rules is None else rules
        self.text = text
        self.paired_with = paired_with

    def freeze(self, text: str) -> Quantity:
        # ``finite`` inlined (one call per quantity): ``x - x == 0.0`` is ``math.isfinite(x)`` for a
        # float (inf - inf and nan - nan are nan), with no call (compiled: a generic call of the
        # ``math`` function read from the module's globals, ~250 instructions a quantity)
        v, vh = self.value, self.value_high
        if not _IN_PLACE:
            return _quantity(
                self.start, self.end, text[self.start : self.end],
                v if v is None or v - v == 0.0 else None, self.unit,
                vh if vh is None or vh - vh == 0.0 else None,
                self.counted, self.approx, self.per, self.kind_hint, None, tuple(self.rules or ()),
            )
        # the object itself becomes the frozen ``Quantity`` (the same slots): no second object
        # built field by field through the frozen class's setters (~0.7 us of ~1.2 us per quantity)
        self.text = text[self.start : self.end]
        if v is not None and v - v != 0.0:
            self.value = None
        if vh is not None and vh - vh != 0.0:
            self.value_high = None
        self.rules = tuple(self.rules or ())  # type: ignore[assignment]  # a Quantity's from here on
        done: Any = self
        done.__class__ = Quantity
        return done


def _in_place() -> bool:
    """Whether ``_Q.freeze`` may turn a ``_Q`` into a ``Quantity`` (the same slots, no checks)."""
    # (``getattr``: compiled by mypyc, ``_Q`` is a native class without ``__slots__``)
    slots = set(getattr(Quantity, "__slots__", ()))
    if hasattr(Quantity, "__post_init__") or not slots or slots != set(getattr(_Q, "__slots__", ())):
        return False
    try:
        probe: Any = _Q(0, 0, None)
        probe.__class__ = Quantity
    except TypeError:                                          # layouts differ (or _Q is native)
        return False
    return True


_IN_PLACE: Final = _in_place()


@dataclass(slots=True, init=False)
class _Page:
    """The text ``scan`` reads, with its Latin-1 image lower-cased (``q_grammar.image``) over
    ``[lo, stop)``, or None (no image): set by each ``scan`` for the patterns read there."""

    text: str
    lo: int
    stop: int
    low: bytes | None
    ages: bool                           # whether ``age_re`` may match on it (see ``_age``)

    def __init__(self) -> None:
        self.text = ""
        self.lo = 0
        self.stop = 0
        self.low = None
        self.ages = True


_LOCAL: Final = threading.local()  # each thread's ``_Page`` (a Dask worker runs its tasks in threads)


def _page() -> _Page:
    """This thread's ``_Page``: ``scan`` sets it and the readers under it check that it is theirs
    (``text is page.text`` and the bounds). Per thread, so that two threads' scans never mix one's
    image with the other's offsets."""
    try:
        page: _Page = _LOCAL.page
    except AttributeError:
        page = _LOCAL.page = _Page()
    return page


# The tables, built once when the module is first imported (every ``scan`` needs them): module
# globals are read faster than the cached builder functions are called (~9 ns against ~35 ns,
# some 8,700 times per 100 kB of text).
_G: Final = grammar()
_REG: Final = registry()
_LEX: Final = lexicon()
