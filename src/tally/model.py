"""The data model of Tally: documents, articles, quantities, facts, entities, checks.

Every stage of the pipeline (read → segment → extract → resolve → verify → store → serve)
is a plain function over these records. Offsets are always character offsets into
``Document.text`` (the text Tally read or extracted from the file), half-open ``[start, end)``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# Vocabulary of the fact exchange format (shared/spec/facts.md).
KINDS = ("level", "change", "share", "rank", "ratio")
DIRECTIONS = ("up", "down")
BASES = ("yoy", "annual_avg", "since", "unspecified")
STATUSES = ("actual", "target")
APPROX = ("=", "~", ">", ">=", "<", "<=")
ENTITY_TYPES = (
    "country", "province", "city", "county", "district", "township", "village",
    "zone", "company", "organization", "programme", "group",
)
CHECK_STATUSES = ("ok", "warning", "contradiction")


@dataclass(slots=True, frozen=True, kw_only=True)
class Span:
    """A half-open character range ``[start, end)`` of a document's text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True, kw_only=True)
class Document:
    """One input as received, and the text Tally read from it."""

    name: str                      # file name, e.g. "000_f36eb2ca33b4e9a9.txt"; the `doc` of a fact
    source: str                    # path, URL or "-" (stdin)
    text: str                      # the text offsets point into
    sha256: str                    # hash of the raw bytes
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    published: dt.date | None = None
    published_inferred: bool = False
    title: str | None = None
    author: str | None = None
    size: int = 0                  # raw bytes


@dataclass(slots=True, kw_only=True)
class Article:
    """A span of a document: one story with its headline, byline, body and captions."""

    index: int                     # position in the document, from 0
    start: int
    end: int
    headline: Span | None = None
    byline: Span | None = None
    body: list[Span] = field(default_factory=list)       # paragraphs of the story
    captions: list[Span] = field(default_factory=list)   # photo captions found inside or near it

    def headline_text(self, text: str) -> str | None:
        return self.headline.of(text) if self.headline else None

    def byline_text(self, text: str) -> str | None:
        return self.byline.of(text) if self.byline else None


@dataclass(slots=True, frozen=True, kw_only=True)
class Quantity:
    """A number with its scale, unit and approximator, as found in text (before attribution).

    ``start``/``end`` cover the number with its scale word and unit or currency
    ("90.46 billion yuan", "110.3 percent", "3,368", "five"); approximators and
    counted nouns stay outside the span.
    """

    start: int
    end: int
    text: str
    value: float | None            # scale applied; a range's low end; None for "dozens"
    unit: str                      # canonical unit of facts.md ("CNY", "percent", "count", "km", ...)
    value_high: float | None = None
    counted: str | None = None     # singular counted noun, for unit "count"
    approx: str = "="
    per: str | None = None         # "year" for "10 million yuan a year", "month", "hectare"...
    kind_hint: str | None = None   # "change" for "doubled", "3.5 times"; "rank" for ordinals
    paired_with: int | None = None  # index of the other member of a currency pair "A yuan ($B)"
    rules: tuple[str, ...] = ()    # names of the grammar rules that built it


@dataclass(slots=True, kw_only=True)
class Entity:
    """A canonical subject: a place, zone, company, organization or programme."""

    name: str
    type: str
    parent: str | None = None      # canonical name of the parent entity
    aliases: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return entity_key(self.name, self.type)


def entity_key(name: str, type_: str) -> str:
    """A stable id for an entity: its type and lower-cased name."""
    return f"{type_}:{name.strip().lower()}"


@dataclass(slots=True, kw_only=True)
class Fact:
    """One stated quantity with what it measures, about whom, for when and where it was said."""

    doc: str
    start: int
    end: int
    text: str
    value: float | None
    unit: str
    kind: str = "level"
    status: str = "actual"
    approx: str = "="
    indicator: str = "other"
    entity: str | None = None
    entity_type: str | None = None
    period: str | None = None
    value_high: float | None = None
    counted: str | None = None
    direction: str | None = None
    basis: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    article: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    rules: list[str] = field(default_factory=list)   # how it was derived

    @property
    def id(self) -> str:
        return fact_id(self.doc, self.start, self.end)

    def to_record(self) -> dict[str, Any]:
        """The fact in the exchange format of shared/spec/facts.md (optional fields omitted)."""
        rec: dict[str, Any] = {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": _num(self.value),
            "unit": self.unit,
            "kind": self.kind,
            "status": self.status,
            "approx": self.approx,
            "entity": self.entity,
            "entity_type": self.entity_type,
            "indicator": self.indicator,
            "period": self.period,
        }
        if self.value_high is not None:
            rec["value_high"] = _num(self.value_high)
        if self.counted:
            rec["counted"] = self.counted
        if self.kind == "change":
            rec["direction"] = self.direction
            rec["basis"] = self.basis
        if self.qualifiers:
            rec["qualifiers"] = dict(self.qualifiers)
        return rec


def fact_id(doc: str, start: int, end: int) -> str:
    return f"{doc}:{start}-{end}"


def _num(v: float | None) -> int | float | None:
    if v is None:
        return None
    if float(v).is_integer() and abs(v) < 1e18:
        return int(v)
    return float(v)


@dataclass(slots=True, kw_only=True)
class Check:
    """One verification over facts: which rule, whether the figures tally, and the arithmetic."""

    rule: str
    status: str                    # ok | warning | contradiction
    expected: float | None
    observed: float | None
    tolerance: float | None
    explanation: str
    facts: list[str]               # fact ids (see fact_id)
    key: str = ""                  # what the check is about, e.g. "Shanxi|trade|2021-01/2021-05"

    @property
    def id(self) -> str:
        return f"{self.rule}:{self.key}:{','.join(sorted(self.facts))}"


@dataclass(slots=True, kw_only=True)
class Extraction:
    """What the pipeline made of one document."""

    document: Document
    articles: list[Article]
    facts: list[Fact]
    entities: list[Entity]


def period_bounds(period: str | None) -> tuple[str | None, str | None]:
    """First and last day (ISO dates) covered by an ISO 8601 period of facts.md.

    ``"2021"`` → 2021-01-01..2021-12-31; ``"2021-06"`` → the month; ``"2021-07-01"`` → the day;
    ``"2021-01/2021-05"`` and ``"2016/2020"`` → from the start of the first to the end of the last.
    """
    if not period:
        return None, None
    first, _, last = period.partition("/")
    lo = _bound(first, low=True)
    hi = _bound(last or first, low=False)
    return lo, hi


def _bound(part: str, *, low: bool) -> str | None:
    import calendar

    bits = part.strip().split("-")
    try:
        year = int(bits[0])
        if len(bits) == 1:
            return f"{year:04d}-01-01" if low else f"{year:04d}-12-31"
        month = int(bits[1])
        if len(bits) == 2:
            day = 1 if low else calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}-{int(bits[2]):02d}"
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return None
